"""Arabic news of cholera cases: shapes of blind probe set 92, written here in our own sentences.
The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_an_outlet_passing_on_a_named_official_words():
    got = kinds_and_speakers("وذكرت وكالة الأنباء الوطنية نقلاً عن المتحدث باسم وزارة الصحة "
                             "سامي فؤاد، إنه \"تم تسجيل حالتين\".\n\nوذكرت الشرطة، نقلا عن "
                             "الإذاعة، أن الطريق مغلق.\n")
    assert got == [(A, "سامي فؤاد"), (A, "الشرطة")]
