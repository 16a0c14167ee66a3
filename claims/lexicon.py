"""Lexicons shipped in claims/resources, loaded once through importlib.resources."""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

from claims.normalize import normalize_ar
from claims.prefilter import keyed, matches, openings


@cache
def entries(name: str) -> tuple[str, ...]:
    """Non-comment lines of resources/<name>.txt, stripped."""
    text = resources.files("claims.resources").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def words_ar(name: str) -> frozenset[str]:
    words = frozenset(normalize_ar(entry) for entry in entries(name))
    if name == "titles_ar":  # "الصحفى خوسيه ألفاريز": the Egyptian spelling of a title in ي
        words |= {word[:-1] + "ى" for word in words if word.endswith("ي") and len(word) > 4}
    return words


@cache
def words_en(name: str) -> frozenset[str]:
    return frozenset(word.lower() for entry in entries(name) for word in entry.split())


_ARABIC = re.compile("[\u0600-\u06FF]")


@cache
def phrase_pattern(name: str, arabic: bool, only: str = "") -> re.Pattern[str]:
    """One alternation of the file's phrases, on word boundaries; `^` entries anchor at the start.
    `only` "^" keeps the anchored entries alone, "*" the others."""
    anchored, anywhere, phrases = [], [], []
    for entry in entries(name):
        if only and (entry.startswith("^") != (only == "^")):
            continue
        if not arabic and _ARABIC.search(entry):
            continue  # an Arabic phrase never matches English text (and would cost a search
            # at every position: "\(تصوير" opens with no letter to look ahead for)
        body = _entry_body(entry, arabic)
        if entry.startswith("^"):
            anchored.append(body)
        elif body == re.escape(plain := normalize_ar(entry) if arabic else entry):
            phrases.append(plain)  # a phrase: into one tree of letters (lexicon.alternation),
            # where the engine tests each letter once, not every phrase in turn at every word
        else:
            anywhere.append(body)
    first_letters = _first_letters(phrases + anywhere, arabic)
    if phrases:
        anywhere.insert(0, alternation(frozenset(phrases)))
    parts = []
    prefix = r"(?:^|(?<=\s))[وف]?" if arabic else r"\b"  # "ومن المتوقع", "ويرى مراقبون"
    if anchored:
        lead = r"^(?:[وف]\s?)?" if arabic else r"^(?:[-–•·*]\s+)?"  # "- See the list ...": an
        # English list item's bullet
        parts.append(lead + "(?:" + "|".join(anchored) + ")")
    if anywhere:
        parts.append(prefix + first_letters + "(?:" + "|".join(anywhere) + ")"
                     + (r"(?=\s|$|[،,.:؛])" if arabic else r"\b"))
    return re.compile("|".join(parts) or r"(?!)", 0 if arabic else re.I)


def _entry_body(entry: str, arabic: bool) -> str:
    """The regular expression of one list entry, without its "^"."""
    body = entry.lstrip("^")
    if arabic:
        body = normalize_ar(body)
    if "\\" in body or "(" in body or ".*" in body:
        return body  # a regular expression
    # a phrase; a "$" at its end anchors it at the end ("^print$" is the whole line)
    return re.escape(body.removesuffix("$")) + ("$" if body.endswith("$") else "")


def is_furniture(text: str, lang: str, matchable: str | None = None) -> bool:
    """Page furniture, bylines and wire marks (resources/furniture.txt), the whole sentence;
    `matchable` is the text already normalised."""
    if matchable is None:
        matchable = normalize_ar(text) if lang == "ar" else text
    text = matchable.strip().lower()
    arabic = lang == "ar"  # the anchored phrases are tried at the start only, the rest anywhere
    if arabic:
        return bool(phrase_pattern("furniture", arabic, "^").match(text)
                    or phrase_pattern("furniture", arabic, "*").search(text))
    return in_list_en("furniture", text)


def in_list_en(name: str, text: str) -> bool:
    """Whether an English sentence holds an entry of a list: the anchored entries tried by the
    letter the text opens with, the others only where the text holds what they need (the
    alternation of a list's entries searched at every word cost more than all the rest of a
    filler rule)."""
    lower = text.strip().lower()
    by_letter, by_key, others = _anchored_by_letter(name)
    first = by_letter.get(lower[:1])
    return bool((first is not None and first.match(lower)) or matches(lower, by_key, others)
                or matches(lower, *_anywhere_keyed(name), anywhere=True))


@cache
def _anywhere_keyed(name: str) -> tuple[dict[str, re.Pattern[str]], re.Pattern[str]]:
    """The English entries of a list found anywhere in a sentence, grouped by what they must
    hold (claims.prefilter): a search of each of a few groups where the sentence holds its key
    costs a third of one search of their alternation at every word (measured on the furniture
    list)."""
    bodies = [_entry_body(entry, False) for entry in entries(name)
              if not entry.startswith("^") and not _ARABIC.search(entry)]
    return keyed(bodies, re.I, r"\b", r"\b")


@cache
def _anchored_by_letter(name: str) -> tuple[dict[str, re.Pattern[str]],
                                            dict[str, re.Pattern[str]], re.Pattern[str]]:
    """The English anchored entries of a list grouped by the lower-case letters they can open
    with (an entry under each of a few), and the rest grouped by what they must hold (claims.prefilter):
    an English sentence is tried against a few entries, not two hundred (the alternation of all
    of them cost 14 µs a sentence)."""
    groups: dict[str, list[str]] = {}
    for entry in entries(name):
        if entry.startswith("^") and not _ARABIC.search(entry):
            body = _entry_body(entry, False)
            letters = openings(body)  # a body that opens with any letter is better left
            for letter in letters if 0 < len(letters) <= 8 else [""]:  # to its key
                groups.setdefault(letter, []).append(body)
    by_key, others = keyed(groups.pop("", []), re.I)
    return ({letter: re.compile("^(?:" + "|".join(bodies) + ")", re.I)
             for letter, bodies in groups.items()}, by_key, others)


_SYNTAX = set("\\()[].^$*+?{}|")


def _opening_letter(body: str) -> str:
    """The lower-case character every match of `body` opens with, or "" when the body may open
    otherwise: it opens with regular expression syntax, its first character is optional or
    repeated, or it is an alternation at its top level."""
    if not body or body[0] in _SYNTAX or body[1:2] in ("?", "*", "{", "+"):
        return ""
    depth, index = 0, 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":  # a class: its "|" and brackets are letters
            index = body.find("]", index + 2) + 1 or len(body)
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            return ""
        index += 1
    return body[0].lower()


def _first_letters(bodies: list[str], arabic: bool) -> str:
    """A look-ahead for the letters the phrases start with: the regex engine then tries the
    alternation only where one of them stands (twice as fast on English news). Empty when a
    phrase starts with regex syntax."""
    letters = {_opening_letter(body.removeprefix("\\b")) for body in bodies}
    if "" in letters:
        return ""
    if not arabic:
        letters |= {c.swapcase() for c in letters}
    return "(?=[" + re.escape("".join(sorted(letters))) + "])"


def alternation(forms: frozenset[str] | set[str]) -> str:
    """A regex matching any of the literal `forms`, factored by shared prefixes ("sa(?:id|ys)")
    so the engine tests each letter once rather than every form in turn. A form that extends
    another is tried first, as in an alternation sorted longest first; forms that part at some
    letter cannot both match there, so the order between them does not matter."""
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for letter in form:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict[str, dict]) -> str:
    branches = [re.escape(letter) + _branches(child) for letter, child in sorted(node.items())
                if letter]
    if not branches:
        return ""
    single = len(branches) == 1 and "" not in node
    body = branches[0] if single else "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body
