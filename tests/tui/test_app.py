"""The review app driven by key presses, with every effect checked in the database."""
from __future__ import annotations

import io
import time

from rich.console import Console
from sqlalchemy import select

from annotate.review import Filter, ReviewService
from annotate.store.models import AnnotationRow, ReviewRow
from tests.tui.conftest import SIZE, settle
from tui.bidi import BidiMode
from tui.config import Settings
from tui.screens.modals import FilterScreen, HelpScreen, PromptScreen
from tui.screens.stats import render_overview
from tui.widgets.claim_panel import ClaimPanel


def current(sessions, claim_id: int, reviewer: str = "alice") -> ReviewRow | None:
    with sessions() as session:
        return session.get(ReviewRow, (claim_id, reviewer))


def entries(sessions, claim_id: int) -> list[AnnotationRow]:
    with sessions() as session:
        return list(session.scalars(select(AnnotationRow).where(
            AnnotationRow.claim_id == claim_id).order_by(AnnotationRow.id)))


async def test_label_keys_save_then_move_on(make_app, seeded_sessions):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.review
        first = screen.current
        await pilot.press("s")
        await settle(pilot)
        assert current(seeded_sessions, first.id).label == "sourced"
        second = screen.current
        assert second.seq == first.seq + 1
        await pilot.press("enter")  # accept the suggestion
        await settle(pilot)
        assert current(seeded_sessions, second.id).label == second.suggested
        await pilot.press("b")
        await settle(pilot)
        assert screen.progress.reviewed == 3
        assert "saved boilerplate" in str(screen.query_one("#status").render())
        await pilot.press("k", "k", "up")
        await settle(pilot)
        assert screen.current.id == first.id
        assert screen.current.label == "sourced"


async def test_keys_pressed_during_a_save_are_not_lost(make_app, seeded_sessions):
    app = make_app()
    slow_label = app.service.label

    def label(claim_id, value):  # a slow database: every key arrives while a save runs
        time.sleep(0.3)
        return slow_label(claim_id, value)

    app.service.label = label
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        ids = [claim.id for claim in app.review.page[:5]]
        await pilot.press("s", "p", "b", "s", "p")  # no waiting in between
        await settle(pilot)
        labels = [current(seeded_sessions, claim_id).label for claim_id in ids]
        assert labels == ["sourced", "speculative", "boilerplate", "sourced", "speculative"]


async def test_undo_retracts_and_keeps_history(make_app, seeded_sessions):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.review.current
        await pilot.press("p", "u")
        await settle(pilot)
        assert app.review.current.id == first.id  # undo goes back to the claim
        assert current(seeded_sessions, first.id).label is None
        assert [(e.label, e.retracted) for e in entries(seeded_sessions, first.id)] == [
            ("speculative", False), (None, True)]


async def test_note_and_speaker_correction(make_app, seeded_sessions):
    app = make_app(flt=Filter(kind="attributed", lang="ar"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = app.review.current
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"check the date")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        prompt = app.screen.query_one("#prompt-input")
        assert prompt.value == claim.speaker  # prefilled with the pipeline's speaker
        prompt.value = "طارق الشيخ"
        await pilot.press("enter")
        await settle(pilot)
        row = current(seeded_sessions, claim.id)
        assert (row.note, row.speaker_correction, row.label) == ("check the date", "طارق الشيخ", None)
        assert app.review.current.speaker_correction == "طارق الشيخ"
        await pilot.press("n", "escape")  # cancelling writes nothing
        await settle(pilot)
        assert len(entries(seeded_sessions, claim.id)) == 2


async def test_filters_and_search_narrow_the_queue(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, FilterScreen)
        app.screen.query_one("#kind").value = "attributed"
        app.screen.query_one("#lang").value = "en"
        await pilot.click("#apply")
        await settle(pilot)
        page = app.review.page
        assert page and all(c.kind == "attributed" and c.lang == "en" for c in page)
        assert app.review.progress.total == len(page)
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"Bureau", "enter")
        await settle(pilot)
        page = app.review.page
        assert page and all("bureau" in c.text.lower() and c.kind == "attributed" for c in page)
        await pilot.press("f")
        await pilot.pause()
        await pilot.click("#clear")
        await settle(pilot)
        assert app.review.progress.total == 138


async def test_reopening_resumes_at_first_unlabelled_claim(make_app, seeded_sessions):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        ids = [claim.id for claim in app.review.page[:4]]
        await pilot.press("s", "s", "s")
        await settle(pilot)
        await pilot.press("q")
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.review.current.id == ids[3]
        assert again.review.progress.reviewed == 3
    other = make_app(reviewer="bob")  # someone else starts at the beginning
    async with other.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert other.review.current.id == ids[0]


async def test_display_mode_toggles_through_off_reorder_shape(make_app):
    app = make_app(flt=Filter(lang="ar"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        panel = app.review.query_one(ClaimPanel)
        text = app.review.current.text
        shown = {}
        for _ in range(3):
            shown[panel.mode] = "".join(line.plain for line in panel._lines(200))
            await pilot.press("d")
            await pilot.pause()
        assert panel.mode is BidiMode.SHAPE  # back where it started
        assert text.split()[0] in shown[BidiMode.OFF]
        assert text.split()[0] not in shown[BidiMode.REORDER]
        assert text.split()[0][::-1] in shown[BidiMode.REORDER]
        assert any("\ufe70" <= c <= "\ufeff" for c in shown[BidiMode.SHAPE])


async def test_remapped_keys_work_and_show_in_help_and_palette(make_app, seeded_sessions):
    settings = Settings(keys={"label.sourced": "1", "undo": "ctrl+z"})
    app = make_app(settings=settings)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.review.current
        await pilot.press("s")  # no longer bound
        await settle(pilot)
        assert current(seeded_sessions, first.id) is None
        await pilot.press("1")
        await settle(pilot)
        assert current(seeded_sessions, first.id).label == "sourced"
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert current(seeded_sessions, first.id).label is None
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = {binding_id: keys for keys, _, binding_id in app.screen.rows}
        assert rows["label.sourced"] == "1" and rows["undo"] == "ctrl+z"
        await pilot.press("escape")
        titles = [c.title for c in app.get_system_commands(app.review)]
        assert "Sourced (1)" in titles and "Speculative (p)" in titles


async def test_document_and_statistics_views(make_app, seeded_sessions):
    service = ReviewService(seeded_sessions, "alice")
    first = service.resume(Filter())
    service.label(first.id, first.suggested)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        view = app.screen.query_one("ArticleView")
        assert len(view.claims) == len(service.document_claims(first.document_id))
        await pilot.press("escape", "t")
        await settle(pilot)
        console = Console(width=120, file=io.StringIO(), record=True)
        console.print(render_overview(app.screen.data))
        overview = console.export_text()
        assert "1/138" in overview and "Agreement with the pipeline: 1/1" in overview
