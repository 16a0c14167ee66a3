from __future__ import annotations

from claims.quotations import quotation_runs, quotation_spans, transcript_turns
from claims.segment import segment
from tests.claims.test_attribution import kinds_and_speakers, run
from tests.conftest import shared_path


def test_a_quotation_over_two_paragraphs_is_one_span():
    text = ("Tom Hinderks said: \u201cMost people don\u2019t have good information. It is flawed.\n"
            "\u201cThat never works,\u201d he said.\nThe vote is in March.\n")
    spans = quotation_spans(text)
    assert [(text[a:a + 5], text[b - 6:b], closed) for a, b, closed in spans] == [
        ("\u201cMost", "works,\u201d"[-6:], True)]
    sentences = [(s.start, s.end) for s in segment(text)]
    assert [r.sentences for r in quotation_runs(text, sentences)] == [(0, 1, 2)]


def test_a_stray_mark_left_open_is_no_quotation():
    text = "The plan, called \u201cRenew, is late. It costs more. Nobody knows why.\n"
    assert quotation_runs(text, [(s.start, s.end) for s in segment(text)]) == []


def test_every_sentence_of_a_long_quotation_takes_its_speaker():
    text = ("Andrew Wilkinson spoke to reporters on Monday.\n"
            "\u201cThe collapse in the Green Party vote means stress. They are not getting along.\n"
            "\u201cWe\u2019ll see how long it lasts,\u201d said Wilkinson.\n"
            "''It's anti-reform. She's layering on complexity,'' said Douglas Holtz-Eakin.\n")
    found = kinds_and_speakers(text)
    assert found[1:] == [("attributed", "Andrew Wilkinson")] * 3 + [
        ("attributed", "Douglas Holtz-Eakin")] * 2


def test_a_quotation_with_no_speaker_stays_unattributed():
    text = ("The council met on Monday.\n"
            "\u201dThe roads are closed. The schools are shut.\u201d\n")
    assert [k for k, _ in kinds_and_speakers(text)] == ["unattributed"] * 3


def test_reader_comments_signed_on_the_next_line():
    """PolNeAR's HuffPost article of reader comments: each comment opens with a closing mark and
    is signed on a line of its own; every sentence of a comment is its signer's, and a comment
    of one sentence takes the signature after it, not the speaker before."""
    article = next(shared_path("data", "polnear-dev", "text").glob("huff-post_*latinos-share*"))
    sentences = run(article.read_text(encoding="utf-8"))
    signed = {s.speaker for s in sentences if s.rule == "en:signed-person"}
    assert {"Sonya Herridge", "Jacklyn Ashley", "Christina Lastra"} <= signed
    herridge = [s for s in sentences if s.speaker == "Sonya Herridge"]
    assert [s.text[:12] for s in herridge] == [
        "\u201dMr. Trump e", "He has empow", "His candidac", "He represent", "\u2015 Sonya Herr"]
    ashamed = next(s for s in sentences if s.text.startswith("\u201cI\u2019m so ashamed"))
    assert ashamed.speaker == "Jacklyn Ashley"


def test_transcript_turns_take_the_speaker_in_capitals():
    """PolNeAR's Breitbart transcript of Fox News Sunday: every sentence of a turn is the
    speaker's, Pence resolved to the name the article gives him; the quotation over all the
    turns does not give them all one speaker."""
    article = next(shared_path("data", "polnear-dev", "text").glob("breitbart_2016-09-25_*"))
    sentences = run(article.read_text(encoding="utf-8"))
    turns = [s for s in sentences if s.rule == "en:transcript-turn"]
    assert {s.speaker for s in turns} == {"Wallace", "Mike Pence"}
    shark = next(s for s in sentences if "Shark Tank" in s.text)
    assert shark.speaker == "Mike Pence"


def test_read_more_and_watch_lines_are_no_transcript():
    text = ("READ MORE: Bomb threats across Canada\nThe police said the threats were fake.\n"
            "WATCH: Police outline the scam\nREAD MORE: Scam uses old passwords\n"
            "WATCH: RCMP warns of a rise in cases\n")
    sentences = [(s.start, s.end) for s in segment(text)]
    assert transcript_turns(text, sentences) == []


def test_a_transcript_may_open_after_blank_lines():
    text = ("\n\nPENCE: Well, look. It is fine.\nWALLACE: And you, Governor Pence?\n"
            "PENCE: Yes. No.\nWALLACE: Thanks. Goodbye.\n")
    turns = transcript_turns(text, [(s.start, s.end) for s in segment(text)])
    assert [(name, len(indices)) for name, indices in turns] == [
        ("PENCE", 2), ("WALLACE", 1), ("PENCE", 2), ("WALLACE", 2)]
