"""Arabic news of municipalities readying for storms: shapes of blind probe set 67, written here
in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_family_name_then_the_people_called_on():
    got = kinds_and_speakers(
        "قال رئيس البلدية المهندس سامر الخوالدة إن الفرق جاهزة.\n"
        "ودعا الخوالدة السكان إلى الابتعاد عن مجاري السيول.\n")
    assert got == [(A, "سامر الخوالدة")] * 2
