"""English reports of jail escapes (probe set E111): what happened speaks for nobody ("Today's
events underscore serious concern"), and a blog's "Leave a Reply" opens its comment form, all of
it furniture ("You are commenting using your Twitter account.", "Log Out / Change )")."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_events_are_no_speakers():
    got = kinds_and_speakers(
        "Sheriff Dana Cole says the inmates escaped through a vent.\n\n"
        "Today's events underscore serious concern over the county's jail.\n")
    assert got == [(A, "Dana Cole"), (U, None)]


def test_a_blogs_comment_form():
    text = ("Sheriff Dana Cole says the inmates escaped through a vent.\n\n" * 6
            + "Leave a Reply\n\nFill in your details below or click an icon to log in: Logo\n\n"
            "You are commenting using your Twitter account.\n\nLog Out / Change )\n")
    got = kinds_and_speakers(text)
    assert got[:6] == [(A, "Dana Cole")] * 6 and got[6:] == [(F, None)] * 4
