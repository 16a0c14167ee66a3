"""Capitalised names in an English article, collected for the speaker book: titles and roles
left out ("Surrey Mayor Doug McCallum" -> "Doug McCallum"), so short mentions resolve to the
fullest name."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claims.people_en import ALLIED, WHEN_WORDS, places, split_name
from claims.words_en import PARTICLES

if TYPE_CHECKING:
    from claims.speakers import SpeakerBook

_EN_NAME = re.compile(
    r"[A-Z](?<!\B[A-Z])[\w’'\-]+(?:[ \t]+(?:(?:of|for|of[ \t]+the|"
    + PARTICLES.replace(r"\s", r"[ \t]") + r")[ \t]+)?"
    r"(?:(?:al-|el-)?[A-Z][\w’'\-]+|(?:[A-Z]\.){1,3}(?=[ \t]+[A-Z])))+"  # "John D. Podesta",
    # "Mohammad al-Abdullah al-Sabah"
)


_NOT_NAME_START = {
    "on", "in", "at", "but", "and", "although", "though", "many", "a", "an", "when", "after",
    "before", "while", "if", "as", "for", "from", "by", "with", "this", "that", "these", "those",
    "it", "he", "she", "they", "we", "i", "some", "most", "all", "rather", "because", "since",
    "both", "each", "either", "neither", "every", "only", "even", "also", "earlier", "later",
}


def _title_case(text: str, start: int) -> bool:
    """Whether the line starting at `start` is a headline in title case: nearly every word
    starts in capitals, and the line is not all capitals."""
    end = text.find("\n", start, start + 200)
    if end < 0 and len(text) - start > 200:
        return False  # a paragraph, no headline
    line = text[start:end if end >= 0 else len(text)]
    words = [w for w in line.split() if w[:1].isalpha() and w not in _SMALL_WORDS]
    return (len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
            and not line.isupper())


def _capitals_line(text: str, start: int) -> bool:
    """Whether the line starting at `start` is written all in capitals."""
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)].isupper()


# the small words title case leaves in lower case: "... Slaps New Sanctions against Iran and
# Russia" is a headline in title case
_SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "nor", "for", "on", "at", "to", "by", "of",
                "in", "with", "from", "as", "against", "into", "over", "after", "amid", "vs"}


_NOT_OPENING = _NOT_NAME_START | {"the", "un", "u.n.",
                                  # a count opening a sentence: "Seven JCPenney stores"
                                  "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                  "ten", "eleven", "twelve", "dozens", "hundreds", "thousands"}
_SAID_FIRST = ("Said", "Says")
_SECTIONS = {"news", "travel", "business", "sport", "sports", "world", "politics", "opinion",
             "lifestyle", "entertainment", "tech", "technology", "health", "money", "local"}


# a number after a name, as a model's is written: "Falcon 9", "Boeing 737"
_NUMBERED = re.compile(r"[ \t]+(?!(?:19|20)\d\d\b)\d{1,4}\b(?![,.:\-–]\d)")  # (no year)
# a model's designation: "HC-130", "MH-60", "F-16"
_MODEL = re.compile(r"[A-Z]{1,4}-\d{1,4}[A-Z]?")


# the last words of an institution's name after "and": "... Disease Control and Prevention",
# "California Department of Forestry and Fire Protection"
_AND_NAME = re.compile(r"[ \t]+and[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?\b(?![ \t]+[A-Z])")


def collect_names_en(text: str, book: SpeakerBook) -> None:
    """Adds capitalised names to the book, titles and roles left out ("Surrey Mayor Doug
    McCallum" -> "Doug McCallum"), so short mentions resolve to them. A headline in title
    case names nobody: "Twitter Strikes Back" is no name."""
    titled: dict[int, bool] = {}  # line start -> whether the line is in title case
    for match in _EN_NAME.finditer(text):
        line = text.rfind("\n", 0, match.start()) + 1
        if line not in titled:
            titled[line] = _title_case(text, line)
        if titled[line]:
            continue
        words = match.group().split()
        if len(words) > 2 and _capitals_line(text, line):
            continue  # "QUINNIPIAC UNIVERSITY POLL FINDS;": a headline in capitals runs on
        joined = _AND_NAME.match(text, match.end()) if len(words) > 2 and (
            "for" in words or "of" in words) else None
        if joined:  # "Centers for Disease Control and Prevention": one body's name
            words = words + joined.group().split()
        if words[0] in _SAID_FIRST and text[match.end():match.end() + 1] in (":", ","):
            words = words[1:]  # "Said Ellis: ...": the verb before its source, no given name
        if match.start() == line and words[0] == "Home" and words[1:2] and (
                words[1].lower() in _SECTIONS):
            words = words[2:]  # a breadcrumb: "Home Travel Flybe flights cancelled"
        runs = [words]
        if "of" in words and words[-1].endswith(("'", "’", "'s", "’s")):
            at = words.index("of")  # "said Reid of Mahomes’ hand", "Part of Ian Poulter’s
            runs = [words[:at], words[at + 1:]]  # office": two runs, neither with "of"
        if re.search(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Cc]onsul)\s+to\s+$",
                     text[max(0, match.start() - 20):match.start()]) and (
                len(words) > 2 and words[0].lower() in places()):
            runs = [words[1:]]  # "Ambassador to France Sami Al-Sulaiman": the place is no name
        if _NUMBERED.match(text, match.end()) and len(runs) == 1 and len(words) > 1 and (
                not words[-1].endswith(("'s", "’s"))):  # not "Adam Sandler's 2010 film"
            runs = [words[:-1]]  # "A SpaceX Falcon 9 rocket": "Falcon 9" is the model, and
            # "SpaceX" no fuller "SpaceX Falcon"
        for run in runs:
            _add_name_en(run, match.start(), book)


def _add_name_en(words: list[str], offset: int, book: SpeakerBook) -> None:
    model = next((i for i, w in enumerate(words) if _MODEL.fullmatch(w)), None)
    if model is not None:  # "a Coast Guard HC-130 Hercules plane": the aircraft is no fuller
        words = words[:model]  # name of the Coast Guard
    while words and (words[0].lower() in _NOT_OPENING
                     or words[0].endswith(("'", "’", "'s", "’s", *ALLIED))):
        words = words[1:]  # "Texans' Gary Kubiak", "Michigan's Jim Harbaugh": the owner;
        # "Al-Qaeda-linked al-Shabaab": the ally
    _, words = split_name(words)
    while words and words[0][0].islower():  # "CEO of Civic Action"
        words = words[1:]
    while len(words) > 2 and words[-1].lower() in WHEN_WORDS:
        words = words[:-1]  # "Kuwait’s Foreign Ministry Saturday utterly denied"
    if len(words) >= 2:
        book.add_at(re.sub(r"[’']s$", "", " ".join(words)), offset)
