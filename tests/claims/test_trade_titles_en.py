"""English speakers written with a trade or a rank before the name, which the canonical name
leaves out (GUIDELINES: no titles, no role): shapes found across the probe sets when the
speaker scoring was read strictly (stop 38)."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_jurors_and_a_petty_officers_names_without_their_titles():
    got = kinds_and_speakers(
        "Juror Ann Brody told the paper there was no smoking gun.\n"
        "Petty Officer 1st Class Mark Dale said the crew was safe.\n")
    assert got == [(A, "Ann Brody"), (A, "Mark Dale")]
