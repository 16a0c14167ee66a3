"""English news of health inspections: shapes of blind probe set E66, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_inspectors_claiming_after_their_act_are_a_group_source():
    got = kinds_and_speakers("However, two county inspectors fined him on Monday, claiming Reed "
                             "was still open.\n")
    assert got == [(A, "two county inspectors")]


def test_one_unnamed_inspector_is_a_vague_source():
    got = kinds_and_speakers("“This is what you risk,” a female health inspector tells Reed.\n")
    assert got == [(U, None)]


def test_a_font_size_control_and_a_title_case_headline_name_no_one():
    got = kinds_and_speakers(
        "Inspectors Order Closure Of Diner Live On Camera\n\nFont Size:\n\n"
        "The diner stayed open on Monday.\n\n“You need a permit,” she says.\n")
    assert got[1] == (F, None) and got[3][1] not in ("Font Size", "Live On Camera")
