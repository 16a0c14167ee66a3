"""English news of tennis press conferences: shapes of blind probe set E68, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_name_in_capitals_with_an_accent_labels_a_transcript_turn():
    got = kinds_and_speakers("Q. What went wrong?\nANDRÉ LÉVÊQUE: I don't know. Everything went "
                             "wrong today.\nQ. Did the rain affect you?\nANDRÉ LÉVÊQUE: Well, "
                             "it didn't help.\n")
    assert got[1:3] == [(A, "André Lévêque"), (A, "André Lévêque")] and got[4][1] == got[1][1]


def test_an_epithet_by_record_stands_for_the_one_named_before():
    got = kinds_and_speakers(
        "Maria Lenz lost the final on Saturday.\n\n"
        "“I made so many errors,” said the 12-time Grand Slam champion.\n\n"
        "“It was a bad day,” she said.\n")
    assert got[1:] == [(A, "Maria Lenz"), (A, "Maria Lenz")]


def test_a_dateline_before_a_clause_with_a_naming_participle():
    got = kinds_and_speakers("PARIS: Maria Lenz left the court in tears, calling her defeat "
                             "“a bad day”.\n")
    assert got == [(A, "Maria Lenz")]


def test_the_one_spoken_to_is_not_the_speaker():
    got = kinds_and_speakers("Asked about the loss, she fired back at a reporter saying, “Next "
                             "question.”\n")
    assert got[0][1] != "a reporter"
