"""Arabic round-ups of coaches' press conferences: shapes of blind probe set 53, written here
in our own sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_items_under_a_speakers_label_are_the_speakers():
    got = kinds_and_speakers(
        "المؤتمر الصحفي لمباراة النصر والقادسية\n"
        "مدرب النصر/ سالم فهد :\n"
        "* استحققنا الفوز، وأشكر الجماهير.\n"
        "* اللاعبون طبقوا ما طلبناه.\n"
        "لاعب القادسية/ علي ناصر :\n"
        "* قدمنا مباراة كبيرة.\n"
        "انتهت المباراة بفوز النصر.\n")
    assert got == [(F, None), (F, None), (A, "سالم فهد"), (A, "سالم فهد"), (F, None),
                   (A, "علي ناصر"), (U, None)]


def test_a_lists_heading_with_no_name_gives_its_items_no_speaker():
    got = kinds_and_speakers(
        "أبرز الأرقام:\n"
        "* سجل الفريق ثلاثة أهداف.\n"
        "* استقبل هدفين.\n")
    assert [kind for kind, _ in got[1:]] == [U, U]


def test_an_english_coachs_label_over_his_remarks():
    got = kinds_and_speakers(
        "Coach Dan Reed:\n"
        "- We deserved the win.\n"
        "- The players did what we asked.\n")
    assert got == [(F, None), (A, "Dan Reed"), (A, "Dan Reed")]
