"""Plain records that flow through the pipeline. No storage, no UI."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["ar", "en"]
DocLang = Literal["ar", "en", "mixed"]
Kind = Literal["attributed", "unattributed", "filler"]
KINDS: tuple[Kind, ...] = ("attributed", "unattributed", "filler")


@dataclass(frozen=True)
class Document:
    """One article as read: `text` is the decoded text that every offset points into."""

    name: str  # file name, or "file.jsonl#id" for an article inside a JSON Lines file
    path: str  # where it came from; the key under which versions are kept
    text: str
    sha256: str
    encoding: str
    title: str | None = None
    url: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, with the reason in one line."""

    path: str
    reason: str


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    direct: bool


@dataclass(frozen=True)
class SentenceRecord:
    """One classified sentence; offsets are code-point indices into Document.text."""

    start: int
    end: int
    text: str
    lang: Lang
    kind: Kind
    speaker: str | None = None
    cue: str | None = None
    hedged: bool = False
    vague_source: bool = False
    confidence: float = 0.5
    rule: str = "default"
    quotes: tuple[Quote, ...] = field(default_factory=tuple)

    def contract(self, doc_name: str) -> dict:
        """The JSON Lines record of the `classify` contract (DESIGN.md)."""
        return {
            "doc": doc_name,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "lang": self.lang,
            "kind": self.kind,
            "speaker": self.speaker,
            "cue": self.cue,
            "hedged": self.hedged,
            "vague_source": self.vague_source,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
        }


SUGGESTED_LABEL: dict[str, str] = {
    "attributed": "sourced",
    "unattributed": "speculative",
    "filler": "boilerplate",
}
LABELS: tuple[str, ...] = ("sourced", "speculative", "boilerplate")
