"""English headlines for the attribution rules (claims.attribution_en): a headline in title case
read with its verb of saying in lower case, and the headlines' own ways of naming a source (its
first word, a subject quoting a few words, a sort or role after a comma)."""
from __future__ import annotations

import re

from claims.documents_en import ORG_NOUNS
from claims.findings import Finding
from claims.lexicon import alternation
from claims.sources_en import source_kind
from claims.words_en import HEADLINE_VERBS, NAME

# "Twitter Strikes Back, Says It Will ...": the headline's first word says it
HEADLINE_SAYS = re.compile(r"(?P<src>[A-Z][\w’'\-]+)\s+[^,]{3,60},\s+(?P<cue>says|say)\s+[A-Z]")

# a headline quoting a few words of its subject's: "Bank of England ‘will not hesitate’ to raise
# interest rates" (the words open with a verb, so they are said, not a term in scare quotes)
HEADLINE_QUOTES = re.compile(
    rf"(?P<src>{NAME})\s+(?P<cue>‘)(?:will|won’t|would|must|can|cannot|can’t|could|is|are|was|"
    r"were|has|have|had|not|never|should|shall|may|might)\b[^’.]{0,60}’\s+\w")


# a headline that ends by naming its source by its sort or role: "Delta flight diverted ...,
# airline says", "Arkansas deputy fatally shot, sheriff says"
SORT_SAYS = re.compile(r",\s+(?:the\s+)?(?P<src>" + "|".join(sorted(ORG_NOUNS | {
    "sheriff", "mayor", "governor", "coroner", "prosecutor", "minister", "president", "coach",
    "chief", "spokesperson", "spokesman", "spokeswoman"})) + r")\s+(?P<cue>says|said)\s*$")


# a headline that names its source after a colon at its end: "US imposes new sanctions on
# facilitators of Russia's war: Treasury Dept", "Oil prices rise after OPEC cuts output: Reuters"
COLON_SOURCE = re.compile(
    r"(?P<claim>[^:\n]{20,}?):\s+(?P<src>(?:[A-Z][\w.’'\-]*\s+){0,3}(?P<cue>Dept\.?|Department|"
    r"Ministry|Agency|Bureau|Office|Commission|Council|Court|Police|Pentagon|Kremlin|Reuters|AP|"
    r"AFP|Minister|Ministers|Official|Officials|Spokesman|Spokeswoman|Spokesperson|Chief|"
    r"President|Governor|Mayor|Government|UN|U\.N\.|WHO|IMF|NASA"
    r"|(?!(?:USA|UAE|KSA|GCC|NBA|NFL|MLB|NHL)\b)[A-Z]{3,5}))\s*$")  # "...: NAR", a body's initials


_CAPITAL_VERB = re.compile(r"\s" + alternation(frozenset(v.title() for v in HEADLINE_VERBS))
                           + r"\b")


# a capitalised word; not a participle before a preposition: "Winner Announced In Clark County
# Commissioner's Race" is passive, nobody announces; nor "Said to" before a verb, others' word:
# "Renewal By Andersen Data Breach Said to Result From ..."
_TITLED_WORD = re.compile(r"(?<=\s)[A-Z][a-z]+\b(?!(?<=ed)\s+(?:In|At|For|On|As|By|After)\b)"
                          r"(?!(?<=Said)\s+[Tt]o\s+(?!Reporters\b|Reuters\b)[A-Z][a-z]+)")


def headline_case(sentence: str) -> str:
    """ "Obama Says African-American Museum Will Tell ...": in a headline in title case the
    verb of saying is written in lower case for the rules (same length, offsets hold)."""
    if not _CAPITAL_VERB.search(sentence):
        return sentence  # most sentences: no verb of saying in capitals, nothing to count
    words = re.findall(r"[^\W\d_][\w’'\-]*", sentence)
    if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.7 * len(words):
        return sentence
    return re.sub(_TITLED_WORD, lambda m: m.group().lower()
                  if m.group().lower() in HEADLINE_VERBS else m.group(), sentence)


# the same with a document for its source, in either case: "Showtime’s ‘Penny Dreadful’ Stole
# Online Character, Lawsuit Alleges", "..., study finds"; not "report says", a newsroom's
# report, no source named ("Chevy Volt fire prompts U.S. safety probe ..., report says")
DOCUMENT_SAYS = re.compile(r",\s+(?:[Tt]he\s+)?(?P<src>(?i:lawsuit|suit|complaint|study|"
                           r"survey|poll|audit))\s+(?P<cue>(?i:says|alleges|claims|finds))\s*$")


def source_at_end(sentence: str) -> Finding | None:
    """A headline that names its source at its end, by its sort ("Delta flight diverted ...,
    airline says", "..., Lawsuit Alleges") or after a colon ("US imposes new sanctions ...:
    Treasury Dept")."""
    document = DOCUMENT_SAYS.search(sentence) if sentence[-1:] == "s" else None
    if document:
        source = "the " + document.group("src").lower()
        return Finding(document.group("cue"), source, "document", "en:headline-sort-says", 0.75)
    sort_says = SORT_SAYS.search(sentence) if sentence.endswith(("says", "said")) else None
    if sort_says:
        source = "the " + sort_says.group("src")
        return Finding(sort_says.group("cue"), source, source_kind(source),
                       "en:headline-sort-says", 0.75)
    colon = COLON_SOURCE.fullmatch(sentence) if ": " in sentence else None
    if colon:
        source = colon.group("src").strip()
        return Finding(":", source, source_kind(source), "en:headline-colon-source", 0.75)
    return None
