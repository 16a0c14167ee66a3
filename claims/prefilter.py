"""What text a regular expression cannot match without: the literal runs and the characters
every match holds, read from the parsed expression (re._parser). A list of whole-sentence
patterns is then tried against a sentence only when the sentence holds one of them, so a long
list costs a few substring tests a sentence instead of a failed attempt at every entry."""
from __future__ import annotations

import re
import re._parser as parser
from re._constants import (
    BRANCH,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    POSSESSIVE_REPEAT,
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


def keyed(bodies: list[str], flags: int) -> tuple[dict[str, re.Pattern[str]], re.Pattern[str]]:
    """The bodies grouped under the strings one of which each needs (a body under each of its
    strings), each group one anchored pattern; and one pattern of the bodies that need nothing
    known."""
    groups: dict[str, list[str]] = {}
    always: list[str] = []
    for body in bodies:
        found = keys(body)
        for key in found:
            groups.setdefault(key, []).append(body)
        if not found:
            always.append(body)
    def compiled(group: list[str]) -> re.Pattern[str]:
        return re.compile("^(?:" + "|".join(group) + ")" if group else r"(?!)", flags)
    return {key: compiled(group) for key, group in groups.items()}, compiled(always)


def matches(text: str, by_key: dict[str, re.Pattern[str]], always: re.Pattern[str]) -> bool:
    return any(key in text and pattern.match(text) for key, pattern in by_key.items()) or bool(
        always.match(text))
