"""What someone said, named by its sort before its speaker (probe set 131, gold prices): "تعليق
هاني ميلاد، رئيس شعبة الذهب، يكشف عن", "تصريحات الوزير تكشف أن": the speaker's words, and the
present-tense sentences after them are his."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_comment_named_before_its_speaker_and_the_sentences_after_it():
    got = kinds_and_speakers(
        "تعليق سامر يوسف، رئيس شعبة الفضة بالغرف التجارية، يكشف عن أثر الأحداث على الأسعار.\n\n"
        "يشير إلى أن الارتفاع بلغ حوالي 20 جنيها في سعر الجرام خلال يوم واحد.\n\n"
        "تصريحات الوزير خالد الصالح تكشف أن الأسعار سترتفع.\n")
    assert got == [(A, "سامر يوسف"), (A, "سامر يوسف"), (A, "خالد الصالح")]


def test_a_document_with_when_it_was_issued_set_off_by_commas():
    got = kinds_and_speakers("بيان الوزارة، الصادر اليوم، كشف أن الأسعار سترتفع.\n")
    assert got == [(A, "بيان الوزارة")]
