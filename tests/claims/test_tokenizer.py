"""The pipelines' tokenizer: the Doc's text is the text, its tokens are words and white space
(so the vocabulary grows with words, not with text), and a pipeline saved to disk loads with it
and reads an article as analyse does."""
import random
from pathlib import Path

import spacy

from claims.language import letter_counts
from claims.model import Document
from claims.pipeline import analyse, build_pipeline
from claims.reader import sha256_text
from claims.tokenizer import RunTokenizer
from tests.conftest import SEEDS


def test_the_doc_text_is_the_text_character_for_character():
    nlp = build_pipeline("en")
    for text in ("", "\n", "One.\n\nTwo three.\r\n  Four\t five\n", "a\n\n\nb"):
        assert nlp.make_doc(text).text == text
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = nlp.make_doc(text)
        assert doc.text == text
        assert all(t.text.isspace() or not any(c.isspace() for c in t.text) for t in doc)


def test_the_vocabulary_grows_with_words_not_with_lines():
    nlp = build_pipeline("en")
    words = [f"word{n}" for n in range(40)]
    shuffler = random.Random(7)
    before = len(nlp.vocab.strings)
    for _ in range(200):  # 200 texts of new lines, made of the same 40 words
        shuffler.shuffle(words)
        nlp.make_doc(" ".join(words[:20]) + "\n" + " ".join(words[20:]) + "\n")
    assert len(nlp.vocab.strings) - before < 300  # a token a line would add 400 lines and more


def test_a_saved_pipeline_loads_with_the_line_tokenizer(tmp_path: Path):
    path = sorted(SEEDS.glob("*.txt"))[0]
    text = path.read_text(encoding="utf-8")
    document = Document(name=path.name, path=str(path), text=text, sha256=sha256_text(text),
                        encoding="utf-8")
    expected = analyse(document)
    arabic, latin = letter_counts(text)
    build_pipeline("ar" if arabic > latin else "en").to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    assert isinstance(loaded.tokenizer, RunTokenizer)
    claims = loaded(text)._.claims
    assert [(c.start, c.end, c.kind, c.speaker) for c in claims] == [
        (s.start, s.end, s.kind, s.speaker) for s in expected.sentences]


def test_a_word_keeps_the_one_space_after_it_and_other_white_space_is_a_token():
    doc = build_pipeline("en").make_doc("One two  three\nfour ")
    assert [t.text for t in doc] == ["One", "two", " ", "three", "\n", "four"]
    assert [t.whitespace_ for t in doc] == [" ", " ", "", "", "", " "]
