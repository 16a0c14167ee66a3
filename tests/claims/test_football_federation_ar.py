"""Arabic news of a football federation's statements: shapes of blind probe set 91, written here
in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_role_of_a_body_after_a_name_is_no_name_of_its_own():
    got = kinds_and_speakers("وقال سامي فؤاد الرئيس التنفيذي لاتحاد السلة، إن الوفد عاد.\n\n"
                             "قال الرئيس التنفيذي: قدمنا الشكوى.\n")
    assert got == [(A, "سامي فؤاد"), (A, "سامي فؤاد")]


def test_a_statement_as_follows_then_its_words_in_single_marks():
    got = kinds_and_speakers("نفى اتحاد السلة ما نشر أمس.\n\nوجاء بيان اتحاد السلة كالتالي..\n\n"
                             "'البيان المتداول غير صحيح ولم يصدر عن الاتحاد'.\n")
    assert got[1:] == [(A, "بيان اتحاد السلة"), (A, "بيان اتحاد السلة")]


def test_a_statement_closed_with_a_demand():
    got = kinds_and_speakers("واختتم اتحاد السلة بيانه، بمطالبة الأندية بالهدوء.\n\nواختتم "
                             "اللاعب الموسم بهدف.\n")
    assert [k for k, _ in got] == [A, U]
