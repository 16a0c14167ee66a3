"""claimsift_sentences: sentence boundaries (claims.segment) and each sentence's language."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from claims.components.state import ClaimState
from claims.language import document_language, letter_counts, majority
from claims.lexicon import is_furniture
from claims.normalize import normalize_ar
from claims.segment import GLUED_CUE, segment


class SentenceSplitter:
    def __call__(self, doc: Doc) -> Doc:
        # Doc.text joins every token again on each call: take the text once and keep it.
        text = doc.user_data.get("claimsift_text") or doc.text
        doc.user_data["claimsift_text"] = text
        spans = segment(text)
        counts = [letter_counts(text[s.start:s.end]) for s in spans]
        totals = (sum(c[0] for c in counts), sum(c[1] for c in counts))
        fallback = majority(document_language(counts), totals)
        claims = []
        for span, (arabic, latin) in zip(spans, counts):
            piece = text[span.start:span.end]
            lang = "ar" if arabic > latin else "en" if latin > arabic else fallback
            is_line = _line_break(text, span.start, -1) and (
                _line_break(text, span.end, 1) or GLUED_CUE.match(text, span.end) is not None)
            matchable = normalize_ar(piece) if lang == "ar" else piece
            claims.append(ClaimState(span.start, span.end, piece, lang, is_line=is_line,
                                     furniture=is_furniture(piece, lang, matchable),
                                     letters=(arabic, latin), matchable=matchable))
        _comments(claims, len(text))
        _links_under_label(claims)
        doc._.claims = claims
        return doc


def _line_break(text: str, at: int, step: int) -> bool:
    """Whether a line break (or the text's edge) is the first character before `at` (step -1)
    or from `at` on (step 1) that is no space or tab: a line indented by a space is a line too.
    Walked character by character: a slice of the text before every sentence copied the text
    over and over."""
    index = at - 1 if step < 0 else at
    while 0 <= index < len(text) and text[index] in " \t":
        index += step
    return not 0 <= index < len(text) or text[index] in "\n\r"


_COMMENTS = re.compile(r"(?:\d+\s*)?(?:التعليقات|تعليقات|comments|reader comments|leave a (?:reply|comment))"
                       r"\s*:?", re.I)
# the box of other articles under a story: "Check Also" (the Jannah theme of many Gulf papers),
# "You may also like", "مقالات ذات صلة"
_OTHER_STORIES = re.compile(r"check also|you (?:may|might) also like|related (?:posts|articles|news)|"
                            r"more stories|top stories|latest stories|more videos|"
                            r"here are (?:more|other) (?:articles|stories) you (?:may|might) "
                            r"(?:also )?(?:enjoy|like)\.?|"
                            r"(?:مقالات|أخبار|اخبار|مواضيع) ذات صلة|"
                            r"(?:و?قد )?(?:يعجبك|يهمك) (?:أيضا|أيضاً|ايضا|أيضًا)", re.I)


def _comments(claims: list[ClaimState], length: int) -> None:
    """Readers' comments: a line "التعليقات" or "Comments" in the second half of the page opens
    them, and everything after it is page furniture, not article text; so too a line "Check
    Also" that opens the box of other stories."""
    for index, claim in enumerate(claims):
        line = claim.text.strip()
        if claim.is_line and claim.start > length // 2 and (_COMMENTS.fullmatch(line) or (
                _OTHER_STORIES.fullmatch(line.replace("ـ", "").rstrip(" :")))):  # "أيضــــًا"
            for later in claims[index:]:
                later.furniture = True
            return


# a label over a list of links to other stories: "READ MORE:", "Related:", "اقرأ أيضا:"
_LINKS_LABEL = re.compile(r"(?:read more|related|see also|also read|more on this|"
                          r"(?:اقرأ|إقرأ|اقرا) (?:أيضا|ايضا|أيضاً))\s*:?", re.I)
_LINK_ITEM = re.compile(r"\s*[*•\-–]\s")


def _links_under_label(claims: list[ClaimState]) -> None:
    """The items of a list of links under its label, each on its line ("READ MORE:" then "*
    Spark says Xtra email is back up ..."): other stories' headlines, page furniture."""
    for index, claim in enumerate(claims[:-1]):
        if not (claim.is_line and claim.furniture and _LINKS_LABEL.fullmatch(claim.text.strip())):
            continue
        for item in claims[index + 1:]:
            if not (item.is_line and _LINK_ITEM.match(item.text)):
                break
            item.furniture = True


@Language.factory("claimsift_sentences")
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter()

