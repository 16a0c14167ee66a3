"""Arabic news of environmental inspections: shapes of blind probe set 56, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_headline_with_a_word_that_may_be_a_role_and_its_copy_under_the_paper():
    got = kinds_and_speakers(
        "40 ألف مخالفة مرورية  خلال العام الحالي\n"
        "البيئة اليوم -\n\n"
        "40 ألف مخالفة مرورية خلال العام الحالي\n\n"
        "عمان ـ البيئة اليوم\n\n"
        "كشف مدير إدارة السير العقيد سامي الخطيب عن تسجيل 40 ألف مخالفة هذا العام.\n")
    assert got == [(U, None), (F, None), (U, None), (F, None), (A, "سامي الخطيب")]


def test_a_paper_and_its_city_over_the_story():
    got = kinds_and_speakers(
        "الوطن – المدينة المنورة\n"
        "أغلقت البلدية ثلاثة مصانع مخالفة في المنطقة الصناعية.\n"
        "وأوضحت البلدية أن الإغلاق سيستمر شهرا.\n")
    assert got == [(F, None), (U, None), (A, "البلدية")]
