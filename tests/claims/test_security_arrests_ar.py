"""Arabic news of arrests announced by interior ministries and security spokesmen: shapes of
blind probe set 64, written here in our own sentences. The probe texts are not in the
repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_an_ambiguous_verb_after_a_linking_phrase_before_a_role():
    got = kinds_and_speakers(
        "وقال المتحدث باسم الشرطة إن الدوريات انتشرت في الأحياء.\n"
        "على صعيد متصل ذكر المتحدث الأمني أن التحقيقات مستمرة.\n")
    assert got == [(A, "المتحدث باسم الشرطة")] * 2


def test_a_report_denied_by_negation_with_no_words_of_it_is_no_statement():
    got = kinds_and_speakers(
        "لم تعلن الإدارة أي تفاصيل عن هوية الموقوفين.\n"
        "ولم يستبعد المدير أن تصدر أحكام قريبا.\n")
    assert got == [(U, None), (A, "المدير")]


def test_despite_opens_no_subject():
    got = kinds_and_speakers(
        "وتستخدم السلطات هذا الوصف للجماعات المسلحة، رغم أن الوزارة لم تذكر أي تنظيم.\n")
    assert got == [(U, None)]
