"""Statistics: the reviewer's labels, the claims by kind, progress per document, and how far the
reviewer agrees with the pipeline, as bars."""
from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from annotate.review import ReviewService
from annotate.stats import Overview
from tui.widgets.bars import bar, share
from tui.widgets.claim_panel import LABEL_STYLE

BAR = 30
KIND_STYLE = {"attributed": "green", "unattributed": "yellow", "filler": "blue"}


def _counts(title: str, counts: dict[str, int], styles: dict[str, str]) -> Table:
    total = sum(counts.values())
    table = Table(title=title, title_justify="left", box=None, show_header=False)
    for name, value in counts.items():
        table.add_row(name, f"{value:>8}", share(value, total), bar(value, total, BAR, styles[name]))
    return table


def render_overview(data: Overview) -> Group:
    agreement = Text("Agreement with the pipeline: ", style="bold")
    if data.compared:
        agreement.append(f"{data.agreed}/{data.compared} = {share(data.agreed, data.compared)}  ")
        agreement.append_text(bar(data.agreed, data.compared, BAR, "green"))
    else:
        agreement.append("not enough data (label some claims first)", "dim")
    confusion = Table("suggested \\ yours", *data.labels, title="Suggested label against yours",
                      title_justify="left", box=None)
    for suggested in data.labels:
        confusion.add_row(suggested, *(str(data.confusion.get((suggested, label), 0))
                                       for label in data.labels))
    documents = Table("document", "reviewed", "", title="Progress per document",
                      title_justify="left", box=None)
    for doc in data.documents:
        documents.add_row(doc.name, f"{doc.reviewed}/{doc.total}", bar(doc.reviewed, doc.total, BAR, "cyan"))
    progress = Text.assemble(("Reviewed: ", "bold"),
                             f"{data.reviewed}/{data.total} claims {share(data.reviewed, data.total)}  ")
    progress.append_text(bar(data.reviewed, data.total, BAR, "cyan"))
    return Group(
        progress, Text(),
        _counts(f"Your labels ({data.reviewer})", data.labels, LABEL_STYLE), Text(),
        _counts("Claims by kind (pipeline)", data.kinds, KIND_STYLE), Text(),
        agreement, Text(), confusion, Text(), documents,
    )


class StatsScreen(Screen):
    BINDINGS = [Binding("escape,t", "app.pop_screen", "Back to review", id="stats.back"),
                Binding("r", "refresh", "Refresh", id="stats.refresh")]

    def __init__(self, service: ReviewService) -> None:
        super().__init__()
        self.service = service
        self.data: Overview | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll():
            yield Static(Text("counting…", style="dim"), id="overview")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"statistics · reviewer {self.service.reviewer}"
        self.action_refresh()

    @work(thread=True, exclusive=True)
    def action_refresh(self) -> None:
        data = self.service.overview()
        self.app.call_from_thread(self._show, data)

    def _show(self, data: Overview) -> None:
        self.data = data
        self.query_one("#overview", Static).update(render_overview(data))
