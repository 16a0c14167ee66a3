"""English news of hurricanes: shapes of blind probe set E84, written here in our own sentences.
The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U = "attributed", "unattributed"


def test_a_tweet_that_ends_in_an_exclamation_mark_and_its_author():
    sentences = run("“Stay safe and listen to your local officials!” Mayor Lee tweeted.\n")
    assert [(s.kind, s.speaker) for s in sentences] == [(A, "Lee")]


def test_figures_named_by_their_body_show_what_they_show():
    got = kinds_and_speakers("The state has 700 trucks ready, FEMA tallies showed.\n\n"
                             "The state has 700 trucks ready, data showed.\n")
    assert got[0] == (A, "FEMA tallies") and got[1][0] == U
