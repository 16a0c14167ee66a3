"""Arabic news of inflation figures from statistics offices: shapes of blind probe set 52,
written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_data_issued_by_a_body_shows_and_data_with_no_owner_is_vague():
    got = kinds_and_speakers(
        "أظهرت بيانات صادرة عن هيئة الإحصاء الوطنية، اليوم الأحد، تراجع التضخم.\n"
        "وأظهرت بيانات هيئة الإحصاء الوطنية ارتفاع الأجور.\n"
        "وذكرت بيانات رسمية أن البطالة تراجعت.\n"
        "وأظهر اللاعب مستوى رائعا في المباراة.\n")
    assert got == [(A, "هيئة الإحصاء الوطنية"), (A, "هيئة الإحصاء الوطنية"), (U, None),
                   (U, None)]


def test_a_body_that_issued_its_report_and_a_last_field_before_a_day():
    got = kinds_and_speakers(
        "أصدرت دائرة الإحصاء المركزية تقريرها الشهري حول أسعار المستهلك.\n"
        "أعلن الجهاز الوطني للتخطيط العام والإحصاء اليوم الثلاثاء ارتفاع الأسعار.\n")
    assert got == [(A, "دائرة الإحصاء المركزية"), (A, "الجهاز الوطني للتخطيط العام والإحصاء")]


def test_a_clock_with_the_date_in_figures_and_a_wires_mark_after_dashes():
    got = kinds_and_speakers(
        "الأحد 2024-10-13 09:15 ص\n\n"
        "ارتفاع معدل التضخم بنسبة 3 بالمئة في أيلول\n\n"
        "ارتفع معدل التضخم بنسبة 3 بالمئة.\n\n"
        "--(بترا)\n")
    assert got == [(F, None), (U, None), (U, None), (F, None)]
