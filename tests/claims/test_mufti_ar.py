"""Arabic statements of a mufti (probe set 152): a role in the Egyptian spelling ("مفتى
الجمهورية") is a role, and what a role "considered" ("واعتبر المفتي المرحلة المقبلة ... نقلة")
is no part of the source; voting ("أدلى بصوته") says nothing."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_the_egyptian_spelling_of_a_role():
    got = kinds_and_speakers(
        "نفى الدكتور سامي حداد، مفتى الجمهورية، ما نشر فى بعض المواقع.\n\n"
        "وأكد مفتى الجمهورية، أنه لم يجر أى حوارات فى هذا الشأن.\n")
    assert got == [(A, "سامي حداد")] * 2


def test_what_a_role_considered_and_a_vote():
    got = kinds_and_speakers(
        "أكد الدكتور سامي حداد مفتي البلاد أن الناس أحرار في إرادتهم.\n\n"
        "وأدلى الدكتور سامي حداد بصوته في الدقائق الأولى من الانتخابات.\n\n"
        "واعتبر المفتي المرحلة المقبلة نقلة حضارية في تاريخ البلاد.\n")
    assert got == [(A, "سامي حداد"), (U, None), (A, "سامي حداد")]
