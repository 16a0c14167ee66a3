"""Eight reviewer processes label the same claims at once, on SQLite and on PostgreSQL: every label
is saved exactly once, none is lost, and the verdicts and running counts agree with a recount."""
from __future__ import annotations

import json
import multiprocessing
import random
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from annotate.report import GROUPINGS, build_report
from annotate.report_render import to_dict
from annotate.review import Filter, ReviewService
from annotate.store.models import AnnotationRow, ReviewRow, TallyRow, VerdictRow
from annotate.store.tallies import rebuild
from claims.model import LABELS

PROCESSES = 8
CLAIMS = 40


def _reviewer(url: str, name: str, seed: int, barrier, out: str) -> None:
    """Label every claim in a shuffled order, then relabel a third of them and undo once; write
    down each change as it was acknowledged."""
    from annotate.store.engine import make_engine, make_sessionmaker

    service = ReviewService(make_sessionmaker(make_engine(url)), name)
    claims = [c.id for c in service.page(Filter(), limit=CLAIMS)]
    rng = random.Random(seed)
    rng.shuffle(claims)
    plan = [(claim, rng.choice(LABELS)) for claim in claims]
    plan += [(claim, rng.choice(LABELS)) for claim in rng.sample(claims, CLAIMS // 3)]
    done = []
    barrier.wait(timeout=120)
    for claim, label in plan:
        service.label(claim, label)
        done.append(["label", claim, label])
    done.append(["undo", service.undo(), None])
    Path(out).write_text(json.dumps(done))


def _report(sessions, by: str, scan: bool) -> dict:
    out = to_dict(build_report(sessions, by, scan=scan))
    out.pop("generated_at")
    return out


def test_eight_reviewer_processes_label_the_same_claims_at_once(seeded_url, seeded_sessions,
                                                               tmp_path):
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(PROCESSES)
    names = [f"r{i}" for i in range(PROCESSES)]
    outputs = [tmp_path / f"{name}.json" for name in names]
    processes = [context.Process(target=_reviewer, args=(seeded_url, name, i, barrier, str(out)))
                 for i, (name, out) in enumerate(zip(names, outputs))]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=600)
    assert [p.exitcode for p in processes] == [0] * PROCESSES

    expected: dict[tuple[int, str], str | None] = {}
    changes = Counter()
    for name, out in zip(names, outputs):
        done = json.loads(out.read_text())
        last: dict[int, list[str | None]] = {}
        for action, claim, label in done:
            if action == "label":
                last.setdefault(claim, []).append(label)
            else:  # the undo takes back the newest label of that claim
                last[claim].pop()
            changes[name] += 1
        for claim, labels in last.items():
            expected[(claim, name)] = labels[-1] if labels else None

    with seeded_sessions() as session:
        entries = Counter(dict(session.execute(
            select(AnnotationRow.reviewer, func.count()).group_by(AnnotationRow.reviewer)).all()))
        reviews = {(c, r): label for c, r, label in session.execute(
            select(ReviewRow.claim_id, ReviewRow.reviewer, ReviewRow.label))}
        verdicts = session.scalar(select(func.count()).select_from(VerdictRow))
    assert entries == changes  # every acknowledged change stored once, nothing extra
    assert reviews == expected  # each reviewer's newest label is the one they set last
    assert verdicts == CLAIMS

    for by in GROUPINGS:  # the counts kept by concurrent writers equal a scan of the tables
        assert _report(seeded_sessions, by, scan=False) == _report(seeded_sessions, by, scan=True)
    kept = _tallies(seeded_sessions)
    with seeded_sessions.begin() as session:
        rebuild(session.connection())
    assert _tallies(seeded_sessions) == kept


def _tallies(sessions) -> Counter:
    with sessions() as session:
        rows = session.execute(select(TallyRow.facet, TallyRow.key, TallyRow.sub, TallyRow.label,
                                      TallyRow.n)).all()
    return Counter({tuple(row[:4]): row[4] for row in rows if row[4]})
