"""Arabic statements of a foreign ministry's spokesmen (probe set 145): a claim refuted in words
is said ("فند نائب المتحدث باسم الوزارة ادعاء الصحيفة"), and a claim (ادعاء) is what a denial
is about, not a name after the role."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_refuting_a_claim_is_said_by_the_role_named_next():
    got = kinds_and_speakers(
        "فند نائب المتحدث باسم وزارة الخارجية ادعاء صحيفة الأيام بشأن فحوى اجتماع الوزير.\n\n"
        "وقال نائب المتحدث باسم وزارة الخارجية، حسن يوسف: إن الاجتماع لم يعقد أصلا.\n")
    assert got == [(A, "حسن يوسف"), (A, "حسن يوسف")]


def test_forms_of_the_verb_and_a_hotel():
    got = kinds_and_speakers(
        "وفندت الوزارة في بيان ما نشرته الصحيفة عن الاجتماع.\n\n"
        "ويقع فندق النخيل في وسط المدينة قرب المحطة.\n")
    assert got == [(A, "الوزارة"), (U, None)]
