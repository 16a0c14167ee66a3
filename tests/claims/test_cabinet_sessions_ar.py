"""Arabic cabinet sessions (the Saudi Press Agency's reports): shapes of blind probe set 37,
written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U = "attributed", "unattributed"


def test_what_a_document_named_by_its_kind_says():
    got = kinds_and_speakers(
        "وجاء في البيان أن الوزارة ستفتح المعبر غدا.\n"
        "وجاء في الأمر الملكي أن المجلس يجتمع كل أسبوع.\n"
        "وجاء في التقرير الصادر أمس أن الأسعار ارتفعت.\n"
        "وجاء في المرتبة الثانية فريق النصر.\n")
    assert got == [(A, "البيان"), (A, "الأمر الملكي"), (A, "التقرير"), (U, None)]


def test_what_serves_a_purpose_after_a_semicolon_goes_on():
    texts = [s.text for s in run(
        "واطلع المجلس على المحادثات التي جرت مع عدد من الدول في الأيام الماضية؛ بما يخدم "
        "المصالح المشتركة.\n")]
    assert len(texts) == 1
