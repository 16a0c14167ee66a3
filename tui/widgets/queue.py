"""The queue beside the claim: one line per claim of the loaded page, the cursor on the claim
under review. Lines are rendered once and cached, so labelling a claim repaints one line, not
the whole table (a DataTable re-rendered every row on each change: 40 ms per key)."""
from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip
from textual.widget import Widget

from annotate.review import ClaimView
from tui.bidi import BidiMode, inline

MARK = {"sourced": ("S", "bold green"), "speculative": ("P", "bold yellow"),
        "boilerplate": ("B", "bold blue"), None: ("·", "dim")}
KIND = {"attributed": "attr", "unattributed": "unattr", "filler": "filler"}


class QueueView(Widget):
    DEFAULT_CSS = "QueueView { height: 1fr; }"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rows: list[ClaimView] = []
        self.cursor = 0
        self.top = 0
        self.mode = BidiMode.SHAPE
        self._cache: dict[tuple, Strip] = {}

    def show(self, rows: list[ClaimView], cursor: int) -> None:
        self.rows, self._cache = rows, {}
        self.top = 0
        self.move(cursor)

    def move(self, cursor: int) -> None:
        self.cursor = cursor
        height = max(1, self.size.height - 1)
        if cursor < self.top:
            self.top = cursor
        elif cursor >= self.top + height:
            self.top = cursor - height + 1
        self.refresh()

    def replace(self, view: ClaimView) -> None:
        for index, row in enumerate(self.rows):
            if row.id == view.id:
                self.rows[index] = view
                self.refresh()

    def set_mode(self, mode: BidiMode) -> None:
        self.mode, self._cache = mode, {}
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y == 0:
            header = Text(f"{'id':>7} {'':1} {'kind':<6} claim", style="bold")
            return self._strip(header, width)
        index = self.top + y - 1
        if index >= len(self.rows):
            return Strip.blank(width)
        row = self.rows[index]
        key = (row.id, row.label, index == self.cursor, self.mode, width)
        if key not in self._cache:
            mark, style = MARK[row.label]
            text = Text.assemble(f"{row.id:>7} ", (mark, style), f" {KIND[row.kind]:<6} ",
                                 inline(row.text, self.mode, max(1, width - 17)))
            if index == self.cursor:
                text.stylize("reverse")
            self._cache[key] = self._strip(text, width)
        return self._cache[key]

    def _strip(self, text: Text, width: int) -> Strip:
        segments = list(text.render(self.app.console))
        return Strip(segments).adjust_cell_length(width, Style()).simplify() if segments else \
            Strip([Segment(" " * width)])
