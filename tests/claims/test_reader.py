from __future__ import annotations

import codecs
import json
from pathlib import Path

from claims.model import Document, Skipped
from claims.reader import read_paths

ARABIC = "وقال السفير المباركي إن الشراكة الاستراتيجية تهدف إلى وضع آلية تعاون مشترك بين الجانبين."


def read_one(path: Path):
    items = list(read_paths([path]))
    assert len(items) == 1, items
    return items[0]


def test_utf8_with_and_without_bom_utf16_and_cp1256(tmp_path):
    encodings = {
        "plain.txt": ARABIC.encode("utf-8"),
        "bom.txt": codecs.BOM_UTF8 + ARABIC.encode("utf-8"),
        "utf16.txt": ARABIC.encode("utf-16"),  # Python writes the BOM
        "utf16be.txt": codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"),
        "windows.txt": ARABIC.encode("cp1256"),
    }
    expected = {"plain.txt": "utf-8", "bom.txt": "utf-8-sig", "utf16.txt": "utf-16",
                "utf16be.txt": "utf-16", "windows.txt": "cp1256"}
    for name, data in encodings.items():
        (tmp_path / name).write_bytes(data)
        document = read_one(tmp_path / name)
        assert isinstance(document, Document), (name, document)
        assert document.text == ARABIC, name
        assert document.encoding == expected[name]


def test_binary_empty_and_invalid_utf8_are_skipped_with_reasons(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\t\n", encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"caf\xe9 au lait \xc3\x28 is not UTF-8")
    reasons = {Path(i.path).name: i.reason for i in read_paths([tmp_path])}
    assert reasons["image.txt"] == "binary file, not text"
    assert reasons["empty.txt"].startswith("empty")
    assert reasons["blank.md"].startswith("empty")
    assert "not valid UTF-8" in reasons["broken.txt"] and "Windows-1256" in reasons["broken.txt"]


def test_folder_with_one_bad_file_among_good_ones(tmp_path):
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (tmp_path / "one.txt").write_text("First article. It has two sentences.", encoding="utf-8")
    (nested / "two.md").write_text(ARABIC, encoding="utf-8")
    (nested / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    (nested / "notes.csv").write_text("ignored,because,suffix", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    items = list(read_paths([tmp_path]))
    documents = [i for i in items if isinstance(i, Document)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert sorted(d.name for d in documents) == ["one.txt", "two.md"]
    assert [Path(s.path).name for s in skipped] == ["bad.txt"]


def test_missing_path_is_reported(tmp_path):
    item = read_one(tmp_path / "nope.txt")
    assert isinstance(item, Skipped) and item.reason == "no such file or folder"


def test_html_keeps_main_text_and_drops_furniture(tmp_path):
    page = """<!doctype html><html><head><title>Bureau meets UN</title>
    <style>p{color:red}</style><script>var x = "Do not read me.";</script></head>
    <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
    <header class="site-header">Jannah Theme</header>
    <article><h1>Bureau &amp; UN meet</h1><p>The Bureau said the talks went well.</p>
    <p>وقال السفير إن <b>الشراكة</b> مهمة.</p></article>
    <div id="comments"><h3>Leave a comment</h3><form><textarea></textarea></form></div>
    <aside>Related stories</aside><footer>© 2024</footer></body></html>"""
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    document = read_one(tmp_path / "page.html")
    assert document.title == "Bureau meets UN"
    assert document.text.splitlines() == [
        "Bureau & UN meet", "The Bureau said the talks went well.", "وقال السفير إن الشراكة مهمة."]


def test_jsonl_articles_with_metadata_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": "First text.", "title": "T1", "url": "http://x/1",
                    "date": "2024-01-02"}),
        "{not json",
        json.dumps({"text": ARABIC}),
        json.dumps({"title": "no text"}),
        "",
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = list(read_paths([tmp_path / "batch.jsonl"]))
    documents = [i for i in items if isinstance(i, Document)]
    assert [(d.name, d.title, d.url, d.date) for d in documents] == [
        ("batch.jsonl#a1", "T1", "http://x/1", "2024-01-02"),
        ("batch.jsonl#3", ARABIC[:200], None, None),
    ]
    reasons = [i.path.rsplit(":", 1)[-1] + " " + i.reason for i in items if isinstance(i, Skipped)]
    assert reasons[0].startswith("2 invalid JSON")
    assert reasons[1] == '4 expected an object with a string "text"'


def test_five_megabyte_file_without_line_breaks(tmp_path):
    body = ("Kuwait signed the memorandum today " * 160_000).strip()
    (tmp_path / "huge.txt").write_text(body, encoding="utf-8")
    document = read_one(tmp_path / "huge.txt")
    assert len(document.text) > 5_000_000
    assert document.text == body


def test_bidi_and_zero_width_characters_are_kept_verbatim(tmp_path):
    text = "\u200fقال\u200b الوزير\u202b إن\u202c الخطة\u2066 جاهزة\u2069."
    (tmp_path / "bidi.txt").write_text(text, encoding="utf-8")
    assert read_one(tmp_path / "bidi.txt").text == text
