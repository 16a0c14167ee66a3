"""A headline that names its speaker before a colon: "حسين الديماسي : انزلاق الدينار…",
"الغانم: المجلس لن يتهاون", "Trudeau: Canada will not back down" (GUIDELINES: a headline is
attributed when it names who said it). The name before the colon counts only when the article
goes on to quote the same person, so "عاجل:" or "WATCH:" never do."""
from __future__ import annotations

import re

from claims.findings import Finding
from claims.lexicon import words_ar
from claims.normalize import fold_name, normalize_ar
from claims.words_ar import STOP_WORDS, VAGUE_SUBJECTS, is_role_word, verb_forms

_COLON = re.compile(
    r"^\s*[*•#\-–]*\s*(?:عاجل\s*[-–|]\s*)?"  # "عاجل- متحدث «الكهرباء»: ...": a kicker first
    r"(?:[\w.\-]{2,30}[ \t]*\|[ \t]*)?"  # "masatalemi|الحكومة: ...": the site's name first
    r"(?P<name>[^\s:\d]+(?:[ \t]+[^\s:\d]+){0,9})[ \t]*:[ \t]*\S+(?:\s+\S+){2,}")
# "مانشيني في المؤتمر الصحفي: ...": where it was said is no part of the name
_WHERE_AR = re.compile(r"[ \t]+(?:في|خلال|أمام|امام|عقب|بعد|من|عن|مع)[ \t].*$")
_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_TOLD_AR = re.compile(r"[ \t]+لـ?[ \t]*«[^»]{1,20}»[ \t]*$"
                      r"|[ \t]+لـ[ \t]*[^\s:«»]{2,20}[ \t]*$")  # "... لـ السومرية: ..."
_TOLD_THE = re.compile(r"[ \t]+لل[^\s:«»]{2,20}[ \t]*$")  # "بري للنواب: ...": whom he told
# a name in quotation marks before the colon, at the start or after punctuation: "«التعليم»:
# انطلاق العام الدراسي ...", "ردا على ما يتم تداوله.. "جامعة حائل": حققنا ..."; not a body
# inside a role ("متحدث «الجيش السوداني»:"); after و too: "إعلان أسماء الأوائل و«الرافعى»: ..."
_QUOTED_COLON = re.compile(
    r"(?:^\s*|[.:!?؟،,][ \t]*|[ \t]و[ \t]*)[«\"“](?P<name>[^«»\"“”:\n]{2,40})[»\"”]"
    r"[ \t]*:[ \t]*(?:[«\"“]\S+(?:\s+\S+)+|\S+(?:\s+\S+){2,})")  # two words quoted will do


def quoted_colon(text: str) -> re.Match[str] | None:
    return _QUOTED_COLON.search(text)


def colon_source(text: str, lang: str) -> Finding | None:
    """The name before a headline's colon, as a finding the speakers component confirms."""
    match = (lang == "ar" and quoted_colon(text)) or _COLON.match(text)
    if not match:
        return None
    name = _TOLD_AR.sub("", match.group("name"))  # "البغلي لـ «الراي»: ...": who was told
    told = _TOLD_THE.search(name) if lang == "ar" else None
    if told and told.start() and not name[:told.start()].split()[-1].startswith("ال"):
        name = name[:told.start()]  # not "الأعلى للآثار", a body's name
    if lang == "ar" and not is_body(name):  # "السفارة الأمريكية في الكويت" is the body's name
        name = _WHERE_AR.sub("", name)
    words = len(name.split())
    if words > 4 and not (lang == "ar" and words <= 10 and opens_role(name)):
        return None  # a role may be long: "المفوض العام لوكالة الأمم المتحدة لغوث وتشغيل ..."
    if lang == "ar" and _unnamed(name):  # "مسؤولة أممية: ...", "مصدر أمني: ...": no one named
        return Finding(":", name, "vague", "ar:colon-headline-vague", 0.7)
    if lang == "en" and (not all(w[0].isupper() for w in name.split())
                         or name.split()[0].lower() in ("the", "a", "an")):
        return None
    if lang == "en" and name.isupper() and " " not in name and len(text.split()) > 12:
        return None  # "PATNA: Altogether 219 poultry birds ... were culled": a dateline
    return Finding(":", name, "headline", f"{lang}:colon-headline", 0.75)


def _unnamed(name: str) -> bool:
    """An unnamed source without the article, alone or with what describes it: "مسؤول
    أمريكي", "مسؤولة أممية", "مصادر"; not "مسؤول الشرطة" (the police's, a role)."""
    words = normalize_ar(name).split()
    return bool(words) and words[0] in VAGUE_SUBJECTS and not words[0].startswith("ال") and (
        len(words) == 1 or not words[1].startswith("ال"))


def later_source(name: str, sources: list[str]) -> str | None:
    """The first later source mention that holds the headline name's last word ("الغانم" in
    "رئيس مجلس الأمة مرزوق الغانم")."""
    words = _WORD.findall(name)
    if not words:
        return None
    last = fold_name(words[-1]).removeprefix("ال")
    for source in sources:  # "والتعليم" in "وزارة التربية والتعليم" holds "التعليم"
        found = _WORD.findall(source)
        joined = [a + b for a, b in zip(found, found[1:]) if fold_name(a) in _JOINED]
        if any(_bare(w) == last for w in found + joined):  # "عبدالعزيز" is "عبد العزيز"
            return source
    return None


_JOINED = {fold_name(w) for w in ("عبد", "أبو", "ابو")}


def _bare(word: str) -> str:
    word = fold_name(word)
    return (word[1:] if word.startswith("وال") else word).removeprefix("ال")


def named_again(name: str, texts: list[str]) -> bool:
    """A name of two words or more written again in running text, not as another label:
    "READ MORE:" before every link is no speaker."""
    if len(name.split()) < 2:
        return False
    pattern = re.compile(re.escape(name) + r"(?![ \t]*:)")
    return any(pattern.search(text) for text in texts)


def given_name_before(name: str, texts: list[str]) -> str | None:
    """"الكندري" of a highlight "- الكندري: ..." written in full later with a given name
    before it ("عبدالكريم الكندري"): the person, in full."""
    words = name.split()
    if len(words) != 1 or not normalize_ar(name).startswith("ال"):
        return None
    pattern = re.compile(r"(?:^|(?P<mark>[،,:])|(?P<title>[^\s،,.:]+))[ \t]*(?P<name>"
                         r"(?P<given>[^\s،,.:]+)[ \t]+" + re.escape(name)
                         + r")(?=[ \t]*(?:[،,.]|$))", re.M)
    titles = words_ar("titles_ar")
    for text in texts:  # one of a list of names ("الموقعون هم، محمد هايف، عبدالكريم الكندري،"),
        for found in pattern.finditer(text):  # or a name after its title ("الشيخ صباح الخالد")
            given, title = normalize_ar(found.group("given")), found.group("title")
            if title is not None and normalize_ar(title) not in titles:
                continue
            if (given not in verb_forms() and given not in titles and not is_role_word(given)
                    and given not in STOP_WORDS):
                return found.group("name")
    return None


def is_body(name: str) -> bool:
    """An Arabic name that opens with the head of a body ("السفارة الأمريكية", "وزارة الصحة")
    and goes on: a body speaks for itself, named again or not."""
    words = [normalize_ar(w) for w in _WORD.findall(name)]
    bodies = words_ar("bodies_ar")
    return len(words) >= 2 and (words[0] in bodies or "ال" + words[0] in bodies)


# the bodies of a state one word names: "الحكومة: تخفيض أسعار السولار", "الجيش: ..."
_STATE_BODIES = {normalize_ar(w) for w in ("الحكومة", "الرئاسة", "البرلمان", "الجيش", "الشرطة",
                                            "النيابة", "الحكومه")}


# a ministry named by its portfolio and its place: "«صحة غزة»: ...", "تعليم الرياض: ..."
_PORTFOLIO_HEADS = {normalize_ar(w) for w in ("صحة", "تعليم", "تربية", "داخلية", "خارجية",
                                               "كهرباء", "زراعة", "أوقاف", "بلدية")}


def speaks_for_itself(name: str) -> bool:
    """A headline's name before its colon that speaks whether or not the article names it
    again: a body's name ("السفارة الأمريكية لدى الكويت"), one word for a state's body, or a
    portfolio and its place ("صحة غزة")."""
    words = [normalize_ar(w) for w in _WORD.findall(name)]
    return is_body(name) or normalize_ar(name.strip()) in _STATE_BODIES or (
        len(words) == 2 and words[0] in _PORTFOLIO_HEADS and (
            words[1] in words_ar("places_ar") or words[1] in words_ar("countries_ar")))


def opens_role(name: str) -> bool:
    """An Arabic name that opens with a role, a title or the head of a body: "متحدث الجيش",
    "وزير الخارجية", "السفارة الأمريكية"; not "عاجل" or a place."""
    words = [normalize_ar(w) for w in _WORD.findall(name)]
    return bool(words) and (is_role_word(words[0]) or words[0] in words_ar("titles_ar")
                            or is_body(name))


def group_word(name: str) -> bool:
    """One plural noun of people with the article before a headline's colon: "المستجوبون",
    "المشاركون"; not "المراقبون", who are no one in particular."""
    word = normalize_ar(name)
    return (len(name.split()) == 1 and word.startswith("ال") and word.endswith(("ون", "ين"))
            and len(word) > 6 and word not in VAGUE_SUBJECTS)
