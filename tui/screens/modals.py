"""Small dialogs: a one-line prompt (note, speaker, search), the filters, and the key help."""
from __future__ import annotations

from dataclasses import replace

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from annotate.review import Filter, known_values


class PromptScreen(ModalScreen[str | None]):
    """Asks for one line of text; enter returns it, escape returns None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.prompt_title, self.value, self.placeholder = title, value, placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.prompt_title, classes="dialog-title")
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")
            yield Label("enter to save · escape to cancel", classes="dim")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class FilterScreen(ModalScreen[Filter | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, current: Filter) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        current, values = self.current, known_values()
        with Vertical(classes="dialog"):
            yield Label("Filters", classes="dialog-title")
            yield Checkbox("Unreviewed only", current.unreviewed, id="unreviewed")
            with Horizontal(classes="checks"):
                yield Checkbox("Disagrees with the pipeline", current.disagreements,
                               id="disagreements")
                yield Checkbox("Reviewers disagree", current.disputed, id="disputed")
            for name in ("kind", "label", "lang"):
                yield Select([(v, v) for v in values[name]], prompt=f"any {name}",
                             value=getattr(current, name) or Select.NULL, id=name)
            yield Input(current.document or "", placeholder="document name contains", id="document")
            yield Input(current.speaker or "", placeholder="speaker contains", id="speaker")
            yield Input(current.search or "", placeholder="text contains", id="search")
            with Horizontal(classes="buttons"):
                yield Button("Apply", variant="primary", id="apply")
                yield Button("Clear", id="clear")
                yield Button("Cancel", id="cancel")

    def _read(self) -> Filter:
        def text(name: str) -> str | None:
            return self.query_one(f"#{name}", Input).value.strip() or None

        def choice(name: str) -> str | None:
            value = self.query_one(f"#{name}", Select).value
            return None if value is Select.NULL else str(value)

        return replace(
            self.current,
            unreviewed=self.query_one("#unreviewed", Checkbox).value,
            disagreements=self.query_one("#disagreements", Checkbox).value,
            disputed=self.query_one("#disputed", Checkbox).value,
            kind=choice("kind"), label=choice("label"), lang=choice("lang"),
            document=text("document"), speaker=text("speaker"), search=text("search"),
        )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "apply":
            self.dismiss(self._read())
        elif event.button.id == "clear":
            self.dismiss(Filter())
        else:
            self.dismiss(None)

    def on_input_submitted(self, _event: Input.Submitted) -> None:
        self.dismiss(self._read())

    def action_cancel(self) -> None:
        self.dismiss(None)


class HelpScreen(ModalScreen[None]):
    """Every key of the review screen as it is bound now (after the settings file)."""

    BINDINGS = [Binding("escape,question_mark,q", "close", "Close")]

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        table = Table("Key", "Action", "Binding id (for the settings file)", box=None,
                      header_style="bold")
        for keys, description, binding_id in self.rows:
            table.add_row(keys, description, binding_id)
        with VerticalScroll(classes="dialog help"):
            yield Label("Keys", classes="dialog-title")
            yield Static(table)
            yield Label("Also ctrl+p: the command palette. Remap keys in the [keys] section of "
                        "~/.config/claimsift/config.toml. escape closes.", classes="dim")

    def action_close(self) -> None:
        self.dismiss(None)
