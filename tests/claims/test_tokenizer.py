"""The pipelines' line tokenizer: the Doc's text is the text, and a pipeline saved to disk loads
with it and reads an article as analyse does."""
from pathlib import Path

import spacy

from claims.language import letter_counts
from claims.model import Document
from claims.pipeline import analyse, build_pipeline
from claims.reader import sha256_text
from claims.tokenizer import LineTokenizer
from tests.conftest import SEEDS


def test_the_doc_text_is_the_text_character_for_character():
    nlp = build_pipeline("en")
    for text in ("", "\n", "One.\n\nTwo three.\r\n  Four\t five\n", "a\n\n\nb"):
        assert nlp.make_doc(text).text == text
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = nlp.make_doc(text)
        assert doc.text == text
        assert [t.text for t in doc if t.text != "\n"] == [x for x in text.split("\n") if x]


def test_a_saved_pipeline_loads_with_the_line_tokenizer(tmp_path: Path):
    path = sorted(SEEDS.glob("*.txt"))[0]
    text = path.read_text(encoding="utf-8")
    document = Document(name=path.name, path=str(path), text=text, sha256=sha256_text(text),
                        encoding="utf-8")
    expected = analyse(document)
    arabic, latin = letter_counts(text)
    build_pipeline("ar" if arabic > latin else "en").to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    assert isinstance(loaded.tokenizer, LineTokenizer)
    claims = loaded(text)._.claims
    assert [(c.start, c.end, c.kind, c.speaker) for c in claims] == [
        (s.start, s.end, s.kind, s.speaker) for s in expected.sentences]
