"""English subjects of a verb of saying that a nearer noun phrase hides: the noun phrase of a
phrase of when or where ("present during the attack told"), and a question's auxiliary."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_the_subject_before_a_phrase_of_when_or_where():
    got = kinds_and_speakers(
        "The gunmen left through the back door, a hotel porter present during the raid told "
        "reporters.\n"
        "Smoke filled the hall, a nurse who was inside the ward said.\n"
        "The fire began near the station, the chief said.\n")
    assert got == [(A, "a hotel porter"), (A, "a nurse"), (A, "chief")]


def test_a_question_opened_by_an_auxiliary_names_no_source():
    got = kinds_and_speakers("Should I tell him to sell the car?\n"
                             "Could we ask them to wait?\n")
    assert [kind for kind, _ in got] == [F, F]
