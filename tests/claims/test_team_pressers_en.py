"""English team press-conference pages: quotes printed under the speaker's name line, each
opened by its topic in brackets; answers labelled with the initials of a player named in
capitals; a quotation signed on its own line by a family name named before, where a paper
signed under a story stays furniture (probe set E104, team press conferences)."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_topic_quotes_under_a_name_line():
    got = kinds_and_speakers(
        "Head coach Dana Reyes\n\n"
        "(on the starting quarterback) \"He has a sprained ankle. We will know more Friday.\"\n\n"
        "(on the kicker) \"He has been great all year.\"\n")
    assert got[1:] == [(A, "Dana Reyes"), (A, "Dana Reyes")]


def test_answers_labelled_with_a_players_initials():
    got = kinds_and_speakers(
        "QUARTERBACK TOM ELLIS\n\n"
        "Q: What happened on that play?\n\n"
        "TE: I think a lot of people have asked about that. My toe got stuck in the turf.\n")
    assert got[-2:] == [(A, "Tom Ellis"), (A, "Tom Ellis")]


def test_a_quotation_signed_by_a_family_name_and_a_paper_signed_under_a_story():
    got = kinds_and_speakers(
        "Backup quarterback Brett Lowe took every snap in practice.\n"
        "Coach Dana Reyes said the defense played well.\n"
        "\"I will be ready to start.\" – Lowe\n\n"
        "The team plays Green Bay next.\n"
        "— Al-Rai\n")
    assert got[2] == (A, "Brett Lowe")
    assert got[-1] == (F, None)
