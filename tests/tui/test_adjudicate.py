"""Adjudication in the real app: the queue holds the claims reviewers disagree on, the panel
lists every reviewer's label and note, and a key sets the final label."""
from __future__ import annotations

import io

from rich.console import Console

from annotate.adjudicate import AdjudicationService
from annotate.report import build_report
from annotate.review import Filter, ReviewService
from tests.tui.conftest import SIZE, settle
from tui.app import ClaimsiftApp
from tui.widgets.claim_panel import ClaimPanel


def _panel_text(app) -> str:
    console = Console(file=io.StringIO(), width=200, color_system=None)
    console.print(app.screen.query_one(ClaimPanel).render())
    return console.file.getvalue()


async def test_adjudicator_sees_every_label_and_sets_the_final_one(seeded_sessions):
    ReviewService(seeded_sessions, "ana").label(7, "sourced")
    ReviewService(seeded_sessions, "ben").label(7, "boilerplate")
    ReviewService(seeded_sessions, "ben").note(7, "a headline, not a claim")
    ReviewService(seeded_sessions, "ana").label(9, "sourced")
    ReviewService(seeded_sessions, "ben").label(9, "sourced")
    assert build_report(seeded_sessions).totals.disputed == 1

    service = AdjudicationService(seeded_sessions, "lead")
    app = ClaimsiftApp(service, None, Filter(disputed=True, unreviewed=True))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.review
        assert [c.id for c in screen.page] == [7]  # 9 is agreed on
        text = _panel_text(app)
        assert "Final label: none yet" in text
        assert "ana: sourced" in text and "ben: boilerplate" in text
        assert "a headline, not a claim" in text
        await pilot.press("b")
        await settle(pilot)
        assert service.get(7).label == "boilerplate"
        await pilot.press("h")  # the hedge flag goes to the final decision too
        await settle(pilot)
        assert service.get(7).reviewed_hedged is True
        assert service.get(7).label == "boilerplate"
    report = build_report(seeded_sessions)
    assert report.totals.disputed == 0 and report.adjudicated == 1
    assert report.totals.boilerplate == 1 and report.totals.sourced == 1
    assert ReviewService(seeded_sessions, "ana").get(7).label == "sourced"  # raw label kept
