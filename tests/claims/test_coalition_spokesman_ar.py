"""Arabic news of a military coalition's spokesman: shapes of blind probe set 101, written here
in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_long_body_name_in_marks_inside_a_role_then_a_title_and_the_name():
    got = kinds_and_speakers("صرح المتحدث الرسمي باسم قوات التحالف “تحالف دعم الاستقرار في "
                             "المنطقة” العميد الركن سالم الحربي، بأن الدفاعات اعترضت طائرة.\n")
    assert got == [(A, "سالم الحربي")]


def test_the_spokesman_of_forces_again_is_the_one_named_before():
    got = kinds_and_speakers("قال المتحدث الرسمي باسم قوات التحالف، العميد سالم الحربي، إن "
                             "المعركة بدأت.\n\nوأكد المتحدث الرسمي باسم قوات التحالف، أن "
                             "العمليات مستمرة.\n")
    assert got == [(A, "سالم الحربي")] * 2


def test_praising_an_acceptance_is_a_stance():
    got = kinds_and_speakers("وثمن المتحدث الرسمي سالم الحربي قبول الحكومة بالحوار.\n")
    assert got == [(A, "سالم الحربي")]


def test_a_breadcrumb_with_guillemets_and_a_source_credit_are_furniture():
    sentences = run("أخبار الساعة » السياسية » اخبار اليمن\n\nأعلن الجيش السيطرة على المطار.\n\n"
                    "المصدر: \"واس\"\n")
    assert [s.rule for s in sentences if s.kind == F] == ["filler:furniture"] * 2
