"""Arabic reports of a public prosecution: its order to detain or release someone is an act
of the court and reports nothing said; "وفق ما هو متداول" names no source, where "وفق ما نشرته
وزارة الداخلية" does (probe set 119, prosecution statements)."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_an_order_to_detain_or_release_is_an_act():
    got = kinds_and_speakers(
        "أمرت النيابة العامة بحبس متهم أربعة أيام على ذمة التحقيق.\n\n"
        "وأمرت النيابة بإخلاء سبيل 12 متهما في قضايا أخرى.\n\n"
        "وأكدت النيابة العامة في بيان أنها رصدت الشائعات على عدد من الحسابات.\n")
    assert got == [(U, None), (U, None), (A, "النيابة العامة")]


def test_as_it_is_circulated_names_no_source_and_what_a_ministry_published_does():
    got = kinds_and_speakers(
        "وانتشرت الشائعة على مواقع التواصل وفق ما هو متداول منذ أسبوع.\n\n"
        "وانتشرت الشائعة على مواقع التواصل وفق ما نشرته وزارة الداخلية.\n")
    assert got == [(U, None), (A, "وزارة الداخلية")]
