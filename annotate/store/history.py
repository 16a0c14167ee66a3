"""Writing to a reviewer's history: one append-only entry plus the current-state row, together.

Every entry carries the reviewer's whole state of the claim (label, speaker correction, note), so
the newest entry is the current state and an undo simply restores the entry before the one it
takes back.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from annotate.store.models import AnnotationRow, ClaimRow, ReviewRow, utcnow
from annotate.store import tallies
from annotate.store.verdicts import refresh_verdict

UNSET = object()


class HistoryError(Exception):
    """A label, claim or reviewer that cannot be recorded; one line for the user."""


@dataclass(frozen=True)
class State:
    label: str | None = None
    speaker_correction: str | None = None
    note: str | None = None
    hedged: bool | None = None


def lock_claim(session: Session, claim_id: int) -> ClaimRow:
    """The claim, locked until the transaction ends (PostgreSQL: one writer per claim; SQLite's
    write transactions hold the database's write lock already)."""
    claim = session.get(ClaimRow, claim_id, with_for_update=True)
    if claim is None:
        raise HistoryError(f"no claim with id {claim_id}")
    return claim


def current_state(session: Session, claim_id: int, reviewer: str) -> State:
    row = session.get(ReviewRow, (claim_id, reviewer))
    if row is None:
        return State()
    return State(row.label, row.speaker_correction, row.note, row.hedged)


def record(
    session: Session, claim_id: int, reviewer: str, state: State, *, origin: str,
    external_id: str | None = None, undoes_id: int | None = None,
    created_at: datetime | None = None, tallied: Counter | None = None,
) -> AnnotationRow:
    """Append one entry, make it the reviewer's current state and recount the claim's verdict,
    in the caller's transaction."""
    claim = lock_claim(session, claim_id)
    before = tallies.snapshot(session, claim_id)
    entry = AnnotationRow(
        claim_id=claim_id, reviewer=reviewer, label=state.label,
        speaker_correction=state.speaker_correction, note=state.note, hedged=state.hedged,
        retracted=undoes_id is not None, origin=origin, external_id=external_id,
        undoes_id=undoes_id, created_at=created_at or utcnow(),
    )
    session.add(entry)
    session.flush()
    _upsert_current(session, entry)
    refresh_verdict(session, claim)
    tallies.change(session, claim, before, tallies.snapshot(session, claim_id),
                   tallies.activity(reviewer, entry.created_at), into=tallied)
    return entry


def _upsert_current(session: Session, entry: AnnotationRow) -> None:
    values = dict(
        claim_id=entry.claim_id, reviewer=entry.reviewer, label=entry.label,
        speaker_correction=entry.speaker_correction, note=entry.note, hedged=entry.hedged,
        annotation_id=entry.id, updated_at=entry.created_at,
    )
    upsert_newer(session, ReviewRow, values, keys=("claim_id", "reviewer"), version="annotation_id")


def upsert_newer(session: Session, model, values: dict, *, keys: tuple[str, ...],
                 version: str) -> None:
    """Insert a current-state row, or replace it only with a newer version (two writers)."""
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert
        else:
            from sqlalchemy.dialects.postgresql import insert
        statement = insert(model).values(**values)
        changed = {k: statement.excluded[k] for k in values if k not in keys}
        session.execute(statement.on_conflict_do_update(
            index_elements=list(keys), set_=changed,
            where=getattr(model, version) < statement.excluded[version],
        ))
        return
    row = session.get(model, tuple(values[k] for k in keys), with_for_update=True)
    if row is None:
        session.add(model(**values))
    elif getattr(row, version) < values[version]:
        for key, value in values.items():
            setattr(row, key, value)


def last_undoable(session: Session, reviewer: str, origin: str) -> AnnotationRow | None:
    """The reviewer's newest entry from `origin` that is not an undo and not yet undone."""
    undo = aliased(AnnotationRow)
    undone = select(undo.id).where(undo.undoes_id == AnnotationRow.id).exists()
    return session.scalar(
        select(AnnotationRow)
        .where(AnnotationRow.reviewer == reviewer, AnnotationRow.origin == origin,
               AnnotationRow.undoes_id.is_(None), ~undone)
        .order_by(AnnotationRow.id.desc()).limit(1)
    )


def state_before(session: Session, entry: AnnotationRow) -> State:
    previous = session.scalar(
        select(AnnotationRow)
        .where(AnnotationRow.claim_id == entry.claim_id, AnnotationRow.reviewer == entry.reviewer,
               AnnotationRow.id < entry.id)
        .order_by(AnnotationRow.id.desc()).limit(1)
    )
    if previous is None:
        return State()
    return State(previous.label, previous.speaker_correction, previous.note, previous.hedged)
