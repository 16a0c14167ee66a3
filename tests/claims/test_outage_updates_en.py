"""English power-outage updates (probe set E138): "the utility" is no public agency named
last, a date with "P.M.", a browser banner's buttons and a notice's thanks for patience."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_the_utility_is_no_public_agency():
    got = kinds_and_speakers(
        "Northgrid said it had restored power to 90,000 customers.\n"
        "The storm brought gusts of 60 mph, according to the National Weather Service.\n"
        "Almost 10,000 customers remained without power on Thursday, the utility reported.\n")
    assert got == [(A, "Northgrid"), (A, "National Weather Service"), (A, "Northgrid")]


def test_a_date_a_browser_banner_and_thanks():
    got = kinds_and_speakers(
        "Monday, Sept. 11, 2017 7:30 P.M.\n\n"
        "Crews have restored 70% of customers.\n"
        "We appreciate your patience and understanding as we work.\n\n"
        "Update your browser to view this website correctly.\n")
    assert got == [(F, None), (U, None), (F, None), (F, None)]
