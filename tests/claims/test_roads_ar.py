"""Arabic news of roads and public works: shapes of blind probe set 73, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_a_link_to_the_rest_is_furniture():
    got = kinds_and_speakers("قال وكيل الوزارة إن الطريق سيفتح قريبا.\n\nالمزيد..\n")
    assert got[1] == (F, None)
