"""English technology outage stories: shapes of blind probe set E22, written here in our own
sentences. The probe texts are not in the repository."""
from tests.claims.test_attribution import kinds_and_speakers, kinds_speakers_vague

A, U, F = "attributed", "unattributed", "filler"


def test_related_content_and_a_pictures_credit_are_furniture():
    got = kinds_and_speakers(
        "Related to the outage, two data centres were shut.\n"
        "Related Content:\n"
        "Photo: © Alamy.\n"
        "Tags: outage, cloud\n")
    assert got == [(U, None), (F, None), (F, None), (F, None)]


def test_boasting_reports_only_with_what_was_said():
    got = kinds_and_speakers(
        "Streamly boasts roughly 90 million monthly users.\n"
        "Its founder Dana Reyes boasted that the service never went down.\n")
    assert got == [(U, None), (A, "Dana Reyes")]


def test_a_statement_at_a_clock_time_in_a_zone_is_the_companys():
    got = kinds_and_speakers(
        "Streamly posted a statement shortly after 2:30 p.m. Eastern saying the site was back.\n"
        "Users first saw errors at 3:20 AM EST on Tuesday.\n"
        "\"We are working on a fix.\"\n")
    assert got[0] == (A, "Streamly")
    assert got[2][1] != "AM EST"


def test_users_on_a_site_are_a_vague_source():
    got = kinds_speakers_vague(
        "\"Is this sabotage?\" one user on Down Detector wrote.\n"
        "Around the same time, the company's chief executive said the fault was fixed.\n")
    assert got[0] == (U, None, True)
    assert got[1][0] == A and got[1][1] != "same time"
