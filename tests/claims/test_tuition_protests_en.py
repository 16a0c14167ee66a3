"""English news of tuition protests: shapes of blind probe set E75, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_said_then_according_to_a_paper_with_an_apposition_is_the_speakers():
    got = kinds_and_speakers('"It is a fair plan," Ms. Delgado said at the meeting, according to '
                             "The Campus Times, a student paper.\n")
    assert got == [(A, "Delgado")]


def test_opposing_a_plan_is_a_stance_opposing_a_team_is_not():
    got = kinds_and_speakers("Only Regent Tara Lind has publicly opposed the plan to raise "
                             "fees.\n\nThe team opposed Brazil in the final.\n")
    assert got == [(A, "Tara Lind"), (U, None)]
