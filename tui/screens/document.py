"""The whole article, every sentence coloured by its label (or, dimmed, by the suggestion)."""
from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, Static

from annotate.review import ClaimView, ReviewService
from tui.bidi import BidiMode, display_lines
from tui.widgets.claim_panel import LABEL_STYLE

TAG = {"sourced": "SRC", "speculative": "SPEC", "boilerplate": "BOIL"}
SUGGESTION_STYLE = {"sourced": "green", "speculative": "yellow", "boilerplate": "blue"}


class ArticleView(Widget):
    claims: reactive[list[ClaimView]] = reactive(list, layout=True)
    mode: reactive[BidiMode] = reactive(BidiMode.SHAPE)

    def __init__(self, current_id: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.current_id = current_id

    def _lines(self, width: int) -> list[Text]:
        out: list[Text] = []
        for claim in self.claims:
            style = (LABEL_STYLE[claim.label] if claim.label
                     else f"dim {SUGGESTION_STYLE[claim.suggested]}")
            marker = "▶ " if claim.id == self.current_id else "  "
            tag = TAG[claim.label] if claim.label else TAG[claim.suggested].lower() + "?"
            body = display_lines(claim.text, max(10, width - 8), self.mode, rtl=claim.lang == "ar")
            for number, line in enumerate(body):
                prefix = Text(f"{marker}{tag:<6}" if number == 0 else " " * 8, style="bold")
                line.stylize(style)
                out.append(prefix + line)
        return out

    def get_content_height(self, container, viewport, width: int) -> int:
        return max(1, len(self._lines(width)))

    def render(self) -> Text:
        if not self.claims:
            return Text("loading…", style="dim")
        return Text("\n").join(self._lines(self.content_size.width))


class DocumentScreen(Screen):
    BINDINGS = [
        Binding("escape,g", "app.pop_screen", "Back to review", id="document.back"),
        Binding("d", "toggle_bidi", "Arabic display", id="document.bidi"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="document.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="document.up"),
    ]

    def __init__(self, service: ReviewService, claim: ClaimView, mode: BidiMode) -> None:
        super().__init__()
        self.service, self.claim, self.mode = service, claim, mode

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="doc-title")
        with VerticalScroll(id="article"):
            yield ArticleView(self.claim.id, id="article-view")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ArticleView).mode = self.mode
        self.sub_title = f"document {self.claim.document}"
        title = self.claim.title or self.claim.document
        self.query_one("#doc-title", Static).update(Text.assemble(
            (self.claim.document, "bold"), "  ·  ", title, "  ·  ",
            ("sourced ", LABEL_STYLE["sourced"]), ("speculative ", LABEL_STYLE["speculative"]),
            ("boilerplate", LABEL_STYLE["boilerplate"]), ("   dim = pipeline suggestion", "dim")))
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        claims = self.service.document_claims(self.claim.document_id)
        self.app.call_from_thread(self._show, claims)

    def _show(self, claims: list[ClaimView]) -> None:
        view = self.query_one(ArticleView)
        view.claims = claims
        self.call_after_refresh(self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        view = self.query_one(ArticleView)
        width = view.content_size.width
        for number, claim in enumerate(view.claims):
            if claim.id == self.claim.id:
                above = ArticleView(0)
                above.claims, above.mode = view.claims[:number], view.mode
                self.query_one("#article").scroll_to(y=len(above._lines(width)) - 2, animate=False)
                break

    def action_scroll(self, lines: int) -> None:
        self.query_one("#article").scroll_relative(y=lines, animate=False)

    def action_toggle_bidi(self) -> None:
        self.mode = self.mode.next()
        self.query_one(ArticleView).mode = self.mode
