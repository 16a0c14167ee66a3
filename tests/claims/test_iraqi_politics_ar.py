"""Arabic Iraqi politics: shapes of blind probe set 38, written here in our own sentences. The
probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_member_for_a_bloc_then_the_name_and_a_given_name_with_a_title_in_it():
    got = kinds_and_speakers(
        "أكد النائب عن كتلة الصادقون النيابية عبد الأمير الساعدي، الاحد، أن المجلس جاد.\n"
        "وطالب الساعدي الحكومة العراقية بـ”تطبيق الإجراءات المعروفة”.\n"
        "وكشف النائب عن الفساد في الوزارة.\n")
    assert got == [(A, "عبد الأمير الساعدي")] * 3  # "عن الفساد" is what he disclosed


def test_a_long_role_between_kan_and_its_verb():
    got = kinds_and_speakers(
        "وكان النائب عن التحالف الكردستاني شاخوان عبد الله قال في تصريحات صحافية، "
        "\"إننا نرحب بكل دولة\".\n")
    assert got == [(A, "شاخوان عبد الله")]


def test_a_quotation_mark_after_the_verb_opens_what_was_said():
    got = kinds_and_speakers(
        "وقال النائب حامد الموسوي إن الفتح لم يحصل على استحقاقه.\n"
        "وأضاف” العراق ذاهب إلى “الضياع” إذا بقي البرلمان الحالي”.\n")
    assert got == [(A, "حامد الموسوي"), (A, "حامد الموسوي")]


def test_a_date_with_its_time_and_an_outlets_credit_line_are_furniture():
    got = kinds_and_speakers("الأربعاء, 4 مايو 2022 10:11 م\n"
                             "المركز الخبري الوطني / خاص\n"
                             "وقال النائب حامد الموسوي إن الجلسة تأجلت.\n")
    assert got == [(F, None), (F, None), (A, "حامد الموسوي")]
