"""The source after "according to": "according to police", "according to exit polls",
"according to the top British medical journal", "according to conservative talk radio host Rush
Limbaugh", "according to a new report by Politico". Any noun phrase can follow, so the phrase
runs to the next comma, bracket, dash or relative clause, not to a list of source nouns."""
from __future__ import annotations

import re

_CUE = re.compile(r"\b[Aa]ccording to\s+")
_END = re.compile(r"\s*(?:[,.;:!?()\[\]—–―\"“”]|\s(?:who|which|that|and|but|as|when|while|"
                  r"after|before|because|if|since|in|on|at|to|for|of|with|last|this|earlier)\s)")
# "according to plan", "according to the rules": manner, not a source
_NOT_SOURCES = {"plan", "plans", "schedule", "rules", "rule", "law", "laws", "tradition", "custom",
                "wishes", "instructions", "protocol", "procedure", "script", "design", "size",
                "age", "need", "needs", "type", "taste", "season", "scripture", "legend",
                "himself", "herself", "themselves", "him", "her", "them", "me", "us"}
_ABBREVIATION = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Rev|Sgt|"
                           r"Capt|Supt|Insp|Det|Hon|Inc|Co|Corp|Ltd)|\b[A-Z])$")
_NAME_RUN = re.compile(r"(?:[A-Z][\w.’'\-]*)(?:\s+(?:of|for|to|on|the|and|de)?\s*[A-Z][\w.’'\-]*)*$")
_BY = re.compile(r"\s(?:by|from|of)\s+(?:the\s+)?(?P<name>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*)$")
MAX_WORDS = 12


def according_source(sentence: str) -> tuple[int, int, str] | None:
    """(cue start, source start, source) of the first "according to" with a source."""
    for cue in _CUE.finditer(sentence):
        start = cue.end()
        phrase = sentence[start:_phrase_end(sentence, start)].strip()
        words = phrase.split()
        if not words or len(words) > MAX_WORDS or words[-1].lower() in _NOT_SOURCES:
            continue
        by = _BY.search(phrase)  # "a new report by Politico": the body behind the report
        if by:
            return cue.start(), start + by.start("name"), by.group("name")
        if words[0][:1].islower() and words[0] not in ("the", "a", "an"):
            named = _NAME_RUN.search(phrase)  # "conservative talk radio host Rush Limbaugh"
            if named and named.start() > 0 and not words[0].endswith("’s"):
                return cue.start(), start + named.start(), named.group()
        return cue.start(), start, phrase
    return None


def _phrase_end(sentence: str, start: int) -> int:
    """Where the noun phrase after the cue ends: not at the stop of "Dr." or "W.", and not at a
    word of a name ("Alliance to Reclaim Our Schools")."""
    for end in _END.finditer(sentence, start):
        mark = end.group().strip()
        if mark == "." and _ABBREVIATION.search(sentence, start, end.start()):
            continue
        if mark.isalpha() and sentence[end.end():end.end() + 1].isupper() and _ends_capitalised(
                sentence[start:end.start()]):
            continue
        return end.start()
    return len(sentence)


def _ends_capitalised(text: str) -> bool:
    words = text.split()
    return bool(words) and words[-1][:1].isupper()
