"""English news of court rulings: shapes of blind probe set E26, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_judges_ruling_and_reasoning_are_reports():
    got = kinds_and_speakers(
        "Judge Dana Holt ruled the officer’s actions didn’t rise to the level of misconduct.\n"
        "She also ruled that the city could not be sued.\n"
        "Magistrate Judge Omar Reyes reasoned that the acts were not specific to him.\n"
        "The plan includes new rules that could lead to closures.\n")
    assert got == [(A, "Dana Holt"), (A, "Dana Holt"), (A, "Omar Reyes"), (U, None)]


def test_an_appeal_saying_what_the_family_believes():
    got = kinds_and_speakers(
        "The Reyes family has since filed an appeal saying they still believe the city is "
        "responsible.\n")
    assert got[0][0] == A


def test_a_photo_credit_and_a_comment_prompt_are_furniture():
    got = kinds_and_speakers("Photo: Brendan Byrne\n"
                             "The court sat on Tuesday.\n"
                             "Be the first to comment on \"Family Lawsuit Will Move Forward\"\n")
    assert got == [(F, None), (U, None), (F, None)]
