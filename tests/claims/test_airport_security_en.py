"""English airport security reports (probe set E132): a pointer to more information cut off by
the page before its link is a call to action."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_a_pointer_cut_before_its_link():
    got = kinds_and_speakers(
        "TSA officials said they found a loaded firearm in a carry-on bag.\n\n"
        "For more information on prohibited items and firearms at airport, visit\n")
    assert got == [(A, "TSA officials"), (F, None)]
