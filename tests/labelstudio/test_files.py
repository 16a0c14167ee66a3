"""Label Studio files without a server: the task export, and imports of JSON and JSON_MIN exports
including the bad ones, which must write nothing."""
from __future__ import annotations

import json

from click.testing import CliRunner
from sqlalchemy import func, select

from annotate.cli import main
from annotate.labelstudio.config import labeling_config, missing_from
from annotate.review import ReviewService
from annotate.store.engine import make_engine, make_sessionmaker
from annotate.store.models import AnnotationRow, TallyRow
from annotate.store.tallies import rebuild


def _run(*args):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def _entries(url: str) -> int:
    with make_sessionmaker(make_engine(url))() as session:
        return session.scalar(select(func.count()).select_from(AnnotationRow))


def _tallies(sessions) -> dict:
    with sessions() as session:
        rows = session.execute(select(TallyRow.facet, TallyRow.key, TallyRow.sub, TallyRow.label,
                                      TallyRow.n).where(TallyRow.n != 0)).all()
    return {tuple(row[:4]): row[4] for row in rows}


def _task(claim_id: int, annotation: dict | None = None, task_id: int = 1, **data) -> dict:
    return {"id": task_id, "data": {"claimsift": 1, "claim_id": claim_id, **data},
            "annotations": [annotation] if annotation else []}


def _annotation(number: int, label: str, user: int = 3, **extra) -> dict:
    return {"id": number, "completed_by": user, "was_cancelled": False,
            "updated_at": "2026-11-20T10:00:00Z", **extra,
            "result": [{"from_name": "label", "to_name": "claim", "type": "choices",
                        "value": {"choices": [label]}}]}


def test_export_is_task_json_with_predictions(seeded_url, tmp_path):
    ReviewService(make_sessionmaker(make_engine(seeded_url)), "ana").label(1, "sourced")
    out = tmp_path / "tasks.json"
    code, text = _run("ls", "export", str(out), "--db", seeded_url)
    assert code == 0 and "138 tasks written" in text
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert len(tasks) == 138 and [t["data"]["claim_id"] for t in tasks] == list(range(1, 139))
    arabic = next(t for t in tasks if t["data"]["lang"] == "ar" and t["data"]["kind"] == "attributed")
    assert arabic["data"]["speaker"] and arabic["data"]["before"] and arabic["data"]["after"]
    prediction = arabic["predictions"][0]
    assert prediction["result"][0]["value"]["choices"] == ["sourced"]
    assert prediction["model_version"] and 0 < prediction["score"] <= 1
    _, text = _run("ls", "export", str(out), "--db", seeded_url, "--unreviewed", "--lang", "en")
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert tasks and all(t["data"]["lang"] == "en" and t["data"]["claim_id"] != 1 for t in tasks)


def test_config_has_the_choices_claimsift_reads():
    config = labeling_config()
    assert missing_from(config) is None
    for hotkey in ('value="sourced" hotkey="s"', 'value="speculative" hotkey="p"',
                   'value="boilerplate" hotkey="b"'):
        assert hotkey in config
    assert "unicode-bidi: plaintext" in config
    assert "lacks" in missing_from(config.replace('<Choice value="boilerplate" hotkey="b"/>', ""))


def test_import_json_and_json_min_then_again_adds_nothing(seeded_url, tmp_path):
    export = tmp_path / "export.json"
    export.write_text(json.dumps([
        _task(1, _annotation(11, "sourced")),
        _task(2, {"id": 12, "completed_by": 3, "was_cancelled": True, "result": []}, task_id=2),
    ]), encoding="utf-8")
    code, out = _run("ls", "import", str(export), "--db", seeded_url, "--user", "3=dana")
    assert code == 0 and "1 new annotations" in out and "1 cancelled" in out
    code, out = _run("ls", "import", str(export), "--db", seeded_url, "--user", "3=dana")
    assert code == 0 and "1 unchanged" in out and _entries(seeded_url) == 1
    minimal = tmp_path / "min.json"
    minimal.write_text(json.dumps([{"id": 1, "claimsift": 1, "claim_id": 1, "label": "speculative",
                                    "note": "edited", "annotator": 3, "annotation_id": 11}]),
                       encoding="utf-8")
    code, out = _run("ls", "import", str(minimal), "--db", seeded_url)
    assert code == 0 and "1 updated" in out
    view = ReviewService(make_sessionmaker(make_engine(seeded_url)), "dana").get(1)
    assert view.label == "speculative" and view.note == "edited"
    # the statistics' counts, added once per merge, equal a recount from the tables
    sessions = make_sessionmaker(make_engine(seeded_url))
    kept = _tallies(sessions)
    with sessions.begin() as session:
        rebuild(session.connection())
    assert _tallies(sessions) == kept and kept[("reviewer", "dana", "", "speculative")] == 1


def test_bad_imports_write_nothing(seeded_url, tmp_path):
    cases = {
        "unknown label": [_task(1, _annotation(1, "sourced")), _task(2, _annotation(2, "maybe"), 2)],
        "not a claimsift task": [_task(1, _annotation(1, "sourced")), {"id": 9, "data": {"t": 1}}],
        "another database": [_task(1, _annotation(1, "sourced"), doc_sha256="0" * 64, seq=0)],
    }
    for expected, tasks in cases.items():
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(tasks), encoding="utf-8")
        code, out = _run("ls", "import", str(path), "--db", seeded_url)
        assert code == 1 and expected in out, out
    for content, expected in (("{not json", "cannot read"), ('{"a": 1}', "expected a JSON list")):
        path = tmp_path / "broken.json"
        path.write_text(content, encoding="utf-8")
        code, out = _run("ls", "import", str(path), "--db", seeded_url)
        assert code == 1 and expected in out and "Traceback" not in out
    assert _entries(seeded_url) == 0
