"""Arabic attribution rules: reporting verbs (all forms), cue phrases, and the source after them.

Works on the normalised sentence (claims.normalize) and returns mentions as written in the original.
Arabic news puts the verb first: [و|ف|كما|وقد|من جانبه،] VERB [SOURCE] [أن|إن|عن|على|: ...].
"""
from __future__ import annotations

import re
from functools import cache

from claims.findings import Finding
from claims.lexicon import entries, phrase_pattern, words_ar
from claims.normalize import normalize_ar, normalize_with_map, to_original

# An abbreviation ("د.", "أ.د.") is one token; other punctuation stands alone.
TOKEN = re.compile(
    r"(?:[\u0621-\u064A]\.){1,3}(?=\s)|[^\s،,:؛;.!?؟\"“”«»()\[\]]+|[،,:؛;.!?؟\"“”«»()\[\]]"
)
PUNCT = set("،,:؛;.!?؟\"“”«»()[]")
# Leading words that may stand before the verb ("ومن جانبه،", "كما", "وقد", "وفي سياق متصل").
_LEAD = {normalize_ar(w) for w in (
    "و", "ف", "كما", "وكما", "وقد", "قد", "ومن", "من", "جانبه", "جانبها", "ناحيته", "ناحيتها",
    "جهته", "جهتها", "بدوره", "بدورها", "وبدوره", "وبدورها", "ثم", "بدوره", "أيضا", "ايضا", "كذلك",
)}
# Words after which the source has ended (or that show it was dropped).
STOP_WORDS = {normalize_ar(w) for w in (
    "أن", "إن", "ان", "أنه", "إنه", "انه", "أنها", "إنها", "أنهم", "إنهم", "أنهما", "إنهما", "أننا",
    "إننا", "أنني", "إنني", "بأنه", "بأنها", "بأنهم", "بأن", "بان", "عن", "على", "إلى", "الى",
    "في", "من", "خلال", "عقب", "لدى", "مع", "قائلا", "قائلة", "حول", "أمام", "اليوم", "أمس", "امس",
    "بعد", "قبل", "ضمن", "خاصة", "لـ", "ل", "إنّ", "أنّ", "بشأن", "إزاء", "تجاه",
    "امام", "ان:", "بينما", "حيث", "الذي", "التي", "وأن", "وإن", "هذه", "هذا", "ذلك", "لوكالة",
    "لصحيفة", "لقناة", "للصحفيين", "لـكونا", "كونا", "قوله", "قولها", "قولهم", "قولهما",
)}
_DROPPED_AFTER = {normalize_ar(w) for w in (
    "أن", "إن", "ان", "أنه", "إنه", "انه", "أنها", "إنها", "أنهم", "إنهم", "أنهما", "إنهما", "أننا",
    "إننا", "أنني", "إنني", "بأن", "بأنه", "بأنها", "بأنهم", "عن", "على", "إلى", "الى", "قائلا",
    "قائلة", "في")}
# "وأكد سموه": an honorific standing for the person named before, like a dropped subject.
_HONORIFIC_PRONOUNS = {normalize_ar(w) for w in (
    "سموه", "سموها", "معاليه", "معاليها", "سعادته", "سعادتها", "فضيلته", "جلالته", "فخامته")}
# Time words that end a source ("قال الوزير صباح اليوم") unless a name: "الشيخ صباح الخالد".
_TIMES = {normalize_ar(w) for w in ("صباح", "مساء")}
_TIME_AFTER = {normalize_ar(w) for w in (
    "اليوم", "أمس", "امس", "الغد", "يوم", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
    "الخميس", "الجمعة", "السبت")}
_GROUP_PLACE = {normalize_ar("في")}
_VAGUE_SUBJECTS = {normalize_ar(w) for w in (
    "التقارير", "تقارير", "مصادر", "المصادر", "مراقبون", "المراقبون", "محللون", "المحللون",
    "خبراء", "مراقبين", "أوساط", "الأنباء", "أنباء", "مصدر", "المصدر", "مسؤول", "مسؤولون",
    "مسؤولين", "دبلوماسي", "دبلوماسيون", "ناشطون", "شهود", "مختصون")}
_RELAY = normalize_ar("نقل")  # "نقلت الوكالة عن الوزير قوله": the source is the one after عن
# A wire dateline before the lead sentence: "الكويت - 22 - 11 (كونا) --", "بيروت (رويترز) -".
_DATELINE = re.compile(
    r"^\s*(?:[^\s\d()«»\"-]+\s+){0,2}[^\s\d()«»\"-]+\s*"
    r"(?:(?:[-–—/]\s*\d{1,4}\s*){1,3}(?:\([^()]{1,30}\)\s*)?|\([^()]{1,30}\)\s*)(?:--|[-–—:])\s*"
)
_IMPERSONAL = {normalize_ar(w) for w in ("يذكر", "ويذكر")}  # followed by أن: "it is worth noting"
_AMBIGUOUS = {normalize_ar(w) for w in ("عبر", "بين", "ذكر", "تابع", "ختم", "دعا", "رأى", "طالب",
                                          "علق", "رد", "توقع")}


@cache
def _verb_forms() -> dict[str, tuple[str, str, bool]]:
    """Every written form of every cue verb -> (stem, number, feminine)."""
    forms: dict[str, tuple[str, str, bool]] = {}
    for line in entries("cues_ar") + entries("cues_object_ar"):
        past, _, present = (part.strip() for part in line.partition("|"))
        past = normalize_ar(past)
        base = past[:-1] if past.endswith(("ي", "ا")) and len(past) > 2 else past
        variants = {past: ("sg", False), base + "ت": ("sg", True), past + "ت": ("sg", True),
                    past + "ا": ("dual", False), base + "تا": ("dual", True),
                    past + "تا": ("dual", True), base + "وا": ("pl", False),
                    past + "وا": ("pl", False)}
        if present:
            present = normalize_ar(present)
            variants.update({"ي" + present: ("sg", False), "ت" + present: ("sg", True),
                             "ي" + present + "ان": ("dual", False),
                             "ي" + present + "ون": ("pl", False)})
        for form, (number, feminine) in variants.items():
            for prefix in ("", "و", "ف"):
                forms.setdefault(prefix + form, (past, number, feminine))
    return forms


@cache
def _object_verbs() -> frozenset[str]:
    return frozenset(normalize_ar(line.partition("|")[0].strip()) for line in entries("cues_object_ar"))


def _tokens(normalized: str) -> list[re.Match[str]]:
    return list(TOKEN.finditer(normalized))


def attribute(sentence: str) -> Finding | None:
    normalized, index_map = normalize_with_map(sentence)
    tokens = _tokens(normalized)
    words = [t.group() for t in tokens]

    def original(start_token: int, end_token: int) -> str:
        start, end = to_original(index_map, tokens[start_token].start(), tokens[end_token - 1].end())
        return sentence[start:end]

    vague = phrase_pattern("vague_ar", True).search(normalized)
    dateline = _DATELINE.match(normalized)
    first = next((i for i, t in enumerate(tokens) if t.start() >= dateline.end()), len(tokens)) \
        if dateline else 0
    verb_at = _find_verb(words, first)
    if verb_at is None:
        verb_at = _verb_after_quote(words)
    if (verb_at is not None and words[verb_at] in _IMPERSONAL
            and words[verb_at + 1:verb_at + 2] in (["ان"], ["انه"])):
        return None  # "يذكر أن الكويت انضمت ...": background the writer adds, no source
    if verb_at is not None:
        stem, number, feminine = _verb_forms()[words[verb_at]]
        cue = original(verb_at, verb_at + 1)
        source_at = verb_at + 1
        if stem == _RELAY:
            source_at = next((i + 1 for i in range(verb_at + 1, min(len(words), verb_at + 10))
                              if words[i] == "عن"), None)
            if source_at is None:
                return None
        found = _source_after(words, source_at)
        if stem in _object_verbs() and not _has_object(words, found[1] if found else source_at):
            return None
        if found is None:
            if vague:
                return None
            return Finding(cue, None, "dropped", "ar:verb-dropped-subject", 0.8, number, feminine)
        start, end, kind = found
        if kind == "vague" or (vague and vague.start() <= tokens[start].start()):
            return Finding(cue, original(start, end), "vague", "ar:vague-source", 0.7, number, feminine)
        return Finding(cue, original(start, end), kind, f"ar:verb-{kind}", 0.92, number, feminine)
    phrase = _cue_phrase(normalized)
    if phrase is not None:
        first = next((i for i, t in enumerate(tokens) if t.start() >= phrase.end()), None)
        if first is not None:
            found = _source_after(words, first, after_phrase=True)
            if found is not None and found[2] != "vague":
                start, end, kind = found
                cue = sentence[slice(*to_original(index_map, phrase.start(), phrase.end()))].strip()
                return Finding(cue, original(start, end), kind, f"ar:phrase-{kind}", 0.88)
    return None


def _has_object(words: list[str], at: int) -> bool:
    """A verbal-noun object or a ب complement soon after the source (cues_object_ar):
    "جددت الوزارة في بيان لها اليوم موقف الكويت"."""
    return any(opens_object(w) or w.startswith("ب") for w in words[at:at + 8])


def _find_verb(words: list[str], first: int = 0) -> int | None:
    forms = _verb_forms()
    position = 0
    for index, word in enumerate(words[first:first + 8], start=first):
        if word in PUNCT:
            continue
        if word in forms:
            stem = forms[word][0]
            if stem in _AMBIGUOUS and position > 2:
                return None
            return index
        if word not in _LEAD:
            position += 1
            if position > 2:
                return None
    return None


def _verb_after_quote(words: list[str]) -> int | None:
    """The verb right after a quotation that opens the sentence: "«نحن ملتزمون»، قال الوزير"."""
    if not words or words[0] not in ("«", "“", '"'):
        return None
    for index, word in enumerate(words[1:], start=1):
        if word in ("»", "”", '"'):
            after = index + 1 + (index + 1 < len(words) and words[index + 1] in ("،", ","))
            return after if after < len(words) and words[after] in _verb_forms() else None
    return None


@cache
def _cue_phrase_pattern() -> re.Pattern[str]:
    phrases = sorted((normalize_ar(p) for p in entries("cue_phrases_ar")), key=len, reverse=True)
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s*") for p in phrases)
    return re.compile(r"(?:^|(?<=\s)|(?<=[،,]))[وف]?(?:" + alternation + ")")


def _cue_phrase(normalized: str) -> re.Match[str] | None:
    return _cue_phrase_pattern().search(normalized)


def _source_after(words: list[str], at: int, after_phrase: bool = False) -> tuple[int, int, str] | None:
    """(first token, end token, kind) of the source starting at `at`, or None when dropped."""
    if after_phrase and at < len(words):
        # "لبيان صادر عن الديوان": the source is the body after "عن"
        for index in range(at, min(at + 5, len(words))):
            if words[index] == "عن" and index + 1 < len(words):
                at = index + 1
                break
        if words[at] in _verb_forms() and at + 1 < len(words) and words[at + 1] in ("به", "بها"):
            at += 2  # "لما صرح به الجهاز"
        elif words[at] in ("به", "بها"):
            at += 1
        if at < len(words) and words[at].startswith("ل") and words[at][1:] in words_ar("documents_ar"):
            return _extent(words, at, at + 1, "document")
    if (at >= len(words) or words[at] in PUNCT or words[at] in _DROPPED_AFTER
            or words[at] in _HONORIFIC_PRONOUNS or opens_object(words[at])):
        return None
    head = words[at]
    if head.startswith(("بال", "لل")) or (head.startswith("ب") and not after_phrase and len(head) > 3
                                           and head[1:] not in words_ar("titles_ar")):
        return None
    if head in _VAGUE_SUBJECTS:
        return at, at + 1, "vague"
    if head in words_ar("documents_ar"):
        return at, at + 1, "document"
    if head in words_ar("groups_ar"):
        end = at + 1
        if end + 1 < len(words) and words[end] in _GROUP_PLACE and words[end + 1] not in PUNCT:
            end += 2  # "المشاركون في الاجتماع"
        return at, end, "group"
    if head in words_ar("bodies_ar"):
        return _extent(words, at, at + 1, "body")
    return _extent(words, at, at + 1, "person")


_HARD_STOP = {normalize_ar(w) for w in ("أن", "إن", "ان", "أنه", "إنه", "انه", "بأن", "عن", "على",
                                         "قائلا", "قائلة", "إلى", "الى")}


def _titled_extent(words: list[str], start: int) -> tuple[int, int, str] | None:
    """A role description ending in a title and a name: "ممثل ... لدى دولة الكويت الدكتور طارق
    الشيخ". Returns None when no title comes before the clause goes on."""
    titles = words_ar("titles_ar")
    for index in range(start, min(len(words), start + 18)):
        word = words[index]
        if word in PUNCT or word in _HARD_STOP:
            return None
        if word in titles and index + 1 < len(words) and words[index + 1] not in PUNCT:
            end = index + 1
            while end < len(words) and words[end] in titles:
                end += 1
            names = 0
            while (end < len(words) and names < 4 and not ends_source(words, end, names == 0)
                   and not words[end].startswith(("بال", "لل"))):
                end += 1
                names += 1
            return (start, end, "person") if names else None
    return None


def _extent(words: list[str], start: int, end: int, kind: str) -> tuple[int, int, str]:
    """Grow the mention to the right until a stop word or punctuation (roles and titles included)."""
    if kind == "person":
        titled = _titled_extent(words, start)
        if titled is not None:
            return titled
    limit = min(len(words), start + (9 if kind == "body" else 16))
    while end < limit and not ends_source(words, end):
        if kind == "body" and not body_goes_on(words[end - 1], words[end]):
            break
        if kind == "person" and words[end].startswith(("بال", "لل")) and not _inside_role(words, start, end):
            break
        end += 1
    return start, end, kind


@cache
def _objects() -> frozenset[str]:
    return words_ar("objects_ar")


def opens_object(word: str) -> bool:
    """"أهمية", "القبض", "حرصهما": a verbal noun that opens the verb's object (objects_ar)."""
    bare = word[2:] if word.startswith("ال") else word
    objects = _objects()
    if bare in objects:
        return True
    for suffix in ("ه", "ها", "هما", "هم"):  # "حرصهما"; "دعوته" is دعوة + ه
        base = bare[:-len(suffix)]
        if bare.endswith(suffix) and (base in objects or base[-1:] == "ت" and base[:-1] + "ه" in objects):
            return True
    return False


def ends_source(words: list[str], at: int, name_start: bool = False) -> bool:
    """True when words[at] is past the source: punctuation, a stop word, the verb's object, or
    a time ("صباح اليوم"; after a title, "صباح" before anything else is a name)."""
    word = words[at]
    if word in _TIMES:
        return not name_start or words[at + 1:at + 2] == [] or words[at + 1] in _TIME_AFTER
    return word in PUNCT or word in STOP_WORDS or opens_object(word)


def body_goes_on(previous: str, word: str) -> bool:
    """Whether `word` still belongs to a body's name after `previous`. After a definite word
    only a definite word, a preposition phrase or "غير" goes on: "الجمعية الكويتية لحقوق
    الإنسان سارة الراشد" ends before the person, "الجهاز المركزي لمعالجة أوضاع المقيمين بصورة
    غير قانونية" does not end."""
    if not continues_body_name(word):
        return False
    if word.startswith("بال"):
        return False  # "رحبت وزارة الصحة بالخطوة"
    return not (previous.startswith(("ال", "لل")) and not word.startswith(("ال", "ب", "ل"))
                and word != "غير")


def continues_body_name(word: str) -> bool:
    """Words after a body's head noun that still belong to its name: not a new conjunct ("ووزارة")
    and not an indefinite accusative object ("اجتماعا")."""
    if word.startswith("و") and len(word) > 2:
        return False
    return not (word.endswith("ا") and not word.startswith("ال") and len(word) > 3)


def _inside_role(words: list[str], start: int, end: int) -> bool:
    """True while a mention that opened with a role has seen no title yet: "مساعد وزير
    الخارجية لشؤون ..." keeps going, "علي بالضيوف" does not."""
    titles = words_ar("titles_ar")
    return words[start] in words_ar("roles_ar") and not any(w in titles for w in words[start:end])
