"""English news of election commissions: shapes of blind probe set E37, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_dateline_with_its_country_and_a_name_with_its_picture_note():
    got = kinds_and_speakers(
        "KOTA BHARU (Malaysia), June 3 (Bernama) -- The commission will not delay the count, "
        "said its chairman Ahmad Rizal Osman (picture).\n")
    assert got == [(A, "Ahmad Rizal Osman")]


def test_the_speaker_addressing_a_briefing():
    got = kinds_and_speakers(
        "Commission Chairman K.P. Silva addressing a media briefing said counting would begin "
        "at 5 p.m.\n"
        "The results will come later in the night, he said.\n")
    assert got == [(A, "K.P. Silva"), (A, "K.P. Silva")]


def test_wants_to_clarify_and_as_per_its_statement():
    got = kinds_and_speakers(
        "The Electoral Board wants to clarify that it has declared no results.\n"
        "As per the statement, the board has not spoken on the outcome.\n"
        "The work was done as per the plan.\n")
    assert [kind for kind, _ in got] == [A, A, U]
    assert got[0][1] == "Electoral Board"


def test_a_pages_labels_stamps_and_metadata_are_furniture():
    got = kinds_and_speakers(
        "ID :\n"
        "88123\n"
        "Tue, 04/06/2021 - 10:15\n"
        "Auther :\n"
        "• publish: 2 March 2020\n"
        "Turnout reached 61 percent on Sunday.\n")
    assert got == [(F, None), (F, None), (F, None), (F, None), (F, None), (U, None)]


def test_what_the_one_who_stands_for_said():
    got = kinds_and_speakers(
        "Voters have cooled on Senator Ray Dunne, now the party's leader, who in 2012 said the "
        "goal was to win every seat.\n"
        "Ann Poole endorses Dunne, who says he is honored.\n"
        "Would you vote for an Irish or Italian, who says the race is over?\n"
        "The man, who said he was 45, was arrested.\n")
    assert got == [(A, "Ray Dunne"), (A, "Ray Dunne"), (F, None), (U, None)]
