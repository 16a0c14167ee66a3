"""The claim-quality report behind `claimsift stats`: label shares per group, the pipeline against
reviewers, agreement, speakers and reviewer activity. Every figure is counted by the database
(GROUP BY over the `verdicts` and `reviews` tables); Python only arranges the few result rows.

Which label counts: by default a claim's verdict (the final label when adjudicated, else the
reviewers' strict majority; a tie leaves it disputed). With a reviewer named, that reviewer's own
labels.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from annotate.stats import Agreement
from annotate.store.models import (
    DocumentRow,
)
from claims.model import LABELS

GROUPINGS = ("corpus", "document", "speaker", "reviewer", "language", "kind")
TOP_SPEAKERS = 20


@dataclass(frozen=True)
class Counts:
    claims: int = 0
    sourced: int = 0
    speculative: int = 0
    boilerplate: int = 0
    disputed: int = 0  # reviewed, but the reviewers are split evenly and nobody adjudicated
    documents: int | None = None  # for speakers: in how many documents they speak

    @property
    def reviewed(self) -> int:
        return self.sourced + self.speculative + self.boilerplate

    @property
    def sourced_share(self) -> float | None:
        """Sourced among the claims reviewed as sourced or speculative (boilerplate left out)."""
        asserted = self.sourced + self.speculative
        return self.sourced / asserted if asserted else None

    @property
    def progress(self) -> float | None:
        return self.reviewed / self.claims if self.claims else None

    def share(self, label: str) -> float | None:
        return getattr(self, label) / self.reviewed if self.reviewed else None


@dataclass(frozen=True)
class Group:
    key: str
    name: str
    counts: Counts


@dataclass(frozen=True)
class Scores:
    precision: float | None
    recall: float | None
    f1: float | None
    support: int  # claims reviewers gave this label


@dataclass(frozen=True)
class Comparison:
    """The pipeline against reviewers: (predicted, reviewed) -> claims."""

    confusion: dict[tuple[str, str], int]
    classes: tuple[str, ...]

    @property
    def claims(self) -> int:
        return sum(self.confusion.values())

    @property
    def accuracy(self) -> float | None:
        right = sum(n for (p, r), n in self.confusion.items() if p == r)
        return right / self.claims if self.claims else None

    def scores(self, value: str) -> Scores:
        hit = self.confusion.get((value, value), 0)
        predicted = sum(n for (p, _), n in self.confusion.items() if p == value)
        actual = sum(n for (_, r), n in self.confusion.items() if r == value)
        precision = hit / predicted if predicted else None
        recall = hit / actual if actual else None
        f1 = (2 * precision * recall / (precision + recall)
              if precision is not None and recall is not None and precision + recall else
              (0.0 if precision is not None and recall is not None else None))
        return Scores(precision, recall, f1, actual)


@dataclass(frozen=True)
class Activity:
    reviewer: str
    counts: Counts
    entries: int  # every change in the history, undos included
    first: datetime | None  # the start of the first active hour
    last: datetime | None  # the last minute of the last active hour
    active_hours: int  # clock hours with at least one change

    @property
    def per_hour(self) -> float | None:
        return self.entries / self.active_hours if self.active_hours else None


@dataclass(frozen=True)
class Report:
    by: str
    reviewer: str | None
    documents: tuple[str, ...]
    totals: Counts
    groups: list[Group]
    labels: Comparison
    hedged: Comparison
    agreement: Agreement
    speakers: list[Group]
    reviewers: list[Activity]
    adjudicated: int
    generated_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def hour_start(when: datetime | None, end: bool = False) -> datetime | None:
    """The clock hour of `when` (its last minute with `end`): activity is kept by the hour."""
    if when is None:
        return None
    when = when.astimezone(timezone.utc).replace(minute=0, second=0, microsecond=0)
    return when.replace(minute=59) if end else when


def fold_counts(rows, totals: dict) -> dict[str, Counts]:
    """Fold (key, label, n) rows and key -> claims (or (claims, documents)) into Counts."""
    found: dict[str, dict[str, int]] = {}
    for key, label, n in rows:
        found.setdefault(key, {})[label or "disputed"] = n
    out = {}
    for key in totals.keys() | found.keys():
        total = totals.get(key, 0)
        claims, documents = total if isinstance(total, tuple) else (total, None)
        out[key] = Counts(claims, documents=documents, **{
            label: found.get(key, {}).get(label, 0) for label in (*LABELS, "disputed")})
    return out


def _names(session: Session, by: str, keys) -> dict:
    if by == "document":
        ids = [k for k in keys if isinstance(k, int)]
        query = select(DocumentRow.id, DocumentRow.name)
        if len(ids) < 500:  # else reading every name is quicker than a long IN list
            query = query.where(DocumentRow.id.in_(ids))
        return dict(session.connection().execute(query).all())
    return {}


def build_report(sessions: sessionmaker[Session], by: str = "corpus", reviewer: str | None = None,
                 documents: tuple[str, ...] = (), scan: bool = False) -> Report:
    """The report; from the running tallies when it covers the whole corpus by verdict (and no
    document has a superseded version), else by scanning. `scan` forces the scan (for tests)."""
    from annotate.report_scan import ScanQuery
    from annotate.report_tallies import TallyQuery

    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; expected one of {', '.join(GROUPINGS)}")
    with sessions() as session:
        q = ScanQuery(session, reviewer, documents)
        # Agreement and activity are about every reviewer: the tallies serve them whenever the
        # whole corpus is asked for, the reviewer's own labels too.
        whole = q if scan or q.scope is not None else TallyQuery(session)
        if reviewer is None:
            q = whole
        totals = q.group_counts("corpus").get("all", Counts())
        activity = whole.activity()
        if by == "reviewer":
            groups = [Group(a.reviewer, a.reviewer, a.counts) for a in activity]
        else:
            counted = q.group_counts(by)
            names = _names(session, by, counted)
            groups = [Group(str(key), str(names.get(key, key)), c) for key, c in counted.items()]
            groups.sort(key=lambda g: (-g.counts.claims, g.name) if by == "speaker" else
                        (int(g.key) if g.key.isdigit() else 0, g.name))
        speakers = (groups if by == "speaker" else
                    sorted((Group(k, k, c) for k, c in q.speaker_counts().items()),
                           key=lambda g: (-g.counts.claims, g.name)))[:TOP_SPEAKERS]
        labels, hedged = q.comparison()
        return Report(by=by, reviewer=reviewer, documents=documents, totals=totals,
                      groups=groups, labels=labels, hedged=hedged, agreement=whole.agreement(),
                      speakers=speakers, reviewers=activity, adjudicated=whole.adjudicated())
