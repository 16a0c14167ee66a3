from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from annotate.cli import main
from annotate.store.engine import make_engine, make_sessionmaker
from annotate.store.models import ClaimRow, DocumentRow
from tests.conftest import SEEDS


@pytest.fixture
def runner():
    return CliRunner()


def test_every_command_has_help(runner):
    top = runner.invoke(main, ["--help"])
    assert top.exit_code == 0
    commands = list(main.commands)
    assert {"classify", "ingest", "show"} <= set(commands)
    for name in commands:
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Usage:" in result.output and len(result.output) > 150, name


def test_ingest_seeds_then_database_holds_them(runner, db_url):
    result = runner.invoke(main, ["ingest", str(SEEDS), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "5 documents stored (5 new, 0 new versions), 0 unchanged, 138 sentences" in result.output
    sessions = make_sessionmaker(make_engine(db_url))
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(DocumentRow)) == 5
        assert session.scalar(select(func.count()).select_from(ClaimRow)) == 138
        languages = dict(session.execute(select(DocumentRow.name, DocumentRow.language)).all())
    assert languages["000_b445701f642d4228.txt"] == "en"
    assert languages["003_d53d14a3c19c157e.txt"] == "ar"
    again = runner.invoke(main, ["ingest", str(SEEDS), "--db", db_url])
    assert "0 documents stored" in again.output and "5 unchanged" in again.output


def test_ingest_reads_database_from_environment(runner, db_url):
    result = runner.invoke(main, ["ingest", str(SEEDS / "000_b445701f642d4228.txt")],
                           env={"CLAIMSIFT_DB": db_url})
    assert result.exit_code == 0, result.output
    shown = runner.invoke(main, ["show"], env={"CLAIMSIFT_DB": db_url})
    assert shown.exit_code == 0 and "000_b445701f642d4228.txt" in shown.output


def test_ingest_skips_bad_files_and_exits_1(runner, db_url, tmp_path):
    (tmp_path / "good.txt").write_text("A good article. It reads well.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    result = runner.invoke(main, ["ingest", str(tmp_path), "--db", db_url])
    assert result.exit_code == 1
    assert "1 documents stored" in result.output
    assert f"skipped {tmp_path / 'bad.txt'}: binary file, not text" in result.output
    assert "Traceback" not in result.output


def test_unreachable_database_is_one_line_exit_1(runner):
    result = runner.invoke(main, ["ingest", str(SEEDS), "--db",
                                  "postgresql+psycopg://u:topsecret@127.0.0.1:1/x"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot open database")
    assert "topsecret" not in result.output and "Traceback" not in result.output


def test_usage_error_exits_2(runner):
    assert runner.invoke(main, ["classify"]).exit_code == 2
    assert runner.invoke(main, ["nosuchcommand"]).exit_code == 2


def test_classify_prints_the_contract(runner, seed_texts):
    result = runner.invoke(main, ["classify", *sorted(str(p) for p in SEEDS.glob("*.txt"))])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 138
    keys = {"doc", "start", "end", "text", "lang", "kind", "speaker", "cue", "hedged",
            "vague_source", "confidence", "rule"}
    for row in rows:
        assert set(row) == keys
        assert seed_texts[row["doc"]][row["start"]:row["end"]] == row["text"]
        assert row["lang"] in ("ar", "en")
        assert row["kind"] in ("attributed", "unattributed", "filler")
        assert isinstance(row["hedged"], bool) and isinstance(row["confidence"], float)
    by_doc = {}
    for row in rows:
        by_doc.setdefault(row["doc"], []).append(row["start"])
    assert all(starts == sorted(starts) for starts in by_doc.values())


def test_classify_missing_file_exits_1_but_prints_the_rest(runner):
    result = runner.invoke(main, ["classify", str(SEEDS / "000_b445701f642d4228.txt"), "nope.txt"])
    assert result.exit_code == 1
    assert "skipped nope.txt: no such file or folder" in result.output
    assert result.output.count('"doc": "000_b445701f642d4228.txt"') == 40


def test_eval_command_on_seeds(runner):
    from tests.conftest import shared_path

    result = runner.invoke(main, ["eval", str(shared_path("gold", "seeds.jsonl")), "--texts",
                                  str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)
    assert metrics["sentences"] == 138
    assert metrics["per_kind"]["attributed"]["f1"] >= 0.95
    assert sum(metrics["confusion"].values()) == 138
    table = runner.invoke(main, ["eval", str(shared_path("gold", "seeds.jsonl")), "--texts",
                                 str(SEEDS)])
    assert "macro-F1" in table.output and "gold (rows) x predicted (columns)" in table.output


def test_eval_without_texts_is_a_clear_error(runner):
    from tests.conftest import shared_path

    result = runner.invoke(main, ["eval", str(shared_path("gold", "seeds.jsonl"))])
    assert result.exit_code == 1
    assert "--texts DIR is needed" in result.output


def test_review_without_a_terminal_is_one_line_exit_1(runner, db_url):
    result = runner.invoke(main, ["review", "--db", db_url])
    assert result.exit_code == 1
    assert "needs a terminal" in result.output and "Traceback" not in result.output
