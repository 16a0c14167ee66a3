"""Arabic news of police arrests: shapes of blind probe set 87, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, kinds_speakers_vague

A, U = "attributed", "unattributed"


def test_a_spokesman_for_the_police_of_a_city_named_after_its_kind():
    got = kinds_and_speakers("أعلن المتحدث باسم الشرطة في مدينة بوسطن الأمريكية جون سميث، أنه "
                             "تم القبض على المشتبه به.\n")
    assert got == [(A, "جون سميث")]


def test_the_official_of_a_named_body_is_no_vague_source():
    got = kinds_speakers_vague("وأوضح مسؤول الشرطة أن المشتبه به فر.\n\nوقال مسؤول أمني إن "
                               "المشتبه به فر.\n")
    assert got == [(A, "مسؤول الشرطة", False), (U, None, True)]


def test_a_police_force_named_by_its_county_and_state_before_an_aside():
    got = kinds_and_speakers("وأشارت شرطة مقاطعة هاريس بولاية تكساس -في مؤتمر صحفي- أن المشتبه "
                             "به اعتقل.\n")
    assert got == [(A, "شرطة مقاطعة هاريس بولاية تكساس")]
