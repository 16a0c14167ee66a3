"""Scale benchmark (issue 7): at each corpus size, in one run, as separate processes (wall time and
peak resident memory from wait4):
  - `claimsift classify` against bench/bare.py (spaCy blank + sentencizer, the same files);
  - `claimsift ingest` into a new SQLite file and into a new PostgreSQL database (a server this
    script starts on loopback, tests/pgserver.py), with one process and with --jobs 2.
Writes its table into bench/RESULTS.md between the scale markers and prints it.

Usage: python bench/scale.py SIZE [SIZE ...] [--only classify]"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.corpus import build, describe  # noqa: E402
from tests import pgserver  # noqa: E402

CLAIMSIFT = [sys.executable, "-c", "from annotate.cli import main; main()"]
RESULTS = REPO / "bench" / "RESULTS.md"
RAW = REPO / "bench" / "scale.json"  # every size's latest figures, so runs of single sizes add up
BEGIN, END = "<!-- scale:begin -->", "<!-- scale:end -->"


def run(command: list[str]) -> tuple[float, float, bytes]:
    """Wall seconds, peak RSS in MB (the largest process of the tree) and the output."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = bytearray()
    lines = 0
    while chunk := process.stdout.read(1 << 20):
        lines += chunk.count(b"\n")
        if len(output) < 1 << 16:
            output += chunk[: 1 << 16]
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{command[3:]} exited {process.returncode}: {bytes(output[-2000:])!r}")
    return seconds, usage.ru_maxrss / 1024, bytes(output) if lines < 100 else str(lines).encode()


def stored_sentences(output: bytes) -> int:
    found = re.search(rb"(\d+) sentences", output)
    if found is None:
        raise RuntimeError(f"no summary in {output[-500:]!r}")
    return int(found.group(1))


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:] if a.isdigit()]
    only_classify = "--only" in sys.argv and "classify" in sys.argv
    rows = []
    postgres = None if only_classify else pgserver.start()
    try:
        for size in sizes:
            corpus = build(size)
            info = describe(corpus)
            ours, ours_mb, lines = run([*CLAIMSIFT, "classify", str(corpus)])
            sentences = int(lines)
            bare, bare_mb, _ = run([sys.executable, str(REPO / "bench" / "bare.py"), str(corpus)])
            row = dict(size=size, arabic=info["arabic"], mb=info["bytes"] / 2**20,
                       sentences=sentences, ours=ours, bare=bare, ours_mb=ours_mb,
                       bare_mb=bare_mb, ingest={}, date=date.today().isoformat())
            print(row, flush=True)
            if not only_classify:
                with tempfile.TemporaryDirectory(dir=REPO / "bench" / "data") as folder:
                    for jobs in (1, 2):
                        targets = {"SQLite": f"sqlite:///{folder}/ingest-{jobs}.db"}
                        name = f"ingest_{size}_{jobs}"
                        postgres.execute(f"CREATE DATABASE {name}")
                        targets["PostgreSQL"] = postgres.url(name)
                        for backend, url in targets.items():
                            seconds, mb, output = run([*CLAIMSIFT, "ingest", str(corpus), "--db",
                                                       url, "--jobs", str(jobs)])
                            row["ingest"][f"{backend} {jobs}"] = (seconds, mb,
                                                                  stored_sentences(output))
                            print(backend, jobs, row["ingest"][f"{backend} {jobs}"], flush=True)
            rows.append(row)
            save(row)
    finally:
        if postgres is not None:
            pgserver.stop(postgres)
    table = render(sorted(json.loads(RAW.read_text()).values(), key=lambda r: r["size"]))
    print(table)
    write(table)


def save(row: dict) -> None:
    saved = json.loads(RAW.read_text()) if RAW.exists() else {}
    previous = saved.get(str(row["size"]), {})
    if not row["ingest"]:  # a classify-only run keeps the ingest figures it did not measure
        row["ingest"] = previous.get("ingest", {})
    saved[str(row["size"])] = row
    RAW.write_text(json.dumps(saved, indent=1) + "\n")


def render(rows: list[dict]) -> str:
    out = ["| documents | Arabic documents | MB of text | sentences | classify s | bare sentencizer s "
           "| ratio | classify sentences/s | classify peak RSS MB | bare peak RSS MB | run |",
           "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        out.append(f"| {r['size']:,} | {r['arabic']:,} | {r['mb']:.0f} | {r['sentences']:,} | "
                   f"{r['ours']:.1f} | {r['bare']:.1f} | {r['ours'] / r['bare']:.2f}x | "
                   f"{r['sentences'] / r['ours']:,.0f} | {r['ours_mb']:.0f} | {r['bare_mb']:.0f} | "
                   f"{r['date']} |")
    if any(r["ingest"] for r in rows):
        out += ["", "| documents | database | jobs | ingest s | sentences/s | peak RSS MB |",
                "|---|---|---|---|---|---|"]
        for r in rows:
            for key, (seconds, mb, stored) in sorted(r["ingest"].items()):
                backend, jobs = key.split()
                out.append(f"| {r['size']:,} | {backend} | {jobs} | {seconds:.1f} | "
                           f"{stored / seconds:,.0f} | {mb:.0f} |")
    return "\n".join(out)


def write(table: str) -> None:
    text = RESULTS.read_text(encoding="utf-8")
    block = f"{BEGIN}\n{table}\n{END}"
    if BEGIN in text:
        text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: block, text, flags=re.S)
    else:
        text += f"\n## Scale: classify and ingest at 1,000 to 100,000 documents\n\n{block}\n"
    RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
