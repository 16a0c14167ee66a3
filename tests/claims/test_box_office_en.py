"""English box-office reports (probe set E122): a brand written with a lower-case opening
("comScore", "iRobot") is a name, before a ticker in brackets too; a finance page's market clock,
a wire photo's credit under a logo and a release's pointer to the table below are furniture."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_brand_with_a_lower_case_opening():
    got = kinds_and_speakers(
        "LOS ANGELES, Sept. 25, 2016 /PRNewswire/ -- nuScreen (NASDAQ: NUS) today announced the "
        "weekend box office estimates.\n\n"
        "eBay said on Monday that fees would rise.\n\n"
        "mRNA vaccines reached the clinics in May.\n")
    assert got == [(A, "nuScreen"), (A, "eBay"), (U, None)]


def test_a_market_clock_a_logo_credit_and_a_pointer_to_the_table():
    got = kinds_and_speakers(
        "U.S. Markets close in 16 mins\n\n"
        "New dataReel logo (PRNewsFoto/dataReel, Inc.)\n\n"
        "The top 10 weekend estimates, listed in descending order, per data collected as of "
        "Sunday, March 3, are below.\n\n"
        "The temperature stayed below zero all week.\n")
    assert got == [(F, None), (F, None), (F, None), (U, None)]
