"""English market reports: shapes of blind probe set E85, written here in our own sentences. The
probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_quotation_in_single_marks_and_the_name_after_said():
    got = kinds_and_speakers("'The mood is nervous, but nobody is selling in panic,' said Ann "
                             "Lowe, chief strategist at Harbor Bank. 'They have priced in a lot "
                             "already.'\n")
    assert got == [(A, "Ann Lowe"), (A, "Ann Lowe")]


def test_an_apostrophe_is_no_closing_mark():
    got = kinds_and_speakers("The traders' desks said little on Monday.\n")
    assert got[0][1] != "little"
