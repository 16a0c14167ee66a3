"""Arabic news of courts and prosecutors: shapes of blind probe set 45, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_paper_cited_first_when_the_verb_reports_nothing():
    got = kinds_and_speakers(
        "وبحسب صحيفة ”الوطن“ الكويتية، وجهت المحكمة إلى المتهم في القضية تهمة الإساءة إلى "
        "القضاء، فضلا عن نشر أخبار كاذبة دون ذكر تفاصيل.\n"
        "قضت محكمة الجنايات بحبس متهم ثلاث سنوات.\n")
    assert got == [(A, "صحيفة الوطن"), (U, None)]


def test_what_the_constitution_lays_down_in_quotation_marks():
    got = kinds_and_speakers(
        "ويجرم القانون كل من يسيء إلى القضاء، حيث ينص الدستور على أن ”القضاء مستقل ولا "
        "سلطان عليه“.\n")
    assert got == [(A, "الدستور")]


def test_a_cue_joined_to_an_event_speaks_for_the_events_subject():
    got = kinds_and_speakers(
        "ترافعت النيابة العامة عن متهم وليس ضده وطالبت ببراءته من التهم.\n"
        "استقبل وزير العدل فهد السالم السفير الأردني وأكد خلال اللقاء أهمية التعاون.\n"
        "استقبل وزير العدل فهد السالم السفير الأردني، وأكد أن العلاقات متينة.\n")
    assert got == [(A, "النيابة العامة"), (A, "فهد السالم"), (A, "فهد السالم")]
