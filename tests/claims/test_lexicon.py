from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from claims.lexicon import alternation, entries
from tests.conftest import shared_path


def longest_first(forms: set[str]) -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, forms), key=len, reverse=True)))


def test_alternation_matches_the_longest_form_as_a_sorted_alternation_does():
    forms = {"said", "say", "says", "saying", "told", "tell", "s"}
    pattern = re.compile(alternation(forms))
    assert pattern.match("sayings").group() == "saying"
    assert pattern.match("says").group() == "says"
    assert pattern.match("sa").group() == "s"
    assert pattern.match("toll") is None


@given(st.sets(st.text("abc d", min_size=1, max_size=5), min_size=1, max_size=12),
       st.text("abc d", max_size=30))
def test_alternation_finds_what_the_sorted_alternation_finds(forms, text):
    factored, plain = re.compile(alternation(forms)), longest_first(forms)
    assert [m.span() for m in factored.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_english_cues_match_the_same_in_the_dev_articles():
    """Inside a longer pattern the order of trying decides which form is kept when what follows
    fails; the cue lexicon with a word boundary after it must match the same on real text."""
    forms = {form.replace("_", " ") for name in ("cues_en", "cues_frame_en", "cues_object_en")
             for line in entries(name) for form in line.split()}
    factored = re.compile(rf"\b(?:{alternation(forms)})\b(?!-)")
    plain = re.compile(rf"\b(?:{longest_first(forms).pattern})\b(?!-)")
    files = sorted(shared_path("data", "ggt-dev", "rawtext").iterdir())[:40]
    found = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        spans = [m.span() for m in factored.finditer(text)]
        assert spans == [m.span() for m in plain.finditer(text)], path.name
        found += len(spans)
    assert found > 100


def test_a_phrase_list_entry_with_regular_expression_marks_is_read_as_a_regular_expression():
    """phrase_pattern reads an entry as a regular expression only when it holds "(", "\\" or
    ".*"; any other entry is matched letter for letter, so "^related:?" would only ever match
    the text "related:?". Every entry that uses ? + * [ ] { } | must hold one of the three."""
    literal = []
    for name in ("furniture", "filler_en", "filler_ar", "filler_generic_en", "hedges_en",
                 "hedges_ar", "vague_en", "vague_ar", "cue_phrases_en", "cue_phrases_ar"):
        for entry in entries(name):
            body = entry.lstrip("^").removesuffix("$")
            if re.search(r"[?+*\[\]{}|]", body) and not re.search(r"\(|\\|\.\*", body):
                literal.append((name, entry))
    assert literal == []
