"""Arabic statements of a regional union's chief (probe set 147): "وتابع" before a quotation
opened with "”", as some pages write it, and "فيما" after a name ("وأوضح فكي فيما اقتطفه من
بيان القمة")."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_went_on_before_a_mark_written_backwards():
    got = kinds_and_speakers(
        "وأكد سامي نور رئيس المفوضية أن العمل مستمر.\n"
        "وتابع ” بلداننا تبذل جهودا كبيرة للاهتمام بالشباب “\n"
        "وتابع الوزير سير العمل في المشروع.\n")
    assert got == [(A, "سامي نور"), (A, "سامي نور"), (U, None)]


def test_in_what_ends_the_name():
    got = kinds_and_speakers(
        "وأوضح نور فيما اقتطفه من بيان القمة الختامي “أن الوضع فتح الطريق أمام المرتزقة”.\n")
    assert got == [(A, "نور")]
