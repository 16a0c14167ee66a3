"""Arabic pages whose subheadings ran into the next paragraph with no space ("مساعدات
غذائيةوأضافت الصايغ"): the subheading is a unit of its own and the paragraph's verb goes on the
speaker; a role whose body is named by a verbal noun ("رئيس هيئة تنشيط السياحة") finds the
person named with the fuller role ("الرئيس التنفيذي للهيئة العامة لتنشيط السياحة") (probe sets
122 and 125)."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_a_subheading_run_into_its_paragraph():
    got = kinds_and_speakers(
        "قالت هدى السالم المتحدثة باسم الجمعية، إن المساعدات وصلت.\n"
        "توزيع المساعدات في الشمالوأضافت السالم، أن الشاحنات عبرت الحدود.\n")
    assert got == [(A, "هدى السالم"), (F, None), (A, "هدى السالم")]


def test_a_role_with_a_verbal_noun_finds_the_person_named_with_it():
    got = kinds_and_speakers(
        "قال خالد الفارس، الرئيس التنفيذي للهيئة العامة لتنمية الصادرات، إن الصادرات زادت.\n\n"
        "وأشار رئيس هيئة تنمية الصادرات، إلى أن الأسواق الجديدة مهمة.\n")
    assert got == [(A, "خالد الفارس"), (A, "خالد الفارس")]
