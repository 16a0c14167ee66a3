"""Arabic statements of the World Health Organization's regional office (probe set 143): the
region a director covers is no part of the body's name ("المدير الإقليمي لمنظمة الصحة العالمية
لشرق المتوسط"), a long role with its region and body still takes the name after its comma, and a
site's welcome is furniture."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_the_region_a_director_covers_is_not_the_bodys_name():
    got = kinds_and_speakers(
        "أكدت منظمة الصحة العالمية أن الحكومات بحاجة إلى التحرك سريعا.\n\n"
        "وقال المدير الإقليمي لمنظمة الصحة العالمية لشرق المتوسط سامي خليل إن الوضع خطير.\n\n"
        "وقال المكتب الإقليمي لشرق المتوسط إن الحالات ارتفعت.\n")
    assert got == [(A, "منظمة الصحة العالمية"), (A, "سامي خليل"),
                   (A, "المكتب الإقليمي لشرق المتوسط")]


def test_a_long_role_then_the_name_between_commas():
    got = kinds_and_speakers(
        "قال المدير الإقليمي لمنطقة شرق المتوسط في منظمة الصحة العالمية، سامي خليل، إن المنظمة "
        "تشعر بقلق إزاء السلالة الجديدة.\n")
    assert got == [(A, "سامي خليل")]


def test_a_sites_welcome_on_a_line_of_its_own():
    got = kinds_and_speakers(
        "مرحبا بكم في الأمم المتحدة\n\n"
        "قالت المديرة الإقليمية للمنظمة، الدكتورة هالة يوسف إن السكان يجب ألا يتعرضوا للتهديد.\n")
    assert got == [(F, None), (A, "هالة يوسف")]
