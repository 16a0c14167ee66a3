"""Arabic statements of relief agencies: a family name that reads as a preposition ("أمال
إمام،"), an official's role after her name ("مي الصايغ مسؤولة التواصل ...") that is no part of
the name, the same role later for the woman named with it, also over a region ("لمنطقة الشرق
الأوسط وشرق أفريقيا"), and an unnamed official still vague (probe set 122, Red Crescent)."""
from tests.claims.test_attribution import kinds_and_speakers, kinds_speakers_vague

A, U = "attributed", "unattributed"


def test_a_family_name_read_as_a_preposition_before_a_comma():
    got = kinds_and_speakers(
        "أكدت الدكتورة سلوى إمام، المدير التنفيذي للجمعية، أن العمل مستمر.\n\n"
        "وقال المتطوعون أمام الحضور إن المخازن امتلأت.\n")
    assert got[0] == (A, "سلوى إمام")


def test_an_officials_role_after_her_name_and_later_alone():
    got = kinds_and_speakers(
        "قالت ريم الحداد مسؤولة الإعلام في الاتحاد الدولي لجمعيات الهلال الأحمر لمنطقة الشرق "
        "الأوسط وشرق أفريقيا، إن الوضع صعب.\n\n"
        "وتابعت مسؤولة الإعلام في الاتحاد الدولي لجمعيات الهلال الأحمر لمنطقة الشرق الأوسط "
        "وشرق أفريقيا: «هنا تبرز التحديات».\n")
    assert got == [(A, "ريم الحداد"), (A, "ريم الحداد")]


def test_an_unnamed_official_stays_vague():
    got = kinds_speakers_vague("وقال مسؤول أمريكي إن المحادثات مستمرة.\n")
    assert got == [(U, None, True)]
