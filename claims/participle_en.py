"""A report that hangs off a clause about something else: "Trump attacked Clinton in a speech,
saying ...", "the judge rejected the request, arguing that ...", "Cruz urged Republicans to vote
and said he was ...". The source is the subject of the clause, found at the start of the
sentence (after an opening phrase such as "During the debate,") and followed by its verb."""
from __future__ import annotations

import re

from claims.lexicon import alternation
from claims.words_en import (
    ADVERBS,
    APPOSITION,
    BARE_GROUP,
    DAY,
    LOWER_WORD,
    NAME,
    OWNED_NP,
    PARTY,
    PRONOUN,
    THE_NP,
)

# the verb in -ing after a comma or "by", and the finite verb after "and"
PARTICIPLES = {"saying", "arguing", "claiming", "insisting", "noting", "adding", "warning",
               "explaining", "asserting", "contending", "declaring", "stating", "writing",
               "telling", "suggesting", "predicting", "complaining", "acknowledging", "urging",
               "reporting", "expressing", "voicing", "citing", "stressing", "emphasizing",
               "emphasising", "alleging", "revealing", "confirming", "announcing", "disclosing",
               "accusing", "vowing", "pledging"}
# ("is suing the network, accusing it of copying her characters", "signed the order, vowing to
# slap tariffs on oil": an accusation and a vow are made in words)
# naming something in quoted words: "Musk appeared irked, calling them "boring""; only with the
# quotation soon after the object
NAMING = {"calling", "describing", "dubbing", "labeling", "labelling", "branding", "dismissing",
          "called"}  # "and on Tuesday called Saccone a "good man"": with the quotation only
_QUOTED_NAME = re.compile(r"\s+(?:[\w’'.\-]+\s+){0,8}?(?:as\s+)?(?:an?\s+)?[\"“‘]")
FINITE = {"said", "says", "added", "argued", "insisted", "warned", "noted", "told", "wrote",
          "explained", "claimed", "stressed", "acknowledged", "announced", "urged", "admitted",
          "conceded", "predicted", "estimated", "called"}

_OPENING = (r"(?:(?:In|On|At|During|After|Before|Since|Earlier|Later|Last|This|Meanwhile|However|"
            r"Speaking|Asked|Even|Instead|Separately|Then|Still|Also|But|And|Yet|Now|Today|With|"
            r"Yesterday|Over|Throughout|Following|Under|Within|Despite|For|Thus|Moreover|"
            r"Furthermore|Additionally|Notably|Upon|When|While|Amid|Accordingly|Hence|Therefore|"
            r"Consequently|Likewise|Similarly|Besides|Nonetheless|Nevertheless)\b"
            r"[^,;\"“”]{0,100},\s+"
            r"|[A-Z]{3,}(?:[ ,]+[A-Z]{2,})*\s*(?:\([^()]{1,20}\)\s*)?[:—–-]+\s+)")  # "MELBOURNE: "
# "Democratic presidential nominee Hillary Clinton": a role in lower-case words (no verbs in
# -ed or -s) before the name, left out of the source
# (nor a verb: "Mohammad Ali said Kuwait has ..., adding" is Mohammad Ali's report)
_ROLE = (rf"(?:(?:[A-Z][\w.’'\-]*\s+){{1,3}}(?:(?![a-z]+(?:ed|s)\b|(?:{'|'.join(sorted(FINITE))}"
         rf"|told|said|wrote|spoke)\b){LOWER_WORD}\s+){{1,3}}(?=[A-Z]))")
# "Officials with the Denver Police Department declined ..., saying": the body speaks
_MEMBERS_OF = (r"(?:(?:[Oo]fficials|[Oo]fficers|[Rr]epresentatives|[Ss]pokespeople|"
               r"[Ll]eaders|[Ii]nvestigators|[Aa]uthorities|[Mm]embers)\s+"
               r"(?:with|of|from|at|for)\s+(?:the\s+)?(?=[A-Z]))")
_SUBJECT = (rf"(?!(?:With|In|On|At|As|For|From|After|Before|While|When|If|Despite|Amid|Since|"
            rf"Because|Although|Though|Once|Until|That|This|These|Those|There)\b)"  # "That was
            rf"(?:{_ROLE}|{_MEMBERS_OF})?"  # a good segue to ..., who ...": no one spoke
            rf"(?P<src>{OWNED_NP}|(?!(?:The|A|An|His|Her|Its|Their)\s){NAME}"
            rf"|{THE_NP}|{BARE_GROUP}|{PRONOUN})")
_IRREGULAR = ("said|told|went|took|spoke|gave|made|wrote|sent|broke|stood|brought|held|led|met|"
              "came|began|chose|drew|fought|hit|kept|left|lost|put|ran|saw|set|struck|won|threw|"
              "sat|got|is|was|are|were|has|had|have|did|does")
_NOT_VERBS = "this|thus|its|his|hers|ours|yours|theirs|news|always|perhaps|towards|afterwards"
# a verb of the clause: "attacked", "rejects", "took", "is defending", "frequently mocked"
_VERB = (rf"(?:\w+ly\s+)?(?:[a-z]{{2,}}ed|(?!(?:{_NOT_VERBS})\b)"
         rf"(?![a-z]*(?:ers|ors|ists|ians|ics|ss|us)\b)[a-z]{{2,}}s|{_IRREGULAR})\b")
# each list one tree of letters (lexicon.alternation): an alternation of the words in turn
# cost twice as much at every word of every sentence
_OFF = alternation(frozenset(PARTICIPLES | NAMING))
_FINITE = alternation(frozenset(FINITE))
_LINK = (rf"(?:(?:,\s+|\s+by\s+)(?:also\s+|then\s+)?(?=(?:{_OFF})\b)"
         rf"|,?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:on\s+{DAY}\s+)?"
         rf"(?=(?:{_FINITE})\b)"  # "and on Tuesday called Saccone a "good man""
         # "have ramped up surveillance and are urging the public", "is stepping up ... and urging"
         rf"|,?\s+and\s+(?:(?:are|is|was|were)\s+)?(?=(?:{_OFF})\b)"
         # "issued a written statement at 3:20 p.m. saying", "sent an update saying"
         # "a series of tweets early Friday saying"
         rf"|\s+(?:statement|update|release|letter|message|tweet|email|video|notice|post|appeal|"
         rf"lawsuit|suit|complaint|motion|petition)s?"
         rf"(?:\s+(?:(?:shortly\s+)?(?:after|before)|at|on|in)\s+[^,;\"“]{{1,30}}?"
         rf"|\s+(?:(?:early|late)\s+)?{DAY}"
         rf"(?:\s+(?:morning|afternoon|evening|night))?)?\s+(?=saying\b))")
_CUES = alternation(frozenset(PARTICIPLES | FINITE | NAMING))
# what follows is a report, not "saying goodbye" or "saying nothing"
_REPORT = (r"(?=\s*[\w,:\"“])(?!\s+(?:goodbye|good-bye|farewell|hello|nothing|little|much|grace|"
           r"thanks|sorry|so|yes|no|prayers?|a\s+prayer|hi)\b)")

_FRAMED = {"stressing", "emphasizing", "emphasising",  # a report only with "that" or a quotation
           "revealing", "confirming", "announcing", "disclosing"}  # ("revealing its new logo")
# the source of an absolute clause: "..., with officials reporting two fatalities"
_WITH_SOURCE = re.compile(rf",\s+with\s+(?P<src>{BARE_GROUP}|officials|authorities|police)\s+"
                          rf"(?P<cue>reporting|saying|noting|warning|estimating)\b")
_THAT_FOLLOWS = re.compile(r"\s*(?:that\b|[:\"“])")
# the link and the cue, which every match ends with: most sentences with a cue word have none
_TAIL = re.compile(rf"{_LINK}(?P<cue>{_CUES})\b{_REPORT}")
_NO_ONE_TOLD = re.compile(r"\s*(?:that\b|[,:\"“])")
_ANY_CUE = re.compile(rf"\b(?:{_CUES})\b")
# the stop of a title inside the clause: "granted Mr. Clarke an extension ..., saying"
_TITLE_STOP = (r"(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bSt)\.|(?<=\bInc)\.|"
               r"(?<=\bCorp)\.|(?<=\bCo)\.|(?<=\bLtd)\.|(?<=\bJr)\."
               r"|\.(?=\s+[a-z])")  # "has sued Brooks Sports Inc. in federal court in
# Indianapolis, Ind., alleging": an abbreviation's stop, a lower-case word after it
PARTICIPLE = re.compile(
    rf"^{_OPENING}??{_SUBJECT}{PARTY}{APPOSITION}\s+{ADVERBS}{_VERB}"
    rf"(?P<gap>(?:[^.;]|\.(?!\s)|{_TITLE_STOP}){{0,300}}?){_LINK}(?P<cue>{_CUES})\b{_REPORT}")


_CALL_FOR = re.compile(r"\s+for\s+(?:an?|the)\s")  # "calling for a cut", not "calling for help"
_SAID_BEFORE = re.compile(r",\s+(?:he|she|they)\s+(?:told|said|added|explained)\b[^,;]{0,60},\s*$")


def participle(sentence: str) -> re.Match[str] | None:
    """The match (groups src and cue) of a report hanging off the sentence's first clause;
    "telling" needs someone told ("telling reporters that")."""
    if not _ANY_CUE.search(sentence) or not _TAIL.search(sentence):  # most sentences: no verb
        return _WITH_SOURCE.search(sentence) if ", with " in sentence else None  # of the rule
    found = PARTICIPLE.match(sentence)
    if not found:
        return _WITH_SOURCE.search(sentence) if ", with " in sentence else None
    if found.group("cue") == "telling" and _NO_ONE_TOLD.match(sentence, found.end()):
        return None
    if found.group("cue") in _FRAMED and not _THAT_FOLLOWS.match(sentence, found.end()):
        return None  # "by emphasizing economic fairness": a theme, no report
    if _SAID_BEFORE.search(sentence, 0, found.start("cue")):
        return None  # "..., he told KUNA, noting that": the one who told is who notes
    if found.group("cue") in NAMING and not _QUOTED_NAME.match(sentence, found.end()) and not (
            found.group("cue") == "calling" and _CALL_FOR.match(sentence, found.end())):
        return None  # "describing the scene": no words of theirs quoted; "by calling for a two
        # percent cut" asks for it, in words
    return found


_APPOSED = re.compile(r",\s+(?P<name>(?:[A-Z][\w.’'\-]*\s+){1,3}[A-Z][\w.’'\-]*),")


def apposed_name(sentence: str, match: re.Match[str]) -> str | None:
    """The name set off by commas after a subject named by its role: "Cavill's manager, Dany
    Garcia, previously responded ..., writing" is Dany Garcia's."""
    if match.group("src").split()[-1][:1].isupper():
        return None
    found = _APPOSED.match(sentence, match.end("src"))
    return found.group("name") if found else None
