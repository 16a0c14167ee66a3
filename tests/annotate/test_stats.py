"""Agreement counted by the database equals the figures computed from the raw labels."""
from __future__ import annotations

import random

import pytest

from annotate.agreement import cohen_kappa, coincidences, krippendorff_alpha
from annotate.review import Filter, ReviewService
from annotate.stats import agreement
from claims.model import LABELS


def test_agreement_in_sql_matches_the_labels(seeded_sessions):
    rng = random.Random(3)
    claims = ReviewService(seeded_sessions, "x").page(Filter(), limit=200)
    labels: dict[str, dict[int, str]] = {"ana": {}, "ben": {}, "cal": {}}
    for claim in claims:
        for reviewer, chosen in labels.items():
            if rng.random() < 0.8:
                label = claim.suggested if rng.random() < 0.7 else rng.choice(LABELS)
                chosen[claim.id] = label
    for reviewer, chosen in labels.items():
        service = ReviewService(seeded_sessions, reviewer)
        for claim_id, label in chosen.items():
            service.label(claim_id, "sourced" if label != "sourced" else "boilerplate")
            service.label(claim_id, label)  # only the newest label counts
    result = agreement(seeded_sessions)

    assert set(result.pairs) == {("ana", "ben"), ("ana", "cal"), ("ben", "cal")}
    for first, second in result.pairs:
        shared = labels[first].keys() & labels[second].keys()
        table: dict = {}
        for claim_id in shared:
            key = (labels[first][claim_id], labels[second][claim_id])
            table[key] = table.get(key, 0) + 1
        expected = cohen_kappa(table)
        assert result.pairs[(first, second)].claims == len(shared) > 50
        assert result.pairs[(first, second)].kappa == pytest.approx(expected.kappa)

    units = []
    for claim in claims:
        chosen = [r[claim.id] for r in labels.values() if claim.id in r]
        units.append({label: chosen.count(label) for label in set(chosen)})
    pairable = sum(1 for unit in units if sum(unit.values()) >= 2)
    expected_alpha = krippendorff_alpha(coincidences(units), pairable)
    assert result.alpha.claims == pairable
    assert result.alpha.alpha == pytest.approx(expected_alpha.alpha)
    assert 0 < result.alpha.alpha < 1


def test_agreement_without_overlap_is_not_enough_data(seeded_sessions):
    ReviewService(seeded_sessions, "ana").label(1, "sourced")
    ReviewService(seeded_sessions, "ben").label(2, "sourced")
    result = agreement(seeded_sessions)
    assert result.pairs == {} and result.alpha.alpha is None and result.alpha.claims == 0
