"""The wire dateline that opens an English lead sentence: "RIYADH, Nov 22 (NNN-SPA) –",
"(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Jan 9 (KUNA) -", "WASHINGTON (Reuters) -",
"Dubai:". It names where the story was filed, never who speaks, so the attribution rules read
the sentence with it blanked out; so too a relative clause set off by dashes between a subject
and its verb, and the city before a region in "The Waterloo, Ontario-based company"."""
from __future__ import annotations

import re

from claims.people_en import places

_DATELINE = re.compile(
    r"\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?"  # a syndication tag: "(MENAFN- ... (KUNA))"
    r"[A-Z][A-Z.’'\-]+(?:\s+[A-Z][A-Z.’'\-]+){0,3}"  # the place in capitals
    r"(?:\s*\([A-Z][a-z][^()]{0,28}\))?"  # its country: "PUTRAJAYA (Malaysia), May 10"
    r"(?:,\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?"  # ", Nov 22", ", Colo."
    r"(?:\s*\([^()]{1,30}\))?"  # "(KUNA)", "(Reuters)"
    r"\s*(?:--|[-–—])\s+")
# a press release's dateline: "MCLEAN, VA / ACCESSWIRE / February 22, 2023 / Cyren ...",
# "DURHAM, NC and EXTON, PA, May 30, 2023 — Aceragen, Inc. ...", "... (GLOBE NEWSWIRE) --"
_CITY_STATE = r"[A-Z][A-Z.’'\-]+(?:\s+[A-Z][A-Z.’'\-]+){0,3},\s+[A-Z][A-Za-z.]{1,5}"
_DATE = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}"
_PRESS_DATELINE = re.compile(
    rf"\s*{_CITY_STATE}(?:\s+and\s+{_CITY_STATE})?"
    rf"(?:\s*/\s*[A-Za-z][A-Za-z ]{{1,30}}?\s*/\s*{_DATE}\s*/\s*"
    rf"|,?\s+{_DATE}\s*(?:\([A-Za-z ]{{2,30}}\)\s*)?(?:--|[-–—])\s*)")
# "DUBAI, July 31 Zain, ... reported": a wire's place and day with no dash before the subject
_DATELINE_NO_DASH = re.compile(r"\s*[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                               r"\s+(?=[A-Z])")
# "Dubai: Saudi Arabia will ...": a place and a colon, in the style of Gulf papers; "KUWAIT
# CITY, Dec 12: ..." in capitals with the day
_PLACE_COLON = re.compile(r"\s*(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}"
                          r"|[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}(?=,\s+[A-Z][a-z]{2,8}\.?\s+\d))"
                          r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?:\s+")
# "..., reports Al-Anba daily.": the paper that carried what was said, written last, in the
# style of Kuwait's English papers
RELAY_TAIL = re.compile(r",\s+(?P<cue>reports|reported|writes|wrote)\s+(?P<src>(?:the\s+|a\s+)?"
                        r"[^,;:\"“”]{0,40}?\b(?:daily|newspaper|weekly|website|news\s+agency))"
                        r"\s*\.?\s*$")


def blank_dateline(sentence: str) -> str:
    """The sentence with its opening dateline turned into spaces (same length: offsets hold)."""
    head = sentence[:100]
    if ("-" not in head and "–" not in head and "—" not in head and ":" not in head
            and not head[:2].isupper()):
        return sentence  # most sentences: no dash or colon near the start, no dateline
    found = (_DATELINE.match(sentence) or _DATELINE_NO_DASH.match(sentence)
             or _PRESS_DATELINE.match(sentence))
    if found is None:
        found = _PLACE_COLON.match(sentence)
        if found is None or (found.group("place").lower() not in places()
                             and not found.group("place").isupper()):
            return sentence
    return " " * found.end() + sentence[found.end():]


# "DexCom - which makes glucose monitors - said": a relative clause set off by dashes between
# the subject and its verb (not "According to the study — which ... — the retail industry")
_DASHED = re.compile(
    r"\s[-–—]\s(?:which|who|whose|where)\b(?:(?!\s[-–—]\s)[^\"“”]){1,160}?\s[-–—]"
    r"(?=\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her)\b)[a-z])")


def blank_relay(sentence: str) -> str:
    """The sentence with a closing ", reports Al-Anba daily" turned into spaces."""
    if "daily" not in sentence and "news" not in sentence and "paper" not in sentence and (
            "weekly" not in sentence and "website" not in sentence):
        return sentence
    return RELAY_TAIL.sub(lambda found: " " * len(found.group()), sentence)


def blank_dashed(sentence: str) -> str:
    """The sentence with a clause between dashes turned into spaces (offsets hold)."""
    if " - " not in sentence and "–" not in sentence and "—" not in sentence:
        return sentence
    return _DASHED.sub(lambda found: " " * len(found.group()), sentence)


# "The Waterloo, Ontario-based company said": the city and its comma, before "Region-based"
_CITY_BASED = re.compile(r"(?<=\b[Tt]he\s)[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?,\s+"
                         r"(?=[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?-based\s)")


def blank_city(sentence: str) -> str:
    """The sentence with the city of a "City, Region-based" subject turned into spaces."""
    if "-based" not in sentence:
        return sentence
    return _CITY_BASED.sub(lambda found: " " * len(found.group()), sentence)
