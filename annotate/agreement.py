"""Agreement between reviewers on nominal labels: Cohen's kappa for a pair, Krippendorff's alpha
for any number of reviewers with missing labels, raw agreement. Pure functions over counts, so the
counting can happen in SQL; None where a figure cannot be computed ("not enough data")."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

Pair = tuple[str, str]


@dataclass(frozen=True)
class Kappa:
    kappa: float | None
    observed: float | None  # raw agreement
    claims: int  # how many claims both reviewers labelled


def cohen_kappa(confusion: Mapping[Pair, int]) -> Kappa:
    """Kappa from a table of (first reviewer's label, second reviewer's label) -> claims."""
    n = sum(confusion.values())
    if n == 0:
        return Kappa(None, None, 0)
    rows: Counter[str] = Counter()
    cols: Counter[str] = Counter()
    for (a, b), count in confusion.items():
        rows[a] += count
        cols[b] += count
    observed = sum(count for (a, b), count in confusion.items() if a == b) / n
    expected = sum(rows[label] * cols[label] for label in rows) / (n * n)
    if expected >= 1.0:  # both reviewers used one and the same label throughout
        return Kappa(None, observed, n)
    return Kappa((observed - expected) / (1 - expected), observed, n)


def coincidences(units: Iterable[Mapping[str, int]]) -> dict[Pair, float]:
    """Krippendorff's coincidence matrix from units given as label -> how many reviewers chose it.
    Units with fewer than two labels are not pairable and add nothing."""
    matrix: Counter[Pair] = Counter()
    for unit in units:
        m = sum(unit.values())
        if m < 2:
            continue
        for c, n_c in unit.items():
            for k, n_k in unit.items():
                matrix[(c, k)] += n_c * (n_k - (c == k)) / (m - 1)
    return dict(matrix)


@dataclass(frozen=True)
class Alpha:
    alpha: float | None
    pairable_values: float  # n: the labels on claims labelled at least twice
    claims: int


def krippendorff_alpha(matrix: Mapping[Pair, float], claims: int) -> Alpha:
    """Nominal alpha from a coincidence matrix: 1 - (n - 1) * D_o / D_e."""
    totals: Counter[str] = Counter()
    for (c, _k), value in matrix.items():
        totals[c] += value
    n = sum(totals.values())
    disagree = sum(value for (c, k), value in matrix.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    if n <= 1 or expected == 0:
        return Alpha(None, n, claims)
    return Alpha(1 - (n - 1) * disagree / expected, n, claims)
