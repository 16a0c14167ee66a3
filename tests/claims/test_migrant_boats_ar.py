"""Arabic reports of migrant boats (probe set 130): a definite plural in its object's form after
an asking verb is whom the source asked ("وطالب المهاجرين بعدم"), so the subject is the one before;
a counted word is a noun, not a verb ("2400 طالب وطالبة"); a line a page broke off after an unnamed
source's verb is no heading ("كما حذر المصدر من مخاطر الهجرة")."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_whom_a_source_asked_is_no_subject():
    got = kinds_and_speakers(
        "وأعرب قائد خفر السواحل العقيد سالم المري عن شكره لطاقم السفينة.\n\n"
        "وطالب المهاجرين بعدم الانسياق وراء شبكات التهريب.\n\n"
        "وطالب المحتجون بالإفراج عن المعتقلين.\n")
    assert got == [(A, "سالم المري"), (A, "سالم المري"), (A, "المحتجون")]


def test_a_counted_word_is_no_verb_and_an_unnamed_sources_line_is_no_heading():
    got = kinds_and_speakers("2400 طالب وطالبة يجرون امتحانات الثانوية العامة اليوم.\n\n"
                             "وأعرب المصدر عن شكره لطاقم السفينة.\n"
                             "كما حذر المصدر من مخاطر الهجرة عبر البحر\n")
    assert got == [(U, None), (U, None), (U, None)]
