"""The claimsift review app. `claimsift review` builds it with a ReviewService; the app never
touches the database itself."""
from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path

from textual.app import App, SystemCommand
from textual.screen import Screen

from annotate.review import Filter, ReviewService
from tui.bidi import BidiMode
from tui.config import ConfigError, Settings, load_settings

__all__ = ["ClaimsiftApp", "ConfigError", "settings_for"]
from tui.screens.review import REVIEW_BINDINGS, ReviewScreen


def binding_ids() -> set[str]:
    from tui.screens.document import DocumentScreen
    from tui.screens.stats import StatsScreen

    ids = {b.id for b in REVIEW_BINDINGS}
    ids |= {b.id for b in DocumentScreen.BINDINGS} | {b.id for b in StatsScreen.BINDINGS}
    return {i for i in ids if i}


class ClaimsiftApp(App):
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "claimsift review"

    def __init__(self, service: ReviewService, settings: Settings | None = None,
                 flt: Filter | None = None) -> None:
        super().__init__()
        self.service = service
        self.settings = settings or Settings()
        self.start_filter = flt or Filter()

    def on_mount(self) -> None:
        if self.settings.keys:
            self.set_keymap(self.settings.keys)
        self.push_screen(ReviewScreen(self.service, self.start_filter, self.settings.bidi))

    @property
    def review(self) -> ReviewScreen:
        return next(s for s in self.screen_stack if isinstance(s, ReviewScreen))

    def key_rows(self) -> list[tuple[str, str, str]]:
        """(keys, description, binding id) of the review screen as currently mapped."""
        rows = []
        for binding in REVIEW_BINDINGS:
            keys = self._keymap.get(binding.id, binding.key) if binding.id else binding.key
            shown = ", ".join(self.get_key_display_for(key) for key in keys.split(","))
            rows.append((shown, binding.description, binding.id or ""))
        return rows

    def get_key_display_for(self, key: str) -> str:
        return {"question_mark": "?", "slash": "/"}.get(key.strip(), key.strip())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if not isinstance(screen, ReviewScreen):
            return
        for keys, description, binding_id in self.key_rows():
            binding = next(b for b in REVIEW_BINDINGS if b.id == binding_id)
            if binding.action.startswith("app."):
                continue
            yield SystemCommand(f"{description} ({keys})", f"review: {binding.action}",
                                partial(screen.run_action, binding.action))


def settings_for(config_path: str | None, bidi: str | None) -> Settings:
    """The settings file (or defaults), with a --bidi given on the command line on top."""
    from dataclasses import replace

    settings = load_settings(Path(config_path) if config_path else None, binding_ids())
    return replace(settings, bidi=BidiMode(bidi)) if bidi else settings
