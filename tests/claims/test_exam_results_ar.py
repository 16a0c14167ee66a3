"""Arabic news of school exam results: shapes of blind probe set 50, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_place_and_an_agencys_latin_initials_glued_to_the_verb():
    got = kinds_and_speakers(
        "نابلس/WAF-أكد سامر الحلو الناطق باسم وزارة التعليم، أن النتائج ستعلن غدا.\n")
    assert got == [(A, "سامر الحلو")]


def test_a_long_role_before_its_comma_and_what_was_said():
    got = kinds_and_speakers(
        "يعتمد وزير التعليم، سامي فؤاد، اليوم، نتيجة الامتحانات ويحدد أسماء الأوائل، وأكد نائب "
        "رئيس الامتحانات ومدير عام التقويم بوزارة التربية والتعليم، أن الوزارة تسلمت الدرجات.\n")
    assert [kind for kind, _ in got] == [A]


def test_the_headline_again_without_its_kicker_is_the_headline():
    got = kinds_and_speakers(
        "غدا الأحد: الوزارة تحدد موعد إعلان النتائج\n\n"
        "الوزارة تحدد موعد إعلان النتائج\n\n"
        "كتب/سامي ناصر\n\n"
        "حددت الوزارة موعد إعلان النتائج يوم الأحد.\n")
    assert got == [(U, None), (U, None), (F, None), (U, None)]
