"""The database schema: documents, their claims, and the append-only history of reviewers' labels."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("path", "sha256", name="uq_documents_path_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(1024), index=True)
    name: Mapped[str] = mapped_column(String(512))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    language: Mapped[str] = mapped_column(String(8))
    encoding: Mapped[str] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    pipeline_version: Mapped[str] = mapped_column(String(64))
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    claims: Mapped[list[ClaimRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="ClaimRow.seq"
    )


class ClaimRow(Base):
    __tablename__ = "claims"
    __table_args__ = (
        UniqueConstraint("document_id", "seq", name="uq_claims_document_seq"),
        Index("ix_claims_kind", "kind"),
        Index("ix_claims_speaker", "speaker"),
        Index("ix_claims_lang", "lang"),
        Index("ix_claims_document_id", "document_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(16))
    speaker: Mapped[str | None] = mapped_column(String(512))
    cue: Mapped[str | None] = mapped_column(String(256))
    hedged: Mapped[bool] = mapped_column(Boolean, default=False)
    vague_source: Mapped[bool] = mapped_column(Boolean, default=False)
    confidence: Mapped[float] = mapped_column(Float)
    rule: Mapped[str] = mapped_column(String(128))
    pipeline_version: Mapped[str] = mapped_column(String(64))

    document: Mapped[DocumentRow] = relationship(back_populates="claims")


class AnnotationRow(Base):
    """One entry of a reviewer's history for a claim; the newest one is the current state.
    Undo appends an entry with `retracted` set; nothing is ever updated or deleted."""

    __tablename__ = "annotations"
    __table_args__ = (
        Index("ix_annotations_claim_reviewer", "claim_id", "reviewer", "id"),
        Index("ix_annotations_origin_external", "origin", "external_id"),
        Index("ix_annotations_reviewer_id", "reviewer", "id"),
        Index("ix_annotations_undoes_id", "undoes_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    reviewer: Mapped[str] = mapped_column(String(128))
    label: Mapped[str | None] = mapped_column(String(16))
    speaker_correction: Mapped[str | None] = mapped_column(String(512))
    note: Mapped[str | None] = mapped_column(Text)
    retracted: Mapped[bool] = mapped_column(Boolean, default=False)
    origin: Mapped[str] = mapped_column(String(16))  # tui, label-studio, file
    external_id: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    undoes_id: Mapped[int | None] = mapped_column(Integer)  # the entry an undo entry takes back
    hedged: Mapped[bool | None] = mapped_column(Boolean)  # the reviewer's hedge flag, if set


class ReviewRow(Base):
    """A reviewer's current state of a claim: a copy of their newest history entry, kept in the
    same transaction, so queues and statistics never scan the history."""

    __tablename__ = "reviews"
    __table_args__ = (
        Index("ix_reviews_reviewer_label", "reviewer", "label"),
        Index("ix_reviews_label", "label"),
    )

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    reviewer: Mapped[str] = mapped_column(String(128), primary_key=True)
    label: Mapped[str | None] = mapped_column(String(16))
    speaker_correction: Mapped[str | None] = mapped_column(String(512))
    note: Mapped[str | None] = mapped_column(Text)
    hedged: Mapped[bool | None] = mapped_column(Boolean)
    annotation_id: Mapped[int] = mapped_column(ForeignKey("annotations.id", ondelete="CASCADE"))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AdjudicationRow(Base):
    """One final-label decision; append-only like the annotations (undo appends, too)."""

    __tablename__ = "adjudications"
    __table_args__ = (
        Index("ix_adjudications_claim", "claim_id", "id"),
        Index("ix_adjudications_adjudicator_id", "adjudicator", "id"),
        Index("ix_adjudications_undoes_id", "undoes_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    adjudicator: Mapped[str] = mapped_column(String(128))
    label: Mapped[str | None] = mapped_column(String(16))
    speaker_correction: Mapped[str | None] = mapped_column(String(512))
    note: Mapped[str | None] = mapped_column(Text)
    hedged: Mapped[bool | None] = mapped_column(Boolean)
    undoes_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class FinalRow(Base):
    """The current final decision on a claim: a copy of its newest adjudication."""

    __tablename__ = "finals"

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    adjudicator: Mapped[str] = mapped_column(String(128))
    label: Mapped[str | None] = mapped_column(String(16))
    speaker_correction: Mapped[str | None] = mapped_column(String(512))
    note: Mapped[str | None] = mapped_column(Text)
    hedged: Mapped[bool | None] = mapped_column(Boolean)
    adjudication_id: Mapped[int] = mapped_column(
        ForeignKey("adjudications.id", ondelete="CASCADE"))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class VerdictRow(Base):
    """What the statistics count for a reviewed claim, kept on every write: the final label when
    adjudicated, else the strict majority of reviewers' labels (none on a tie). The claim's
    grouping columns are copied so that statistics scan this table alone."""

    __tablename__ = "verdicts"
    __table_args__ = (
        Index("ix_verdicts_document", "document_id"),
        Index("ix_verdicts_labels", "labels"),
        Index("ix_verdicts_votes", "votes"),
    )

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    document_id: Mapped[int] = mapped_column(Integer)
    lang: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(16))
    predicted_hedged: Mapped[bool] = mapped_column(Boolean)
    speaker: Mapped[str | None] = mapped_column(String(512))  # corrected, else the pipeline's
    label: Mapped[str | None] = mapped_column(String(16))
    hedged: Mapped[bool | None] = mapped_column(Boolean)
    votes: Mapped[int] = mapped_column(Integer)  # reviewers with a label
    labels: Mapped[int] = mapped_column(Integer)  # distinct labels among them
    final: Mapped[bool] = mapped_column(Boolean)


class TallyRow(Base):
    """A running count for the statistics (see annotate/store/tallies.py): facet, key, sub and
    label name what is counted, n how many."""

    __tablename__ = "tallies"

    facet: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(600), primary_key=True)
    sub: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
