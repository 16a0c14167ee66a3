"""Arabic news of Kuwait's human rights bodies: shapes of blind probe set 44, written here in
our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_question_directed_and_a_statement_given_to_the_press():
    got = kinds_and_speakers(
        "وجه النائب سالم العتيبي سؤالا إلى وزير الخارجية حول تقرير الكويت.\n"
        "قال رئيس مكتب حقوق الإنسان المستشار فهد المطيري إن القانون إنجاز جديد.\n"
        "جاء ذلك في تصريح صحافي للمطيري، عقب ترؤسه اجتماع اللجنة.\n")
    assert got == [(A, "سالم العتيبي"), (A, "فهد المطيري"), (A, "فهد المطيري")]


def test_a_role_at_a_ministry_then_the_name():
    got = kinds_and_speakers(
        "فيما أكدت مديرة إدارة العلاقات الخارجية بوزارة الشؤون الاجتماعية والعمل سارة الهاجري "
        "أن الكويت تولي اهتماما كبيرا بحقوق الإنسان.\n")
    assert got == [(A, "سارة الهاجري")]


def test_a_decree_lays_down_and_a_highlight_told_to_a_paper():
    got = kinds_and_speakers(
        "صدر مرسوم بتعيين أعضاء مجلس إدارة الديوان.\n"
        "ونص المرسوم على تعيين سالم الفهد رئيسا.\n"
        "•  العلي لـ «الوطن»:  «البدون» و«العمالة» و«الإقامات»... أولويات\n"
        "وقال علي العلي في تصريح إن الملفات كثيرة.\n")
    assert [got[1], got[2], got[-1]] == [(A, "المرسوم"), (A, "علي العلي"), (A, "علي العلي")]


def test_in_keeping_with_what_it_sees_names_no_source():
    got = kinds_and_speakers(
        "ونجد أن الكويت تراعي حقوق الإنسان وفقاً لقناعتها الدينية.\n"
        "وتحمي الكويت الحريات، وذلك وفق ما تراه في رؤيتها.\n")
    assert got == [(U, None), (U, None)]


def test_a_photo_caption_with_its_credit_is_furniture():
    got = kinds_and_speakers("سارة الهاجري متحدثة إلى الزميل علي العلي (تصوير سالم يوسف)\n"
                             "أعلنت الوزارة إنشاء قسم لحقوق الإنسان.\n")
    assert got == [(F, None), (A, "الوزارة")]
