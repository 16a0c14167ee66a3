"""Arabic reports of police arrests: the people a police chief calls on are no part of his role
("ودعا مدير شرطة العريش المواطنين إلى"), "في العاصمة" before a city's name is where a police
force is, not its name, and a rank before a name ends a body's name ("شرطة العريش المقدم محمد")
(probe set 127, police arrests)."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_the_people_called_on_and_the_capital_are_no_part_of_the_source():
    got = kinds_and_speakers(
        "أعلنت شرطة الميناء في العاصمة عدن، اليوم، عن القبض على شخصين.\n\n"
        "وقال مدير قسم شرطة الميناء المقدم سالم بن علي، في تصريح، إن الضبط جاء بعد تحريات.\n\n"
        "ودعا مدير شرطة الميناء المواطنين إلى الإبلاغ عن أي تحركات مشبوهة.\n")
    assert got == [(A, "شرطة الميناء"), (A, "سالم بن علي"), (A, "سالم بن علي")]
