"""Writing to a reviewer's history: one append-only entry plus the current-state row, together.

Every entry carries the reviewer's whole state of the claim (label, speaker correction, note), so
the newest entry is the current state and an undo simply restores the entry before the one it
takes back.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from annotate.store.models import AnnotationRow, ClaimRow, ReviewRow, utcnow

UNSET = object()


class HistoryError(Exception):
    """A label, claim or reviewer that cannot be recorded; one line for the user."""


@dataclass(frozen=True)
class State:
    label: str | None = None
    speaker_correction: str | None = None
    note: str | None = None


def current_state(session: Session, claim_id: int, reviewer: str) -> State:
    row = session.get(ReviewRow, (claim_id, reviewer))
    if row is None:
        return State()
    return State(row.label, row.speaker_correction, row.note)


def record(
    session: Session, claim_id: int, reviewer: str, state: State, *, origin: str,
    external_id: str | None = None, undoes_id: int | None = None,
    created_at: datetime | None = None,
) -> AnnotationRow:
    """Append one entry and make it the reviewer's current state, in the caller's transaction."""
    if session.get(ClaimRow, claim_id) is None:
        raise HistoryError(f"no claim with id {claim_id}")
    entry = AnnotationRow(
        claim_id=claim_id, reviewer=reviewer, label=state.label,
        speaker_correction=state.speaker_correction, note=state.note,
        retracted=undoes_id is not None, origin=origin, external_id=external_id,
        undoes_id=undoes_id, created_at=created_at or utcnow(),
    )
    session.add(entry)
    session.flush()
    _upsert_current(session, entry)
    return entry


def _upsert_current(session: Session, entry: AnnotationRow) -> None:
    values = dict(
        claim_id=entry.claim_id, reviewer=entry.reviewer, label=entry.label,
        speaker_correction=entry.speaker_correction, note=entry.note,
        annotation_id=entry.id, updated_at=entry.created_at,
    )
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert
        else:
            from sqlalchemy.dialects.postgresql import insert
        statement = insert(ReviewRow).values(**values)
        changed = {k: statement.excluded[k] for k in values if k not in ("claim_id", "reviewer")}
        # Only a newer entry may replace the current state (two writers for one reviewer).
        session.execute(statement.on_conflict_do_update(
            index_elements=["claim_id", "reviewer"], set_=changed,
            where=ReviewRow.annotation_id < statement.excluded.annotation_id,
        ))
        return
    row = session.get(ReviewRow, (entry.claim_id, entry.reviewer), with_for_update=True)
    if row is None:
        session.add(ReviewRow(**values))
    elif row.annotation_id < entry.id:
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
    return State(previous.label, previous.speaker_correction, previous.note)
