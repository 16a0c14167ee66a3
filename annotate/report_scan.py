"""Report figures counted by GROUP BY over the tables (verdicts, reviews, annotations): used when
the running tallies do not apply (a reviewer's own labels, a selection of documents, superseded
document versions). Also the reference the tally path is tested against."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from annotate.report import Activity, Comparison, Counts, fold_counts, hour_start
from annotate.stats import Agreement, agreement_in
from annotate.store.models import (
    AnnotationRow, ClaimRow, DocumentRow, FinalRow, ReviewRow, VerdictRow,
)
from annotate.store.repository import not_superseded
from annotate.store.tallies import hour_sql
from claims.model import LABELS, SUGGESTED_LABEL


class ScanQuery:
    """The figures of one report counted by scanning the tables: for a reviewer's own labels, a
    selection of documents, or a corpus holding superseded document versions."""

    def __init__(self, session: Session, reviewer: str | None, documents: tuple[str, ...]):
        self.session, self.reviewer = session, reviewer
        self.scope = None
        if documents:
            names = [DocumentRow.name.ilike(f"%{d}%") for d in documents]
            ids = [int(d) for d in documents if d.isdigit()]
            self.scope = select(DocumentRow.id).where(or_(*names, DocumentRow.id.in_(ids)))
        elif session.scalar(select(func.count(DocumentRow.id)
                                   - func.count(DocumentRow.path.distinct()))):
            self.scope = _latest_versions()  # superseded versions of a document do not count
        # the labelled side: verdicts, or the reviewer's reviews joined to their claims
        self.table = VerdictRow if reviewer is None else ClaimRow
        self.label = VerdictRow.label if reviewer is None else ReviewRow.label
        self.hedged = VerdictRow.hedged if reviewer is None else ReviewRow.hedged
        self.predicted_hedged = VerdictRow.predicted_hedged if reviewer is None else ClaimRow.hedged
        self.speaker = (VerdictRow.speaker if reviewer is None else
                        func.coalesce(ReviewRow.speaker_correction, ClaimRow.speaker))

    def claims(self, query: Select, table=ClaimRow) -> Select:
        return query if self.scope is None else query.where(table.document_id.in_(self.scope))

    def labelled(self, *columns) -> Select:
        """(columns..., label, claims) over the labelled claims, grouped by the columns."""
        query = select(*columns, self.label, func.count())
        if self.reviewer is None:
            query = query.where(or_(VerdictRow.label.is_not(None), VerdictRow.votes > 0))
        else:
            query = (query.select_from(ReviewRow)
                     .join(ClaimRow, ClaimRow.id == ReviewRow.claim_id)
                     .where(ReviewRow.reviewer == self.reviewer, ReviewRow.label.is_not(None)))
        return self.claims(query, self.table).group_by(*columns, self.label)

    def group_counts(self, by: str) -> dict[str, Counts]:
        """Counts per value of a claim column; "corpus" is a single group named "all"."""
        if by == "speaker":
            return self.speaker_counts()
        s = self.session
        if by == "corpus":
            total = s.scalar(self.claims(select(func.count()).select_from(ClaimRow)))
            rows = [("all", label, n) for label, n in s.execute(self.labelled())]
            return fold_counts(rows, {"all": total})
        name = {"document": "document_id", "language": "lang", "kind": "kind"}[by]
        column = getattr(ClaimRow, name)
        totals = dict(s.execute(self.claims(select(column, func.count())).group_by(column)).all())
        return fold_counts(s.execute(self.labelled(getattr(self.table, name))).all(), totals)

    def speaker_counts(self) -> dict[str, Counts]:
        """Per speaker (as corrected by reviewers): claims, documents and labels."""
        if self.reviewer is None:
            effective = func.coalesce(VerdictRow.speaker, ClaimRow.speaker)
            joined = VerdictRow.claim_id == ClaimRow.id
            other = VerdictRow
        else:
            effective = self.speaker
            joined = and_(ReviewRow.claim_id == ClaimRow.id, ReviewRow.reviewer == self.reviewer)
            other = ReviewRow
        totals_query = (
            select(effective, func.count(), func.count(ClaimRow.document_id.distinct()))
            .select_from(ClaimRow).outerjoin(other, joined).where(effective.is_not(None)))
        totals = {key: (n, docs) for key, n, docs in
                  self.session.execute(self.claims(totals_query).group_by(effective))}
        labelled = self.labelled(self.speaker).where(self.speaker.is_not(None))
        return fold_counts(self.session.execute(labelled).all(), totals)

    def comparison(self) -> tuple[Comparison, Comparison]:
        rows = self.session.execute(self.labelled(self.table.kind)).all()
        confusion = {(SUGGESTED_LABEL[kind], label): n for kind, label, n in rows if label}
        query = select(self.predicted_hedged, self.hedged, func.count()).where(
            self.hedged.is_not(None))
        if self.reviewer is not None:
            query = query.select_from(ReviewRow).join(
                ClaimRow, ClaimRow.id == ReviewRow.claim_id).where(
                ReviewRow.reviewer == self.reviewer)
        rows = self.session.execute(self.claims(query, self.table)
                                    .group_by(self.predicted_hedged, self.hedged)).all()
        yes_no = {True: "hedged", False: "not hedged"}
        hedged = {(yes_no[bool(p)], yes_no[bool(r)]): n for p, r, n in rows}
        return Comparison(confusion, LABELS), Comparison(hedged, ("hedged", "not hedged"))

    def activity(self) -> list[Activity]:
        """Per reviewer: current labels, and every change in the history with when it was made."""
        s = self.session
        labels = select(ReviewRow.reviewer, ReviewRow.label, func.count())
        history = select(AnnotationRow.reviewer, func.count(), func.min(AnnotationRow.created_at),
                         func.max(AnnotationRow.created_at),
                         func.count(hour_sql(s.get_bind().dialect.name,
                                          AnnotationRow.created_at).distinct()))
        if self.scope is not None:
            labels = self.claims(labels.join(ClaimRow, ClaimRow.id == ReviewRow.claim_id))
            history = self.claims(history.join(ClaimRow, ClaimRow.id == AnnotationRow.claim_id))
        labels = labels.where(ReviewRow.label.is_not(None)).group_by(
            ReviewRow.reviewer, ReviewRow.label)
        total = s.scalar(self.claims(select(func.count()).select_from(ClaimRow)))
        counts = fold_counts(s.execute(labels).all(), {})
        out = []
        for name, entries, first, last, hours in s.execute(history.group_by(AnnotationRow.reviewer)):
            mine = counts.get(name, Counts())
            out.append(Activity(name, Counts(total, **{k: getattr(mine, k) for k in LABELS}),
                                entries, hour_start(_aware(first)), hour_start(_aware(last), end=True),
                                hours))
        return out

    def agreement(self) -> Agreement:
        return agreement_in(self.session, self.scope)

    def adjudicated(self) -> int:
        query = (select(func.count()).select_from(FinalRow)
                 .join(ClaimRow, ClaimRow.id == FinalRow.claim_id)
                 .where(FinalRow.label.is_not(None)))
        return self.session.scalar(self.claims(query))


def _latest_versions() -> Select:
    return select(DocumentRow.id).where(not_superseded())


def _aware(value):
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value
