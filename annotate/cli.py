"""The `claimsift` command: each subcommand parses, calls a module, prints."""
from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager

import click
from rich.console import Console

from annotate import display

err = Console(stderr=True, highlight=False, soft_wrap=True)

DB_OPTION = click.option(
    "--db", "db_url", metavar="URL", envvar="CLAIMSIFT_DB", default=None,
    help="SQLAlchemy database URL (env CLAIMSIFT_DB; default sqlite:///claimsift.db).",
)


def open_database(db_url: str | None):
    # SQLAlchemy is imported here, not at the top: `classify` and `eval` never open a database
    # and start a quarter of a second sooner without it
    from annotate.store.engine import DatabaseError, database_url, make_engine, make_sessionmaker
    from annotate.store.migrate import upgrade

    try:
        engine = make_engine(database_url(db_url))
        upgrade(engine)
    except DatabaseError as error:
        raise click.ClickException(str(error)) from None
    return make_sessionmaker(engine)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimsift")
def main() -> None:
    """claimsift: where do the claims in a news article come from?

    Reads Arabic and English articles, splits them into sentences, sorts each into attributed,
    unattributed or filler, and stores them for review.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def classify(paths: tuple[str, ...]) -> None:
    """Print one JSON object per sentence of PATHS (files or folders), in document order.

    Fields: doc, start, end, text, lang, kind, speaker, cue, hedged, vague_source, confidence,
    rule. Offsets index the decoded text, so text == document[start:end]. No database is used.
    Exit status 1 when some input could not be read (the rest is still printed).
    """
    from claims.model import Skipped
    from claims.pipeline import analyse
    from claims.reader import read_paths

    failed = False
    out = sys.stdout
    for item in read_paths(paths):
        if isinstance(item, Skipped):
            err.print(f"claimsift: skipped {item.path}: {item.reason}", markup=False)
            failed = True
            continue
        for sentence in analyse(item).sentences:
            out.write(json.dumps(sentence.contract(item.name), ensure_ascii=False) + "\n")
    out.flush()
    if failed:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@DB_OPTION
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes, each reading, classifying and storing whole files "
                   f"(this machine has {os.cpu_count()} cores).")
def ingest(paths: tuple[str, ...], db_url: str | None, jobs: int) -> None:
    """Read PATHS (.txt .md .html .jsonl files or folders), classify and store every sentence.

    Reading an unchanged file again adds nothing; a changed file is stored as a new version.
    Each document is stored in its own transaction, so an interrupted run keeps what it stored
    and running it again completes the rest. Exit status 1 when some input was skipped.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from annotate.ingest import ingest_files, list_inputs

    sessions = open_database(db_url)
    files, missing = list_inputs(paths)
    try:
        with display.file_progress(err, len(files), "Ingesting") as advance:
            summary = ingest_files(sessions, files, on_file_done=advance,
                                   jobs=max(1, min(jobs, len(files))))
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).splitlines()[0]
        raise click.ClickException(f"database error, ingest stopped: {reason} (the documents "
                                   "stored so far are kept; run ingest again to finish)") from None
    summary.skipped[:0] = missing
    display.print_ingest_summary(err, summary)
    if summary.skipped:
        sys.exit(1)


@main.command()
@DB_OPTION
@click.option("--limit", default=20, show_default=True, help="How many documents to show.")
def show(db_url: str | None, limit: int) -> None:
    """Show the stored documents as tables of their sentences, coloured by kind."""
    from annotate.store.repository import claims_by_kind, latest_documents

    sessions = open_database(db_url)
    console = Console()
    display.print_documents(console, latest_documents(sessions, limit))
    display.print_kind_totals(console, claims_by_kind(sessions))


def default_reviewer() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"


def ui_options(command):
    """The options `review` and `adjudicate` share."""
    for option in reversed([
        DB_OPTION,
        click.option("--bidi", type=click.Choice(["off", "reorder", "shape"]), default=None,
                     help="Arabic display: off for terminals that do bidi themselves (GNOME "
                          "Terminal, Konsole), reorder, or reorder and shape letters (default; "
                          "key d toggles)."),
        click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
                     help="Settings file (TOML: [display] bidi, [keys] remapping). Default "
                          "$CLAIMSIFT_CONFIG or ~/.config/claimsift/config.toml."),
        click.option("--kind", type=click.Choice(["attributed", "unattributed", "filler"]),
                     default=None, help="Start with claims of this kind only."),
        click.option("--lang", type=click.Choice(["ar", "en"]), default=None,
                     help="Start with claims in this language only."),
        click.option("--document", default=None, metavar="TEXT",
                     help="Start with claims of documents whose name contains TEXT."),
    ]):
        command = option(command)
    return command


def run_ui(service_class, name, db_url, bidi, config_path, flt) -> None:
    from annotate.review import ReviewError

    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise click.ClickException("this command needs a terminal (stdin and stdout are not "
                                   "one); try `claimsift show` or `claimsift stats`")
    from tui.app import ClaimsiftApp, ConfigError, settings_for

    try:
        settings = settings_for(config_path, bidi)
    except ConfigError as error:
        raise click.ClickException(str(error)) from None
    sessions = open_database(db_url)
    try:
        service = service_class(sessions, name or default_reviewer())
    except ReviewError as error:
        raise click.ClickException(str(error)) from None
    ClaimsiftApp(service, settings, flt).run()


@main.command()
@ui_options
@click.option("--reviewer", default=None, metavar="NAME",
              help="Whose labels these are (default: your login name).")
@click.option("--unreviewed", is_flag=True, help="Start with only claims you have not labelled.")
def review(db_url, bidi, config_path, kind, lang, document, reviewer, unreviewed) -> None:
    """Review claims in the terminal: s sourced, p speculative, b boilerplate, enter accepts the
    suggestion, u undo, n note, e speaker, h hedged, / search, f filters, g document,
    t statistics, d Arabic display, ? all keys, q quit. Every label is saved the moment it is
    shown as saved; reopening resumes at the first claim you have not labelled."""
    from annotate.review import Filter, ReviewService

    flt = Filter(unreviewed=unreviewed, kind=kind, lang=lang, document=document)
    run_ui(ReviewService, reviewer, db_url, bidi, config_path, flt)


@main.command()
@ui_options
@click.option("--adjudicator", default=None, metavar="NAME",
              help="Who decides (default: your login name).")
@click.option("--against-pipeline", is_flag=True,
              help="Step through claims some reviewer labelled differently from the pipeline's "
                   "suggestion, instead of claims the reviewers disagree on.")
@click.option("--all", "everything", is_flag=True,
              help="Include claims that already have a final label.")
def adjudicate(db_url, bidi, config_path, kind, lang, document, adjudicator, against_pipeline,
               everything) -> None:
    """Set final labels where reviewers disagree: the review screen, with every reviewer's label,
    hedge flag, speaker correction and note under the claim. s/p/b/enter set the final label,
    which `claimsift stats` counts instead of the reviewers' majority; the reviewers' own labels
    stay for the agreement figures. u takes a decision back."""
    from annotate.adjudicate import AdjudicationService
    from annotate.review import Filter

    flt = Filter(unreviewed=not everything, kind=kind, lang=lang, document=document,
                 disputed=not against_pipeline, disagreements=against_pipeline)
    run_ui(AdjudicationService, adjudicator, db_url, bidi, config_path, flt)


@contextmanager
def atomic_output(path: str):
    """A file written next to the target and renamed over it at the end, so a crash or an
    error never leaves half a file."""
    import os
    import tempfile
    from pathlib import Path

    target = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.")
    except OSError as error:
        raise click.ClickException(f"cannot write {path}: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            yield out
        os.replace(temporary, target)
    except OSError as error:
        raise click.ClickException(f"cannot write {path}: {error.strerror or error}") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def write_atomically(path: str, text: str) -> None:
    with atomic_output(path) as out:
        out.write(text)


@main.command()
@DB_OPTION
@click.option("--by", type=click.Choice(["corpus", "document", "speaker", "reviewer", "language",
                                         "kind"]), default="corpus", show_default=True,
              help="How to group the claim-quality table.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "html"]),
              default="table", show_default=True,
              help="table for the terminal; json (schema in the README) for scripts; csv for the "
                   "group table; html for a self-contained report file.")
@click.option("--reviewer", default=None, metavar="NAME",
              help="Count this reviewer's own labels instead of the verdicts.")
@click.option("--document", "documents", multiple=True, metavar="TEXT",
              help="Only documents whose name contains TEXT, or whose id is TEXT (repeatable).")
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False),
              help="Write to this file (html default: claimsift-stats.html; others: stdout).")
def stats(db_url, by, fmt, reviewer, documents, output) -> None:
    """Claim-quality statistics: label shares and the sourced share per group, the pipeline
    against reviewers (confusion, precision/recall/F1, the hedge flag), agreement between
    reviewers (Cohen's kappa per pair, Krippendorff's alpha, raw agreement), speakers and
    reviewer throughput.

    A claim counts by its verdict: the final label where adjudicated (`claimsift adjudicate`),
    else the label more than half of its reviewers gave; an even split is reported as disputed.
    The sourced share is sourced / (sourced + speculative): boilerplate asserts nothing.
    """
    from annotate import report_render
    from annotate.report import build_report

    sessions = open_database(db_url)
    result = build_report(sessions, by, reviewer, tuple(documents))
    if reviewer and not any(a.reviewer == reviewer for a in result.reviewers):
        raise click.ClickException(f"no labels from reviewer {reviewer!r} in this database")
    if fmt == "table":
        wide = bool(output) or not sys.stdout.isatty()  # a file or a pipe: no terminal to fit
        console = Console(record=bool(output), width=160 if wide else None, quiet=bool(output))
        report_render.print_report(console, result)
        if output:
            write_atomically(output, console.export_text())
        return
    if fmt == "html":
        from annotate.report_html import to_html

        output = output or "claimsift-stats.html"
        write_atomically(output, to_html(result))
        err.print(f"wrote {output}", markup=False)
        return
    text = report_render.to_json(result) if fmt == "json" else report_render.to_csv(result)
    if output:
        write_atomically(output, text)
    else:
        sys.stdout.write(text)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True))
@click.option("--texts", type=click.Path(exists=True, file_okay=False), default=None,
              help="Folder with the articles the gold file names (claimsift JSON Lines gold).")
@click.option("--format", "fmt", type=click.Choice(["auto", "jsonl", "ggt", "polnear"]),
              default="auto", show_default=True,
              help="Gold format: claimsift JSON Lines, Gender Gap Tracker gold_quotes.jsonl, or a "
                   "PolNeAR folder (attributions/ and text/).")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as one JSON object.")
@click.option("--disagreements", default=20, show_default=True,
              help="How many disagreements to list (0 for none).")
def eval_command(gold: str, texts: str | None, fmt: str, as_json: bool, disagreements: int) -> None:
    """Measure the pipeline against GOLD: accuracy, P/R/F1 per kind and macro-F1, speaker accuracy,
    hedged and vague_source F1, boundary F1, a confusion table and the disagreements.

    For claimsift JSON Lines gold (doc, start, end, kind, speaker, hedged, vague_source) give the
    article folder with --texts. Gender Gap Tracker and PolNeAR gold are read as they come; there a
    sentence holding a gold cue or quote counts as attributed.
    """
    from pathlib import Path

    from claims.corpora import evaluate_path

    try:
        report = evaluate_path(Path(gold), Path(texts) if texts else None, fmt)
    except (ValueError, FileNotFoundError, KeyError) as error:
        raise click.ClickException(str(error).strip("'\"")) from None
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        display.print_eval_report(Console(), report, disagreements)


from annotate.cli_ls import register as _register_ls  # noqa: E402

_register_ls(main, DB_OPTION, open_database, err, atomic_output)

if __name__ == "__main__":
    main()
