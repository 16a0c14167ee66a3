"""claimsift_speakers: canonical speakers per document, carried over to continuations."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claims.speakers import (
    SpeakerBook, collect_names_ar, collect_names_en, name_from_mention_ar, name_from_mention_en,
)

CARRY_WINDOW = 6  # sentences a dropped subject may reach back to find its speaker


class Speakers:
    def __call__(self, doc: Doc) -> Doc:
        books = {"ar": SpeakerBook(arabic=True), "en": SpeakerBook(arabic=False)}
        langs = {claim.lang for claim in doc._.claims}
        if "ar" in langs:
            collect_names_ar(doc.user_data["claimsift_text"], books["ar"])
        people: list[tuple[int, str]] = []
        if "en" in langs:
            people = collect_names_en(doc.user_data["claimsift_text"], books["en"])
        history: list[tuple[int, str, str]] = []  # (sentence index, speaker, kind)
        for index, claim in enumerate(doc._.claims):
            finding = claim.finding
            if finding is None:
                continue
            claim.cue = finding.cue
            if finding.source_kind == "vague":
                claim.vague_source = True
                continue
            if finding.source_kind == "pronoun" and claim.lang == "en" and finding.number == "sg":
                speaker = _last_person(people, history, doc._.claims, index, books["en"])
            elif finding.source_kind in ("dropped", "pronoun"):
                speaker = _carry(history, index, finding)
            else:
                speaker = ""
            if finding.source_kind in ("dropped", "pronoun"):
                if speaker is None:
                    continue
                claim.rule = finding.rule + "+carried"
                claim.confidence = finding.confidence * 0.95
            else:
                book = books[claim.lang]
                extract = name_from_mention_ar if claim.lang == "ar" else name_from_mention_en
                speaker = book.resolve(extract(finding.source, finding.source_kind),
                                       finding.source_kind)
                book.add(speaker)
                claim.rule = finding.rule
                claim.confidence = finding.confidence
            claim.kind = "attributed"
            claim.speaker = speaker
            history.append((index, speaker, finding.source_kind if finding.source_kind not in
                            ("dropped", "pronoun") else _kind_of(history, speaker)))
        return doc


def _carry(history, index, finding) -> str | None:
    recent = [h for h in history if index - h[0] <= CARRY_WINDOW]
    if not recent:
        return None
    if finding.number == "dual":
        groups = [h for h in recent if h[2] == "group"]
        if groups:
            return groups[-1][1]
    if finding.source_kind == "pronoun" and finding.number == "sg":
        people = [h for h in recent if h[2] == "person"]
        if people:
            return people[-1][1]
        return None
    return recent[-1][1]


def _last_person(people, history, claims, index, book) -> str | None:
    """"He said": the last person speaker of the few sentences before, else the person named last
    before the cue."""
    claim = claims[index]
    recent = [h for h in history if index - h[0] <= 3 and h[2] == "person"]
    if recent:
        return recent[-1][1]
    cue_at = claim.start + max(claim.text.find(claim.finding.cue), 0)
    named = [name for end, name in people if end <= cue_at]
    if named:
        return book.resolve(named[-1], "person")
    return _carry(history, index, claim.finding)


def _kind_of(history, speaker) -> str:
    return next((h[2] for h in reversed(history) if h[1] == speaker), "person")


@Language.factory("claimsift_speakers")
def make_speakers(nlp: Language, name: str) -> Speakers:
    return Speakers()
