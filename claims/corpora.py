"""Gold adapters: claimsift's own JSON Lines, the Gender Gap Tracker quote set and PolNeAR.

The two English corpora label quotes, not sentences, so a sentence holding a gold cue or quote
counts as attributed and its speaker is the quote's resolved name (GGT `reference`) or source span
(PolNeAR: the name that opens the source span, appositives left out; pronoun sources are left
out of speaker accuracy).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from claims.evaluate import Report, by_doc, evaluate, load_jsonl, same_speaker
from claims.model import Document
from claims.pipeline import analyse
from claims.reader import read_file, read_paths

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "him", "them"}


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    speaker: str | None


def detect_format(gold: Path) -> str:
    if gold.is_dir() and (gold / "attributions").is_dir():
        return "polnear"
    with open(gold, encoding="utf-8") as handle:
        first = json.loads(handle.readline() or "{}")
    return "ggt" if "quotations" in first else "jsonl"


def predictions(documents: Iterator[Document]) -> tuple[list[dict], dict[str, str]]:
    rows, texts = [], {}
    for document in documents:
        texts[document.name] = document.text
        rows.extend(s.contract(document.name) for s in analyse(document).sentences)
    return rows, texts


def evaluate_jsonl(gold: Path, texts: Path) -> Report:
    gold_rows = load_jsonl(gold)
    wanted = set(by_doc(gold_rows))
    documents = (d for d in read_paths([texts]) if isinstance(d, Document) and d.name in wanted)
    predicted, seen = predictions(documents)
    missing = wanted - set(seen)
    if missing:
        raise FileNotFoundError(f"no text in {texts} for: {', '.join(sorted(missing)[:5])}")
    return evaluate(gold_rows, predicted)


def evaluate_spans(documents: dict[str, tuple[Document, list[GoldSpan]]]) -> Report:
    gold_rows, predicted_rows = [], []
    for name, (document, spans) in documents.items():
        for row in (s.contract(name) for s in analyse(document).sentences):
            hits = [g for g in spans if g.start < row["end"] and g.end > row["start"]]
            speakers = [g.speaker for g in hits if g.speaker]
            gold_rows.append({**row, "kind": "attributed" if hits else "unattributed",
                              "speaker": speakers[0] if speakers else None,
                              "speakers": speakers, "hedged": False, "vague_source": False})
            predicted_rows.append({**row, "kind": "unattributed" if row["kind"] == "filler"
                                   else row["kind"]})
    for gold, pred in zip(gold_rows, predicted_rows):  # quoting two people: either name is right
        match = next((s for s in gold["speakers"] if same_speaker(s, pred.get("speaker"))), None)
        if match:
            gold["speaker"] = match
    return evaluate(gold_rows, predicted_rows, with_boundaries=False, with_flags=False)


def load_ggt(gold: Path) -> dict[str, tuple[Document, list[GoldSpan]]]:
    documents = {}
    for article in load_jsonl(gold):
        path = gold.parent / article["rawtext_file"]
        document = next(iter(read_file(path)))
        if not isinstance(document, Document):
            raise ValueError(f"{path}: {document.reason}")
        spans = []
        for quote in article["quotations"]:
            speaker = quote.get("reference") or quote.get("speaker") or None
            for key in ("quote_span_rawtext", "verb_span_rawtext"):
                if quote.get(key):
                    spans.append(GoldSpan(*quote[key], speaker))
        documents[document.name] = (document, spans)
    return documents


def load_polnear(folder: Path) -> dict[str, tuple[Document, list[GoldSpan]]]:
    documents = {}
    seen_articles = set()
    for ann in sorted((folder / "attributions").glob("*.ann")):
        article = ann.stem.rsplit("_", 1)[0]
        if article in seen_articles:
            continue  # several annotators: the first one's file
        seen_articles.add(article)
        document = next(iter(read_file(folder / "text" / f"{article}.txt")))
        if not isinstance(document, Document):
            raise ValueError(f"{folder / 'text' / article}.txt: {document.reason}")
        documents[document.name] = (document, _brat_spans(ann, document.text))
    return documents


def _brat_spans(ann: Path, text: str) -> list[GoldSpan]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            pieces = [tuple(map(int, p.split())) for p in offsets.split(";")]
            spans[parts[0]] = (label, pieces)
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    result = []
    for relation in relations:
        source = spans.get(relation.get("Source", ""))
        speaker = _source_name(" ".join(text[a:b] for a, b in source[1])) if source else None
        speaker = _spelled_out(speaker, text) if speaker else speaker
        for role in ("Cue", "Content"):
            if relation.get(role) in spans:
                for a, b in spans[relation[role]][1]:
                    result.append(GoldSpan(a, b, speaker))
    return result


def _source_name(span: str) -> str | None:
    """PolNeAR's Source span is the whole noun phrase, appositives and all: "Rep. Jim Clyburn
    (D-S.C.), the assistant leader of the Democratic caucus" names "Rep. Jim Clyburn". Pronouns
    are left out of speaker accuracy."""
    name = re.split(r"\s*(?:,|\(|\bwho\b|\bwhich\b|—|–)", span, maxsplit=1)[0].strip()
    return None if not name or name.lower() in PRONOUNS else name


_ACRONYM = re.compile(r"(?:[Tt]he\s+)?([A-Z]{2,6})")
_WORD = re.compile(r"[\w\-]+")
_SMALL = {"of", "for", "and", "on", "the", "to", "in"}


def _spelled_out(name: str, text: str) -> str:
    """"The IMF" -> "International Monetary Fund" when the article spells it out: the name
    resolved as GUIDELINES asks (its fullest form), as the GGT quote set gives it."""
    acronym = _ACRONYM.fullmatch(name)
    if not acronym:
        return name
    letters = acronym.group(1)
    words = list(_WORD.finditer(text))
    for index, first in enumerate(words):
        if first.group()[0] != letters[0]:
            continue
        spelled, at = "", index
        while at < len(words) and len(spelled) < len(letters):
            word = words[at].group()
            if word[0].isupper():
                spelled += word[0]
            elif word not in _SMALL or not spelled:
                break
            at += 1
        if spelled == letters and at - index > 1:
            return text[first.start():words[at - 1].end()]
    return name


def evaluate_path(gold: Path, texts: Path | None, fmt: str = "auto") -> Report:
    fmt = detect_format(gold) if fmt == "auto" else fmt
    if fmt == "ggt":
        return evaluate_spans(load_ggt(gold))
    if fmt == "polnear":
        return evaluate_spans(load_polnear(gold))
    if texts is None:
        raise ValueError("--texts DIR is needed with claimsift JSON Lines gold")
    return evaluate_jsonl(gold, texts)
