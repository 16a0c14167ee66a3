"""Arabic news of airlines launching routes: shapes of blind probe set 70, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_a_company_and_its_field_between_the_role_and_the_name():
    got = kinds_and_speakers(
        "وأكد الرئيس التنفيذي لمجموعة الخليج للاستثمار سامي الحربي أن الأرباح ارتفعت.\n"
        "وأضاف أن الشركة ستتوسع العام المقبل.\n")
    assert got == [(A, "سامي الحربي")] * 2


def test_the_verbs_pronoun_before_its_subject():
    got = kinds_and_speakers(
        "ووفقا لما أفادت به وكالة الأنباء الكويتية، وصلت الطائرة مساء أمس.\n")
    assert got == [(A, "وكالة الأنباء الكويتية")]
