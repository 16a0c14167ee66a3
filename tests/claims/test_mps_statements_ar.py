"""Arabic statements of members of parliament: a family name that opens with "حسب" ("صلاح حسب
الله") is a name, not "according to", whole in the first mention and in marks later (probe set
120, MPs' statements)."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_family_name_with_hasab_is_a_name():
    got = kinds_and_speakers(
        "قال النائب كمال حسب الله، المتحدث باسم مجلس النواب، إن الجلسات تبدأ في موعدها.\n\n"
        "وأشار \"حسب الله\" إلى أن النواب يتابعون مطالب دوائرهم.\n")
    assert got == [(A, "كمال حسب الله"), (A, "كمال حسب الله")]


def test_hasab_after_a_name_still_opens_according_to():
    got = kinds_and_speakers(
        "وارتفعت الأسعار 5% حسب الجهاز المركزي للإحصاء.\n")
    assert got == [(A, "الجهاز المركزي للإحصاء")]
