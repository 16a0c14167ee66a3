"""People in an English article: which capitalised names are people, their gender and role where
the text shows them (a first name, "Mr.", "spokeswoman", "Mayor"), and whom "he said", "she says" or
"the mayor said" refers to (claims.salience_en reads the mentions found here)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claims.lexicon import entries, words_en
from claims.words_en import HEADLINE_VERBS, NOT_PERSON, PARTICLES

GENDERED = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m",
    "lady": "f", "king": "m", "queen": "f", "prince": "m", "princess": "f", "chairman": "m",
    "chairwoman": "f", "spokesman": "m", "spokeswoman": "f", "father": "m", "mother": "f",
    "husband": "m", "wife": "f", "son": "m", "daughter": "f", "brother": "m", "sister": "f",
    "businessman": "m", "businesswoman": "f", "congressman": "m", "congresswoman": "f",
    "actor": "m", "actress": "f", "grandmother": "f", "grandfather": "m", "boyfriend": "m",
    "girlfriend": "f", "uncle": "m", "aunt": "f", "widow": "f", "widower": "m",
}
# Lower-case words that name a person's role right before the name ("economist Philip Cross").
ROLE_NOUNS = {
    "professor", "economist", "analyst", "researcher", "scientist", "author", "writer", "lawyer",
    "attorney", "prosecutor", "judge", "doctor", "physician", "nurse", "coach", "manager",
    "director", "president", "minister", "mayor", "premier", "senator", "governor", "chief",
    "spokesperson", "officer", "official", "leader", "founder", "owner", "chair", "ceo", "player",
    "agent",  # "Kostas Manolas' agent Ioannis Evangelopoulos", then "the agent replied"
    "forward", "defenceman", "defenseman", "goaltender", "goalie", "captain", "artist",
    "striker", "midfielder", "defender", "winger", "quarterback", "linebacker", "cornerback",
    "kicker", "pitcher", "outfielder", "infielder", "shortstop", "batsman", "bowler", "rookie",
    "columnist", "editor", "historian", "candidate", "councillor", "councilor", "mp", "mpp",
    "secretary", "adviser", "advisor", "consultant", "specialist", "pastor", "priest",
    "superintendent", "commissioner", "inspector", "sergeant", "constable", "detective",
    "representative", "delegate", "chancellor", "dean", "teacher", "student", "resident",
    "organizer", "organiser", "activist", "expert", "executive", "vice-president", "speaker",
    "sheriff", "coroner", "marshal", "ambassador", "envoy", "diplomat", "consul",
    "meteorologist", "forecaster",
    *GENDERED,
}
# "G.K.", "Dr." and "F." end in a full stop; "Reuters." does not
_WORD = r"(?:(?:[A-Z]\.){2,3}|[A-Z][a-z]{0,2}\.|(?:al-|el-)?[A-Z][\w’'\-]*)"
# the same as rf"\b{_WORD}...", written to open with a letter class: the engine then skips the
# places where no capital stands without trying the pattern there
NAME_RUN = re.compile(r"[A-Z](?<!\B[A-Z])(?:\.(?:[A-Z]\.){1,2}|[a-z]{0,2}\.|[\w’'\-]*)"
                      rf"(?:[ \t]+(?:{PARTICLES}[ \t]+)?{_WORD})*")
# what a model's name follows and a person's does not: a count or an owner
_COUNTED = re.compile(r"(?:\d|\b(?:its|their))\s+$")
_NOT_NAME = {
    "the", "a", "an", "on", "in", "at", "but", "and", "although", "though", "many", "when", "after",
    "before", "while", "if", "as", "for", "from", "by", "with", "this", "that", "these", "those",
    "it", "he", "she", "they", "we", "i", "some", "most", "all", "rather", "because", "since",
    "despite", "is", "should", "was", "did", "does", "do", "can", "could", "would", "will", "has",
    "have", "had", "his", "her", "their", "our", "my", "its", "why", "what", "how", "who", "so",
    "yet", "or", "nor", "not", "no", "yes", "here", "there", "then", "now", "asked", "according",
    "both", "each", "either", "neither", "every", "only", "even", "also", "earlier", "later",
}
# days and the words for today: "Gov. Roy Cooper Monday evening urged", "Kuwait’s Foreign Ministry
# Saturday utterly denied" (the day is no part of the name)
WHEN_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "today", "tonight", "yesterday"}
_POSSESSIVE = re.compile(r"(?:[’']s|\.)$")
_PARTY_TAG = re.compile(r"^[DRI]-[A-Z][a-z]*\.?$")


@cache
def places() -> frozenset[str]:
    """Places, lower case, whose names read like a person's ("Saudi Arabia", "Abu Dhabi")."""
    return frozenset(line.lower() for line in entries("places_en"))


@cache
def first_names() -> dict[str, str]:
    """First name -> "m", "f" or "u" (resources/names_en.txt)."""
    return dict(line.split() for line in entries("names_en"))


@dataclass
class Mention:
    start: int
    end: int
    name: str  # as written, titles and roles left out
    sentence: int
    gender: str | None
    role: str | None  # the role word written before the name, lower case
    subject: bool  # opens its sentence (at most three words before it)
    strong: bool  # a known first name or a role shows it is a person


# a name followed by a role in lower case and another name is what the role is of: "Telecom
# Italia (TIM) chairman Arnaud", "Acme chief executive Jane"
_OWNS_ROLE = re.compile(r"(?:\s+\([^()]{1,12}\))?\s+(?:(?:chief|vice|deputy|senior|former|"
                        rf"acting|interim)\s+)?(?:{'|'.join(sorted(ROLE_NOUNS))})\s+[A-Z]")
_SHORT_ROLES = {"gov": "governor", "sen": "senator", "rep": "representative", "lt": "lieutenant",
                "col": "colonel", "capt": "captain", "sgt": "sergeant", "gen": "general",
                "det": "detective", "supt": "superintendent", "atty": "attorney"}


@cache
def _role_words() -> frozenset[str]:
    return words_en("titles_en") | ROLE_NOUNS


# the words of an office after "of" or "for": "Minister for Foreign Affairs"
_OFFICES = {"affairs", "state", "defense", "defence", "finance", "interior", "justice", "health",
            "education", "trade", "commerce", "energy", "labour", "labor", "oil", "information",
            "communications", "transport", "planning", "development", "works", "housing"}
# offices written before a surname alone: "President Obama"
_OFFICE_TITLES = {"president", "chancellor", "premier", "senator", "governor", "mayor"}
# roles held at a place named after "to": "Ambassador to France", "envoy to the UN"
_ENVOYS = {"ambassador", "envoy", "representative", "delegate", "consul"}
ALLIED = ("-backed", "-linked", "-led", "-based", "-allied", "-affiliated", "-owned", "-run")
_ROYAL = {"prince", "princess", "king", "queen", "sheikh", "sheikha", "emir"}
# titles of address, not offices: "Foreign Minister Sheikh Sabah" is "the minister"
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "sheikh",
              "sheikha", "prince", "princess", "rev", "reverend"}


def split_name(words: list[str]) -> tuple[str | None, list[str]]:
    """"Surrey Mayor Doug McCallum" -> ("mayor", ["Doug", "McCallum"]); the role may name
    what it is of ("Minister of Finance Jane Roe"). An office before an honorific is the role:
    "Energy Minister Prince Abdulaziz" -> "minister"."""
    titles = _role_words()
    role, start = None, 0
    for index, word in enumerate(words[:-1]):
        lower = word.lower().rstrip(".")
        if index < 2 and lower.endswith("s") and lower[:-1] in ROLE_NOUNS:
            lower = lower[:-1]  # "Activists Salem Al-Otaibi and Ali Al-Fares": one activist;
            # "State Ministers for Foreign Affairs Kentaro Sonoura": one minister
        if lower in titles:
            title, start = lower, index + 1
            if role is None or title not in HONORIFICS or role in HONORIFICS:
                role = _SHORT_ROLES.get(title, title)  # "Gov. Doug Ducey" is "the governor"
            if words[start:start + 1] in (["of"], ["for"]) and len(words) > start + 3:
                start += 2  # "Secretary of State John F. Kerry"
                while len(words) > start + 2 and words[start].lower() in _OFFICES:
                    start += 1  # "Minister for Foreign Affairs Kentaro Sonoura"
    if role in ("executive", "officer") and {"chief", "executive"} <= {
            w.lower() for w in words[:start]}:
        role = "ceo"  # "Chief Executive (Officer) John Chambers" is the CEO of the headline
    return role, words[start:]


_TITLE_GOES_ON = re.compile(r"[A-Z][\w\-]*\s+(?:on|for)\s+$")


def _title_case(sentence: str) -> bool:
    """A headline whose words all open with a capital, the short ones aside."""
    words = [w for w in sentence.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 4 and all(w[:1].isupper() for w in words)


def find_mentions(text: str, sentences: list[tuple[int, int]],
                  quoted: list[tuple[int, int]]) -> list[Mention]:
    """Every capitalised name outside quotations that may be a person, in text order, and the
    single surnames of people already seen ("Foster writes")."""
    names = first_names()
    mentions: list[Mention] = []
    surnames: set[str] = set()
    given_names: set[str] = set()  # first words of the full names seen
    bounds = iter(enumerate(sentences))
    index, (s_start, s_end) = next(bounds, (0, (0, len(text))))
    quotes = iter(quoted)
    quote = next(quotes, None)
    titled = None  # whether the sentence is a headline in title case, asked only when needed
    for match in NAME_RUN.finditer(text):
        run = match.group()
        if " " not in run and "\t" not in run and run not in ("Said", "Says") \
                and _POSSESSIVE.sub("", run).lower() not in surnames:
            continue  # one capitalised word is a person only as a known surname (as below),
            # and most runs are one word: skipped before any other test
        while match.start() >= s_end:
            index, (s_start, s_end) = next(bounds, (index, (s_end, len(text) + 1)))
            titled = None
        while quote is not None and quote[1] <= match.start():
            quote = next(quotes, None)
        if quote is not None and quote[0] <= match.start() < quote[1]:
            continue
        words = match.group().split()
        if text.endswith((" on ", " for "), s_start, match.start()) and _TITLE_GOES_ON.search(
                text, max(s_start, match.start() - 30), match.start()) and \
                not any(w.lower() in names for w in words):
            continue  # "(Framework Convention) on Climate Change": the rest of a title
        if words[0] in ("Said", "Says") and text[match.end():match.end() + 1] in (":", ","):
            words = words[1:]  # "Said Ellis: ...": the verb before its source
        if len(words) == 1 and _POSSESSIVE.sub("", words[0]).lower() not in surnames:
            continue  # one capitalised word is a person only as a known surname
        if len(words) > 2:
            if titled is None:
                titled = _title_case(text[s_start:s_end])
            if titled:
                continue  # "... Restaurant Owner Live On Camera": a headline in title case
        while words and (words[0].lower().rstrip(".") in _NOT_NAME
                         or words[0].endswith(ALLIED)):  # "Iran-backed Houthis"
            words = words[1:]
        owner = [i for i, w in enumerate(words[:-1]) if w.endswith(("’s", "'s"))]
        if owner:  # "CBC's Richard Cuthbertson", "Canada's Black train porters"
            words = words[owner[-1] + 1:]
            if len(words) == 1 and words[0].lower() not in surnames:
                continue
        if _OWNS_ROLE.match(text, match.end()):
            continue  # "Telecom Italia chairman Arnaud de Puyfontaine": who the role is of
        role, name = split_name(words)
        if role is None and _COUNTED.search(text, max(s_start, match.start() - 8),
                                            match.start()):
            continue  # "45,335 Civic Hybrid sedans", "its Yaris compact": a product's model
        name = [w for w in name if not _PARTY_TAG.match(w)]
        said = next((i for i, w in enumerate(name) if w.lower() in HEADLINE_VERBS), None)
        if said is not None:  # "Mississippi Mayor Reiterates Evacuation Call": a headline's
            name = name[:said]  # verb in capitals ends the name
        while len(name) > 2 and name[-1].lower() in WHEN_WORDS:
            name = name[:-1]  # "Gov. Roy Cooper Monday evening urged": the day is no name
        if name:
            name[-1] = _POSSESSIVE.sub("", name[-1])
        lower = [w.lower().rstrip(".") for w in name]
        before = text[max(s_start, match.start() - 40):match.start()].split()
        posted = len(before) >= 2 and before[-1] == "to" and before[-2].lower() in _ENVOYS
        if posted and len(name) > 2 and lower[0] in places():
            name, lower = name[1:], lower[1:]  # "Ambassador to France Sami Al-Sulaiman"
        given = next((i for i, w in enumerate(lower[:-1]) if w in names), 0)
        if 0 < given <= 2 and len(name) <= 4:  # "(Secretary of) State John F. Kerry"
            name, lower = name[given:], lower[given:]
        if not name or (set(lower) & NOT_PERSON and not _given_first(lower, names)) or len(
                name) > 4 or any(
                w.isupper() and len(w) > 2 for w in name[:2]) \
                or " ".join(lower) in places() or lower[-1] in _role_words():
            continue  # a place, a body, a heading or a dateline in capitals ("LE BOURGET"), a
            # role with no name after it
        if role is None and before and before[-1].lower().strip(",") in ROLE_NOUNS:
            role = before[-1].lower().strip(",")
        elif role is None and posted:
            role = before[-2].lower()  # the envoy posted to the place written before the name
        elif role is None and _comma_before(text, match.start()):
            role = _apposed_role(text[s_start:match.start()])
        elif ((role is None or role in HONORIFICS) and len(before) >= 2
              and before[-1] in ("of", "for") and before[-2].lower() in _role_words()):
            role = before[-2].lower()  # "Minister of State Sheikh Hamad ...": the minister
        if len(name) == 1 and lower[0] not in surnames and not (role and lower[0] in given_names) \
                and role not in _ROYAL and not (role in _OFFICE_TITLES and lower[0] not in names):
            continue  # "Minister Hussain": a role and the given name of someone named before;
            # "Prince Sultan", "King Salman" name their person in one word, and so does an
            # office and a surname: "President Obama", "Chancellor Merkel"
        first = names.get(lower[0]) if len(name) > 1 else None
        gender = GENDERED.get(role or "") or next(  # "Minister Prince Abdulaziz": m
            (GENDERED[w.lower()] for w in words[:len(words) - len(name)] if w.lower() in GENDERED),
            first if first in ("m", "f") else None)
        words_before = len(text[s_start:match.start()].split())
        strong = first is not None or role is not None or lower[0] in surnames
        if len(name) > 1:
            surnames.add(lower[-1])
            given_names.add(lower[0])
        prefix = text[s_start:match.start()]
        apposed = (words_before <= 8 and prefix.count(",") == 1  # "His fellow Kentucky
                   and prefix.rstrip().endswith(",")           # Republican, Sen. Rand Paul,
                   and text.startswith(",", match.end()))       # voted": the subject too
        owned = role is not None and "," not in prefix and all(  # "Telecom Italia (TIM)
            not w[:1].isalpha() or w[:1].isupper() or w.lower() in _role_words()  # chairman
            or (posted and w == "to")  # Arnaud de Puyfontaine is ...": the subject, role and
            for w in prefix.split())  # all; "The Kuwaiti Ambassador to France Sami ..." too
        mentions.append(Mention(match.start(), match.end(), " ".join(name), index, gender, role,
                                words_before <= 3 or apposed or owned, strong))
    return mentions


def _given_first(lower: list[str], names) -> bool:
    """A given name that is also a word no person's name holds, first in a name of two words
    or more: "Bill Nelson", "April Ryan" (not "the Education Bill", "America First")."""
    return (len(lower) >= 2 and lower[0] in names and lower[0] not in places()
            and not NOT_PERSON.intersection(lower[1:]))


def _comma_before(text: str, at: int) -> bool:
    """Whether the last character before `at` that is no white space is a comma (walked back,
    not sliced: the text before every name would be copied)."""
    while at and text[at - 1].isspace():
        at -= 1
    return text[at - 1:at] == ","


def _apposed_role(prefix: str) -> str | None:
    """"Ambassador of Kuwait to the United Kingdom, Bader Al-Awadhi": the role that opens the
    phrase set off by commas before a name."""
    phrase = prefix.rstrip().rstrip(",").rsplit(",", 1)[-1].split()
    head = [w.lower() for w in phrase[:3] if w[:1].isupper() or w.lower() == "the"]
    role = next((w for w in head if w in ROLE_NOUNS), None)
    return role if role and len(phrase) <= 14 else None
