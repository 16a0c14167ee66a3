"""English council meeting stories: shapes of blind probe set E87, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_quotation_opened_by_a_mark_with_a_space_after_it():
    got = kinds_and_speakers(
        "Asked about the delay, Chair Dana Okafor said:\n\n"
        "” If we waited for every report, we would never vote. So we move on. "
        "We thank the staff for their patience.”\n")
    assert got == [(A, "Dana Okafor")] * 4


def test_an_event_with_a_comment_after_it_is_no_filler():
    got = kinds_and_speakers(
        "At its meeting on the plan, the board voted to close the hearing and send the bill "
        "to committee, marking a significant step in the process.\n")
    assert got == [(U, None)]
