"""Arabic reports of the stock market: shapes of blind probe set 61, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_traders_not_named_are_a_vague_source():
    got = kinds_and_speakers("قال متداولون ان البورصة ارتفعت 5 في المئة هذا الأسبوع.\n")
    assert got == [(U, None)]


def test_a_call_after_qad_and_after_what_the_subject_of_kana_did():
    got = kinds_and_speakers(
        "وكان الوزير سالم العلي قد دعا الى اجتماع طارئ.\n"
        "وكان رئيس الحكومة الشيخ أحمد الناصر أقال المدير قبل شهر ودعا الى تحقيق عاجل.\n")
    assert got == [(A, "سالم العلي"), (A, "أحمد الناصر")]
