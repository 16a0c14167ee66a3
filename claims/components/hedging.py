"""claimsift_hedging: hedged and vaguely sourced claims, as flags on any kind."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from claims.lexicon import phrase_pattern
from claims.normalize import normalize_ar

# "قد" + imperfect ("قد يؤدي", "قد تكون") hedges; "قد" + perfect ("قد اتخذت") does not.
_QAD_IMPERFECT = re.compile(r"(?:^|\s)[وف]?قد\s+(?:ي\S{2,}|ت\S{2,}(?<!ت)|ن\S{3,})")


def is_hedged(text: str, lang: str, normalized: str | None = None) -> bool:
    if lang == "ar":
        normalized = normalized or normalize_ar(text)
        return bool(phrase_pattern("hedges_ar", True).search(normalized)
                    or _QAD_IMPERFECT.search(normalized))
    return any(m.group() != "May" and not (m.group().lower() == "likely"
                                           and _LIKELY_VOTERS.match(text, m.end()))
               for m in phrase_pattern("hedges_en", False).finditer(text))


# a poll's "likely voters" are those it counts as voting, no hedge
_LIKELY_VOTERS = re.compile(r"(?:\s+(?:Democratic|Republican|GOP|primary|"
                            r"general[\s\-]election)){0,2}\s+(?:voters?|caucus[\s\-]?goers)\b")


def is_vague(text: str, lang: str, normalized: str | None = None) -> bool:
    if lang == "ar":
        return bool(phrase_pattern("vague_ar", True).search(normalized or normalize_ar(text)))
    return bool(phrase_pattern("vague_en", False).search(text))


class Hedging:
    def __call__(self, doc: Doc) -> Doc:
        for claim in doc._.claims:
            claim.hedged = is_hedged(claim.text, claim.lang, claim.matchable)
            if claim.kind != "attributed":
                claim.vague_source = claim.vague_source or is_vague(claim.text, claim.lang,
                                                                    claim.matchable)
        return doc


@Language.factory("claimsift_hedging")
def make_hedging(nlp: Language, name: str) -> Hedging:
    return Hedging()
