"""Arabic statements on tourism: "يشار إلى أن" before a named official who "had announced"
(his words, as after "يذكر أن"), and praise whose object is an achievement ("ثمن الوزير ...
تحقيق المملكة معدل تعاف") (probe set 125, tourism)."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_it_is_noted_that_a_named_official_had_announced():
    got = kinds_and_speakers(
        "يشار إلى أن وزير السياحة سامي الحربي، كان قد أعلن مؤخرا أن البلاد استقبلت مليون سائح.\n\n"
        "يشار إلى أن البلاد استقبلت مليون سائح العام الماضي.\n")
    assert got == [(A, "سامي الحربي"), (U, None)]


def test_praise_for_an_achievement():
    got = kinds_and_speakers(
        "ثمن وزير السياحة أحمد الخطيب، تحقيق البلاد معدل تعاف بنسبة 90% في أعداد الزوار.\n")
    assert got == [(A, "أحمد الخطيب")]
