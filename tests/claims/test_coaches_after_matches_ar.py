"""Arabic news of national coaches after their matches: shapes of blind probe set 106, written
here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_praised_with_the_final_alef_written_as_yaa():
    got = kinds_and_speakers("أثني سامي الحربي مدرب منتخب الأردن على أداء اللاعبين.\n")
    assert got == [(A, "سامي الحربي")]


def test_what_the_coach_went_on_to_is_no_part_of_his_role():
    got = kinds_and_speakers(
        "قال مدرب منتخب تونس البلجيكي مارك فيلموتس إن المباراة كانت صعبة.\n"
        "وأكمل مدرب منتخب تونس بالتطرق إلى التحكيم وقال إن الحكم كان متشددا.\n")
    assert got == [(A, "مارك فيلموتس")] * 2
