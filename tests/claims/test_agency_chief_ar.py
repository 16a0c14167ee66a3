"""Arabic statements of a UN agency's head (probe set 146): a statement made ("أدلى ... ببيان",
"أجرى ... تصريحات"), a long role with its body's short name in brackets before a quoted name,
"كما يلي" after the name, a quotation opened under "وقال ...:" and closed lines later, and a
long role before a headline's colon."""
from claims.lexicon import is_furniture
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_statement_made_and_acts_that_are_none():
    got = kinds_and_speakers(
        "أدلى المدير العام للهيئة سمير حداد ببيان في الدورة 12 لمجلس الهيئة حول حالة المخيمات.\n\n"
        "أدلى الناخبون بأصواتهم في 300 مركز.\n\n"
        "أجرى الوزير مباحثات مع نظيره الأردني.\n")
    assert got == [(A, "سمير حداد"), (U, None), (U, None)]


def test_a_role_with_the_short_name_in_brackets_and_a_quoted_name():
    got = kinds_and_speakers(
        "أجرى المفوض العام لوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا) "
        "\"سمير حداد\" تصريحات حول الأوضاع في المخيمات عبر حسابه الرسمي.\n")
    assert got == [(A, "سمير حداد")]


def test_a_quotation_over_several_lines_under_as_follows():
    got = kinds_and_speakers(
        "وقال \"حداد\" كما يلي:\n"
        "\"لا تزال العمليات في شمال المنطقة تؤثر على اللاجئين.\n"
        "وأفيد أن من بين القتلى أطفالا.\n"
        "لقد اضطررنا إلى تعليق خدماتنا في المخيمات\".\n"
        "وشهدت المنطقة أمطارا غزيرة.\n"
        "(İLKHA)\n")
    assert got == [(A, "حداد")] * 4 + [(U, None), (F, None)]


def test_a_long_role_before_a_headline_colon_is_the_person_named_later():
    got = kinds_and_speakers(
        "المفوض العام لوكالة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين: لا مكان آمن في القطاع\n\n"
        "قال المفوض العام لوكالة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين (أونروا) سمير "
        "حداد اليوم إن الوضع صعب.\n")
    assert got == [(A, "سمير حداد"), (A, "سمير حداد")]


def test_where_he_wrote_is_no_byline_and_a_pointer_to_the_source_is_furniture():
    assert not is_furniture("وكتب حداد في حسابه الرسمي", "ar")
    assert is_furniture("كتب محمود طه حسين", "ar")
    assert is_furniture("لتفاصيل الخبر ومصدره الأصلي، هنا", "ar")
