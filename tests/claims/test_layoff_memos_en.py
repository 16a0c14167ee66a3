"""English news of layoffs announced in memos: shapes of blind probe set E58, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_memo_quoted_without_marks_after_a_colon_is_its_writers():
    got = kinds_and_speakers(
        "Chief executive Lena Moss has told staff that more cuts are coming:\n\n"
        "I’m writing to share that we will close two offices next month. This was a hard "
        "decision.\n")
    assert got == [(A, "Lena Moss")] * 3


def test_the_writers_own_i_is_no_one_in_the_article():
    got = kinds_and_speakers(
        "Senator Ray Cole proposed the bill on Monday.\n\n"
        "If, as I have argued before, the bill helps landlords, it should fail.\n")
    assert got[1] == (U, None)


def test_a_sample_announced_is_filler():
    assert kinds_and_speakers("Here is a sample:\n") == [(F, None)]
