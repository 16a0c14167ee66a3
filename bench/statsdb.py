"""The database for the `claimsift stats` benchmark: bench/bigdb.py's synthetic claims, labelled by
three reviewers with 2,000,000 history entries in all (overlapping claims, changed labels, hedge
flags, speaker corrections, some adjudicated), their current state and verdicts written in bulk.
Usage: python bench/statsdb.py PATH [CLAIMS] [ENTRIES]."""
from __future__ import annotations

import random
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, insert, select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bigdb import build  # noqa: E402

from annotate.store.engine import make_engine  # noqa: E402
from annotate.store.models import (  # noqa: E402
    AdjudicationRow, AnnotationRow, ClaimRow, FinalRow, ReviewRow, VerdictRow,
)
from annotate.store.tallies import rebuild  # noqa: E402
from claims.model import LABELS, SUGGESTED_LABEL  # noqa: E402

# which share of the claims each reviewer labels; the rest of the entries are changed labels
COVERAGE = {"ana": 0.9, "ben": 0.6, "cal": 0.3}
BATCH = 50_000


def label_claims(url: str, entries: int) -> None:
    engine = make_engine(url)
    with engine.connect() as connection:
        if connection.scalar(select(func.count()).select_from(AnnotationRow)):
            print(f"{url}: already labelled")
            return
        claims = connection.execute(select(ClaimRow.id, ClaimRow.document_id, ClaimRow.lang,
                                           ClaimRow.kind, ClaimRow.hedged, ClaimRow.speaker)).all()
    rng = random.Random(11)
    start = datetime(2026, 11, 2, 8, tzinfo=timezone.utc)
    first = sum(int(len(claims) * share) for share in COVERAGE.values())
    changes = max(0, entries - first)
    annotations, reviews, verdicts, adjudications, finals = [], [], [], [], []
    next_id = decided = 0
    started = time.perf_counter()

    def flush(connection, force=False):
        if not force and len(annotations) < BATCH:
            return
        for model, rows in ((AnnotationRow, annotations), (ReviewRow, reviews),
                            (AdjudicationRow, adjudications), (FinalRow, finals),
                            (VerdictRow, verdicts)):
            if rows:  # in this order: each table's rows point at the ones before
                connection.execute(insert(model), rows)
                rows.clear()

    with engine.begin() as connection:
        for number, (claim_id, document_id, lang, kind, hedged, speaker) in enumerate(claims):
            suggested = SUGGESTED_LABEL[kind]
            votes = {}
            for reviewer, share in COVERAGE.items():
                if rng.random() >= share:
                    continue
                steps = 1 + (rng.random() < changes / first)
                for _ in range(steps):
                    next_id += 1
                    label = suggested if rng.random() < 0.75 else rng.choice(LABELS)
                    flag = (hedged if rng.random() < 0.8 else not hedged) if rng.random() < 0.3 else None
                    when = start + timedelta(seconds=next_id * 2)
                    annotations.append(dict(
                        id=next_id, claim_id=claim_id, reviewer=reviewer, label=label,
                        speaker_correction=None, note=None, hedged=flag, retracted=False,
                        origin="tui", external_id=None, created_at=when, undoes_id=None))
                votes[reviewer] = (label, flag, next_id, when)
            for reviewer, (label, flag, entry, when) in votes.items():
                reviews.append(dict(claim_id=claim_id, reviewer=reviewer, label=label,
                                    speaker_correction=None, note=None, hedged=flag,
                                    annotation_id=entry, updated_at=when))
            if not votes:
                continue
            labels = [v[0] for v in votes.values()]
            top, count = Counter(labels).most_common(1)[0]
            majority = top if 2 * count > len(labels) else None
            final = majority is None and rng.random() < 0.5
            if final:
                majority = rng.choice(labels)
                decided += 1
                adjudications.append(dict(
                    id=decided, claim_id=claim_id, adjudicator="lead", label=majority,
                    speaker_correction=None, note=None, hedged=None, undoes_id=None,
                    created_at=start))
                finals.append(dict(claim_id=claim_id, adjudicator="lead", label=majority,
                                   speaker_correction=None, note=None, hedged=None,
                                   adjudication_id=decided, updated_at=start))
            flags = [v[1] for v in votes.values() if v[1] is not None]
            flag_top = Counter(flags).most_common(1)[0] if flags else (None, 0)
            verdicts.append(dict(
                claim_id=claim_id, document_id=document_id, lang=lang, kind=kind,
                predicted_hedged=hedged, speaker=speaker, label=majority,
                hedged=flag_top[0] if 2 * flag_top[1] > len(flags) else None,
                votes=len(labels), labels=len(set(labels)), final=final))
            flush(connection)
            if number % 100_000 == 0:
                print(f"\r{number} claims, {next_id} entries", end="", file=sys.stderr)
        flush(connection, force=True)
        rebuilt = time.perf_counter()
        rebuild(connection)  # the bulk load went around the running counts
        print(f"\ntallies recounted in {time.perf_counter() - rebuilt:.0f} s", file=sys.stderr)
    engine.dispose()
    print(f"\n{next_id} history entries in {time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    path = sys.argv[1]
    claims = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    entries = int(sys.argv[3]) if len(sys.argv) > 3 else 2_000_000
    build(f"sqlite:///{path}", claims, 0)
    label_claims(f"sqlite:///{path}", entries)
