"""What a named poll, study or report found: "A 2014 study by Loyola Law School professor Justin
Levitt found 31 incidents", "..., a USA TODAY analysis of campaign-finance reports shows." A named
document is a source (GUIDELINES); an unnamed one ("A new poll shows", "studies have found") is
vague. The source is the noun phrase up to its head noun, so the document's author is found as for
"the report said" (claims.documents_en)."""
from __future__ import annotations

import re

from claims.findings import Finding
from claims.words_en import EVIDENCE_SUBJECTS

_HEADS = "|".join(f"[{h[0].upper()}{h[0]}]{h[1:]}"
                  for h in sorted(EVIDENCE_SUBJECTS, key=len, reverse=True))
# a document of its own: "the poll" names the one the article named; "the data" does not
_COUNTABLE = {"poll", "survey", "study", "analysis", "report", "review", "audit", "transcript",
              "census"}
_VERBS = ("found|finds|shows|showed|show|revealed|reveals|indicated|indicates|concluded|"
          "concludes|suggests|suggested")
# nor a question word: "How recent research out of BYU shows ..." is a headline's question
_NOT_MODIFIER = (r"(?i:says|said|say|told|tells|is|was|are|were|has|have|had|and|but|that|the|an?"
                 r"|he|she|it|they|we|i|how|why|what|where|whether)\b")
_DETERMINER = r"(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[A-Z][\w’'.\-]*[’']s)"
# "A 2014 study", "The Real Clear Politics average", "research": at most six words before the head
# what follows the head: "of super PACs that have raised $1million since Jan. 1, 2015," (a
# date's commas) and a clause in commas, ", which tracks Americans’ support ...,"
_DOCUMENT = (rf"(?P<src>(?P<np>(?:{_DETERMINER}\s+)?(?:(?!{_NOT_MODIFIER})[\w’'.\-/$%]+\s+){{0,6}}?"
             rf"(?:{_HEADS})\b)(?P<rest>(?:[^,;:\"“”()]|(?<=\d),(?=\s\d{{4}}\b)){{0,140}}?)"
             rf"(?:(?<=\d{{4}}),|,\s+which\s[^,;:\"“”()]{{1,160}},)?)")
_OPENING = (r"(?:(?:In|On|At|By|During|Last|This|Since|Meanwhile|But|And|Still)\b[^,;\"“”]{0,40},"
            r"\s+)?(?:(?:And|But|Yet|Still|Also)\s+)?")
# (not inside a quotation: '“Tonight’s results showed ...,” X said' is X's words)
_LEADING = re.compile(rf"^[^\w\"“‘«]*{_OPENING}{_DOCUMENT}\s+(?:(?:has|have|had|also)\s+)*"
                      rf"(?P<cue>{_VERBS})\b")
_CLOSING = re.compile(rf",\s+{_DOCUMENT}\s+(?P<cue>{_VERBS})(?:\s+on\s+[A-Z][a-z]+day)?\s*[.!]?\s*$")
# ("..., Labor Department data showed on Friday.": the day after the verb)
_ANY_VERB = re.compile(rf"\b(?:{_VERBS})\b")
# a clause of its own before the verb: "The report was released Monday and officials found"
_CLAUSE = re.compile(r"\b(?:is|was|were|are|but|said|says|when|while|if|because|after|before"
                     r"|and(?!\s+[A-Z]))\b")
_DEFINITE = ("the", "this", "that", "its", "their")
# who put out figures that are no document of their own: "data from Cal Fire"
_AUTHOR = re.compile(r"\s+(?:from|by)\s+(?:the\s+)?(?P<name>[A-Z][\w.&’'\-]*"
                     r"(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&’'\-]*){0,6})\s*$")
_NAMED = re.compile(r"\s[A-Z]|[’']s\b|\b(?:by|from)\s+\S")  # a name in it, or its author
# a headline's capitals on words that name nothing: "New Study Shows ...", "Latest Poll Finds"
_GENERIC = re.compile(r"(?i:(?:a|an|the)\s+)?(?:New|Recent|Latest|Major|Large|First|Small|Big|Monthly|"
                      r"Weekly|Annual|Quarterly|Final|Preliminary)"
                      r"(?:\s+[A-Z][a-z]+)?\s+(?:Study|Studies|Report|Poll|Survey|Research|Analysis"
                      r"|Review|Data|Paper)")


def evidence(sentence: str) -> Finding | None:
    """The finding of a document's result in `sentence`, vague when the document is unnamed."""
    if not _ANY_VERB.search(sentence):
        return None  # most sentences: no verb of the rule
    found = _LEADING.match(sentence) or _CLOSING.search(sentence)
    if not found or _CLAUSE.search(found.group("rest")):
        return None
    words = found.group("np").split()
    if words[0].lower() in ("a", "an", *_DEFINITE, *EVIDENCE_SUBJECTS):
        words[0] = words[0].lower()  # "A 2014 study" opening the sentence: "a 2014 study"
    noun_phrase = " ".join(words)
    first = found.group("np").split()[0]
    named = (_NAMED.search(found.group("src")) is not None and not _GENERIC.fullmatch(noun_phrase)
             or (words[0] in _DEFINITE and words[-1].lower() in _COUNTABLE)
             or (len(words) > 1 and first[:1].isupper() and (found.re is _CLOSING or (
                 first.isupper() and len(first) > 1))))  # "..., NGB tallies showed."
    if not named:
        return Finding(found.group("cue"), noun_phrase, "vague", "en:evidence-vague", 0.7)
    author = _AUTHOR.match(found.group("rest"))
    if author and words[-1].lower() not in _COUNTABLE:  # "the latest data from Cal Fire showed"
        return Finding(found.group("cue"), author.group("name"), "body", "en:evidence-author", 0.8)
    return Finding(found.group("cue"), noun_phrase, "document", "en:evidence-document", 0.8)
