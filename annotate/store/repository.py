"""Unit-of-work functions over the schema. Each document is written in one transaction."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from annotate.store import tallies
from annotate.store.models import ClaimRow, DocumentRow
from claims.pipeline import AnalysedDocument

StoreStatus = Literal["added", "new-version", "unchanged"]


@dataclass(frozen=True)
class StoreResult:
    status: StoreStatus
    document_id: int
    sentences: int


def store_document(
    sessions: sessionmaker[Session], analysed: AnalysedDocument, pipeline_version: str
) -> StoreResult:
    """Insert the document and all its claims, or nothing: an unchanged file adds nothing and a
    changed one becomes the next version of its path."""
    document = analysed.document
    try:
        return sessions.write(lambda session: _insert(session, analysed, pipeline_version))
    except IntegrityError:
        # Another process stored the same file between our look-up and our insert.
        with sessions() as session:
            found = _find(session, document.path, document.sha256)
        if found is None:
            raise
        return StoreResult("unchanged", found, 0)


def _insert(session: Session, analysed: AnalysedDocument, pipeline_version: str) -> StoreResult:
    document = analysed.document
    existing = _find(session, document.path, document.sha256)
    if existing is not None:
        return StoreResult("unchanged", existing, 0)
    previous = session.scalar(
        select(func.max(DocumentRow.version)).where(DocumentRow.path == document.path)
    )
    row = DocumentRow(
        path=document.path, name=document.name, sha256=document.sha256,
        version=(previous or 0) + 1, language=analysed.lang, encoding=document.encoding,
        title=document.title, url=document.url, published=document.date, text=document.text,
        pipeline_version=pipeline_version,
    )
    row.claims = [
        ClaimRow(
            seq=seq, start=s.start, end=s.end, text=s.text, lang=s.lang, kind=s.kind,
            speaker=s.speaker, cue=s.cue, hedged=s.hedged, vague_source=s.vague_source,
            confidence=s.confidence, rule=s.rule, pipeline_version=pipeline_version,
        )
        for seq, s in enumerate(analysed.sentences)
    ]
    session.add(row)
    session.flush()
    counts: Counter = Counter()
    for claim in row.claims:
        counts.update(tallies.contributions(claim, tallies.Snapshot()))
    tallies.apply(session, counts)
    status: StoreStatus = "new-version" if previous else "added"
    return StoreResult(status, row.id, len(row.claims))


def not_superseded():
    """True for documents no newer version of the same path has replaced."""
    newer = DocumentRow.__table__.alias("newer")
    return ~select(newer.c.id).where(
        newer.c.path == DocumentRow.path, newer.c.version > DocumentRow.version).exists()


def _find(session: Session, path: str, sha256: str) -> int | None:
    return session.scalar(
        select(DocumentRow.id).where(DocumentRow.path == path, DocumentRow.sha256 == sha256)
    )


@dataclass(frozen=True)
class KindCount:
    kind: str
    count: int


def claims_by_kind(sessions: sessionmaker[Session]) -> list[KindCount]:
    with sessions() as session:
        rows = session.execute(
            select(ClaimRow.kind, func.count()).group_by(ClaimRow.kind).order_by(ClaimRow.kind)
        )
        return [KindCount(kind, count) for kind, count in rows]


def latest_documents(sessions: sessionmaker[Session], limit: int = 50) -> list[DocumentRow]:
    """The newest version of each path, with its claims loaded."""
    newest = (
        select(DocumentRow.path, func.max(DocumentRow.version).label("version"))
        .group_by(DocumentRow.path).subquery()
    )
    query = (
        select(DocumentRow)
        .join(newest, (DocumentRow.path == newest.c.path) & (DocumentRow.version == newest.c.version))
        .order_by(DocumentRow.path).limit(limit)
    )
    with sessions() as session:
        documents = list(session.scalars(query))
        for document in documents:
            _ = document.claims  # load while the session is open
        return documents
