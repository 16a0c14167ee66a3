from __future__ import annotations

from tests.claims.test_attribution import run


def finding(sentence: str) -> tuple[str, str | None, bool]:
    found = run(sentence)[0]
    return found.kind, found.speaker, found.vague_source


def test_according_to_takes_any_noun_phrase():
    """Sentences from the PolNeAR and GGT dev articles."""
    assert finding("According to police, officers saw Scott get out of a car with a handgun.") \
        == ("attributed", "police", False)
    assert finding("About 9.9 million single mothers live in the United States, according to "
                   "federal statistics.") == ("attributed", "federal statistics", False)
    assert finding("According to conservative talk radio host Rush Limbaugh, the move reeks of "
                   "fear.") == ("attributed", "Rush Limbaugh", False)
    assert finding("More than 100,000 people took part, according to the event organizer "
                   "Alliance to Reclaim Our Schools (AROS).")[:2] == (
        "attributed", "Alliance to Reclaim Our Schools")
    assert finding("Voters are being mobilised, according to a new report by Politico.")[:2] == (
        "attributed", "Politico")
    assert finding("Most jobs were in rail, according to Foster\u2019s book.")[:2] == (
        "attributed", "Foster")
    assert finding("The wait is long, according to Dr. Keith Ahamad of the clinic.")[:2] == (
        "attributed", "Keith Ahamad")


def test_according_to_one_unnamed_person_or_insiders_is_vague():
    assert finding("Trump repeatedly demeaned women, according to show insiders.") == (
        "unattributed", None, True)
    assert finding("Senators were lining up against the money, according to a senior Democratic "
                   "aide who spoke on condition of anonymity.") == ("unattributed", None, True)


def test_according_to_a_plan_is_no_source():
    assert finding("The project went ahead according to plan.") == ("unattributed", None, False)
    assert finding("They were buried according to tradition.") == ("unattributed", None, False)
