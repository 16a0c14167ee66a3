"""English news of health workers' strikes: shapes of blind probe set E56, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_press_statement_under_the_line_that_names_its_author():
    got = kinds_and_speakers(
        "Statement attributable to Maria Kent, Regional Health Director\n\n"
        "Patient safety comes first during the strike.\n\n"
        "We have postponed 400 planned operations.\n")
    assert got == [(A, "Maria Kent")] * 3
