"""Arabic news of universities and admissions: shapes of blind probe set 71, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_an_imam_is_no_preposition():
    got = kinds_and_speakers(
        "قال إمام وخطيب المسجد الكبير إن الصلاة ستقام في موعدها.\n"
        "وقال الوزير أمام الحضور إن المشروع سينجز.\n")
    assert [kind for kind, _ in got] == [A, A]
    assert got[1] == (A, "الوزير")
