"""Arabic statements of the UN secretary-general's spokesman: shapes of blind probe set 30,
written here in our own sentences. The probe texts are not in the repository."""
from claims.normalize import normalize_ar
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_arabic_typed_on_a_persian_keyboard_reads_as_arabic():
    assert normalize_ar("وأکد فی إلی ستیفان") == normalize_ar("وأكد فى إلى ستيفان")
    assert len(normalize_ar("وأکد دوجاریک")) == len("وأکد دوجاریک")
    got = kinds_and_speakers(
        "وقال المتحدث باسم المنظمه، كريم سالمی، إن الوضع صعب.\n"
        "وأکد سالمی: یدعو الأمین العام جمیع الأطراف إلى ضبط النفس.\n")
    assert got == [(A, "كريم سالمی"), (A, "كريم سالمی")]


def test_a_wire_dateline_on_its_own_line_is_furniture():
    got = kinds_and_speakers(
        "جنيف- 12 مارس 2023م (وام)\n"
        "قال المتحدث باسم المنظمة كريم سالم إن المساعدات وصلت.\n")
    assert got == [(F, None), (A, "كريم سالم")]
