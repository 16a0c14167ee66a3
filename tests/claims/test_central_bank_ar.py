"""Arabic central banks and interest rates: shapes of blind probe set 27, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, kinds_speakers_vague

A, U, F = "attributed", "unattributed", "filler"


def test_a_report_in_a_later_clause_with_its_own_subject():
    got = kinds_and_speakers(
        "هذا وقد خفضت لجنة السياسات الائتمانية أسعار الخصم بواقع 25 نقطة حتى بلغت نسبتها بعد "
        "الخفض 7.5%، هذا وأشارت اللجنة بأن هذه الخطوة تهدف إلى دعم الصادرات.\n")
    assert got == [(A, "لجنة السياسات الائتمانية")]


def test_a_verb_after_bada_ma_has_its_subject_after_it():
    got = kinds_and_speakers(
        "ويأتي اجتماع المصرف بعدما أعلن مكتب الإحصاء الوطني ارتفاع معدل البطالة إلى 9%.\n")
    assert got == [(A, "مكتب الإحصاء الوطني")]


def test_data_that_indicate_are_no_source():
    got = kinds_speakers_vague("حيث تشير البيانات الأولية إلى نمو الصادرات في الربع الأخير.\n")
    assert got == [(U, None, True)]


def test_a_decision_in_line_with_expectations_is_no_report():
    got = kinds_and_speakers(
        "وجاء القرار وفقاً لتوقعات المحللين في السوق.\n"
        "وارتفعت الصادرات وفقاً لبيانات مكتب الإحصاء الوطني.\n")
    assert got == [(U, None), (A, "مكتب الإحصاء الوطني")]


def test_a_list_after_a_colon_is_what_the_body_said():
    got = kinds_and_speakers(
        "ولفتت اللجنة إلى أن الخطة تقوم على عدة بنود أهمها:\n"
        "- خفض عجز الموازنة.\n"
        "- دعم الصادرات الزراعية.\n"
        "- توسيع الإقراض للمشروعات الصغيرة.\n"
        "وارتفعت أسعار الذهب في السوق المحلية.\n")
    assert got == [(A, "اللجنة")] * 4 + [(U, None)]


def test_a_body_name_ending_in_a_second_field():
    got = kinds_and_speakers(
        "وكان المركز الوطني للبحوث الزراعية والإحصاء،أعلن في وقت سابق ارتفاع إنتاج القمح.\n")
    assert got == [(A, "المركز الوطني للبحوث الزراعية والإحصاء")]


def test_the_outlet_in_brackets_at_the_end_is_furniture():
    got = kinds_and_speakers(
        "وقال المصرف في بيان إن التضخم تراجع إلى 4%.\n"
        "(الراية)\n")
    assert got == [(A, "المصرف"), (F, None)]
