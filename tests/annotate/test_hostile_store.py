"""Hostile text stored in SQLite and PostgreSQL: NUL characters, lone surrogates from JSON escapes,
bidi and control characters, emoji, a 2 MB line. Everything read is stored and reads back the same,
offsets and all."""
from __future__ import annotations

import json

from click.testing import CliRunner
from sqlalchemy import select

from annotate.cli import main
from annotate.store.engine import make_engine, make_sessionmaker
from annotate.store.models import DocumentRow


def test_hostile_documents_are_stored_and_read_back(db_url, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    hostile = "قال \u202eالوزير\u202c «إن» \x07 the \u200fminister\u200e said 😀 \x1b[31m red. "
    (folder / "utf16.txt").write_bytes(("Header\x00 line. " + hostile * 3).encode("utf-16"))
    (folder / "feed.jsonl").write_text("\n".join([
        json.dumps({"id": "a\ud800", "text": "Lone \udfff surrogate. " + hostile,
                    "title": "t\x00"}),
        "{broken json",
        json.dumps({"id": 2, "text": "\x00\x00"}),
    ]) + "\n", encoding="utf-8", errors="surrogatepass")
    (folder / "huge.txt").write_text("the minister said that talks go on and " * 50_000,
                                     encoding="utf-8")
    (folder / "page.html").write_text(f"<html><script>alert(1)</script><p>{hostile}</p>"
                                      "<p>The Bureau said so.</p></html>", encoding="utf-8")

    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", db_url])
    assert result.exit_code == 1, result.output  # two JSON Lines records are skipped
    assert "4 documents stored" in result.output and "2 skipped" in result.output
    assert "invalid JSON" in result.output and "no words in text" in result.output
    assert "Traceback" not in result.output

    with make_sessionmaker(make_engine(db_url))() as session:
        documents = session.scalars(select(DocumentRow)).all()
        assert len(documents) == 4
        for document in documents:
            assert document.claims
            for claim in document.claims:
                assert document.text[claim.start:claim.end] == claim.text
        texts = {d.name: d.text for d in documents}
    assert "\u202eالوزير\u202c" in texts["utf16.txt"] and "Header\ufffd line." in texts["utf16.txt"]
    assert texts["feed.jsonl#a\ufffd"].startswith("Lone \ufffd surrogate.")
    assert "alert(1)" not in texts["page.html"]
