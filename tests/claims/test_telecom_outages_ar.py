"""Arabic telecom outage stories: shapes of blind probe set 36, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_speakers_vague

A, U = "attributed", "unattributed"


def test_users_residents_and_many_subscribers_are_unnamed_sources():
    got = kinds_speakers_vague(
        "وأفاد مستخدمون في المدينة بأنهم فقدوا الاتصال منذ الصباح.\n"
        "وقال سكان إن الخدمة عادت مساء.\n"
        "وأعرب العديد من المشتركين عن استيائهم من تكرار الانقطاع.\n")
    assert got == [(U, None, True)] * 3


def test_no_statement_issued_is_no_report():
    got = kinds_speakers_vague(
        "ولم تصدر شركة رواج بيانا رسميا حتى الآن، لكن مصادر مطلعة رجحت أن يكون العطل فنيا.\n")
    assert got == [(U, None, True)]


def test_an_apology_and_a_published_statement_are_reports():
    got = kinds_speakers_vague(
        "رواج تعتذر عن انقطاع الشبكة وتؤكد: نعمل على استعادة الخدمة\n"
        "وأعلنت شركة رواج للاتصالات أن الخدمة ستعود.\n"
        "ونشرت شركة رواج للاتصالات بيانا مقتضبا عبر حسابها الرسمي.\n"
        "ونشرت الصحيفة صورا من موقع العطل.\n")
    assert [(k, s) for k, s, _ in got] == [
        (A, "رواج"), (A, "شركة رواج للاتصالات"), (A, "شركة رواج للاتصالات"), (U, None)]
