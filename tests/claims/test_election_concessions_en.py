"""English reports of elections conceded: a headline's participle before a preposition is
passive ("Winner Announced In ..."), "declared victory" is an act and no report, and a page's
notes on itself (it will be updated, a broadcast's sign-off, "Source: BREAKING: ...") are
furniture (probe set E98, election concessions)."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_headline_participle_before_a_preposition_is_passive():
    got = kinds_and_speakers("Winner Announced In Marion County Sheriff's Race\n\n"
                             "The recount ended on Tuesday.\n")
    assert got[0] == (U, None)


def test_a_headline_verb_of_saying_in_capitals_still_reports():
    got = kinds_and_speakers("Mayor Ellen Ward Says Recount Will Start On Monday\n\n"
                             "The recount ended on Tuesday.\n")
    assert got[0] == (A, "Ellen Ward")


def test_declared_victory_is_an_act_not_a_report():
    got = kinds_and_speakers(
        "Republican nominee Dale Porter has declared victory in the special election.\n"
        "Porter declared that every ballot had been counted.\n")
    assert got == [(U, None), (A, "Dale Porter")]


def test_a_pages_notes_on_itself_are_furniture():
    got = kinds_and_speakers(
        "The county certified the results on Friday.\n\n"
        "This story will be updated.\n\n"
        "For KRVN, I'm Lisa Moreno reporting.\n\n"
        "Source: BREAKING: Sen. Ray Dunn Concedes Senate Race\n")
    assert got == [(U, None), (F, None), (F, None), (F, None)]
