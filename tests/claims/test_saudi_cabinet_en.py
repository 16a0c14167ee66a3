"""English news on Gulf royals and cabinets: shapes of blind probe set E23, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_royal_named_in_one_word_is_the_prince_said_later():
    got = kinds_and_speakers(
        "This was announced on Sunday night by Prince Faisal, the deputy premier.\n"
        "Prince Faisal also said relations would grow stronger.\n"
        "\"Our ties will not change,\" the prince told reporters.\n"
        "He spoke after a ceremony at a school owned by Prince Turki ibn Nasser.\n")
    assert [s for _, s in got[:3]] == ["Faisal"] * 3


def test_a_name_after_a_role_in_a_statement_to_an_agency():
    got = kinds_and_speakers(
        "In a statement to SPA, the Minister of Trade, Dr. Khalid bin Saad al-Otaibi, said that "
        "the council followed the talks.\n")
    assert got == [(A, "Khalid bin Saad al-Otaibi")]


def test_the_chair_of_a_meeting_is_not_its_subject_nor_is_an_ally_a_person():
    got = kinds_and_speakers(
        "The meeting, which was chaired by Crown Prince Faisal, the deputy premier, welcomed "
        "the statement.\n"
        "The council is following the attacks by Iran-backed Houthis.\n"
        "The information minister also called on the world to act.\n")
    assert got[0][1] != "Faisal" and got[2][1] != "Iran-backed Houthis"


def test_the_author_of_a_statement_that_is_the_subject():
    got = kinds_and_speakers(
        "A statement e-mailed to The Times by Rana Haddad, who joined the board last month, "
        "said the station was fine.\n")
    assert got == [(A, "Rana Haddad")]


def test_a_logo_and_a_call_to_follow_the_outlet_are_filler():
    got = kinds_and_speakers(
        "The council met on Tuesday.\n"
        "Muslim World League logo.\n"
        "For the latest headlines, follow our channel online.\n")
    assert got == [(U, None), (F, None), (F, None)]
