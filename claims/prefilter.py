"""What text a regular expression cannot match without: the literal runs and the characters
every match holds, read from the parsed expression (re._parser). A list of whole-sentence
patterns is then tried against a sentence only when the sentence holds one of them, so a long
list costs a few substring tests a sentence instead of a failed attempt at every entry."""
from __future__ import annotations

import re
import re._parser as parser
from re._constants import (
    AT,
    AT_BEGINNING,
    AT_BOUNDARY,
    BRANCH,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    POSSESSIVE_REPEAT,
    RANGE,
    SUBPATTERN,
)

_REPEATS = (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT)


def keys(body: str) -> tuple[str, ...]:
    """Strings of which every match of `body` holds at least one (the longest literal run it
    must hold, else the characters of a class or of branches it must hold); () when nothing is
    known. The body is matched against lower-case text, so its literals are taken as written."""
    needs = [group for group in _needs(parser.parse(body))
             if len(group) <= 3 and not all(key in (" ", "\t") for key in group)]  # a space,
    runs = [group for group in needs if len(group) == 1]  # or one of many words, tells little
    if runs:
        return max(runs, key=lambda group: len(group[0]))
    return min(needs, key=len) if needs else ()


def _needs(sequence) -> list[tuple[str, ...]]:
    needs: list[tuple[str, ...]] = []
    run = ""
    for op, arg in sequence:
        if op is LITERAL:
            run += chr(arg)
            continue
        if run:
            needs.append((run,))
            run = ""
        if op is IN and all(kind is LITERAL for kind, _ in arg):
            needs.append(tuple(chr(code) for _, code in arg))
        elif op is SUBPATTERN and arg[-1] is not None:
            needs.extend(_needs(arg[-1]))
        elif op in _REPEATS and arg[0] >= 1:
            inner = _needs(arg[2])
            if arg[0] >= 2 and len(arg[2]) == 1 and arg[2][0][0] is IN and inner:
                chars = inner[0]  # "[ \t]{3,}": three spaces running, or a tab
                inner = [(chars[0] * arg[0], *chars[1:])]
            needs.extend(inner)
        elif op is BRANCH:
            firsts = [_needs(branch) for branch in arg[1]]
            if all(firsts):
                needs.append(tuple({key for first in firsts for key in first[0]}))
    if run:
        needs.append((run,))
    return needs


def keyed(bodies: list[str], flags: int, lead: str = "^",
          tail: str = "") -> tuple[dict[str, re.Pattern[str]], re.Pattern[str]]:
    """The bodies grouped under the strings one of which each needs (a body under each of its
    strings), each group one pattern between `lead` and `tail` (anchored at the start unless
    told); and one pattern of the bodies that need nothing known."""
    groups: dict[str, list[str]] = {}
    always: list[str] = []
    for body in bodies:
        found = keys(body)
        for key in found:
            groups.setdefault(key, []).append(body)
        if not found:
            always.append(body)
    def compiled(group: list[str]) -> re.Pattern[str]:
        return re.compile(lead + "(?:" + "|".join(group) + ")" + tail if group else r"(?!)", flags)
    return {key: compiled(group) for key, group in groups.items()}, compiled(always)


def matches(text: str, by_key: dict[str, re.Pattern[str]], always: re.Pattern[str],
            anywhere: bool = False) -> bool:
    """Whether a pattern of `keyed` matches at the start of the text (`anywhere`: in it)."""
    if anywhere:
        return any(key in text and pattern.search(text) for key, pattern in by_key.items()) or bool(
            always.search(text))
    return any(key in text and pattern.match(text) for key, pattern in by_key.items()) or bool(
        always.match(text))


def openings(body: str) -> frozenset[str]:
    """The lower-case characters a match of `body` can open with; empty when that is not known
    (a class of a category, any character, a look-around) or when the body can match nothing,
    or would allow more than sixty."""
    found, empty = _openings(parser.parse(body))
    return frozenset() if found is None or empty or len(found) > 60 else frozenset(found)


def _openings(sequence) -> tuple[set[str] | None, bool]:
    """The characters a match of the parsed sequence can open with (None: not known), and
    whether it can match nothing."""
    chars: set[str] = set()
    for op, arg in sequence:
        if op is AT and arg in (AT_BEGINNING, AT_BOUNDARY):
            continue
        if op is LITERAL:
            return chars | {chr(arg).lower()}, False
        if op is IN:
            if not all(kind in (LITERAL, RANGE) for kind, _ in arg) or sum(
                    1 + (value[1] - value[0] if kind is RANGE else 0) for kind, value in arg) > 60:
                return None, False
            for kind, value in arg:
                low, high = value if kind is RANGE else (value, value)
                chars |= {chr(code).lower() for code in range(low, high + 1)}
            return chars, False
        if op is SUBPATTERN or op in _REPEATS or op is BRANCH:
            parts = ([arg[-1]] if op is SUBPATTERN else [arg[2]] if op in _REPEATS else arg[1])
            results = [_openings(part) for part in parts]
            if any(found is None for found, _ in results):
                return None, False
            chars |= {char for found, _ in results for char in found}
            empty = any(can for _, can in results) or (op in _REPEATS and arg[0] == 0)
            if not empty:
                return chars, False
            continue
        return None, False  # a look-around, any character, a category, a back reference
    return chars, True
