"""Rich output for the command line: progress, summaries, tables. No logic lives here."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

KIND_STYLE = {"attributed": "green", "unattributed": "yellow", "filler": "bright_black"}
PROGRESS_MIN_FILES = 20


@contextmanager
def file_progress(console: Console, total: int, label: str) -> Iterator[Callable[[object], None]]:
    """A progress bar on a terminal for runs of many files; silent otherwise."""
    if total < PROGRESS_MIN_FILES or not console.is_terminal:
        yield lambda _item: None
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda _item: progress.advance(task)


def print_ingest_summary(console: Console, summary) -> None:
    console.print(
        f"{summary.documents} documents stored ({summary.added} new, "
        f"{summary.new_versions} new versions), {summary.unchanged} unchanged, "
        f"{summary.sentences} sentences, {len(summary.skipped)} skipped",
        markup=False,
    )
    for skipped in summary.skipped:
        console.print(f"  skipped {skipped.path}: {skipped.reason}", markup=False)


def print_documents(console: Console, documents) -> None:
    if not documents:
        console.print("No documents yet: run `claimsift ingest PATH...` first.")
        return
    for document in documents:
        table = Table(title=f"{document.name} ({document.language}, v{document.version})",
                      title_justify="left", show_lines=False, expand=True)
        table.add_column("#", justify="right", width=4)
        table.add_column("kind", width=12)
        table.add_column("speaker", width=24, overflow="fold")
        table.add_column("sentence", ratio=1, overflow="ellipsis", no_wrap=True)
        for claim in document.claims:
            style = KIND_STYLE.get(claim.kind, "")
            table.add_row(str(claim.seq), f"[{style}]{claim.kind}[/]", claim.speaker or "",
                          claim.text)
        console.print(table)


def print_kind_totals(console: Console, counts) -> None:
    table = Table(title="Sentences by kind", title_justify="left")
    table.add_column("kind")
    table.add_column("sentences", justify="right")
    for row in counts:
        table.add_row(f"[{KIND_STYLE.get(row.kind, '')}]{row.kind}[/]", str(row.count))
    console.print(table)


def print_eval_report(console: Console, report, disagreements: int) -> None:
    from claims.model import KINDS

    table = Table(title=f"{report.sentences} gold sentences", title_justify="left")
    for column in ("kind", "precision", "recall", "F1", "support"):
        table.add_column(column, justify="left" if column == "kind" else "right")
    for kind, prf in report.per_kind.items():
        table.add_row(kind, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}",
                      str(prf.support))
    console.print(table)
    lines = [f"accuracy {report.accuracy:.3f}   macro-F1 {report.macro_f1:.3f}"]
    if report.speaker_accuracy is not None:
        lines.append(f"speaker accuracy {report.speaker_accuracy:.3f} "
                     f"(over {report.speaker_support} sentences)")
    for name in ("hedged", "vague_source", "boundary"):
        prf = getattr(report, name)
        if prf is not None:
            lines.append(f"{name} F1 {prf.f1:.3f} (P {prf.precision:.3f}, R {prf.recall:.3f})")
    for line in lines:
        console.print(line, markup=False)
    confusion = Table(title="gold (rows) x predicted (columns)", title_justify="left")
    confusion.add_column("")
    for kind in KINDS:
        confusion.add_column(kind, justify="right")
    for gold in KINDS:
        confusion.add_row(gold, *(str(report.confusion[(gold, p)]) for p in KINDS))
    console.print(confusion)
    if disagreements and report.disagreements:
        console.print(f"Disagreements ({len(report.disagreements)}, first {disagreements}):")
        for item in report.disagreements[:disagreements]:
            predicted = item["predicted"] or {}
            console.print(
                f"  {item['doc']}:{item['start']}  gold {item['gold'].get('kind')}"
                f"/{item['gold'].get('speaker')}  predicted {predicted.get('kind')}"
                f"/{predicted.get('speaker')}  {item['text'][:90]}", markup=False)
