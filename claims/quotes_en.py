"""English quotation marks: two apostrophes read as marks, the ranges a sentence quotes, a
sentence that is a quotation and continues the previous speaker, a line that signs a quotation."""
from __future__ import annotations

import re
import unicodedata

from claims.findings import Finding
from claims.people_en import first_names
from claims.words_en import NAME

_QUOTE_MARK = re.compile("[\"“”«»]")
_TWO_APOSTROPHES = re.compile(r"''(?=\w)|(?<=[\w,.!?])''")


def straight_quotes(text: str) -> str:
    """Two apostrophes as quotation marks (''Yes,'' he said), as in some wire and newspaper
    archives, become a space and '"' (opening) or '"' and a space (closing): same length."""
    if "''" not in text:
        return text
    return _TWO_APOSTROPHES.sub(lambda m: ' "' if m.group() == "''" and m.end() < len(text)
                                and text[m.end()].isalnum() else '" ', text)


_CURLY = re.compile(r"[“”\"]")


def quote_only_finding(sentence: str) -> Finding | None:
    if _quote_only(sentence):
        mark = _CURLY.search(sentence)  # the mark that opens it, after any words leading in
        return Finding(mark.group() if mark else sentence[:1], None, "dropped",
                       "en:quote-continues", 0.6)
    # "Nobody wins in a shutdown, we all lose.”": a quotation opened before goes on
    first = _CURLY.search(sentence) if "”" in sentence else None
    if (first is not None and first.group() == "”" and len(sentence.split()) >= 3
            and not sentence[first.end():first.end() + 1].isalnum()):
        return Finding("”", None, "dropped", "en:quote-continues", 0.6)
    return None


# the sentence before a quotation with no cue that says who put out the words: "FSIS issued a
# health alert about ...", "The company released a statement Friday."
_ISSUED = re.compile(rf"\W*(?P<src>(?:[Tt]he\s+)?{NAME}|[Tt]he\s+[a-z][\w\-]*)\s+(?:has\s+|had\s+)?"
                     r"(?:issued|released|put\s+out|posted|published|sent(?:\s+out)?)\s+(?:a|an)\s+"
                     r"(?:[\w\-]+\s+){0,3}?(?:alert|statement|warning|advisory|notice|release|"
                     r"message|letter|update)\b")


def issuer(sentence: str) -> str | None:
    """Who the sentence says put out an alert, a statement or a notice (its subject)."""
    found = _ISSUED.match(sentence)
    return found.group("src") if found else None


def quoted_ranges(sentence: str) -> list[tuple[int, int]]:
    ranges, opened = [], None
    for found in _QUOTE_MARK.finditer(straight_quotes(sentence)):
        char, index = found.group(), found.start()
        if opened is None and char in "\"“«":
            opened = index
        elif opened is not None and char in "\"”»":
            ranges.append((opened, index))
            opened = None
    return ranges


def outside(pattern: re.Pattern[str], sentence: str,
            quoted: list[tuple[int, int]]) -> re.Match[str] | None:
    """The first match of `pattern` that starts outside the quotations: "“..., according to
    reports,” says Yun" is Yun's, the reports are his words."""
    return next((m for m in pattern.finditer(sentence)
                 if not any(a < m.start() < b for a, b in quoted)), None)


_SIGNATURE = re.compile(rf"^\s*[―—–]\s*(?P<src>{NAME})\.?\s*$")


def signature(sentence: str) -> Finding | None:
    """A line that signs the quotation before it: “...” then "― Sonya Herridge", "– McVay" (a
    family name the speakers component resolves)."""
    match = _SIGNATURE.match(sentence)
    if not match:
        return None
    source = match.group("src").rstrip(".")
    return Finding(sentence.strip()[0], source, "person", "en:signed-person", 0.85)


_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with"}


_UNNAMED_AFTER = re.compile(r"\s*(?:an?|one|another)\s[^.;]{0,120}\b(?:said|says|told|tells|added|"
                            r"wrote|asked)\b")


# a key line's topic before the words: "On Casemiro not starting against City: “He has ...”"
_TOPIC_COLON = re.compile(r"(?:On|About|Regarding|Asked\s+about|As\s+for)\s[^“”\":]{3,160}:"
                          r"\s*[“\"]")
_LEAD_IN = re.compile(r"(?:That|It|This|And|But|So|Then)(?:[’']s)?(?:\s+[a-z]+){0,2}\s+[“\"]"
                      # "After the call, “they aren’t rumblings ...”": when, then the words
                      r"|(?:After|Before|Later|Since|Now|During|On|In)\b[^,“\".]{0,30},\s+[“\"]")


def _quote_only(sentence: str) -> bool:
    """A sentence that is a direct quotation ("“We will win,” ..." with no cue): it continues the
    previous speaker."""
    stripped = sentence.strip()
    if stripped[:1] in "'‘" and stripped[1:2].isalnum() and len(stripped.split()) >= 4:
        words = [w for w in stripped[1:].split() if w not in _SMALL_WORDS]  # "'Per usual, I
        return stripped.endswith((".'", "?'", "!'", ".’", "?’", "!’")) and sum(  # don't ...
            w[:1].isupper() for w in words) < 0.6 * len(words)  # why.'", "‘I think ...’"; no
        # heading in marks ("'Legend of the Lakes.'")
    if stripped[:1] == "”" and stripped[1:2].isalpha() and stripped.endswith("”") and len(
            stripped.split()) >= 4:
        return True  # ”The mass population is trying ... accidents.”: opened with the wrong mark
    if stripped[:1] == "“" and not any(mark in stripped for mark in "”\"") and len(
            stripped.split()) >= 6:
        return True  # a quotation of several paragraphs opens each with its mark and closes
        # only the last: “A loving husband and father, Bill began his career ...
    topic = _TOPIC_COLON.match(stripped)
    if topic and stripped.endswith(("”", '"')) and (
            len(stripped) - topic.end() > 0.5 * len(stripped)):
        return True
    lead = _LEAD_IN.match(stripped)
    if lead and stripped.endswith((".”", "!”", "?”", '."')) and (
            len(stripped) - lead.end() > 0.6 * len(stripped)):
        return True  # 'That’s when “you’re working six days a week.”': a few words lead in
    if stripped[:1] not in "\"“«" or len(stripped.split()) < 2:
        return False
    if len(stripped.split()) < 4:  # “Get ready now.”: short, but a sentence for its full stop
        return stripped.endswith((".”", "!”", "?”", '."', '!"', '?"', ".»", "!»", "?»"))
    closing = max(stripped.rfind("\""), stripped.rfind("”"), stripped.rfind("»"))
    return closing > len(stripped) * 0.6 and not _UNNAMED_AFTER.match(stripped, closing + 1)
    # '"...," a man at the rally, who didn't want to give his name, told CBS': someone
    # unnamed said it after all, no continuation


# a transcript's speaker label: "Tom Frieden: Good afternoon", "DR. ANNE SCHUCHAT: Thank you"
_LABEL = re.compile(r"^\s*(?:(?i:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Prof)\.?\s+)?"
                    r"(?P<src>[A-ZÀ-Ý][A-Za-zÀ-ÿ’'\-]+(?:\s+[A-Z]\.)?"
                    r"(?:\s+[A-ZÀ-Ý][A-Za-zÀ-ÿ’'\-]+){1,2})"
                    r"(?P<cue>:)\s+(?=[\"“A-Z])")


# a cleric's title and name before the colon: "Pope Francis: First of all, ...", "Father
# Lombardi: Now, dear friends"
CLERIC = r"(?:Pope|Father|Fr\.|Cardinal|Bishop|Archbishop|Rabbi|Sheikh|Imam|Reverend|Rev\.)"
_TITLED_LABEL = re.compile(rf"^\s*{CLERIC}\s+(?P<src>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)"
                           r"(?P<cue>:)\s+(?=[\"“A-Z])")
# an office and a colon before a quotation: 'Minister of Culture: "..."', 'The Mayor: “...”'
_ROLE_LABEL = re.compile(
    r"^\s*(?:The\s+)?(?P<src>(?:[A-Z][a-z]+\s+){0,2}(?:Prime\s+Minister|Minister|President|Mayor|"
    r"Governor|Secretary|Spokesperson|Spokesman|Spokeswoman|Ambassador|Chairman|Chairwoman|"
    r"Director|Commissioner|Chancellor|Premier)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]+"
    r"(?:\s+(?:and\s+)?[A-Z][\w\-]+){0,3})?)\s*(?P<cue>:)\s*[\"“«]")


def speaker_label(sentence: str) -> Finding | None:
    """A line of a transcript opened by its speaker's name and a colon. The name must start
    with a known given name, so "Breaking News: ..." and "Editor's Note: ..." are no speakers;
    a name in capitals is written as a name ("TOM FRIEDEN" -> "Tom Frieden")."""
    found = _LABEL.match(sentence)
    first = found.group("src").split()[0].lower() if found else ""
    plain = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()
    if found is None or (first not in first_names()
                         and not (plain != first and found.group("src").isupper())):
        # a name in capitals with an accent needs no known given name: "AMÉLIE MAURESMO:" (a
        # kicker in capitals has none: "EVACUATION UPDATE:"); an office may stand for one
        titled = _TITLED_LABEL.match(sentence)
        if titled:
            return Finding(":", titled.group("src"), "person", "en:transcript", 0.85)
        role = _ROLE_LABEL.match(sentence)  # before a quotation: 'Minister of Culture: "..."'
        return role and Finding(":", role.group("src"), "group", "en:role-label", 0.8)
    source = found.group("src")
    return Finding(":", source.title() if source.isupper() else source, "person",
                   "en:transcript", 0.85)
