"""Arabic security news in the Maghreb press: shapes of blind probe set 40, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_communique_is_a_document_and_the_body_it_is_for_speaks():
    got = kinds_and_speakers(
        "أفاد بلاغ لوزارة الداخلية أنه تم تفكيك خلية إرهابية بمدينة الناظور.\n"
        "وأضاف البلاغ أن أفراد الخلية كانوا يخططون لعمليات.\n"
        "وخلص البلاغ إلى أنه تم الاحتفاظ بالمشتبه فيهم.\n")
    assert got == [(A, "وزارة الداخلية"), (A, "البلاغ"), (A, "البلاغ")]


def test_a_statement_of_a_body_named_in_two_words():
    got = kinds_and_speakers(
        "وقال بيان مصالح الأمن: ’’الفقيد كان يعمل بشمال المملكة‘‘.\n"
        "وقال بيان رسمي إن المعبر سيفتح غدا.\n")
    assert got[0] == (A, "مصالح الأمن") and got[1][0] == A


def test_what_an_appeal_says_and_a_maghreb_date():
    got = kinds_and_speakers(
        "7 يوليوز 2020 - 10:10\n"
        "وجاء في النداء الذي وصل الصحيفة \"هناك تهديد حقيقي\".\n")
    assert got == [(F, None), (A, "النداء")]
