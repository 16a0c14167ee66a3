"""English crypto-market reports (probe set E134): a data source's owner before "data
analysis", the sentence's own "according to" over one in brackets, "as reported by X" before a
full stop set apart, and "indicated" before a bare clause."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_the_owner_of_a_data_analysis():
    got = kinds_and_speakers("According to Coinlytic data analysis, the coin's share rose to 61%.\n")
    assert got == [(A, "Coinlytic")]


def test_the_sentences_source_over_a_bracketed_one():
    got = kinds_and_speakers(
        "The price on Tradex, the busiest market (according to MarketScope), fell to $7,800 "
        "this afternoon, according to ChartLab data.\n")
    assert got == [(A, "ChartLab")]


def test_as_reported_by_before_a_stop_set_apart():
    got = kinds_and_speakers("The coin rose above $10,000 on Monday, as reported by Coindaily .\n")
    assert got == [(A, "Coindaily")]


def test_indicated_before_a_bare_clause():
    got = kinds_and_speakers(
        "Additionally, Fundwise indicated the fall was amplified by the unwinding of positions.\n")
    assert got == [(A, "Fundwise")]
