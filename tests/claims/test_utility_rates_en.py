"""English reports of utility rate cases (probe set E131): "notified the commission on Monday it
intends to file" is a notice given in words; "TURN next claims that" has an adverb between the
source and its verb."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_notice_without_that_and_next():
    got = kinds_and_speakers(
        "The company notified the state commission on Monday it intends to file a new rate case.\n\n"
        "TURN next claims that the commission adopted the rate without notice.\n\n"
        "The airline notified passengers it was cancelling flights.\n")
    assert got == [(A, "The company"), (A, "TURN"), (U, None)]
