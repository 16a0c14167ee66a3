"""Arabic statements of security services: shapes of blind probe set 97, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_statement_issued_by_a_body_and_its_quotation():
    got = kinds_and_speakers("صدر عن المديرية العامة للدفاع المدني البيان الآتي:\n\n"
                             "“نؤكد أن الحريق أخمد بالكامل ولا إصابات. نشكر المواطنين على "
                             "تعاونهم”.\n\nصدر عن الرئيس قرار بتعيين وزير جديد.\n")
    assert got == [(A, "المديرية العامة للدفاع المدني")] * 2 + [(U, None)]


def test_a_long_subject_set_off_by_a_comma_before_its_verb():
    got = kinds_and_speakers("بلاغ المديرية العامة للدفاع المدني، أوضح أنه تم إخلاء 40 "
                             "أسرة.\n")
    assert got == [(A, "بلاغ المديرية العامة للدفاع المدني")]


def test_a_paper_named_with_a_number_over_its_dateline():
    sentences = run("عربي 21 – الدوحة\nأعلنت الوزارة إغلاق الطريق.\n")
    assert (sentences[0].kind, sentences[0].rule) == (F, "filler:dateline")


def test_a_paper_named_after_a_document_keeps_its_name():
    got = kinds_and_speakers("وقالت صحيفة البيان إن الطريق أغلق.\n")
    assert got == [(A, "صحيفة البيان")]
