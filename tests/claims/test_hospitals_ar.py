"""Arabic news from hospitals: shapes of blind probe set 60, written here in our own sentences.
The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_health_cluster_named_again_by_its_head():
    got = kinds_and_speakers(
        "وأوضح تجمع الرياض الصحي الأول أن المريض غادر المستشفى.\n"
        "وأكد التجمع أن العملية الأولى من نوعها.\n")
    assert got == [(A, "تجمع الرياض الصحي الأول")] * 2


def test_a_byline_of_parts_joined_by_underscores():
    got = kinds_and_speakers(
        "الوطن_ سالم العلي_ الرياض _ الإعلام والاتصال\n"
        "أجريت في المستشفى 300 عملية جراحية خلال الشهر الماضي.\n")
    assert got == [(F, None), (U, None)]
