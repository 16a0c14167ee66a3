"""Arabic football coaches after a match: shapes of a twenty-fourth blind Arabic probe set,
written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_the_name_after_a_role_that_leads_our_team():
    got = kinds_and_speakers(
        "أكد مدرب منتخبنا الوطني لكرة السلة، ماركو بيتروفيتش، أن الفريق جاهز للبطولة.\n")
    assert got == [(A, "ماركو بيتروفيتش")]


def test_the_name_after_a_role_what_it_leads_and_a_country():
    got = kinds_and_speakers(
        "قال مدرب منتخب تونس جوزيه مورايس إن اللاعبين قدموا مباراة كبيرة.\n")
    assert got == [(A, "جوزيه مورايس")]


def test_the_technical_director_is_the_coach_named_before():
    got = kinds_and_speakers(
        "قال مدرب منتخب الأردن الإسباني خوان لوبيز إن التعادل عادل.\n"
        "وأضاف المدير الفني الإسباني أن الحارس كان نجم اللقاء.\n")
    assert got == [(A, "خوان لوبيز"), (A, "خوان لوبيز")]


def test_a_named_persons_belief_is_attributed_and_an_impersonal_one_is_not():
    got = kinds_and_speakers(
        "يعتقد قائد الفريق سالم الدوسري أن الدوري سيحسم في الجولة الأخيرة.\n"
        "ويعتقد أن المباراة ستقام بلا جمهور.\n")
    assert got == [(A, "سالم الدوسري"), (U, None)]


def test_an_issues_date_line_in_both_calendars_is_filler():
    got = kinds_and_speakers(
        "قال المدرب فهد الشمري إن الاستعداد بدأ مبكرا.\n"
        "العدد 2210 - الأحد 14 مارس 2010م الموافق 28 ربيع الأول 1431هـ\n")
    assert got == [(A, "فهد الشمري"), (F, None)]
