"""The review screen: a paged queue beside the claim in context; one key labels and moves on.

All database work runs in worker threads, one job at a time, in the order the keys were pressed:
a label is committed before the screen moves to the next claim, and keys pressed meanwhile wait
their turn instead of being lost.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, ProgressBar, Static

from annotate.review import ClaimView, Filter, Progress, ReviewError, ReviewService
from tui.bidi import BidiMode
from tui.widgets.claim_panel import ClaimPanel, Detail
from tui.widgets.queue import QueueView

PAGE = 100
Apply = Callable[[], None]

REVIEW_BINDINGS = [
    Binding("s", "label('sourced')", "Sourced", id="label.sourced"),
    Binding("p", "label('speculative')", "Speculative", id="label.speculative"),
    Binding("b", "label('boilerplate')", "Boilerplate", id="label.boilerplate"),
    Binding("enter", "accept", "Accept", id="accept", priority=True),
    Binding("u", "undo", "Undo", id="undo"),
    Binding("n", "note", "Note", id="note"),
    Binding("e", "speaker", "Speaker", id="speaker"),
    Binding("h", "hedged", "Hedged?", id="hedged"),
    Binding("j,down", "move(1)", "Next", id="next", show=False),
    Binding("k,up", "move(-1)", "Previous", id="previous", show=False),
    Binding("/", "search", "Search", id="search"),
    Binding("f", "filters", "Filters", id="filters"),
    Binding("g", "document", "Document", id="document"),
    Binding("t", "stats", "Stats", id="stats"),
    Binding("d", "toggle_bidi", "Arabic display", id="bidi"),
    Binding("question_mark", "help", "Help", id="help", key_display="?"),
    Binding("q", "app.quit", "Quit", id="quit"),
]


class ReviewScreen(Screen):
    BINDINGS = REVIEW_BINDINGS

    def __init__(self, service: ReviewService, flt: Filter, mode: BidiMode) -> None:
        super().__init__()
        self.service, self.filter, self.mode = service, flt, mode
        self.page: list[ClaimView] = []
        self.index = 0
        self.progress = Progress(0, 0)
        self._busy = False
        self._replaying = False
        self._waiting: deque[Callable[[], None]] = deque()
        self.last_saved: str = ""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            yield QueueView(id="queue")
            with VerticalScroll(id="main"):
                yield ClaimPanel(id="claim")
        with Horizontal(id="bottom"):
            yield ProgressBar(id="progress", show_eta=False)
            yield Static(id="status")
        yield Footer()

    def on_mount(self) -> None:
        # Kept once: the worker threads warm the panel and must not walk the DOM themselves.
        self.panel, self.queue = self.query_one(ClaimPanel), self.query_one(QueueView)
        self.panel.mode = self.queue.mode = self.mode
        role = "adjudicator" if self.service.shows_reviews else "reviewer"
        self.sub_title = f"{role} {self.service.reviewer}"
        self.reload(resume=True)

    # -- the one-job-at-a-time runner ----------------------------------------------------------
    @property
    def current(self) -> ClaimView | None:
        return self.page[self.index] if 0 <= self.index < len(self.page) else None

    @property
    def busy(self) -> bool:
        return self._busy or bool(self._waiting)

    def _submit(self, job: Callable[[], Apply]) -> None:
        """Run `job` in a thread; the callable it returns is applied on the UI thread."""
        if self._busy:
            self._waiting.append(lambda: self._submit(job))
            return
        self._busy = True
        self.run_worker(lambda: self._in_thread(job), thread=True, group="db")

    def _in_thread(self, job: Callable[[], Apply]) -> None:
        try:
            apply = job()
        except ReviewError as error:
            apply = lambda message=str(error): self.notify(message, severity="error")  # noqa: E731
        except Exception as error:  # the database went away: say so, keep the screen alive
            message = f"not saved: {type(error).__name__}: {str(error).splitlines()[0][:200]}"
            apply = lambda: self.notify(message, severity="error", timeout=10)  # noqa: E731
        self.app.call_from_thread(self._done, apply)

    def _done(self, apply: Apply) -> None:
        try:
            apply()
        finally:
            self._busy = False
            self._replay()

    def _replay(self) -> None:
        """Run the waiting keys in order until one of them starts a job."""
        while self._waiting and not self._busy:
            action = self._waiting.popleft()
            self._replaying = True
            try:
                action()
            finally:
                self._replaying = False

    def _later(self, action: Callable[[], None]) -> bool:
        """Keys pressed while a job runs wait for it (so they act on the claim then shown)."""
        if self._replaying:
            return False
        if self.busy:
            self._waiting.append(action)
            return True
        return False

    # -- loading -------------------------------------------------------------------------------
    def _detail(self, claim: ClaimView | None) -> Detail | None:
        if claim is None:
            return None
        before, after = self.service.context(claim)
        reviews = self.service.reviews(claim.id) if self.service.shows_reviews else []
        detail = Detail(claim, before, after, self.service.history(claim.id), reviews,
                        self.service.role)
        self.panel.warm(detail)
        return detail

    def reload(self, resume: bool = False, start: int | None = None) -> None:
        flt = self.filter

        def job() -> Apply:
            first = self.service.resume(flt) if resume else None
            if first is not None or start is not None:
                anchor = first.id if first else start
                page = self.service.page(flt, after=anchor - 1, limit=PAGE)
            else:
                page = self.service.page(flt, limit=PAGE)
            detail = self._detail(page[0] if page else None)
            return lambda: self._show_page(page, 0, detail)

        self._submit(job)
        self.refresh_progress()

    def refresh_progress(self) -> None:
        flt = self.filter

        def count() -> None:
            progress = self.service.progress(flt)
            self.app.call_from_thread(self._show_progress, progress)

        self.run_worker(count, thread=True, group="progress", exclusive=True)

    def _show_progress(self, progress: Progress) -> None:
        self.progress = progress
        self.query_one(ProgressBar).update(total=max(progress.total, 1), progress=progress.reviewed)
        self._status()

    def _show_page(self, page: list[ClaimView], index: int, detail: Detail | None) -> None:
        self.page, self.index = page, index
        self.queue.show(page, index)
        self._show(index, detail)

    def _show(self, index: int, detail: Detail | None) -> None:
        self.index = index
        if self.page:
            self.queue.move(index)
        self.panel.detail = detail
        self._status()

    def _replace(self, view: ClaimView) -> None:
        for position, claim in enumerate(self.page):
            if claim.id == view.id:
                self.page[position] = view
        self.queue.replace(view)

    def _status(self) -> None:
        claim = self.current
        where = f"claim {claim.id}" if claim else "no claim"
        text = (f"{self.progress.reviewed}/{self.progress.total} reviewed · {where} · "
                f"filter: {self.filter.describe()} · Arabic: {self.mode.value}")
        if self.last_saved:
            text += f" · {self.last_saved}"
        self.query_one("#status", Static).update(text, layout=False)

    def _step(self, delta: int) -> tuple[list[ClaimView] | None, int]:
        """Where `delta` claims away lies, loading the neighbouring page when needed
        (runs in the worker thread). (None, index) means: stay on this page."""
        target = self.index + delta
        if 0 <= target < len(self.page):
            return None, target
        if not self.page:
            return None, self.index
        if target >= len(self.page):
            page = self.service.page(self.filter, after=self.page[-1].id, limit=PAGE)
            return (page, 0) if page else (None, self.index)
        page = self.service.page(self.filter, before=self.page[0].id, limit=PAGE)
        return (page, len(page) - 1) if page else (None, self.index)

    def _move_job(self, delta: int, saved: ClaimView | None = None) -> Apply:
        page, index = self._step(delta)
        claim = (page or self.page)[index] if (page or self.page) else None
        if saved is not None and claim is not None and claim.id == saved.id:
            claim = saved
        detail = self._detail(claim)

        def apply() -> None:
            if saved is not None:
                self._replace(saved)
            if page is not None:
                self._show_page(page, index, detail)
            else:
                self._show(index, detail)

        return apply

    # -- actions -------------------------------------------------------------------------------
    def action_move(self, delta: int) -> None:
        if not self._later(lambda: self.action_move(delta)):
            self._submit(lambda: self._move_job(delta))

    def action_label(self, label: str | None = None) -> None:
        if self._later(lambda: self.action_label(label)):
            return
        claim = self.current
        if claim is None:
            return
        label = label or claim.suggested

        def job() -> Apply:
            saved = self.service.label(claim.id, label)
            move = self._move_job(1, saved)

            def apply() -> None:
                if claim.label is None:
                    self.progress = replace(self.progress, reviewed=self.progress.reviewed + 1)
                    self.query_one(ProgressBar).update(progress=self.progress.reviewed)
                self.last_saved = f"saved {label} for claim {claim.id}"
                move()

            return apply

        self._submit(job)

    def action_accept(self) -> None:
        self.action_label(None)

    def action_undo(self) -> None:
        if self._later(self.action_undo):
            return

        def job() -> Apply:
            claim_id = self.service.undo()
            if claim_id is None:
                return lambda: self.notify("nothing to undo")
            view = self.service.get(claim_id)
            detail = self._detail(view)
            inside = [i for i, c in enumerate(self.page) if c.id == claim_id]
            page = None if inside else self.service.page(self.filter, after=claim_id - 1, limit=PAGE)

            def apply() -> None:
                self.last_saved = f"undone on claim {claim_id}"
                if page is not None:
                    self._show_page(page, 0, detail)
                else:
                    self._replace(view)
                    self._show(inside[0], detail)
                self.refresh_progress()

            return apply

        self._submit(job)

    def _save(self, claim_id: int, save: Callable[[], ClaimView], what: str) -> None:
        """Change one claim (in the worker) and show it again, staying where the screen is."""

        def job() -> Apply:
            view = save()
            detail = self._detail(view)

            def apply() -> None:
                self._replace(view)
                self.last_saved = f"saved {what}on claim {claim_id}"
                if self.current and self.current.id == view.id:
                    self._show(self.index, detail)

            return apply

        self._submit(job)

    def _edit(self, title: str, value: str, save: Callable[[int, str], ClaimView]) -> None:
        claim = self.current
        if claim is None:
            return
        from tui.screens.modals import PromptScreen

        def done(text: str | None) -> None:
            if text is not None:
                self._save(claim.id, lambda: save(claim.id, text), "")

        self.app.push_screen(PromptScreen(title, value), done)

    def action_hedged(self) -> None:
        """Cycle the hedge flag: not set -> hedged -> not hedged -> not set."""
        if self._later(self.action_hedged):
            return
        claim = self.current
        if claim is not None:
            value = {None: True, True: False, False: None}[claim.reviewed_hedged]
            self._save(claim.id, lambda: self.service.flag_hedged(claim.id, value), "hedge flag ")

    def action_note(self) -> None:
        claim = self.current
        if claim is not None:
            self._edit(f"Note on claim {claim.id}", claim.note or "", self.service.note)

    def action_speaker(self) -> None:
        claim = self.current
        if claim is not None:
            value = claim.speaker_correction or claim.speaker or ""
            self._edit(f"Speaker of claim {claim.id} (empty clears the correction)", value,
                       self.service.correct_speaker)

    def set_filter(self, flt: Filter | None) -> None:
        if flt is not None and flt != self.filter:
            self.filter = flt
            self.reload(resume=True)

    def action_search(self) -> None:
        from tui.screens.modals import PromptScreen

        def done(text: str | None) -> None:
            if text is not None:
                self.set_filter(replace(self.filter, search=text.strip() or None))

        self.app.push_screen(PromptScreen("Search claim text (empty clears)",
                                          self.filter.search or ""), done)

    def action_filters(self) -> None:
        from tui.screens.modals import FilterScreen

        self.app.push_screen(FilterScreen(self.filter), self.set_filter)

    def action_document(self) -> None:
        from tui.screens.document import DocumentScreen

        if self.current is not None:
            self.app.push_screen(DocumentScreen(self.service, self.current, self.mode))

    def action_stats(self) -> None:
        from tui.screens.stats import StatsScreen

        self.app.push_screen(StatsScreen(self.service))

    def action_toggle_bidi(self) -> None:
        self.set_mode(self.mode.next())

    def set_mode(self, mode: BidiMode) -> None:
        self.mode = mode
        self.panel.mode = mode
        self.queue.set_mode(mode)
        self._status()

    def action_help(self) -> None:
        from tui.screens.modals import HelpScreen

        self.app.push_screen(HelpScreen(self.app.key_rows()))
