"""Arabic news of parliament sessions: shapes of blind probe set 83, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_a_woman_mp_named_after_her_title_and_an_accusation():
    got = kinds_and_speakers(
        "نائبة: الحكومة تتهرب من المساءلة\n\n"
        "اتهمت النائبة منى الراشد، اليوم، الحكومة بالتهرب من المساءلة.\n\n"
        "وأضافت النائبة أن المجلس سيواصل عمله.\n")
    assert got == [(A, "منى الراشد")] * 3


def test_it_is_important_that_and_a_share_button_are_filler():
    got = kinds_and_speakers("عقدت الجلسة اليوم بحضور 170 نائبا.\n\n"
                             "ومن المهم أن تعقد الجلسات بانتظام.\n\nشاركها.\n")
    assert got[1:] == [(F, None), (F, None)]
