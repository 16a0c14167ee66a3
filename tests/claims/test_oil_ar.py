"""Arabic news of oil companies: shapes of blind probe set 58, written here in our own sentences.
The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_the_company_a_chief_executive_leads_stands_between_role_and_name():
    got = kinds_and_speakers(
        "قال الرئيس التنفيذي لشركة زين بدر الخرافي إن الأرباح ارتفعت.\n"
        "وقال الرئيس التنفيذي لمؤسسة الموانئ الكويتية الشيخ يوسف العبدالله إن الحركة زادت.\n"
        "وقال الرئيس التنفيذي في شركة \" نفط الخليج \" سالم المري إن الإنتاج استقر.\n"
        "وأكد المدير العام في «شركة ناقلات النفط» عادل الصقر أن الأسطول جاهز.\n"
        "وقال نائب رئيس مجلس الإدارة والرئيس التنفيذي لمؤسسة البترول خالد العنزي إن الخطة ماضية.\n")
    assert got == [(A, "بدر الخرافي"), (A, "يوسف العبدالله"), (A, "سالم المري"),
                   (A, "عادل الصقر"), (A, "خالد العنزي")]


def test_an_agencys_relay_tells_nothing_of_the_ones_gender_and_a_participle_goes_on():
    got = kinds_and_speakers(
        "قال مدير الشركة سالم المري إن الإنتاج ارتفع.\n"
        "ونقلت وكالة الأنباء عن المري قوله إن الحفر بدأ ..\n"
        "لافتا إلى أن الخطة تسير وفق جدولها .\n"
        "وذكر أن الهدف مليون برميل.\n"
        "أوردت «وكالة الأنباء الكويتية» أمس أن الصادرات زادت.\n")
    assert got == [(A, "سالم المري")] * 4 + [(A, "وكالة الأنباء الكويتية")]
