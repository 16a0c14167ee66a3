"""Arabic election commissions: shapes of blind probe set 31, written here in our own sentences.
The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_hard_wrapped_arabic_paragraph_is_read_as_its_sentences():
    got = kinds_and_speakers(
        "المستشار سالم العتيبي\n"
        "قال المستشار سالم العتيبي رئيس اللجنة العليا للانتخابات، إن نسبة\n"
        "المشاركة فى اليوم الثالث لعملية التصويت بلغت نحو 12% من إجمالى عدد\n"
        "الناخبين، وهو ما يؤكد صحة القرار الذى أصدرته اللجنة بمد فترة التصويت\n"
        "ليوم ثالث.\n"
        "وأضاف العتيبي خلال مؤتمر صحفى لإعلان النتائج النهائية للانتخابات،\n"
        "أن نحو 90 ألف متابع محلى و12 ألفا و300 متابع دولى تابعوا سير عملية\n"
        "الاقتراع على مدار الأيام الثلاثة.\n")
    assert got[1:] == [(A, "سالم العتيبي"), (A, "سالم العتيبي")]


def test_headlines_one_under_another_stay_apart():
    texts = [s.text for s in run(
        "العتيبي في المؤتمر الصحفي: اللجنة جاهزة لإعلان النتائج غدا\n"
        "العتيبي: هل تأخرت النتائج؟ لا أظن ذلك على الإطلاق\n"
        "قال رئيس اللجنة سالم العتيبي إن النتائج جاهزة.\n")]
    assert len(texts) == 4, texts


def test_an_english_line_that_runs_on_in_lower_case():
    texts = [s.text for s in run(
        "The commission said on Monday that the\n"
        "count would end by Friday, and that\n"
        "turnout had reached 52 percent.\n")]
    assert len(texts) == 1, texts


def test_a_breadcrumb_and_a_metadata_line_are_furniture_and_name_no_one():
    got = kinds_and_speakers(
        "الرئيسية >أخبار >الانتخابات المحلية\n"
        "تاريخ النشر 10:15 09-11-2025 الكاتب: سالم الراشد "
        "المصدر: الهيئة العليا للانتخابات البلد: محلي\n"
        "أعلنت الهيئة العليا للانتخابات، الأحد، أن نسبة المشاركة بلغت 61%.\n")
    assert got == [(F, None), (F, None), (A, "الهيئة العليا للانتخابات")]
