"""How long `claimsift stats` takes on the database from bench/statsdb.py (1,000,000 claims,
2,000,000 history entries): the whole command (a new process, imports included) and the report
alone in-process, from the running tallies and by scanning the tables, median of RUNS.
Usage: python bench/stats_speed.py PATH [RUNS]."""
from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from annotate.report import build_report
from annotate.store.engine import make_engine, make_sessionmaker

BIN = Path(sys.executable).parent


def command(url: str, args: list[str], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([str(BIN / "claimsift"), "stats", "--db", url, *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return statistics.median(times), peak


def in_process(sessions, runs: int, **options) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        build_report(sessions, **options)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    path, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5
    url = f"sqlite:///{path}"
    sessions = make_sessionmaker(make_engine(url))
    subprocess.run([str(BIN / "claimsift"), "stats", "--db", url], check=True,
                   stdout=subprocess.DEVNULL)  # warm the page cache once
    print("| command | median wall (s) | peak RSS so far (MB) |\n|---|---|---|")
    for args in (["--format", "json"], ["--format", "table"], ["--by", "kind", "--format", "json"],
                 ["--by", "speaker", "--format", "json"], ["--by", "reviewer"],
                 ["--by", "document", "--format", "json"], ["--format", "html", "-o",
                                                             "/tmp/claimsift-bench.html"]):
        wall, peak = command(url, args, runs)
        print(f"| stats {' '.join(args)} | {wall:.2f} | {peak:.0f} |")
    startup = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([str(BIN / "claimsift"), "--help"], check=True, stdout=subprocess.DEVNULL)
        startup.append(time.perf_counter() - started)
    print(f"| claimsift --help (start-up alone) | {statistics.median(startup):.2f} | |")
    tallies = in_process(sessions, runs)
    scanned = in_process(sessions, 1, scan=True)
    print(f"\nreport in-process, by corpus: tallies {tallies:.3f} s, scanning the tables "
          f"{scanned:.2f} s (ratio {scanned / tallies:.0f}x)")


if __name__ == "__main__":
    main()
