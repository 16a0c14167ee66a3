"""The review service on the ingested seeds: labels, undo, notes, speaker fixes, filters, paging."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from annotate.review import Filter, ReviewError, ReviewService
from annotate.store.models import AnnotationRow, ClaimRow, ReviewRow


@pytest.fixture
def alice(seeded_sessions):
    return ReviewService(seeded_sessions, "alice")


def history_count(sessions) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(AnnotationRow))


def test_queue_pages_in_document_order_without_gaps(alice, seeded_sessions):
    with seeded_sessions() as session:
        every = list(session.scalars(select(ClaimRow.id).order_by(ClaimRow.id)))
    seen, after = [], None
    while page := alice.page(Filter(), after=after, limit=7):
        seen += [claim.id for claim in page]
        after = page[-1].id
    assert seen == every and len(every) == 138
    back = alice.page(Filter(), before=every[10], limit=3)
    assert [c.id for c in back] == every[7:10]


def test_label_undo_history_and_resume(alice, seeded_sessions):
    first = alice.resume(Filter())
    assert first.seq == 0 and first.label is None
    assert alice.label(first.id, "boilerplate").label == "boilerplate"
    assert alice.label(first.id, "sourced").label == "sourced"
    assert alice.resume(Filter()).id != first.id  # resumes at the first unlabelled claim
    assert alice.undo() == first.id
    assert alice.get(first.id).label == "boilerplate"
    assert alice.undo() == first.id
    assert alice.get(first.id).label is None
    assert alice.undo() is None
    entries = alice.history(first.id)
    assert [(e.label, e.undo) for e in entries] == [
        ("boilerplate", False), ("sourced", False), ("boilerplate", True), (None, True)]
    assert alice.resume(Filter()).id == first.id
    with seeded_sessions() as session:
        row = session.get(ReviewRow, (first.id, "alice"))
        assert row.label is None and row.annotation_id == entries[-1].id


def test_note_and_speaker_correction_keep_the_label(alice):
    claim = alice.resume(Filter(kind="attributed"))
    alice.accept(claim)
    alice.note(claim.id, "  check the second quote  ")
    view = alice.correct_speaker(claim.id, "جاسم مبارك المباركي")
    assert (view.label, view.note, view.speaker_correction) == (
        "sourced", "check the second quote", "جاسم مبارك المباركي")
    assert alice.undo() == claim.id
    assert alice.get(claim.id).speaker_correction is None
    assert alice.get(claim.id).note == "check the second quote"


def test_two_reviewers_keep_their_own_labels(seeded_sessions):
    alice, bob = ReviewService(seeded_sessions, "alice"), ReviewService(seeded_sessions, "bob")
    claim = alice.resume(Filter())
    alice.label(claim.id, "sourced")
    bob.label(claim.id, "boilerplate")
    assert alice.get(claim.id).label == "sourced" and bob.get(claim.id).label == "boilerplate"
    assert bob.undo() == claim.id
    assert alice.get(claim.id).label == "sourced" and bob.get(claim.id).label is None


def test_filters_and_progress(alice):
    everything = alice.progress(Filter())
    assert everything.total == 138 and everything.reviewed == 0
    arabic = alice.page(Filter(lang="ar"), limit=500)
    assert arabic and all(c.lang == "ar" for c in arabic)
    attributed = alice.page(Filter(kind="attributed"), limit=500)
    assert len(attributed) == alice.progress(Filter(kind="attributed")).total
    hits = alice.page(Filter(search="المباركي"), limit=500)
    assert hits and all("المباركي" in c.text for c in hits)
    assert alice.page(Filter(search="100%_"), limit=5) == []  # LIKE wildcards are literal
    speaker = attributed[0].speaker
    assert all(c.speaker == speaker for c in alice.page(Filter(speaker=speaker), limit=500))

    alice.label(attributed[0].id, "sourced")  # agrees with the pipeline
    alice.label(attributed[1].id, "speculative")  # disagrees
    assert [c.id for c in alice.page(Filter(disagreements=True))] == [attributed[1].id]
    assert [c.id for c in alice.page(Filter(label="sourced"))] == [attributed[0].id]
    assert attributed[0].id not in [c.id for c in alice.page(Filter(unreviewed=True), limit=500)]
    assert alice.progress(Filter(kind="attributed", unreviewed=True)).reviewed == 2


def test_bad_input_is_refused_and_writes_nothing(alice, seeded_sessions):
    before = history_count(seeded_sessions)
    with pytest.raises(ReviewError, match="unknown label"):
        alice.label(alice.resume(Filter()).id, "true")
    with pytest.raises(ReviewError, match="no claim"):
        alice.label(10**9, "sourced")
    with pytest.raises(ReviewError):
        ReviewService(seeded_sessions, "   ")
    assert history_count(seeded_sessions) == before


def test_context_is_the_neighbouring_sentences(alice):
    claim = alice.page(Filter(), limit=5)[3]
    before, after = alice.context(claim)
    neighbours = alice.document_claims(claim.document_id)
    assert before == [c.text for c in neighbours[claim.seq - 2:claim.seq]]
    assert after == [c.text for c in neighbours[claim.seq + 1:claim.seq + 3]]


def _label_everything(url: str, reviewer: str, label: str) -> int:
    from annotate.store.engine import make_engine, make_sessionmaker

    service = ReviewService(make_sessionmaker(make_engine(url)), reviewer)
    done = 0
    while (claim := service.resume(Filter(unreviewed=True))) is not None:
        service.label(claim.id, label)
        done += 1
    return done


def test_two_reviewer_processes_at_once_keep_their_own_labels(seeded_url, seeded_sessions):
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        counts = pool.starmap(_label_everything, [(seeded_url, "ana", "sourced"),
                                                  (seeded_url, "ben", "boilerplate")])
    assert counts == [138, 138]
    with seeded_sessions() as session:
        rows = session.execute(select(ReviewRow.reviewer, ReviewRow.label, func.count())
                               .group_by(ReviewRow.reviewer, ReviewRow.label)).all()
        entries = session.scalar(select(func.count()).select_from(AnnotationRow))
    assert sorted(rows) == [("ana", "sourced", 138), ("ben", "boilerplate", 138)]
    assert entries == 276
