"""Arabic news of harvests and agriculture ministries: shapes of blind probe set 72, written
here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_ali_in_egyptian_spelling_before_a_family_name():
    got = kinds_and_speakers(
        "أعلن المهندس على الشربينى، وكيل وزارة الري، أنه تم تطهير الترع.\n")
    assert got == [(A, "على الشربينى")]


def test_a_given_name_with_the_article_opens_a_full_name():
    got = kinds_and_speakers("وأفاد إلياس بوزيد، بأن الموسم سيكون جيدا.\n")
    assert got == [(A, "إلياس بوزيد")]
