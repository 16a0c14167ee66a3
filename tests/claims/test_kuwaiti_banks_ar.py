"""Arabic statements of Kuwaiti banks (probe set 155): "بيت التمويل الكويتي" is a body (a
house as an institution), and "مكتفية بالقول إن" after a refusal is what she did say."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_house_as_an_institution():
    got = kinds_and_speakers(
        "وأعلن بنك الخليج أن خسائره ستكون في حدود 400 مليون دولار.\n\n"
        "وقال بيت التمويل الكويتي، أكبر بنك إسلامي في الكويت، إن الخسائر ستكون أقل.\n\n"
        "وقال البيت الأبيض إن الرئيس سيزور المنطقة.\n")
    assert got == [(A, "بنك الخليج"), (A, "بيت التمويل الكويتي"), (A, "البيت الأبيض")]


def test_content_with_saying_after_a_refusal():
    got = kinds_and_speakers(
        "قالت سلمى حداد مدير عام البنك إن البنك ينافس على شراء مصرف.\n\n"
        "ورفضت الكشف عن أسماء البنوك المنافسة مكتفية بالقول إن البنك لديه خطط للتوسع.\n")
    assert got == [(A, "سلمى حداد")] * 2
