"""Arabic reports of traffic campaigns: shapes of blind probe set 59, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_it_turned_out_is_no_report_and_a_ministrys_efforts_are_not_its_name():
    got = kinds_and_speakers(
        "واصلت إدارة المرور حملاتها ضمن جهود وزارة الداخلية المستمرة لتحقيق الانضباط.\n"
        "وفحصت الدوريات 900 سائق، وتبين إيجابية 12 حالة لتعاطي المخدرات.\n"
        "وتؤكد وزارة الداخلية استمرار الحملات على مدار الساعة.\n")
    assert got == [(U, None), (U, None), (A, "وزارة الداخلية")]
