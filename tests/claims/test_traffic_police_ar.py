"""Arabic news of traffic police: shapes of blind probe set 78, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_a_body_with_a_second_field_after_wa_before_a_comma():
    got = kinds_and_speakers("أعلنت إدارة شرطة السير والدوريات، وفاة شخصين في حادث.\n")
    assert got == [(A, "إدارة شرطة السير والدوريات")]


def test_a_question_that_opens_with_what_is_a_link_not_a_report():
    got = kinds_and_speakers("قال المدير إن الطريق مغلق.\n\n"
                             "ماذا قال الشاهد عن الحادث؟\n")
    assert got[1] == (F, None)


def test_figures_of_a_body_written_with_li():
    got = kinds_and_speakers("توفي 5 أشخاص أمس بحسب إحصائية لإدارة المرور.\n")
    assert got == [(A, "إدارة المرور")]


def test_the_causes_given_are_no_part_of_the_body():
    got = kinds_and_speakers("وعزا بلاغ للمديرية العامة للأمن الوطني الأسباب الرئيسية إلى "
                             "السرعة.\n")
    assert got == [(A, "المديرية العامة للأمن الوطني")]
