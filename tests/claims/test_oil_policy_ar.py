"""Arabic news of oil ministers: shapes of blind probe set 75 (oil policy), written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_a_role_after_the_name_with_its_other_fields_names_him_later():
    got = kinds_and_speakers(
        "قال سامي العتيبي وزير المالية والاقتصاد والتخطيط الكويتي اليوم، إن العجز سينخفض.\n\n"
        "ووصف الوزير الكويتي الميزانية بأنها متوازنة.\n")
    assert got == [(A, "سامي العتيبي"), (A, "سامي العتيبي")]


def test_a_place_a_dash_and_the_agency_in_brackets_is_a_dateline():
    got = kinds_and_speakers("الرباط - (أ ش أ)\nقال الوزير إن الإنتاج ارتفع.\n")
    assert got[0] == (F, None)
