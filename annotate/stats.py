"""Claim-quality statistics, computed in SQL over the reviewers' current state (never by looping
over rows in Python)."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, sessionmaker

from annotate.store.models import ClaimRow, DocumentRow, ReviewRow
from claims.model import KINDS, LABELS, SUGGESTED_LABEL


@dataclass(frozen=True)
class DocumentProgress:
    document_id: int
    name: str
    reviewed: int
    total: int


@dataclass(frozen=True)
class Overview:
    """One reviewer's picture: their labels, the claims by kind, progress, agreement with the
    pipeline (suggested label versus their label)."""

    reviewer: str
    total: int
    reviewed: int
    labels: dict[str, int]
    kinds: dict[str, int]
    documents: list[DocumentProgress]
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)  # (suggested, label)

    @property
    def agreed(self) -> int:
        return sum(n for (suggested, label), n in self.confusion.items() if suggested == label)

    @property
    def compared(self) -> int:
        return sum(self.confusion.values())


def overview(sessions: sessionmaker[Session], reviewer: str, documents: int = 12) -> Overview:
    mine = and_(ReviewRow.claim_id == ClaimRow.id, ReviewRow.reviewer == reviewer)
    with sessions() as session:
        kinds = dict(session.execute(
            select(ClaimRow.kind, func.count()).group_by(ClaimRow.kind)).all())
        labels = dict(session.execute(
            select(ReviewRow.label, func.count())
            .where(ReviewRow.reviewer == reviewer, ReviewRow.label.is_not(None))
            .group_by(ReviewRow.label)).all())
        pairs = session.execute(
            select(ClaimRow.kind, ReviewRow.label, func.count())
            .join(ReviewRow, mine).where(ReviewRow.label.is_not(None))
            .group_by(ClaimRow.kind, ReviewRow.label))
        confusion = {(SUGGESTED_LABEL[kind], label): n for kind, label, n in pairs}
        progress = session.execute(
            select(DocumentRow.id, DocumentRow.name, func.count(ReviewRow.label),
                   func.count(ClaimRow.id))
            .join(ClaimRow, ClaimRow.document_id == DocumentRow.id)
            .outerjoin(ReviewRow, mine)
            .group_by(DocumentRow.id, DocumentRow.name).order_by(DocumentRow.id).limit(documents))
        document_rows = [DocumentProgress(*row) for row in progress]
    return Overview(
        reviewer=reviewer, total=sum(kinds.values()), reviewed=sum(labels.values()),
        labels={label: labels.get(label, 0) for label in LABELS},
        kinds={kind: kinds.get(kind, 0) for kind in KINDS},
        documents=document_rows, confusion=confusion,
    )
