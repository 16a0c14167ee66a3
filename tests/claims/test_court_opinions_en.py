"""English lists of court decisions (probe set E115): a quotation signed after a dash with how the
justice wrote it ('"..."— Justice Kennedy, delivering the court opinion'), or signed on a
sentence of its own ("—Justice Stevens writing for the majority."), is the justice's, not the
speaker carried from before; a list page's words on what follows are furniture."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_quotations_signed_after_a_dash():
    got = kinds_and_speakers(
        "The court ruled that the firefighters were denied promotions, reversing a decision "
        "that nominee Ann Lee endorsed as a judge.\n\n"
        "\"Fear of litigation alone cannot justify it.\"— Justice Kennedy, delivering the court "
        "opinion\n\n"
        "\"We conclude that the commission lacks power to proceed.\" —Justice Stevens writing for "
        "the majority.\n")
    assert got[1] == (A, "Kennedy") and got[2] == (A, "Stevens")


def test_a_list_pages_words_on_what_follows():
    got = kinds_and_speakers("Below is a list of cases decided by the court this year.\n\n"
                             "Also, a look at key decisions in earlier terms.\n")
    assert got == [(F, None), (F, None)]
