"""The round trip against a real Label Studio: push the seeds, annotate as a second user would
(a changed label, a cancelled task), pull, pull again, import the exported file elsewhere."""
from __future__ import annotations

import json

from click.testing import CliRunner
from sqlalchemy import func, select

from annotate.cli import main
from annotate.store.engine import make_engine, make_sessionmaker
from annotate.store.models import AnnotationRow, ReviewRow



def _run(*args) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def _choices(name: str, value: str) -> dict:
    return {"from_name": name, "to_name": "claim", "type": "choices",
            "value": {"choices": [value]}}


def _text(name: str, value: str) -> dict:
    return {"from_name": name, "to_name": "claim", "type": "textarea", "value": {"text": [value]}}


def _reviews(url: str) -> set:
    sessions = make_sessionmaker(make_engine(url))
    with sessions() as session:
        return set(session.execute(select(
            ReviewRow.claim_id, ReviewRow.reviewer, ReviewRow.label, ReviewRow.speaker_correction,
            ReviewRow.note, ReviewRow.hedged)).all())


def _history(url: str) -> int:
    sessions = make_sessionmaker(make_engine(url))
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(AnnotationRow))


def test_round_trip(ls_env, sdk, seeded_url, seeded_db_template, tmp_path):
    url, token = ls_env
    code, out = _run("ls", "push", "--create", "claimsift seeds", "--db", seeded_url)
    assert code == 0, out
    assert "138 tasks imported, 0 already there" in out
    project = int(out.split("project ")[1].split()[0])
    code, out = _run("ls", "push", "--create", "claimsift seeds", "--db", seeded_url)
    assert code == 0 and f"project {project} (existing): 0 tasks imported, 138 already" in out

    tasks = {t.data["claim_id"]: t for t in sdk.tasks.list(project=project, page_size=1000)}
    assert len(tasks) == 138
    first = sdk.tasks.get(tasks[6].id)  # attributed: "The Bureau released a statement ..."
    assert first.predictions[0].result[0]["value"]["choices"] == ["sourced"]
    assert first.predictions[0].model_version and 0 < first.predictions[0].score <= 1

    bob = sdk.users.create(username="bob", email="bob@claimsift.test", password="bob-Passw0rd-1")
    me = sdk.users.whoami()
    speaker = "المكتب الوطني"
    a1 = sdk.annotations.create(tasks[6].id, completed_by=bob.id, result=[
        _choices("label", "sourced"), _choices("hedged", "not hedged"),
        _text("speaker", speaker), _text("note", "checked <b>KUNA</b>")])
    a2 = sdk.annotations.create(tasks[7].id, completed_by=bob.id,
                                result=[_choices("label", "speculative")])
    sdk.annotations.create(tasks[8].id, completed_by=bob.id, result=[], was_cancelled=True)
    sdk.annotations.create(tasks[6].id, completed_by=me.id,
                           result=[_choices("label", "speculative")])

    code, out = _run("ls", "pull", "--project", str(project), "--db", seeded_url)
    assert code == 0, out
    assert "3 new annotations, 0 updated, 0 unchanged; 1 cancelled (skipped)" in out
    expected = {
        (6, "bob@claimsift.test", "sourced", speaker, "checked <b>KUNA</b>", False),
        (7, "bob@claimsift.test", "speculative", None, None, None),
        (6, "admin@claimsift.test", "speculative", None, None, None),
    }
    assert _reviews(seeded_url) == expected
    sessions = make_sessionmaker(make_engine(seeded_url))
    with sessions() as session:
        entries = session.execute(select(AnnotationRow.origin, AnnotationRow.external_id)).all()
    assert {origin for origin, _ in entries} == {"label-studio"}
    assert {external for _, external in entries} == {str(a1.id), str(a2.id), str(a2.id + 2)}

    code, out = _run("ls", "pull", "--project", str(project), "--db", seeded_url)
    assert code == 0 and "0 new annotations, 0 updated, 3 unchanged" in out
    assert _history(seeded_url) == 3

    sdk.annotations.update(a2.id, result=[_choices("label", "boilerplate")])
    code, out = _run("ls", "pull", "--project", str(project), "--db", seeded_url)
    assert code == 0 and "0 new annotations, 1 updated, 2 unchanged" in out
    assert _history(seeded_url) == 4
    expected = (expected - {(7, "bob@claimsift.test", "speculative", None, None, None)}) | {
        (7, "bob@claimsift.test", "boilerplate", None, None, None)}
    assert _reviews(seeded_url) == expected
    stats = json.loads(_run("stats", "--db", seeded_url, "--format", "json")[1])
    assert stats["totals"]["disputed"] == 1  # claim 6: bob sourced, admin speculative

    exported = tmp_path / "export.json"
    exported.write_text(json.dumps(sdk.projects.exports.as_json(project)), encoding="utf-8")
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    (tmp_path / "fresh.db").write_bytes(seeded_db_template.read_bytes())
    code, out = _run("ls", "import", str(exported), "--db", fresh,
                     "--user", f"{bob.id}=bob@claimsift.test", "--user", f"{me.id}=admin@claimsift.test")
    assert code == 0, out
    assert _reviews(fresh) == _reviews(seeded_url)
    assert token not in out


def test_errors_are_one_line_and_never_show_the_key(ls_env, sdk, seeded_url, monkeypatch,
                                                    tmp_path):
    url, token = ls_env
    plain = sdk.projects.create(title="not claimsift", label_config=(
        '<View><Text name="t" value="$t"/><Choices name="x" toName="t">'
        '<Choice value="a"/></Choices></View>'))
    code, out = _run("ls", "push", "--project", str(plain.id), "--db", seeded_url)
    assert code == 1 and "cannot take claimsift labels" in out and "Traceback" not in out
    code, out = _run("ls", "pull", "--project", "987654", "--db", seeded_url)
    assert code == 1 and "987654" in out and "not found" in out

    sdk.projects.import_tasks(plain.id, request=[{"data": {"t": "hello"}}])
    code, out = _run("ls", "pull", "--project", str(plain.id), "--db", seeded_url)
    assert code == 1 and "not a claimsift task" in out

    monkeypatch.setenv("LABEL_STUDIO_API_KEY", token[::-1])
    code, out = _run("ls", "pull", "--project", "1", "--db", seeded_url)
    assert code == 1 and "(401)" in out and "personal access token" in out
    assert token[::-1] not in out and token not in out
    monkeypatch.setenv("LABEL_STUDIO_URL", "http://127.0.0.1:9")
    code, out = _run("ls", "pull", "--project", "1", "--db", seeded_url)
    assert code == 1 and "cannot reach Label Studio at http://127.0.0.1:9" in out
    monkeypatch.delenv("LABEL_STUDIO_API_KEY")
    code, out = _run("ls", "pull", "--project", "1", "--db", seeded_url)
    assert code == 1 and "LABEL_STUDIO_API_KEY" in out
