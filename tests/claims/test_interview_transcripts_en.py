"""English interview transcripts: a speaker's label that the page ran into the paragraph before
("... about?    JANE DOE: Well ...") opens that speaker's turn once the label opened a line
before, a line opened by the initials of the person interviewed ("PM:" for Paul Moore) is
theirs, and the lines that announce a transcript are filler (probe set E100, interviews)."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_label_run_into_the_paragraph_before_opens_a_turn():
    got = kinds_and_speakers(
        "Interview with Jane Doe\n\n"
        "The following is a transcript of Tom Ray's interview with Jane Doe.\n\n"
        "TOM RAY: Thanks for coming.\n\n"
        "JANE DOE: Glad to be here.\n\n"
        "TOM RAY: Your book is sad. What is that about?    JANE DOE: Well, I was proud of "
        "the work. We served in hard times.\n")
    assert got[1] == (F, None)
    assert [s for _, s in got[4:]] == ["Tom Ray", "Tom Ray", "Jane Doe", "Jane Doe"]


def test_initials_of_the_person_interviewed_label_their_turn():
    got = kinds_and_speakers(
        "I sat down yesterday to interview the mayor, Paul Moore. Here is a transcript of our talk.\n\n"
        "Paul Moore:  Good to see you.\n\n"
        "PM:  I said the budget is balanced. The deficit is gone.\n\n"
        "Me:  Is that so?\n")
    assert got[1] == (F, None)
    assert got[3:5] == [(A, "Paul Moore"), (A, "Paul Moore")]
    assert got[5][1] is None
