"""Arabic statements of a health ministry's spokesman (probe set 154): whom he called on
("الجميع إلى") and the truth he denied ("صحة ما يتم تداوله") end his name."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_everyone_called_on_and_the_truth_denied():
    got = kinds_and_speakers(
        "دعا المتحدث باسم وزارة الصحة الدكتور سامي حداد الجميع إلى تطبيق الاحترازات.\n\n"
        "ونفى المتحدث الرسمي لوزارة الصحة سامي حداد صحة ما يتم تداوله حول تسجيل إصابة.\n")
    assert got == [(A, "سامي حداد")] * 2
