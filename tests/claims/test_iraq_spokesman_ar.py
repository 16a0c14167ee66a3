"""Arabic news of a government spokesman whose given name is also 'in the name of': shapes of
blind probe set 117, written here in our own sentences. The probe texts are not in the
repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_likewise_before_a_verb_of_asking_and_a_given_name_that_is_also_a_word():
    got = kinds_and_speakers(
        "أكد المتحدث باسم الحكومة باسم الجبوري أن العلاقات مستمرة.\n"
        "وكذلك دعا المتحدث باسم الحكومة إلى الاطلاع على تقارير هيئة النزاهة.\n")
    assert got == [(A, "باسم الجبوري")] * 2
