"""Arabic news of power cuts: shapes of blind probe set 54, written here in our own sentences.
The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_headline_with_a_kicker_and_one_with_a_ministrys_portfolio():
    got = kinds_and_speakers(
        "عاجل- متحدث «الطاقة»: الانقطاع طارئ ونعمل على حله\n\n"
        "قال سامر علي المتحدث الرسمي باسم وزارة الطاقة إن الانقطاع طارئ.\n\n"
        "الطاقة: وقف الانقطاع يؤكد وفاء الوزارة بوعودها\n\n"
        "وأكد المتحدث باسم وزارة الطاقة أن الانقطاع انتهى.\n")
    assert got == [(A, "سامر علي")] * 4  # "الطاقة:" is the ministry its spokesman speaks for


def test_an_agency_relays_a_minister_and_went_on_after_a_long_role():
    got = kinds_and_speakers(
        "وكالة الأنباء الرسمية تنقل عن وزير الطاقة سامر علي قوله إن الأحمال عادت.\n"
        "وتابع المتحدث الرسمي باسم وزارة الطاقة والمياه، أن الأعطال تطيل الانقطاع.\n")
    assert [kind for kind, _ in got] == [A, A]
    assert got[0][1] == "سامر علي"


def test_what_did_not_happen_and_some_who_asked():
    got = kinds_and_speakers(
        "في سابقة لم تحدث منذ عقود انقطع التيار عن العاصمة.\n"
        "وتفاعل مواطنون مع المنشورات، حيث تساءل البعض عن عودة الانقطاع.\n"
        "الجمعة 18 أبريل 2025 12:02 مـ 20 شوال 1446 هـ\n")
    assert got == [(U, None), (U, None), (F, None)]
