"""Claim-quality statistics, computed in SQL over the reviewers' current state (never by looping
over rows in Python)."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Select, and_, case, func, literal, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from annotate.agreement import Alpha, Kappa, cohen_kappa, krippendorff_alpha
from annotate.store.models import ClaimRow, DocumentRow, ReviewRow, VerdictRow
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
    observed: float | None = None  # raw agreement: agreeing pairs of labels among all pairs


def agreement(sessions: sessionmaker[Session], scope: Select | None = None) -> Agreement:
    with sessions() as session:
        return agreement_in(session, scope)


def agreement_in(session: Session, scope: Select | None = None) -> Agreement:
    """Pairwise Cohen's kappa and overall nominal alpha over claims labelled by two or more
    reviewers (`scope`: a selection of document ids); the counting is done by the database."""
    pairable = select(VerdictRow.claim_id).where(VerdictRow.votes >= 2)
    if scope is not None:
        pairable = pairable.where(VerdictRow.document_id.in_(scope))
    pairable = pairable.subquery()
    a, b = aliased(ReviewRow), aliased(ReviewRow)
    pairs = (
        select(a.reviewer, b.reviewer, a.label, b.label, func.count())
        .select_from(pairable)
        .join(a, a.claim_id == pairable.c.claim_id)
        .join(b, and_(b.claim_id == a.claim_id, a.reviewer < b.reviewer))
        .where(a.label.is_not(None), b.label.is_not(None))
        .group_by(a.reviewer, b.reviewer, a.label, b.label)
    )
    # Krippendorff's coincidences: per claim and label, how many reviewers chose it (u), and
    # per claim how many labels it has (m); sum n_c * (n_k - [c == k]) / (m - 1) over claims.
    u = (select(ReviewRow.claim_id, ReviewRow.label, func.count().label("n"))
         .join(pairable, pairable.c.claim_id == ReviewRow.claim_id)
         .where(ReviewRow.label.is_not(None))
         .group_by(ReviewRow.claim_id, ReviewRow.label).cte("u"))
    m = (select(u.c.claim_id, func.sum(u.c.n).label("m")).group_by(u.c.claim_id)
         .having(func.sum(u.c.n) >= 2).cte("m"))
    u1, u2 = u.alias("u1"), u.alias("u2")
    same = case((u1.c.label == u2.c.label, 1), else_=0)
    value = func.sum(u1.c.n * (u2.c.n - same) * literal(1.0) / (m.c.m - 1))
    coincidence = (select(u1.c.label, u2.c.label, value)
                   .join(u2, u2.c.claim_id == u1.c.claim_id)
                   .join(m, m.c.claim_id == u1.c.claim_id)
                   .group_by(u1.c.label, u2.c.label))
    tables: dict[tuple[str, str], dict[tuple[str, str], int]] = {}
    for first, second, x, y, count in session.execute(pairs):
        tables.setdefault((first, second), {})[(x, y)] = count
    matrix = {(c, k): float(v) for c, k, v in session.execute(coincidence) if v}
    claims = session.scalar(select(func.count()).select_from(m))
    return finish_agreement(tables, matrix, claims)


def finish_agreement(tables: dict, matrix: dict, claims: int) -> Agreement:
    """Kappa per pair table, alpha and raw agreement from the coincidence matrix."""
    total = sum(matrix.values())
    observed = sum(v for (c, k), v in matrix.items() if c == k) / total if total else None
    return Agreement({pair: cohen_kappa(table) for pair, table in sorted(tables.items())},
                     krippendorff_alpha(matrix, claims), observed)
