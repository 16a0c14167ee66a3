"""English notices of county health departments: a department that issued "the following
message" before a colon speaks what follows it, and a notice's request to follow a link is
filler (probe set E105, health department notices)."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_the_following_message_before_a_colon():
    got = kinds_and_speakers(
        "The Lakeside Health Department issued the following message on Tuesday: Residents "
        "back from abroad are asked to call their doctor.\n"
        "The department issued a new building permit on Tuesday.\n")
    assert got[0] == (A, "Lakeside Health Department")
    assert got[1] == (U, None)


def test_a_pointer_to_a_page_is_filler():
    got = kinds_and_speakers(
        "Two more cases were found in the county.\n\n"
        "For information on how to keep your family healthy, please visit: .\n")
    assert got == [(U, None), (F, None)]
