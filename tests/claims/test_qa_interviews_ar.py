"""Arabic interviews printed as questions and answers: shapes of blind probe set 115, written
here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_every_answer_is_the_interviewees_and_no_question_is():
    got = kinds_and_speakers(
        "حوار مع الشاعر والروائي سليم الحداد\n\n"
        "س - ما رأيك بالبرامج الثقافية اليوم؟\n\n"
        "ج - تراجعت كثيرا في السنوات الأخيرة. والمشاهد يبحث عن الجديد.\n\n"
        "س - وماذا عن تجربتك في الإذاعة؟\n\n"
        "ج ـ\nبدأت في الإذاعة قبل عشرين عاما.\n")
    assert got == [(F, None), (F, None), (A, "سليم الحداد"), (A, "سليم الحداد"), (F, None),
                   (F, None), (A, "سليم الحداد")]


def test_a_professors_dotted_title_holds_its_sentence():
    texts = [s.text for s in run("(الصحيفة) تلتقي أ.د. عمر الطالب أستاذ الأدب العربي.\n")]
    assert len(texts) == 1


def test_a_question_to_you_ending_in_two_marks_is_no_claim():
    got = kinds_and_speakers("هل من الصواب إطلاق هذه الصفة؟!\nأم أنك ترى ضرورة البحث عن غيرها؟\n")
    assert got == [(F, None), (F, None)]
