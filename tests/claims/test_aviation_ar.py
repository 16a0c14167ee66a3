"""Arabic civil aviation authorities: shapes of blind probe set 28, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_purpose_or_a_reason_after_a_semicolon_goes_on_in_the_sentence():
    texts = [s.text for s in run(
        "وأكد المتحدث أن الهيئة في مشاورات دائمة منذ أشهر؛ لإضافة وجهات جديدة إلى الجدول.\n"
        "وأوضح أن الرحلات توقفت يومين؛ لأن الطقس كان سيئا في المطار.\n"
        "وبدأ الاجتماع في الساعة العاشرة صباحا؛ وناقش المشاركون خطة العمل الجديدة بالتفصيل.\n")]
    assert len(texts) == 4, texts
    assert texts[0].endswith("إلى الجدول.") and texts[1].endswith("في المطار.")


def test_an_honorific_then_two_roles_then_a_title_and_the_name():
    got = kinds_and_speakers(
        "وأشاد معالي رئيس هيئة الموانئ رئيس اللجنة التنفيذية للاتحاد العربي للموانئ البحرية "
        "الأستاذ خالد بن سعد المطيري في كلمة خلال الاجتماع، بتوسعة الميناء.\n")
    assert got == [(A, "خالد بن سعد المطيري")]


def test_background_the_writer_adds_is_no_report_unless_it_tells_what_someone_said():
    got = kinds_and_speakers(
        "يذكر أن وزير النقل أعلن أمس أن المطار الجديد سيفتتح في الربيع.\n"
        "يذكر أن وزير النقل زار المطار أمس.\n")
    assert got == [(A, "وزير النقل"), (U, None)]


def test_an_outlet_in_quotation_marks_after_informed_is_who_was_told():
    got = [(s.kind, s.speaker, s.vague_source) for s in run(
        'أبلغ "الوطن" مسؤول في هيئة الموانئ، أن عدد السفن تجاوز 40 سفينة.\n'
        'قال "سالم العتيبي" المتحدث الرسمي للهيئة إن الميناء يعمل بكامل طاقته.\n')]
    assert got == [(U, None, True), (A, "سالم العتيبي", False)]


def test_thanks_for_reading_is_furniture():
    got = kinds_and_speakers(
        "شكرا لقراءتكم خبر هيئة الموانئ تفتتح رصيفا جديدا والان مع التفاصيل\n"
        "افتتحت هيئة الموانئ رصيفا جديدا في الميناء الشمالي.\n")
    assert got == [(F, None), (U, None)]
