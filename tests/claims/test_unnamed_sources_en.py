"""English sources that name nobody ("two people familiar with the talks", "observers in the
region") and a named source whose verb comes first and is followed by when or where it spoke
("..., said Ruth Okafor in an interview.")."""
from tests.claims.test_attribution import kinds_speakers_vague

A, U = "attributed", "unattributed"


def test_a_named_source_after_its_verb_with_when_or_where():
    got = kinds_speakers_vague(
        "Ruth Okafor runs the port authority.\n"
        "The berth will reopen in May, said Ruth Okafor in an interview.\n"
        "Dredging starts next week, said Okafor on Tuesday.\n"
        "The cranes are old, said the port director at a briefing.\n")
    assert got[1:] == [(A, "Ruth Okafor", False), (A, "Ruth Okafor", False),
                       (A, "port director", False)]


def test_an_unnamed_source_after_its_verb_is_vague():
    got = kinds_speakers_vague(
        "The bid will be raised, said one person familiar with the talks.\n"
        "The board is split, said two sources close to the company.\n"
        "The vote was delayed, said one source in the room.\n")
    assert got == [(U, None, True)] * 3


def test_an_unnamed_source_is_not_the_place_or_matter_after_it():
    got = kinds_speakers_vague(
        "The bid will be raised, people familiar with the matter said.\n"
        "Sources close to the negotiations said the deal was off.\n"
        "Observers in the region say the truce will not hold.\n"
        "Police in the capital said two men were held.\n")
    assert got == [(U, None, True)] * 3 + [(A, "Police in the capital", False)]


def test_a_verb_that_is_no_report_stays_unmatched():
    got = kinds_speakers_vague(
        "The plant is said to be the largest in the country.\n"
        "Prices rose, said the report released on Monday in Geneva.\n")
    assert [kind for kind, _, _ in got] == [U, U]
