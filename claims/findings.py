"""What the attribution rules find in one sentence, before speakers are resolved."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SourceKind = Literal["person", "body", "document", "group", "vague", "dropped", "pronoun",
                     "headline"]


@dataclass(frozen=True)
class Finding:
    cue: str  # the cue as written in the sentence
    source: str | None  # the source mention as written, titles included; None when dropped
    source_kind: SourceKind
    rule: str
    confidence: float
    number: Literal["sg", "dual", "pl"] = "sg"
    feminine: bool = False
    vague: bool = False  # a named source passing on an unnamed one: "نقلت الصحيفة عن مصدر"
