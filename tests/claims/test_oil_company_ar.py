"""Arabic statements of an oil company's head (probe set 153): "ووفقا لما نشرته أمس شبكة «سي
إن بي سي»" names the network (the verb with its pronoun after لما, and a day, before the
subject; a body's name in marks of up to four words), and a dot inside a word ("الح.وثيين",
written so to dodge filters) ends no sentence, while "الحل.وأضاف" still does."""
from claims.segment import segment
from tests.claims.test_attribution import kinds_and_speakers

A = "attributed"


def test_according_to_what_a_network_published_yesterday():
    got = kinds_and_speakers(
        "ووفقاً لما نشرته أمس شبكة «سي إن بي سي» الإخبارية الأمريكية، فقد بث المدير رسالة.\n")
    assert got == [(A, "شبكة سي إن بي سي")]


def test_a_dot_inside_a_word():
    text = "قال المدير إن هجمات الح.وثيين مقلقة.\nوأكد أنه يبحث عن الحل.وأضاف أن العمل مستمر.\n"
    assert [text[s.start:s.end][:12] for s in segment(text)] == [
        "قال المدير إ", "وأكد أنه يبح", "وأضاف أن الع"]


def test_amin_after_a_company_is_a_given_name():
    got = kinds_and_speakers(
        "قال الرئيس التنفيذي لشركة بترونا الوطنية أمين الحداد إن الشركة قوية.\n\n"
        "وقال الأمين العام للجامعة أحمد يوسف إن القمة ناجحة.\n")
    assert got == [(A, "أمين الحداد"), (A, "أحمد يوسف")]


def test_a_firm_inside_a_role_before_the_name():
    got = kinds_and_speakers(
        "قال رئيس مجلس إدارة شركة زين بدر الحداد إن الشركة قوية.\n\n"
        "وقال رئيس شركة بترونا الوطنية سامي يوسف إن الإنتاج ارتفع.\n")
    assert got == [(A, "بدر الحداد"), (A, "سامي يوسف")]
