"""Press briefings printed as transcripts (the Pentagon's, a ministry's, a media availability):
a paragraph opened by its speaker's label in capitals ("DANA WHITE:", "SEC. SHANAHAN:") and
every paragraph after it without a label of its own are that speaker's turn, up to the next
label. A reporter's question ("Q:") ends a turn and is no one's named words.

claims.quotations.transcript_turns reads interviews whose every paragraph carries its label;
a briefing's speaker talks on over many paragraphs, so it is told apart by what a briefing
opens with: its title naming the speaker in ordinary case, then the first label."""
from __future__ import annotations

import re

from claims.lexicon import entries, words_en
from claims.people_en import ROLE_NOUNS, first_names
from claims.quotes_en import CLERIC

_LABEL = re.compile(r"(?P<label>Q|(?:[A-Z][A-Z.'’\-]*\s+){0,7}[A-Z][A-Z'’\-]+)\s?:\s+\S")
_STAGE = re.compile(r"\s*\([A-Za-z][A-Za-z ,.'’\-]*\)\s*")  # "(CROSSTALK)", "(Laughter)"
# words of an office in a label, besides the titles and roles: "ACTING SECRETARY OF DEFENSE"
_OFFICE = {"acting", "of", "the", "for", "and", "defense", "state", "press", "joint", "staff",
           "sec", "adm", "admiral", "amb", "gen", "deputy", "assistant", "army", "navy", "air",
           "force", "marine", "corps", "chief", "chiefs", "department", "pentagon",
           "foreign", "affairs", "interior", "health", "moderator", "operator"}
_NOT_NAMES = {"read more", "see more", "watch", "update", "note", "editor's note", "editor’s note", "photos",
              "video", "correction", "clarification", "analysis", "a"}
# what a transcript's title calls it, when no reporter's "Q:" shows it
_BRIEFING = re.compile(r"\b(?:[Bb]riefing|[Rr]emarks|[Tt]ranscript|[Pp]ress [Cc]onference|"
                       r"[Mm]edia [Aa]vailability|[Gg]aggle|[Ii]nterview|[Ss]tatement by)\b")
_OPENS_WITHIN = 3  # paragraphs before the first label: the title, a date, a line of who speaks


def briefing_turns(text: str, sentences: list[tuple[int, int]]) -> list[tuple[str, list[int]]]:
    """(speaker, indices of the sentences of the turn) for every named speaker's turn, or []
    when the text is no briefing."""
    labelled: list[tuple[int, str]] = []
    paragraph, first_label_paragraph = 0, None
    inside: list[tuple[int, str]] = []  # labels inside a paragraph, kept if one opens a line
    for index, (start, end) in enumerate(sentences):
        opens_line = index == 0 or "\n" in text[sentences[index - 1][1]:start]
        paragraph += opens_line
        label = _LABEL.match(text, start, end)
        if label and opens_line:
            labelled.append((index, label.group("label")))
            first_label_paragraph = first_label_paragraph or paragraph
        elif label:  # "... What is that about?    CONDOLEEZZA RICE: Well I think ...": the
            inside.append((index, label.group("label")))  # page lost the answer's line break
    opening_labels = {label for _, label in labelled}
    labelled = sorted(labelled + [(i, label) for i, label in inside if label in opening_labels])
    names = {label: _name(label) for _, label in labelled if label != "Q"}
    names = {label: name for label, name in names.items() if name}
    if not names or first_label_paragraph is None or first_label_paragraph > _OPENS_WITHIN + 1:
        return []
    opening = text[:sentences[labelled[0][0]][0]]
    if not any(re.search(rf"\b{re.escape(name.split()[-1])}\b", opening)
               for name in names.values()):
        return []  # the title names no speaker: no briefing ("KEY POINTS: ..." in an article)
    if not (_BRIEFING.search(opening) or any(label == "Q" for _, label in labelled)):
        return []  # "KUWAIT: ..." opening a story is its dateline, no turn
    turns = []
    bounds = labelled + [(len(sentences), "")]
    for (at, label), (following, _) in zip(bounds, bounds[1:]):
        if label in names:
            speaker = _fullest(names[label], names.values(), text)
            turns.append((speaker, [i for i in range(at, following)
                                    if not _STAGE.fullmatch(text, *sentences[i])]))
    return turns


def _name(label: str) -> str:
    """The name in a label, its office left out: "ACTING SECRETARY OF DEFENSE PATRICK SHANAHAN"
    -> "Patrick Shanahan", "SEC. SHANAHAN" -> "Shanahan"; "" when none is left."""
    if label.lower() in _NOT_NAMES or label.title() in entries("places_en"):
        return ""  # "KUWAIT:", a dateline
    words = label.split()
    start = len(words)
    while start > 0 and not _office(words[start - 1]):
        start -= 1
    name = [w.title() for w in words[start:]]
    return " ".join(name) if name and all(len(w.strip(".")) > 1 for w in name[-1:]) else ""


def _office(word: str) -> bool:
    lower = word.lower().strip(".")
    return lower in _OFFICE or lower in ROLE_NOUNS or lower in words_en("titles_en")


def _fullest(name: str, names, text: str) -> str:
    """The fullest form of the name among the labels and the text in ordinary case: "Dana
    White" -> "Dana W. White" of the title, "Shanahan" -> "Patrick Shanahan" of another label."""
    last = name.split()[-1]
    found = [n for n in names if n.split()[-1] == last]
    if len(name.split()) == 1:  # "Doe": the fullest form of "Jane Doe", another label's
        found = [_fullest(n, (), text) for n in found if len(n.split()) > 1]
    else:
        first = re.escape(name.split()[0])
        found += re.findall(rf"\b{first}(?:\s+(?:[A-Z]\.|[A-Z][a-z]+)){{0,2}}\s+{re.escape(last)}\b",
                            text)
    return max(found + [name], key=lambda n: (len(n.split()), len(n)))


_LABEL_LINE = re.compile(rf"\s*(?P<title>{CLERIC}\s+)?(?P<name>[A-Z][\w’'\-]+"
                         r"(?:\s+[A-Z][\w.’'\-]*){0,2}):\s*")


def label_line_turns(text: str, sentences: list[tuple[int, int]]) -> list[tuple[str, list[int]]]:
    """An interview printed with each speaker's name on a line of its own ("Father Lombardi:",
    "Pope Francis:") and the words in the paragraphs under it, up to the next name: two such
    lines or more make a transcript. The name is a cleric's title and a name, or a known given
    name and a family name."""
    labels: list[tuple[int, str]] = []
    for index, (start, end) in enumerate(sentences):
        opens_line = index == 0 or "\n" in text[sentences[index - 1][1]:start]
        found = _LABEL_LINE.fullmatch(text, start, end) if opens_line else None
        name = found.group("name") if found else ""
        if found and (found.group("title") or (
                len(name.split()) > 1 and name.split()[0].lower() in first_names())):
            labels.append((index, name))
    if len(labels) < 2:
        return []
    bounds = labels + [(len(sentences), "")]
    return [(name, list(range(at + 1, following)))
            for (at, name), (following, _) in zip(bounds, bounds[1:]) if following > at + 1]
