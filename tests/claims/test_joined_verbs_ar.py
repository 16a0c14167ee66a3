"""A reporting verb joined by و opens a clause of its own: the words before it are not its
subject, whether a page's stray label ("آخر الأخبار واوضح المصدر") or the object of the clause
before ("وأثار التحفظ ارتباكا للاجتماع وطالبت الكويت") (probe set 128, the Arab League)."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_the_words_before_a_joined_verb_are_not_its_subject():
    got = kinds_and_speakers(
        "وأثار تحفظ دولتي الكويت وعمان على المرشح، ارتباكا للاجتماع وطالبت الكويت بتأجيل "
        "التصويت أسبوعا.\n\n"
        "آخر الأخبار وأوضح الوزير سالم الهاجري أن الاجتماع سيعقد غدا.\n")
    assert got == [(A, "الكويت"), (A, "سالم الهاجري")]


def test_a_subject_before_an_unjoined_verb_still_counts():
    got = kinds_and_speakers("الوزير سالم الهاجري أكد أن الاجتماع سيعقد غدا.\n")
    assert got == [(A, "سالم الهاجري")]
