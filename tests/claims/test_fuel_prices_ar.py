"""Arabic news of fuel prices: shapes of blind probe set 95, written here in our own sentences.
The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_an_emoji_before_a_quoted_body_and_its_verb():
    got = kinds_and_speakers("🔴 «الكهرباء» تنفي زيادة أسعار الشرائح الشهر المقبل\n\n"
                             "نفت وزارة الكهرباء زيادة الأسعار.\n")
    assert got == [(A, "وزارة الكهرباء"), (A, "وزارة الكهرباء")]


def test_a_site_name_before_a_state_body_and_its_colon():
    got = kinds_and_speakers("akhbarna|الحكومة: تثبيت أسعار الخبز حتى نهاية العام\n\n"
                             "عقدت اللجنة اجتماعها الشهري أمس.\n")
    assert got == [(A, "الحكومة"), (U, None)]


def test_according_to_prices_or_a_formula_is_no_source():
    got = kinds_and_speakers("ووفقا للأسعار العالمية، ارتفع سعر الديزل 20 فلسا للتر.\n\n"
                             "وتحدد الأسعار وفق المعادلة السعرية كل شهر.\n")
    assert got == [(U, None), (U, None)]


def test_a_list_of_prices_under_its_heading():
    sentences = run("أعلنت الشركة الأسعار الجديدة اليوم.\n\nالأسعار الجديدة للوقود في الأردن:\n"
                    "90: 915 فلسا للتر\nالديزل: 750 فلسا للتر\nأسطوانة الغاز: 7 دنانير\n")
    assert [(s.kind, s.rule) for s in sentences[1:4]] == [
        (F, "filler:heading"), (U, "unattributed:figure"), (U, "unattributed:figure")]


def test_a_line_that_leads_into_what_was_said_is_no_heading():
    sentences = run("تحدث المدرب بعد المباراة.\n\nبدأ المدرب حديثه قائلاً:\n")
    assert sentences[1].kind != F
