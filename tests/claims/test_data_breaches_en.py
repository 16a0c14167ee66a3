"""English news of data breaches: shapes of blind probe set E69, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_company_name_holding_an_ampersand_is_whole():
    got = kinds_and_speakers("AT&T said on Monday that its store was offline.\n\n"
                             "S&P Global said the outlook was stable.\n")
    assert got == [(A, "AT&T"), (A, "S&P Global")]


def test_a_month_and_day_may_stand_between_the_verb_and_that():
    got = kinds_and_speakers("The retailer revealed late Aug. 29 that its website had been "
                             "hacked.\n")
    assert got == [(A, "retailer")]


def test_a_verb_of_telling_in_the_progressive_frames_what_follows_the_one_told():
    got = kinds_and_speakers("Fenwick Stores is assuring shoppers that they will not pay for "
                             "the fraud.\n")
    assert got == [(A, "Fenwick Stores")]


def test_the_company_is_the_whole_name_not_the_tail_after_an_owner():
    got = kinds_and_speakers("Wilson's Bay Trading Company, which owns the stores, confirmed the "
                             "breach on Sunday.\n\n“We found the problem,” the company said.\n")
    assert got[1] == (A, "Wilson's Bay Trading Company")


def test_a_list_announced_by_its_count_is_filler():
    assert kinds_and_speakers("Here are 4 things to know about the outage:\n") == [(F, None)]


def test_a_bulleted_call_to_see_a_list_is_filler():
    assert kinds_and_speakers("- See the list of the 31 branches that were affected.\n") == [
        (F, None)]


def test_a_notice_telephone_line_is_a_call_to_action():
    sentences = run("Clients with questions can call 1-800-555-0199 between 8 a.m. and 6 p.m. on "
                    "weekdays.\n\nAgents will be available, starting Tuesday, at 1-866-555-0123.\n")
    assert [(s.kind, s.rule) for s in sentences] == [(F, "filler:call-to-action")] * 2


def test_a_telephone_number_in_a_report_stays_reported():
    assert kinds_and_speakers("The bank said clients can call 1-800-555-0199 for help.\n") == [
        (A, "bank")]
