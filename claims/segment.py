"""Sentence boundaries for Arabic and English news, as offsets into the original text.

Every line is a unit of its own (headlines, headings, datelines, stray lines such as "." or "Ad").
Inside a line a sentence ends at . ! ? ؟ … (and ؛ between two full clauses) followed by white space
(in Arabic also a stop with no space before the next word), unless the full stop belongs to an
abbreviation or initial, the next word starts in lower case, or the stop sits inside a quotation
that closes on the same line; ".." joins the two halves of an Arabic headline. Spans never include surrounding white
space or invisible format characters, and together they cover every other character of the text.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator

from claims.model import Span
from claims.wraps_en import english_wrap, short_wrap

MAX_SENTENCE_CHARS = 3000  # a longer run is not one sentence; cut it at white space
MAX_QUOTE_CHARS = 1500  # a quotation longer than this does not hold its full stops together

_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
# What may follow a stop and still belong to it: closing quotes and brackets, invisible controls.
_CLOSERS = "\"'”’»)]" + "".join(chr(c) for c in (*range(0x200B, 0x2010), *range(0x202A, 0x202F),
                                                  *range(0x2060, 0x206A), 0xFEFF))
_TERMINAL = re.compile(rf"(?:[.!?؟…]+|؛)[{re.escape(_CLOSERS)}]*(?=\s)"
                       # "الوزراء.وأكد", 'طالب".وأضاف', "جنيهاً.وكانت": a stop with no
                       # space before Arabic
                       r"|[.!؟](?<=(?:[\u0621-\u064A]{2}|[\u0621-\u064A][\u064B-\u0652]|"
                       r"[\u0621-\u0652][\"”»])[.!؟])"
                       r"(?=[\u0621-\u064A])"
                       # "... edged slightly lower.The closely watched report said": an English
                       # stop with no space after it, between a word and a capitalised one
                       # (each looks back only from its mark, not from every character)
                       r"|\.(?<=[a-z0-9]{2}\.)(?=[A-Z][a-z]{2})"
                       # "What is already known about this topic?In 2015, ...": a question mark
                       r"|[?!](?<=[a-z]{3}[?!])(?=[A-Z][a-z])")

_WORD = re.compile(r"\w+")
_ACRONYM_AR = re.compile(r"(?<![\u0621-\u064A])(?:[\u0621-\u064A]{1,3}\.){2,}[\u0621-\u064A]{1,3}"
                         r"(?![\u0621-\u064A])")
# Arabic short vowels are marks, no \w: "يوميًا." is one word, not the letter "ا" of "م."
_ARABIC_INITIALS = re.compile(r"[\u0621-\u064A](?:\.[\u0621-\u064A])+")
_TOKEN_BEFORE = re.compile(r"[\w\u064B-\u065F\u0670.\-]+$")

TITLE_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "lt", "col", "maj", "capt",
    "sgt", "gov", "sen", "sens", "rep", "reps", "rev", "hon", "pres", "supt", "insp", "det", "cpl",
    "adm", "cmdr", "brig", "fr", "messrs", "mme", "mlle", "vs", "e.g", "i.e", "approx", "dept",
    "univ", "ave", "blvd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec",
}
# Company forms and US state abbreviations (AP style): they end a sentence too, so they hold
# it together only before a bracket.
NAME_ABBREVIATIONS = {
    "inc", "corp", "co", "ltd", "llc", "plc", "bros", "ala", "ariz", "ark", "calif", "colo", "conn",
    "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo",
    "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "vt", "va", "wash", "wis", "wyo",
}
_COMPANY_FORMS = {"inc", "corp", "co", "ltd", "llc", "plc"}
# Abbreviations that stand before a number ("No. 5", "Vol. 2"), and only there.
NUMBER_ABBREVIATIONS = {"no", "nos", "vol", "pp", "p", "fig", "art", "sec", "ch", "para"}
_THAT_AR = {"أن", "إن", "بأن", "ان", "بان"}
# what goes on after ؛ as part of the same sentence: a purpose or a result ("لإضافة", "لتعزيز",
# "للاستحواذ", "ليرتفع"), a reason ("لأن"), an elaboration ("وذلك مقابل", "حيث", "بما يخدم") or
# an adverb ("استناداً إلى"); not a new clause that opens with ل ("لكن", "لذلك", "لم")
_REASON_AR = {"لأن", "لان", "لأنه", "لانه", "لأنها", "لكي", "كي", "وذلك", "حيث", "بما", "مما"}
_NEW_CLAUSE_AR = {"لكن", "لكنه", "لكنها", "لكننا", "لذلك", "لذا", "لهذا", "لم", "لن", "لا", "لقد",
                  "لدى", "ليس", "ليست", "له", "لها", "لهم"}
# Words that start a new sentence after a dotted acronym ("in the U.S. The ...").
SENTENCE_STARTERS = {
    "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "an", "this", "that",
    "there", "his", "her", "their", "its", "our", "on", "at", "after", "as", "for", "if", "when",
}
# A speaker and a speech verb right after a quoted question: '"Why now?" Smith asked.'
_SAID_AFTER = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:said|says|asked|asks|added|told|"
                         r"replied|wrote|explained|noted|wondered|tweeted|posted|shouted|"
                         r"exclaimed|insisted|warned)\b")
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_ARABIC_LETTER = re.compile(r"^[\u0621-\u064A]$")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A]")
# an office a line may end on before its field: "وزير المالية ووزير" / "النفط ..."
_ROLE_AR = re.compile(r"(?:وزير|وزيرة|رئيس|رئيسة|نائب|مدير|مديرة|أمين|عضو|مستشار)$")
_READ_MORE = re.compile(r"(?:READ MORE|Read more|ALSO READ|Also read|RELATED)\s*:")
_QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’"}
_ANY_QUOTE = re.compile("[" + re.escape('"' + "".join(_QUOTE_PAIRS) + "".join(_QUOTE_PAIRS.values())) + "]")


def is_blank(char: str) -> bool:
    """White space and invisible format characters (zero-width, bidi controls, BOM)."""
    return char.isspace() or unicodedata.category(char) == "Cf"


def segment(text: str) -> list[Span]:
    return list(iter_sentences(text))


def iter_sentences(text: str) -> Iterator[Span]:
    for begin, end in _wrapped(text):
        start = begin
        for cut in _line_boundaries(text, begin, end):
            yield from _trimmed(text, start, cut)
            start = cut
        yield from _trimmed(text, start, end)


def _wrapped(text: str) -> Iterator[tuple[int, int]]:
    """The lines of the text, a hard-wrapped paragraph joined into one: a run of Arabic lines of
    about the same width (40 to 100 characters, within 10 of each other), one straight after the
    other, where none but the last ends in a stop and none is a "name:" headline ("قال المستشار
    ... إن نسبة" / "المشاركة فى اليوم الثالث ..." / "ليوم ثالث."); an English line with no stop
    whose next line opens in lower case goes on too. A headline over a paragraph is no such run:
    the paragraph's line is longer than the headline's."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    index = 0
    while index < len(lines):
        last = index
        while last + 1 < len(lines) and _wraps(text, lines, last, index):
            last += 1
        yield lines[index][0], lines[last][1]
        index = last + 1


def _wraps(text: str, lines: list[tuple[int, int]], at: int, first: int) -> bool:
    (begin, end), (next_begin, next_end) = lines[at], lines[at + 1]
    breaks = text.count("\n", end, next_begin)
    if breaks > 2 or text[end:next_begin].strip():
        return False  # two blank lines or more between: a new paragraph
    line = text[begin:end].rstrip()
    if not line or line[-1] in ".!?؟…:;؛\"”»'’)" or _ends_in_stop(text, end):
        return False
    following = text[next_begin:next_end].lstrip()
    if _BULLET.match(following) or _BULLET.match(line.lstrip()):
        return False  # a list's items stand apart, however alike their widths
    if ((following[:1].islower() and (line[-1:].isalnum() or line[-1:] == ","))
            or (breaks == 1 and line.rsplit(None, 1)[-1] in _OPEN_ENDED
                and following[:1].isalnum())) and (
            len(line) >= 30 or at > first or line.rsplit(None, 1)[-1] in ("a", "an", "the")
            or (breaks == 1 and following[:1].islower() and short_wrap(line, following))) and (
            breaks == 1 or _cut_short(line, at > first)):
        return True  # "The mayor said on Monday that the" / "new bridge would open ..."; a
        # short line too when it ends in an article ("Schiller said the" / "screen is ...");
        # "... victory on" / "Sunday.", "... by 25 basis points to" / "11.25 percent."
    if breaks != 1:
        return False  # a blank line between: a new paragraph
    last = line.rsplit(None, 1)[-1]
    first_word = following.split(None, 1)[0] if following.strip() else ""
    if _ARABIC_WORD.search(line) and (_left_open(line, following) or (
            len(line) >= 80 and len(following) <= 40 and following[-1:] in (".", "؟", "!"))
            or ("،" in text[lines[first][0]:end]
                and ((last[:1] == "و" and _ROLE_AR.match(last[1:]) is not None
                      and _ARABIC_WORD.match(first_word) is not None)
                     or first_word.endswith(("،", ","))))):
        return True  # a quotation opened and closed on the next line; a long line, then the
        # few words that end its sentence ("... والناشطين" / "في السعودية."); a clause cut
        # after a comma ("قال أنس الصالح، وزير المالية ووزير" / "النفط ... في الحكومة" /
        # "الكويتية، إن ...")
    if any(_LABEL.match(text, b, e) for b, e in lines[first:at + 2]):
        return False  # "العتيبي: هل تأخرت النتائج؟": headlines with a speaker's colon
    width = max(e - b for b, e in lines[first:at + 1])
    return (40 <= len(line) <= 100 and abs(len(line) - width) <= 10
            and len(following) <= width + 10
            and (_ARABIC_WORD.search(line) is not None or english_wrap(line, following))
            and (at > first or _next_line_wraps(text, lines, at + 1, len(line))))


_KEEP_GOING = {"a.m", "p.m", "e.g", "i.e", "vs", "etc", "u.s", "approx"}
_LABEL = re.compile(r"[^:\n]{1,40}:")
_BULLET = re.compile(r"[•·▪◦●■*–—-]\s|\d{1,2}[.)]\s")
# words no sentence or headline ends with
_OPEN_ENDED = {"a", "an", "the", "of", "to", "in", "on", "for", "with", "and", "or", "but", "its",
               "their", "his", "her", "our", "that", "some", "are", "is", "was", "were", "be",
               "by", "from", "at", "as", "than", "into", "about"}


def _left_open(line: str, following: str) -> bool:
    """The line opens a quotation ("“", "«") that the next line closes."""
    return any(line.rfind(opening) > line.rfind(closing) and closing in following
               for opening, closing in (("“", "”"), ("«", "»")))


def _cut_short(line: str, in_run: bool) -> bool:
    """A line cut off before a blank line, the sentence going on after it (a page's text copied
    with its line breaks doubled): it ends in a word no sentence ends with, it is long, or it
    goes on a run of such lines. A headline over a paragraph is none of these."""
    return (in_run or len(line) >= 80
            or line.rsplit(None, 1)[-1].lower() in _OPEN_ENDED)


def _next_line_wraps(text: str, lines: list[tuple[int, int]], at: int, width: int) -> bool:
    """A run must hold two full lines: a headline over a short first line of a paragraph, or
    two headlines, are no wrapped paragraph."""
    if at + 1 >= len(lines):
        return False
    begin, end = lines[at]
    line = text[begin:end].rstrip()
    return (bool(line) and line[-1] not in ".!?؟…:;؛" and abs(len(line) - width) <= 10
            and text.count("\n", end, lines[at + 1][0]) == 1)


GLUED_CUE = re.compile(r"(?<=[\u0621-\u064A»”\"])و(?:أضاف|اضاف|أكد|اكد|أشار|اشار|قال|أوضح|اوضح|تابع|"
                        r"لفت|شدد|كشف)(?:ت|وا|ا)?(?=[\s،,])")


def _line_boundaries(text: str, begin: int, end: int) -> Iterator[int]:
    """Positions inside one line where a sentence ends; none in a link to another story
    ("READ MORE: FlyBe news: Has FlyBe gone bust? Are flights cancelled? Airline on ...")."""
    if _READ_MORE.match(text, begin, end):
        return
    quoted = _quoted_ranges(text, begin, end)
    last = begin
    glued = GLUED_CUE.search(text, begin, min(end, begin + 80))
    if glued is not None and glued.start() - begin >= 8:  # "مساعدات غذائيةوأضافت الصايغ، ...":
        yield glued.start()  # a subheading the page ran into its paragraph, with no space
        last = glued.start()
    caseless = None  # a paragraph with no capital letter (speech to text): lower case may open
    for match in _TERMINAL.finditer(text, begin, end):
        stop = match.end()
        if _inside(quoted, stop - 1):  # a stop followed by its closing mark is outside
            continue
        if not _ends_sentence(text, match.group(), match.start(), stop, end, last):
            if caseless is None:
                caseless = text[begin:end].islower()
            if not (caseless and match.group()[:1] in ".!?…"
                    and _next_word(text, stop, end)[:1].islower()
                    and _token_before(text, match.start(), last).lower() not in _KEEP_GOING):
                continue  # ("between 8:00 p.m. and 3:00 a.m." in a line with no capital)
        yield stop
        last = stop


_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][\w’'\-]*,[ \t]+(?:said|says|added|told)\b")


_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_BROKEN_WORD = re.compile(r"(?<![\u0621-\u064a])ال[\u0621-\u064a]$")  # "الح" before a dot


def _ends_sentence(text: str, mark: str, at: int, stop: int, line_end: int, last: int) -> bool:
    after = _next_word(text, stop, line_end)
    if not after:
        return True
    first = after[0]
    if first.islower():  # "approx. the", "... and then" (Arabic has no case, so never here)
        return False
    core = mark.rstrip(_CLOSERS)
    if core == "!" and text[max(0, at - 6):at].endswith((" E", "\nE", "Yahoo")) and (
            after in ("News", "Online", "Finance")):
        return False  # "obtained by E! News", "Yahoo! Finance": a name with its mark
    if core == "?" and _NAME_GOES_ON.match(text, stop):
        return False  # "Rory Boland, Editor of Which? Travel, said:": a name with its mark
    if core[-1:] in "?!" and mark[-1:] in "\"'”’" and _SAID_AFTER.match(text, stop):
        return False  # '"What bone?" Harbaugh said.': the question is what he said
    if core == "." and _ARABIC_LETTER.match(text, stop) and _BROKEN_WORD.search(
            text, max(0, at - 4), at):
        return False  # "هجمات الح.وثيين": a dot inside a word (not "مستمر.وأضاف")
    if core == ".." and _ARABIC_WORD.match(after) and not _ends_in_stop(text, line_end):
        return False  # a headline's two parts: "ولي العهد يترأس القمة.. ويرحب بالرؤساء"
    if core in ("..", "...", "…") and _in_brackets(text, last, at, stop):
        return False  # "شعار (لقحوا أطفالكم الآن.. ليبقوا بأمان)": the dots of a slogan
    if core == ".." and after in _THAT_AR:
        return False  # "وأضاف في تصريحات لـ«وام» .. أن الدول": what he said follows
    if core == "؛":
        written = text[stop:line_end].split(maxsplit=1)  # the word with its marks
        if (after.startswith("ل") and after not in _NEW_CLAUSE_AR) or after in _REASON_AR or (
                written and written[0].endswith(("اً", "ًا"))):
            return False  # "منذ فترة؛ لإضافة وجهات جديدة", "؛ لأن": the purpose or the reason
        return _word_count(text[last:at]) >= 4 and _word_count(text[stop:stop + 200]) >= 4
    if core != ".":
        return True
    if any(m.start() < at < m.end() for m in _ACRONYM_AR.finditer(text, max(0, at - 16),
                                                                    at + 16)):
        return False  # "شركة كيه.إل.إم": a Latin acronym written in Arabic letters
    token = _token_before(text, at, last)
    if not token:
        return True
    lower = token.lower()
    if lower in TITLE_ABBREVIATIONS or lower.rsplit("-", 1)[-1] in TITLE_ABBREVIATIONS:
        return False  # "then-Gov. Matt Bevin" too
    if token == "v" and after[:1].isupper() and text[:at - 1].rstrip()[-1:].isalpha():
        return False  # a case's name: "Burwell v. Hobby Lobby"
    if lower in NAME_ABBREVIATIONS and text[stop:stop + 3].lstrip()[:1] == "(":
        return False  # "Libbey Inc. (NYSE American: LBY) announced"
    if lower in _COMPANY_FORMS and not _ends_in_stop(text, line_end) and _title_case(
            text[stop:line_end]):
        return False  # a headline: "Aceragen, Inc. Receives Nasdaq Notice Regarding ..."
    if lower in NUMBER_ABBREVIATIONS and after[0].isdigit():
        return False
    if token in ("Sec", "SEC") and after[:1].isupper():
        return False  # a secretary: "SEC. SHANAHAN:", "Sec. Blinken"
    if lower == "ft" and after[:1].isupper() and not text[:at - len(token)].rstrip()[-1:].isdigit():
        return False  # "Ft. Lauderdale", "Ft. Worth"; "rose 6 ft. The" ends a sentence
    if len(token) == 1 and (token.isupper() or _ARABIC_LETTER.match(token)):
        return False  # an initial ("George W. Bush") or an Arabic abbreviation ("د.", "م.")
    if len(token) == 2 and token[0] == "و" and _ARABIC_LETTER.match(token[1]):
        return False  # the same after "و": "ود.حسن جوهر"
    if _ARABIC_INITIALS.fullmatch(token):
        return False  # "أ.د. عمر محمد الطالب": letters with stops, a professor's title
    if _DOTTED_ACRONYM.match(token):
        return after.lower() in SENTENCE_STARTERS  # "U.N. officials" vs "in the U.S. The"
    return True


def _in_brackets(text: str, last: int, at: int, stop: int) -> bool:
    """The mark stands inside brackets the sentence opened and closes soon after it."""
    opened = text.rfind("(", last, at)
    closing = text.find(")", stop, stop + 80)
    return opened > text.rfind(")", last, at) and closing >= 0 and "(" not in text[stop:closing]


def _ends_in_stop(text: str, line_end: int) -> bool:
    """Whether the line ends in a full stop, as running text does and a headline does not."""
    end = line_end
    while end > 0 and (is_blank(text[end - 1]) or text[end - 1] in _CLOSERS):
        end -= 1
    return end > 0 and text[end - 1] in ".!?؟…"


def _title_case(chunk: str) -> bool:
    """Nearly every word of more than three letters opens with a capital, as in a headline."""
    words = [w for w in _WORD.findall(chunk) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _token_before(text: str, at: int, floor: int) -> str:
    match = _TOKEN_BEFORE.search(text, max(floor, at - 40), at)
    return match.group().lstrip(".-") if match else ""


def _next_word(text: str, stop: int, line_end: int) -> str:
    match = _WORD.search(text, stop, min(line_end, stop + 80))
    return match.group() if match else ""


def _word_count(chunk: str) -> int:
    return len(_WORD.findall(chunk))


def _quoted_ranges(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Quotations that open and close within the line (unbalanced marks are ignored), merged and
    sorted so that `_inside` can bisect them."""
    ranges: list[tuple[int, int]] = []
    straight_open: int | None = None
    stack: list[tuple[str, int]] = []
    for found in _ANY_QUOTE.finditer(text, begin, end):  # every other character changes nothing
        index, char = found.start(), found.group()
        if char == '"':
            if straight_open is None:
                straight_open = index
            else:
                if index - straight_open <= MAX_QUOTE_CHARS:
                    ranges.append((straight_open, index))
                straight_open = None
        elif char in _QUOTE_PAIRS and not (char == "‘" and _is_apostrophe_context(text, index)):
            stack.append((_QUOTE_PAIRS[char], index))
        elif stack and char == stack[-1][0]:
            closer, opened = stack.pop()
            if index - opened <= MAX_QUOTE_CHARS:
                ranges.append((opened, index))
    merged: list[tuple[int, int]] = []
    for opened, closed in sorted(ranges + _single_quoted(text, begin, end)):
        if merged and opened <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(closed, merged[-1][1]))
        else:
            merged.append((opened, closed))
    return merged


_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(—–]))'(?=[A-Za-z0-9])", re.MULTILINE)
_SINGLE_CLOSE = re.compile(r"(?<=[.?!,…])'(?=\s|$|[)\]—–;:])", re.MULTILINE)


def _single_quoted(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Quotations in straight single marks ("'Per usual, I don't ... body part. You understand
    why.'"): one opens before a word after a space and closes after a stop or a comma, so the
    apostrophes of "don't" and "Eubanks' injury" are neither."""
    ranges, opened = [], None
    index = text.find("'", begin, end)
    if index < 0:
        return ranges  # most lines hold no straight single mark at all
    closes = {m.start() for m in _SINGLE_CLOSE.finditer(text, begin, end)}
    while index >= 0:
        if opened is None and _SINGLE_OPEN.match(text, index):
            opened = index
        elif opened is not None and index in closes:
            if index - opened <= MAX_QUOTE_CHARS:
                ranges.append((opened, index))
            opened = None
        index = text.find("'", index + 1, end)
    return ranges


def _is_apostrophe_context(text: str, index: int) -> bool:
    return index > 0 and text[index - 1].isalnum()


def _inside(ranges: list[tuple[int, int]], position: int) -> bool:
    index = bisect.bisect_right(ranges, (position, float("inf"))) - 1
    return index >= 0 and ranges[index][0] < position < ranges[index][1]


def _trimmed(text: str, start: int, end: int) -> Iterator[Span]:
    while start < end and is_blank(text[start]):
        start += 1
    while end > start and is_blank(text[end - 1]):
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = _soft_cut(text, start, start + MAX_SENTENCE_CHARS)
        piece_end = cut
        while piece_end > start and is_blank(text[piece_end - 1]):
            piece_end -= 1
        yield Span(start, piece_end)
        start = cut
        while start < end and is_blank(text[start]):
            start += 1
    if end > start:
        yield Span(start, end)


def _soft_cut(text: str, start: int, limit: int) -> int:
    """The last white space before `limit`, or `limit` itself when the run has none."""
    for index in range(limit, start + MAX_SENTENCE_CHARS // 2, -1):
        if text[index - 1].isspace():
            return index
    return limit
