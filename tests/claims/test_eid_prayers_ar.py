"""Arabic Eid-prayer notices (probe set 161): the Egyptian press's slashed titles ("أ.د/",
"د/") are titles, not a dateline's place, and a circular issued by a minister is his."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_slashed_titles():
    got = kinds_and_speakers(
        "صرح أ.د/ سامي فؤاد وزير الأوقاف بأن اللجنة وافقت على إقامة الصلاة.\n"
        "وقال د/ عادل منير إن الساحات ستفتح.\n")
    assert got == [(A, "سامي فؤاد"), (A, "عادل منير")]


def test_a_circular_issued_by_a_minister():
    got = kinds_and_speakers(
        "وأشار تعميم صادر عن وزير الأوقاف نبيل حداد، اليوم الخميس، إلى أن القرار جاء حرصا على السلامة.\n")
    assert got == [(A, "نبيل حداد")]
