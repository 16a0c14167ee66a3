"""Quotations that run over several sentences, and interviews printed as transcripts.

The segmenter keeps a quotation that closes on its line in one sentence, so a quotation spans
sentences when it does not: a quotation over several paragraphs (each paragraph opens a mark and
only the last one closes it), a reader's comment opened with the wrong mark (”Mr. Trump embodies
... shame.” ― Sonya Herridge), a quotation in two apostrophes (''It's anti-reform. She's
layering on even more complexity.''). Every sentence inside such a quotation is the quoted
speaker's (GUIDELINES: direct speech counts, continuations carry their speaker); so is every
sentence of a transcript's turn ("PENCE: Well, look, ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims.before_en import all_cues

_MARK = re.compile("[\"“”«»]|''")
_LINE = re.compile(r"[^\n\r]+")
_OPENING_BEFORE = " \t([{—―–-:,"
_WORD_BEFORE = re.compile(r"(\w+),$")


@dataclass(frozen=True)
class Run:
    start: int  # the quotation, as offsets into the text
    end: int
    sentences: tuple[int, ...]  # indices of the sentences it covers, two or more
    closed: bool = True  # False: left open at its paragraph's end, where no mark closed it


def quotation_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of every quotation, from its opening mark to its closing mark. A line
    (paragraph) that leaves a quotation open ends it, unless the next paragraph opens a mark
    again, as quotations over several paragraphs are written."""
    spans = []
    pending: tuple[int, int, bool] | None = None  # a quotation left open by the last paragraph
    lines = list(_LINE.finditer(text))
    for at, line in enumerate(lines):
        marks = list(_MARK.finditer(text, line.start(), line.end()))
        opened = None
        if pending is not None and not marks and _closed_below(text, lines, at):
            continue  # a statement set as lines, closed at the end of a later one
        if pending is not None:
            starts_quoted = (marks and not text[line.start():marks[0].start()].strip()
                             and _is_opening(text, marks[0].start(), marks[0].end(),
                                             line.start(), line.end()))
            if starts_quoted:
                opened, marks = pending[0], marks[1:]
            elif _closes_line(text, marks, line.start(), line.end()):
                spans.append((pending[0], marks[0].end(), True))  # a line break inside it
                marks = []
            else:
                spans.append(pending)
            pending = None
        for mark in marks:
            opening = _is_opening(text, mark.start(), mark.end(), line.start(), line.end())
            if opened is None:
                opened = mark.start() if opening else None
            elif opening and mark.group() in "“«":
                opened = mark.start()  # a second opening: the first mark was stray
            else:
                spans.append((opened, mark.end(), True))
                opened = None
        if opened is not None:
            pending = (opened, line.end(), False)
    if pending is not None:
        spans.append(pending)
    return spans


def _closed_below(text: str, lines: list[re.Match[str]], at: int) -> bool:
    """Lines with no mark, each right under the one before, down to a line whose only mark
    closes the quotation: a statement quoted as lines of one block ('said in a statement:' /
    '“We're working ...' / 'We understand ...' / 'As a team ... Guests.”')."""
    for line in lines[at:]:
        if text.endswith(("\n\n", "\r\n\r\n", "\n\r\n"), 0, line.start()):
            return False  # a blank line between: the quotation ended
        marks = list(_MARK.finditer(text, line.start(), line.end()))
        if marks:
            return _closes_line(text, marks, line.start(), line.end())
    return False


def _closes_line(text: str, marks: list[re.Match[str]], line_start: int, line_end: int) -> bool:
    """The only mark of a line closes a quotation the line before left open, with nothing but
    punctuation after it: 'قال: " ... الأنقاض' / 'ونحن قلقون ... ".'."""
    return (len(marks) == 1 and not _is_opening(text, marks[0].start(), marks[0].end(),
                                                 line_start, line_end)
            and not text[marks[0].end():line_end].strip(" \t.,،؛;!?؟…"))


def _is_opening(text: str, start: int, end: int, line_start: int, line_end: int) -> bool:
    """“ and « open; any mark opens when it follows a space, a bracket or a dash (or the line's
    start) and a word follows it: ”Mr. Trump ...”, "Yes," ''Yes,''; a straight mark after a
    colon opens even with a space after it ('قال: " نحن ...')."""
    if text[start] in "“«":
        return True
    if text[start] == "»":
        return False
    if text[start] == '"' and text[line_start:start].rstrip().endswith(":"):
        return True
    if not text[line_start:start].strip() and text[end:line_end].lstrip()[:1].isalnum():
        return True  # the line's first mark, a space after it: '” If I truly called out ...'
    before = text[start - 1] if start > line_start else " "
    after = text[end] if end < line_end else " "
    return before in _OPENING_BEFORE and not after.isspace() and after not in ".,،;؛!?؟…"


def quotation_runs(text: str, sentences: list[tuple[int, int]]) -> list[Run]:
    """The quotations that cover two sentences or more, with the sentences they cover."""
    runs = []
    first = 0
    for start, end, closed in quotation_spans(text):
        while first < len(sentences) and sentences[first][1] <= start:
            first += 1
        covered = []
        index = first
        while index < len(sentences) and sentences[index][0] < end:
            covered.append(index)
            index += 1
        if not closed and not _opens_speech(text, start, sentences, covered):
            continue  # a stray mark left open is no quotation
        if len(covered) >= 2:
            runs.append(Run(start, end, tuple(covered), closed))
    return runs


def _opens_speech(text: str, start: int, sentences: list[tuple[int, int]],
                  covered: list[int]) -> bool:
    """A quotation left open at a paragraph's end is speech when it opens its sentence or
    follows a colon ("She added: “...") or a verb of saying and a comma ("X, director of ...,
    adds, “The effects ...")."""
    if not covered:
        return False
    before = text[max(0, start - 40):start].rstrip()
    return (sentences[covered[0]][0] == start or before.endswith(":")
            or (before.endswith(",") and (cue := _WORD_BEFORE.search(before)) is not None
                and cue.group(1).lower() in all_cues()))


_DASH_OPENED = re.compile(r"[ \t]*[–—][ \t]+\S")


def dash_paragraphs(text: str, sentences: list[tuple[int, int]]) -> list[list[int]]:
    """The sentences of each paragraph of two sentences or more that opens with a dash, as
    speech is set in news translated from Scandinavian or Slavic languages: '– We regret this
    course. We have started ..., he added.' (the speaker is named in its last sentence)."""
    paragraphs: list[list[int]] = []
    for index, (start, _) in enumerate(sentences):
        opens_line = index == 0 or "\n" in text[sentences[index - 1][1]:start]
        if opens_line:
            line = text.rfind("\n", 0, start) + 1
            paragraphs.append([index] if _DASH_OPENED.match(text, line) else [])
        elif paragraphs and paragraphs[-1]:
            paragraphs[-1].append(index)
    return [p for p in paragraphs if len(p) >= 2]


# "PENCE: Well, ...", and a radio transcript's "STEVE INSKEEP, HOST:" (the role after a comma)
_LABEL = re.compile(r"[\"“]?(?P<label>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2})"
                    r"(?:,\s+[A-Z][A-Z]+(?: [A-Z]+){0,2})?:(?:\s+\S|\s*$)")


_NOT_SPEAKERS = {"READ MORE", "WATCH", "WATCH BELOW", "UPDATE", "CLARIFICATION", "CORRECTION",
                 "ANALYSIS", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "PHOTOS", "VIDEO", "Q", "A"}


def transcript_turns(text: str, sentences: list[tuple[int, int]]) -> list[tuple[str, list[int]]]:
    """An interview printed as a transcript: paragraphs that open with the speaker's name in
    capitals ("PENCE: Well, look, ..."), each a turn of that speaker. It counts only when at
    least two speakers take two turns each and one of them is written in the article in ordinary
    case too ("Governor Pence"); "READ MORE:" and "WATCH:" are no speakers."""
    turns: list[tuple[str, list[int]]] = []
    alone = False  # the last label stood on a line of its own: the next line is the turn's
    for index, (start, end) in enumerate(sentences):
        opens_line = index == 0 or "\n" in text[sentences[index - 1][1]:start]
        label = _LABEL.match(text, start, end) if opens_line else None
        if label:
            alone = not text[label.end():end].strip()  # the label is no words of the turn
            turns.append((label.group("label"), [] if alone else [index]))
        elif turns and (not opens_line or alone):
            turns[-1][1].append(index)
            alone = False
        elif turns and opens_line:
            turns.append(("", []))  # a paragraph with no label ends the turn
    turns = _by_surname(turns)
    counts: dict[str, int] = {}
    for name, _ in turns:
        counts[name] = counts.get(name, 0) + 1
    names = {name for name in counts if name and name not in _NOT_SPEAKERS}
    if (len(names) < 2 or any(counts[name] < 2 for name in names)
            or not any(re.search(rf"\b{re.escape(name.title())}\b", text) for name in names)):
        return []
    return [(name, indices) for name, indices in turns if name in names]


def _by_surname(turns: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """"INSKEEP:" is the turn of "STEVE INSKEEP, HOST:" named in full before."""
    full = {}
    for name, _ in turns:
        if " " in name:
            full.setdefault(name.rsplit(" ", 1)[-1], set()).add(name)
    return [(next(iter(full[name])) if len(full.get(name, ())) == 1 else name, indices)
            for name, indices in turns]
