"""Reports hanging off a clause that holds a title's stop ("Mr."), and a body's sort resolved to a
body, not to a role: shapes met in the PolNeAR and GGT development sets, in our own sentences."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_title_inside_the_clause_does_not_end_it():
    got = kinds_and_speakers(
        "Ms. Lane hardly settled the matter, treating Mr. Cole's remark as praise and, when "
        "pressed, asserting, “Of course I pay my taxes.”\n")
    assert got == [(A, "Lane")]


def test_the_station_is_not_the_judge_who_spoke_before():
    got = kinds_and_speakers(
        "A county court judge rebuked the radio station on Friday, saying it had played games.\n\n"
        "The station had given Mr. Hale the names of members, but refused to give their "
        "emails, citing privacy.\n")
    assert got[1][0] == A and "judge" not in got[1][1]
