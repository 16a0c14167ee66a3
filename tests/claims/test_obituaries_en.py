"""English obituaries and the tributes after them: shapes of blind probe set E80, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_tribute_posted_after_its_quotation():
    got = kinds_and_speakers("“She was the kindest person on any set,” Dana Ellis posted.\n\n"
                             "Ellis posted a photo of the two of them.\n")
    assert got == [(A, "Dana Ellis"), (U, None)]


def test_representatives_of_a_family_confirm_at_the_end():
    got = kinds_and_speakers("Singer Tom Vale has died at 70, family representatives confirm to "
                             "NBC News.\n")
    assert got == [(A, "family representatives")]


def test_a_quotation_of_several_paragraphs_opens_each_and_the_page_cuts_it_off():
    got = kinds_and_speakers(
        "“It is with heavy hearts we share the news,” his family said in a statement.\n\n"
        "“A loving father, Tom began his career singing in church choirs across the state.\n")
    assert got == [(A, "his family")] * 2


def test_an_inverted_added_that_opens_the_sentence():
    got = kinds_and_speakers("Added longtime manager Rita Osei, “He never missed a show.”\n")
    assert got == [(A, "Rita Osei")]
