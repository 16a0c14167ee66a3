"""Snapshots of the review, document and statistics screens with English and Arabic claims.
After a deliberate change of the screens, look at the new pictures and accept them with
`.venv/bin/python -m pytest tests/tui/test_snapshots.py --snapshot-update`."""
from __future__ import annotations

from annotate.review import Filter, ReviewService
from tests.tui.conftest import SIZE, settle


def label_some(sessions, flt: Filter = Filter()) -> None:
    """A fixed set of labels, so the statistics and document colours are the same every run."""
    alice = ReviewService(sessions, "alice")
    for number, claim in enumerate(alice.page(flt, limit=20)):
        alice.label(claim.id, claim.suggested if number % 4 else "speculative")


def test_review_screen_english(make_app, snap_compare):
    assert snap_compare(make_app(flt=Filter(lang="en", kind="attributed")),
                        terminal_size=SIZE, run_before=settle)


def test_review_screen_arabic(make_app, snap_compare):
    assert snap_compare(make_app(flt=Filter(document="002")), press=["j", "j"],
                        terminal_size=SIZE, run_before=settle)


def test_review_screen_arabic_display_off(make_app, snap_compare):
    async def toggle_to_off(pilot):
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)

    assert snap_compare(make_app(flt=Filter(document="002")), press=["j", "j"],
                        terminal_size=SIZE, run_before=toggle_to_off)


def test_document_screen_arabic(make_app, snap_compare, seeded_sessions):
    label_some(seeded_sessions, Filter(document="001"))

    async def open_document(pilot):
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)

    assert snap_compare(make_app(flt=Filter(document="001")), terminal_size=SIZE,
                        run_before=open_document)


def test_statistics_screen(make_app, snap_compare, seeded_sessions):
    label_some(seeded_sessions)

    async def open_stats(pilot):
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=open_stats)
