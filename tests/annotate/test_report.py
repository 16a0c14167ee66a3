"""The claim-quality report: verdict rules, the running tallies against a scan of the tables, the
confusion matrix on the seeds labelled with their gold labels, and adjudication."""
from __future__ import annotations

import random
from collections import Counter

import pytest
from sqlalchemy import select

from annotate.adjudicate import AdjudicationService
from annotate.report import GROUPINGS, build_report
from annotate.report_render import to_dict
from annotate.review import Filter, ReviewService
from annotate.store.models import TallyRow
from annotate.store.tallies import rebuild
from claims.model import LABELS, SUGGESTED_LABEL


def _report(sessions, by="corpus", **options) -> dict:
    out = to_dict(build_report(sessions, by, **options))
    out.pop("generated_at")
    return out


def _tallies(sessions) -> Counter:
    with sessions() as session:
        rows = session.execute(select(TallyRow.facet, TallyRow.key, TallyRow.sub, TallyRow.label,
                                      TallyRow.n)).all()
    return Counter({tuple(row[:4]): row[4] for row in rows if row[4]})


def _busy_database(sessions, seed: int) -> list:
    """Three reviewers label, relabel, undo, flag hedges and fix speakers; a lead adjudicates."""
    rng = random.Random(seed)
    claims = ReviewService(sessions, "x").page(Filter(), limit=200)
    for name in ("ana", "ben", "cal"):
        service = ReviewService(sessions, name)
        for claim in claims:
            if rng.random() < 0.6:
                service.label(claim.id, claim.suggested if rng.random() < 0.7 else rng.choice(LABELS))
            if rng.random() < 0.1:
                service.flag_hedged(claim.id, rng.random() < 0.5)
            if rng.random() < 0.05 and claim.speaker:
                service.correct_speaker(claim.id, rng.choice(["Amina Saleh", "وزير الخارجية"]))
            if rng.random() < 0.05:
                service.undo()
    lead = AdjudicationService(sessions, "lead")
    disputed = lead.page(Filter(disputed=True), limit=200)
    for claim in disputed[::2]:
        lead.label(claim.id, rng.choice(LABELS))
    lead.undo()
    return disputed


@pytest.mark.parametrize("by", GROUPINGS)
def test_tallies_give_the_same_report_as_scanning_the_tables(seeded_sessions, by):
    _busy_database(seeded_sessions, seed=5)
    fast, scanned = _report(seeded_sessions, by), _report(seeded_sessions, by, scan=True)
    assert fast == scanned
    assert fast["totals"]["reviewed"] > 50 and fast["agreement"]["claims"] > 30
    assert fast["adjudicated"] > 0 and fast["pipeline"]["hedged"]["claims"] > 0


def test_one_reviewers_report_reads_agreement_from_the_tallies_unchanged(seeded_sessions):
    _busy_database(seeded_sessions, seed=6)
    for by in ("corpus", "speaker"):
        assert _report(seeded_sessions, by, reviewer="ben") == \
            _report(seeded_sessions, by, reviewer="ben", scan=True)


def test_rebuilding_the_tallies_gives_the_counts_kept_on_every_write(seeded_sessions):
    _busy_database(seeded_sessions, seed=9)
    kept = _tallies(seeded_sessions)
    with seeded_sessions.begin() as session:
        rebuild(session.connection())
    assert _tallies(seeded_sessions) == kept
    assert kept[("corpus", "all", "", "*")] == 138


def test_verdict_is_final_label_else_strict_majority_else_disputed(seeded_sessions):
    ana, ben, cal = (ReviewService(seeded_sessions, n) for n in ("ana", "ben", "cal"))
    ana.label(1, "sourced"), ben.label(1, "sourced"), cal.label(1, "speculative")  # 2 of 3
    ana.label(2, "sourced"), ben.label(2, "boilerplate")  # a tie
    ana.label(3, "boilerplate")  # one reviewer
    report = _report(seeded_sessions)
    assert report["totals"]["sourced"] == 1 and report["totals"]["boilerplate"] == 1
    assert report["totals"]["disputed"] == 1 and report["totals"]["reviewed"] == 2
    assert report["totals"]["sourced_share"] == 1.0  # boilerplate asserts nothing

    AdjudicationService(seeded_sessions, "lead").label(2, "speculative")
    report = _report(seeded_sessions)
    assert report["totals"]["disputed"] == 0 and report["totals"]["speculative"] == 1
    assert report["totals"]["sourced_share"] == 0.5 and report["adjudicated"] == 1
    # the raw labels still make the agreement figures: ana/ben agree on 1 of 2 shared claims
    pairs = {tuple(p["reviewers"]): p for p in report["agreement"]["pairs"]}
    assert pairs[("ana", "ben")]["claims"] == 2 and pairs[("ana", "ben")]["raw"] == 0.5

    assert AdjudicationService(seeded_sessions, "lead").undo() == 2
    assert _report(seeded_sessions)["totals"]["disputed"] == 1


def test_adjudication_queue_holds_claims_reviewers_disagree_on(seeded_sessions):
    ReviewService(seeded_sessions, "ana").label(5, "sourced")
    ReviewService(seeded_sessions, "ben").label(5, "speculative")
    ReviewService(seeded_sessions, "ana").label(6, "sourced")
    ReviewService(seeded_sessions, "ben").label(6, "sourced")
    lead = AdjudicationService(seeded_sessions, "lead")
    assert [c.id for c in lead.page(Filter(disputed=True))] == [5]
    assert [(r.reviewer, r.label) for r in lead.reviews(5)] == [("ana", "sourced"),
                                                                 ("ben", "speculative")]
    decided = lead.label(5, "speculative")
    assert decided.label == "speculative"
    assert lead.page(Filter(disputed=True, unreviewed=True)) == []
    assert ReviewService(seeded_sessions, "ana").get(5).label == "sourced"  # raw labels stay
    assert [h.label for h in lead.history(5)] == ["speculative"]


def test_confusion_matrix_on_the_seeds_labelled_with_their_gold(seeded_sessions, gold_seeds):
    gold = {(g["doc"], g["start"], g["end"]): g for g in gold_seeds}
    reviewer = ReviewService(seeded_sessions, "gold")
    expected: Counter = Counter()
    hedges: Counter = Counter()
    claims = reviewer.page(Filter(), limit=500)
    with seeded_sessions() as session:
        from annotate.store.models import ClaimRow

        spans = dict(session.execute(select(ClaimRow.id, ClaimRow.start)).all())
        ends = dict(session.execute(select(ClaimRow.id, ClaimRow.end)).all())
    matched = 0
    for claim in claims:
        found = gold.get((claim.document, spans[claim.id], ends[claim.id]))
        if found is None:
            continue
        matched += 1
        label = SUGGESTED_LABEL[found["kind"]]
        reviewer.label(claim.id, label)
        reviewer.flag_hedged(claim.id, found["hedged"])
        expected[(claim.suggested, label)] += 1
        hedges[(claim.hedged, found["hedged"])] += 1
    assert matched > 120  # nearly every seed sentence has the gold boundaries

    report = build_report(seeded_sessions)
    assert report.labels.confusion == {k: n for k, n in expected.items()}
    assert report.labels.claims == matched
    right = sum(n for (p, r), n in expected.items() if p == r)
    assert report.labels.accuracy == pytest.approx(right / matched)
    assert 0.9 < report.labels.accuracy < 1.0  # the pipeline is good on the seeds, not perfect
    sourced = report.labels.scores("sourced")
    tp = expected[("sourced", "sourced")]
    assert sourced.precision == pytest.approx(
        tp / sum(n for (p, _), n in expected.items() if p == "sourced"))
    assert sourced.recall == pytest.approx(
        tp / sum(n for (_, r), n in expected.items() if r == "sourced"))
    names = {True: "hedged", False: "not hedged"}
    assert report.hedged.confusion == {(names[p], names[r]): n for (p, r), n in hedges.items()}
    assert report.agreement.alpha.alpha is None  # one reviewer: not enough data


def test_reviewer_option_counts_that_reviewers_labels(seeded_sessions):
    ReviewService(seeded_sessions, "ana").label(1, "sourced")
    ReviewService(seeded_sessions, "ben").label(1, "boilerplate")
    ReviewService(seeded_sessions, "ben").label(2, "boilerplate")
    report = _report(seeded_sessions, reviewer="ben")
    assert report["label_source"] == "reviewer"
    assert report["totals"]["boilerplate"] == 2 and report["totals"]["sourced"] == 0


def test_document_option_limits_the_report(seeded_sessions):
    ReviewService(seeded_sessions, "ana").label(1, "sourced")
    whole = _report(seeded_sessions, "document")
    one = _report(seeded_sessions, "document", documents=("000_b445",))
    assert len(whole["groups"]) == 5 and len(one["groups"]) == 1
    assert one["totals"]["claims"] == whole["groups"][0]["claims"] == 40
    assert one["totals"]["sourced"] == 1
