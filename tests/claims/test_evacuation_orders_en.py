"""English news of wildfire evacuation orders: shapes of blind probe set E83, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_according_to_a_body_with_no_comma_before_the_claim():
    got = kinds_and_speakers("According to the Lake County Sheriff’s office the fire is "
                             "estimated at 500 acres.\n")
    assert got == [(A, "Lake County Sheriff")]  # the office named by its sheriff


def test_a_national_forest_is_no_he():
    got = kinds_and_speakers(
        "Mark Ortiz, the fire chief for Pine Ridge National Forest, told reporters the season was "
        "long.\n\nThe Pine Ridge National Forest is already under fire control, he said.\n")
    assert got == [(A, "Mark Ortiz"), (A, "Mark Ortiz")]


def test_see_also_and_words_to_the_reader_are_filler():
    sentences = run("The fire grew to 900 acres on Sunday.\n\nSee also  Twelve homes lost in "
                    "valley blaze\n\nThe fire is moving closer to you.\n\nNow is the time to "
                    "prepare for evacuation.\n")
    assert [s.kind for s in sentences] == [U, F, F, F]
