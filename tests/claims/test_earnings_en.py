"""English company earnings and analysts: shapes of blind probe set E12, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_per_a_name_at_the_end_is_its_source():
    got = kinds_and_speakers(
        "Profit was $2.10 per share against an estimate of $2.02 per share, per FactSet.\n"
        "Tickets cost $40 per person, per the rules.\n"
        "The levy rose 2 percent, per Section 12.\n")
    assert got == [(A, "FactSet"), (U, None), (U, None)]


def test_the_company_that_said_it_is_no_relay_named_at_the_end():
    got = kinds_and_speakers(
        "Nordlys Corp said on Monday that demand was strong.\n"
        "The company said revenue was $310 million in the second quarter, beating the forecasts "
        "of most of the analysts who cover it, according to FactSet.\n")
    assert got == [(A, "Nordlys Corp"), (A, "Nordlys Corp")]


def test_the_company_before_any_company_spoke_is_the_one_named_most():
    got = kinds_and_speakers(
        "Shares of Nordlys fell 9 percent on Tuesday.\n"
        "Nordlys makes heat pumps in three Norwegian towns.\n"
        "The Oslo, Norway-based company said sales of its heat pumps had slowed.\n"
        "Analysts at Kestrel Partners had expected a better quarter from Nordlys.\n")
    assert got == [(U, None), (U, None), (A, "Nordlys"), (U, None)]


def test_a_company_reporting_its_figures_reports():
    got = kinds_and_speakers(
        "Nordlys Corp reported second-quarter revenue of $310 million.\n"
        "The utility reported a loss of power in two towns.\n"
        "Still, Nordlys beat forecasts, where it reported a profit of $12 million.\n")
    assert got == [(A, "Nordlys Corp"), (U, None), (U, None)]


def test_a_company_with_an_ampersand_reporting_that_is_the_source():
    got = kinds_and_speakers(
        "Harlow & Co. disappointed investors Monday, reporting that store sales fell 3 percent.\n"
        "The drop came from fewer tourists, according to the company.\n"
        "Shoppers also spent less at home, Business Wire reports.\n"
        "Sales in Europe were 5 percent lower, the company stated.\n")
    assert got == [(A, "Harlow & Co"), (A, "Harlow & Co"), (A, "Business Wire"),
                   (A, "Harlow & Co")]


def test_an_outlet_quoting_an_analyst_names_the_analyst():
    got = kinds_and_speakers(
        "The Ledger quotes Dana Whitfield, analyst at Moor & Co., saying, “The quarter was "
        "weak.”\n")
    assert got == [(A, "Dana Whitfield")]


def test_making_a_statement_and_apologizing_report():
    got = kinds_and_speakers(
        "Kestrel Inc. made an official statement on Monday that its user numbers fell.\n"
        "Kestrel CEO apologizes to investors\n"
        "Kestrel Inc Chief Executive Mara Quist apologized to investors on Thursday for the "
        "weak forecast.\n")
    assert got == [(A, "Kestrel Inc"), (A, "Mara Quist"), (A, "Mara Quist")]


def test_defending_a_plan_reports_and_defending_a_title_does_not():
    got = kinds_and_speakers(
        "Nordlys CEO Arne Vik defended his plan to sell the shipping unit.\n"
        "The champion defended her title in Oslo.\n")
    assert got == [(A, "Arne Vik"), (U, None)]


def test_a_place_before_a_company_is_no_part_of_its_name():
    got = kinds_and_speakers(
        "Norway's Nordlys Corp reported third-quarter sales that missed forecasts.\n"
        "Tulsa, Okla.-based Kestrel Systems reported losses of $4.1 million.\n")
    assert got == [(A, "Nordlys Corp"), (A, "Kestrel Systems")]


def test_photo_credits_are_furniture():
    got = kinds_and_speakers(
        "Jane Roe | Bloomberg | Getty Images\n"
        "Credit: Reuters (www.reuters.com)\n"
        "Nordlys Corp said on Monday that demand was strong.\n")
    assert got == [(F, None), (F, None), (A, "Nordlys Corp")]
