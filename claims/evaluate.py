"""Metrics against gold JSON Lines, as DESIGN.md defines them."""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float
    support: int

    @classmethod
    def from_counts(cls, tp: int, fp: int, fn: int) -> PRF:
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(precision, recall, f1, tp + fn)


def load_jsonl(path: str | Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}:{number}: invalid JSON: {error.msg}") from None
    return rows


def by_doc(rows: Iterable[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        grouped[row["doc"]].append(row)
    return grouped


def boundary_f1(gold: Iterable[dict], predicted: Iterable[dict], tolerance: int = 1) -> PRF:
    """Sentence starts: a predicted start counts when a gold start lies within `tolerance`."""
    gold_starts = {doc: sorted(r["start"] for r in rows) for doc, rows in by_doc(gold).items()}
    pred_starts = {doc: sorted(r["start"] for r in rows) for doc, rows in by_doc(predicted).items()}
    tp = fp = fn = 0
    for doc in gold_starts.keys() | pred_starts.keys():
        golds, preds = gold_starts.get(doc, []), pred_starts.get(doc, [])
        matched_pred = sum(1 for p in preds if any(abs(p - g) <= tolerance for g in golds))
        matched_gold = sum(1 for g in golds if any(abs(p - g) <= tolerance for p in preds))
        tp += matched_gold
        fn += len(golds) - matched_gold
        fp += len(preds) - matched_pred
    return PRF.from_counts(tp, fp, fn)
