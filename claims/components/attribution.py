"""claimsift_attribution: the reporting cue and source mention of every sentence."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claims import attribution_ar, attribution_en
from claims.findings import Finding
from claims.headlines import colon_source


class Attribution:
    def __call__(self, doc: Doc) -> Doc:
        before = ""
        for claim in doc._.claims:
            rules = attribution_ar if claim.lang == "ar" else attribution_en
            if claim.furniture:
                continue  # "اقرأ أيضا: ...", "READ MORE: ...": no source however it reads
            claim.finding = rules.attribute(claim.text) or (
                colon_source(claim.text, claim.lang) if claim.is_line else None)
            if claim.finding is None and claim.lang == "en" and before.endswith(_CLOSING):
                claim.finding = attribution_en.signature(claim.text)
            elif claim.finding is None and claim.lang == "ar" and before.rstrip().endswith("؛"):
                claim.finding = Finding("؛", None, "dropped", "ar:clause-continues", 0.6)
            before = claim.text
        return doc


_CLOSING = ("”", '"', "»", "''")


@Language.factory("claimsift_attribution")
def make_attribution(nlp: Language, name: str) -> Attribution:
    return Attribution()
