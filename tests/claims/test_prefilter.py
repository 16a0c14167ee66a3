"""claims.prefilter: what a pattern cannot match without, and the furniture list tried by it
giving the same answer as the whole list tried at once."""
import re

from claims.lexicon import is_furniture, phrase_pattern
from claims.prefilter import keys, openings
from claims.segment import segment
from tests.conftest import SEEDS, SHARED


def test_the_strings_a_pattern_needs():
    assert keys(r"(?:photo|image)s? courtesy\b") == (" courtesy",)
    assert set(keys(r"[^>›\n.]{1,30}(?:\s*[>›]\s*[^>›\n.]{1,30}){2,5}$")) == {">", "›"}
    assert set(keys(r"(?:[^\n]{2,200}?[ \t]{3,}){2,}\S")) == {"   ", "\t"}
    assert keys(r"[a-z]+ \d+") == ()  # a space alone tells nothing
    assert keys(r"(?:ap|afp|reuters|upi|cnn)$") == ()  # nor one of many words


def test_the_characters_a_pattern_can_open_with():
    assert openings(r"(?:(?:mon|tue)[a-z]*\.?,? \d)") == {"m", "t"}
    assert openings(r"\b(?:a|b?)C") == {"a", "b", "c"}  # "b" may be left out: "C" opens then
    assert openings(r"Updated|Posted") == {"u", "p"}
    assert openings(r"[—–-]?\s*\(?ap\)?$") == frozenset()  # a space class: not known
    assert openings(r"x?") == frozenset()  # may match nothing
    assert openings(r"(?<=\()photo") == openings(r".*x") == frozenset()
    assert openings(r"[a-z]\w+") == set("abcdefghijklmnopqrstuvwxyz")


def test_the_furniture_list_gives_the_same_answer_tried_by_what_its_entries_need():
    anchored = phrase_pattern("furniture", False, "^")
    anywhere = phrase_pattern("furniture", False, "*")
    paths = sorted(SEEDS.glob("*.txt")) + sorted((SHARED / "data" / "ggt-dev" / "rawtext")
                                                 .glob("*.txt"))[:60]
    lines = ["(WSAZ)", "Home > News > Politics", "Photo courtesy Cal Fire/Facebook |",
             "A  B   C    D", "Patrick T. Fallon | Bloomberg | Getty Images",
             "Click here to subscribe.", "(Photo: Jane Doe)", "Sign up for our daily newsletter",
             "Thursday, March 5, 2020", "Reuters"]
    texts = lines + [p.read_text(encoding="utf-8") for p in paths]
    checked = found = 0
    for text in texts:
        for span in segment(text):
            piece = text[span.start:span.end]
            if re.search("[\u0600-\u06ff]", piece):
                continue
            lower = piece.strip().lower()
            whole = bool(anchored.match(lower) or anywhere.search(lower))
            assert is_furniture(piece, "en") == whole, piece
            checked += 1
            found += whole
    assert checked > 1000 and found > 10
