"""Arabic news of tourism figures: shapes of blind probe set 51, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_the_writer_after_the_place_and_the_verb_with_its_own_subject():
    got = kinds_and_speakers(
        "عمان – سامي ناصر كشف وزير السياحة الأردني خالد العمر أن الوزارة أطلقت حملة جديدة.\n"
        "وأوضح في تصريحات خاصة أن عدد الزوار ارتفع.\n")
    assert got == [(A, "خالد العمر"), (A, "خالد العمر")]


def test_a_breadcrumb_and_a_caption_of_a_minister():
    got = kinds_and_speakers(
        "الرئيسية » سياحة وسفر\n"
        "وزير السياحة الأردني خالد العمر\n"
        "ارتفع عدد الزوار إلى مليوني زائر.\n")
    assert got == [(F, None), (F, None), (U, None)]
