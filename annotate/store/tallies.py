"""Running counts behind `claimsift stats`, kept in the same transaction as every write so that a
report over a million claims reads a few thousand rows instead of scanning the tables.

Each claim contributes a set of counted facts (its group totals, its verdict's label per group,
its reviewers' labels, pairs and coincidences, its hedge flags); a write takes the claim's facts
before and after and adds the difference. Increments are applied in key order, so two writers in
PostgreSQL never wait on each other's rows in opposite orders. `rebuild` recounts everything from
the tables (the migration that created them, and the benchmarks' bulk loads, use it).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import groupby

from sqlalchemy import Connection, bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from annotate.store.models import (
    AnnotationRow, ClaimRow, FinalRow, ReviewRow, TallyRow, VerdictRow,
)

SEP = "\x1f"  # between the two names of a reviewer pair
GROUP_FACETS = ("corpus", "document", "language", "kind", "speaker")
Key = tuple[str, str, str, str]  # facet, key, sub, label


@dataclass(frozen=True)
class Snapshot:
    """What of a claim is counted: its reviewers' labels, its verdict, its final label."""

    reviews: tuple[tuple[str, str | None], ...] = ()  # (reviewer, label), by reviewer
    verdict: tuple | None = None  # (speaker, label, votes, hedged)
    final: str | None = None


_REVIEWS = (select(ReviewRow.reviewer, ReviewRow.label)
            .where(ReviewRow.claim_id == bindparam("claim")).order_by(ReviewRow.reviewer))
_VERDICT = (select(VerdictRow.speaker, VerdictRow.label, VerdictRow.votes, VerdictRow.hedged,
                   select(FinalRow.label).where(FinalRow.claim_id == bindparam("claim"))
                   .scalar_subquery())
            .where(VerdictRow.claim_id == bindparam("claim")))
_FINAL = select(FinalRow.label).where(FinalRow.claim_id == bindparam("claim"))


def snapshot(session: Session, claim_id: int) -> Snapshot:
    """Read at the connection, past the ORM (this runs twice on every write)."""
    session.flush()
    connection = session.connection()
    reviews = connection.execute(_REVIEWS, {"claim": claim_id}).all()
    verdict = connection.execute(_VERDICT, {"claim": claim_id}).first()
    if verdict is None:  # no verdict: there can still be a final decision being cleared
        final = connection.execute(_FINAL, {"claim": claim_id}).scalar()
        return Snapshot(tuple(map(tuple, reviews)), None, final)
    return Snapshot(tuple(map(tuple, reviews)), tuple(verdict[:4]), verdict[4])


def contributions(claim, snap: Snapshot) -> Counter[Key]:
    """The facts one claim adds to the counts. `claim` needs document_id, lang, kind, speaker
    and hedged."""
    out: Counter[Key] = Counter()
    speaker, label = claim.speaker, None
    if snap.verdict is not None:
        speaker, verdict_label, votes, hedged = snap.verdict
        label = verdict_label or ("disputed" if votes else None)
        if hedged is not None:
            out[("hedged", str(int(bool(claim.hedged))), "", str(int(bool(hedged))))] += 1
    document = str(claim.document_id)
    groups = [("corpus", "all"), ("document", document), ("language", claim.lang),
              ("kind", claim.kind)] + ([("speaker", speaker)] if speaker else [])
    for facet, key in groups:
        out[(facet, key, "", "*")] += 1
        if label:
            out[(facet, key, "", label)] += 1
    if speaker:
        out[("speaker_doc", speaker, document, "*")] += 1
    labelled = [(r, lab) for r, lab in snap.reviews if lab]
    for reviewer, lab in labelled:
        out[("reviewer", reviewer, "", lab)] += 1
    for i, (first, a) in enumerate(labelled):
        for second, b in labelled[i + 1:]:
            out[("pair", first + SEP + second, a, b)] += 1
    if len(labelled) >= 2:  # Krippendorff: n_c * (n_k - [c == k]), to be divided by m - 1
        out[("pairable", "all", "", "*")] += 1
        chosen = Counter(lab for _, lab in labelled)
        for c, n_c in chosen.items():
            for k, n_k in chosen.items():
                if n_c * (n_k - (c == k)):
                    out[("coincidence", str(len(labelled)), c, k)] += n_c * (n_k - (c == k))
    if snap.final:
        out[("final", "all", "", snap.final)] += 1
    return out


def hour(when: datetime) -> str:
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc)
    return when.strftime("%Y-%m-%d %H")


def activity(reviewer: str, when: datetime) -> Counter[Key]:
    return Counter({("activity", reviewer, hour(when), ""): 1})


def change(session: Session, claim, before: Snapshot, after: Snapshot,
           extra: Counter[Key] | None = None, into: Counter[Key] | None = None) -> None:
    """Add the claim's difference to the tallies, or to `into` for the caller to apply once
    (a merge of thousands of annotations in one transaction)."""
    delta: Counter[Key] = Counter(contributions(claim, after))
    delta.subtract(contributions(claim, before))
    if extra:
        delta.update(extra)
    if into is not None:
        into.update(delta)
    else:
        apply(session, delta)


def apply(session_or_connection, delta: Counter[Key]) -> None:
    rows = [dict(facet=f, key=k, sub=s, label=lab, n=n)
            for (f, k, s, lab), n in sorted(delta.items()) if n]
    if not rows:
        return
    dialect = session_or_connection.get_bind().dialect.name \
        if isinstance(session_or_connection, Session) else session_or_connection.dialect.name
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as upsert
        else:
            from sqlalchemy.dialects.postgresql import insert as upsert
        statement = upsert(TallyRow)
        statement = statement.on_conflict_do_update(
            index_elements=["facet", "key", "sub", "label"],
            set_={"n": TallyRow.n + statement.excluded.n})
        session_or_connection.execute(statement, rows)
        return
    for row in rows:  # other databases: read, then write, under the claim's row lock
        found = session_or_connection.execute(
            select(TallyRow.n).where(*(getattr(TallyRow, c) == row[c]
                                       for c in ("facet", "key", "sub", "label")))
            .with_for_update()).scalar()
        if found is None:
            session_or_connection.execute(insert(TallyRow), [row])
        else:
            session_or_connection.execute(
                TallyRow.__table__.update().where(*(getattr(TallyRow, c) == row[c] for c in (
                    "facet", "key", "sub", "label"))).values(n=found + row["n"]))


def hour_sql(dialect: str, column):
    """The clock hour of a timestamp column as 'YYYY-MM-DD HH' (UTC), in SQL."""
    if dialect == "postgresql":
        return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD HH24")
    return func.substr(column, 1, 13)


def rebuild(connection: Connection, batch: int = 50_000) -> None:
    """Recount every tally from the tables (claims in id order, their reviews alongside)."""
    connection.execute(delete(TallyRow))
    counts: Counter[Key] = Counter()
    claims = connection.execute(
        select(ClaimRow.id, ClaimRow.document_id, ClaimRow.lang, ClaimRow.kind, ClaimRow.speaker,
               ClaimRow.hedged, VerdictRow.speaker, VerdictRow.label, VerdictRow.votes,
               VerdictRow.hedged, FinalRow.label)
        .outerjoin(VerdictRow, VerdictRow.claim_id == ClaimRow.id)
        .outerjoin(FinalRow, FinalRow.claim_id == ClaimRow.id)
        .order_by(ClaimRow.id).execution_options(yield_per=batch))
    reviews = connection.execute(select(ReviewRow.claim_id, ReviewRow.reviewer, ReviewRow.label)
                                 .order_by(ReviewRow.claim_id, ReviewRow.reviewer)
                                 .execution_options(yield_per=batch))
    grouped = groupby(reviews, key=lambda row: row[0])  # merged with the claims, both by id
    pending = next(grouped, None)
    for row in claims:
        while pending is not None and pending[0] < row[0]:
            pending = next(grouped, None)
        labels = ()
        if pending is not None and pending[0] == row[0]:
            labels = tuple((r, lab) for _, r, lab in pending[1])
            pending = next(grouped, None)
        verdict = tuple(row[6:10]) if row[8] is not None else None
        counts.update(contributions(_Claim(*row[1:6]), Snapshot(labels, verdict, row[10])))
    hour_column = hour_sql(connection.dialect.name, AnnotationRow.created_at)
    for reviewer, when, n in connection.execute(
            select(AnnotationRow.reviewer, hour_column, func.count())
            .group_by(AnnotationRow.reviewer, hour_column)):
        counts[("activity", reviewer, when, "")] += n
    items = list(counts.items())
    for start in range(0, len(items), batch):
        apply(connection, Counter(dict(items[start:start + batch])))


@dataclass(frozen=True)
class _Claim:
    document_id: int
    lang: str
    kind: str
    speaker: str | None
    hedged: bool


def read(session: Session, facets: Iterable[str]) -> list[tuple[str, str, str, str, int]]:
    """The non-zero tallies of the facets (plain tuples: a facet can hold many rows)."""
    query = (select(TallyRow.facet, TallyRow.key, TallyRow.sub, TallyRow.label, TallyRow.n)
             .where(TallyRow.facet.in_(list(facets)), TallyRow.n != 0))
    return session.connection().execute(query).all()
