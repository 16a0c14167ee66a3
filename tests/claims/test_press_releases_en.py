"""English press releases: the release's dateline ("MCLEAN, VA / ACCESSWIRE / February 22,
2023 /", "DURHAM, NC and EXTON, PA, May 30, 2023 —") names no speaker, a company with two
bracketed asides and a comma before its verb speaks, a document's noun speaks ("The notice
emphasizes that"), a headline keeps "Inc." inside it, and the safe-harbour paragraph and an
empty list item are furniture (probe set E101, press releases)."""
from tests.claims.test_attribution import kinds_and_speakers

A, U, F = "attributed", "unattributed", "filler"


def test_a_release_dateline_is_no_speaker_and_the_company_is():
    got = kinds_and_speakers(
        "RESTON, VA / ACCESSWIRE / March 2, 2024 / Velora (NASDAQ:VLRA), a maker of sensors, "
        "today announced that it will close its Ohio plant.\n"
        "The Company cautions that its shares may be delisted.\n")
    assert got == [(A, "Velora"), (A, "Velora")]


def test_two_bracketed_asides_and_a_comma_before_the_verb():
    got = kinds_and_speakers(
        "AUSTIN, TX and DENVER, CO, June 3, 2024 — Velora, Inc. (the “Company”) (Nasdaq: VLRA), "
        "announced today that it received a notice from Nasdaq.\n"
        "The results of the vote (Form 8-K), said its chair, were final.\n")
    assert got[0][0] == A and got[0][1].startswith("Velora")
    assert got[1][1] != "results of the vote"


def test_a_documents_noun_speaks():
    got = kinds_and_speakers("The notice emphasizes that trading in the shares is speculative.\n")
    assert got[0][0] == A


def test_a_headline_keeps_its_company_form_and_boilerplate_is_furniture():
    got = kinds_and_speakers(
        "Velora, Inc. Receives Nasdaq Notice Regarding Delayed Annual Report\n\n"
        "- None.\n\n"
        "This press release contains forward-looking statements within the meaning of "
        "Section 27A of the Securities Act of 1933.\n\n"
        "All statements, other than statements of historical fact, are forward-looking.\n\n"
        "Copyright 2023 Velora Inc. All rights reserved.\n")
    assert got[0] == (U, None)
    assert [k for k, _ in got[1:4]] == [F, F, F]
    assert len(got) == 6  # the copyright line's two sentences stay apart
