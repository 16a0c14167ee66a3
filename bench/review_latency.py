"""The review UI at scale: time to the first claim on screen and keypress-to-next-claim latency,
driving the real app headless (App.run_test). Usage:
    python bench/review_latency.py DB.sqlite [PRESSES]
The database comes from bench/bigdb.py (1,000,000 claims, the first 100,000 labelled by "bench",
so the app must resume at claim 100,001)."""
from __future__ import annotations

import asyncio
import statistics
import sys
import time

from annotate.review import Filter, ReviewService
from annotate.store.engine import make_engine, make_sessionmaker
from annotate.store.migrate import upgrade
from tui.app import ClaimsiftApp
from tui.widgets.claim_panel import ClaimPanel


async def wait_for(condition, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there")
        await asyncio.sleep(0.0005)


async def run(url: str, presses: int, flt: Filter) -> dict:
    started = time.perf_counter()
    engine = make_engine(url)
    upgrade(engine)
    app = ClaimsiftApp(ReviewService(make_sessionmaker(engine), "bench"), flt=flt)
    result: dict = {}
    async with app.run_test(size=(140, 40)) as pilot:
        panel = app.review.query_one(ClaimPanel)
        await wait_for(lambda: panel.painted is not None)
        result["first_paint_s"] = time.perf_counter() - started
        result["first_claim"] = panel.detail.claim.id
        screen = app.review
        await wait_for(lambda: screen.progress.total > 0)
        result["progress_s"] = time.perf_counter() - started
        latencies = []
        for number in range(presses):
            before = screen.current.id
            t0 = time.perf_counter()
            app.simulate_key("spb"[number % 3])  # a key event, as from the terminal
            await wait_for(lambda: not screen.busy and screen.current.id != before
                           and panel.painted == screen.current.id)
            latencies.append(time.perf_counter() - t0)
        latencies.sort()
        result["presses"] = presses
        result["median_ms"] = 1000 * statistics.median(latencies)
        result["p95_ms"] = 1000 * latencies[int(0.95 * (len(latencies) - 1))]
        result["max_ms"] = 1000 * latencies[-1]
        await pilot.press("q")
    engine.dispose()
    return result


def main() -> None:
    url = f"sqlite:///{sys.argv[1]}"
    presses = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    for name, flt in (("all claims", Filter()), ("unreviewed, attributed, ar", Filter(
            unreviewed=True, kind="attributed", lang="ar"))):
        r = asyncio.run(run(url, presses, flt))
        print(f"| {name} | {r['first_claim']} | {r['first_paint_s']:.3f} | {r['progress_s']:.3f} "
              f"| {r['presses']} | {r['median_ms']:.1f} | {r['p95_ms']:.1f} | {r['max_ms']:.1f} |")


if __name__ == "__main__":
    main()
