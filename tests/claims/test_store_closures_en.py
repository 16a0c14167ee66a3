"""English reports of store closures (probe set E128): "according to court papers filed this
week at ..." is the papers'; companies, firms and banks in the plural speak as a group; a count
opening a sentence ("Seven Acme stores") is no part of a name."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_papers_filed_and_companies_that_ask():
    got = kinds_and_speakers(
        "The chain is seeking to close 112 locations, according to court papers filed this week "
        "at federal bankruptcy court in Dayton.\n\n"
        "The companies ask that shoppers not panic.\n")
    assert got == [(A, "court papers"), (A, "companies")]


def test_a_count_opening_the_sentence_is_no_name():
    got = kinds_and_speakers(
        "Seven Acme stores will close this month, the retailer said.\n\n"
        "Acme announced on Monday that it had partnered with a rival.\n")
    assert got[1] == (A, "Acme")
