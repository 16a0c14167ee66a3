"""Lexicons shipped in claims/resources, loaded once through importlib.resources."""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

from claims.normalize import normalize_ar


@cache
def entries(name: str) -> tuple[str, ...]:
    """Non-comment lines of resources/<name>.txt, stripped."""
    text = resources.files("claims.resources").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def words_ar(name: str) -> frozenset[str]:
    return frozenset(normalize_ar(entry) for entry in entries(name))


@cache
def words_en(name: str) -> frozenset[str]:
    return frozenset(word.lower() for entry in entries(name) for word in entry.split())


_ARABIC = re.compile("[\u0600-\u06FF]")


@cache
def phrase_pattern(name: str, arabic: bool, only: str = "") -> re.Pattern[str]:
    """One alternation of the file's phrases, on word boundaries; `^` entries anchor at the start.
    `only` "^" keeps the anchored entries alone, "*" the others."""
    anchored, anywhere = [], []
    for entry in entries(name):
        if only and (entry.startswith("^") != (only == "^")):
            continue
        if not arabic and _ARABIC.search(entry):
            continue  # an Arabic phrase never matches English text (and would cost a search
            # at every position: "\(تصوير" opens with no letter to look ahead for)
        target = anchored if entry.startswith("^") else anywhere
        body = entry.lstrip("^")
        if arabic:
            body = normalize_ar(body)
        if "\\" in body or "(" in body or ".*" in body:
            target.append(body)  # a regular expression
        else:  # a phrase; a "$" at its end anchors it at the end ("^print$" is the whole line)
            target.append(re.escape(body.removesuffix("$")) + ("$" if body.endswith("$") else ""))
    parts = []
    prefix = r"(?:^|(?<=\s))[وف]?" if arabic else r"\b"  # "ومن المتوقع", "ويرى مراقبون"
    if anchored:
        lead = r"^(?:[وف]\s?)?" if arabic else r"^"
        parts.append(lead + "(?:" + "|".join(anchored) + ")")
    if anywhere:
        parts.append(prefix + _first_letters(anywhere, arabic) + "(?:" + "|".join(anywhere) + ")"
                     + (r"(?=\s|$|[،,.:؛])" if arabic else r"\b"))
    return re.compile("|".join(parts) or r"(?!)", 0 if arabic else re.I)


def is_furniture(text: str, lang: str, matchable: str | None = None) -> bool:
    """Page furniture, bylines and wire marks (resources/furniture.txt), the whole sentence;
    `matchable` is the text already normalised."""
    if matchable is None:
        matchable = normalize_ar(text) if lang == "ar" else text
    text = matchable.strip().lower()
    arabic = lang == "ar"  # the anchored phrases are tried at the start only, the rest anywhere
    return bool(phrase_pattern("furniture", arabic, "^").match(text)
                or phrase_pattern("furniture", arabic, "*").search(text))


def _first_letters(bodies: list[str], arabic: bool) -> str:
    """A look-ahead for the letters the phrases start with: the regex engine then tries the
    alternation only where one of them stands (twice as fast on English news). Empty when a
    phrase starts with regex syntax."""
    if not all(body[:1].isalnum() for body in bodies):
        return ""
    letters = {body[0] for body in bodies}
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
