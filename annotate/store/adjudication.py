"""Final labels: an adjudicator's decision on a claim, kept apart from the reviewers' labels so
that agreement figures still use the raw labels while statistics use the decision."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from annotate.store import tallies
from annotate.store.history import State, lock_claim, upsert_newer
from annotate.store.models import AdjudicationRow, FinalRow, utcnow
from annotate.store.verdicts import refresh_verdict


def current_final(session: Session, claim_id: int) -> State:
    row = session.get(FinalRow, claim_id)
    if row is None:
        return State()
    return State(row.label, row.speaker_correction, row.note, row.hedged)


def decide(session: Session, claim_id: int, adjudicator: str, state: State,
           undoes_id: int | None = None) -> AdjudicationRow:
    """Append one decision, make it the claim's final state and recount its verdict."""
    claim = lock_claim(session, claim_id)
    before = tallies.snapshot(session, claim_id)
    entry = AdjudicationRow(
        claim_id=claim_id, adjudicator=adjudicator, label=state.label,
        speaker_correction=state.speaker_correction, note=state.note, hedged=state.hedged,
        undoes_id=undoes_id, created_at=utcnow())
    session.add(entry)
    session.flush()
    upsert_newer(session, FinalRow, dict(
        claim_id=claim_id, adjudicator=adjudicator, label=state.label,
        speaker_correction=state.speaker_correction, note=state.note, hedged=state.hedged,
        adjudication_id=entry.id, updated_at=entry.created_at,
    ), keys=("claim_id",), version="adjudication_id")
    refresh_verdict(session, claim)
    tallies.change(session, claim, before, tallies.snapshot(session, claim_id))
    return entry


def undo_last(session: Session, adjudicator: str) -> int | None:
    """Take back the adjudicator's newest decision not yet undone; return its claim id."""
    undo = aliased(AdjudicationRow)
    undone = select(undo.id).where(undo.undoes_id == AdjudicationRow.id).exists()
    target = session.scalar(
        select(AdjudicationRow)
        .where(AdjudicationRow.adjudicator == adjudicator, AdjudicationRow.undoes_id.is_(None),
               ~undone)
        .order_by(AdjudicationRow.id.desc()).limit(1))
    if target is None:
        return None
    previous = session.scalar(
        select(AdjudicationRow)
        .where(AdjudicationRow.claim_id == target.claim_id, AdjudicationRow.id < target.id)
        .order_by(AdjudicationRow.id.desc()).limit(1))
    state = State() if previous is None else State(
        previous.label, previous.speaker_correction, previous.note, previous.hedged)
    decide(session, target.claim_id, adjudicator, state, undoes_id=target.id)
    return target.claim_id
