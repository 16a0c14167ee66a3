"""Arabic in a terminal. Textual and Rich lay text out left to right only, so most terminals show
Arabic reversed. The text stays logical everywhere else; for display only we wrap the logical
text first, then reorder each visual line with python-bidi's algorithm and, if asked, shape the
letters with arabic-reshaper, and right-align right-to-left paragraphs.

Styles (highlighted spans) are given in logical offsets and follow their characters through the
reordering, which is why we drive python-bidi's algorithm steps ourselves instead of its
`get_display`: we need to know where each character went.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi import algorithm as uba
from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# Length-preserving shaping: no lam-alef ligatures and harakat kept, so styles keep their places.
_RESHAPER = ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": False})


class BidiMode(str, Enum):
    OFF = "off"  # for terminals that do bidi themselves (GNOME Terminal, Konsole)
    REORDER = "reorder"
    SHAPE = "shape"  # reorder and shape letters

    def next(self) -> BidiMode:
        modes = list(BidiMode)
        return modes[(modes.index(self) + 1) % len(modes)]


def has_rtl(text: str) -> bool:
    return RTL.search(text) is not None


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of logical text into (start, end) spans of at most `width` cells.
    Spaces at a break are dropped; a word longer than the width is cut."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]*", text):
        start, end = paragraph.span()
        if start == end and lines and lines[-1][1] == start:
            continue  # the empty match that follows every paragraph
        line_start, line_end, used = start, start, 0
        for word in re.finditer(r"\S+", text[start:end]):
            w_start, w_end = start + word.start(), start + word.end()
            size = cell_len(text[w_start:w_end])
            gap = 0 if line_end == line_start else cell_len(text[line_end:w_start])
            if used and used + gap + size > width:
                lines.append((line_start, line_end))
                line_start, line_end, used, gap = w_start, w_start, 0, 0
            if used == 0:
                line_start = w_start  # a line never starts with the spaces before its word
            while size > width:  # hard-cut a very long word
                cut = _cut(text, w_start, width - used if used else width)
                lines.append((line_start, cut))
                line_start = line_end = w_start = cut
                used, size = 0, cell_len(text[cut:w_end])
            used += gap + size
            line_end = w_end
        lines.append((line_start, line_end))
    return lines


def _cut(text: str, start: int, cells: int) -> int:
    used, index = 0, start
    while index < len(text) and used + cell_len(text[index]) <= max(1, cells):
        used += cell_len(text[index])
        index += 1
    return max(index, start + 1)


def shape(line: str) -> str:
    """Arabic presentation forms for the letters of `line`, same length (or `line` unchanged)."""
    shaped = _RESHAPER.reshape(line)
    return shaped if len(shaped) == len(line) else line


def visual_order(line: str, rtl: bool) -> list[tuple[str, int]]:
    """The characters of `line` in display order, each with its logical index (brackets
    mirrored), by the Unicode bidirectional algorithm as python-bidi implements it."""
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(line, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    for step in (uba.resolve_neutral_types, uba.resolve_implicit_levels,
                 uba.reorder_resolved_levels, uba.apply_mirroring):
        step(storage, False)
    return [(char["ch"], char["index"]) for char in storage["chars"]]


Span = tuple[int, int, Style | str]


def display_lines(
    text: str, width: int, mode: BidiMode = BidiMode.SHAPE, *, rtl: bool | None = None,
    spans: Sequence[Span] = (),
) -> list[Text]:
    """`text` as display lines of at most `width` cells. `rtl` is the paragraph direction
    (default: right-to-left when the text holds Arabic); `spans` style logical ranges.
    Consecutive claims share most of their context, so recent results are kept."""
    lines = _display_lines(text, width, mode, rtl, tuple(spans))
    return [line.copy() for line in lines]


@lru_cache(maxsize=512)
def _display_lines(
    text: str, width: int, mode: BidiMode, rtl: bool | None, spans: tuple[Span, ...],
) -> tuple[Text, ...]:
    if rtl is None:
        rtl = has_rtl(text)
    styles: list[Style | str | None] = [None] * len(text)
    for start, end, style in spans:
        for index in range(max(0, start), min(len(text), end)):
            styles[index] = style
    lines = []
    for start, end in wrap(text, width):
        logical = text[start:end]
        if mode is BidiMode.OFF or not has_rtl(logical):
            order = [(char, index) for index, char in enumerate(logical)]
        else:
            shaped = shape(logical) if mode is BidiMode.SHAPE else logical
            order = visual_order(shaped, rtl)
        line = Text()
        for char, index in order:
            line.append(char, styles[start + index] or "")
        if rtl and mode is not BidiMode.OFF:
            line.pad_left(max(0, width - cell_len(line.plain)))
        lines.append(line)
    return tuple(lines)


def inline(text: str, mode: BidiMode = BidiMode.SHAPE, width: int | None = None) -> str:
    """A short fragment (a name, a cue, a queue cell) as one display line: cut to `width` cells
    in logical order first, so a right-to-left line loses its end, not its beginning."""
    text = " ".join(text.split())
    if width is not None and cell_len(text) > width:
        text = text[:_cut(text, 0, width - 1)] + "…"
    if mode is BidiMode.OFF or not has_rtl(text):
        return text
    shaped = shape(text) if mode is BidiMode.SHAPE else text
    return "".join(char for char, _ in visual_order(shaped, True))
