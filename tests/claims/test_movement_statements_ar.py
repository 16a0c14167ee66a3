"""Arabic news of a movement's statements and its leaders: shapes of blind probe set 113,
written here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_leading_member_of_a_movement_named_after_a_comma():
    got = kinds_and_speakers(
        "قال القيادي في حركة النهضة “النهضة”، سامي العمري، اليوم، إن الحركة لن ترد.\n")
    assert got == [(A, "سامي العمري")]


def test_a_spokesman_for_a_city_then_his_name_between_commas():
    got = kinds_and_speakers(
        'وقال المتحدث باسم "الحركة" عن مدينة الخليل، فادي النتشة، في تصريح: "لن نتراجع".\n')
    assert got == [(A, "فادي النتشة")]


def test_acting_for_an_office_is_no_part_of_the_name():
    got = kinds_and_speakers(
        "قال ماهر الحسن القائم بأعمال رئيس الحركة في الضفة، إن الحركة تتابع ما يجري.\n")
    assert got == [(A, "ماهر الحسن")]


def test_a_headlines_short_name_in_marks_is_the_body_named_so_later():
    got = kinds_and_speakers(
        "«فتح»: قرارات الحكومة لم تتم بالتوافق معنا\n"
        'واعتبرت حركة التحرير الوطني الفلسطيني "فتح"، إعلان الحكومة "غير صحيح".\n')
    assert got == [(A, "حركة التحرير الوطني الفلسطيني")] * 2
