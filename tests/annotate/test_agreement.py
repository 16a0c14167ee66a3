"""Agreement figures against hand-computed answers and the `krippendorff` package."""
from __future__ import annotations

import math
import random

import krippendorff
import numpy as np
import pytest

from annotate.agreement import cohen_kappa, coincidences, krippendorff_alpha

LABELS = ("sourced", "speculative", "boilerplate")


def test_kappa_textbook_example():
    # 50 claims: both "sourced" 20, A sourced/B speculative 5, A speculative/B sourced 10, both
    # speculative 15. p_o = 35/50 = 0.7; p_e = (25*30 + 25*20)/2500 = 0.5; kappa = 0.2/0.5 = 0.4.
    result = cohen_kappa({("sourced", "sourced"): 20, ("sourced", "speculative"): 5,
                          ("speculative", "sourced"): 10, ("speculative", "speculative"): 15})
    assert result.claims == 50 and result.observed == pytest.approx(0.7)
    assert result.kappa == pytest.approx(0.4)


def test_kappa_not_enough_data():
    assert cohen_kappa({}).kappa is None
    same = cohen_kappa({("sourced", "sourced"): 7})  # one label only: p_e = 1
    assert same.kappa is None and same.observed == 1.0 and same.claims == 7


def test_alpha_by_hand():
    # Three claims, two reviewers: (s, s), (s, p), (p, p). Coincidences: o_ss = 2, o_pp = 2,
    # o_sp = o_ps = 1; n = 6, n_s = n_p = 3. alpha = 1 - 5 * 2 / (2 * 3 * 3) = 1 - 10/18 = 4/9.
    units = [{"s": 2}, {"s": 1, "p": 1}, {"p": 2}]
    matrix = coincidences(units)
    assert matrix == {("s", "s"): 2.0, ("s", "p"): 1.0, ("p", "s"): 1.0, ("p", "p"): 2.0}
    result = krippendorff_alpha(matrix, claims=3)
    assert result.alpha == pytest.approx(4 / 9) and result.pairable_values == 6


def test_alpha_not_enough_data():
    assert krippendorff_alpha(coincidences([{"s": 1}, {"p": 1}]), 2).alpha is None
    assert krippendorff_alpha(coincidences([{"s": 3}, {"s": 2}]), 2).alpha is None


@pytest.mark.parametrize("seed", range(5))
def test_alpha_matches_the_krippendorff_package(seed):
    rng = random.Random(seed)
    reviewers, claims = 4, 60
    data = np.full((reviewers, claims), np.nan)
    for claim in range(claims):
        truth = rng.randrange(3)
        for reviewer in range(reviewers):
            if rng.random() < 0.7:  # missing labels are allowed
                data[reviewer, claim] = truth if rng.random() < 0.75 else rng.randrange(3)
    units = []
    for claim in range(claims):
        values = [int(v) for v in data[:, claim] if not math.isnan(v)]
        units.append({LABELS[v]: values.count(v) for v in set(values)})
    ours = krippendorff_alpha(coincidences(units), claims).alpha
    theirs = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert ours == pytest.approx(theirs, abs=1e-9)
