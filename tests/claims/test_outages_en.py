"""English reports of telecom outages (probe set E124): an embedded post whose author says "we"
and whose last words share the signature's line; a time written "11am" between a verb and its
"that"; the last place of a list after "from" is no subject; a service's customers are no named
source; the links under "READ MORE:" are furniture; "blamed ... on" reports a claim."""
from tests.claims.test_attribution import kinds_and_speakers, kinds_speakers_vague

A, U, F = "attributed", "unattributed", "filler"


def test_a_post_in_the_first_person_above_its_signature():
    got = kinds_and_speakers(
        "The carrier said it was looking into the fault.\n"
        "We are aware of an outage affecting customers in the north. We apologize for the "
        "inconvenience. Thank you.— Help Desk Team (@HelpDeskTeam) March 3, 2024\n")
    assert got[1:] == [(A, "Help Desk Team")] * 3


def test_a_time_before_that_and_a_list_of_places():
    got = kinds_and_speakers(
        "Telenet reported on Twitter at 11am that it had started restoring services.\n\n"
        "Phone customers from the Southwest, Midwest and Northeast reported their service was "
        "down.\n")
    assert got == [(A, "Telenet"), (U, None)]


def test_customers_name_no_source():
    got = kinds_speakers_vague(
        "The first reports came shortly before 1 p.m., when some Dallas Telenet customers said "
        "they were unable to go online.\n")
    assert got == [(U, None, True)]


def test_links_under_read_more_are_furniture():
    got = kinds_and_speakers(
        "Spokesperson Ana Ruiz said the outage was not security-related.\n\n"
        "READ MORE:\n"
        "* Telenet says email is back up and running after fault\n"
        "* Telenet fixes webmail fault\n\n"
        "Telenet restored the service at noon.\n")
    assert got == [(A, "Ana Ruiz"), (F, None), (F, None), (F, None), (U, None)]


def test_blaming_reports_a_claim_and_its_passive_none():
    got = kinds_and_speakers(
        "Telenet officials blamed the outage on a \"third-party infrastructure issue\".\n\n"
        "The fire was blamed on a faulty heater.\n")
    assert got == [(A, "Telenet officials"), (U, None)]
