"""Arabic normalisation for matching only, with a map back to the original offsets.

Diacritics and tatweel are dropped; alef forms and taa marbuta are unified. Alef maqsura stays apart
while matching (so the name "علي" is not the preposition "على") and is unified only when names are
compared (`fold_name`). Offsets reported by the pipeline always come from the original text.
"""
from __future__ import annotations

import re

from pyarabic import araby

_DROP = set(araby.TASHKEEL) | {araby.TATWEEL, "\u0670"}
_TABLE = str.maketrans(
    {**{c: None for c in _DROP}, "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه",
     "ؤ": "و", "ئ": "ي"}
)
_HAS_DROP = re.compile("[" + "".join(sorted(_DROP)) + "]")
# Arabic typed on a Persian keyboard: keheh is kaf, and farsi yeh is yaa inside a word and alef
# maqsura at its end ("وأکد دوجاریک", "فی", "إلی"); one letter for one, so offsets hold
_FARSI_YEH_END = re.compile("\u06cc(?![\u0621-\u064a\u066e-\u06d3])")


# tatweel standing alone between spaces is a dash ("مكة المكرمة ــ أعلنت"): its first stroke
# becomes "-", one letter for one, and the rest is dropped as tatweel inside a word is
_LONE_TATWEEL = re.compile(r"(?<!\S)\u0640+(?!\S)")


def _arabic_letters(text: str) -> str:
    if "\u0640" in text:
        text = _LONE_TATWEEL.sub(lambda run: "-" + run.group()[1:], text)
    if "\u06cc" not in text and "\u06a9" not in text:
        return text
    return _FARSI_YEH_END.sub("ى", text).replace("\u06cc", "ي").replace("\u06a9", "ك")


def normalize_ar(text: str) -> str:
    return _arabic_letters(text).translate(_TABLE)


def fold_name(text: str) -> str:
    """normalize_ar, and alef maqsura as yaa: the comparison DESIGN.md defines for names."""
    return normalize_ar(text).replace("ى", "ي")


def normalize_with_map(text: str) -> tuple[str, list[int] | None]:
    """(normalised text, original index of each normalised character), or None when the two
    texts have the same length and so the same offsets."""
    letters = _arabic_letters(text)  # one letter for one: the offsets of `text`
    normalized = letters.translate(_TABLE)
    if not _HAS_DROP.search(letters):
        return normalized, None
    return normalized, [i for i, c in enumerate(letters) if c not in _DROP]


def to_original(index_map: list[int] | None, start: int, end: int) -> tuple[int, int]:
    if index_map is None:
        return start, end
    if start >= len(index_map):
        return index_map[-1] + 1, index_map[-1] + 1
    return index_map[start], index_map[end - 1] + 1 if end > start else index_map[start]
