"""English reports of labour strikes: shapes of blind probe set E43, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_role_whose_body_has_a_number_before_the_name():
    got = kinds_and_speakers(
        "Talks broke down late Monday, said Teamsters Local 705 chief Rosa Diaz.\n"
        "The walkout began at noon, said Local 12 president Omar Kent.\n")
    assert got == [(A, "Rosa Diaz"), (A, "Omar Kent")]


def test_a_quotation_a_few_words_lead_into_goes_on_the_speakers_words():
    got = kinds_and_speakers(
        "“We have worked double shifts for a year,” Rosa Diaz said.\n"
        "That’s when “you miss your kids growing up, every single week.”\n"
        "The sign read “Closed for the strike.”\n")
    assert got[:2] == [(A, "Rosa Diaz"), (A, "Rosa Diaz")]
    assert got[2] == (U, None)


def test_a_stations_call_letters_under_the_headline():
    got = kinds_and_speakers(
        "Bakery workers vote to strike\n\n"
        "(WKRN)\n\n"
        "Workers at the Hillside bakery voted to strike on Monday.\n")
    assert got == [(U, None), (F, None), (U, None)]
