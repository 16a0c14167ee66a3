"""Document in, classified sentences out, through a blank spaCy pipeline with our components."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language

import claims.components  # noqa: F401  (registers the factories)
from claims.tokenizer import RUNS
from claims.language import document_language, letter_counts
from claims.model import Document, DocLang, SentenceRecord

PIPELINE_VERSION = "claimsift-rules-0.2"
COMPONENTS = (
    "claimsift_sentences", "claimsift_attribution", "claimsift_speakers", "claimsift_quotations",
    "claimsift_hedging", "claimsift_filler",
)
CHUNK_CHARS = 200_000  # longer texts are processed in pieces cut at line breaks


@dataclass(frozen=True)
class AnalysedDocument:
    document: Document
    lang: DocLang
    sentences: list[SentenceRecord]


@cache
def build_pipeline(lang: str, spacy_tokens: bool = False) -> Language:
    """The blank `lang` pipeline with our components; `spacy_tokens` keeps spaCy's own
    tokenizer (bench/classify_speed.py measures both)."""
    config = {} if spacy_tokens else {"nlp": {"tokenizer": {"@tokenizers": RUNS}}}
    nlp = spacy.blank(lang, config=config)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    nlp.max_length = CHUNK_CHARS * 2
    return nlp


def analyse(document: Document, spacy_tokens: bool = False) -> AnalysedDocument:
    text = document.text
    arabic, latin = letter_counts(text)
    nlp = build_pipeline("ar" if arabic > latin else "en", spacy_tokens)
    records: list[SentenceRecord] = []
    letters: list[tuple[int, int]] = []
    for offset, chunk in _chunks(text):
        doc = nlp.make_doc(chunk)
        doc.user_data["claimsift_text"] = chunk
        doc = nlp(doc)
        for claim in doc._.claims:
            records.append(SentenceRecord(
                start=offset + claim.start, end=offset + claim.end, text=claim.text,
                lang=claim.lang, kind=claim.kind, speaker=claim.speaker, cue=claim.cue,
                hedged=claim.hedged, vague_source=claim.vague_source,
                confidence=claim.confidence, rule=claim.rule,
            ))
            letters.append(claim.letters)
    lang = document_language(letters) if records else "en"
    return AnalysedDocument(document, lang, records)


def _chunks(text: str):
    """(offset, piece) pairs of at most about CHUNK_CHARS, cut after a line break when possible."""
    start = 0
    while len(text) - start > CHUNK_CHARS:
        cut = text.rfind("\n", start + CHUNK_CHARS // 2, start + CHUNK_CHARS)
        if cut == -1:
            cut = text.rfind(" ", start + CHUNK_CHARS // 2, start + CHUNK_CHARS)
        cut = start + CHUNK_CHARS if cut == -1 else cut + 1
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]
