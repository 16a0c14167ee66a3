"""Arabic reports of a parliament's sessions: shapes of blind probe set 42, written here in our
own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_highlights_under_a_headline_name_their_speakers():
    got = kinds_and_speakers(
        "- العتيبي: الحكومة تأخرت في تقديم برنامج عملها\n"
        "* الرشيد: لن نقبل بأي تأخير\n"
        "* أكد أن المجلس سيواصل الرقابة\n"
        "* المستجوبون: الوزير غير قادر على الإدارة\n"
        "* طالبوا الوزير بالاستقالة\n"
        "ناقش المجلس الاستجواب الموجه إلى الوزير الشيخ سالم الرشيد.\n"
        "والنواب الموقعون هم، بدر العتيبي، علي المطيري.\n")
    assert got[:5] == [(A, "بدر العتيبي"), (A, "سالم الرشيد"), (A, "سالم الرشيد"),
                       (A, "المستجوبون"), (A, "المستجوبون")]


def test_what_the_speaker_announced_is_no_part_of_his_name():
    got = kinds_and_speakers(
        "أعلن رئيس المجلس فهد السالم تقدم خمسة نواب بطلب عدم التعاون.\n"
        "وأعلن السالم رفع الجلسة إلى الغد.\n")
    assert got == [(A, "فهد السالم")] * 2


def test_members_unnamed_are_vague_and_criticism_directed_reports():
    got = kinds_and_speakers(
        "وطالب النواب الحكومة بتقديم المستندات كافة.\n"
        "وطالب نواب بمرونة في تعديل القانون.\n"
        "ووجه النواب انتقادات إلى وزارة الصحة.\n"
        "وتم إنجاز المعاملات على وجه السرعة.\n")
    assert got == [(A, "النواب"), (U, None), (A, "النواب"), (U, None)]


def test_a_doctors_abbreviation_after_and_ends_no_sentence():
    got = kinds_and_speakers(
        "ناقش المجلس الاستجواب المقدم من النواب سالم العلي، ود.خالد الفهد، إلى الوزير.\n")
    assert len(got) == 1


def test_a_copied_link_message_a_session_credit_and_a_dateline_of_agencies():
    got = kinds_and_speakers("تم نسخ الرابط بنجاح\n"
                             "تابع الجلسة ـ سالم يوسف وعلي الشمري:\n"
                             "الكويت: وكالات\n"
                             "افتتح رئيس المجلس الجلسة العادية أمس.\n")
    assert got == [(F, None)] * 3 + [(U, None)]
