"""Arabic reports of the World Bank's forecasts (probe set 144): a body or a role after فإن is
the subject of the verb of speech after it ("وعلى مستوى التجارة فإن البنك يتوقع نموها"), where
nothing was named before to carry."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_the_subject_after_fa_inna():
    got = kinds_and_speakers(
        "وعلى مستوى التجارة العالمية فإن البنك يتوقع نموها بنحو 4 في المائة.\n\n"
        "وفي هذا السياق فإن الوزير يؤكد أن العمل مستمر.\n\n"
        "وبالتالي فإن الحكومة تدرس الخطة.\n")
    assert got == [(A, "البنك"), (A, "الوزير"), (U, None)]


def test_after_a_report_named_before_the_bank_after_fa_inna_speaks():
    got = kinds_and_speakers(
        "أفاد التقرير النصف سنوي للبنك الدولي أن الاقتصاد العالمي ينمو.\n\n"
        "وعلى مستوى التجارة العالمية فإن البنك يتوقع نموها بنحو 4 في المائة.\n")
    assert got[1][0] == A and "البنك" in got[1][1] and got[1][1] != "التقرير"
