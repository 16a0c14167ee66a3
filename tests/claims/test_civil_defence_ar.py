"""Arabic civil defence and fires: shapes of blind probe set 29, written here in our own sentences.
The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_rank_after_a_role_with_its_place_is_a_title_before_the_name():
    got = kinds_and_speakers(
        'وقال مساعد الناطق الإعلامي للدفاع المدني بالدمام النقيب سالم القحطاني لـ(اليوم): '
        '"أربع فرق إطفاء تشارك الآن في الإخماد".\n')
    assert got == [(A, "سالم القحطاني")]


def test_a_surname_then_the_object_of_the_verb():
    got = kinds_and_speakers(
        "وقال الناطق الإعلامي النقيب سالم القحطاني إن الحريق محدود.\n"
        "وعزا القحطاني انتشار الحريق إلى سرعة الرياح.\n")
    assert got == [(A, "سالم القحطاني"), (A, "سالم القحطاني")]


def test_the_statement_of_a_body_in_construct_is_the_body_s():
    got = kinds_and_speakers(
        'ولفت بيان الدفاع المدني إلى أن "الحريق انتهى دون إصابات".\n'
        "وأشار تقرير الأسبوع الماضي إلى أن الحرائق تراجعت.\n"
        "وأكد البيان الختامي أن الفرق جاهزة.\n")
    assert got == [(A, "الدفاع المدني"), (A, "تقرير"), (A, "البيان")]
