"""English wire reports of a company's quarterly results: shapes of blind probe set E33, written
here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_figures_reported_posted_and_said_by_the_company_not_the_wire():
    got = kinds_and_speakers(
        "Telecoms operator Zaid reported a 12 percent fall in its second-quarter net profit, "
        "mainly because of a currency loss in Sudan, according to Reuters calculations based on "
        "its statement.\n"
        "Zaid said it made a first-half net profit of 100 million dinars.\n"
        "The company had reported a first-quarter profit of 40 million dinars in Sudan.\n"
        "The deferred payments add up to $200 million a year in Sudan, the company said.\n"
        "Mobile firm Zaid posted a 30 percent rise in third-quarter net profit.\n"
        "During the year, the company reported 2.1 million new customers.\n")
    assert got == [(A, "Reuters")] + [(A, "Zaid")] * 5


def test_it_said_with_no_one_before_and_a_wire_dateline_with_no_dash():
    got = kinds_and_speakers(
        "DUBAI, July 31 Zaid, the country's largest operator, reported a 14 percent rise in "
        "second-quarter profit on Sunday.\n"
        "The former monopoly made a net profit of 45 million dinars, it said in a statement.\n"
        "Zaid competes with two other operators in Kuwait.\n"
        "Zaid also operates in Iraq.\n")
    assert got[:2] == [(A, "Zaid"), (A, "Zaid")]


def test_analysts_at_named_firms_forecast_and_a_dividend_declared():
    got = kinds_and_speakers(
        "EFG Hermes had forecast Zaid would make a quarterly profit of 36 million dinars.\n"
        "The company's board has declared a half-year dividend of 10 fils per share.\n")
    assert got == [(A, "EFG Hermes"), (U, None)]


def test_rate_notes_credits_and_categories_are_furniture():
    got = kinds_and_speakers("Zaid made a profit of 45 million dinars.\n"
                             "($1 = 0.3015 Kuwaiti dinars)\n"
                             "(Supplied)\n"
                             "(Editing – Omar Ali)\n"
                             "Article Categories:\n"
                             "Omar Ali, Zaid vice-chairman and group CEO.\n")
    assert got == [(U, None)] + [(F, None)] * 5
