"""The per-sentence state the components fill in, kept on the Doc as doc._.claims."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from claims.findings import Finding

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)
if not Doc.has_extension("claims_offset"):
    Doc.set_extension("claims_offset", default=0)


@dataclass
class ClaimState:
    start: int  # into doc.text
    end: int
    text: str
    lang: str
    finding: Finding | None = None
    kind: str = "unattributed"
    speaker: str | None = None
    cue: str | None = None
    hedged: bool = False
    vague_source: bool = False
    confidence: float = 0.5
    rule: str = "default"
    is_line: bool = False  # the sentence is a whole line of the text (headline, heading, dateline)
    furniture: bool = False  # page furniture, never attributed ("READ MORE:", "اقرأ أيضا:")
    letters: tuple[int, int] = (0, 0)  # Arabic and Latin letters, counted once
    matchable: str = ""  # the text as the word lists match it (Arabic normalised), made once
