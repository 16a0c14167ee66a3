"""English wire reports of weather forecasts: shapes of blind probe set E34, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_named_forecasters_expectation_and_the_meteorologist_said():
    got = kinds_and_speakers(
        "Meteorologist Omar Saleh expects dusty weather to prevail on Monday.\n"
        "Waves will be high, said the meteorologist.\n"
        "If many drivers expect roads to close, they stay home.\n")
    assert got == [(A, "Omar Saleh"), (A, "Omar Saleh"), (U, None)]


def test_a_name_after_the_department_an_official_works_at():
    got = kinds_and_speakers(
        "The weather will be dusty, said the official at the Kuwait Meteorological Department "
        "Abdullah Al-Sayer yesterday.\n")
    assert got == [(A, "Abdullah Al-Sayer")]


def test_a_pages_clock_is_furniture():
    got = kinds_and_speakers("Tuesday, 02 January 2024 12:17 GMT\n"
                             "Winds will reach 50 kilometres per hour.\n")
    assert got == [(F, None), (U, None)]
