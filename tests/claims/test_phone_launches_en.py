"""English reports of phone launches: shapes of blind probe set E47, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers
from tests.claims.test_segment import texts

A = "attributed"


def test_a_head_of_something_before_the_name_and_a_depiction():
    got = kinds_and_speakers(
        "“We learned a lot this year,” said Nokia president of mobile phones business Ana Silva.\n"
        "The analyst depicted the phone as the company's best chance in years.\n")
    assert got[0] == (A, "Ana Silva")
    assert got[1][0] == A


def test_a_short_line_that_ends_in_an_article_goes_on():
    assert texts("Silva said the\nscreen is thinner than before.\n") == [
        "Silva said the\nscreen is thinner than before."]
