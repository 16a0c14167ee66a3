"""English science news (probe set E136): a blog's tag page line over its posts is furniture."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_tag_pages_line():
    got = kinds_and_speakers(
        'Posts tagged with "Brain Science"\n\n'
        "Mice dream about the world before birth.\n\n"
        "“Mammals are capable of sophisticated behavior,” says senior study author Ann Ortiz.\n")
    assert got == [(F, None), (U, None), (A, "Ann Ortiz")]
