"""English reports of chief executives stepping down (probe set E118): "the Swiss engineering
giant said" is the company named before; "according to one of its investors" names nobody; a
site's links and survey at a story's foot are furniture ("More from GlobalPost: ...", "We want
to hear your feedback ...", "Thanks for your time!")."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_giant_and_one_of_its_investors():
    got = kinds_and_speakers(
        "Lakeview Ltd. said its chief executive had decided to step down.\n\n"
        "Board Chairman Ann Lee will become interim CEO, the Swiss engineering giant said.\n\n"
        "The group should go a step further, according to one of its investors.\n")
    assert got == [(A, "Lakeview Ltd"), (A, "Lakeview Ltd"), (U, None)]


def test_a_sites_foot():
    got = kinds_and_speakers("More from GlobalPost: Lakeview target of an inquiry\n\n"
                             "We want to hear your feedback so we can keep improving our website.\n\n"
                             "Thanks for your time!\n")
    assert got == [(F, None)] * 3
