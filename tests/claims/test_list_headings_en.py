"""English list pages (probe set E110, NFL suspensions): a list's heading before a colon of up to
ten words with no verb is filler, but not a lead-in to what someone wrote ("Sanders made the
following comment:"); a wiki's heading in its markup and a photo's credit in brackets are
furniture."""
from tests.claims.test_attribution import kinds_and_speakers

U, F = "unattributed", "filler"


def test_a_lists_heading_and_a_lead_in():
    got = kinds_and_speakers(
        "Some notable player suspensions under the league's personal conduct policy:\n\n"
        "2021 — Running back Sam Reed suspended six games (domestic violence).\n\n"
        "On July 6, 2015, the senator made the following long comment:\n")
    assert got[:2] == [(F, None), (U, None)] and got[2][0] != F


def test_a_wiki_heading_and_a_photo_credit():
    got = kinds_and_speakers("= League player conduct policy =\n\n"
                             "(AP Photo/Jane Doe) (Jane Doe, Copyright 2022 The Associated Press.\n\n"
                             "The league introduced a new conduct policy in 2007.\n")
    assert got == [(F, None), (F, None), (U, None)]
