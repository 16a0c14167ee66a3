"""Metrics against gold JSON Lines, as DESIGN.md defines them.

Each gold sentence is aligned with the predicted sentence covering most of its characters. Reported:
accuracy, precision/recall/F1 per kind and their macro average, speaker accuracy (over gold-attributed
sentences predicted attributed, names compared by `same_speaker`), F1 of the hedged and vague_source
flags, and boundary F1 (gold sentence starts found within one character).
"""
from __future__ import annotations

import bisect
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claims.lexicon import words_ar, words_en
from claims.model import KINDS
from claims.normalize import fold_name


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


@dataclass
class Report:
    sentences: int = 0
    accuracy: float = 0.0
    per_kind: dict[str, PRF] = field(default_factory=dict)
    macro_f1: float = 0.0
    speaker_accuracy: float | None = None
    speaker_support: int = 0
    hedged: PRF | None = None
    vague_source: PRF | None = None
    boundary: PRF | None = None
    confusion: Counter = field(default_factory=Counter)  # (gold kind, predicted kind) -> n
    disagreements: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        def prf(value: PRF | None):
            return None if value is None else {k: round(v, 4) if isinstance(v, float) else v
                                               for k, v in value.__dict__.items()}
        return {
            "sentences": self.sentences, "accuracy": round(self.accuracy, 4),
            "per_kind": {k: prf(v) for k, v in self.per_kind.items()},
            "macro_f1": round(self.macro_f1, 4),
            "speaker_accuracy": None if self.speaker_accuracy is None else round(self.speaker_accuracy, 4),
            "speaker_support": self.speaker_support, "hedged": prf(self.hedged),
            "vague_source": prf(self.vague_source), "boundary": prf(self.boundary),
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())},
        }


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
    for rows_of_doc in grouped.values():
        rows_of_doc.sort(key=lambda r: r["start"])
    return grouped


_SPLIT = re.compile(r"[\s\-‐]+")


_ABD = fold_name("عبد")


def speaker_tokens(name: str) -> list[str]:
    """Tokens of a name after normalising Arabic letters and dropping titles and punctuation."""
    titles = {fold_name(t) for t in words_ar("titles_ar")} | words_en("titles_en")
    tokens = []
    for raw in _SPLIT.split(fold_name(name).lower()):
        token = raw.strip(".,،:;\"'’“”«»()")
        if token and token not in titles and token.rstrip(".") not in titles and token != "the":
            tokens.append(token)
    return _joined_compounds(tokens)


def _joined_compounds(tokens: list[str]) -> list[str]:
    """"عبد العزيز" and "عبدالعزيز" are one name written two ways: عبد joins the word after it."""
    joined: list[str] = []
    for token in tokens:
        if joined and joined[-1] == _ABD:
            joined[-1] += token
        else:
            joined.append(token)
    return joined


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    if not gold or not predicted:
        return gold == predicted
    a, b = speaker_tokens(gold), speaker_tokens(predicted)
    if a == b:
        return True
    if not a or not b:
        return False
    return a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a))


def boundary_f1(gold: Iterable[dict], predicted: Iterable[dict], tolerance: int = 1) -> PRF:
    """Sentence starts: a predicted start counts when a gold start lies within `tolerance`."""
    gold_starts = {doc: sorted(r["start"] for r in rows) for doc, rows in by_doc(gold).items()}
    pred_starts = {doc: sorted(r["start"] for r in rows) for doc, rows in by_doc(predicted).items()}
    tp = fp = fn = 0
    for doc in gold_starts.keys() | pred_starts.keys():
        golds, preds = gold_starts.get(doc, []), pred_starts.get(doc, [])
        matched_gold = sum(1 for g in golds if _near(preds, g, tolerance))
        matched_pred = sum(1 for p in preds if _near(golds, p, tolerance))
        tp += matched_gold
        fn += len(golds) - matched_gold
        fp += len(preds) - matched_pred
    return PRF.from_counts(tp, fp, fn)


def _near(sorted_values: list[int], value: int, tolerance: int) -> bool:
    index = bisect.bisect_left(sorted_values, value - tolerance)
    return index < len(sorted_values) and sorted_values[index] <= value + tolerance


def align(gold_rows: list[dict], predicted_rows: list[dict]) -> list[tuple[dict, dict | None]]:
    """Each gold sentence with the predicted sentence of the same document covering most of it."""
    predicted = by_doc(predicted_rows)
    pairs = []
    for row in gold_rows:
        candidates = predicted.get(row["doc"], [])
        starts = [c["start"] for c in candidates]
        index = max(bisect.bisect_right(starts, row["start"]) - 1, 0)
        best, best_overlap = None, 0
        for candidate in candidates[index:]:
            if candidate["start"] >= row["end"]:
                break
            overlap = min(candidate["end"], row["end"]) - max(candidate["start"], row["start"])
            if overlap > best_overlap:
                best, best_overlap = candidate, overlap
        pairs.append((row, best))
    return pairs


def evaluate(gold_rows: list[dict], predicted_rows: list[dict], with_boundaries: bool = True,
             with_flags: bool = True) -> Report:
    report = Report(sentences=len(gold_rows))
    pairs = align(gold_rows, predicted_rows)
    hedged, vague, speakers = Counter(), Counter(), Counter()
    for gold, pred in pairs:
        pred_kind = pred["kind"] if pred else "unattributed"
        report.confusion[(gold["kind"], pred_kind)] += 1
        wrong = gold["kind"] != pred_kind
        if gold["kind"] == "attributed" and pred_kind == "attributed" and gold.get("speaker"):
            speakers["total"] += 1
            if same_speaker(gold.get("speaker"), pred.get("speaker")):
                speakers["right"] += 1
            else:
                wrong = True
        for flag, counts in (("hedged", hedged), ("vague_source", vague)):
            g, p = bool(gold.get(flag)), bool(pred and pred.get(flag))
            counts["tp" if g and p else "fp" if p else "fn" if g else "tn"] += 1
            wrong = wrong or (with_flags and g != p)
        if wrong:
            report.disagreements.append({"doc": gold["doc"], "start": gold["start"],
                                         "text": gold.get("text", ""), "gold": _short(gold),
                                         "predicted": _short(pred) if pred else None})
    right = sum(n for (g, p), n in report.confusion.items() if g == p)
    report.accuracy = right / len(pairs) if pairs else 0.0
    for kind in KINDS:
        tp = report.confusion[(kind, kind)]
        fp = sum(n for (g, p), n in report.confusion.items() if p == kind and g != kind)
        fn = sum(n for (g, p), n in report.confusion.items() if g == kind and p != kind)
        report.per_kind[kind] = PRF.from_counts(tp, fp, fn)
    present = [k for k in KINDS if report.per_kind[k].support or
               any(p == k for _, p in report.confusion)]
    report.macro_f1 = sum(report.per_kind[k].f1 for k in present) / len(present) if present else 0.0
    report.speaker_support = speakers["total"]
    report.speaker_accuracy = speakers["right"] / speakers["total"] if speakers["total"] else None
    if with_flags:
        report.hedged = PRF.from_counts(hedged["tp"], hedged["fp"], hedged["fn"])
        report.vague_source = PRF.from_counts(vague["tp"], vague["fp"], vague["fn"])
    if with_boundaries:
        report.boundary = boundary_f1(gold_rows, predicted_rows)
    return report


def _short(row: dict) -> dict:
    return {k: row.get(k) for k in ("kind", "speaker", "hedged", "vague_source", "rule") if k in row}
