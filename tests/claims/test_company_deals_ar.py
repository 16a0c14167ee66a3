"""Arabic company announcements to the stock exchange: shapes of blind probe set 32, written
here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_based_on_after_a_company_ends_its_name():
    got = kinds_and_speakers(
        "وبينت شركة تمكين أنه ستتم زيادة رأس مال شركة تمكين بناءً على معدل المبادلة.\n"
        "وقالت الشركة في بيان إن الصفقة تبلغ 40 مليون ريال.\n"
        "وأوضحت شركة رواج أن رأس مال شركة رواج بناء على التقييم يبلغ 9 ملايين ريال.\n")
    assert got == [(A, "شركة تمكين"), (A, "شركة تمكين"), (A, "شركة رواج")]


def test_signing_a_contract_is_no_forecast():
    got = kinds_and_speakers(
        "\"تمكين\" توقع اتفاقية للاستحواذ على 30% من \"رواج\"\n"
        "وتوقع البنك المركزي زيادة النمو في العام المقبل.\n")
    assert got == [(U, None), (A, "البنك المركزي")]


def test_a_place_a_time_and_the_writer_before_the_dash():
    got = kinds_and_speakers(
        "جدة في الأحد 3 مارس 2024 09:15 صباحاً كتب سامي علي - أعلنت شركة \"الواحة\" "
        "تلقيها موافقة هيئة السوق المالية على الطرح.\n")
    assert got == [(A, "شركة الواحة")]


def test_a_company_named_for_its_trade_before_its_verb():
    got = kinds_and_speakers("النخيل للاستثمار تعلن استحواذها على كامل أسهم شركة الواحة\n")
    assert got == [(A, "النخيل للاستثمار")]


def test_a_purpose_an_elaboration_or_an_adverb_after_a_semicolon_goes_on():
    texts = [s.text for s in run(
        "أعلنت شركة النخيل توقيع اتفاقية بيع بتاريخ 2 يناير 2025؛ للاستحواذ على حصة في "
        "شركة الواحة؛ وذلك مقابل إصدار أسهم جديدة.\n"
        "وأوضحت الشركة أن قيمة الصفقة تبلغ 9 ملايين ريال؛ استناداً إلى تقييم المستشار المالي.\n"
        "وارتفع السهم في التداولات الصباحية بنسبة كبيرة؛ لكن المحللين حذروا من تراجع قريب.\n")]
    assert len(texts) == 4, texts
    assert texts[0].endswith("أسهم جديدة.") and texts[1].endswith("المستشار المالي.")
