"""English transfer talk (probe set E129): a player's agent named with the role is "the agent"
and "his agent" later; an agent "played down talk" of a move; "downplayed the reports" is said,
"downplays the role of" is not."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_the_agent_named_before():
    got = kinds_and_speakers(
        "Luca Bianchi's agent Marco Rossi has played down talk his client could leave this month.\n\n"
        "Asked where Bianchi would like to play, the agent replied: \"He is happy in Rome.\"\n\n"
        "The agent also ruled out a switch to China for his client.\n")
    assert got == [(A, "Marco Rossi")] * 3


def test_downplaying_what_was_said():
    got = kinds_and_speakers(
        "The minister downplayed the reports of a rift.\n\n"
        "The agency, for its part, dramatically downplays the role of diet.\n")
    assert got == [(A, "minister"), (U, None)]
