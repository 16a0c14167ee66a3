"""All SQL goes through bound parameters: no statement text is built from values in the code, and
hostile text typed by a reviewer or found in an article is matched and stored literally (SQLite
and PostgreSQL)."""
from __future__ import annotations

import ast
from pathlib import Path

from sqlalchemy import func, select

from annotate.review import Filter, ReviewService
from annotate.store.models import ClaimRow, DocumentRow

PACKAGES = [Path(__file__).resolve().parents[2] / name for name in ("annotate", "claims", "tui")]
RAW_SQL_CALLS = {"text", "exec_driver_sql", "execute", "executescript", "literal_column"}
HOSTILE = ["'; DROP TABLE claims; --", '" OR 1=1 --', "%", "_", "\\", "100%_\\'", "\x1a", "ال'وزير"]


def test_no_sql_is_built_from_formatted_strings():
    """A call like text(f"...{value}") or execute("..." % value) is how injection gets in; the
    one allowed is the migration lock, whose number is a constant."""
    found = []
    for package in PACKAGES:
        for path in package.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and node.args):
                    continue
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                first = node.args[0]
                built = isinstance(first, ast.JoinedStr) or (
                    isinstance(first, ast.BinOp) and isinstance(first.op, (ast.Mod, ast.Add)))
                if name in RAW_SQL_CALLS and built:
                    found.append(f"{path.relative_to(package.parent)}:{node.lineno}")
    assert found == ["annotate/store/migrate.py:48"]


def test_hostile_search_and_notes_are_literal(seeded_sessions):
    alice = ReviewService(seeded_sessions, "alice")
    with seeded_sessions() as session:
        claims = session.scalar(select(func.count()).select_from(ClaimRow))
    first = alice.resume(Filter())
    for text in HOSTILE:
        assert alice.page(Filter(search=text), limit=500) == [
            c for c in alice.page(Filter(), limit=500) if text.lower() in c.text.lower()]
        assert alice.page(Filter(document=text, speaker=text), limit=5) == []
        alice.note(first.id, text)
        alice.correct_speaker(first.id, text)
        assert alice.get(first.id).note == text.strip() or alice.get(first.id).note is None
    with seeded_sessions() as session:
        assert session.scalar(select(func.count()).select_from(ClaimRow)) == claims
        assert session.scalar(select(func.count()).select_from(DocumentRow)) == 5
    assert [e.speaker_correction for e in alice.history(first.id)][-1] == HOSTILE[-1]
