"""Arabic news of stock exchange sessions: shapes of blind probe set 77, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_role_with_its_field_then_the_name_between_commas():
    got = kinds_and_speakers(
        "وقال محلل أسواق المال والسندات، سامر الخطيب، إن المؤشر ارتفع.\n\n"
        "وأضاف أن السيولة تحسنت.\n")
    assert got == [(A, "سامر الخطيب"), (A, "سامر الخطيب")]


def test_a_market_that_closes_its_session_says_nothing():
    got = kinds_and_speakers("اختتمت البورصة، تعاملات جلسة اليوم، بارتفاع جماعي.\n\n"
                             "واختتم الوزير كلمته بالتأكيد على أهمية السوق.\n")
    assert got[0] == (U, None) and got[1][0] == A


def test_a_textbook_definition_and_a_caption_tag_are_filler():
    got = kinds_and_speakers(
        "ارتفع المؤشر الرئيسي بنسبة 1%.\n\n"
        "وتعرف البورصة على أنها سوق للأوراق المالية لا تملك البضائع.\n\n"
        '[caption id="attachment_1" align="alignnone"]صورة[/caption]\n')
    assert got[1] == (F, None) and got[2] == (F, None)
