"""Arabic statements of a presidency's spokesman (probe set 140): whom an asking verb calls on
is no part of its source, after a name ("وطالب أبو ردينة الجانب الأمريكي، بالتدخل") or after a
role and a comma ("ودعا المتحدث باسم الرئاسة، حماس إلى"); a place, a date and the agency the
story came through open the sentence as its dateline ("رام الله 9-5-2023 - نقلاً عن وكالة وفا-")."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_whom_a_spokesman_called_on_and_a_dateline_with_its_agency():
    got = kinds_and_speakers(
        "رام الله 9-5-2023 - نقلاً عن وكالة وفا- قال الناطق الرسمي باسم الرئاسة سامي عوض إن "
        "التصعيد خطير.\n\n"
        "وطالب سامي عوض الجانب الأمريكي، بالتدخل فوراً لوقف العمليات.\n\n"
        "ودعا المتحدث باسم الرئاسة، الفصائل إلى عدم وضع العراقيل.\n")
    assert got == [(A, "سامي عوض")] * 3
