"""English casting news (probe set E127): a studio's spokesperson with the studio's name
written "Warner Bros." or "Procter & Gamble" before the noun; "studio bosses are insisting
there has not been ..."; "Cavill's manager, Dany Garcia, ... responded ..., writing" is hers."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_spokesperson_of_a_firm_with_a_stop_or_an_ampersand():
    got = kinds_and_speakers(
        "In a statement to E! News, a Warner Bros. spokesperson said, \"We respect him.\"\n\n"
        "A Procter & Gamble spokesperson said the talks continue.\n\n"
        "\"We respect him,\" a Warner Bros. spokesperson tells Just Jared.\n")
    assert got == [(A, "Warner Bros."), (A, "Procter & Gamble"), (A, "Warner Bros.")]


def test_bosses_insisting_and_a_manager_named_after_her_role():
    got = kinds_and_speakers(
        "However, studio bosses are insisting there has not been any decision on the role.\n\n"
        "The actor's manager, Dana Cole, previously responded on Twitter, writing, \"Be "
        "peaceful, the cape is still in his closet.\"\n")
    assert got == [(A, "studio bosses"), (A, "Dana Cole")]
