"""English reports of house-price data: shapes of blind probe set E38, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_quotation_then_the_writer_with_firm_and_role():
    got = kinds_and_speakers(
        "“Prices will drift lower this winter,” Northbank Capital economist Rosa Imrie wrote "
        "in a note to clients.\n"
        "“It is over,” then-Dover mayoral candidate Ann Poole said.\n")
    assert got == [(A, "Rosa Imrie"), (A, "Ann Poole")]


def test_analysts_named_by_their_firm_after_the_verb():
    got = kinds_and_speakers(
        "“We expect wages to support the market”, said analysts at Northbank.\n"
        "Rents will rise, said economists at Harbor Economics.\n")
    assert got == [(A, "Northbank"), (A, "Harbor Economics")]


def test_a_source_line_a_file_photo_caption_and_a_lists_heading():
    got = kinds_and_speakers(
        "FILE- In this Monday, May 2, 2022, file photo, a house is seen for sale in Dover.\n\n"
        "Prices rose 2 percent in May.\n\n"
        "Some of the figures:\n\n"
        "Source: The Daily Ledger, Ann Poole (05/03/2022)\n")
    assert got == [(F, None), (U, None), (F, None), (F, None)]
