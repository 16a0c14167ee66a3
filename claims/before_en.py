"""Checks on a match of a source before its verb ("X said"): whether it is a report of the
sentence or a phrase inside it ("its statement claiming", "the chief of Y said"), a verb that
frames a clause, a source set off after a preposition. Used by claims.attribution_en."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from claims.documents_en import ORG_NOUNS
from claims.lexicon import entries
from claims.objects_en import object_cues
from claims.people_en import ROLE_NOUNS as ROLE_WORDS
from claims.people_en import first_names
from claims.sources_en import np_head
from claims.words_en import (
    BARE_GROUP,
    DAY,
    EVIDENCE,
    EVIDENCE_SUBJECTS,
    FRAME_GAP,
    GROUP_HEADS_BARE,
    LOWER_WORD,
    MONTH,
    NAME,
    PRONOUN,
    WHEN,
)


def _forms(name: str) -> frozenset[str]:
    """The cue forms of a lexicon, a phrase's words joined by underscores there ("called_for")."""
    return frozenset(form.replace("_", " ") for line in entries(name) for form in line.split())


@cache
def frame_cues() -> frozenset[str]:
    return _forms("cues_frame_en")


@cache
def all_cues() -> frozenset[str]:
    return _forms("cues_en") | frame_cues()


@cache
def conditional_cues() -> frozenset[str]:
    """Verbs that report only in a frame (cues_frame_en) or with the right object after them
    (cues_object_en)."""
    return frame_cues() | (frozenset(object_cues()) - _forms("cues_en"))


FRAME = re.compile(rf"{FRAME_GAP}\s*(?:(?:that|whether|why|how|what)\b|[,:\"“])")
# a clause with no "that" after a verb of saying, not of belief ("thought too many people were"):
# "predicted as many as a million people would leave", "reported winds increased to 130 mph": a
# short subject, then an auxiliary or a verb in the past
# ("He hoped Azmi would be released", "Judge Byron ruled the officer’s actions didn’t rise to
# ..."); not "reports": "the government received expert reports it had"
BARE_FRAME = {"predict", "predicts", "predicted", "reported", "estimate", "estimates",
              "estimated", "hoped", "hopes", "cautioned", "ruled", "revealed", "reveals",
              "added", "adds", "forecast", "forecasts", "is hopeful", "was hopeful",
              "remains hopeful", "is optimistic", "was optimistic", "is adamant", "was adamant",
              "remains adamant", "remained adamant",
              "claiming",  # "..., claiming Happen was still out of compliance"
              "discovered",  # "NHTSA discovered the problem was not very common"
              "expects",  # "The Coast Guard expects the sun and wind will break down the sheen"
              "indicated", "indicates",  # "Coinshares indicated the decline was amplified by"
              "promised", "promises",  # "JK Shin ... promised the money would be well spent"
              "notes", "noted"}  # "The warning notes the heaviest snowfall is expected"
# "Mazda claims there have been no injuries": a claim whose clause opens with its subject
_CLAIMS = {"claims", "claimed", "insist", "insists", "insisted", "insisting"}  # "studio bosses
# are insisting there has not been any decisions made"
_CLAIM_CLAUSE = re.compile(r"\s+(?:there|it|he|she|they|no)\s")
BARE_CLAUSE = re.compile(r"\s+(?:(?!(?:who|which|that|to|and|or|but|in|on|at|for|of|by|with|from|"
                         r"when|while|after|before|because|if)\b)[\w’'\-%$.,/]+\s+){1,7}?"
                         r"(?:would|will|could|can|may|might|should|must|had|has|have|is|are|was|"
                         r"were|did|does|didn[’']t|doesn[’']t|wasn[’']t|isn[’']t|weren[’']t|"
                         r"aren[’']t|[a-z]{3,}ed\b(?!\s+by\b))"
                         r"|\s+(?:he|she|they|we)\s+[a-z]{2,}\b")  # "Yun added he expects gains"


_BE = re.compile(r"\b(?:is|are|was|were)\b")
_CONTRACTED_BE = re.compile(rf"{PRONOUN}[’']s")
# a noun phrase after a form of be, "of", "by" or an opening preposition is no subject: "is the
# leading cause", "the chief of the city of Utrecht said", "On Tuesday, Donald Tusk, ..., urged"
PREDICATE = re.compile(r"\b(?:is|are|was|were|of|by)\s+$|\bby\s+(?:[A-Z][\w.’']*\s+){1,3}$"
                       # the last of a list after "from": "customers from the Southwest, Midwest
                       # and Northeast reported"
                       r"|\b(?:from|in|across)\s+(?:the\s+)?(?:[A-Z][\w\-]*,\s+)+[A-Z][\w\-]*,?\s+"
                       r"(?:and|or)\s+$")
# except the author of a document that is the subject: "A statement e-mailed to The Globe by
# Reagan Ruslim, who joined the board last month, said"
DOCUMENT_BY = re.compile(r"^\W*(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er)\s+(?:\w+\s+){0,2}"
                         r"(?:statement|letter|report|e-?mail|message|release)\b[^,;.]{0,40}"
                         r"\bby\s+$")
# nor is one after another preposition when a comma follows it: "His former business partner at
# Lenox, Lawrence B. Cummings, called" (the name set off by commas is the subject)
_PREPOSITION = re.compile(r"\b(?:at|in|from|with|into|about|against|among|between|under|over|"
                          r"to)\s+"
                          r"(?:the\s+)?$")
# a group and the place it acts in: "police in the American capital announced" (not "capital")
GROUP_IN_PLACE = re.compile(rf"(?<![\w’'])(?P<group>{BARE_GROUP}|^\W*(?:Police|Prosecutors|"
                            rf"{GROUP_HEADS_BARE.title()}))\s+(?:in|at|from|"
                            r"across|along|around|throughout|up\s+and\s+down)\s+(?:the\s+)?$")
# a body named with the place it is in, before the verb: "Valley Medical Center in Renton says"
BODY_IN_PLACE = re.compile(r"(?<![\w’'])(?P<body>(?:[A-Z][\w’'\-]*\s+){0,4}(?:Center|Centre|"
                           r"Hospital|Clinic|University|College|School|Museum|Institute|"
                           r"Department|Agency|Council|Commission|Authority|Bank|Company))\s+"
                           r"(?:in|at)\s+$")
# a body named by its sort and where it is based, before the verb: "the company based in Union,
# New Jersey, said" (the company speaks, not the place)
BASED_IN = re.compile(r"(?<![\w’'])(?P<body>[Tt]he\s+(?:[\w\-]+\s+){0,3}(?:" + "|".join(sorted(ORG_NOUNS))
                      + r"))\s+(?:based|headquartered)\s+in\s+(?:[A-Z][\w.\-]*,?\s+){0,4}$")
# an unnamed source and what is said of it before the noun phrase the verb follows: "sources
# close to the talks said", "observers in Virginia say" (not "the talks" or "Virginia")
VAGUE_BEFORE = re.compile(r"\b(?:[Ss]ources?|[Pp]eople|[Pp]erson|[Oo]bservers|[Aa]nalysts|"
                          r"[Ee]xperts|[Cc]ritics|[Ii]nsiders|officials)\s+(?:close\s+to|"
                          r"familiar\s+with|briefed\s+on|knowledgeable\s+about|"
                          r"with\s+(?:direct\s+)?knowledge\s+of|involved\s+in|(?<!officials\s)"
                          r"(?:in|inside|within|around|across|throughout)|(?<=ources\s|source\s)"
                          r"(?:at|from))\s+(?:the\s+)?$"
                          # "one user on Down Detector wrote", "fans at the stadium said"
                          # "An aide to Patrick says": one of his, unnamed
                          r"|\b(?:[Aa]n?|[Oo]ne)\s+(?:aide|adviser|advisor|staffer|assistant)\s+"
                          r"(?:to|for)\s+$"
                          # "A clerk at the Dairy Mart tells us", "workers at the plant said"
                          r"|\b(?:users?|readers?|viewers?|commenters?|fans?|customers?|clerks?|"
                          r"cashiers?|workers?|employees?)\s+"
                          r"(?:on|in|at|from)\s+(?:the\s+)?$")
# a noun phrase, then a phrase of when or where it was, before the noun phrase the verb
# follows: "a private security professional present during the attack told" is the professional
PP_SUBJECT = re.compile(r"(?:^|(?<=\s))(?P<np>(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree)\s+"
                        r"(?:[\w\-’']+\s+){0,4}?[a-z][\w\-]*)(?:\s+(?:present|who\s+was))?"
                        r"\s+(?:during|inside|outside|near|amid|throughout)\s+(?:the\s+)?$")
# a role at an event or a place, the subject before it: "China's chief negotiator at the climate
# talks said", "The head of the delegation at the talks said"
ROLE_AT = re.compile(r"(?:^|(?<=\s))(?P<np>(?:[Aa]n?|[Tt]he|[A-Z][\w\-]*[’']s)\s+(?:[\w\-]+\s+){0,4}?"
                     r"(?:" + "|".join(sorted(ROLE_WORDS | {"negotiator", "head"})) + r"))"
                     r"(?:\s+of\s+the\s+[a-z]+)?\s+at\s+(?:the\s+)?$")
# a verb of saying right before "according to": "Larsen says that according to ..."
SAID_THAT = re.compile(r"\b(?:says|said|say|adds|added|notes|noted|explains|explained)\s+"
                       r"(?:that\s+)?$")
# "Geophysicist Rick Wessels at the Alaska Volcano Observatory said": the person at the body
_PERSON_AT = re.compile(r"(?:^|(?<=\s))(?P<np>(?P<given>[A-Z][a-z]+)(?:\s+[A-Z]\.)?\s+"
                        r"[A-Z][\w’'\-]+)\s+at\s+(?:the\s+)?$")


def person_at(sentence: str, start: int) -> re.Match[str] | None:
    """The named person a body's name follows after "at" (a given name the lexicon knows)."""
    found = _PERSON_AT.search(sentence, max(0, start - 60), start)
    return found if found and found.group("given").lower() in first_names() else None


# "The attorney for convicted businessman Tom Petters says": the attorney speaks, for his client
CLIENT_OF = re.compile(r"(?:^|(?<=\s))(?P<np>(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+"
                       r"(?:[a-z][\w\-]*\s+){0,2}(?:attorneys?|lawyers?|agent|publicist))\s+for\s+"
                       r"(?:[\w\-.’']+\s+){0,4}$")  # (a spokesperson for a body speaks as it)
_APPOSED_NAME = re.compile(rf"(?:{LOWER_WORD}\s+){{0,3}}(?P<name>{NAME})")
# ", said Daniel Scarpinato, a spokesman": after a comma the verb comes before its source, so
# what stands before the comma ("arrested at a Wal-Mart in Glendale, a suburb ...,") is none
NAME_AFTER = re.compile(rf"(?<=,\s(?:said|says))\s+(?!{WHEN}\b)"
                        rf"(?:{NAME}(?:\s+[a-z]+\s+{NAME})?|the\s+(?:[A-Z][\w’'\-]+\s+)*[A-Z][\w’'\-]+)"
                        rf"(?:\s+(?:on|in|at|during|late|early|last|this)\s+[^,;]{{1,40}}?)?"
                        rf"\s*(?:,|\.?\s*$|\s+who\s)")  # "..., said Minister ... Al-Sabah on
# Sunday.", "..., said the Ambassador who affirmed", "..., said Norfolk Southern spokesman Dave
# Pidgeon."
OPENING_PHRASE = re.compile(r"\W*(?:On|In|At|During|After|Before|Since|From|For|With|Under|Around|"
                            r"Across|Amid|Following|Throughout|Over|Within|Toward|Towards)\s+")
_INSIDE_OPENING = re.compile(r"\W*(?:Upon|After|Before|While|When|Following|Despite|Amid|"
                             r"Speaking|Asked|Responding|Commenting|Addressing)\s+[^,;]*")


def inside_opening(sentence: str, match: re.Match[str]) -> bool:
    """A noun phrase inside the phrase that opens the sentence, whose verb comes after that
    phrase's comma: "Upon appealing the decision, the defense attorney, X, argued" (the subject
    follows the comma); or a report inside that phrase: "Asked about criticism which he said
    could hurt the economy, Powell said" (Powell's report, not his). "While the Rockets said
    ..., the team's manager defended" reports."""
    if "," in sentence[match.end("src"):match.start("cue")]:
        return _INSIDE_OPENING.fullmatch(sentence, 0, match.start("src")) is not None
    opening = _ASKED_OPENING.match(sentence)
    return opening is not None and match.end("cue") <= opening.end() and "," in sentence[
        match.end("cue"):]


_ASKED_OPENING = re.compile(r"\W*(?:Asked|Speaking|Responding|Commenting)\b[^,;]*")


def after_preposition(sentence: str, match: re.Match[str]) -> str | None:
    """None when the source stands after no preposition or no comma follows it; otherwise the
    name set off by commas after it, the true subject ("in Washington, Marc H. Morial, the chief
    executive of the National Urban League, told"; "with the Star, former train porter Harold
    Adams, 76, recalls"), or "" when there is none."""
    if not sentence[match.end("src"):match.start("cue")].lstrip().startswith(",") or not (
            _PREPOSITION.search(sentence, 0, match.start("src"))):
        return None
    between = sentence[match.end("src"):match.start("cue")].split(",")[1:-1]
    for part in between[:2]:  # "to SPA, the Minister of Commerce, Dr. Majid al-Kassabi, said":
        found = _APPOSED_NAME.fullmatch(part.strip())  # the name after the role
        if found and len(found.group("name").split()) > 1 and not (
                found.group("name").split()[0].lower() in ROLE_WORDS and len(between) > 1):
            return found.group("name")
    return ""


# a person, then the body they are of with no comma closing it: "Sergeant Tom Faudskar, of the
# Rochester Police Department says", "Commissioner Breton, responsible for the Internal Market said",
# "Aura Maria Vistas Miguel, of Portugal’s Rádio Renascença asked"
_HOLDER = re.compile(r"(?P<name>(?:[A-Z][\w.’'\-]*\s+){1,4}[A-Z][\w.’'\-]*),\s+"
                     r"(?:(?:speaker|president|chairman|chairwoman|chair|head|director|"
                     r"co-founder|founder)\s+)?(?:of|from|with|"
                     r"responsible\s+for|in\s+charge\s+of)\s+(?:the\s+|[A-Z][\w\-]*[’']s\s+)?$")


def holder_before(sentence: str, match: re.Match[str]) -> str | None:
    """The person whose body the source is, the apposition left open: "Sergeant Tom Faudskar,
    of the Rochester Police Department says" is the sergeant's."""
    if ", " not in sentence[max(0, match.start("src") - 24):match.start("src")]:
        return None  # most sources: no comma just before them
    found = _HOLDER.search(sentence, max(0, match.start("src") - 80), match.start("src"))
    return found.group("name") if found and len(found.group("name").split()) > 1 else None


def ing_modifier(sentence: str, match: re.Match[str]) -> bool:
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
DECLARED_ACT = re.compile(
    r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:an?\s+|the\s+)?(?:(?:local|public\s+health|national|"
    r"federal|climate|disaster)\s+)?(?:states?\s+of\s+(?:national\s+|local\s+)?"
    r"(?:emergency|disaster|siege|alert)|"
    r"emergenc(?:y|ies)|martial\s+law|curfew|bankruptcy|(?:public\s+)?holiday|disaster\s+areas?|"
    r"(?:[\w\-]+\s+)?dividends?|victory|defeat)\b")  # "has declared victory"
_MODAL = re.compile(r"\b(?:will|would|can|could|may|might|must|should|shall|did|does|do|to)\b")


_DETERMINED = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+$")


_CLOSED_QUOTE = re.compile(r"[,.!?…][\"”’']\s+$")


def noun_cue(sentence: str, match: re.Match[str]) -> bool:
    """ "the city claim of 974", "the agency estimate of 1,400": a bare verb after a singular noun
    with a determiner and no auxiliary is a noun, not the noun phrase's verb. Collective nouns
    may take a plural verb in British usage ("the government say") and are left alone."""
    cue = match.group("cue")
    forms = all_cues()
    if not ({cue + "s", cue + "es", cue[:-1] + "ies"} & forms) or cue.endswith(("s", "ed", "ing")):
        return False
    if cue == "read" and _CLOSED_QUOTE.search(sentence, 0, match.start("src")):
        return False  # '"...," the sign read': the past, after the words it read
    if _DETERMINED.search(sentence, 0, match.start("src")) and match.group("src")[:1].isupper():
        return True  # "In the KUNA report, Olaim ...": a name that only qualifies a noun
    words = np_head(match.group("src").split())
    head = words[-1].lower()
    return ((words[0].lower() in ("the", "a", "an", "its", "his", "her", "this", "that")
             or (len(words) > 1 and words[0].endswith(("’s", "'s"))))  # "Graham’s home state"
            and head.isalpha() and head.islower() and not head.endswith("s")
            and head not in _COLLECTIVE
            and not _MODAL.search(sentence, match.end("src"), match.start("cue")))


def unnamed_evidence(source: str, cue: str) -> bool:
    """ "a new report shows": which report is not said, as in "reports indicate" (GUIDELINES);
    "A report from Monday stated" with any verb: a day names no report."""
    words = source.split()
    named = [w for w in words[1:] if w[:1].isupper() and not WHEN_NAME.fullmatch(w)]
    return words[0].lower() in ("a", "an") and not named and (
        cue.lower() in EVIDENCE or "report" in (w.lower() for w in words[1:3]))


_COUNT = re.compile(r"\s+(?:(?:more\s+than|nearly|about|around|over|some|almost|up\s+to)\s+)?\d")
_RECALLED_DOING = re.compile(r"\s+(?:[A-Z][\w.’'\-]*\s+){1,4}(?:talking|saying|telling|asking|"
                             r"describing|warning|explaining|arguing|insisting)\b")
# verbs that tell someone: the one told, and how, may come before "that"
_ADDRESSED = {"remind", "reminds", "reminded", "reminding", "notify", "notifies", "notified",
              "notifying", "inform", "informs", "informed", "informing", "assure", "assures",
              "assured", "assuring", "advise", "advises", "advised", "advising"}
_ADDRESSEE_THAT = re.compile(r"\s+(?:[\w’'\-]+\s+){1,9}?(?:that\b|it\s+(?:intends|plans|will|would)\b)")
# ("notified the Utah Public Service Commission on Monday it intends to file")
# advice to someone to do something: "Meyers advised people to report outages by calling"
_ADVISED_TO = re.compile(r"\s+(?:(?:the|all|local|affected)\s+)?(?:people|residents|customers|"
                         r"motorists|drivers|travellers|travelers|parents|the public|everyone)\s+"
                         r"(?:to|not to)\s+[a-z]+")
WHEN_NAME = re.compile(rf"{DAY}|{MONTH}")
_LEAD_IN = re.compile(r"\s+(?:in|on|at|during)\s[^.;:\"“”]{0,55}:\s*$")


_CLOSING_COMMA = re.compile(r",\s*(?:[Tt]he\s+)?$")  # "..., the Commission claims in a lawsuit."


def closing_frame(sentence: str, match: re.Match[str]) -> bool:
    """"..., Foster writes.": a verb that ends the sentence after a comma frames what came
    before, a day or a place of the telling after it too ("..., she testified Thursday.")."""
    return (_CLOSING_COMMA.search(sentence, 0, match.start("src")) is not None
            and _TELLING_TAIL.fullmatch(sentence[match.end("cue"):].strip(" .!\"”»")) is not None)


_TELLING_TAIL = re.compile(r"(?:(?:on\s+)?[A-Z][a-z]+day|in court|on the stand|"
                           r"(?:last|this|earlier\s+this)\s+(?:week|month|year)|last night|"
                           r"yesterday|today|earlier"  # "..., the president conceded last month."
                           # "..., the Commission claims in a lawsuit filed in federal court in
                           # Athens, Ga.": the document it was said in, and where that was filed
                           r"|in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w\-]+\s+)?(?:lawsuit|suit|"
                           r"complaint|filing|motion|petition|letter|statement)\b[^;\"“”]*)?")
# what a pollster found, a share of the people asked: "finds 16 percent of past voters"
_FIND = ("find", "finds", "found")
_SHARE_OF = re.compile(r"\s+(?:that\s+)?(?:(?:about|nearly|almost|only|just|some)\s+)?"
                       r"\d[\d.,]*\s*(?:percent|per\s+cent|%)\s+of\s")
# what a witness told the court: "testified about conversations", "testified to the injuries"
_TESTIFIED_ON = re.compile(r"\s+(?:about|to)\s")


def reporting_frame(match: re.Match[str]) -> bool:
    """ "said that", "wrote:", "found that": the verb frames a report. A verb of evidence with a
    poll or a study for its subject needs no frame ("A new poll shows Clinton ahead"). The verbs
    that report only with an object (cues_object_en) take no frame."""
    if match.group("cue").lower() not in frame_cues() or (
            match.group("cue").lower().startswith("recall") and _COUNT.match(match.group("after"))):
        return False  # "will recall 4,886 units": a product recall
    if match.group("cue").lower().startswith("recall") and _RECALLED_DOING.match(
            match.group("after")):
        return True  # "recalled Mr. Obama talking about ...": what someone said, remembered
    if match.group("cue").lower() in _ADDRESSED and _ADDRESSEE_THAT.match(match.group("after")):
        return True  # "reminded reporters that", "notified students and staff by email that"
    if match.group("cue").lower().startswith("advis") and _ADVISED_TO.match(match.group("after")):
        return True  # "advised people to report outages": advice given in words
    if match.group("cue").lower().startswith("testif") and _TESTIFIED_ON.match(
            match.group("after")):
        return True  # "Mary Parks testified about conversations the two women had"
    if match.group("cue").lower() in _FIND and _SHARE_OF.match(match.group("after")):
        return True  # "PPP finds 16 percent of past voters are still unwilling": a poll's finding
    if _LEAD_IN.match(match.group("after")):
        return True  # "As Bloomberg notes in its story about the debacle:" the words follow
    if FRAME.match(match.group("after")) or (match.group("cue").lower() in BARE_FRAME
                                              and BARE_CLAUSE.match(match.group("after"))):
        return True
    if match.group("cue").lower() in _CLAIMS and _CLAIM_CLAUSE.match(match.group("after")):
        return True
    head = match.group("src").split()[-1].lower().strip(",")
    return match.group("cue").lower() in EVIDENCE and head in EVIDENCE_SUBJECTS


# a name that owns what follows: "Toshiba's reported \"nuclear\" loss" is an adjective, no verb
# ("he's said" is "he has said", so pronouns are not owners)
_OWNER = re.compile(r"(?<![\w’'])(?!(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Ww]ho|[Tt]here|[Ww]hat)[’']s)"
                    r"[A-Za-z][\w\-]*[’']s\s+$")
# "The economy added 64,000 jobs": a sum added, nothing said
_ADDED_FIGURE = re.compile(r"\s+(?:(?:about|nearly|almost|roughly|some|over|more\s+than|another|"
                           r"a\s+(?:net|further|record)|an\s+(?:additional|extra|estimated))\s+)?"
                           r"[$€£]?\d")
RELATIVE_SUBJECT = re.compile(r"\s(?:that|which|whom)\s+(?P<pronoun>it|he|she|they|we)$")
# "no matter what the company says": whatever it says, nothing said; "if they tell cargo
# operators not to unload": a telling supposed, none made
_NO_MATTER = re.compile(r"\b(?:[Nn]o\s+matter\s+what|[Ww]hatever|regardless\s+of\s+what|[Ii]f|"
                        r"[Uu]nless)\s+$")
# what the owner owns: a quoted word or a noun, not a clause ("after Christie's estimated it")
_OWNED = re.compile(r"\s+(?:[\"“‘']|(?!(?:it|that|he|she|they|we|the|a|an|on|in|at|to|for|its|"
                    r"their|his|her|this|earlier|last|sales|profits?|losses)\b)[a-z])")


# "unlawfully denied a blind employee’s request", "was denied bail": a refusal, nothing said
_DENIED_ACT = re.compile(r"\s+(?:(?:him|her|them|us|me)\s+)?"
                         r"(?:(?:a|an|the|his|her|their|its|any)\s+)?"
                         r"(?:(?!that\b)[a-z][\w\-’']*\s+){0,2}?(?:requests?|applications?|bail|"
                         r"entry|access|permission|permits?|appeals?|motions?|petitions?|visas?|"
                         r"licen[cs]es?|parole|admission|asylum|coverage|benefits?)\b")


# a passive: "the story told by the series" is what was told, "he was told by police" was told
_BY_AGENT = re.compile(r"\s+by\s+(?!(?:phone|telephone|email|e-mail|text|video|letter|mail|radio|"
                       r"satellite|Zoom|Skype|way)\b)")


# "The 17-second spot says much about the esprit of the vehicle": it shows, nobody spoke
SAYS_MUCH = re.compile(r"\s+(?:(?:much|little|volumes|something|nothing)\s+(?:about|of)|a\s+lot\s+"
                       r"about)\b")  # not "He said a lot of people had been calling"
# "she fired back at a journalist saying, “...”": the one spoken to, not the speaker
AIMED_AT = re.compile(r"\b(?:at|to|toward|towards|against)\s+$")
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|to)\s+$")


def modal_last(sentence: str, found: Iterable[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The matches in turn, those whose verb follows a modal last: in "A ticket holder in Ohio
    will claim that prize, Mega Millions said" the source is the one that closes it."""
    later = []
    for match in found:
        if _MODAL_BEFORE.search(sentence, max(0, match.start("cue") - 7), match.start("cue")):
            later.append(match)
        else:
            yield match
    yield from later


# "We're told the newest ticket won": a passive, the teller unnamed
_CONTRACTED_ARE = re.compile(r"[’'](?:re|m)$")


def no_verb_of_saying(sentence: str, match: re.Match[str]) -> bool:
    """ "no matter what the company says", "the economy added 64,000 jobs", "Toshiba's
    reported loss", "denied the request": the cue says nothing here."""
    cue, start = match.group("cue"), match.start("src")
    return bool(_NO_MATTER.search(sentence, max(0, start - 25), start)
                or (cue.lower() in ("added", "adds", "add")
                    and _ADDED_FIGURE.match(sentence, match.end("cue")))
                or (cue.lower() in ("denied", "denies", "deny", "denying")
                    and _DENIED_ACT.match(sentence, match.end("cue")))
                or (cue.lower() in ("told", "said") and _BY_AGENT.match(sentence, match.end("cue")))
                or (cue.lower() == "told" and _CONTRACTED_ARE.search(match.group("src")))
                or (cue.endswith("ed") and _OWNER.search(sentence, 0, match.start("cue"))
                    and _OWNED.match(sentence, match.end("cue"))))
