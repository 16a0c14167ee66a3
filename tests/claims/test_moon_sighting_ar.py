"""Arabic announcements of the new moon (probe set 129): the writer's background opened by
"وتجدر الإشارة إلى أن" or "والجدير بالذكر أن" names no source unless a report stands near its
start; "أنهت الوزارة إلى علم المواطنين أن" informs; a page's date in both calendars with its
clock between is furniture; "وتعد هذه الزيارة ..." states a fact, no commentary."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_the_writers_background_names_no_source_unless_a_report_opens_it():
    got = kinds_and_speakers(
        "وتجدر الإشارة إلى أن رؤية الهلال تعتمد على الحساب الفلكي والرصد الشرعي، وهو ما تختص به "
        "الهيئة العامة للأوقاف، حيث تعلن رسميا عن موعد بدء الشهر.\n\n"
        "والجدير بالذكر أن الهيئة أعلنت عن موعد الرصد.\n")
    assert got == [(U, None), (A, "الهيئة العامة للأوقاف")]


def test_informing_the_public_is_a_report_and_ending_a_visit_is_not():
    got = kinds_and_speakers(
        "أنهت وزارة الشؤون الدينية إلى علم المواطنين أنها راقبت الهلال مساء الجمعة.\n\n"
        "وأنهى الوزير زيارته إلى المحافظة مساء اليوم.\n")
    assert got == [(A, "وزارة الشؤون الدينية"), (U, None)]


def test_a_date_in_both_calendars_and_a_fact_about_a_visit():
    got = kinds_and_speakers(
        "الأحد 12 مايو 2024 مـ 10:15 مـ 4 ذو القعدة 1445 هـ\n\n"
        "وتعد هذه الزيارة الثالثة للوزير إلى المحافظة خلال العام الجاري.\n")
    assert got == [(F, None), (U, None)]
