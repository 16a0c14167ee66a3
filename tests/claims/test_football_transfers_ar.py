"""Arabic football-transfer news (probe set 163): a title in the Egyptian spelling with ى
("الصحفى خوسيه ألفاريز") is a title, and "كتب" reports what follows its colon or quotation mark
(not "كتب: الأناضول" with the day it was filed, a byline, nor "كتب" the books)."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_title_in_the_egyptian_spelling():
    got = kinds_and_speakers(
        "تحدث الصحفى رامي فوزي عن الصفقات الجديدة التي سيبرمها النادي هذا الصيف.\n")
    assert got == [(A, "رامي فوزي")]


def test_wrote_with_a_colon_a_byline_and_books():
    got = kinds_and_speakers(
        "كتب: الأناضول الإثنين 27-05-2013 23:09\n"
        "وكتب رامي فوزي الذي يعمل في صحيفة ” آس ” الإسبانية:” هناك صفقة كبيرة قريبا”.\n"
        "ووزعت الوزارة كتب التاريخ على الطلاب.\n")
    assert got == [(F, None), (A, "رامي فوزي"), (U, None)]
