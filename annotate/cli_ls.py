"""`claimsift ls ...`: hand claims to Label Studio and take the labels back."""
from __future__ import annotations

import json
import sys

import click

SELECTION = [
    click.option("--document", default=None, metavar="TEXT",
                 help="Only documents whose name contains TEXT."),
    click.option("--kind", type=click.Choice(["attributed", "unattributed", "filler"]),
                 default=None, help="Only claims of this kind."),
    click.option("--lang", type=click.Choice(["ar", "en"]), default=None,
                 help="Only claims in this language."),
    click.option("--unreviewed", is_flag=True, help="Only claims nobody has labelled yet."),
]
USERS = click.option(
    "--user", "user_names", multiple=True, metavar="ID=NAME",
    help="Record Label Studio user ID as reviewer NAME (repeatable). Default: the user's email "
         "when the server is asked, else label-studio-user-ID.")


def selection_options(command):
    for option in reversed(SELECTION):
        command = option(command)
    return command


def _selection(document, kind, lang, unreviewed):
    from annotate.labelstudio.tasks import Selection

    return Selection(document=document, kind=kind, lang=lang, unreviewed=unreviewed)


def _users(pairs) -> dict[int, str]:
    out = {}
    for pair in pairs:
        number, _, name = pair.partition("=")
        if not number.strip().isdigit() or not name.strip():
            raise click.BadParameter(f"{pair!r} is not ID=NAME", param_hint="--user")
        out[int(number)] = name.strip()
    return out


def _fail(error: Exception):
    raise click.ClickException(str(error)) from None


def register(main, DB_OPTION, open_database, err, atomic_output) -> None:
    @main.group("ls")
    def ls() -> None:
        """Round-trip review tasks with Label Studio (label-studio-sdk 2.x).

        The server and key come from --url / LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY (a
        personal access token, or a legacy token where the server allows them); the key is
        never printed.
        """

    @ls.command("config")
    def config() -> None:
        """Print the labeling config: the claim between the sentences around it, laid out right
        to left for Arabic; sourced (s) / speculative (p) / boilerplate (b); a hedge flag (h); a
        speaker correction and a note."""
        from annotate.labelstudio.config import labeling_config

        click.echo(labeling_config(), nl=False)

    @ls.command("export")
    @click.argument("file", type=click.Path(dir_okay=False))
    @DB_OPTION
    @selection_options
    def export(file, db_url, document, kind, lang, unreviewed) -> None:
        """Write Label Studio task JSON for the selected claims to FILE ("-" for stdout): data
        with the claim, its context, document, language, claim id, kind and speaker; the
        pipeline's suggestion as a prediction (model_version, score). Streamed."""
        from annotate.labelstudio.tasks import iter_tasks, write_json_array

        sessions = open_database(db_url)
        tasks = iter_tasks(sessions, _selection(document, kind, lang, unreviewed))
        if file == "-":
            count = write_json_array(sys.stdout, tasks)
        else:
            with atomic_output(file) as out:
                count = write_json_array(out, tasks)
        err.print(f"{count} tasks written to {file}", markup=False)

    @ls.command("push")
    @click.option("--url", envvar="LABEL_STUDIO_URL", default=None, help="Label Studio address.")
    @click.option("--project", "project_id", type=int, default=None, help="An existing project.")
    @click.option("--create", "title", default=None, metavar="TITLE",
                  help="Create a project with claimsift's config (or reuse one with this title).")
    @click.option("--batch", default=500, show_default=True, help="Tasks per import request.")
    @DB_OPTION
    @selection_options
    def push(url, project_id, title, batch, db_url, document, kind, lang, unreviewed) -> None:
        """Import the selected claims as tasks, with the pipeline's suggestion as pre-annotation.
        Claims the project already has are not imported again."""
        from annotate.labelstudio.client import LabelStudioError, Server, credentials
        from annotate.labelstudio.tasks import iter_tasks

        if (project_id is None) == (title is None):
            raise click.UsageError("give either --project ID or --create TITLE")
        sessions = open_database(db_url)
        try:
            server = Server(*credentials(url))
            project_id, created = server.project(project_id, title)
            tasks = iter_tasks(sessions, _selection(document, kind, lang, unreviewed))
            with _progress(err, "Pushing") as advance:
                imported, skipped = server.push(project_id, tasks, on_batch=advance, batch=batch)
        except LabelStudioError as error:
            _fail(error)
        state = "created" if created else "existing"
        err.print(f"project {project_id} ({state}): {imported} tasks imported, {skipped} already "
                  "there", markup=False)

    @ls.command("pull")
    @click.option("--url", envvar="LABEL_STUDIO_URL", default=None, help="Label Studio address.")
    @click.option("--project", "project_id", type=int, required=True, help="The project.")
    @USERS
    @DB_OPTION
    def pull(url, project_id, user_names, db_url) -> None:
        """Merge the project's annotations into the database as labels of their Label Studio
        users (origin label-studio, annotation id as external id): pulling again adds nothing, an
        edited annotation adds a new history entry, skipped/cancelled ones are reported. A failed
        pull writes nothing."""
        from annotate.labelstudio.client import LabelStudioError, Server, credentials
        from annotate.labelstudio.merge import MergeError, merge

        sessions = open_database(db_url)
        try:
            server = Server(*credentials(url))
            tasks = server.annotated_tasks(project_id)
            users = {**server.users(), **_users(user_names)}
            summary = merge(sessions, tasks, users)
        except (LabelStudioError, MergeError) as error:
            _fail(error)
        err.print(f"project {project_id}: {summary.describe()}", markup=False)

    @ls.command("import")
    @click.argument("file", type=click.Path(exists=True, dir_okay=False))
    @USERS
    @DB_OPTION
    def import_file(file, user_names, db_url) -> None:
        """Merge annotations from a Label Studio JSON or JSON_MIN export FILE, as `ls pull` does
        (for teams without API access). A bad file writes nothing."""
        from annotate.labelstudio.merge import MergeError, merge

        try:
            with open(file, encoding="utf-8") as handle:
                tasks = json.load(handle)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            _fail(f"cannot read {file}: {error}")
        if not isinstance(tasks, list):
            _fail(f"{file} is not a Label Studio export (expected a JSON list of tasks)")
        sessions = open_database(db_url)
        try:
            summary = merge(sessions, tasks, _users(user_names))
        except MergeError as error:
            _fail(f"{file}: {error}")
        err.print(f"{file}: {summary.describe()}", markup=False)


def _progress(console, label: str):
    from contextlib import contextmanager

    from rich.progress import Progress, SpinnerColumn, TextColumn

    @contextmanager
    def bar():
        if not console.is_terminal:
            yield lambda n: None
            return
        with Progress(SpinnerColumn(), TextColumn("{task.description} {task.completed} tasks"),
                      console=console, transient=True) as progress:
            task = progress.add_task(label, total=None)
            yield lambda n: progress.advance(task, n)

    return bar()
