"""A name that holds a question mark, its sentence going on (probe set E117, flight
cancellations): "Rory Boland, Editor of Which? Travel, said:" is one sentence, so the
quotation under it is his, not "Travel"'s."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_question_mark_inside_a_name():
    got = kinds_and_speakers("Rory Boland, Editor of Which? Travel, said:\n"
                             "“Reducing the number of flights may well be sensible.\n"
                             "“Passengers are now in a panic about their flights.”\n")
    assert got == [(A, "Rory Boland")] * 3
