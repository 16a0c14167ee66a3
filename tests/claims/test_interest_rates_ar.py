"""Arabic news of central banks raising interest rates: shapes of blind probe set 65, written
here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_count_in_words_makes_a_transition_a_checkable_claim():
    got = kinds_and_speakers(
        "ويعد هذا الخفض الثالث خلال العام الحالي.\n"
        "وتعد هذه المرة الرابعة التي يثبت فيها البنك أسعاره على التوالي.\n"
        "يأتي هذا بعد حصول البلاد على قرض بقيمة خمسمئة مليون دولار.\n")
    assert got == [(U, None)] * 3


def test_a_statement_from_a_body_is_the_bodys():
    got = kinds_and_speakers(
        "أعلن البنك المركزي الأردني رفع أسعار الفائدة.\n"
        "ووفقا لبيان من البنك المركزي الأردني، ارتفع سعر الخصم إلى 7 في المائة.\n")
    assert got == [(A, "البنك المركزي الأردني")] * 2


def test_recommended_stories_and_an_invitation_to_listen_are_furniture():
    got = kinds_and_speakers(
        "قال الوزير إن الأسعار ستنخفض.\n"
        "نرشح لك: وزير المالية: الموازنة الجديدة تدعم الفقراء.\n"
        "يمكنكم أيضا الاستماع لبرامجنا عبر تطبيق الإذاعة.\n")
    assert got[1:] == [(F, None), (F, None)]
