"""Arabic football news: shapes of blind probe set 55, written here in our own sentences. The
probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_thanks_offered_are_said_and_a_performance_offered_is_not():
    got = kinds_and_speakers(
        "قدم مدرب نادي القادسية سامي الحسن شكره للجماهير على المساندة.\n"
        "وقدمت اللاعبة نورة سالم شكرها للاتحاد بعد التتويج.\n"
        "قدم الفريق أداء قويا أمام العربي في الشوط الثاني.\n")
    assert got == [(A, "سامي الحسن"), (A, "نورة سالم"), (U, None)]


def test_an_event_then_said_with_a_quotation_is_the_events_subject_speaking():
    got = kinds_and_speakers(
        "حضر رئيس الاتحاد الشيخ أحمد اليوسف تدريب المنتخب أمس وقال: «اللاعبون جاهزون».\n"
        "حضر رئيس الاتحاد الشيخ أحمد اليوسف تدريب المنتخب أمس وأضاف «المعنويات مرتفعة».\n"
        "حضر رئيس الاتحاد تدريب المنتخب أمس وقاد اللاعبون الإحماء.\n")
    assert [kind for kind, _ in got] == [A, A, U]
    assert got[0][1] == got[1][1] == "أحمد اليوسف"
