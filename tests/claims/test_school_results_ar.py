"""Arabic reports of exam results: a headline that names its speaker in marks after و and
quotes two words ("... و«الوزير»: «النتائج جيدة»"), and a verb of saying after "من المقرر أن"
that plans what is to come and reports nothing said (probe set 118, school results)."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_headline_name_in_marks_after_waw_and_two_quoted_words():
    got = kinds_and_speakers(
        "«غدا».. إعلان نتائج الشهادة المتوسطة و«الحربي»: «النتائج مطمئنة»\n\n"
        "وقال وزير التربية الدكتور سالم الحربي إن نسبة النجاح بلغت 81%.\n")
    assert got == [(A, "سالم الحربي"), (A, "سالم الحربي")]


def test_a_planned_message_is_no_report():
    got = kinds_and_speakers(
        "قال وزير التربية الدكتور سالم الحربي إن النتائج ستعلن اليوم.\n\n"
        "ومن المقرر أن يوجه الدكتور سالم الحربي رسالة إلى الطلاب مساء الغد.\n\n"
        "ومن المتوقع أن يعلن الوزير أسماء الأوائل في مؤتمر صحفي.\n")
    assert [k for k, _ in got] == [A, U, U]


def test_a_verb_after_an_that_is_not_planned_still_reports():
    got = kinds_and_speakers(
        "قال وزير التربية الدكتور سالم الحربي إن النتائج ستعلن اليوم.\n\n"
        "وكان الحربي قد أعلن أن الامتحانات ستبدأ في يونيو.\n")
    assert got == [(A, "سالم الحربي"), (A, "سالم الحربي")]
