"""An Arabic sentence whose first verb's subject is unnamed and whose later clause names its
speaker ("وكتب أحد المواطنين: “...”، بينما قالت ريم “...”", set 36 after "كتب" became a cue in
set 163): the named speaker; not "أحدهم", one of them, in a later clause."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_an_unnamed_writer_then_a_named_speaker():
    got = kinds_and_speakers(
        "وكتب أحد المواطنين: “الانقطاع مستمر منذ الصباح”، بينما قالت سلمى “لا أستطيع الاتصال”.\n")
    assert got == [(A, "سلمى")]


def test_one_of_them_is_no_name():
    got = kinds_and_speakers(
        "وتفاعل عدد من المواطنين مع المنشورات، حيث تساءل البعض عن عودة الانقطاع، حيث علق أحدهم، "
        'قائلًا: "الكهرباء تنقطع كل يوم"\n')
    assert got[0][1] != "أحدهم"
