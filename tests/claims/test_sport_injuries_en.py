"""English coaches' injury updates after games: shapes of an eleventh blind English probe set,
written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_said_x_of_ys_knee_names_x_and_a_later_he_can_be_y():
    got = kinds_and_speakers(
        "Striker Luis Ortega limped off in the second half.\n"
        "“He twisted it pretty badly,” said Moreno of Ortega’s knee.\n"
        "Ortega was not sure when he would play again.\n"
        "“It felt like something popped,” he said after the match.\n")
    assert got[1] == (A, "Moreno")
    assert got[3] == (A, "Luis Ortega")


def test_coaches_and_players_of_a_named_team_are_a_group():
    got = kinds_and_speakers(
        "On Monday, Ohio State coaches confirmed that the quarterback would miss the opener.\n")
    assert got == [(A, "Ohio State coaches")]


def test_a_reflexive_and_an_emphatic_did_stand_between_source_and_verb():
    got = kinds_and_speakers(
        "After practice, Rivera himself said the ankle was fine.\n"
        "Rivera did go on to add that the team would rest him on Sunday.\n"
        "However, Rivera did mention that the backup had looked sharp.\n")
    assert got == [(A, "Rivera")] * 3


def test_a_report_named_only_by_its_day_is_a_vague_source():
    got = run("A report from Tuesday stated that the guard could miss two weeks.\n")
    assert (got[0].kind, got[0].speaker, got[0].vague_source) == (U, None, True)


def test_a_photographs_credit_is_furniture():
    got = kinds_and_speakers(
        "Green Bay Packers v Chicago Bears Photo by Quinn Harris/Getty Images\n"
        "(AP Photo/Matt Rourke)\n")
    assert got == [(F, None), (F, None)]


def test_posts_on_a_day_saying_that_report_the_subject():
    got = kinds_and_speakers(
        "The senator published a string of posts late Tuesday saying that the vote was rigged.\n")
    assert got == [(A, "senator")]


def test_said_before_a_name_and_a_colon_is_the_verb_not_a_given_name():
    got = kinds_and_speakers(
        "The club met on Monday to discuss the stadium.\n"
        "Said Okafor: “We are not done yet.”\n"
        "Said Jalili told reporters the talks were over.\n")
    assert got[1] == (A, "Okafor")
    assert got[2] == (A, "Said Jalili")
