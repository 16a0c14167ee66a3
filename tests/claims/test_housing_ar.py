"""Arabic news of housing ministries: shapes of blind probe set 69, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_an_aside_between_dashes_after_the_verb_leaves_its_subject_dropped():
    got = kinds_and_speakers(
        "أعلن وزير الإسكان المهندس خالد السالم طرح ألف وحدة سكنية.\n"
        "وأضاف - خلال كلمته في افتتاح المشروع اليوم - أن الحجز يبدأ الشهر المقبل.\n")
    assert got == [(A, "خالد السالم")] * 2
