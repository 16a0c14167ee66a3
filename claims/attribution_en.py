"""English attribution rules: "X said", "said X", "according to X", "X told ...", quote-only
sentences that continue the previous speaker."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from claims.according_en import according_source
from claims.documents_en import DOCUMENTS
from claims.findings import Finding
from claims.lexicon import entries, phrase_pattern
from claims.people_en import NAME_RUN, ROLE_NOUNS, first_names, split_name

_NAME = r"(?:[A-Z][\w.’'\-]*(?:\s+(?:of|for|on|de|al|bin|van|von)?\s*[A-Z][\w.’'\-]*){0,6})"
# "Heart and Stroke senior manager Erin Kim": an organisation, a lower-case role, then the name.
_ROLE_NAME = rf"(?:{_NAME}(?:\s+(?:and|&)\s+{_NAME})?(?:\s+[a-z][\w\-]*){{1,3}}\s+{_NAME})"
_DETERMINERS = ("the", "a", "an", "their", "his", "her", "its", "several", "many", "some", "most",
                "other", "both", "all", "few", "another", "one", "two", "three", "four", "five",
                "six")
_DET = "|".join(f"[{d[0].upper()}{d[0]}]{d[1:]}" for d in _DETERMINERS)
_THE_NP = rf"(?:{_DET})\s+(?:[\w\-’']+\s+){{0,3}}?[\w\-’']+"
# verbs of saying that are no nouns: after them any noun phrase is a source ("the bank said")
_PLAIN_SAYING = {"said", "says", "told", "added", "explained", "stressed", "emphasized", "emphasised",
                 "insisted", "argued", "warned", "asked", "replied", "wrote", "tweeted"}
# "Clinton's team", "Connecticut's tax commissioner"
_NOUN = r"(?!(?:also|later|then|now|has|had|have|would|will|previously|recently|just|once)\b)[a-z][\w\-]*"
_OWNED_NP = rf"(?:[A-Z][\w\-]*\s+){{0,2}}[A-Z][\w\-]*[’']s\s+(?:{_NOUN}\s+){{0,2}}{_NOUN}"
# "Police officials said", "Federal and state officials said"
_BARE_GROUP = (r"(?:[A-Za-z][\w\-]*\s+(?:and\s+)?){1,3}(?:officials|members|leaders|lawmakers|"
               r"legislators|prosecutors|investigators|researchers|scientists|economists|doctors|"
               r"advocates|activists|residents|protesters|supporters|voters|workers|executives)")
# words that show a run before a cue is no noun phrase ("in the interview he said")
_NOT_IN_NP = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "these",
              "those", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does",
              "did", "will", "would", "can", "could", "should", "may", "might", "not", "there",
              "here", "when", "where", "if", "because", "as", "than", "what", "how", "why", "and",
              "to", "or", "but"}
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)"
_ADVERBS = (r"(?:(?:also|has|had|have|further|then|later|previously|once|recently|repeatedly|just|"
            r"would|will|has\s+long|now|often|again|still|already|publicly|privately|quickly|"
            r"immediately|frequently|similarly|never|always|first|(?:is|are|was|were)(?=\s+(?:\w+\s+)?"
            r"\w+ing\b))\s+)*")  # "is now saying": a form of be only before a verb in -ing
_QUOTES = "\"“”«»"
# a lower-case word of a role before a name ("said economist Philip Cross"), not a function word
_LOWER_WORD = (r"(?!(?:that|which|who|whom|if|whether|to|and|or|but|in|on|at|for|of|by|with|as"
               r"|it|he|she|they|we|is|was|has|had)\b)[a-z][\w\-]*")
_PARTY = r"(?:\s*\([^()]{1,40}\))?"  # "Rep. Gwen Moore (D-Wis.) said"
_VAGUE_HEADS = {"sources", "source", "observers", "critics", "analysts", "experts", "reports",
                "some", "many", "others", "insiders", "people", "officials familiar"}
_GROUP_HEADS = {"participants", "sides", "parties", "officials", "police", "members", "leaders",
                "delegates", "organizers", "organisers", "residents", "protesters", "ministers",
                "both", "two"}
_DOCUMENT_HEADS = {*DOCUMENTS, "bureau", "ministry", "office", "agency", "government",
                   "commission", "council", "department", "committee", "company", "court",
                   "organization", "organisation", "union", "campaign", "party", "university"}
# Heads of common-noun sources that can stand before a cue ("the ministry said", "a spokesperson told").
_SOURCE_NOUNS = {
    "spokesperson", "spokesman", "spokeswoman", "minister", "official", "president", "mayor",
    "premier", "chief", "director", "ceo", "chair", "chairman", "secretary", "leader", "lawyer",
    "attorney", "prosecutor", "judge", "professor", "researcher", "scientist", "author", "doctor",
    "expert", "analyst", "economist", "coach", "manager", "owner", "founder", "representative",
    "senator", "governor", "candidate", "campaign", "ambassador", "coordinator", "commissioner",
    "source", "sources", "witness", "witnesses", "resident", "residents", "victim", "family",
    "mother", "father", "daughter", "son", "wife", "husband", "statement", "report", "study",
    "poll", "survey", "letter", "document", "release", "lawsuit", "suit", "complaint", "ruling",
    "decision", "board", "ministry", "government", "agency", "bureau", "office", "department",
    "company", "firm", "police", "union", "group", "organization", "organisation", "court",
    "council", "committee", "commission", "party", "officials", "participants", "sides", "parties",
    "members", "leaders", "delegates", "organizers", "organisers", "protesters", "ministers",
    "critics", "analysts", "experts", "observers", "reports", "website", "newspaper", "paper",
    "nominee", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "staff", "staffer",
    "strategist", "pollster", "lawmaker", "lawmakers", "congressman", "congresswoman", "host",
    "anchor", "reporter", "journalist", "columnist", "editor", "historian", "activist",
    "activists", "advocate", "advocates", "opponents", "supporters", "officer", "officers",
    "executive", "executives", "head", "administration", "commissioner", "regulator",
    "regulators", "justice", "jury", "panel", "network", "magazine", "journal", "transcript",
}
_LEADING = {"but", "and", "so", "then", "yet", "however", "meanwhile", "still", "now", "also",
            "in", "on", "at", "after", "when", "while", "as", "though", "although", "because",
            "rather", "instead", "indeed", "later", "earlier", "today", "yesterday", "again"}
def _forms(name: str) -> frozenset[str]:
    """The cue forms of a lexicon, a phrase's words joined by underscores there ("called_for")."""
    return frozenset(form.replace("_", " ") for line in entries(name) for form in line.split())


@cache
def _frame_cues() -> frozenset[str]:
    return _forms("cues_frame_en")


@cache
def _cue_alternation() -> str:
    forms = _forms("cues_en") | _frame_cues()
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    cue = _cue_alternation()
    source = (rf"\b(?P<src>{_OWNED_NP}|(?!(?:The|A|An|His|Her|Its|Their)\s){_NAME}|{_THE_NP}"
              rf"|{_BARE_GROUP}|{_PRONOUN})")
    return {
        "statement": re.compile(
            rf"{source}\s+{_ADVERBS}(?P<cue>(?:released|issued|published|put out)\s+a\s+statement)"),
        "before": re.compile(
            rf"{source}{_PARTY}(?:(?:,\s+[^,{_QUOTES}]{{1,120}}){{1,2}},)?\s+{_ADVERBS}(?P<cue>{cue})\b"
            rf"(?P<after>.{{0,60}})"),
        # "Cruz called Trump a “pathological liar”", "Ham described Clinton as “a politician”":
        # naming something in quoted words is a report of them
        "naming": re.compile(
            rf"{source}{_PARTY}(?:,\s+[^,{_QUOTES}]{{1,120}},)?\s+{_ADVERBS}(?P<cue>called|calls|"
            rf"calling|described|describes|describing|dubbed|dubs|labell?ed|branded)\s+"
            rf"(?:[\w’'.\-]+\s+){{0,8}}?(?:as\s+)?(?:an?\s+)?[{_QUOTES}‘]"),
        # a quotation signed after a dash, as in collected reader comments: “...” ― Carla Sanchez
        "signed": re.compile(rf"[{_QUOTES}]\s*(?P<cue>[―—–])\s*(?P<src>{_NAME})\.?\s*$"),
        # "..., said Batchelder.", "Said Ellis: ...": the verb before its source, no quotation
        "inverted": re.compile(
            rf"(?:,\s*|^)(?P<cue>[Ss]aid|[Ss]ays|added|wrote|explained|argued|noted)\s+"
            rf"(?P<src>{_ROLE_NAME}|(?:{_LOWER_WORD}\s+){{1,3}}{_NAME}|{_NAME}|{_THE_NP})"
            rf"(?=\s*(?:[,.;:]|$))"),
        "after": re.compile(
            rf"(?:[{_QUOTES}!?],?|,[{_QUOTES}])\s*(?P<cue>{cue})\s+"
            rf"(?P<src>{_ROLE_NAME}|(?:{_LOWER_WORD}\s+){{1,3}}{_NAME}|{_NAME}|{_THE_NP}|{_PRONOUN})"),
    }


@cache
def _cue_words() -> frozenset[str]:
    return frozenset(form.split()[0] for form in _forms("cues_en") | _frame_cues())


_WORD = re.compile(r"\w+")
_AFTER_QUOTE = re.compile(r"[,?!][\"”»]\s*$")
_QUOTE_MARK = re.compile("[\"“”«»]")


def _may_attribute(sentence: str) -> bool:
    """Every rule needs a cue word (a whole word: the rules put a space, quote or comma before
    it and a word boundary after it), "according to" or "statement"; most sentences have none
    and skip the rules."""
    return ("ccording to" in sentence or "statement" in sentence or "―" in sentence
            or "call" in sentence or "describ" in sentence or "dub" in sentence
            or "label" in sentence or "brand" in sentence
            or sentence.startswith(("Said ", "Says "))
            or "—" in sentence or "–" in sentence
            or not _cue_words().isdisjoint(_WORD.findall(sentence)))


_TWO_APOSTROPHES = re.compile(r"''(?=\w)|(?<=[\w,.!?])''")


def straight_quotes(text: str) -> str:
    """Two apostrophes as quotation marks (''Yes,'' he said), as in some wire and newspaper
    archives, become a space and '"' (opening) or '"' and a space (closing): same length."""
    if "''" not in text:
        return text
    return _TWO_APOSTROPHES.sub(lambda m: ' "' if m.group() == "''" and m.end() < len(text)
                                and text[m.end()].isalnum() else '" ', text)


_HEADLINE_VERBS = {"says", "said", "tells", "told", "warns", "warned", "urges", "urged", "slams",
                   "blasts", "insists", "admits", "denies", "vows", "accuses", "defends",
                   "praises", "calls", "shows", "finds", "suggests", "argues", "claims", "asks",
                   "predicts", "pledges", "rips", "touts", "questions", "responds", "explains"}


def _headline_case(sentence: str) -> str:
    """ "Obama Says African-American Museum Will Tell ...": in a headline in title case the
    verb of saying is written in lower case for the rules (same length, offsets hold)."""
    words = re.findall(r"[^\W\d_][\w’'\-]*", sentence)
    if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.7 * len(words):
        return sentence
    return re.sub(r"(?<=\s)[A-Z][a-z]+\b", lambda m: m.group().lower()
                  if m.group().lower() in _HEADLINE_VERBS else m.group(), sentence)


def attribute(sentence: str) -> Finding | None:
    patterns = _patterns()
    sentence = _headline_case(straight_quotes(sentence))
    if not _may_attribute(sentence):
        return _quote_only_finding(sentence)
    vague_phrase = phrase_pattern("vague_en", False).search(sentence)
    quoted = quoted_ranges(sentence)
    vague = None
    if "ccording to" in sentence:
        found = _according(sentence, quoted, vague_phrase)
        if found is not None and found.source_kind != "vague":
            return found
        vague = found
    for rule in ("statement", "after", "before", "naming", "signed", "inverted"):
        if rule == "statement" and "statement" not in sentence:
            continue
        for match in _matches(patterns[rule], sentence):
            cue = match.group("cue")
            if any(a < match.start("cue") < b for a, b in quoted):
                continue  # a cue inside a quotation is the quoted speaker's, not the article's
            source = _clean_source(match.group("src"))
            if (rule == "before" and cue.lower() in _frame_cues() and not _reporting_frame(match)
                    and not _AFTER_QUOTE.search(sentence, 0, match.start("src"))
                    and not _closing_frame(sentence, match)):
                continue  # "wrote in 1954" is a frame only after a quotation: “...,” X wrote
            if not source:
                continue
            source = _person_in(sentence, match, rule, source)
            kind = _kind(source)
            if not _noun_phrase_source(source, cue if rule != "inverted" else ""):
                continue
            if kind == "vague" or (vague_phrase and vague_phrase.start() <= match.start("src") + 1):
                vague = vague or Finding(cue, source, "vague", f"en:{rule}-vague", 0.7)
                continue  # a named source found by another rule comes first
            if kind == "pronoun":
                plural = source.lower() in ("they", "we")
                return Finding(cue, source.lower(), "pronoun", f"en:{rule}-pronoun", 0.82,
                               "pl" if plural else "sg", source.lower() == "she")
            confidence = 0.9 if kind == "person" else 0.85
            return Finding(cue, source, kind, f"en:{rule}-{kind}", confidence)
    return vague or _quote_only_finding(sentence)


_OWNER = re.compile(rf"^({_NAME})[’']s\s+(?:[a-z][\w\-]*\s+){{0,3}}[a-z][\w\-]*$")
_UNNAMED_ONE = {"aide", "official", "source", "person", "insider", "someone", "member", "staffer",
                "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "officer"}


def _according(sentence: str, quoted, vague_phrase) -> Finding | None:
    """"according to police": any noun phrase after the cue is its source; one unnamed person
    ("a senior aide") or a vague head ("show insiders") is a vague source."""
    found = according_source(sentence)
    if found is None or any(a < found[0] < b for a, b in quoted):
        return None
    cue_at, source_at, source = found
    cue, source = sentence[cue_at:cue_at + len("according to")], _clean_source(source)
    owner = _OWNER.match(source)  # "Foster’s book", "Infrastructure Canada’s public database"
    if owner:
        source = owner.group(1)
    words = [w.lower().strip(".,") for w in source.split()]
    if not source:
        return None
    if words[0] in ("a", "an", "one") and not _UNNAMED_ONE.isdisjoint(words[1:4]):
        kind = "vague"
    elif source[:1].islower() and words[0] not in _DETERMINERS:
        kind = ("vague" if words[-1] in _VAGUE_HEADS else "group" if words[-1] in _GROUP_HEADS
                else "document")  # "according to federal statistics"
    else:
        kind = _kind(source)
    if kind == "vague" or (vague_phrase and vague_phrase.start() <= source_at + 1):
        return Finding(cue, source, "vague", "en:according-vague", 0.7)
    if kind == "pronoun":
        return None
    return Finding(cue, source, kind, f"en:according-{kind}", 0.9 if kind == "person" else 0.85)


_SIGNATURE = re.compile(rf"^\s*[―—–]\s*(?P<src>{_NAME})\.?\s*$")


def signature(sentence: str) -> Finding | None:
    """A line that signs the quotation before it: “...” then "― Sonya Herridge"."""
    match = _SIGNATURE.match(sentence)
    if not match or len(match.group("src").split()) < 2:
        return None
    source = match.group("src").rstrip(".")
    return Finding(sentence.strip()[0], source, "person", "en:signed-person", 0.85)


_ROLE_TITLES = ROLE_NOUNS | {"chairman", "chairwoman", "sen.", "rep.", "gov.", "secretary", "speaker"}
_LINKS = r"(?:at|of|with|from|for|in)\s+(?:the\s+|an?\s+)?"


def _person_in(sentence: str, match: re.Match[str], rule: str, source: str) -> str:
    """The person when the source joins a person to a body, a place or a date: "said Joe Mulligan
    with Railroad Workers United", "says Heart and Stroke senior manager Erin Kim", "professor
    Kent Moore at the University of Toronto says". Only a run opening with a known first name
    or written after a role counts as the person; otherwise the source stays as found."""
    if rule == "after":
        for run in NAME_RUN.finditer(source):
            role, words = split_name(run.group().split())
            before = source[:run.start()].split()
            if words and (words[0].lower() in first_names() or role or (
                    before and before[-1].lower() in ROLE_NOUNS)):
                return " ".join(words)
    elif rule == "before" and (source.split()[0].lower() in _DETERMINERS
                               or re.fullmatch(_OWNED_NP, source)):
        between = sentence[match.end("src"):match.start("cue")].split(",")
        apposition = between[1].strip() if len(between) > 2 else ""
        if re.fullmatch(rf"{_NAME}(?:\s+and\s+{_NAME})?", apposition):
            _, words = split_name(apposition.split())  # "One red-state Democrat, Montana Sen.
            return " ".join(words) or source  # Jon Tester, said", "For his part, Brooks, ..."
    words = source.split()
    for at in range(len(words) - 2, 0, -1):  # "Ohio Democratic Party Chairman David Pepper"
        if words[at][:1].isupper() and words[at].lower() in _ROLE_TITLES and (
                words[at + 1].lower() in first_names()):
            return " ".join(words[at + 1:])
    if rule == "before" and not re.fullmatch(_PRONOUN, source):
        found = re.search(rf"({_NAME})\s+{_LINKS}$", sentence[:match.start("src")])
        if found:
            _, words = split_name(found.group(1).split())
            if words and len(words) >= 2 and words[0].lower() in first_names():
                return " ".join(words)
    return source


def _matches(pattern: re.Pattern[str], sentence: str) -> Iterator[re.Match[str]]:
    """Every match, overlapping ones too: when "the interview he said" is no source, "he said"
    inside it still is."""
    found = pattern.search(sentence)
    while found:
        yield found
        found = pattern.search(sentence, found.start() + 1)


def _noun_phrase_source(source: str, cue: str) -> bool:
    """ "The bank said", "several cast members said": a common noun phrase is a source when its
    head is a known source noun or a name, or, before a plain verb of saying, any noun."""
    words = [w.lower().strip(".,") for w in source.split()]
    if words[0] not in _DETERMINERS:
        return True
    if words[-1] in _SOURCE_NOUNS or source.split()[-1][:1].isupper():
        return True
    return (cue.lower() in _PLAIN_SAYING and not _NOT_IN_NP.intersection(words[1:])
            and words[-1].isalpha() and not words[-1].endswith("ly"))


def _quote_only_finding(sentence: str) -> Finding | None:
    if _quote_only(sentence):
        return Finding(sentence[:1], None, "dropped", "en:quote-continues", 0.6)
    return None


def quoted_ranges(sentence: str) -> list[tuple[int, int]]:
    ranges, opened = [], None
    for found in _QUOTE_MARK.finditer(straight_quotes(sentence)):
        char, index = found.group(), found.start()
        if opened is None and char in "\"“«":
            opened = index
        elif opened is not None and char in "\"”»":
            ranges.append((opened, index))
            opened = None
    return ranges


# what may stand between a verb and its "that": "reported Saturday that", "pointed out that",
# "noted at the time that", "wrote on Twitter that"
_FRAME_GAP = (r"(?:\s+(?:out|up|on|at|in|last|this|earlier|late|early|the|a|an|time|Twitter|"
              r"Facebook|week|month|year|morning|afternoon|evening|night|interview|statement|"
              r"[A-Z][a-z]+day|to\s+(?:reporters|me|us|him|her|them)))*")
_FRAME = re.compile(rf"{_FRAME_GAP}\s*(?:that\b|[,:\"“])")
_EVIDENCE = {"show", "shows", "showed", "find", "finds", "found", "indicate", "indicates",
             "indicated", "suggest", "suggests", "suggested", "reveal", "reveals", "revealed"}
_EVIDENCE_SUBJECTS = {"poll", "polls", "survey", "surveys", "study", "studies", "analysis",
                      "report", "data", "figures", "numbers", "average", "records", "transcript",
                      "research", "review", "audit", "census", "documents", "results"}


def _closing_frame(sentence: str, match: re.Match[str]) -> bool:
    """"..., Foster writes.": a verb that ends the sentence after a comma frames what came before."""
    return (sentence[:match.start("src")].rstrip().endswith(",")
            and not sentence[match.end("cue"):].strip(" .!\"”»"))


def _reporting_frame(match: re.Match[str]) -> bool:
    """ "said that", "wrote:", "found that": the verb frames a report. A verb of evidence with a
    poll or a study for its subject needs no frame ("A new poll shows Clinton ahead")."""
    if _FRAME.match(match.group("after")):
        return True
    head = match.group("src").split()[-1].lower().strip(",")
    return match.group("cue").lower() in _EVIDENCE and head in _EVIDENCE_SUBJECTS


def _clean_source(source: str) -> str:
    words = source.split()
    while words and words[0].lower().strip(",") in _LEADING:
        words = words[1:]
    return re.sub(r"[’']s$", "", " ".join(words)).rstrip(".,;:")


def _kind(source: str) -> str:
    words = source.split()
    lower = [w.lower().strip(".,") for w in words]
    if len(words) == 1 and re.fullmatch(_PRONOUN, source):
        return "pronoun"
    if lower[-1] in _VAGUE_HEADS or " ".join(lower[-2:]) in _VAGUE_HEADS:
        return "vague"
    if lower[0] in _DETERMINERS:
        if lower[-1] in _GROUP_HEADS:
            return "group"
        if lower[-1] in _DOCUMENT_HEADS or words[-1][:1].isupper():
            return "document" if lower[-1] in DOCUMENTS else "body"
        return "group"
    if not words[0][:1].isupper() or (lower[-1] in _GROUP_HEADS and words[-1].islower()):
        return "group" if lower[-1] in _GROUP_HEADS else "vague"
    if any(w in _DOCUMENT_HEADS for w in lower):
        return "body"
    return "person"


def _quote_only(sentence: str) -> bool:
    """A sentence that is a direct quotation ("“We will win,” ..." with no cue): it continues the
    previous speaker."""
    stripped = sentence.strip()
    if stripped[:1] not in "\"“«" or len(stripped.split()) < 4:
        return False
    closing = max(stripped.rfind("\""), stripped.rfind("”"), stripped.rfind("»"))
    return closing > len(stripped) * 0.6
