"""English reports of a university president's resignation (probe set E114): a statement in
quotation marks with its body's name alone on the line under it is that body's ("MSU Board of
Trustees"), not a subheading's; one sophomore or one fan is unnamed; and a station's links at
a story's foot are furniture ("SEE MORE: ...", "Visit the FOX47News Website.")."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_statement_signed_by_its_body_on_the_next_line():
    got = kinds_and_speakers(
        "Student leaders said they were upset about the resignation.\n\n"
        "“The Associated Students of Lakeview University are extremely dispirited by the "
        "resignation.”\n\nAssociated Students of Lakeview University\n\n"
        "“We will find a way.”\n\nKnack for Deals.\n")
    assert got[:3] == [(A, "Student leaders"), (A, "Associated Students of Lakeview University"),
                       (F, None)]
    assert got[3][1] != "Knack for Deals."


def test_one_sophomore_is_unnamed_and_a_stations_links_are_furniture():
    got = kinds_and_speakers("\"It was sad,\" said one sophomore.\n\n"
                             "SEE MORE: Lakeview President Ann Doe announces resignation\n\n"
                             "Visit the FOX47News Website.\n\n"
                             "Sign up for newsletters emailed to your inbox.\n")
    assert got == [(U, None), (F, None), (F, None), (F, None)]
