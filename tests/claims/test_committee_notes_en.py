"""English committee notes and transcripts (probe set E112): "pressed X for answers" is a demand
made of X (not "the crowd pressed the gate", nor a "press secretary"); a member's party tag
"(R-AL)" and a newsletter box ("Thank You for Subscribing!", "A confirmation email is on it's
way to your inbox.") are furniture."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_pressing_someone_for_answers():
    got = kinds_and_speakers(
        "Chairman Dale Rook pressed the Department of Defense for answers on the mandate.\n\n"
        "The crowd pressed the gate until it broke.\n\n"
        "\"We will review it,\" White House press secretary Ann Lee said on Monday.\n")
    assert got == [(A, "Dale Rook"), (U, None), (A, "Ann Lee")]


def test_a_party_tag_and_a_newsletter_box():
    got = kinds_and_speakers("(R-AL)\n\nThank You for Subscribing!\n\n"
                             "A confirmation email is on it’s way to your inbox.\n\n"
                             "The committee held its first hearing on Thursday.\n")
    assert got == [(F, None), (F, None), (F, None), (U, None)]


def test_a_day_set_off_by_a_comma_is_no_name():
    got = kinds_and_speakers("On Thursday, Chairman Dale Rook and Subcommittee Chairman Jim Banks "
                             "pressed the Department of Defense for answers.\n")
    assert got[0][0] == A and got[0][1] != "On Thursday"
