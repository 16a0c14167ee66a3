"""English news of city councils passing budgets: shapes of blind probe set E52, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_who_surprised_colleagues_by_calling_for_a_cut_asked_for_it():
    got = kinds_and_speakers(
        "Councilwoman Rita Moreno surprised her colleagues by calling for a five percent cut to "
        "the parks budget.\n\n"
        "The fire brigade was calling for help by noon.\n")
    assert got == [(A, "Rita Moreno"), (U, None)]


def test_a_section_link_is_furniture():
    assert kinds_and_speakers("View More In This Section\n") == [(F, None)]
