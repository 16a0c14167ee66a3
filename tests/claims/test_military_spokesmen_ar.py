"""Arabic news of military spokesmen and ministers: shapes of blind probe set 111, written here
in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_after_kana_and_its_subject_talaba_is_the_verb():
    got = kinds_and_speakers(
        "وكان وزير الداخلية سالم الحمادي طالب الحكومة بتوضيح بشأن الهجوم.\n")
    assert got == [(A, "سالم الحمادي")]


def test_a_line_that_opens_with_calling_on_whom_goes_on_the_headline():
    got = kinds_and_speakers(
        "وزير الدفاع: جيشنا تقدم في الجبهات\n\n"
        "داعيًا الجميع إلى الالتفاف حول القيادة\n\n"
        "أكد وزير الدفاع سالم الحمادي أن الجيش تقدم.\n")
    assert got == [(A, "سالم الحمادي")] * 3


def test_disowning_words_is_a_statement():
    got = kinds_and_speakers("الحكومة تتبرأ من تصريحات الوزير الأخيرة\n")
    assert got == [(A, "الحكومة")]
