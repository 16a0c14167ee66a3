"""Driving the real app: a seeded database copy, the review service, and a way to wait until
every database job the keys started has finished."""
from __future__ import annotations

import pytest

from annotate.review import Filter, ReviewService
from tui.app import ClaimsiftApp
from tui.config import Settings

SIZE = (120, 36)


async def settle(pilot) -> None:
    """Wait until the screen's job queue is empty and every worker is done."""
    app = pilot.app
    for _ in range(400):
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.review if app.screen_stack else None
        if screen is None or not screen.busy:
            return
    raise AssertionError("the app never settled")


@pytest.fixture
def make_app(seeded_sessions):
    def build(reviewer: str = "alice", flt: Filter | None = None,
              settings: Settings | None = None) -> ClaimsiftApp:
        return ClaimsiftApp(ReviewService(seeded_sessions, reviewer), settings, flt)

    return build
