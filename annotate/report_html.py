"""`claimsift stats --format html`: one self-contained file (inline CSS and SVG, no scripts, no
fonts, nothing fetched). Every string that comes from an article or a reviewer goes through
`html.escape`; names are wrapped in <bdi dir="auto"> so Arabic reads right to left inside
left-to-right tables."""
from __future__ import annotations

from html import escape

from annotate.report import Comparison, Counts, Group, Report
from annotate.report_render import NOT_ENOUGH, num, pct
from claims.model import LABELS

COLOURS = {"sourced": "#2e7d32", "speculative": "#f9a825", "boilerplate": "#9e9e9e",
           "disputed": "#c62828", "unreviewed": "#e8e8e8"}
CHART_GROUPS = 40  # bars drawn; the table lists every group

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Naskh Arabic",sans-serif;
margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5rem 0}th,td{padding:.2rem .6rem;border-bottom:1px solid #eee}
th{text-align:left;background:#f6f6f6}td.n{text-align:right;font-variant-numeric:tabular-nums}
.na{color:#888;font-style:italic}.legend span{display:inline-block;margin-right:1rem}
.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
bdi{unicode-bidi:isolate}
"""


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _name(value: str) -> str:
    return f'<bdi dir="auto">{_e(value)}</bdi>'


def _cell(text: str, numeric: bool = True) -> str:
    css = "n" if numeric else ""
    if text == NOT_ENOUGH:
        css += " na"
    return f'<td class="{css.strip()}">{_e(text)}</td>'


def _legend() -> str:
    items = "".join(f'<span><i style="background:{c}"></i>{_e(k)}</span>'
                    for k, c in COLOURS.items())
    return f'<p class="legend">{items}</p>'


def _bars(groups: list[Group]) -> str:
    """A stacked bar per group: the shares of its claims by label, disputed and unreviewed."""
    shown = groups[:CHART_GROUPS]
    if not shown:
        return ""
    row, label_width, width = 22, 220, 520
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{label_width + width + 10}"'
             f' height="{row * len(shown) + 4}" aria-label="label shares per group">']
    for i, group in enumerate(shown):
        y = i * row + 2
        c = group.counts
        parts.append(f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end" '
                     f'font-size="12">{_e(_short(group.name))}</text>')
        x = float(label_width)
        unreviewed = max(0, c.claims - c.reviewed - c.disputed)
        for key, n in [*((k, getattr(c, k)) for k in (*LABELS, "disputed")),
                       ("unreviewed", unreviewed)]:
            if not n or not c.claims:
                continue
            w = width * n / c.claims
            parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row - 6}" '
                         f'fill="{COLOURS[key]}"><title>{_e(group.name)}: {_e(key)} {n}'
                         f'</title></rect>')
            x += w
    parts.append("</svg>")
    return "".join(parts)


def _short(name: str, limit: int = 32) -> str:
    return name if len(name) <= limit else name[:limit - 1] + "…"


def _counts_table(first: str, groups: list[Group], totals: Counts | None) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in
                   (first, "claims", "reviewed", "progress", *LABELS, "disputed", "sourced share"))
    rows = [(g.name, g.counts) for g in groups] + ([("total", totals)] if totals else [])
    body = []
    for name, c in rows:
        cells = [str(c.claims), str(c.reviewed), pct(c.progress),
                 *(str(getattr(c, label)) for label in LABELS), str(c.disputed),
                 pct(c.sourced_share)]
        body.append(f"<tr><th>{_name(name)}</th>{''.join(_cell(x) for x in cells)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _comparison(title: str, comparison: Comparison, rows_are: str) -> str:
    if not comparison.claims:
        return f"<h2>{_e(title)}</h2><p class=\"na\">{NOT_ENOUGH}</p>"
    top = max(comparison.confusion.values())
    head = "".join(f"<th>{_e(v)}</th>" for v in comparison.classes)
    rows = []
    for p in comparison.classes:
        cells = []
        for r in comparison.classes:
            n = comparison.confusion.get((p, r), 0)
            shade = 0.08 + 0.6 * n / top if n else 0
            cells.append(f'<td class="n" style="background:rgba(46,125,50,{shade:.2f})">{n}</td>')
        rows.append(f"<tr><th>{_e(p)}</th>{''.join(cells)}</tr>")
    scores = []
    for value in comparison.classes:
        s = comparison.scores(value)
        scores.append(f"<tr><th>{_e(value)}</th>" + "".join(
            _cell(x) for x in (num(s.precision), num(s.recall), num(s.f1), str(s.support)))
            + "</tr>")
    return (f"<h2>{_e(title)}</h2><p>{comparison.claims} claims, accuracy "
            f"{_e(pct(comparison.accuracy))}</p>"
            f"<table><thead><tr><th>{_e(rows_are)} \\ reviewed</th>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
            "<table><thead><tr><th></th><th>precision</th><th>recall</th><th>F1</th>"
            f"<th>support</th></tr></thead><tbody>{''.join(scores)}</tbody></table>")


def _agreement(report: Report) -> str:
    a = report.agreement
    out = [f"<h2>Agreement between reviewers</h2><p>{a.alpha.claims} claims labelled by two or "
           f"more reviewers. Krippendorff's alpha (nominal): <b>{_e(num(a.alpha.alpha))}</b>; "
           f"raw agreement: {_e(pct(a.observed))}.</p>"]
    if a.pairs:
        width = 300
        rows = []
        for (first, second), k in a.pairs.items():
            bar = ""
            if k.kappa is not None:
                x0 = width / 2
                w = abs(k.kappa) * width / 2
                x = x0 if k.kappa >= 0 else x0 - w
                bar = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="14">'
                       f'<line x1="{x0}" x2="{x0}" y1="0" y2="14" stroke="#999"/>'
                       f'<rect x="{x:.1f}" y="2" width="{w:.1f}" height="10" fill="#1565c0">'
                       f'<title>kappa {k.kappa:.3f}</title></rect></svg>')
            rows.append(f"<tr><th>{_name(first)} / {_name(second)}</th>{_cell(str(k.claims))}"
                        f"{_cell(num(k.kappa))}{_cell(pct(k.observed))}<td>{bar}</td></tr>")
        out.append("<table><thead><tr><th>reviewers</th><th>claims</th><th>Cohen's kappa</th>"
                   "<th>raw agreement</th><th>kappa (−1 … 1)</th></tr></thead>"
                   f"<tbody>{''.join(rows)}</tbody></table>")
    return "".join(out)


def _reviewers(report: Report) -> str:
    if not report.reviewers:
        return f"<h2>Reviewers</h2><p class=\"na\">{NOT_ENOUGH}</p>"
    rows = []
    for r in report.reviewers:
        cells = [str(r.counts.reviewed), *(str(getattr(r.counts, k)) for k in LABELS),
                 str(r.entries), f"{r.first:%Y-%m-%d %H:%M}" if r.first else "",
                 f"{r.last:%Y-%m-%d %H:%M}" if r.last else "", str(r.active_hours),
                 num(r.per_hour, 1)]
        rows.append(f"<tr><th>{_name(r.reviewer)}</th>{''.join(_cell(c) for c in cells)}</tr>")
    head = "".join(f"<th>{_e(h)}</th>" for h in ("reviewer", "labelled", *LABELS, "changes",
                                                 "first", "last", "active hours", "per hour"))
    return (f"<h2>Reviewers</h2><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def to_html(report: Report) -> str:
    t = report.totals
    source = (f"the labels of reviewer {report.reviewer}" if report.reviewer else
              "verdicts: the final label where adjudicated, else the reviewers' strict majority")
    scope = f" Documents matching: {', '.join(report.documents)}." if report.documents else ""
    sections = [
        f"<h1>claimsift: claim quality</h1><p>{t.claims} claims, {t.reviewed} reviewed "
        f"({_e(pct(t.progress))}), {t.disputed} disputed, {report.adjudicated} adjudicated. "
        f"Sourced share of the reviewed claims that assert something: "
        f"<b>{_e(pct(t.sourced_share))}</b>. Counting {_e(source)}.{_e(scope)} "
        f"Generated {_e(report.generated_at.strftime('%Y-%m-%d %H:%M UTC'))}.</p>",
        f"<h2>By {_e(report.by)}</h2>", _legend(), _bars(report.groups),
        _counts_table(report.by, report.groups, t if report.by != "corpus" else None),
        _comparison("The pipeline against reviewers", report.labels, "suggested"),
        _comparison("Hedge flag", report.hedged, "pipeline"),
        _agreement(report),
    ]
    if report.by != "speaker" and report.speakers:
        sections += [f"<h2>Top {len(report.speakers)} speakers</h2>", _bars(report.speakers),
                     _counts_table("speaker", report.speakers, None)]
    sections.append(_reviewers(report))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; img-src data:\">"
            f"<title>claimsift stats</title><style>{CSS}</style></head><body>"
            + "\n".join(sections) + "</body></html>\n")
