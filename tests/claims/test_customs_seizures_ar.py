"""Arabic news of customs seizures: shapes of blind probe set 84, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_a_role_with_a_place_name_then_the_name_between_commas():
    got = kinds_and_speakers("وأفاد مدير عام جمرك منفذ سالم، خالد العتيبي، بضبط الحبوب.\n\n"
                             "وأوضح العتيبي أن الإجراءات اتخذت.\n")
    assert got == [(A, "خالد العتيبي"), (A, "خالد العتيبي")]


def test_a_site_a_dash_and_the_city_before_a_colon_is_a_dateline():
    got = kinds_and_speakers("أخبارنا – الدمام :\nقال مدير الجمرك إن الشحنة ضبطت.\n")
    assert got[0] == (F, None)
