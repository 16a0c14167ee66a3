"""Arabic roles written without a name: "وأوضح الوزير", "وقالت وزيرة الشؤون الاجتماعية" name the
person last written with that role ("وزير الخارجية الشيخ سالم عبدالله الجابر الصباح"), as GUIDELINES
asks for the canonical name without the role description."""
from __future__ import annotations

import re

from claims.lexicon import words_ar
from claims.normalize import normalize_ar
from claims.words_ar import (
    FIELD,
    STOP_WORDS,
    WORD,
    is_adjective,
    is_nationality,
    is_role_word,
    names_a_place,
    opens_object,
    verb_forms,
)

# Words that may follow a role in its description without being a name.
LINKS = {normalize_ar(w) for w in ("باسم", "لشؤون", "لدى", "في")}
# marks a word written with the article in a role's stems: "وزير الخارجية" is not "وزير خارجية الأردن"
_DEFINITE = "ال:"
_ANYWHERE = 2 ** 62  # an offset past any text: a headline's role may be given anywhere after it


def stem(word: str) -> str:
    """"الوزيرة" and "وزير" -> "وزير": the article, a conjunction before it and the feminine
    ending dropped."""
    word = normalize_ar(word)
    if word.startswith(("وال", "فال")) and len(word) > 5:
        word = word[1:]
    if word.startswith("لل") and len(word) > 4:
        word = word[2:]  # "المدير الفني للمنتخب": "منتخب"
    elif word.startswith("بال") and len(word) > 5:
        word = word[1:]  # "مندوب مصر بالأمم المتحدة" and "لدى الأمم المتحدة": one body
    elif word.startswith("ل") and len(word) > 5 and word[1:3] != "ال":
        word = word[1:]  # "للهيئة العامة لتنشيط السياحة" and "هيئة تنشيط السياحة": one body
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    return word[:-1] if word.endswith("ه") and len(word) > 3 else word


def stems(text: str) -> frozenset[str]:
    """The stems of a text's words and the words as written (article dropped), so a role's
    gender can be told apart ("وزيره" beside "وزير")."""
    words = WORD.findall(text)
    found = (frozenset(stem(w) for w in words) | {_bare(w) for w in words}
             | {_DEFINITE + _bare(w) for w in words if normalize_ar(w).startswith("ال")})
    return found.union(*(same for names, same in _SAME_ROLE if names <= found))


# one role, two names: "المدير الفني للمنتخب" is its coach ("مدرب المنتخب") and the other way
# round, "الناطق باسم" its spokesman ("المتحدث باسم")
_SAME_ROLE = [(frozenset({"مدير", "فني"}), {"مدرب"}), (frozenset({"مدرب"}), {"مدير", "فني"}),
              (frozenset({"ناطق"}), {"متحدث"}), (frozenset({"متحدث"}), {"ناطق"})]



def _bare(word: str) -> str:
    word = normalize_ar(word)
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


_STATE = {normalize_ar(w) for w in ("دولة", "جمهورية", "مملكة", "سلطنة", "إمارة", "قطاع", "إقليم")}


def is_role_only(mention: str) -> bool:
    """True when the mention is a role or title with no name in it: "الوزير", "وزير الخارجية",
    "المتحدث الرسمي باسم وزارة الصحة"; False for "وزير الخارجية أحمد علي"."""
    words = [normalize_ar(w) for w in WORD.findall(mention)]
    roles, titles, bodies = words_ar("roles_ar"), words_ar("titles_ar"), words_ar("bodies_ar")
    if not words or (not is_role_word(words[0]) and words[0] not in titles):  # "متحدث الجيش"
        return False
    names = words_ar("given_names_ar")  # "رئيس الحكومة الياس الفخفاخ" has a name
    countries = words_ar("countries_ar")  # "سفير نيكاراغوا", "سفير أرمينيا لدى البلاد"
    places = words_ar("places_ar")  # "رئيس نادي اتحاد جدة"
    return all(w in roles or w in titles or w in bodies or w in LINKS or w in countries
               or w in places
               or w in _STATE  # "سفير دولة الكويت", "سفير جمهورية مصر العربية"
               or (w[:1] in "بل" and w[1:] in bodies)  # "رئيسة فريق ... بمجلس النواب"
               or (w[:1] == "و" and is_role_word(w[1:]))  # "وكيل ... ومنسق الأمم المتحدة"
               or (w[:1] == "و" and w[1:] in DIRECTIONS)  # "لمنطقة الشرق الأوسط وشرق أفريقيا"
               or _VERBAL_NOUN.fullmatch(w)  # "رئيس هيئة تنشيط السياحة": what the body does
               or "ال" + w in bodies  # "عضو جمعية الفلك"
               or (opens_object(w) and (at == 1 or "ال" + words[at - 1] in bodies))  # "رئيس
               # جهاز حماية المستهلك", "رئيس «حماية المستهلك»": what the body does
               or _owned(w) in bodies  # "مدرب منتخبنا الوطني": our team
               or w.startswith("بال")  # "الباحث ... بالمملكة العربية السعودية"
               or (w.startswith(("ال", "ل", "وال")) and w not in names)  # "مدرب المنتخب لكرة القدم"
               or (at > 2 and words[at - 1] in titles and names_a_place(words[at - 2]))
               for at, w in enumerate(words[1:], start=1))  # "في جامعة الملك عبدالعزيز"


DIRECTIONS = {normalize_ar(w) for w in ("شرق", "غرب", "شمال", "جنوب", "وسط")}
_VERBAL_NOUN = re.compile(r"ل?ت[^\Wا]{2}ي[^\Wا]")  # "تنشيط", "تنمية": the form II verbal noun


def _owned(word: str) -> str:
    """"منتخبنا" -> "المنتخب", "وزارتنا" -> "الوزاره": a noun with "our" on it, as a body word
    ("" when the word has no such ending)."""
    if not word.endswith("نا") or len(word) < 5:
        return ""
    noun = word[:-2]
    return "ال" + (noun[:-1] + "ه" if noun.endswith("ت") else noun)


def by_role(seen: list[tuple[int, str, frozenset[str]]], mention: str, before: int) -> str | None:
    """The person last written before offset `before` whose role holds every word of the
    mention; one whose role agrees in gender is preferred ("الوزيرة" is the woman)."""
    found = _with_role([entry for entry in seen if entry[0] < before], mention)
    head = _head_of(mention)
    if not found and head:  # "وتابعت مسؤولة التواصل والإعلام في الاتحاد الدولي": the one named
        found = _with_role([entry for entry in seen if entry[0] < before], head)  # with the
    return max(found, key=lambda entry: entry[0])[1] if found else None  # role, where not


def _head_of(mention: str) -> str:
    """The role before "في" and the body it is held in, when two words or more come first."""
    words = mention.split()
    at = next((i for i, w in enumerate(words) if normalize_ar(w) == "في"), 0)
    return " ".join(words[:at]) if at >= 2 else ""


def by_role_after(seen: list[tuple[int, str, frozenset[str]]], mention: str, at: int) -> str | None:
    """The person first written after offset `at` with the role, for a role that comes before
    its name: "أكد وزير الداخلية أن ..." then "وقال وزير الداخلية نور الدين زرهوني ..."."""
    found = _with_role([entry for entry in seen if entry[0] > at], mention)
    head = _head_of(mention)
    if not found and head:
        found = _with_role([entry for entry in seen if entry[0] > at], head)
    return min(found, key=lambda entry: entry[0])[1] if found else None


def _with_role(seen: list[tuple[int, str, frozenset[str]]], mention: str) -> list:
    """The entries whose role holds every word of the mention (or its head and nationality:
    "مدرب المنتخب الوطني السعودي" for "مدرب فريق كرة القدم السعودي"), those agreeing in gender
    alone when there are any."""
    words = WORD.findall(mention)
    if not words:
        return []
    wanted = frozenset(stem(w) for w in words if normalize_ar(w) not in FIELD)  # "المخرج
    head = stem(words[0])  # الكبير" is the director named before
    feminine = _bare(words[0]) != head
    found = [entry for entry in seen if wanted <= entry[2]]
    nationality = {stem(w) for w in words[1:] if is_nationality(normalize_ar(w))}
    if not found and nationality:  # "السفير المصري": the ambassador of مصر named before
        found = [entry for entry in seen if head in entry[2] and all(
            n in entry[2] or n[:-1] in entry[2] for n in nationality)]
    if not found and all(_describes(w) for w in words[1:]):  # "النائب البرلماني" for the
        found = [entry for entry in seen if head in entry[2]]  # one MP the article names
        if len({entry[1] for entry in found}) != 1:
            found = []
    agreeing = [entry for entry in found if ((head + "ه") in entry[2]) == feminine] or found
    definite = {_DEFINITE + _bare(w) for w in words if normalize_ar(w).startswith("ال")}
    return [entry for entry in agreeing if definite <= entry[2]] or agreeing


def _describes(word: str) -> bool:
    """A definite adjective that only describes a role ("البرلماني"), no nationality and no
    noun of its own ("الخارجية")."""
    word = normalize_ar(word)
    return word.startswith("ال") and word.endswith("ي") and not is_nationality(word)


def role_source(name: str, sources: list[str],
                seen: list[tuple[int, str, frozenset[str]]]) -> str | None:
    """Who a headline's role stands for ("وزير الخارجية الكويتي:"): the first named source after
    it whose role holds its words, adjectives of nationality aside ("وزير الخارجية عبدالله
    اليحيا"); else the person written anywhere with that role ("الرئيس التونسي، قيس سعيد");
    else the first source with its head word ("مستشار سعيد:" -> "مستشار رئيس الجمهورية وليد
    الحجام")."""
    words = [normalize_ar(w) for w in WORD.findall(name)]
    if not words or not (is_role_word(words[0]) or words[0] in words_ar("titles_ar")):
        return None
    wanted = frozenset(stem(w) for w in words if not is_adjective(w))
    head = stem(words[0])
    named = [s for s in sources if not is_role_only(s) and WORD.findall(s)
             and stem(WORD.findall(s)[0]) == head]  # the same role: "مستشار رئيس" is no رئيس
    return (next((s for s in named if wanted <= stems(s)), None)
            or by_role(seen, name, _ANYWHERE) or next(iter(named), None))


def apposed_role(rest: str) -> str:
    """The role given after a name between commas, from the text after the name: "،
    المتحدث الرسمي باسم وزارة الخارجية، بأن ..." -> "المتحدث الرسمي باسم وزارة الخارجية". A
    person may hold two ("، نائب رئيس مجلس الوزراء، وزير الصحة والسكان، أن"): each segment that
    opens with a role is taken, up to three."""
    stripped = rest.lstrip()
    if stripped[:1] not in ("،", ","):  # "خالد الفالح وزير النفط ... السعودي اليوم": the role
        head = _WHEN.split(re.split(r"[،,:.؛«»\"“”]", stripped, maxsplit=1)[0], maxsplit=1)[0]
        return _role_goes_on(stripped) or (_role_segment(head) if head.strip() else "")
    taken = []
    for segment in re.split(r"[،,]", stripped[1:])[:3]:
        head = re.split(r"[:.؛«»\"]", segment, maxsplit=1)[0]
        role = _role_segment(head)
        if not role:
            break
        taken.append(role)
        if head != segment or role != head.strip():
            break  # the clause ended inside the segment
    return " ".join(taken)


def _role_segment(segment: str) -> str:
    """The segment when it is a role ("، مدرب فريق ..."); in a longer one, the role words it
    opens with ("، مدرب المنتخب السعودي بعدم التفكير في ..."); else ""."""
    words = WORD.findall(segment)
    first = normalize_ar(words[0]) if words else ""
    if not (is_role_word(first) or first in words_ar("titles_ar")
            or "ال" + first in words_ar("titles_ar")):
        return ""
    if len(words) <= 10:
        return segment.strip()
    end = 1
    while end < len(words) and (normalize_ar(words[end]).startswith(("ال", "لل", "وال"))
                                or normalize_ar(words[end]) in LINKS
                                or is_role_word(normalize_ar(words[end]))
                                or _construct(words, end) or _charged_with(words, end)):
        end += 1
    return " ".join(words[:end])


_CHARGED = {normalize_ar(w) for w in ("المكلف", "المكلفة", "المنتدب", "المنتدبة")}
_WITH = normalize_ar("مع")


def role_continues(rest: str) -> str:
    """The words that go on a role the source's mention ended inside: " مع البرلمان و الناطق
    الرسمي باسم الحكومة بأن" after "... المكلف بالعلاقات" -> "مع البرلمان و الناطق الرسمي باسم
    الحكومة"."""
    words = WORD.findall(rest.split("،")[0].split(",")[0])
    if not words or normalize_ar(words[0]) not in (_WITH, "و"):
        return ""
    end = 0
    while end < len(words) and (_charged_with(["بال"] + words, end + 1) or normalize_ar(
            words[end]).startswith(("ال", "وال", "لل")) or normalize_ar(words[end]) in LINKS
            or is_role_word(normalize_ar(words[end]))):
        end += 1
    return " ".join(words[:end])


def _charged_with(words: list[str], at: int) -> bool:
    """What a minister is charged with: "الوزير المنتدب المكلف بالعلاقات مع البرلمان", and a
    second role after a و written apart."""
    word = normalize_ar(words[at])
    previous = normalize_ar(words[at - 1])
    following = normalize_ar(words[at + 1]) if at + 1 < len(words) else ""
    return ((word.startswith("بال") and previous in _CHARGED)
            or (word == _WITH and previous.startswith("بال") and following.startswith("ال"))
            or (word == "و" and following.startswith("ال")))  # "... و الناطق الرسمي": و apart


def _construct(words: list[str], at: int) -> bool:
    """A noun in a chain of genitives before a definite word: "مجلس" in "رئيس مجلس الوزراء"
    (not a word with ب, a verb, a stop word or an object: "بعدم التفكير")."""
    word = normalize_ar(words[at])
    following = normalize_ar(words[at + 1]) if at + 1 < len(words) else ""
    return (following.startswith("ال") and not word.startswith(("ب", "و", "ف", "ك"))
            and word not in STOP_WORDS and word not in verb_forms() and not opens_object(word))


_WHEN = re.compile(r"(?<!\S)(?:اليوم|أمس|امس|خلال|في|إن|أن)(?!\S)")


def _role_goes_on(rest: str) -> str:
    """The words that finish a role the source stopped before: "المدير الفني" then "للمنتخب
    الوطني" (a "لل" word and the definite words after it)."""
    words = WORD.findall(re.split(r"[،,:.؛«»\"“”]", rest, maxsplit=1)[0])[:6]
    if not words or not normalize_ar(words[0]).startswith(("لل", "وال")):
        return ""  # "وزير النفط" then "والطاقة والثروة المعدنية السعودي": its other fields
    taken = [words[0]]
    for word in words[1:]:
        if not normalize_ar(word).startswith(("ال", "وال")) or _WHEN.fullmatch(word):
            break
        taken.append(word)
    return " ".join(taken)
