"""English art-sale reports (probe set E141): a document's finding inside a quotation is the
quoted speaker's."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_document_inside_a_quotation():
    got = kinds_and_speakers(
        "“Tonight’s results showed the great confidence in the marketplace,” Dana Lowe said, "
        "head of modern art for the house.\n")
    assert got == [(A, "Dana Lowe")]
