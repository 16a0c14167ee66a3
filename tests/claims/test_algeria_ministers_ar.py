"""Arabic news of Algerian ministers: shapes of blind probe set 99, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, run

A, U, F = "attributed", "unattributed", "filler"


def test_a_conjunction_written_apart_inside_a_role():
    got = kinds_and_speakers("أكد وزير الداخلية و الجماعات المحلية و التهيئة العمرانية كمال "
                             "بلعيد، اليوم، بأن الوضع مستقر.\n")
    assert got == [(A, "كمال بلعيد")]


def test_instructions_and_orders_given_are_said():
    got = kinds_and_speakers(
        "تفقد أمس الثلاثاء، وزير السكن سمير بوزيد جامع المدينة.\n\n"
        "وفي هذا الصدد، وجه الوزير تعليمات للمؤسسة بضرورة تسريع الأشغال.\n\n"
        "أمر رئيس الجمهورية، عبد القادر سالم، بتسريع وتيرة العمل.\n\n"
        "وصدر أمر بالحبس في حق المتهم.\n")
    assert got == [(U, None), (A, "سمير بوزيد"), (A, "عبد القادر سالم"), (U, None)]


def test_a_ministry_media_cell_and_its_second_field():
    got = kinds_and_speakers("حسب ما ذكرته خلية الإعلام والاتصال للوزارة، انطلقت الأشغال.\n")
    assert got == [(A, "خلية الإعلام والاتصال للوزارة")]


def test_as_was_said_before_is_no_subject_and_a_stray_letter_is_filler():
    sentences = run("كما سبق وأن كشفت عنه صحيفة الخبر، يزور الوزير الولاية غدا.\n\nخ\n")
    assert (sentences[0].speaker, sentences[1].kind) == ("صحيفة الخبر", F)
