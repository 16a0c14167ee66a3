"""Claim-quality statistics, computed in SQL over the reviewers' current state (never by looping
over rows in Python)."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import and_, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from annotate.agreement import Alpha, Kappa, cohen_kappa, krippendorff_alpha
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


@dataclass(frozen=True)
class Agreement:
    pairs: dict[tuple[str, str], Kappa]  # (reviewer, reviewer) -> kappa on their shared claims
    alpha: Alpha


_PAIRS = text("""
    SELECT a.reviewer, b.reviewer, a.label, b.label, count(*)
    FROM reviews a JOIN reviews b ON a.claim_id = b.claim_id AND a.reviewer < b.reviewer
    WHERE a.label IS NOT NULL AND b.label IS NOT NULL
    GROUP BY a.reviewer, b.reviewer, a.label, b.label
""")
_COINCIDENCES = text("""
    WITH u AS (SELECT claim_id, label, count(*) AS n FROM reviews
               WHERE label IS NOT NULL GROUP BY claim_id, label),
         m AS (SELECT claim_id, sum(n) AS m FROM u GROUP BY claim_id HAVING sum(n) >= 2)
    SELECT u1.label, u2.label,
           sum(u1.n * (u2.n - CASE WHEN u1.label = u2.label THEN 1 ELSE 0 END) * 1.0 / (m.m - 1)),
           (SELECT count(*) FROM m)
    FROM u u1 JOIN u u2 ON u1.claim_id = u2.claim_id JOIN m ON m.claim_id = u1.claim_id
    GROUP BY u1.label, u2.label
""")


def agreement(sessions: sessionmaker[Session]) -> Agreement:
    """Pairwise Cohen's kappa and overall nominal alpha over claims labelled by two or more
    reviewers; the counting is done by the database."""
    tables: dict[tuple[str, str], dict[tuple[str, str], int]] = {}
    with sessions() as session:
        for first, second, a, b, count in session.execute(_PAIRS):
            tables.setdefault((first, second), {})[(a, b)] = count
        rows = session.execute(_COINCIDENCES).all()
    matrix = {(c, k): float(value) for c, k, value, _ in rows if value}
    claims = rows[0][3] if rows else 0
    return Agreement({pair: cohen_kappa(table) for pair, table in sorted(tables.items())},
                     krippendorff_alpha(matrix, claims))
