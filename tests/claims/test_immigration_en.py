"""English news of immigration enforcement: shapes of blind probe set E73, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, kinds_speakers_vague

A, U = "attributed", "unattributed"


def test_sources_aware_of_something_are_still_unnamed():
    got = kinds_speakers_vague("Some detainees were freed last month, according to three sources "
                               "aware of the releases.\n")
    assert got == [(U, None, True)]


def test_an_owner_before_a_plural_noun_makes_no_report():
    got = kinds_and_speakers("Detainees were freed despite the agency’s claims that none had "
                             "been.\n\nChristie's said the sale was a record.\n")
    assert got == [(U, None), (A, "Christie")]


def test_the_role_of_a_body_named_in_capitals_opens_the_sentence():
    got = kinds_and_speakers("The acting commissioner of the Customs and Border Protection agency "
                             "said Tuesday that crossings fell.\n")
    assert got == [(A, "acting commissioner of the Customs and Border Protection agency")]


def test_a_paper_is_no_person_a_quotation_goes_on_for():
    got = kinds_and_speakers("Migrants were moved north. “We review every file,” an ICE "
                             "spokesperson told the Washington Examiner. Custody is decided case by "
                             "case.\n\nThat is the rule.”\n")
    assert got[-1] == (A, "ICE")
