"""`claimsift stats` output: a stable JSON document (schema "claimsift-stats/1", see the README),
CSV of the group table, and rich tables for the terminal. The HTML report is in report_html."""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime

from rich.console import Console
from rich.table import Table

from annotate.report import Activity, Comparison, Counts, Group, Report
from claims.model import LABELS

SCHEMA = "claimsift-stats/1"
NOT_ENOUGH = "not enough data"
COUNT_FIELDS = ("claims", "reviewed", "progress", *LABELS, "disputed", "sourced_share")


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def counts_dict(counts: Counts) -> dict:
    out = {name: getattr(counts, name) for name in ("claims", "reviewed", *LABELS, "disputed")}
    out["progress"] = _round(counts.progress)
    out["sourced_share"] = _round(counts.sourced_share)
    if counts.documents is not None:
        out["documents"] = counts.documents
    return out


def _group(group: Group) -> dict:
    return {"key": group.key, "name": group.name, **counts_dict(group.counts)}


def _comparison(comparison: Comparison, names: tuple[str, str]) -> dict:
    predicted, reviewed = names
    return {
        "claims": comparison.claims,
        "accuracy": _round(comparison.accuracy),
        "confusion": [{predicted: p, reviewed: r, "claims": comparison.confusion.get((p, r), 0)}
                      for p in comparison.classes for r in comparison.classes],
        "scores": {value: {"precision": _round(s.precision), "recall": _round(s.recall),
                           "f1": _round(s.f1), "support": s.support}
                   for value in comparison.classes for s in [comparison.scores(value)]},
    }


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _activity(a: Activity) -> dict:
    return {"reviewer": a.reviewer, "labelled": a.counts.reviewed,
            **{label: getattr(a.counts, label) for label in LABELS},
            "changes": a.entries, "first": _time(a.first), "last": _time(a.last),
            "active_hours": a.active_hours, "changes_per_hour": _round(a.per_hour)}


def to_dict(report: Report) -> dict:
    agreement = report.agreement
    return {
        "schema": SCHEMA,
        "generated_at": report.generated_at.isoformat(),
        "by": report.by,
        "label_source": "reviewer" if report.reviewer else "verdict",
        "reviewer": report.reviewer,
        "documents": list(report.documents),
        "totals": counts_dict(report.totals),
        "adjudicated": report.adjudicated,
        "groups": [_group(g) for g in report.groups],
        "pipeline": {"labels": _comparison(report.labels, ("suggested", "reviewed")),
                     "hedged": _comparison(report.hedged, ("predicted", "reviewed"))},
        "agreement": {
            "claims": agreement.alpha.claims,
            "alpha": _round(agreement.alpha.alpha),
            "raw": _round(agreement.observed),
            "pairs": [{"reviewers": list(pair), "claims": k.claims, "kappa": _round(k.kappa),
                       "raw": _round(k.observed)} for pair, k in agreement.pairs.items()],
        },
        "speakers": [_group(g) for g in report.speakers],
        "reviewers": [_activity(a) for a in report.reviewers],
    }


def to_json(report: Report) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False) + "\n"  # one line: for scripts (jq)


def to_csv(report: Report) -> str:
    """The group table: one row per group of --by, then the totals."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    fields = ["key", "name", *COUNT_FIELDS]
    writer.writerow([report.by, *fields[1:]])
    for row in [*(_group(g) for g in report.groups),
                {"key": "total", "name": "total", **counts_dict(report.totals)}]:
        writer.writerow(["" if row.get(f) is None else row.get(f) for f in fields])
    return out.getvalue()


# -- terminal ---------------------------------------------------------------------------------
def pct(value: float | None) -> str:
    return NOT_ENOUGH if value is None else f"{value:.1%}"


def num(value: float | None, digits: int = 3) -> str:
    return NOT_ENOUGH if value is None else f"{value:.{digits}f}"


def _counts_table(title: str, first: str, groups: list[Group], totals: Counts | None) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(first, overflow="fold", max_width=40)
    for column in ("claims", "reviewed", *LABELS, "disputed", "sourced share"):
        table.add_column(column, justify="right")
    rows = [(g.name, g.counts) for g in groups] + ([("total", totals)] if totals else [])
    for name, c in rows:
        table.add_row(name, str(c.claims), f"{c.reviewed} ({pct(c.progress)})",
                      *(f"{getattr(c, label)}" for label in LABELS), str(c.disputed),
                      pct(c.sourced_share), end_section=name == "total")
    return table


def _comparison_tables(title: str, comparison: Comparison, rows_are: str) -> list[Table]:
    matrix = Table(title=f"{title}: {rows_are} (rows) x reviewed (columns), "
                   f"{comparison.claims} claims, accuracy {pct(comparison.accuracy)}",
                   title_justify="left")
    matrix.add_column("")
    for value in comparison.classes:
        matrix.add_column(value, justify="right")
    for p in comparison.classes:
        matrix.add_row(p, *(str(comparison.confusion.get((p, r), 0)) for r in comparison.classes))
    scores = Table(show_header=True)
    for column in ("", "precision", "recall", "F1", "support"):
        scores.add_column(column, justify="right" if column else "left")
    for value in comparison.classes:
        s = comparison.scores(value)
        scores.add_row(value, num(s.precision), num(s.recall), num(s.f1), str(s.support))
    return [matrix, scores]


def print_report(console: Console, report: Report) -> None:
    t = report.totals
    source = (f"labels of reviewer {report.reviewer}" if report.reviewer else
              "verdicts: the final label where adjudicated, else the reviewers' majority")
    console.print(f"{t.claims} claims, {t.reviewed} reviewed ({pct(t.progress)}), "
                  f"{t.disputed} disputed, {report.adjudicated} adjudicated; "
                  f"sourced share {pct(t.sourced_share)}. Counting {source}.",
                  markup=False, highlight=False)
    console.print(_counts_table(f"Claim quality by {report.by}", report.by, report.groups,
                                t if report.by != "corpus" else None))
    if report.labels.claims:
        for table in _comparison_tables("Pipeline against reviewers", report.labels, "suggested"):
            console.print(table)
    else:
        console.print(f"Pipeline against reviewers: {NOT_ENOUGH} (no reviewed claims)")
    if report.hedged.claims:
        for table in _comparison_tables("Hedge flag", report.hedged, "pipeline"):
            console.print(table)
    else:
        console.print(f"Hedge flag: {NOT_ENOUGH} (no reviewer set it)")
    a = report.agreement
    console.print(f"Agreement on {a.alpha.claims} claims labelled by two or more: "
                  f"Krippendorff's alpha {num(a.alpha.alpha)}, raw {pct(a.observed)}",
                  markup=False, highlight=False)
    if a.pairs:
        pairs = Table(title="Cohen's kappa per pair of reviewers", title_justify="left")
        for column in ("reviewers", "claims", "kappa", "raw agreement"):
            pairs.add_column(column, justify="left" if column == "reviewers" else "right")
        for (first, second), k in a.pairs.items():
            pairs.add_row(f"{first} / {second}", str(k.claims), num(k.kappa), pct(k.observed))
        console.print(pairs)
    if report.by != "speaker" and report.speakers:
        console.print(_counts_table(f"Top {len(report.speakers)} speakers", "speaker",
                                    report.speakers, None))
    if report.reviewers:
        table = Table(title="Reviewers", title_justify="left")
        for column in ("reviewer", "labelled", *LABELS, "changes", "first", "last",
                       "active hours", "changes/hour"):
            table.add_column(column, justify="left" if column in ("reviewer", "first", "last")
                             else "right")
        for r in report.reviewers:
            table.add_row(r.reviewer, str(r.counts.reviewed),
                          *(str(getattr(r.counts, label)) for label in LABELS), str(r.entries),
                          f"{r.first:%Y-%m-%d %H:%M}" if r.first else "",
                          f"{r.last:%Y-%m-%d %H:%M}" if r.last else "",
                          str(r.active_hours), num(r.per_hour, 1))
        console.print(table)
