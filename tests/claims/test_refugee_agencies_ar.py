"""Arabic news of refugee agencies and their spokeswomen: shapes of blind probe set 108,
written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_a_family_name_that_is_also_an_office_is_the_spokeswoman_again():
    got = kinds_and_speakers(
        "قالت المتحدثة باسم الوكالة سلمى أمين إن المخيمات امتلأت.\n"
        "وأكدت أمين أن المساعدات لا تكفي.\n"
        "وأضافت “نريد التزاما حقيقيا”.\n")
    assert got == [(A, "سلمى أمين")] * 3


def test_a_city_we_do_not_list_between_the_office_and_the_name():
    got = kinds_and_speakers(
        'وقال المتحدث باسم الوكالة في كيغالي بيتر موانغي: "وصل ألفا لاجئ".\n')
    assert got == [(A, "بيتر موانغي")]


def test_a_stretched_prompt_and_a_pointer_to_the_interview_are_furniture():
    got = kinds_and_speakers(
        "أكد المتحدث باسم الوكالة سامر حداد أن الوضع صعب.\n"
        "المزيد في لقاء مع السيد حداد الموجود في عمان.\n"
        "تــابــــع كــل الأخــبـــــار.\n")
    assert got[1:] == [(F, None), (F, None)]
