"""Arabic news of a parliament's speaker and his visitors: shapes of blind probe set 116, written
here in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U = "attributed", "unattributed"


def test_said_again_to_his_visitors_and_once_more():
    got = kinds_and_speakers(
        "كرّر رئيس مجلس النواب سمير حداد أمام زوّاره أنّ «لا أحد فوق القانون».\n"
        "وشدد حداد مرة أخرى على ضرورة الإسراع في إقرار القانون.\n"
        "وأكد سمير حداد لزوّاره أن الوضع خطير.\n"
        "وكرر الفريق فوزه على الضيوف.\n")
    assert got == [(A, "سمير حداد")] * 3 + [(U, None)]


def test_a_paper_that_tells_what_a_named_speaker_thinks_passes_on_his_words():
    got = kinds_and_speakers(
        "ذكرت صحيفة “الأخبار” أنّ رئيس مجلس النواب سمير حداد اعتبر أنّ الحديث عن النصاب مزاح.\n"
        "وأضاف: “لا تلعبوا بالنصاب”.\n")
    assert got == [(A, "سمير حداد")] * 2


def test_turned_to_the_deputies_by_saying_and_a_headline_repeated_after_the_story():
    got = kinds_and_speakers(
        "توجّه رئيس مجلس النواب سمير حداد في بداية الجلسة للنواب بالقول: “انتخبوا اليوم”.\n"
        "وأوضح حداد أن رئيس الحكومة ليس نائبا.\n"
        "حداد للنواب: الأفضل أن تنتخبوا اليوم!\n")
    assert got == [(A, "سمير حداد")] * 3
