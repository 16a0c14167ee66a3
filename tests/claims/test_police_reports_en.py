"""English police and sheriff's reports: shapes of blind probe set E14, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_deputies_troopers_and_authorities_are_groups_that_speak():
    got = kinds_and_speakers(
        "Marion County deputies said the search is over.\n"
        "State troopers said the driver fled on foot.\n"
        "The bridge was closed for two hours, authorities said.\n")
    assert got == [(A, "Marion County deputies"), (A, "State troopers"), (A, "authorities")]


def test_a_headline_ending_sheriff_says_is_the_sheriff_the_article_names():
    got = kinds_and_speakers(
        "Ohio deputy hurt in crash, sheriff says\n"
        "A deputy was hurt on Route 9 on Friday.\n"
        "Pike County Sheriff Dana Morrow said the deputy is in stable condition.\n")
    assert got == [(A, "Dana Morrow"), (U, None), (A, "Dana Morrow")]


def test_a_person_said_according_to_a_release_is_the_person():
    got = kinds_and_speakers(
        "According to a news release from the Pike County Sheriff’s Office, the crash happened "
        "at noon.\n"
        "According to the news release, Morrow said he asked the state police to investigate.\n")
    assert got == [(A, "Pike County Sheriff’s Office"), (A, "Morrow")]


def test_the_news_release_is_the_release_named_before_not_the_last_statement():
    got = kinds_and_speakers(
        "According to a news release from the Ohio Department of Public Safety, the crash "
        "happened at noon.\n"
        "“We ask for patience,” Dana Morrow said in a statement.\n"
        "“A news conference will follow,” the news release stated.\n")
    assert got[2] == (A, "Ohio Department of Public Safety")


def test_an_embedded_post_is_said_by_the_account_that_signs_it():
    got = kinds_and_speakers(
        "The deputy was taken to a hospital in Columbus.\n"
        "\n"
        "Our prayers are with our deputy tonight. Please keep him in your thoughts... Posted by "
        "Pike County Sheriff’s Department on Friday, March 1, 2024\n"
        "\n"
        "The crash is under investigation.\n")
    assert got == [(U, None), (A, "Pike County Sheriff’s Department"),
                   (A, "Pike County Sheriff’s Department"), (F, None), (U, None)]


def test_a_tweet_is_said_by_the_account_that_signs_it_and_its_signature_is_no_words_of_it():
    got = kinds_and_speakers(
        "Roads are closed in Pike County.\n"
        "\n"
        "I am saddened to hear of the crash. Please drive with care. #Ohio pic.twitter.com/x1Y2z3 "
        "— Governor Lee Ann Hart (@GovHart) March 1, 2024\n")
    assert got == [(U, None), (A, "Lee Ann Hart"), (A, "Lee Ann Hart"), (F, None)]  # a byline


def test_a_picture_credit_in_brackets_and_a_link_heading_are_furniture():
    got = kinds_and_speakers(
        "A deputy was hurt on Route 9 on Friday.\n"
        "(Jane Roe/iStock )\n"
        "Latest trending news:\n")
    assert got == [(U, None), (F, None), (F, None)]
