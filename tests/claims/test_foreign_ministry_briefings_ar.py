"""Arabic briefings of a foreign ministry's spokesman (probe set 139): "وأبرز أن" with its subject
dropped stresses what follows (not the adjective of "وأبرز ما جاء في التقرير"); a page's date and
clock with its time zone are furniture."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_highlighted_that_and_a_date_with_its_clock():
    got = kinds_and_speakers(
        "16/09/2025 الساعة 21:21 (بتوقيت الدوحة)\n\n"
        "أكد المتحدث الرسمي لوزارة الخارجية سالم الكواري على جهود الدولة في حل الملفات.\n\n"
        "وأبرز أن الدولة مستمرة في جهودها في هذا الشأن.\n\n"
        "وأبرز ما جاء في التقرير تراجع الأسعار.\n")
    assert got == [(F, None), (A, "سالم الكواري"), (A, "سالم الكواري"), (U, None)]
