"""Arabic statements of a sports ministry (probe set 150): "على" typed with ي after a name,
before its object ("أكد خالد عبدالعزيز علي حرصه"), is no part of the name; "علي" before a
family name still is."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_ali_typed_for_the_preposition_before_an_object():
    got = kinds_and_speakers(
        "ومن جانبه أكد سامي حداد علي حرصه الشديد لدعم جميع الأندية.\n\n"
        "وأكد محمد علي الحسن أن العمل مستمر.\n")
    assert got == [(A, "سامي حداد"), (A, "محمد علي الحسن")]


def test_a_first_person_verb_after_the_role_is_no_name():
    got = kinds_and_speakers(
        "قال الدكتور سامي حداد وزير الرياضة، إن الوزارة مستمرة في دعم الأندية.\n\n"
        "وأضاف وزير الرياضة ندرس حاليا تضرر الأندية الشعبية.\n\n"
        "وقال الوزير نصر إن العمل مستمر.\n")
    assert got[1] == (A, "سامي حداد") and got[2][1] != "الوزير"
