"""The adjudicator's view: the same queue and keys as reviewing, over claims where reviewers
disagree, with every reviewer's label and note shown; a label set here is the claim's final label,
which the statistics use, while the reviewers' own labels stay for the agreement figures."""
from __future__ import annotations

from dataclasses import replace

from sqlalchemy import case, select

from annotate.review import ClaimView, Filter, HistoryEntry, ReviewError, ReviewService
from annotate.store.adjudication import current_final, decide, undo_last
from annotate.store.history import HistoryError, lock_claim
from annotate.store.models import AdjudicationRow, ClaimRow, FinalRow, ReviewRow
from claims.model import SUGGESTED_LABEL


class AdjudicationService(ReviewService):
    state = FinalRow
    role = "Final label"
    shows_reviews = True

    def _on(self):
        return FinalRow.claim_id == ClaimRow.id

    def _where(self, query, flt: Filter):
        """As for reviewers, but "disagreements with the pipeline" means any reviewer's."""
        query = super()._where(query, replace(flt, disagreements=False))
        if flt.disagreements:
            suggested = case(SUGGESTED_LABEL, value=ClaimRow.kind)
            query = query.where(select(ReviewRow.claim_id).where(
                ReviewRow.claim_id == ClaimRow.id, ReviewRow.label.is_not(None),
                ReviewRow.label != suggested).exists())
        return query

    def history(self, claim_id: int) -> list[HistoryEntry]:
        query = (select(AdjudicationRow).where(AdjudicationRow.claim_id == claim_id)
                 .order_by(AdjudicationRow.id))
        with self.sessions() as session:
            return [HistoryEntry(a.id, a.label, a.speaker_correction, a.note,
                                 a.undoes_id is not None, f"adjudication by {a.adjudicator}",
                                 a.created_at) for a in session.scalars(query)]

    def _change(self, claim_id: int, **changes) -> ClaimView:
        def work(session) -> None:
            lock_claim(session, claim_id)
            decide(session, claim_id, self.reviewer,
                   replace(current_final(session, claim_id), **changes))

        try:
            self.sessions.write(work)
        except HistoryError as error:
            raise ReviewError(str(error)) from None
        return self.get(claim_id)

    def undo(self) -> int | None:
        return self.sessions.write(lambda session: undo_last(session, self.reviewer))
