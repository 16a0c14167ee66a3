"""English sources: what sort a source mention is (person, body, document, group, vague,
pronoun), whether a common noun phrase can be one, and the person inside a longer mention."""
from __future__ import annotations

import re

from claims.documents_en import DOCUMENTS, ORG_NOUNS, SORT_SPOKES
from claims.people_en import (
    ALLIED,
    HONORIFICS,
    NAME_RUN,
    ROLE_NOUNS,
    WHEN_WORDS,
    first_names,
    places,
    split_name,
)
from claims.words_en import (
    DETERMINERS,
    DOCUMENT_HEADS,
    GROUP_HEADS,
    GROUP_HEADS_BARE,
    LEADING,
    NAME,
    NOT_IN_NP,
    OWNED_NP,
    PLAIN_SAYING,
    PRONOUN,
    SOURCE_NOUNS,
    VAGUE_HEADS,
)

_ROLE_TITLES = ROLE_NOUNS | {"chairman", "chairwoman", "sen.", "rep.", "gov.", "secretary",
                             "speaker", "justice"}
_GROUP_NOUNS = GROUP_HEADS | set(GROUP_HEADS_BARE.split("|"))
# the words that say who an unnamed source is: "familiar with", "close to", "briefed on"
ANONYMOUS_TAIL = {"familiar", "close", "briefed", "knowledgeable", "involved", "with"}
_LINKS = r"(?:at|of|with|from|for|in)\s+(?:the\s+|an?\s+)?"


def first_apposition(sentence: str, match: re.Match[str]) -> str:
    """The first clause set off by commas between the source and its verb ("Brooks, a
    professor, said"), or ""."""
    between = sentence[match.end("src"):match.start("cue")].split(",")
    return between[1].strip() if len(between) > 2 else ""


# "Director of the Residency Department, Nasser Al-Hamdan, said": a role opening the sentence
_ROLE_OF = re.compile(rf"^\W*(?i:{'|'.join(sorted(ROLE_NOUNS))})\s+(?:of|for|at)\s+(?:the\s+)?$")
_ADDRESSING = re.compile(rf"({NAME})\s+(?:while\s+)?(?:addressing|speaking\s+(?:at|to|during|"
                         r"before)|briefing)\s+$")
# one of the public, who speaks for no body: "a young woman said to the board"
_PRIVATE_ONE = {"woman", "man", "girl", "boy", "rider", "resident", "passenger", "mother", "father",
                "parent", "student", "voter", "customer", "shopper", "neighbor", "neighbour",
                "commuter", "visitor", "caller", "attendee", "speaker", "bystander", "onlooker",
                "witness", "eyewitness", "sophomore", "freshman", "junior", "senior", "undergraduate",
                "graduate", "alumnus", "alumna", "fan", "survivor", "patient", "driver", "motorist"}
_ONE_UNNAMED = {"official", "source", "insider", "aide", "staffer", "member", "trustee", "executive",
                "employee", "worker",
                "inspector", "negotiator", "diplomat"}
_PREPOSITIONS = {"in", "on", "at", "for", "by", "from", "with", "after", "before", "during",
                 "since", "as", "when", "while", "if", "under", "over", "to", "into", "like"}
_NAME_ROLE_OF = re.compile(r"\W*(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w.’'\-]*){1,3}),\s+"
                           r"(?P<role>[A-Z][^,;\"“”]{0,80}?\s+(?:(?:of|at)\s+(?:the\s+)?)?)")
_NAME_THEN_COMMA = re.compile(r"\W*([A-Z][\w’'\-]+(?:\s+[A-Z][\w.’'\-]*){1,3}),\s+")


_BODY_HEADS = {"Department", "Ministry", "Center", "Centre", "Agency", "Authority", "Office",
               "Council", "Directorate", "Bureau", "Company", "Bank"}
_WORKS_AT = re.compile(r"\s+(?:at|of)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,4}(?:Department|"
                       r"Ministry|Center|Centre|Agency|Authority|Office|Directorate|Bureau)\s+"
                       r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})")
_ENVOY_TO = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Cc]onsul)\s+to\s+"
                       r"(?:the\s+)?$")
_POSTED_TO = re.compile(r"\s+to\s+(?:the\s+)?(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)??)\s+"
                        r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})")


_AT_FIRM = re.compile(r"(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?)\s+(?:at|from|with)\s+"
                      r"([A-Z][\w&’'.\-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&’'.\-]*){0,5})$")


# a role, then the name set off by a comma at the sentence's end
_ROLE_THEN_NAME = re.compile(r",\s+(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w.’'\-]+){1,2})\s*[.!]?\s*$")
_MORE_ROLES = {"magistrate", "collector", "commissioner", "superintendent", "inspector"}


def person_in(sentence: str, match: re.Match[str], rule: str, source: str) -> str:
    """The person when the source joins a person to a body, a place or a date: "said Joe Mulligan
    with Railroad Workers United", "says Heart and Stroke senior manager Erin Kim", "professor
    Kent Moore at the University of Toronto says". Only a run opening with a known first name
    or written after a role counts as the person; otherwise the source stays as found."""
    named = _NAME_ROLE_OF.fullmatch(sentence, 0, match.start("src")) if rule == "before" else None
    if named and not ROLE_NOUNS.isdisjoint(f"{named.group('role')} {source}".lower().split()) and (
            named.group("name").split()[0].lower() not in _PREPOSITIONS):  # not "On Thursday,
        # Chairman Rogers and Subcommittee Chairman Jim Banks pressed": a day, no name
        return named.group("name")  # "Rakesh Sachdev, President and Chief Executive Officer of
        # Sigma-Aldrich said": the name, then his role with no comma after it
    worker = _WORKS_AT.match(sentence, match.end("src")) if rule == "inverted" else None
    if worker and worker.group("name").split()[0].lower() in first_names():
        return worker.group("name")  # "said the official at the Kuwait Meteorological
        # Department Abdulaziz Al-Qarawi": the name after the body he works at
    posted = _POSTED_TO.match(sentence, match.end("src")) if rule == "inverted" else None
    if posted and posted.group("place").lower() in places():
        return posted.group("name")  # "said Kuwait's Ambassador to China Sameeh Johar Hayat"
    if rule in ("after", "inverted"):  # "..., said prosecutor Owen Heimer."
        named = _ROLE_THEN_NAME.match(sentence, match.end("src"))
        if named and source.split()[-1].lower() in ROLE_NOUNS | _MORE_ROLES:
            return named.group("name").rstrip(".")  # "said District Magistrate, Andra Vamsi."
        for run in NAME_RUN.finditer(source):
            role, words = split_name(run.group().split())
            if len(words) > 1 and words[-1].lower() in ROLE_NOUNS:
                continue  # "Denver Zoo President and CEO Maria Lopez": a role, then the name
            before = source[:run.start()].split()
            if words and (words[0].lower() in first_names() or role or (
                    before and before[-1].lower() in ROLE_NOUNS)):
                return " ".join(words)
            given = next((i for i, w in enumerate(words[1:-1], start=1)
                          if w.lower() in first_names()), None)
            if given and words[given - 1] in _BODY_HEADS:  # "the official at the Kuwait
                return " ".join(words[given:])  # Meteorological Department Abdulaziz Al-Qarawi"
    elif rule == "before" and (source.split()[0].lower() in DETERMINERS
                               or re.fullmatch(OWNED_NP, source)
                               or _ROLE_OF.search(sentence, 0, match.start("src"))
                               or source.split()[-1].lower() in ROLE_NOUNS):  # "Saudi Energy
        # Minister, Abdulaziz bin Salman, said": a role, then the name set off by commas
        apposition = first_apposition(sentence, match)
        if re.fullmatch(rf"{NAME}(?:\s+and\s+{NAME})?", apposition):
            _, words = split_name(apposition.split())  # "One red-state Democrat, Montana Sen.
            return " ".join(words) or source  # Jon Tester, said", "For his part, Brooks, ..."
        opening = _NAME_THEN_COMMA.fullmatch(sentence, 0, match.start("src"))
        first = opening.group(1).split()[0].lower() if opening else ""
        if first in first_names() and first not in NOT_IN_NP | _PREPOSITIONS:
            return opening.group(1)  # "Spencer Birns, Cardiff Airport's commercial director
            # said": the name, then its role with no comma after it
    words = source.split()
    for at in range(len(words) - 2, 0, -1):  # "Ohio Democratic Party Chairman David Pepper",
        # "the Democratic candidate Hillary Clinton"
        if (words[at][:1].isupper() or words[0].lower() in DETERMINERS) and (
                words[at].lower() in _ROLE_TITLES) and (
                words[at + 1].lower() in first_names()) and not _OFFICE_OF.search(
                    " ".join(words[:at])):  # not "An official in the office of ... Minister X"
            return _without_place(" ".join(words[at + 1:]))
    source = _without_place(source)
    words = source.split()
    if len(words) > 2 and words[0].lower() in places() and _ENVOY_TO.search(
            sentence, 0, match.start("src")):
        source = " ".join(words[1:])  # "Kuwaiti Ambassador to Japan Abdulrahman Al-Otaibi"
    if rule == "before" and not re.fullmatch(PRONOUN, source):
        found = _ADDRESSING.search(sentence[:match.start("src")])
        if found:  # "Chairman R.M.L. Rathnayake addressing a media briefing said": the one
            _, words = split_name(found.group(1).split())  # speaking, not the briefing
            if words:
                return " ".join(words)
        found = re.search(rf"({NAME})\s+{_LINKS}$", sentence[:match.start("src")])
        if found:
            _, words = split_name(found.group(1).split())
            if words and len(words) >= 2 and words[0].lower() in first_names():
                return " ".join(words)
    return source


_OF_PLACE = re.compile(r"((?:[A-Z][\w.’'\-]*\s+){1,3}[A-Z][\w’'\-]+)\s+of\s+[A-Z][\w.\s]*$")


def _without_place(source: str) -> str:
    """"Richard Shelby of Alabama": a person's name with the place the person is from."""
    found = _OF_PLACE.fullmatch(source)
    if found and any(w.lower() in first_names() for w in found.group(1).split()[:2]):
        return found.group(1)
    return source


def _singular(noun: str) -> str:
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else ""


def noun_phrase_source(source: str, cue: str) -> bool:
    """ "The bank said", "several cast members said": a common noun phrase is a source when its
    head is a known source noun or a name, or, before a plain verb of saying, any noun."""
    if source.split()[-1].lower() in (*DETERMINERS, "of"):
        return False  # "The authors of the report": "report" is no verb after "the"
    written = np_head(source.split())
    words = [w.lower().strip(".,") for w in written]
    if words[0] not in DETERMINERS:
        return True
    if words[-1] in ("couple", "pair") and f" {written[-1]} of " in f" {source} ":
        return False  # "a couple of hours later than ...": a number, no couple
    if NOT_IN_NP.intersection(words[1:]):
        return False  # "One Republican threatened to make Kadzik": a clause, no noun phrase
    if words[-1] in SOURCE_NOUNS or words[-1] in DOCUMENTS or written[-1][:1].isupper() or (
            _singular(words[-1]) in ORG_NOUNS):  # "The companies ask that shoppers not panic"
        return True  # "The notice emphasizes that": a document's words
    return (cue.lower() in PLAIN_SAYING and words[-1].isalpha() and not words[-1].endswith("ly"))


# "said Reid of Mahomes’ hand": the name ends before "of" and the owner of what he spoke of
_OF_OWNER = re.compile(r"\s+of\s+[A-Z][\w.\-]*[’'](?:s)?$")


# "Canada's BlackBerry Ltd", "Minn.-based Cardiovascular Systems", "Al-Qaeda-linked al-Shabaab":
# the place or the ally is no part of the name
_PLACE_OWNER = re.compile(r"^(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)[’']s\s+(?=[A-Z][^\s]*\s+"
                          r"(?:[A-Z][^\s]*\s+){0,3}(?:Ltd|Inc|Corp|Co|Group|Plc|PLC|AG|SA|LLC)"
                          r"\b)|^\S+(?:" + "|".join(ALLIED) + r")\s+(?=[A-Z]|al-|el-)")


_ASKED = {"surveyed", "polled", "interviewed", "questioned", "contacted", "asked"}
_LY_NOUNS = {"family", "ally", "assembly", "rally", "monopoly", "anomaly", "italy", "bully",
             "supply", "daily", "weekly", "monthly", "quarterly"}


def clean_source(source: str, opens: bool = True) -> str:
    """The source with what came in front of it or after it left out; `opens` when it opens
    its sentence ("Still, ..." is an adverb there, "..., Still said." a surname)."""
    firm = _AT_FIRM.match(source)
    if firm:  # "Analysts at EFG Hermes and SICO Bahrain": the firms, named
        return firm.group(1).rstrip(".,;:")
    words = source.rstrip(".,;:").split()  # "said the Health Ministry Monday."
    while words and words[0].lower().strip(",") in LEADING and (
            len(words) > 1 or opens or not words[0][:1].isupper()):
        words = words[1:]
    # when and how it spoke, caught at the end of the noun phrase: "Kuwait’s Foreign Ministry
    # Saturday utterly denied"
    while len(words) > 1 and words[-2].lower() not in ("from", "on", "of", "since", "last") and (
            words[-1].lower() in WHEN_WORDS or (words[-1].islower() and words[-1].endswith("ly")
                                                 and words[-1] not in _LY_NOUNS)):
        words = words[:-1]  # not "A report from Tuesday", which names the report
    if len(words) > 1 and words[-1] in _ASKED:
        words = words[:-1]  # "Most economists surveyed said": economists
    source = _PLACE_OWNER.sub("", " ".join(words))
    return re.sub(r"[’']s$", "", _OF_OWNER.sub("", source)).rstrip(".,;:")


def np_head(words: list[str]) -> list[str]:
    """The words up to the head of a noun phrase: "the chief of the Dutch city of Utrecht" is a
    chief."""
    lower = [w.lower() for w in words]
    if lower and lower[0] in DETERMINERS and "of" in lower[2:]:
        return words[:lower.index("of", 2)]
    for at in range(1, len(lower) - 1):  # "police in the American capital" are police
        if lower[at] in ("in", "at", "from") and lower[at - 1] in _GROUP_NOUNS:
            return words[:at]
        if lower[at] in ANONYMOUS_TAIL and lower[at - 1] in VAGUE_HEADS:
            return words[:at]  # "two people familiar with the talks" are people
        if lower[at] in ("on", "in", "at", "from") and lower[at - 1] in VAGUE_HEADS:
            return words[:at]  # "one user on Down Detector" is a user
    return words


_UNNAMED = {"anonymous", "unnamed", "unidentified"}
# "four sources aware of the releases", "officials close to the talks": insiders, no names
_INFORMED = {"aware", "familiar", "close", "briefed", "knowledgeable"}
_OFFICE_OF = re.compile(r"\b(?:office|staff|camp|aides?)\s+of\b")
_VAGUE_NOUNS = VAGUE_HEADS - {"some", "many", "others", "reports"}


_BRAND_OPENING = re.compile(r"^[a-z]{1,3}(?=[A-Z][a-z])")


def source_kind(source: str) -> str:
    words = np_head(source.split())
    lower = [w.lower().strip(".,") for w in words]
    if len(words) == 1 and re.fullmatch(PRONOUN, source):
        return "pronoun"
    if len(words) == 1 and lower[0] in GROUP_HEADS:
        return "group"  # "Prosecutors said", "Delegates questioned": capitalised only as the
        # sentence's first word, a group of the event and no person's name
    if SORT_SPOKES.fullmatch(source):
        return "group"  # "the bank’s analysts": the bank the article names speaks
    if lower[0] in ("one", "some", "several", "many") and (len(lower) == 1 or lower[1] == "of"):
        return "vague"  # "according to one of its investors": which one is not said
    if (lower[-1] in VAGUE_HEADS or " ".join(lower[-2:]) in VAGUE_HEADS or lower[-1] in _INFORMED
            or not _UNNAMED.isdisjoint(lower)):  # "two anonymous Pentagon officials"
        return "vague"
    if "and" in lower[1:-1] and all(w.islower() for w in words) and (
            _VAGUE_NOUNS.intersection(lower[:lower.index("and")])):
        return "vague"  # "forecasters and officials urge": one of them unnamed, both are
    if lower[1:2] == ["other"] and lower[0] in ("one", "another"):
        lower = lower[:1] + lower[2:]  # "one other member stated"
    if len(lower) == 2 and lower[0] in ("one", "another") and (lower[1] in ROLE_NOUNS
                                                                or lower[1] in _ONE_UNNAMED):
        return "vague"  # "one analyst described it as", "another resident said": unnamed
    if 2 <= len(lower) <= 5 and lower[0] in ("a", "an", "one") and lower[-1] in _ONE_UNNAMED:
        return "vague"  # "what a Cal Fire official said was": one of a body, no name
    if len(lower) > 2 and lower[0] in ("a", "an", "one") and lower[1] in _ONE_UNNAMED and (
            lower[2] in _PREPOSITIONS):
        return "vague"  # "An aide in the office of ...": one of them, no name
    if 2 <= len(lower) <= 4 and lower[0] in ("a", "an", "one") and lower[-1] in _PRIVATE_ONE:
        return "vague"  # "a young woman said", "one 92-year-old rider said": someone unnamed
    if lower[-1] in ROLE_NOUNS and 2 <= len(words) <= 3 and lower[0] not in first_names() and (
            lower[0] in DETERMINERS or (all(w[:1].isupper() for w in words)
                                        and lower[0] not in HONORIFICS)):
        return "group"  # "The Mayor", "Information Minister": a role, found by the speakers
    if lower[0] in DETERMINERS:
        if lower[-1] in GROUP_HEADS:
            return "group"
        if lower[-1] in DOCUMENT_HEADS or words[-1][:1].isupper():
            return ("document" if lower[-1] in DOCUMENTS and not (
                words[-1][:1].isupper() and words[-2][:1].isupper()) else "body")  # "the
            # U.S. Geological Survey" names a body, "the survey" is a document
        return "group"
    if " ".join(lower) in places():
        return "body"  # "Kuwait condemned", "Saudi Arabia denied": a state speaks as a body
    first = words[0].removeprefix("al-").removeprefix("el-")  # "al-Shabaab" is a name
    first = _BRAND_OPENING.sub("", first)  # "comScore", "iRobot": a brand's lower-case opening
    if not first[:1].isupper() or (lower[-1] in GROUP_HEADS and words[-1].islower()):
        return "group" if lower[-1] in GROUP_HEADS else "vague"
    if lower[-1] in _GROUP_NOUNS and words[-1].islower():
        return "group"  # "Flight attendants have expressed concern"
    if any(w in DOCUMENT_HEADS for w in lower):
        return "body"
    if len(words) == 1 and _ACRONYM.fullmatch(words[0]):
        return "body"  # "NASA did not give a new launch date but said": no "he" after it
    if lower[-1] in ("inc", "corp", "ltd", "llc", "co", "plc"):
        return "body"  # "Velora, Inc."
    return "person"


_ACRONYM = re.compile(r"[A-Z]{2,6}")
