"""Arabic news of the Hajj season: shapes of blind probe set 62, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_a_dateline_set_off_by_tatweel_praise_and_an_honorific_for_the_speaker():
    got = kinds_and_speakers(
        "الرياض ــ أعلنت وزارة الصحة أن الحالة الصحية مطمئنة.\n"
        "قال الأمين العام للمجلس الأستاذ سالم العلي إن الترتيبات ممتازة.\n"
        "وامتدح العلي الجهود الكبيرة التي يبذلها العاملون.\n"
        "واضاف سيادته ان البعثة ستسافر الأسبوع المقبل.\n")
    assert got == [(A, "وزارة الصحة")] + [(A, "سالم العلي")] * 3


def test_a_links_prompt_is_furniture():
    got = kinds_and_speakers("رابط حجز موعد الفحص الطبي: اضغط هنا\n")
    assert got == [(F, None)]
