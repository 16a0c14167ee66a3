"""English snow forecasts (probe set E142): "notes" takes a bare clause, a warning is a
document that speaks for whoever issued it, and "And there's more to come." is a transition."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_warning_notes_a_bare_clause():
    got = kinds_and_speakers(
        "The Weather Bureau has issued a winter storm warning.\n\n"
        "The warning notes the heaviest snowfall is expected overnight.\n\n"
        "She noted the time and left.\n")
    assert got == [(U, None), (A, "Weather Bureau"), (U, None)]


def test_a_transition_promising_more():
    got = kinds_and_speakers("Snow is falling across the south.\n\nAnd there's more to come.\n")
    assert got == [(U, None), (F, None)]
