"""English news of trial testimony: shapes of blind probe set E86, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_testified_about_and_testified_at_the_end_with_a_day():
    got = kinds_and_speakers(
        "On Thursday, the victim's friend Mary Cole testified about conversations the two had.\n\n"
        "When Cole heard of the death, she called the police, she testified Thursday.\n\n"
        "The officer testified against the driver at trial.\n")
    assert got == [(A, "Mary Cole"), (A, "Mary Cole"), (U, None)]


def test_according_to_her_testimony_is_hers():
    got = kinds_and_speakers("Mary Cole said she saw marks on her friend's neck.\n\nAccording to "
                             "her testimony, Cole took nursing classes with the victim.\n")
    assert got == [(A, "Mary Cole"), (A, "Mary Cole")]
