"""Arabic news of a war monitor and its director: shapes of blind probe set 110, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_an_observatory_is_a_body_and_its_stance_no_part_of_its_name():
    got = kinds_and_speakers(
        "قال المرصد اليمني للحقوق والحريات المعارض إن القصف أوقع عشرة قتلى.\n"
        "وأوضح المرصد أن بين القتلى ثلاثة أطفال.\n")
    assert got == [(A, "المرصد اليمني للحقوق والحريات")] * 2


def test_an_independent_commission_keeps_the_word_in_its_name():
    got = kinds_and_speakers(
        "أعلنت المفوضية العليا المستقلة للانتخابات أن النتائج ستعلن غدا.\n")
    assert got == [(A, "المفوضية العليا المستقلة للانتخابات")]
