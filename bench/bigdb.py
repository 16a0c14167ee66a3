"""A large claimsift database for the benchmarks: real sentences from the seeds recombined into
synthetic documents (the Arabic/English mix and the sentence lengths of the seeds), written in
bulk. Usage: python bench/bigdb.py PATH [CLAIMS] [REVIEWED]. Reuses PATH when it already holds
that many claims."""
from __future__ import annotations

import random
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, insert, select

from annotate.store.engine import make_engine, make_sessionmaker
from annotate.store.migrate import upgrade
from annotate.store.models import AnnotationRow, ClaimRow, DocumentRow, ReviewRow
from annotate.store.tallies import rebuild
from claims.model import LABELS, Document
from claims.pipeline import PIPELINE_VERSION, analyse
from claims.reader import read_paths

REPO = Path(__file__).resolve().parents[1]
PER_DOCUMENT = 100
BATCH = 20_000


def seed_sentences() -> dict[str, list]:
    by_lang: dict[str, list] = {"ar": [], "en": []}
    for document in read_paths([REPO / "seeds"]):
        if isinstance(document, Document):
            analysed = analyse(document)
            by_lang["ar" if analysed.lang == "ar" else "en"].extend(analysed.sentences)
    return by_lang


def build(url: str, claims: int, reviewed: int, reviewer: str = "bench") -> None:
    engine = make_engine(url)
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    with sessions() as session:
        have = session.scalar(select(func.count()).select_from(ClaimRow))
    if have >= claims:
        print(f"{url}: already {have} claims")
        return
    rng = random.Random(7)
    pool = seed_sentences()
    languages = ["ar"] * len(pool["ar"]) + ["en"] * len(pool["en"])  # the seeds' mix
    started = time.perf_counter()
    now = datetime.now(timezone.utc)
    documents = claims // PER_DOCUMENT
    with engine.begin() as connection:
        claim_id = 0
        for first in range(0, documents, BATCH // PER_DOCUMENT):
            doc_rows, claim_rows = [], []
            for number in range(first, min(documents, first + BATCH // PER_DOCUMENT)):
                lang = rng.choice(languages)
                picked = [rng.choice(pool[lang]) for _ in range(PER_DOCUMENT)]
                doc_rows.append(dict(
                    id=number + 1, path=f"bench/{number:07d}.txt", name=f"{number:07d}.txt",
                    sha256=f"{number:064x}", version=1, language=lang, encoding="utf-8",
                    title=picked[0].text[:80], url=None, published=None, text="",
                    pipeline_version=PIPELINE_VERSION, ingested_at=now))
                for seq, s in enumerate(picked):
                    claim_id += 1
                    claim_rows.append(dict(
                        id=claim_id, document_id=number + 1, seq=seq, start=0, end=len(s.text),
                        text=s.text, lang=s.lang, kind=s.kind, speaker=s.speaker, cue=s.cue,
                        hedged=s.hedged, vague_source=s.vague_source, confidence=s.confidence,
                        rule=s.rule, pipeline_version=PIPELINE_VERSION))
            connection.execute(insert(DocumentRow), doc_rows)
            connection.execute(insert(ClaimRow), claim_rows)
            print(f"\r{claim_id} claims", end="", file=sys.stderr)
        for first in range(1, reviewed + 1, BATCH):
            ids = range(first, min(reviewed + 1, first + BATCH))
            labels = [LABELS[rng.randrange(3)] for _ in ids]
            connection.execute(insert(AnnotationRow), [dict(
                id=i, claim_id=i, reviewer=reviewer, label=label, speaker_correction=None,
                note=None, retracted=False, origin="tui", external_id=None, created_at=now,
                undoes_id=None) for i, label in zip(ids, labels)])
            connection.execute(insert(ReviewRow), [dict(
                claim_id=i, reviewer=reviewer, label=label, speaker_correction=None, note=None,
                annotation_id=i, updated_at=now) for i, label in zip(ids, labels)])
        rebuild(connection)  # the bulk load went around the running counts
    engine.dispose()
    print(f"\nbuilt {claims} claims, {reviewed} reviewed, in {time.perf_counter() - started:.0f} s",
          file=sys.stderr)


if __name__ == "__main__":
    build(f"sqlite:///{sys.argv[1]}", int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000,
          int(sys.argv[3]) if len(sys.argv) > 3 else 100_000)
