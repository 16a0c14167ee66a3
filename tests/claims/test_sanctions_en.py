"""English sanctions reports (probe set E108): "the U.S. government says" (initials in a noun
phrase), a relative clause's "that it said", "the economy added 64,000 jobs" (a sum, nothing
said), a headline naming its source after a colon, a title-case headline with its small words
in lower case being no name, an advisory "warning" or "urging", a photo "seen on" a date, and a
syndicating site's notes."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_initials_in_a_noun_phrase_and_a_relative_clause_with_it_said():
    got = kinds_and_speakers(
        "The U.S. government says the firms moved money for the militia.\n\n"
        "The sanctions also apply to four firms which the U.S. government says \"operate in "
        "the region.\"\n")
    assert got == [(A, "U.S. government"), (A, "U.S. government")]
    got = kinds_and_speakers(
        "The Finance Ministry said it had named two banks on Monday.\n\n"
        "The ministry also named two executives at the Central Bank of Norland that it said were "
        "involved in the scheme.\n")
    assert got == [(A, "Finance Ministry"), (A, "Finance Ministry")]


def test_a_sum_added_is_no_statement():
    got = kinds_and_speakers("The economy added 64,000 jobs in November.\n\n"
                             "The minister added that 64,000 jobs were created.\n")
    assert got == [(U, None), (A, "minister")]


def test_a_headline_with_its_source_after_a_colon():
    got = kinds_and_speakers(
        "Norland imposes new sanctions on the militia's suppliers: Finance Ministry\n\n"
        "Ten things to know about the new budget: Explained\n")
    assert got == [(A, "Finance Ministry"), (F, None)]


def test_a_title_case_headline_is_no_name_and_an_advisory_warns():
    got = kinds_and_speakers(
        "Finance Ministry Slaps New Sanctions against Norland and Vesper\n\n"
        "A firm was used as a cutout, according to the Finance Ministry statement.\n\n"
        "The Finance Ministry also issued an advisory warning shipping firms against the "
        "deliveries.\n")
    assert got == [(U, None), (A, "Finance Ministry"), (A, "Finance Ministry")]


def test_a_dated_photo_and_a_syndicating_sites_notes_are_filler():
    got = kinds_and_speakers(
        "An exterior view of the ministry is seen on March 27, 2020 in Vesper. (AFP)\n\n"
        "The ministry named two banks.\n\n"
        "This story has not been edited.\n\n"
        "It has been published as provided by ANI\n")
    assert got[0] == (F, None) and got[-2:] == [(F, None), (F, None)]
