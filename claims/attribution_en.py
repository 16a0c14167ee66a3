"""English attribution rules: "X said", "said X", "according to X", "X told ..."; quote-only
sentences that continue the previous speaker are claims/quotes_en.py's."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from claims.according_en import according
from claims.datelines_en import blank_city, blank_dashed, blank_dateline
from claims.documents_en import ORG_NOUNS
from claims.evidence_en import evidence
from claims.findings import Finding
from claims.lexicon import alternation, entries, phrase_pattern
from claims.objects_en import object_cues, reports_object
from claims.participle_en import participle
from claims.quotes_en import quote_only_finding, quoted_ranges, speaker_label, straight_quotes
from claims.sources_en import (
    clean_source,
    first_apposition,
    noun_phrase_source,
    np_head,
    person_in,
    source_kind,
)
from claims.words_en import (
    ADVERBS,
    APPOSITION,
    BARE_GROUP,
    DAY,
    EVIDENCE,
    EVIDENCE_SUBJECTS,
    FRAME_GAP,
    GROUP_HEADS_BARE,
    HEADLINE_VERBS,
    LOWER_WORD,
    MONTH,
    NAME,
    PARTY,
    PRONOUN,
    QUOTES,
    ROLE_NAME,
    SOURCE_NP,
    THE_NP,
    THE_NP_LONG,
    WHEN,
)


def _forms(name: str) -> frozenset[str]:
    """The cue forms of a lexicon, a phrase's words joined by underscores there ("called_for")."""
    return frozenset(form.replace("_", " ") for line in entries(name) for form in line.split())


@cache
def _frame_cues() -> frozenset[str]:
    return _forms("cues_frame_en")


@cache
def _all_cues() -> frozenset[str]:
    return _forms("cues_en") | _frame_cues()


@cache
def _conditional_cues() -> frozenset[str]:
    """Verbs that report only in a frame (cues_frame_en) or with the right object after them
    (cues_object_en)."""
    return _frame_cues() | (frozenset(object_cues()) - _forms("cues_en"))


@cache
def _cue_alternation(objects: bool = False) -> str:
    return alternation(_all_cues() | frozenset(object_cues()) if objects else _all_cues())


def _before(source: str) -> re.Pattern[str]:
    return re.compile(rf"{source}{PARTY}{APPOSITION}\s+{ADVERBS}(?P<cue>{_cue_alternation(True)})"
                      rf"\b(?!-)(?P<after>.{{0,60}})")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    cue = _cue_alternation()
    source = SOURCE_NP
    return {
        "statement": re.compile(
            rf"{source}{PARTY}{APPOSITION}\s+{ADVERBS}"
            rf"(?P<cue>(?:released|issued|published|put out|made)"
            rf"\s+(?:an?|the\s+following)\s+(?:(?:written|joint|brief|official|public)\s+)?"
            rf"statement"
            rf"|made\s+the\s+announcement"  # "X made the announcement Wednesday"
            # "Cooper had a stern warning for coastal residents: ..."
            rf"|{_HAD_FOR.pattern})"),
        # "Musk was also cited by Bloomberg as saying", "X is quoted as telling"
        "quoted": re.compile(
            rf"{source}{PARTY}{APPOSITION}\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?"
            rf"(?:cited|quoted)\b[^.;\"“”]{{0,60}}?\bas\s+(?P<cue>saying|telling|writing)\b"),
        # "Bloomberg quotes Brian Yarbrough, analyst at Edward Jones, saying": the one quoted
        "quotes": re.compile(
            rf"\b(?:quotes|quoted|cites|cited)\s+(?:[a-z]+\s+){{0,3}}?(?P<src>{NAME})"
            rf"(?:,[^,;\"“”]{{1,80}},)?\s+(?:as\s+)?(?P<cue>saying|telling|writing)\b"),
        "before": _before(source),
        # the same without bare groups, for the many sentences with no group's head noun
        "before-nameonly": _before(source.replace(f"|{BARE_GROUP}", "")),
        # the longest noun phrase from the same word, tried when the shortest is no source: "The
        # New York state attorney general is confirming that" (not "The New York state")
        "before-long": _before(rf"\b(?P<src>{THE_NP_LONG})"),
        # "Cruz called Trump a “pathological liar”", "Ham described Clinton as “a politician”":
        # naming something in quoted words is a report of them
        "naming": re.compile(
            rf"{source}{PARTY}(?:,\s+[^,{QUOTES}]{{1,120}},)?\s+{ADVERBS}(?P<cue>called|calls|"
            rf"calling|described|describes|describing|dubbed|dubs|labell?ed|branded|"
            rf"referred\s+to|refers\s+to)\s+"
            rf"(?:[\w’'.\-]+\s+){{0,8}}?(?:as\s+)?(?:an?\s+)?[{QUOTES}‘]"),
        # a quotation signed after a dash, as in collected reader comments: “...” ― Carla Sanchez
        "signed": re.compile(rf"[{QUOTES}]\s*(?P<cue>[―—–])\s*(?P<src>{NAME})\.?\s*$"),
        # "..., said Batchelder.", "Said Ellis: ...": the verb before its source, no quotation
        "inverted": re.compile(
            rf"(?:,\s*|^)(?P<cue>[Ss]aid|[Ss]ays|added|wrote|writes|explained|argued|noted|"
            rf"reports|reported)\s+(?!{WHEN}\b)"
            rf"(?P<src>{ROLE_NAME}|(?:{LOWER_WORD}\s+){{1,3}}{NAME}|{NAME}|{THE_NP})"
            rf"(?=\s*(?:[,.;:]|$))"),
        "after": re.compile(
            rf"(?:[{QUOTES}!?],?|,[{QUOTES}])\s*(?P<cue>{cue})\s+"
            rf"(?P<src>{ROLE_NAME}|(?:{LOWER_WORD}\s+){{1,3}}{NAME}|{NAME}|{THE_NP}|{PRONOUN})"),
    }


_AUXILIARIES = {"did", "didn", "would", "wouldn", "not", "t", "refused", "declined", "to"}


@cache
def _cue_words() -> frozenset[str]:
    return frozenset(next((w for w in _WORD.findall(form) if w not in _AUXILIARIES), form)
                     for form in _all_cues())  # "did not rule out": "rule", no common "did"


@cache
def _object_words() -> frozenset[str]:
    """The verbs that report only with the right object and in no other way."""
    return frozenset(object_cues()) - _cue_words()


_WORD = re.compile(r"\w+")
# "Cooper had a stern warning for coastal residents: ..."
_HAD_FOR = re.compile(r"had\s+(?:a|an|this|one|some)\s+(?:[a-z]+\s+)?(?:message|warning|words?|"
                      r"advice|reminder)\s+for")
_AFTER_QUOTE = re.compile(r"[,?!][\"”»]\s*$")


def _may_attribute(sentence: str) -> bool:
    """Every rule needs a cue word (a whole word: the rules put a space, quote or comma before
    it and a word boundary after it), "according to" or "statement", or a verb with the object
    that makes it a report ("expressed concern"); most sentences have none and skip the rules."""
    return ("ccording to" in sentence or "statement" in sentence or "―" in sentence
            or ", per " in sentence or ", as " in sentence
            or "made the announcement" in sentence
            or ("had " in sentence and _HAD_FOR.search(sentence) is not None)
            or "call" in sentence or "describ" in sentence or "dub" in sentence
            or "label" in sentence or "brand" in sentence or "refer" in sentence
            or sentence.startswith(("Said ", "Says "))
            or "—" in sentence or "–" in sentence
            or not _cue_words().isdisjoint(words := _WORD.findall(sentence))
            or (not _object_words().isdisjoint(words) and any(
                reports_object(w.group(), sentence, w.end()) for w in _WORD.finditer(sentence)
                if w.group().lower() in _object_words())))


_CAPITAL_VERB = re.compile(r"\s(?:" + "|".join(v.title() for v in sorted(HEADLINE_VERBS)) + r")\b")


def _headline_case(sentence: str) -> str:
    """ "Obama Says African-American Museum Will Tell ...": in a headline in title case the
    verb of saying is written in lower case for the rules (same length, offsets hold)."""
    if not _CAPITAL_VERB.search(sentence):
        return sentence  # most sentences: no verb of saying in capitals, nothing to count
    words = re.findall(r"[^\W\d_][\w’'\-]*", sentence)
    if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.7 * len(words):
        return sentence
    return re.sub(r"(?<=\s)[A-Z][a-z]+\b", lambda m: m.group().lower()
                  if m.group().lower() in HEADLINE_VERBS else m.group(), sentence)


# the heads of bare groups without their first letter, so "Police" and "police" both hold one;
# looked for as plain substrings, far faster than a regular expression
_BARE_HEADS = tuple(head[1:] for head in ("police", "prosecutors", "leadership", "management",
                                           "authorities",
                                           *GROUP_HEADS_BARE.split("|")))
# what each rule's pattern cannot match without, looked for as plain substrings
_NEEDS = {"quotes": ("quotes", "quoted", "cites", "cited"),
          "statement": ("statement", "announcement", "message for", "warning for", "word for",
                        "words for", "advice for", "reminder for"), "after": tuple(QUOTES + "!?"),
          "naming": ("call", "describ", "dub", "label", "brand", "refer"),
          "signed": ("―", "—", "–"),
          "inverted": ("aid", "ays", "added", "wrote", "writes", "explained", "argued", "noted",
                       "reported", "reports")}
# a report that ends by naming the outlet it was relayed through, after a verb of saying
_RELAYED = re.compile(r"\b(?:said|says|told|added|wrote)\b[^;]{0,160},\s+according\s+to\s+"
                      r"[^,;]{1,60}$")
# "According to the news release, Long said he asked ...": the release relays what Long said
_RELAY_OPENS = re.compile(r"According\s+to\s+[^,;\"“”]{1,80},\s+(?:[A-Z][\w.’'\-]*\s+){1,3}"
                          r"(?:said|says|told|added|wrote|stated)\b")
_RELATIVE_END = re.compile(r"\b(?:where|which|when|while|as|after)\s+$")
_UNNAMED_BEFORE = re.compile(r"\b(?:anonymous|unnamed|unidentified)\s+(?:[\w.\-]+\s+)?$")
_QUOTED_AS = re.compile(r"\b(?:cited|quoted)\b[^.;]{0,60}?\bas\s+(?:saying|telling|writing)\b")
_HEADLINE_SAYS = re.compile(r"(?P<src>[A-Z][\w’'\-]+)\s+[^,]{3,60},\s+(?P<cue>says|say)\s+[A-Z]")


# a headline that ends by naming its source by its sort or role: "Delta flight diverted ...,
# airline says", "Arkansas deputy fatally shot, sheriff says"
_SORT_SAYS = re.compile(r",\s+(?:the\s+)?(?P<src>" + "|".join(sorted(ORG_NOUNS | {
    "sheriff", "mayor", "governor", "coroner", "prosecutor", "minister", "president", "coach",
    "chief", "spokesperson", "spokesman", "spokeswoman"})) + r")\s+(?P<cue>says|said)\s*$")


def attribute(sentence: str) -> Finding | None:
    labelled = speaker_label(sentence) if ":" in sentence[:40] else None
    if labelled is not None:
        return labelled
    sort_says = _SORT_SAYS.search(sentence) if sentence.endswith(("says", "said")) else None
    if sort_says:
        source = "the " + sort_says.group("src")
        return Finding(sort_says.group("cue"), source, source_kind(source),
                       "en:headline-sort-says", 0.75)
    patterns = _patterns()
    written = straight_quotes(sentence)
    sentence = _headline_case(written)
    if sentence is not written:  # a headline in title case
        found = _HEADLINE_SAYS.match(sentence)
        if found:  # "Twitter Strikes Back, Says It Will ...": the headline's first word says it
            return Finding(found.group("cue"), found.group("src"), "person", "en:headline-says",
                           0.7)
    if not _may_attribute(sentence):
        return quote_only_finding(sentence)
    sentence = blank_city(blank_dashed(blank_dateline(sentence)))
    vague_phrase = phrase_pattern("vague_en", False).search(sentence)
    quoted = quoted_ranges(sentence)
    vague = None
    relayed = None  # "..., X told the committee, according to Politico": X spoke, Politico
    if "ccording to" in sentence or ", per " in sentence or ", as " in sentence:  # relays it
        found = according(sentence, quoted, vague_phrase)
        if found is not None and found.source_kind != "vague":
            if not (_RELAYED.search(sentence) or _RELAY_OPENS.match(sentence)):
                return found
            relayed = found
        else:
            vague = found
    found = evidence(sentence)
    if found is not None and found.source_kind != "vague":
        return found
    unnamed = found.source.lower() if found is not None else None  # "Polls show ...", "A new
    vague = vague or found  # poll shows ...": no rule below makes that document a source
    for rule in ("statement", "quoted", "quotes", "after", "participle", "before", "naming",
                 "signed", "inverted"):
        if (rule == "quoted" and not (("cited" in sentence or "quoted" in sentence)
                                      and _QUOTED_AS.search(sentence))) or not any(
                part in sentence for part in _NEEDS.get(rule, ("",))):
            continue  # the rule's pattern cannot match: no need to scan the sentence
        pattern = patterns.get(rule)
        if rule == "before" and not any(head in sentence for head in _BARE_HEADS):
            pattern = patterns["before-nameonly"]  # "police officials said" needs its head
        found = (_matches(pattern, sentence, patterns.get(f"{rule}-long"))
                 if rule != "participle" else filter(None, [participle(sentence)]))
        for match in found:
            cue = match.group("cue")
            if any(a < match.start("cue") < b for a, b in quoted):
                continue  # a cue inside a quotation is the quoted speaker's, not the article's
            source = clean_source(match.group("src"))
            if unnamed and source and source.lower() in unnamed:
                continue
            apposed = _after_preposition(sentence, match) if rule == "before" else None
            if apposed is not None:
                if not apposed:
                    continue
                source = apposed
            elif rule == "before" and (group := _GROUP_IN_PLACE.search(sentence, 0,
                                                                       match.start("src"))):
                # "police in the capital announced": the group with its place, as GUIDELINES
                # keeps it, and no person to look for inside it (person_in below)
                source = apposed = sentence[group.start():match.end("src")]
            if rule == "before" and (_participle(sentence, match) or _noun_cue(sentence, match)
                                     or _NAME_AFTER.match(sentence, match.end("cue"))
                                     or _PREDICATE.search(sentence, 0, match.start("src"))
                                     or _OPENING_PHRASE.match(match.group("src"))
                                     or _OPENING_PHRASE.fullmatch(sentence[:match.start("src")])
                                     or _inside_opening(sentence, match)
                                     or (cue.lower().startswith("declar")
                                         and _DECLARED_ACT.match(sentence, match.end("cue")))):
                continue  # "its statement claiming responsibility": no verb of the sentence;
                # "X is the leading cause of stroke, ..., says Kim", "the chief of Y said"
            if rule == "participle" and cue in _frame_cues() and not (
                    _FRAME.match(sentence, match.end("cue")) or (
                        cue in _BARE_FRAME and _BARE_CLAUSE.match(sentence, match.end("cue")))):
                continue  # "... and predicted a storm": no report without its clause
            if (rule == "before" and cue.lower() in _conditional_cues()
                    and not _reporting_frame(match)
                    and not reports_object(cue, sentence, match.end("cue"))
                    and not _AFTER_QUOTE.search(sentence, 0, match.start("src"))
                    and not _closing_frame(sentence, match)):
                continue  # "wrote in 1954" is a frame only after a quotation: “...,” X wrote;
                # "welcomed guests" is no report, "welcomed the decision" is
            if (rule == "before" and cue.lower().startswith("report")
                    and _RELATIVE_END.search(sentence, 0, match.start("src"))
                    and not _reporting_frame(match)):
                continue  # "outperformed ..., where it reported a profit": the figure, no report
            if not source or _WHEN_NAME.fullmatch(source):
                continue  # "A report from Monday stated": a day is no source
            if not apposed:
                source = person_in(sentence, match, rule, source)
            kind = source_kind(source)
            if not noun_phrase_source(source, cue if rule != "inverted" else ""):
                continue
            if kind in ("document", "body") and _unnamed_evidence(source, cue):
                kind = "vague"
            start = match.start("src")
            if _UNNAMED_BEFORE.search(sentence, max(0, start - 30), start):
                kind = "vague"  # "Two anonymous Pentagon officials told": the match began after
            if kind == "vague" or (vague_phrase and vague_phrase.start() <= start + 1):
                vague = vague or Finding(cue, source, "vague", f"en:{rule}-vague", 0.7)
                continue  # a named source found by another rule comes first
            if kind == "pronoun":
                plural = source.lower() in ("they", "we")
                return Finding(cue, source.lower(), "pronoun", f"en:{rule}-pronoun", 0.82,
                               "pl" if plural else "sg", source.lower() == "she")
            confidence = 0.9 if kind == "person" else 0.85
            return Finding(cue, source, kind, f"en:{rule}-{kind}", confidence)
    return relayed or vague or quote_only_finding(sentence)


def _matches(pattern: re.Pattern[str], sentence: str,
             longest: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
    """Every match, overlapping ones too: when "the interview he said" is no source, "he said"
    inside it still is. With `longest`, each match is followed by the longest match from the
    same word, if there is a longer one."""
    found = pattern.search(sentence)
    while found:
        yield found
        long = longest.match(sentence, found.start()) if longest is not None else None
        if long is not None and long.end("src") > found.end("src"):
            yield long
        found = pattern.search(sentence, found.start() + 1)


_FRAME = re.compile(rf"{FRAME_GAP}\s*(?:(?:that|whether|why|how|what)\b|[,:\"“])")
# a clause with no "that" after a verb of saying, not of belief ("thought too many people were"):
# "predicted as many as a million people would leave", "reported winds increased to 130 mph": a
# short subject, then an auxiliary or a verb in the past
_BARE_FRAME = {"predict", "predicts", "predicted", "reported", "estimate", "estimates",
               "estimated"}  # not "reports": "the government received expert reports it had"
_BARE_CLAUSE = re.compile(r"\s+(?:(?!(?:who|which|that|to|and|or|but|in|on|at|for|of|by|with|from|"
                          r"when|while|after|before|because|if)\b)[\w’'\-%$.,]+\s+){1,7}?"
                          r"(?:would|will|could|can|may|might|should|must|had|has|have|is|are|was|"
                          r"were|[a-z]{3,}ed\b(?!\s+by\b))")


_BE = re.compile(r"\b(?:is|are|was|were)\b")
_CONTRACTED_BE = re.compile(rf"{PRONOUN}[’']s")
# a noun phrase after a form of be, "of", "by" or an opening preposition is no subject: "is the
# leading cause", "the chief of the city of Utrecht said", "On Tuesday, Donald Tusk, ..., urged"
_PREDICATE = re.compile(r"\b(?:is|are|was|were|of|by)\s+$")
# nor is one after another preposition when a comma follows it: "His former business partner at
# Lenox, Lawrence B. Cummings, called" (the name set off by commas is the subject)
_PREPOSITION = re.compile(r"\b(?:at|in|from|with|into|about|against|among|between|under|over)\s+"
                          r"(?:the\s+)?$")
# a group and the place it acts in: "police in the American capital announced" (not "capital")
_GROUP_IN_PLACE = re.compile(rf"(?<![\w’'])(?P<group>{BARE_GROUP}|^\W*(?:Police|Prosecutors|"
                             rf"{GROUP_HEADS_BARE.title()}))\s+(?:in|at|from|"
                             r"across|along|around|throughout|up\s+and\s+down)\s+(?:the\s+)?$")
_APPOSED_NAME = re.compile(rf"(?:{LOWER_WORD}\s+){{0,3}}(?P<name>{NAME})")
# ", said Daniel Scarpinato, a spokesman": after a comma the verb comes before its source, so
# what stands before the comma ("arrested at a Wal-Mart in Glendale, a suburb ...,") is none
_NAME_AFTER = re.compile(rf"(?<=,\s(?:said|says))\s+(?!{WHEN}\b){NAME}\s*(?:,|\.?\s*$)")
_OPENING_PHRASE = re.compile(r"\W*(?:On|In|At|During|After|Before|Since|From|For|With|Under)\s+")
_INSIDE_OPENING = re.compile(r"\W*(?:Upon|After|Before|While|When|Following|Despite|Amid|"
                             r"Speaking|Asked|Responding|Commenting|Addressing)\s+[^,;]*")


def _inside_opening(sentence: str, match: re.Match[str]) -> bool:
    """A noun phrase inside the phrase that opens the sentence, whose verb comes after that
    phrase's comma: "Upon appealing the decision, the defense attorney, X, argued" (the subject
    follows the comma). "While the Rockets said ..., the team's manager defended" reports."""
    return ("," in sentence[match.end("src"):match.start("cue")]
            and _INSIDE_OPENING.fullmatch(sentence, 0, match.start("src")) is not None)


def _after_preposition(sentence: str, match: re.Match[str]) -> str | None:
    """None when the source stands after no preposition or no comma follows it; otherwise the
    name set off by commas after it, the true subject ("in Washington, Marc H. Morial, the chief
    executive of the National Urban League, told"; "with the Star, former train porter Harold
    Adams, 76, recalls"), or "" when there is none."""
    if not sentence[match.end("src"):match.start("cue")].lstrip().startswith(",") or not (
            _PREPOSITION.search(sentence, 0, match.start("src"))):
        return None
    found = _APPOSED_NAME.fullmatch(first_apposition(sentence, match))
    return found.group("name") if found and len(found.group("name").split()) > 1 else ""


def _participle(sentence: str, match: re.Match[str]) -> bool:
    """A verb in -ing straight after its noun modifies it ("a statement claiming"); "is
    claiming" reports. "saying", "telling" and "adding" report either way ("a letter saying")."""
    cue = match.group("cue")
    contracted = _CONTRACTED_BE.fullmatch(match.group("src"))  # "He’s claiming"
    return (cue.endswith("ing") and cue not in ("saying", "telling", "adding", "writing")
            and not contracted and not _BE.search(sentence, match.end("src"), match.start("cue")))


# singular heads that British usage may give a plural verb ("the government say")
_COLLECTIVE = {"police", "staff", "people", "government", "team", "family", "couple", "public",
               "crew", "band", "jury", "panel", "board", "council", "committee"}
# what a declaration brings into force is an act, not a report: "declared a state of emergency"
_DECLARED_ACT = re.compile(
    r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:an?\s+|the\s+)?(?:(?:local|public\s+health|national|"
    r"federal|climate|disaster)\s+)?(?:states?\s+of\s+(?:emergency|disaster|siege|alert)|"
    r"emergenc(?:y|ies)|martial\s+law|curfew|bankruptcy|(?:public\s+)?holiday|disaster\s+areas?)\b")
_MODAL = re.compile(r"\b(?:will|would|can|could|may|might|must|should|shall|did|does|do|to)\b")


def _noun_cue(sentence: str, match: re.Match[str]) -> bool:
    """ "the city claim of 974", "the agency estimate of 1,400": a bare verb after a singular noun
    with a determiner and no auxiliary is a noun, not the noun phrase's verb. Collective nouns
    may take a plural verb in British usage ("the government say") and are left alone."""
    cue = match.group("cue")
    forms = _all_cues()
    if not ({cue + "s", cue + "es", cue[:-1] + "ies"} & forms) or cue.endswith(("s", "ed", "ing")):
        return False
    words = np_head(match.group("src").split())
    head = words[-1].lower()
    return (words[0].lower() in ("the", "a", "an", "its", "his", "her", "this", "that")
            and head.isalpha() and head.islower() and not head.endswith("s")
            and head not in _COLLECTIVE
            and not _MODAL.search(sentence, match.end("src"), match.start("cue")))


def _unnamed_evidence(source: str, cue: str) -> bool:
    """ "a new report shows": which report is not said, as in "reports indicate" (GUIDELINES);
    "A report from Monday stated" with any verb: a day names no report."""
    words = source.split()
    named = [w for w in words[1:] if w[:1].isupper() and not _WHEN_NAME.fullmatch(w)]
    return words[0].lower() in ("a", "an") and not named and (
        cue.lower() in EVIDENCE or "report" in (w.lower() for w in words[1:3]))


_WHEN_NAME = re.compile(rf"{DAY}|{MONTH}")


def _closing_frame(sentence: str, match: re.Match[str]) -> bool:
    """"..., Foster writes.": a verb that ends the sentence after a comma frames what came before."""
    return (sentence[:match.start("src")].rstrip().endswith(",")
            and not sentence[match.end("cue"):].strip(" .!\"”»"))


def _reporting_frame(match: re.Match[str]) -> bool:
    """ "said that", "wrote:", "found that": the verb frames a report. A verb of evidence with a
    poll or a study for its subject needs no frame ("A new poll shows Clinton ahead"). The verbs
    that report only with an object (cues_object_en) take no frame."""
    if match.group("cue").lower() not in _frame_cues():
        return False
    if _FRAME.match(match.group("after")) or (match.group("cue").lower() in _BARE_FRAME
                                              and _BARE_CLAUSE.match(match.group("after"))):
        return True
    head = match.group("src").split()[-1].lower().strip(",")
    return match.group("cue").lower() in EVIDENCE and head in EVIDENCE_SUBJECTS
