"""Arabic statements of a journalists' syndicate (probe set 156): a role and a group of people
joined by و are two sources ("نقيب الصحفيين والموقعون على البيان"), the first speaking (it had
been "نقيب الصحفيين والموقعون"); a role's second field stays one ("وزير الإعلام والثقافة")."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_role_and_the_signatories():
    got = kinds_and_speakers(
        "أصدرت النقابة بيانا وقع عليه نقيب الصحفيين سامي حداد وأعضاء المجلس.\n\n"
        "وأكد نقيب الصحفيين والموقعون على البيان رفضهم الكامل لهذا السلوك.\n\n"
        "وقال وزير الإعلام والثقافة محمد يوسف إن الحوار مستمر.\n")
    assert got[1:] == [(A, "نقيب الصحفيين"), (A, "محمد يوسف")]
