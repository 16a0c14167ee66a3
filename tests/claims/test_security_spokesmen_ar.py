"""Arabic statements of security services' spokesmen (probe set 141): a site's two words before a
dash open the sentence as its dateline ("الوكيل الإخباري- قال"), "باسم" before a body is for whom
a spokesman speaks, no name ("الناطق الإعلامي باسم مديرية الأمن العام"), and "المصدر ذاته" is the
source named before."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_a_sites_dateline_and_an_unnamed_spokesman_of_a_body():
    got = kinds_and_speakers(
        "الوكيل الإخباري- قال الناطق الإعلامي باسم مديرية الأمن العام إن بلاغا ورد بعد منتصف "
        "الليل.\n\nوأعرب الناطق الإعلامي عن أسفه لما شهده الموقع من تجمهر.\n")
    assert got == [(A, "الناطق الإعلامي باسم مديرية الأمن العام")] * 2


def test_the_same_source_and_a_feeds_date_line():
    got = kinds_and_speakers(
        "date 2026-03-12 الخميس 2026-03-12 02:17 م\n\n"
        "وأفاد بلاغ صادر عن المديرية العامة للأمن الوطني أن الضحايا كانوا يؤدون مهامهم.\n\n"
        "وأكد المصدر ذاته أن هذه الحصيلة تبقى أولية.\n")
    assert got == [(F, None), (A, "المديرية العامة للأمن الوطني"),
                   (A, "المديرية العامة للأمن الوطني")]
