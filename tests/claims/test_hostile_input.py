"""Hostile input through reading, sentence splitting and the whole pipeline: random bytes in every
file type, mixed scripts, control and bidi characters, NUL and lone surrogates, huge lines. The
reader gives a document or one skipped reason, never an exception; the pipeline gives sentences
whose offsets index the text."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.lexicon import entries
from claims.model import KINDS, Document, Skipped
from claims.pipeline import analyse
from claims.reader import read_file

HOSTILE_CHARS = (
    list("قال وزير الخارجية «إن» ") + list('He said "we will". Mr. U.S. ')
    + ["\x00", "\x07", "\x1b", "\x7f", "\u200b", "\u200e", "\u200f", "\u202a", "\u202b", "\u202e",
       "\u2066", "\u2069", "\ufeff", "\ufffd", "\u0301", "\u0651", "\n", "\r", "\t", "\u2028",
       "\u00a0", "\ud800", "\udfff", "“", "”", "«", "»", "'", ".", "؟", "!", "…", "😀", "ﷺ"]
)
HOSTILE_TEXT = st.text(alphabet=st.sampled_from(HOSTILE_CHARS), max_size=600)
SUFFIXES = [".txt", ".md", ".html", ".jsonl", ".htm"]


def check_document(document: Document) -> None:
    assert document.text.strip()
    assert "\x00" not in document.text  # PostgreSQL cannot store NUL in text
    document.text.encode("utf-8")  # no lone surrogates: every database takes it
    analysed = analyse(document)
    previous = 0
    for sentence in analysed.sentences:
        assert previous <= sentence.start < sentence.end <= len(document.text)
        assert document.text[sentence.start:sentence.end] == sentence.text
        assert sentence.kind in KINDS and 0.0 <= sentence.confidence <= 1.0 and sentence.rule
        previous = sentence.end


def read_all(path) -> list[Document | Skipped]:
    items = list(read_file(path))
    assert items, "a file gives documents or a reason"
    for item in items:
        if isinstance(item, Skipped):
            assert item.reason and "\n" not in item.reason
        else:
            check_document(item)
    return items


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_in_any_file_type(tmp_path, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    read_all(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=HOSTILE_TEXT, suffix=st.sampled_from(SUFFIXES),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_hostile_text_in_any_file_type_and_encoding(tmp_path, text, suffix, encoding):
    path = tmp_path / f"hostile{suffix}"
    if suffix == ".jsonl":  # the text inside a JSON record, escapes and all
        text = json.dumps({"id": 1, "text": text, "title": text[:20]}) + "\n"
    path.write_bytes(text.encode(encoding, errors="surrogatepass"))
    read_all(path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_real_articles_spliced_with_hostile_text(tmp_path, seed_texts, data):
    corpus = "\n".join(seed_texts.values())
    start = data.draw(st.integers(0, len(corpus) - 1))
    piece = corpus[start:start + data.draw(st.integers(1, 4000))]
    cut = data.draw(st.integers(0, len(piece)))
    path = tmp_path / "spliced.txt"
    path.write_bytes((piece[:cut] + data.draw(HOSTILE_TEXT) + piece[cut:])
                     .encode("utf-8", errors="surrogatepass"))
    read_all(path)


def test_huge_lines_of_every_script(tmp_path):
    lines = {
        "arabic.txt": "قال الوزير إن التعاون مستمر، " * 60_000,  # 1.7 MB, no full stop, no line break
        "english.txt": "the minister said that talks would go on and " * 40_000,
        "controls.txt": ("\u202e\u200f" + "x" * 5000) * 200,
        "one-word.txt": "ا" * 2_000_000,
        "headline.txt": "الوزير يفتتح المعرض.. " * 50_000,  # ".." joins headline halves
    }
    for name, text in lines.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        [document] = read_all(path)
        assert len(analyse(document).sentences) > 1  # cut into bounded pieces


def _lexicon_words() -> list[str]:
    """Every word of the Arabic source lexicons, and the marks and particles around sources."""
    words = {w for name in ("cues_ar", "roles_ar", "titles_ar", "bodies_ar", "countries_ar",
                            "adjectives_ar", "documents_ar", "groups_ar", "cue_phrases_ar")
             for entry in entries(name) for w in entry.replace("|", " ").split()}
    return sorted(words) + ["،", ":", "؛", ".", "«", "»", '"', "“", "”", "\n", "مضيفا", "وواصل",
                            "أحد", "هذه", "المذكور", "أن", "بحسب", "ولا", "لكنه", "أي", "؟"]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_lexicon_words()), min_size=1, max_size=40))
def test_arabic_sources_made_of_lexicon_words_in_any_order(words):
    """Sources end where the text ends: "بحسب أمريكا" once asked for four words of a country."""
    text = " ".join(words)
    if text.strip():
        check_document(Document(name="l.txt", path="l.txt", text=text, sha256="", encoding="utf-8"))
