"""English reports of opinion polls (probe set E121): a body that released a poll "that shows"
is its source, a pollster that "finds 16 percent of" voters reports a finding, "the poll" is the
one its institute released "on Wednesday" (no part of the name), and a headline in capitals
("HARBOUR INSTITUTE POLL FINDS;") gives no fuller name to the body."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_released_poll_and_the_poll_after_it():
    got = kinds_and_speakers(
        "The Harbour Institute on Wednesday released a new statewide poll of likely voters that "
        "shows the mayor holding a 6-point lead.\n\n"
        "The margin is similar to the institute's March survey.\n\n"
        "The poll also finds that most voters expect a long count.\n")
    assert got == [(A, "Harbour Institute"), (U, None), (A, "Harbour Institute")]


def test_a_pollster_finds_a_share_of_voters():
    got = kinds_and_speakers(
        "In fact, PPP finds 16 percent of past voters are still unwilling to choose.\n\n"
        "Police found 16 bags of cash in the car.\n")
    assert got == [(A, "PPP"), (U, None)]


def test_a_headline_in_capitals_is_no_fuller_name():
    got = kinds_and_speakers(
        "HARBOUR INSTITUTE POLL FINDS;\n\n"
        "Voters oppose the tolls, according to a Harbour Institute poll released today.\n")
    assert got[1] == (A, "Harbour Institute")


def test_likely_voters_are_no_hedge():
    from claims.components.hedging import is_hedged
    assert not is_hedged("The poll of 800 likely voters has the mayor ahead.", "en")
    assert not is_hedged("Among likely Democratic primary voters, she leads.", "en")
    assert is_hedged("The mayor is likely to win the vote.", "en")
