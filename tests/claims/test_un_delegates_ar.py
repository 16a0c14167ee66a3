"""Arabic news of delegates at the United Nations: shapes of blind probe set 76, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_a_delegate_to_the_un_is_the_one_named_before():
    got = kinds_and_speakers(
        "قال السفير خالد النجار، المندوب الدائم للأردن لدى الأمم المتحدة، إن المجلس منقسم.\n\n"
        "وشدد مندوب الأردن لدى الأمم المتحدة، على ضرورة الحوار.\n\n"
        "وتابع مندوب الأردن بالأمم المتحدة: «يجب أن نعمل معا».\n")
    assert got == [(A, "خالد النجار")] * 3


def test_the_name_after_the_body_at_the_un():
    got = kinds_and_speakers("وقال مندوب المملكة الدائم لدى منظمة الأمم المتحدة فهد بن سعد "
                             "الراشد إن المجلس عاجز.\n")
    assert got == [(A, "فهد بن سعد الراشد")]


def test_the_ambassador_of_a_nationality_is_the_one_of_that_country():
    got = kinds_and_speakers(
        "قال مندوب تونس لدى الأمم المتحدة، السفير منير الحمامي: «نحتاج إلى الإصلاح».\n\n"
        "وأشار السفير التونسي إلى ضرورة التحرك.\n")
    assert got[1] == (A, "منير الحمامي")


def test_a_four_word_name_in_marks_then_his_role():
    got = kinds_and_speakers('قال "عبد الرحمن بن ناصر" الممثل الدائم للوفد في الجلسة، إن '
                             "المجلس فشل.\n")
    assert got == [(A, "عبد الرحمن بن ناصر")]


def test_the_agency_then_the_city_and_a_call_to_follow_are_furniture():
    got = kinds_and_speakers("واس (جنيف)\nقال المندوب إن الجلسة انتهت.\n"
                             "تابعوا آخر أخبارنا عبر Google news\n")
    assert got[0] == (F, None) and got[2] == (F, None)
