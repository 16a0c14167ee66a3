"""The verdict of a claim: the label the statistics count for it.

The final label when an adjudicator set one; otherwise the label more than half of the reviewers
who labelled the claim chose; none on a tie (the claim counts as disputed). The speaker is the
adjudicator's correction, else the newest reviewer correction, else the pipeline's; the hedge flag
is the adjudicator's, else the strict majority of reviewers who set it.
"""
from __future__ import annotations

from collections import Counter

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from annotate.store.models import ClaimRow, FinalRow, ReviewRow, VerdictRow


def _majority(values: list) -> object | None:
    if not values:
        return None
    value, count = Counter(values).most_common(1)[0]
    return value if 2 * count > len(values) else None


def refresh_verdict(session: Session, claim: ClaimRow) -> None:
    """Recount one claim's verdict from its reviews and final decision (a handful of rows)."""
    session.flush()
    reviews = session.scalars(
        select(ReviewRow).where(ReviewRow.claim_id == claim.id)
        .order_by(ReviewRow.annotation_id.desc())
        .execution_options(populate_existing=True)).all()  # the upsert bypassed the ORM
    final = session.get(FinalRow, claim.id, populate_existing=True)
    labels = [r.label for r in reviews if r.label is not None]
    if not labels and not any(r.speaker_correction or r.hedged is not None for r in reviews) \
            and (final is None or (final.label is None and final.speaker_correction is None
                                   and final.hedged is None)):
        session.execute(delete(VerdictRow).where(VerdictRow.claim_id == claim.id))
        return
    corrections = [r.speaker_correction for r in reviews if r.speaker_correction]
    decided = final is not None and final.label is not None
    hedged = _majority([r.hedged for r in reviews if r.hedged is not None])
    session.merge(VerdictRow(
        claim_id=claim.id, document_id=claim.document_id, lang=claim.lang, kind=claim.kind,
        predicted_hedged=claim.hedged,
        speaker=(final and final.speaker_correction) or (corrections[0] if corrections else None)
        or claim.speaker,
        label=final.label if decided else _majority(labels),
        hedged=final.hedged if final is not None and final.hedged is not None else hedged,
        votes=len(labels), labels=len(set(labels)), final=decided,
    ))
