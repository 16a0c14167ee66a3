"""Label Studio at scale, on loopback: push 10,000 claims, pull 10,000 annotations (and pull them
again), and export 10,000 and 100,000 tasks to a file, each as the real command in its own process
with its wall time and peak memory. The server is a real Label Studio 1.23.2 from .venv-ls.
Usage: python bench/ls_roundtrip.py [CLAIMS] [EXPORT_CLAIMS]."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
from bigdb import build  # noqa: E402

from tests.labelstudio.server import start, stop  # noqa: E402

BIN = Path(sys.executable).parent
DATA = REPO / "bench" / "data"


def timed(*args: str, env=None) -> tuple[float, float, str]:
    """Run claimsift ARGS; (seconds, peak RSS in MB, stderr's last line)."""
    with tempfile.NamedTemporaryFile("r") as report:
        started = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name,
                               str(BIN / "claimsift"), *args], env=env, capture_output=True,
                              text=True)
        seconds = time.perf_counter() - started
        if done.returncode:
            raise SystemExit(f"claimsift {' '.join(args)} failed: {done.stderr[-2000:]}")
        peak = int(report.read().strip().splitlines()[-1]) / 1024
    return seconds, peak, (done.stderr.strip().splitlines() or [""])[-1]


def annotated_copy(sdk, project: int, title: str) -> int:
    """A second project holding the same tasks, each with one annotation by the admin (imported
    with the tasks, since 10,000 single annotation requests would measure Label Studio)."""
    tasks = [t for t in sdk.tasks.list(project=project, include="id,data", page_size=1000)]
    labels = ("sourced", "speculative", "boilerplate")
    copy = sdk.projects.create(title=title, label_config=sdk.projects.get(project).label_config)
    payload = [{"data": t.data, "annotations": [{"result": [
        {"from_name": "label", "to_name": "claim", "type": "choices",
         "value": {"choices": [labels[i % 3]]}}]}]} for i, t in enumerate(tasks)]
    for first in range(0, len(payload), 1000):
        sdk.projects.import_tasks(copy.id, request=payload[first:first + 1000])
    return copy.id


def main() -> None:
    claims = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    export_claims = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    DATA.mkdir(parents=True, exist_ok=True)
    small, large = DATA / f"ls-{claims}.db", DATA / f"ls-{export_claims}.db"
    for path, n in ((small, claims), (large, export_claims)):
        build(f"sqlite:///{path}", n, 0)
    rows = []
    for path, n in ((small, claims), (large, export_claims)):
        out = DATA / f"tasks-{n}.json"
        seconds, peak, _ = timed("ls", "export", str(out), "--db", f"sqlite:///{path}")
        tasks = json.loads(out.read_text(encoding="utf-8"))
        assert len(tasks) == n, len(tasks)
        rows.append((f"ls export, {n:,} tasks ({out.stat().st_size / 1e6:.0f} MB)", seconds, peak))
        out.unlink()

    from label_studio_sdk import LabelStudio

    with tempfile.TemporaryDirectory() as data:
        server = start(Path(data))
        try:
            env = {**os.environ, "LABEL_STUDIO_URL": server.url,
                   "LABEL_STUDIO_API_KEY": server.token}
            db = f"sqlite:///{small}"
            seconds, peak, said = timed("ls", "push", "--create", "bench", "--db", db, env=env)
            project = int(said.split("project ")[1].split()[0])
            rows.append((f"ls push, {claims:,} tasks, new project", seconds, peak))
            seconds, peak, said = timed("ls", "push", "--project", str(project), "--db", db, env=env)
            rows.append((f"ls push again ({said.split(': ')[1]})", seconds, peak))
            sdk = LabelStudio(base_url=server.url, api_key=server.token, timeout=600)
            annotated = annotated_copy(sdk, project, "bench annotated")
            seconds, peak, said = timed("ls", "pull", "--project", str(annotated), "--db", db,
                                        env=env)
            rows.append((f"ls pull, {claims:,} annotations ({said.split(': ', 1)[1]})",
                         seconds, peak))
            seconds, peak, said = timed("ls", "pull", "--project", str(annotated), "--db", db,
                                        env=env)
            rows.append((f"ls pull again ({said.split(': ', 1)[1]})", seconds, peak))
        finally:
            stop(server)
    print("| command | wall (s) | peak RSS (MB) |\n|---|---|---|")
    for name, seconds, peak in rows:
        print(f"| {name} | {seconds:.1f} | {peak:.0f} |")


if __name__ == "__main__":
    main()
