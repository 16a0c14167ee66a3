"""Arabic news of vaccination campaigns: shapes of blind probe set 57, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers
from tests.claims.test_segment import texts

A, U = "attributed", "unattributed"


def test_a_name_in_marks_after_its_title():
    got = kinds_and_speakers(
        "وأوضح مدير الحملة الدكتور “سالم العتيبي”، أن التطعيم يستمر أسبوعا.\n"
        "وقال وكيل الوزارة الدكتور «هدى الراشد» إن الحملة بدأت.\n")
    assert got == [(A, "سالم العتيبي"), (A, "هدى الراشد")]


def test_the_dots_of_a_slogan_in_brackets_end_no_sentence():
    assert texts("وتحمل الحملة شعار (احموا أطفالكم.. ليبقوا بخير) في كل المدارس. وتستمر أسبوعا.") \
        == ["وتحمل الحملة شعار (احموا أطفالكم.. ليبقوا بخير) في كل المدارس.", "وتستمر أسبوعا."]
