"""A link to another story set into an Arabic text, "شاهد أيضا :- ..." (probe set 134, MPs'
statements), is furniture, as "اقرأ أيضا" is."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_a_see_also_link_is_furniture():
    got = kinds_and_speakers("أكد رئيس المجلس سامي الحمد أن الحكومة تحترم البرلمان.\n\n"
                             "شاهد ايضا :- الحمد يفتتح أعمال الجلسة العامة للبرلمان لمناقشة 7 "
                             "مشروعات قوانين\n")
    assert got == [(A, "سامي الحمد"), (F, None)]
