"""English drug-trial news (probe set E135): "the drugmaker" is the company the article names,
and a press release's dial-in box, a blog's comment note and a forum's greeting are furniture."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_the_drugmaker_is_the_company_named():
    got = kinds_and_speakers(
        "Corvane Therapeutics said Monday its trial met its main goal.\n"
        "The drugmaker said that patients showed a 16% fall in weight.\n"
        "It added that the effect held at 52 weeks.\n")
    assert got == [(A, "Corvane Therapeutics")] * 3


def test_a_dial_in_box_and_comment_notes():
    got = kinds_and_speakers(
        "...We Welcome You To The Pharma Investors Forum!\n\n"
        "The trial enrolled 400 patients.\n"
        "To participate in the conference, please dial in on one of the numbers below:\n"
        "SE: +46 8 10 884 80 16.\n"
        "Access Code: 961943\n"
        "Note: Only a member of this blog may post a comment.\n")
    assert got == [(F, None), (U, None), (F, None), (F, None), (F, None), (F, None)]
