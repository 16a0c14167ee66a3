"""Document in, classified sentences out: segment, detect language, classify each sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims.language import document_language, letter_counts, majority, sentence_language
from claims.model import Document, DocLang, SentenceRecord
from claims.segment import segment

PIPELINE_VERSION = "claimsift-rules-0.1"

_CUE_EN = re.compile(
    r"\b(said|says|told|added|stressed|emphasi[sz]ed|noted|stated|announced|according to|"
    r"released a statement|explained)\b", re.I)
_CUE_AR = re.compile(
    r"(^|\s)[وف]?(قال|قالت|أضاف|أضافت|اضاف|أكد|أكدت|أشار|أشارت|ذكر|ذكرت|صرح|أوضح|لفت|أفاد|كشف|"
    r"أعرب|عبر|أشاد|اشاد|شدد|شددا|وفقا|وفقًا|بحسب)(\s|$)")


@dataclass(frozen=True)
class AnalysedDocument:
    document: Document
    lang: DocLang
    sentences: list[SentenceRecord]


def analyse(document: Document) -> AnalysedDocument:
    text = document.text
    spans = segment(text)
    counts = [letter_counts(text[s.start:s.end]) for s in spans]
    doc_lang = document_language(counts)
    total = (sum(c[0] for c in counts), sum(c[1] for c in counts))
    fallback = majority(doc_lang, total)
    records = []
    for span in spans:
        sentence = text[span.start:span.end]
        lang = sentence_language(sentence, fallback)
        records.append(_classify(span.start, span.end, sentence, lang))
    return AnalysedDocument(document, doc_lang, records)


def _classify(start: int, end: int, sentence: str, lang: str) -> SentenceRecord:
    cue = (_CUE_AR if lang == "ar" else _CUE_EN).search(sentence)
    if cue:
        return SentenceRecord(start, end, sentence, lang, "attributed", cue=cue.group().strip(),
                              confidence=0.6, rule="basic:cue")
    if len(sentence.split()) < 6 and not sentence.rstrip().endswith((".", "؟", "?")):
        return SentenceRecord(start, end, sentence, lang, "filler", confidence=0.5,
                              rule="basic:short-line")
    return SentenceRecord(start, end, sentence, lang, "unattributed", confidence=0.4,
                          rule="basic:default")
