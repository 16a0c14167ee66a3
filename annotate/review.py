"""The review service the terminal UI calls: queue, label, undo, note, speaker fix, context,
progress. Every change is its own transaction; reading is paged, never the whole table."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from annotate.store.history import (
    HistoryError, current_state, last_undoable, lock_claim, record, state_before,
)
from annotate.store.models import AnnotationRow, ClaimRow, DocumentRow, ReviewRow, VerdictRow
from claims.model import KINDS, LABELS, SUGGESTED_LABEL

ORIGIN = "tui"
MAX_REVIEWER = 128


class ReviewError(Exception):
    """Something the reviewer asked for that cannot be done; one line."""


@dataclass(frozen=True)
class Filter:
    """Which claims the queue holds. Text fields match as case-insensitive substrings."""

    unreviewed: bool = False
    kind: str | None = None
    label: str | None = None
    lang: str | None = None
    document: str | None = None
    speaker: str | None = None
    disagreements: bool = False
    search: str | None = None
    disputed: bool = False  # reviewers gave the claim different labels


    def describe(self) -> str:
        parts = ["unreviewed"] if self.unreviewed else []
        parts += [f"{name}={value}" for name, value in (
            ("kind", self.kind), ("label", self.label), ("lang", self.lang),
            ("doc", self.document), ("speaker", self.speaker), ("search", self.search)) if value]
        if self.disagreements:
            parts.append("disagreements")
        if self.disputed:
            parts.append("reviewers disagree")
        return ", ".join(parts) or "all claims"

    def without_unreviewed(self) -> Filter:
        return replace(self, unreviewed=False)


@dataclass(frozen=True)
class ClaimView:
    id: int
    document_id: int
    document: str
    title: str | None
    seq: int
    text: str
    lang: str
    kind: str
    speaker: str | None
    cue: str | None
    hedged: bool
    vague_source: bool
    confidence: float
    rule: str
    label: str | None = None
    note: str | None = None
    speaker_correction: str | None = None
    reviewed_hedged: bool | None = None  # the reviewer's hedge flag, when set

    @property
    def suggested(self) -> str:
        return SUGGESTED_LABEL[self.kind]


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    label: str | None
    speaker_correction: str | None
    note: str | None
    undo: bool
    origin: str
    created_at: datetime


@dataclass(frozen=True)
class Progress:
    reviewed: int
    total: int


def _escape_like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _contains(column, text: str):
    return column.ilike(_escape_like(text), escape="\\")


@dataclass(frozen=True)
class ReviewerLabel:
    """Another reviewer's current state of a claim (shown when adjudicating)."""

    reviewer: str
    label: str | None
    speaker_correction: str | None
    note: str | None
    hedged: bool | None


class ReviewService:
    """One reviewer's view of the database: their labels live in `reviews`."""

    state = ReviewRow  # where the labels shown and set live
    role = "Your label"
    shows_reviews = False  # whether the screen lists every reviewer's label

    def __init__(self, sessions: sessionmaker[Session], reviewer: str) -> None:
        reviewer = reviewer.strip()
        if not reviewer or len(reviewer) > MAX_REVIEWER:
            raise ReviewError(f"reviewer name must be 1 to {MAX_REVIEWER} characters")
        self.sessions = sessions
        self.reviewer = reviewer

    # -- reading -------------------------------------------------------------------------------
    def _on(self):
        return and_(ReviewRow.claim_id == ClaimRow.id, ReviewRow.reviewer == self.reviewer)

    def _select(self):
        state = self.state
        return (
            select(ClaimRow.id, ClaimRow.document_id, DocumentRow.name, DocumentRow.title,
                   ClaimRow.seq, ClaimRow.text, ClaimRow.lang, ClaimRow.kind, ClaimRow.speaker,
                   ClaimRow.cue, ClaimRow.hedged, ClaimRow.vague_source, ClaimRow.confidence,
                   ClaimRow.rule, state.label, state.note, state.speaker_correction,
                   state.hedged)
            .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
            .outerjoin(state, self._on())
        )

    def _where(self, query, flt: Filter):
        state = self.state
        if flt.unreviewed:
            query = query.where(state.label.is_(None))
        if flt.kind:
            query = query.where(ClaimRow.kind == flt.kind)
        if flt.label:
            query = query.where(state.label == flt.label)
        if flt.lang:
            query = query.where(ClaimRow.lang == flt.lang)
        if flt.document:
            query = query.where(_contains(DocumentRow.name, flt.document))
        if flt.speaker:
            query = query.where(or_(_contains(ClaimRow.speaker, flt.speaker),
                                    _contains(state.speaker_correction, flt.speaker)))
        if flt.search:
            query = query.where(_contains(ClaimRow.text, flt.search))
        if flt.disagreements:
            suggested = case(SUGGESTED_LABEL, value=ClaimRow.kind)
            query = query.where(state.label.is_not(None), state.label != suggested)
        if flt.disputed:
            query = query.where(ClaimRow.id.in_(
                select(VerdictRow.claim_id).where(VerdictRow.labels > 1)))
        return query

    def page(self, flt: Filter, *, after: int | None = None, before: int | None = None,
             limit: int = 50) -> list[ClaimView]:
        """Up to `limit` claims in queue order after (or before) a claim id."""
        query = self._where(self._select(), flt)
        if before is not None:
            query = query.where(ClaimRow.id < before).order_by(ClaimRow.id.desc())
        else:
            if after is not None:
                query = query.where(ClaimRow.id > after)
            query = query.order_by(ClaimRow.id)
        with self.sessions() as session:
            rows = [ClaimView(*row) for row in session.execute(query.limit(limit))]
        return rows[::-1] if before is not None else rows

    def resume(self, flt: Filter) -> ClaimView | None:
        """The first claim of the filter this reviewer has not labelled, else the first claim."""
        for candidate in (replace(flt, unreviewed=True), flt):
            found = self.page(candidate, limit=1)
            if found:
                return found[0]
        return None

    def get(self, claim_id: int) -> ClaimView | None:
        with self.sessions() as session:
            row = session.execute(self._select().where(ClaimRow.id == claim_id)).first()
        return ClaimView(*row) if row else None

    def context(self, claim: ClaimView, before: int = 2, after: int = 2) -> tuple[list[str], list[str]]:
        query = (select(ClaimRow.seq, ClaimRow.text)
                 .where(ClaimRow.document_id == claim.document_id,
                        ClaimRow.seq.between(claim.seq - before, claim.seq + after),
                        ClaimRow.seq != claim.seq)
                 .order_by(ClaimRow.seq))
        with self.sessions() as session:
            rows = session.execute(query).all()
        return ([text for seq, text in rows if seq < claim.seq],
                [text for seq, text in rows if seq > claim.seq])

    def progress(self, flt: Filter) -> Progress:
        """Reviewed / total for the filter (the unreviewed switch left out, or it would be 0/n)."""
        flt = flt.without_unreviewed()
        query = self._where(
            select(func.count(ClaimRow.id), func.count(self.state.label))
            .select_from(ClaimRow)
            .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
            .outerjoin(self.state, self._on()), flt)
        with self.sessions() as session:
            total, reviewed = session.execute(query).one()
        return Progress(reviewed, total)

    def history(self, claim_id: int) -> list[HistoryEntry]:
        query = (select(AnnotationRow)
                 .where(AnnotationRow.claim_id == claim_id,
                        AnnotationRow.reviewer == self.reviewer)
                 .order_by(AnnotationRow.id))
        with self.sessions() as session:
            return [HistoryEntry(a.id, a.label, a.speaker_correction, a.note, a.retracted,
                                 a.origin, a.created_at) for a in session.scalars(query)]

    def reviews(self, claim_id: int) -> list[ReviewerLabel]:
        """Every reviewer's current state of the claim."""
        query = (select(ReviewRow.reviewer, ReviewRow.label, ReviewRow.speaker_correction,
                        ReviewRow.note, ReviewRow.hedged)
                 .where(ReviewRow.claim_id == claim_id).order_by(ReviewRow.reviewer))
        with self.sessions() as session:
            return [ReviewerLabel(*row) for row in session.execute(query)]

    def document_claims(self, document_id: int) -> list[ClaimView]:
        query = self._select().where(ClaimRow.document_id == document_id).order_by(ClaimRow.seq)
        with self.sessions() as session:
            return [ClaimView(*row) for row in session.execute(query)]

    # -- writing: one transaction per call -----------------------------------------------------
    def _change(self, claim_id: int, **changes) -> ClaimView:
        def work(session: Session) -> None:
            lock_claim(session, claim_id)
            state = replace(current_state(session, claim_id, self.reviewer), **changes)
            record(session, claim_id, self.reviewer, state, origin=ORIGIN)

        try:
            self.sessions.write(work)
        except HistoryError as error:
            raise ReviewError(str(error)) from None
        return self.get(claim_id)

    def label(self, claim_id: int, label: str) -> ClaimView:
        if label not in LABELS:
            raise ReviewError(f"unknown label {label!r}; expected one of {', '.join(LABELS)}")
        return self._change(claim_id, label=label)

    def accept(self, claim: ClaimView) -> ClaimView:
        """Label the claim with the pipeline's suggestion."""
        return self.label(claim.id, claim.suggested)

    def note(self, claim_id: int, note: str) -> ClaimView:
        return self._change(claim_id, note=note.strip() or None)

    def flag_hedged(self, claim_id: int, hedged: bool | None) -> ClaimView:
        """Say whether the claim is hedged (None: no opinion)."""
        return self._change(claim_id, hedged=hedged)

    def correct_speaker(self, claim_id: int, speaker: str) -> ClaimView:
        speaker = speaker.strip()
        if len(speaker) > 512:
            raise ReviewError("speaker name is longer than 512 characters")
        return self._change(claim_id, speaker_correction=speaker or None)

    def undo(self) -> int | None:
        """Take back this reviewer's newest change made here; return its claim id (None if none).
        The history keeps both the change and the undo."""
        def work(session: Session) -> int | None:
            target = last_undoable(session, self.reviewer, ORIGIN)
            if target is None:
                return None
            record(session, target.claim_id, self.reviewer, state_before(session, target),
                   origin=ORIGIN, undoes_id=target.id)
            return target.claim_id

        return self.sessions.write(work)

    def overview(self):
        from annotate.stats import overview

        return overview(self.sessions, self.reviewer)


def known_values() -> dict[str, tuple[str, ...]]:
    return {"kind": KINDS, "label": LABELS, "lang": ("ar", "en")}
