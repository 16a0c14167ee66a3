"""Arabic statements of an army's spokesman (probe set 135): a long role ending in a body with its
adjectives ("الناطق الرسمي باسم القوات المسلحة السودانية، العميد الركن نبيل عبدالله،") is no name
followed by whom he addressed; "تدخل" opens what is condemned; the basmala over a statement and
a feed's date line with its page are furniture."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_a_spokesman_named_after_a_long_role_and_what_he_condemned():
    got = kinds_and_speakers(
        "أدان الناطق الرسمي باسم القوات المسلحة السودانية، العميد الركن سامي الطيب، ما أسماه "
        "بالحكومة المزعومة.\n\nوأدان الوزير خالد عمر تدخل الدول الأجنبية في النزاع.\n")
    assert got == [(A, "سامي الطيب"), (A, "خالد عمر")]


def test_a_basmala_and_a_date_line():
    got = kinds_and_speakers("بسم الله الرحمن الرحيم\n\ndate 2025-07-27 - 1/2\n\n"
                             "أكد الناطق الرسمي سامي الطيب أن الهجوم فشل.\n")
    assert got == [(F, None), (F, None), (A, "سامي الطيب")]
