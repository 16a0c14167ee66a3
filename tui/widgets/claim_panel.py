"""The claim under review, in context, with its speaker, cue and quotes highlighted."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rich.console import Console
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from annotate.review import ClaimView, HistoryEntry, ReviewerLabel
from tui.bidi import BidiMode, Span, display_lines, inline

_MEASURE = Console(width=1000, color_system=None)  # only used to wrap Text
LABEL_STYLE = {"sourced": "bold green", "speculative": "bold yellow", "boilerplate": "bold blue"}
QUOTES = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|„[^“”]*[“”]")
SPEAKER_STYLE, CUE_STYLE, QUOTE_STYLE = "bold magenta", "bold cyan underline", "italic"


def highlight_spans(claim: ClaimView) -> list[Span]:
    """Logical spans of the quotes, the cue and the speaker's mention in the claim text."""
    text = claim.text
    spans: list[Span] = [(m.start(), m.end(), QUOTE_STYLE) for m in QUOTES.finditer(text)]
    if claim.cue and (at := text.find(claim.cue)) >= 0:
        spans.append((at, at + len(claim.cue), CUE_STYLE))
    speaker = claim.speaker_correction or claim.speaker
    if speaker:
        for candidate in (speaker, speaker.split()[-1]):
            if len(candidate) > 1 and (at := text.find(candidate)) >= 0:
                spans.append((at, at + len(candidate), SPEAKER_STYLE))
                break
    return spans


@dataclass(frozen=True)
class Detail:
    claim: ClaimView
    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)
    reviews: list[ReviewerLabel] = field(default_factory=list)
    role: str = "Your label"


class ClaimPanel(Widget):
    """Renders a Detail; re-wraps and re-orders on every resize or display-mode change."""

    detail: reactive[Detail | None] = reactive(None, layout=True)
    mode: reactive[BidiMode] = reactive(BidiMode.SHAPE, layout=True)
    painted: int | None = None  # the claim id last rendered (benchmarks wait for it)
    _cached: tuple[tuple, list[Text]] | None = None

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self._lines(width))

    def render(self) -> Text:
        self.painted = self.detail.claim.id if self.detail else None
        return Text("\n").join(self._lines(self.content_size.width))

    def _lines(self, width: int) -> list[Text]:
        """The panel's lines at `width`, computed once per claim, mode and width (layout asks
        for the height and then renders: both get the same lines)."""
        key = (self.detail, self.mode, width)  # the detail itself: an id() could be reused
        cached = self._cached
        if cached is None or cached[0][0] is not self.detail or cached[0][1:] != key[1:]:
            self._cached = (key, build_lines(self.detail, width, self.mode))
        return [line.copy() for line in self._cached[1]]

    def warm(self, detail: Detail | None) -> None:
        """Lay out a claim about to be shown, from a worker thread: the display helper keeps
        the lines, so the paint on the UI thread only fetches them."""
        if detail is not None and self.content_size.width:
            build_lines(detail, self.content_size.width, self.mode)


def build_lines(detail: Detail | None, width: int, mode: BidiMode) -> list[Text]:
    if detail is None:
        return [Text("No claim matches the filter. Press f to change it.", style="dim")]
    claim, width = detail.claim, max(20, width)
    rtl = claim.lang == "ar"
    out: list[Text] = []

    def block(text: str, style: str = "", spans=()) -> None:
        for line in display_lines(text, width, mode, rtl=rtl, spans=spans):
            line.stylize(style)
            out.append(line)

    out.append(Text.assemble((claim.document, "bold"),
                             f"  ·  {claim.lang}  ·  sentence {claim.seq + 1}"))
    if claim.title:
        block(claim.title, "dim" if rtl else "italic dim")
    out.append(Text("─" * width, style="dim"))
    for sentence in detail.before:
        block(sentence, "dim")
    block(claim.text, "on grey15", highlight_spans(claim))
    for sentence in detail.after:
        block(sentence, "dim")
    out.append(Text("─" * width, style="dim"))

    def fit(line: Text) -> None:  # one Text per screen row, or the height is counted short
        out.extend(line.wrap(_MEASURE, width))

    for line in _pipeline_line(claim, mode).split("\n"):
        fit(line)
    fit(_review_line(claim, mode, detail.role))
    if claim.note:
        block(f"Note: {claim.note}")
    for review in detail.reviews:
        fit(_reviewer_line(review, mode))
        if review.note:
            block(f"    {review.note}", "italic")
    if detail.history:
        fit(_history_line(detail.history))
    return out


def _pipeline_line(claim: ClaimView, mode: BidiMode) -> Text:
    flags = [name for name, on in (("hedged", claim.hedged), ("vague source", claim.vague_source)) if on]
    line = Text.assemble(
        "Pipeline: ", (claim.kind, "bold"), " → ", (claim.suggested, LABEL_STYLE[claim.suggested]),
        f"   rule {claim.rule}   confidence {claim.confidence:.2f}",
    )
    if claim.speaker or claim.cue or flags:
        line.append("\n")
    if claim.speaker:
        line.append("Speaker ").append(inline(claim.speaker, mode), SPEAKER_STYLE)
    if claim.cue:
        line.append("   Cue ").append(inline(claim.cue, mode), CUE_STYLE)
    if flags:
        line.append("   Flags: " + ", ".join(flags), "red")
    return line


HEDGED = {True: "hedged", False: "not hedged"}


def _review_line(claim: ClaimView, mode: BidiMode, role: str) -> Text:
    line = Text(f"{role}: ")
    if claim.label:
        line.append(claim.label, LABEL_STYLE[claim.label])
    else:
        line.append("none yet (enter accepts the suggestion)", "dim")
    if claim.reviewed_hedged is not None:
        line.append(f"   {HEDGED[claim.reviewed_hedged]}", "red")
    if claim.speaker_correction:
        line.append("   speaker corrected to ").append(
            inline(claim.speaker_correction, mode), SPEAKER_STYLE)
    return line


def _reviewer_line(review: ReviewerLabel, mode: BidiMode) -> Text:
    line = Text("  ").append(inline(review.reviewer, mode), "bold").append(": ")
    line.append(review.label or "no label", LABEL_STYLE.get(review.label or "", "dim"))
    if review.hedged is not None:
        line.append(f"   {HEDGED[review.hedged]}", "red")
    if review.speaker_correction:
        line.append("   speaker ").append(inline(review.speaker_correction, mode), SPEAKER_STYLE)
    return line


def _history_line(history: list[HistoryEntry]) -> Text:
    line = Text("History: ", style="dim")
    for entry in history[-6:]:
        stamp = entry.created_at.strftime("%H:%M")
        what = "undo" if entry.undo else (entry.label or "cleared")
        line.append(f"{stamp} {what} · ", "dim")
    return line
