"""English housing-market reports (probe set E137): a body's initials after a headline's colon
are its source, a vague source inside the speaker's own quotation is his words, and "added"
takes a clause opened by a pronoun."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_initials_after_a_headlines_colon():
    got = kinds_and_speakers(
        "Home Prices Rise in Most Metro Areas: NHBA\n\n"
        "The median price rose in 93% of markets, the NHBA said.\n")
    assert [kind for kind, _ in got] == [A, A]


def test_a_vague_source_inside_the_speakers_quotation():
    got = kinds_and_speakers(
        '"Half of all adults are vaccinated, according to reports," says Dana Reyes, "and '
        'job data show strong demand."\n')
    assert got == [(A, "Dana Reyes")]


def test_added_with_a_clause_opened_by_a_pronoun():
    got = kinds_and_speakers(
        "Economist Dana Reyes said sales would rise.\n"
        "Reyes added she expects gains in eight of the next ten years.\n")
    assert got == [(A, "Dana Reyes"), (A, "Dana Reyes")]
