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


def _labelled(url: str) -> None:
    from annotate.review import Filter, ReviewService

    sessions = make_sessionmaker(make_engine(url))
    for name, every in (("ana", 1), ("ben", 2)):
        service = ReviewService(sessions, name)
        for claim in service.page(Filter(), limit=200)[::every]:
            service.label(claim.id, claim.suggested if claim.id % 5 else "speculative")


def test_stats_formats_agree(runner, seeded_url, tmp_path):
    _labelled(seeded_url)
    as_json = runner.invoke(main, ["stats", "--db", seeded_url, "--by", "kind", "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    report = json.loads(as_json.output)
    assert report["schema"] == "claimsift-stats/1" and report["by"] == "kind"
    assert report["totals"]["claims"] == 138 and report["totals"]["reviewed"] > 60
    assert {g["key"] for g in report["groups"]} == {"attributed", "unattributed", "filler"}
    assert [p["reviewers"] for p in report["agreement"]["pairs"]] == [["ana", "ben"]]
    assert {r["reviewer"] for r in report["reviewers"]} == {"ana", "ben"}

    as_csv = runner.invoke(main, ["stats", "--db", seeded_url, "--by", "kind", "--format", "csv"])
    lines = as_csv.output.splitlines()
    assert lines[0].startswith("kind,name,claims,reviewed,progress,sourced")
    total = lines[-1].split(",")
    assert total[0] == "total" and int(total[2]) == 138
    assert int(total[3]) == report["totals"]["reviewed"]

    table = runner.invoke(main, ["stats", "--db", seeded_url, "--by", "reviewer"])
    assert table.exit_code == 0
    assert "Cohen's kappa" in table.output and "ana / ben" in table.output
    assert f"{report['totals']['reviewed']} reviewed" in table.output

    out = tmp_path / "report.html"
    html = runner.invoke(main, ["stats", "--db", seeded_url, "--format", "html", "-o", str(out)])
    assert html.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_stats_errors_are_one_line(runner, seeded_url, tmp_path):
    unknown = runner.invoke(main, ["stats", "--db", seeded_url, "--reviewer", "nobody"])
    assert unknown.exit_code == 1 and "no labels from reviewer 'nobody'" in unknown.output
    bad_by = runner.invoke(main, ["stats", "--db", seeded_url, "--by", "outlet"])
    assert bad_by.exit_code == 2
    unwritable = runner.invoke(main, ["stats", "--db", seeded_url, "--format", "json", "-o",
                                      str(tmp_path / "missing" / "out.json")])
    assert unwritable.exit_code == 1 and "cannot write" in unwritable.output
    assert "Traceback" not in unwritable.output


def test_adjudicate_needs_a_terminal(runner, seeded_url):
    result = runner.invoke(main, ["adjudicate", "--db", seeded_url])
    assert result.exit_code == 1 and "needs a terminal" in result.output
