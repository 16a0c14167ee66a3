"""Arabic news of telecom companies and their regulator: shapes of blind probe set 96, written
here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_a_media_affairs_role_at_a_group_then_a_title_and_the_name():
    got = kinds_and_speakers("وقال مدير عام الشؤون الإعلامية بشركة زين الكويت المهندس وليد "
                             "الخشتي إن الشبكة جاهزة.\n\nوقالت الإعلامية منى الشاذلي إن البرنامج عاد.\n")
    assert got == [(A, "وليد الخشتي"), (A, "منى الشاذلي")]


def test_a_body_name_in_marks_inside_a_role_is_none_of_the_name():
    got = kinds_and_speakers('وأكد محافظ "الهيئة العامة للطيران المدني" سالم الحربي أن المطار '
                             'جاهز.\n\nوقال الرئيس التنفيذي “فهد الغامدي” لـ«طيران ناس» إن '
                             'الرحلات تعود.\n')
    assert got == [(A, "سالم الحربي"), (A, "فهد الغامدي")]


def test_an_authority_with_a_second_field_after_and():
    got = kinds_and_speakers("أكدت هيئة الاتصالات وتقنية المعلومات أنها لن تتراجع عن القرار.\n")
    assert got == [(A, "هيئة الاتصالات وتقنية المعلومات")]


def test_a_noun_before_a_verbal_noun_is_the_object_not_a_name():
    got = kinds_and_speakers("قال الرئيس التنفيذي للشركة سعد العتيبي إن الخطة نجحت.\n\n"
                             "كما أعلن نجاح التنسيق بين فروع الشركة.\n\n"
                             "وقال فهد التمياط إن الأرباح ارتفعت.\n")
    assert got == [(A, "سعد العتيبي"), (A, "سعد العتيبي"), (A, "فهد التمياط")]


def test_what_was_said_cut_off_by_a_full_stop_opens_with_that():
    got = kinds_and_speakers("أوضح المدير التنفيذي سعد العتيبي في مكالمة هاتفية قبل قليل. أن "
                             "الشركة ستصرف راتب شهرين.\n\nأن تكون أو لا تكون.\n")
    assert got[:2] == [(A, "سعد العتيبي"), (A, "سعد العتيبي")]
