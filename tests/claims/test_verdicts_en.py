"""English news of verdicts and appeals: shapes of blind probe set E63, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, F = "attributed", "filler"


def test_his_lawyer_is_not_the_man_whose_lawyer_he_is():
    got = kinds_and_speakers("Tycoon Victor Hale will appeal his conviction, his lawyer says.\n\n"
                             "Hale, 61, faces up to 20 years.\n\n"
                             "But his lawyer, Ruth Okafor, said there were strong grounds.\n")
    assert got[0] == (A, "Ruth Okafor")


def test_the_judge_is_not_the_man_the_judge_ruled_on():
    got = kinds_and_speakers("Ivan Sorokin was found guilty on Monday.\n\n"
                             "The judge ruled that Sorokin and his partner had stolen the funds.\n\n"
                             "The judge said the defendants acted together.\n")
    assert got[2] == (A, "judge")


def test_the_attorney_for_a_client_is_the_speaker_not_the_client():
    got = kinds_and_speakers("The attorney for convicted businessman Tom Reed says the fight is "
                             "far from over.\n")
    assert got[0][0] == A and got[0][1] != "Tom Reed"


def test_a_live_page_time_and_a_closed_comments_line_are_furniture():
    got = kinds_and_speakers("The jury returned its verdict.\n\n4:15 p.m.\n\n"
                             "Sorry we are not currently accepting comments on this article.\n")
    assert got[1:] == [(F, None), (F, None)]


def test_his_father_with_no_name_is_not_the_son():
    got = kinds_and_speakers("Jason Miller's father, Tom, says his son grew up in Houston.\n\n"
                             "His father said he worked with companies in Kenya.\n")
    assert got[1][0] == A and got[1][1] != "Jason Miller"
