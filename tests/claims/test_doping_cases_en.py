"""English news of doping cases: shapes of blind probe set E90, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_according_to_a_bodys_rules_in_brackets_is_no_source():
    got = kinds_and_speakers(
        "Agency President Maria Lopez said two athletes were suspended.\n"
        "Both substances carry long bans according to International Cycling Union (UCI) rules, "
        "she added.\n")
    assert got == [(A, "Maria Lopez")] * 2
