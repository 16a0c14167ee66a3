"""Arabic news of an antiquities council and its secretary-general: shapes of blind probe set
109, written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_local_media_passing_on_a_named_official_are_his_word():
    got = kinds_and_speakers(
        "ونقلت وسائل إعلام محلية عن مدير المتحف الوطني سامح البنا، قوله إن القاعات ستفتح قريبا.\n")
    assert got == [(A, "سامح البنا")]


def test_a_feminine_verb_slipped_before_a_mans_office_keeps_him():
    got = kinds_and_speakers(
        "كشف الدكتور كريم الشافعي الأمين العام للمجلس عن موعد الافتتاح.\n"
        "وأضافت الأمين العام للمجلس أن الكشف تم بأيد وطنية.\n"
        "وأشار إلى أن الوزير طالب بالتأجيل.\n")
    assert got == [(A, "كريم الشافعي")] * 3


def test_a_headlines_name_in_marks_is_whole():
    got = kinds_and_speakers("“الأعلى للمتاحف” يكشف عن مفاجأة جديدة\n")
    assert got == [(A, "الأعلى للمتاحف")]
