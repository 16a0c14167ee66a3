"""Arabic or English, by counting letters of each script."""
from __future__ import annotations

import re
import string
from collections.abc import Iterable

from claims.model import DocLang, Lang

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]+")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]+")
_ASCII_LETTERS = string.ascii_letters.encode()
MIXED_SHARE = 0.2  # a document is "mixed" when the smaller script holds at least this share


def letter_counts(text: str) -> tuple[int, int]:
    """(Arabic letters, Latin letters)."""
    if text.isascii():  # most English sentences: no Arabic, and the letters counted in C
        data = text.encode("ascii")
        return 0, len(data) - len(data.translate(None, _ASCII_LETTERS))
    return sum(map(len, _ARABIC.findall(text))), sum(map(len, _LATIN.findall(text)))  # runs


def sentence_language(text: str, default: Lang) -> Lang:
    arabic, latin = letter_counts(text)
    if arabic > latin:
        return "ar"
    if latin > arabic:
        return "en"
    return default


def document_language(counts: Iterable[tuple[int, int]]) -> DocLang:
    arabic = latin = 0
    for a, l in counts:
        arabic += a
        latin += l
    total = arabic + latin
    if total == 0:
        return "en"
    if min(arabic, latin) / total >= MIXED_SHARE:
        return "mixed"
    return "ar" if arabic > latin else "en"


def majority(lang: DocLang, counts: tuple[int, int]) -> Lang:
    """The language for sentences with no letters of their own (".", "*", "2021")."""
    if lang != "mixed":
        return lang
    return "ar" if counts[0] >= counts[1] else "en"
