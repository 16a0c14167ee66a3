"""English strike reports: "the union" is the association named before and never the company
or hospital that spoke last, a transcript's bracketed caption line names the speaker and says
nothing, and the wire a post came from stands alone as furniture (probe set E97, strikes and walkouts)."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_the_union_is_the_association_not_the_hospital_that_spoke_last():
    got = kinds_and_speakers(
        "Maria Olsen, president of the Riverside Teachers Association, said the strike goes on.\n\n"
        "Lakeview Medical Center said its clinics stay open.\n\n"
        "The union said talks would resume on Friday.\n")
    assert got[2] == (A, "Riverside Teachers Association")


def test_the_union_with_no_union_named_is_no_hospital():
    got = kinds_and_speakers(
        "Lakeview Medical Center said its clinics stay open.\n\n"
        "The union said talks would resume on Friday.\n")
    assert got[1][0] == A and got[1][1] != "Lakeview Medical Center"


def test_a_bracketed_caption_over_a_quotation_is_filler_and_names_its_speaker():
    got = kinds_and_speakers(
        "(Maria Olsen, President, Riverside Teachers Association)\n\n"
        "\"We will stay out until the district listens to us.\"\n")
    assert got == [(F, None), (A, "Maria Olsen")]


def test_the_wire_a_post_came_from_is_furniture():
    got = kinds_and_speakers(
        "Teachers walked out of 40 schools on Monday.\n\nFrom Associated Press.\n")
    assert got == [(U, None), (F, None)]
