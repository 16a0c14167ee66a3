"""Hostile Label Studio files for `ls import`: any JSON at all where tasks, annotations and results
should be, huge and negative ids, wrong label values, broken and truncated JSON, a 100 MB file.
Each ends in a merge or in one error line, and a failed import writes nothing."""
from __future__ import annotations

import json
import resource
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.labelstudio.merge import MergeError, merge
from tests.labelstudio.test_files import _annotation, _entries, _run, _tallies, _task

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False)
    | st.text(max_size=8) | st.sampled_from(["sourced", "label", "choices", "value", "result"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "data", "claim_id", "claimsift", "annotations", "result",
                         "value", "choices", "from_name", "completed_by", "was_cancelled",
                         "annotation_id", "label", "doc_sha256", "seq", "updated_at", "text",
                         "hedged", "speaker", "note"]), inner, max_size=5),
    max_leaves=20)


def _mutate(draw_value, task: dict, where: str) -> dict:
    """A valid task with one part replaced by any JSON value."""
    task = json.loads(json.dumps(task))
    annotation = task["annotations"][0]
    targets = {
        "task": lambda v: v, "data": lambda v: {**task, "data": v},
        "claim_id": lambda v: (task["data"].__setitem__("claim_id", v), task)[1],
        "annotations": lambda v: {**task, "annotations": v},
        "annotation": lambda v: {**task, "annotations": [v]},
        "result": lambda v: (annotation.__setitem__("result", v), task)[1],
        "value": lambda v: (annotation["result"][0].__setitem__("value", v), task)[1],
        "choices": lambda v: (annotation["result"][0]["value"].__setitem__("choices", v), task)[1],
        "completed_by": lambda v: (annotation.__setitem__("completed_by", v), task)[1],
        "updated_at": lambda v: (annotation.__setitem__("updated_at", v), task)[1],
        "id": lambda v: (annotation.__setitem__("id", v), task)[1],
    }
    return targets[where](draw_value)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=JSON, where=st.sampled_from(["task", "data", "claim_id", "annotations", "annotation",
                                          "result", "value", "choices", "completed_by",
                                          "updated_at", "id"]))
def test_any_json_anywhere_merges_or_is_refused_writing_nothing(seeded_sessions, value, where):
    before = _tallies(seeded_sessions)
    good = _task(1, _annotation(1, "sourced"), task_id=1)
    tasks = [good, _mutate(value, _task(2, _annotation(2, "speculative"), task_id=2), where)]
    try:
        merge(seeded_sessions, tasks, {})
    except MergeError as error:
        assert str(error) and "\n" not in str(error)
        assert _tallies(seeded_sessions) == before  # nothing written
        return
    # merged: the good task is there, and the counts still agree with a recount
    kept = _tallies(seeded_sessions)
    from annotate.store.tallies import rebuild

    with seeded_sessions.begin() as session:
        rebuild(session.connection())
    assert _tallies(seeded_sessions) == kept


def test_wrong_values_and_unknown_tasks_are_one_line_errors(seeded_url, tmp_path):
    cases = {
        'unknown label "Sourced"': [_task(1, _annotation(1, "Sourced"))],
        'label [["sourced"]] is not text': [_task(1, {**_annotation(1, "x"), "result": [
            {"from_name": "label", "value": {"choices": [["sourced"]]}}]})],
        "claim_id -5": [_task(-5, _annotation(1, "sourced"))],
        "claim_id 1" + "0" * 30: [_task(10**30, _annotation(1, "sourced"))],
        "of another database": [_task(10**9, _annotation(1, "sourced"))],
        "not a claimsift task": [{"id": 7, "data": {"text": "x"}, "annotations": []}],
        "annotations of task 3 are not a list": [{**_task(1), "id": 3, "annotations": "abc"}],
    }
    for expected, tasks in cases.items():
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(tasks), encoding="utf-8")
        code, out = _run("ls", "import", str(path), "--db", seeded_url)
        assert code == 1 and expected in out and out.count("\n") == 1, (expected, out)
    for content, expected in ((b"[" + b'{"id": 1},' * 10, "cannot read"),
                              (b"\xff\xfe\x00garbage", "cannot read"),
                              (b"", "cannot read"), (b"[1, 2]", "expected task objects")):
        path = tmp_path / "broken.json"
        path.write_bytes(content)
        code, out = _run("ls", "import", str(path), "--db", seeded_url)
        assert code == 1 and expected in out and "Traceback" not in out, (content, out)
    assert _entries(seeded_url) == 0


def test_a_100_megabyte_file(seeded_url, tmp_path):
    """100 MB of tasks, one of them at the end not a claimsift task: refused in one line, nothing
    written; then the same file truncated (a broken download): refused, nothing written."""
    path = tmp_path / "big.json"
    task = json.dumps(_task(1, _annotation(1, "sourced", note="n" * 2000)))
    count = 100 * 2**20 // (len(task) + 2)
    with open(path, "w", encoding="utf-8") as out:
        out.write("[")
        for number in range(count):
            out.write(task.replace('"id": 1, "data"', f'"id": {number + 1}, "data"', 1) + ",")
        out.write(json.dumps({"id": 0, "data": {"text": "stray"}}) + "]")
    assert path.stat().st_size > 100 * 2**20
    for file in (path, _truncated(path, tmp_path / "cut.json")):
        result = subprocess.run(
            [sys.executable, "-c", "from annotate.cli import main; main()", "ls", "import",
             str(file), "--db", seeded_url], capture_output=True, text=True, timeout=600)
        assert result.returncode == 1, result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert ("not a claimsift task" if file == path else "cannot read") in result.stderr
    assert _entries(seeded_url) == 0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS of ls import on {path.stat().st_size / 2**20:.0f} MB: {peak:.0f} MB")


def _truncated(path, target):
    with open(path, "rb") as source, open(target, "wb") as out:
        out.write(source.read(60 * 2**20))
    return target

