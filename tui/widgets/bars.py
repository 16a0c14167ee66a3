"""Horizontal bars drawn with block characters."""
from __future__ import annotations

from rich.text import Text

EIGHTHS = " ▏▎▍▌▋▊▉█"


def bar(value: int, total: int, width: int, style: str = "") -> Text:
    """A bar of `width` cells filled in proportion value/total, to an eighth of a cell."""
    if total <= 0 or width <= 0:
        return Text(" " * max(width, 0))
    eighths = round(8 * width * min(value, total) / total)
    full, part = divmod(eighths, 8)
    body = "█" * full + (EIGHTHS[part] if part else "")
    return Text(body.ljust(width), style=style)


def share(value: int, total: int) -> str:
    return f"{100 * value / total:5.1f}%" if total else "   – "
