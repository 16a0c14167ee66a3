"""English reports of patients' condition (probe set E126): "An aide to Patrick says" is one of
his aides, unnamed; "a statement from Bush’s office" is the office's; a page's notice that the
browser is out of date is furniture."""
from claims.lexicon import is_furniture
from tests.claims.test_attribution import kinds_and_speakers, kinds_speakers_vague

A, U = "attributed", "unattributed"


def test_an_aide_to_someone_is_unnamed():
    got = kinds_speakers_vague(
        "Gov. Dan Ruiz said he was worried.\n\n"
        "An aide to Ruiz says his daughter is in stable condition.\n")
    assert got == [(A, "Dan Ruiz", False), (U, None, True)]


def test_a_statement_from_someones_office():
    got = kinds_and_speakers(
        "Former President Dan Ruiz fell on Wednesday.\n\n"
        "Jim Cole tweeted a statement from Ruiz’s office saying that the president will remain "
        "in the hospital.\n\n"
        "“We do not believe this will be a long recovery,” the statement says.\n")
    assert got[2] == (A, "Ruiz’s office")


def test_an_out_of_date_browser_notice_is_furniture():
    assert is_furniture("Your browser is out of date.", "en")
