"""Arabic news of a government spokesman who is also a minister: shapes of blind probe set 105,
written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, F = "attributed", "filler"


def test_the_second_role_after_the_name_finds_him_again():
    got = kinds_and_speakers(
        "أكد سعيد العلمي الوزير المنتدب المكلف بالعلاقات مع البرلمان و الناطق الرسمي باسم "
        "الحكومة بأن الأغلبية اجتمعت.\n\nو شدد الناطق الرسمي باسم الحكومة على أن بلاغا سيصدر.\n")
    assert got == [(A, "سعيد العلمي")] * 2


def test_a_dateline_with_a_full_stop():
    sentences = run("أفريقيا برس – المغرب. أكد مصدر أن الوزير أصيب.\n")
    assert (sentences[0].kind, sentences[0].rule) == (F, "filler:dateline")
