"""Arabic news of teachers' strikes: shapes of blind probe set 93, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A = "attributed"


def test_a_body_joining_others_keeps_between_and_its_fields():
    got = kinds_and_speakers("أكدت هيئة التنسيق المشترك بين نقابات التعليم المهني والتقني أن "
                             "الإضراب يبدأ غدا.\n\nأكدت الوزارة بين الحين والآخر أن الخطة جاهزة.\n")
    assert got == [(A, "هيئة التنسيق المشترك بين نقابات التعليم المهني والتقني"),
                   (A, "الوزارة")]


def test_a_year_and_month_and_a_site_over_a_story_are_furniture():
    sentences = run(" date 2019-05 الوسط:\n\nأعلنت النقابة الإضراب.\n")
    assert sentences[0].rule == "filler:furniture"
