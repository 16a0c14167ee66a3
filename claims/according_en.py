"""The source after "according to": "according to police", "according to exit polls",
"according to the top British medical journal", "according to conservative talk radio host Rush
Limbaugh", "according to a new report by Politico". Any noun phrase can follow, so the phrase
runs to the next comma, bracket, dash or relative clause, not to a list of source nouns; then
`according` decides what sort of source it is."""
from __future__ import annotations

import re

from claims.findings import Finding
from claims.sources_en import ANONYMOUS_TAIL, clean_source, source_kind
from claims.words_en import (
    DAY,
    DETERMINERS,
    GROUP_HEADS,
    MONTH,
    NAME,
    UNNAMED_ONE,
    VAGUE_HEADS,
)

_CUE = re.compile(r"\b(?:[Aa]ccording to|[Aa]s per)\s+")  # "As per their statement, ..."
# ", per Refinitiv.": a name after "per" that closes the sentence ("per share" is no source)
_PER = re.compile(r",\s+(?P<cue>per|as\s+(?:confirmed|reported|announced|stated)\s+by)\s+"
                  r"(?P<name>(?:the\s+)?[A-Z][\w.&’'\-]*(?:\s+[A-Z][\w.&’'\-]*)"
                  r"{0,3})\s?[.!]?[\"”’]?\s*$")  # (" ... as reported by Cryptocurrency .")
_END = re.compile(r"\s*(?:[,.;:!?()\[\]—–―\"“”]|\s(?:who|which|that|and|but|as|when|while|based|"
                  r"after|before|because|if|since|in|on|at|to|for|of|with|last|this|earlier)\s)"
                  # "According to the Grant County Sheriff’s office the fire is estimated": a
                  # new noun phrase with no comma between (not "a report by the Times")
                  r"|(?<!\bby)(?<!\bof)(?<!\bfrom)(?<!\bfor)(?<!\bwith)\s(?:the|a|an)\s(?=[a-z])")
# "according to plan", "according to the rules": manner, not a source
_NOT_SOURCES = {"plan", "plans", "schedule", "rules", "rule", "law", "laws", "tradition", "custom",
                "wishes", "instructions", "protocol", "procedure", "script", "design", "size",
                "age", "need", "needs", "type", "taste", "season", "scripture", "legend",
                "himself", "herself", "themselves", "him", "her", "them", "me", "us", "sop",
                "norms", "norm", "mandate", "agreement", "contract"}  # "culled as per the SOP"
# what "according to" follows when it means "in keeping with": "according to recommendations"
_KEEPING = {"recommendations", "guidelines", "standards", "regulations", "requirements",
            "criteria", "principles", "procedures", "provisions", "terms"}
_ABBREVIATION = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Rev|Sgt|"
                           r"Capt|Supt|Insp|Det|Hon|Inc|Co|Corp|Ltd)|\b[A-Z])$")
_NAME_RUN = re.compile(r"(?:[A-Z][\w.’'\-]*)(?:\s+(?:of|for|to|on|the|and|de)?\s*[A-Z][\w.’'\-]*)*$")
_BY = re.compile(r"\s(?:by|from|of)\s+(?:the\s+)?(?P<name>[A-Z][\w.’'\-]*"
                 r"(?:\s+(?:(?:of|for|and|the|de|on)\s+)?[A-Z][\w.’'\-]*)*)"
                 r"(?:,\s+(?:an?|the)\s+[a-z][\w\s\-]*)?$")  # "by EAB, a research firm"
_OF_THE_NAME = re.compile(r"the\s+[A-Z]")
# "a statement released by the general director": the statement, its unnamed author left out
_ISSUED_BY = re.compile(r"\s+(?:released|issued|published|put\s+out|sent|distributed)\s+by\s+"
                        r"(?:the\s+|a\s+|an\s+)?[a-z].*$")
# "separate documents filed Thursday with the ministry": the documents, then when they were filed
_FILED_WHEN = re.compile(rf"\s+(?:filed|released|published|issued|obtained|submitted|posted|sent)"
                         rf"\s+(?:on\s+)?(?:{DAY}|{MONTH}|last|this|earlier|yesterday|today)\b.*$")
_ADDRESS = re.compile(r"(?<=\s)[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,6}$")
MAX_WORDS = 12
_HANDED_OVER = {"filed", "released", "published", "issued", "obtained", "submitted", "posted",
                "sent", "seen"}
_RELEASED = {"released", "published", "conducted", "issued", "commissioned", "carried"}
_LATER_BY = re.compile(r"(?:\s+(?:this|last|on|earlier|in|out|[A-Z][a-z]+day|week|month|year)){1,3}"
                       r"\s+by\s+(?:the\s+)?(?P<name>[A-Z][\w.’'\-]*"
                       r"(?:\s+(?:(?:of|for|and|the|de|on)\s+)?[A-Z][\w.’'\-]*)*)")


def according_source(sentence: str) -> tuple[int, int, str] | None:
    """(cue start, source start, source) of the first "according to" with a source."""
    for cue in _CUE.finditer(sentence):
        if sentence.endswith("(", 0, cue.start()) and _CUE.search(sentence, cue.end()):
            continue  # "Binance (according to OpenMarketCap) fell ..., according to TradingView
            # data": the aside's source is not the sentence's
        start = cue.end()
        end = _phrase_end(sentence, start)
        phrase = sentence[start:end].strip()
        words = phrase.split()
        kept = _BRACKETED_THEN.match(sentence, end)
        if kept and kept.group(1).lower() in _NOT_SOURCES | _KEEPING:
            continue  # "according to World Anti-Doping Agency (WADA) rules": in keeping with
        body = _AT_BODY.match(sentence, end) if words and words[-1] in _STAFF else None
        if body:  # "according to analysts at Rabobank": the bank they work for
            return cue.start(), body.start("name"), body.group("name")
        if not words or words[-1].lower() in _NOT_SOURCES or (
                words[0].lower() in ("the", "a") and words[1:2]
                and words[1].lower() in _KEEPING) or words[0].lower() in _KEEPING:
            continue  # "according to recommendations accepted by Kuwait": in keeping with
        by = _BY.search(phrase)  # "a new report by Politico": the body behind the report
        if by is None and words[-1] in _RELEASED:  # "a survey released this week by EAB"
            later = _LATER_BY.match(sentence, start + len(sentence[start:]) - len(
                sentence[start:].lstrip()) + len(phrase))
            if later:
                return cue.start(), later.start("name"), later.group("name")
        if len(words) > (MAX_WORDS + 4 if by else MAX_WORDS):
            continue
        if by is None and len(words) > 1 and words[-1] in _HANDED_OVER:
            return cue.start(), start, phrase[:phrase.rfind(" ")]  # "court papers filed this
            # week at federal bankruptcy court": the papers
        if by:
            return cue.start(), start + by.start("name"), by.group("name")
        issued = _ISSUED_BY.search(phrase) or _FILED_WHEN.search(phrase)
        if issued:
            return cue.start(), start, phrase[:issued.start()]
        address = _ADDRESS.search(phrase)  # "the tracker layoffs.fyi": the site's name
        if address:
            return cue.start(), start + address.start(), address.group()
        if words[0][:1].islower() and words[0] not in ("the", "a", "an"):
            named = _NAME_RUN.search(phrase)  # "conservative talk radio host Rush Limbaugh"
            if named and named.start() > 0 and not words[0].endswith("’s"):
                return cue.start(), start + named.start(), named.group()
        return cue.start(), start, phrase
    per = _PER.search(sentence)
    if per and per.group("name").split()[-1].rstrip(".") not in _NOT_PER:
        return per.start("cue"), per.start("name"), per.group("name").rstrip(".")
    return None


# people of a trade, none named, at a body that is: "analysts at Rabobank", "researchers from
# the University of Michigan"
_BRACKETED_THEN = re.compile(r"\s*\([A-Z][\w.\-]*\)\s+(\w+)")  # "(WADA) rules"
_STAFF = {"analysts", "economists", "experts", "researchers", "scientists", "strategists"}
_AT_BODY = re.compile(r"\s*(?:at|from|with)\s+(?:the\s+)?(?P<name>[A-Z][\w&.’'\-]*"
                      r"(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&.’'\-]*)*)")
_STAFF_AT = re.compile(rf"\b(?:{'|'.join(sorted(_STAFF))})\s+(?:at|from|with)\s+(?:the\s+)?$")
_THE_NAME = re.compile(r"^[Tt]he\s+(?=[A-Z])")  # "the Central Statistics Office’s ..."
_BY_NAME = re.compile(r"\bby\s+(?:the\s+)?[A-Z]")
_HANDED = re.compile(r"\b(?:filed|submitted|sent|provided|presented|released)$")
_STUDIES = {"study", "report", "survey", "analysis", "poll", "paper", "review", "research"}
_NOT_PER = {"Section", "Article", "Rule", "Chapter", "Paragraph", "Clause", "Annum", "Capita"}


def _phrase_end(sentence: str, start: int) -> int:
    """Where the noun phrase after the cue ends: not at the stop of "Dr." or "W.", and not at a
    word of a name ("Alliance to Reclaim Our Schools")."""
    for end in _END.finditer(sentence, start):
        mark = end.group().strip()
        if mark == "." and (_ABBREVIATION.search(sentence, start, end.start())
                            or sentence[end.end():end.end() + 1].isalnum()):
            continue  # "Dr.", "W.", a web address ("layoffs.fyi")
        if mark.isalpha() and sentence[end.end():end.end() + 1].isupper() and _ends_capitalised(
                sentence[start:end.start()]):
            continue
        if mark == "of" and _OF_THE_NAME.match(sentence, end.end()):
            continue  # "the latest data of the UN World Health Organization": whose data
        if mark in ("with", "to") and _HANDED.search(sentence, start, end.start()):
            continue  # "documents filed with U.S. safety regulators": where they were filed
        return end.start()
    return len(sentence)


def _ends_capitalised(text: str) -> bool:
    words = text.split()
    return bool(words) and words[-1][:1].isupper()


_OWNER = re.compile(rf"^({NAME})(?:[’']s|(?<=s)[’'])\s+(?:[a-z][\w\-]*\s+){{0,3}}[a-z][\w\-]*$"
                    rf"|^({NAME})\s+(?:data\s+)?(?:calculations|data|estimates|figures|tally|count|"
                    rf"analysis|statistics|numbers)$")
# "according to Reuters calculations", "according to TokenGazer data analysis": the owner
# without its apostrophe


def according(sentence: str, quoted, vague_phrase) -> Finding | None:
    """"according to police": any noun phrase after the cue is its source; one unnamed person
    ("a senior aide") or a vague head ("show insiders") is a vague source."""
    found = according_source(sentence)
    if found is None or any(a < found[0] < b for a, b in quoted):
        return None
    cue_at, source_at, source = found
    cue = (sentence[cue_at:cue_at + len("according to")] if sentence[cue_at:].lower().startswith(
        "according") else sentence[cue_at:source_at].rstrip())  # "per", "as confirmed by"
    source = clean_source(source)
    owner = _OWNER.match(_THE_NAME.sub("", source))  # "Foster’s book",
    # "Infrastructure Canada’s public database", "the Central Statistics Office’s price index"
    if owner:
        source = owner.group(1) or owner.group(2)
    if not source:
        return None
    words = [w.lower().strip(".,") for w in source.split()]
    if len(words) > 2 and words[-1] in _RELEASED:  # "a report published this week": no one
        words, source = words[:-1], source.rsplit(None, 1)[0]
    if len(words) > 1 and words[-1] in ANONYMOUS_TAIL:
        kind = "vague"  # "according to people familiar with the matter", "officials close to"
    elif words[0] in ("a", "an", "one") and not UNNAMED_ONE.isdisjoint(words[1:4]):
        kind = "vague"
    elif (words[0] in ("a", "an") and words[-1] in _STUDIES and source == source.lower()
          and not _BY_NAME.search(sentence, source_at, source_at + 120)):
        kind = "vague"  # "according to a new study": whose, it does not say ("according to a
        # study released Monday by Civic Action" does)
    elif source[:1].islower() and words[0] not in DETERMINERS:
        kind = ("vague" if words[-1] in VAGUE_HEADS else "group" if words[-1] in GROUP_HEADS
                else "document")  # "according to federal statistics"
    elif _STAFF_AT.search(sentence, 0, source_at):
        kind = "body"  # "according to analysts at Rabobank"
    else:
        kind = source_kind(source)
    if kind == "vague" or (vague_phrase and vague_phrase.start() <= source_at + 1):
        return Finding(cue, source, "vague", "en:according-vague", 0.7)
    if kind == "pronoun":
        return None
    return Finding(cue, source, kind, f"en:according-{kind}", 0.9 if kind == "person" else 0.85)
