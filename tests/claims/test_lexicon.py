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
