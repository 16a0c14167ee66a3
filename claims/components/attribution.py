"""claimsift_attribution: the reporting cue and source mention of every sentence."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from claims import attribution_ar, attribution_en, quotes_en
from claims.findings import Finding
from claims.headlines import colon_source, opens_role, quoted_colon
from claims.normalize import normalize_ar
from claims.quotes_ar import speech_goes_on


class Attribution:
    def __call__(self, doc: Doc) -> Doc:
        before, spoke, said = "", False, ""
        text = doc.user_data["claimsift_text"]
        for claim in doc._.claims:
            rules = attribution_ar if claim.lang == "ar" else attribution_en
            if claim.furniture and claim.lang == "en" and before.endswith(_CLOSING) and (
                    _signer_named(claim.text, text, claim.start)):
                claim.furniture = False  # "“...” – Rypien" after "quarterback Brett Rypien":
                # the quotation's signer, not a paper signed under a story ("— Al-Anbaa")
            if claim.furniture:
                continue  # "اقرأ أيضا: ...", "READ MORE: ...": no source however it reads
            claim.finding = rules.attribute(claim.text)
            if _headline_line(claim, text) and (claim.finding is None or _role_before_colon(claim)):
                claim.finding = colon_source(claim.text, claim.lang) or claim.finding
            if claim.finding is None and claim.lang == "en" and before.endswith(_CLOSING):
                claim.finding = quotes_en.signature(claim.text)
            elif claim.finding is None and claim.lang == "ar" and before.rstrip().endswith("؛"):
                claim.finding = Finding("؛", None, "dropped", "ar:clause-continues", 0.6)
            elif (claim.finding is None and claim.lang == "ar" and spoke
                  and claim.text.lstrip().startswith(("أن ", "بأن "))):  # "أوضح الدويش في
                # مكالمة هاتفية. أن الشركة ستصرف ...": what he said, cut off by a full stop
                claim.finding = Finding("أن", None, "dropped", "ar:that-continues", 0.6)
            elif (claim.finding is None and claim.lang == "ar" and spoke
                  and speech_goes_on(said, claim.text)):
                claim.finding = Finding(":", None, "dropped", "ar:speech-goes-on", 0.55)
            before, spoke = claim.text, claim.finding is not None
            said = claim.text if claim.finding is None or claim.finding.rule != (
                "ar:speech-goes-on") else said  # the colon that opened the words goes on
        return doc


def _signer_named(sentence: str, text: str, start: int) -> bool:
    """A dash and one word that is the family name of someone the text named before."""
    found = quotes_en.signature(sentence)
    if found is None or len(found.source.split()) != 1:
        return False
    return re.search(rf"\b[A-Z][a-z]+\s+{re.escape(found.source)}\b", text[:start]) is not None


def _headline_line(claim, text: str) -> bool:
    """A whole line, or the question or the run of dots that opens one ("كوبر: عدم انضمام
    لاعبين للمنتخب؟ من الصعب إرضاء الجميع", "البغلي لـ«الراي»: «البدون»... أولويات" are one
    headline cut in two)."""
    return claim.is_line or (claim.text.rstrip().endswith(("?", "؟", "...", "…"))
                             and text[:claim.start].rstrip(" \t")[-1:] in ("", "\n", "\r"))


def _role_before_colon(claim) -> bool:
    """"متحدث «الجيش»: تجدد الاشتباكات ...": a headline whose speaker is the role or body
    before the colon, whatever verb comes after it."""
    if claim.lang == "ar" and quoted_colon(claim.text):
        return True  # "... "جامعة حائل": حققنا ...": the name in marks before the colon
    colon = claim.text.find(":")
    label = _BREAKING.sub("", claim.text[:colon]).strip() if colon > 0 else ""
    return (claim.lang == "ar" and colon > 0 and claim.text.find(claim.finding.cue) > colon
            and not claim.text.rstrip().endswith(".")
            and (opens_role(label) or normalize_ar(label) in _PORTFOLIOS))


# "عاجل- متحدث «الكهرباء»: ...": the kicker before the speaker
_BREAKING = re.compile(r"^\s*عاجل\s*[-–|:]\s*")
# a ministry named by its portfolio alone before a headline's colon: "الكهرباء: وقف ..."
_PORTFOLIOS = {normalize_ar(w) for w in (
    "الكهرباء", "الصحة", "التعليم", "التربية", "السياحة", "الإسكان", "الزراعة", "المالية",
    "الاقتصاد", "النقل", "البيئة", "العمل", "الأوقاف", "الإعلام", "الثقافة", "الدفاع", "العدل",
    "الطاقة", "النفط", "التموين", "الإحصاء", "الخارجية", "الداخلية")}


_CLOSING = ("”", '"', "»", "''")


@Language.factory("claimsift_attribution")
def make_attribution(nlp: Language, name: str) -> Attribution:
    return Attribution()
