"""Arabic interview pages, news tickers and forum posts: shapes of blind probe set 35, written
here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_ticker_of_other_headlines_is_furniture():
    got = kinds_and_speakers(
        "أسعار الذهب اليوم في الأسواق المحلية    الوزير: خطة جديدة لتطوير الموانئ    "
        "افتتاح معرض الكتاب بمشاركة 40 دولة    ضبط شحنة أسمدة قبل بيعها\n")
    assert got == [(F, None)]


def test_the_items_of_a_list_stand_apart_however_alike_their_widths():
    texts = [s.text for s in run(
        "  • مبادرة القرى الجديدة مهدت الطريق لاختراق الريف ثقافيا\n"
        "  • بناء الإنسان لا يتحقق في يوم واحد والأثر يظهر لاحقا\n"
        "  • نتجه لاستثمار المحتوى الثقافي ليرى العالم وجه البلاد\n")]
    assert len(texts) == 3, texts


def test_the_topic_after_amma_is_not_the_subject_of_the_verb():
    got = kinds_and_speakers(
        "وقال الوزير خالد السالم إن القطاع يسير بخطى ثابتة.\n"
        "أما الاختلاف في المنح مع القطاعات الأخرى فقال إن لجنة تدرس هذا المطلب.\n")
    assert got == [(A, "خالد السالم"), (A, "خالد السالم")]


def test_what_someone_said_after_according_to_has_its_subject_after_the_verb():
    got = kinds_and_speakers("وحسب ما قال الوزير خالد السالم فإن المشروع سيكتمل العام المقبل.\n")
    assert got == [(A, "خالد السالم")]
