"""English news of research studies: shapes of blind probe set E50, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_they_say_set_off_by_commas_is_the_group_the_sentence_opens_with():
    got = kinds_and_speakers(
        "Researchers at Leiden University have a new idea: in winter, they say, the birds "
        "navigate by smell.\n")
    assert got == [(A, "Leiden University")]


def test_according_to_an_unnamed_study_is_a_vague_source():
    claim = kinds_and_speakers(
        "Poor sleep may raise the risk of heart disease, according to a recent study.\n")
    assert claim == [(U, None)]


def test_according_to_a_study_its_publisher_named_after_it_stays_a_source():
    got = kinds_and_speakers(
        "Fewer teenagers are taking summer jobs, according to a report released Monday by the "
        "Youth Employment Council.\n")
    assert got[0][0] == A


def test_a_photo_credit_with_its_full_stop_is_furniture():
    assert kinds_and_speakers("Credit: Unsplash.\n") == [(F, None)]
