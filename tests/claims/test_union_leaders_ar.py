"""Arabic news of a union's secretary-general: shapes of blind probe set 114, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_thanks_turned_to_others_is_said_and_heading_somewhere_is_not():
    got = kinds_and_speakers(
        "توجّه اليوم سامي الهمامي الأمين العام للاتحاد العام للشغل، بالشّكر لمختلف الأطراف التي ساندته.\n"
        "وتوجه الوفد إلى العاصمة صباح اليوم.\n")
    assert got == [(A, "سامي الهمامي"), (U, None)]


def test_a_last_update_line_after_the_date_is_furniture():
    got = kinds_and_speakers("12/3/2023-|آخر تحديث: 12/3/2023 06:38 PM (بتوقيت مكة المكرمة)\n")
    assert got == [(F, None)]
