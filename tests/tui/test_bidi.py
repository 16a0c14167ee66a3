"""The display helper on mixed Arabic, English and digits."""
from __future__ import annotations

from bidi.algorithm import get_display
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.bidi import BidiMode, display_lines, has_rtl, inline, shape, visual_order, wrap

MIXED = "قال السفير Jassem Al-Mubaraki إن 25 دولة (منها الكويت) وقعت في 2021."


def test_reordering_matches_python_bidi_and_keeps_latin_and_digits_readable():
    visual = "".join(char for char, _ in visual_order(MIXED, rtl=True))
    assert visual == get_display(MIXED, base_dir="R")
    assert "Jassem Al-Mubaraki" in visual and "25" in visual and "2021" in visual
    assert visual.endswith("لاق")  # the first word of the sentence is at the right edge
    assert "(تيوكلا اهنم)" in visual  # brackets mirrored, so they read ( ) on screen


def test_each_character_keeps_its_logical_index():
    for char, index in visual_order(MIXED, rtl=True):
        assert char == MIXED[index] or char in "()"


def test_wrap_comes_before_reordering():
    text = " ".join(["كلمة"] * 6 + ["word", "123"] + ["ثانية"] * 6)
    lines = display_lines(text, 20, BidiMode.REORDER)
    spans = wrap(text, 20)
    assert len(lines) == len(spans) > 1
    for line, (start, end) in zip(lines, spans):
        logical = text[start:end]
        # the same words, each line reordered on its own and right-aligned to the width
        assert sorted(line.plain.split()) == sorted(get_display(logical, base_dir="R").split())
        assert cell_len(line.plain) == 20


def test_styles_follow_their_characters():
    start = MIXED.index("السفير")
    line = display_lines(MIXED, 200, BidiMode.REORDER, spans=[(start, start + 6, "bold")])[0]
    bold = "".join(line.plain[s.start:s.end] for s in line.spans if s.style == "bold")
    assert bold == "السفير"[::-1]


def test_shaping_uses_presentation_forms_and_keeps_length():
    shaped = shape("السفير")
    assert len(shaped) == len("السفير") and all("\ufe70" <= c <= "\ufeff" for c in shaped)
    line = display_lines("قال السفير", 40, BidiMode.SHAPE)[0]
    assert any("\ufe70" <= c <= "\ufeff" for c in line.plain)


def test_off_leaves_logical_order_and_english_untouched():
    assert display_lines(MIXED, 200, BidiMode.OFF)[0].plain == MIXED
    english = "The Bureau emphasized that 25 programmes (all new) will start."
    for mode in BidiMode:
        assert display_lines(english, 200, mode)[0].plain == english


def test_inline_cuts_the_end_not_the_beginning():
    short = inline(MIXED, BidiMode.REORDER, 12)
    assert cell_len(short) <= 12 and short.startswith("…") and short.endswith("لاق")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابتثجحخ دذرزسش abcXYZ 0123 .,()«»\n\u200f")),
               max_size=200), st.integers(min_value=1, max_value=50))
def test_any_text_wraps_within_the_width_and_loses_no_letter(text, width):
    for mode in BidiMode:
        lines = display_lines(text, width, mode)
        assert all(cell_len(line.plain) <= width for line in lines)
        mirror = str.maketrans("()«»", "[[<<", "\u200f")  # mirrored pairs count as one
        letters = sorted("".join(text.split()).translate(mirror))
        shown = sorted("".join("".join(line.plain for line in lines).split()).translate(mirror))
        if mode is not BidiMode.SHAPE:
            assert shown == letters
        assert has_rtl("".join(l.plain for l in lines)) == has_rtl(text.replace("\u200f", ""))
