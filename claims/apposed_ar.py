"""The name an Arabic source gives after its role, and where a source ends: "وزير الخارجية
السعودي، الأمير فيصل بن فرحان، خلال ...", "المحلل بالمركز الوطني للأرصاد، عقيل العقيل،"
(claims.sources_ar finds the source, this module the name set off by commas after a role)."""
from __future__ import annotations

from claims.bodies_ar import continues_body_name
from claims.lexicon import words_ar
from claims.bodies_ar import ADDRESSED
from claims.normalize import normalize_ar
from claims.role_spans_ar import QUOTES, after_role, role_to_comma
from claims.roles_ar import is_role_only
from claims.words_ar import (
    PUNCT,
    STOP_WORDS,
    TIME_AFTER,
    TIMES,
    ali_name,
    is_name_word,
    is_nationality,
    is_role_word,
    opens_object,
    title_end,
    verb_forms,
)

_SABAH = normalize_ar("صباح")  # morning, and a name


def named_after(words: list[str], start: int, end: int) -> int:
    """Past the name a role with none is given after a comma, right after the role or after
    its field and body ("المحلل بالمركز الوطني للأرصاد، عقيل العقيل،")."""
    if words[end:end + 1] not in (["،"], [","]):
        comma = role_to_comma(words, start, end)
        named = _apposed_name(words, start, comma) if comma else 0
        if named > comma:
            return named
    return _apposed_name(words, start, end)




def _apposed_name(words: list[str], start: int, end: int) -> int:
    """Past the name that a role with none is given after a comma: "وزير الخارجية السعودي،
    الأمير فيصل بن فرحان، خلال ..."; "قال المتحدث، ردا على سؤال" has none."""
    if end >= len(words) or words[end] not in ("،", ",") or not (
            is_role_only(" ".join(words[start:end])) or _field_role(words[start:end])
            or (is_role_word(words[start])  # "مدير عام جمرك حالة عمار، عبدالعزيز النعيمة،"
                and end - start - sum(w in QUOTES for w in words[start:end]) <= 9
                and not any(w in PUNCT and w not in QUOTES for w in words[start:end]))):
        # a body's name in marks inside the role: 'محامي جماعة "الإخوان المسلمين" بمصر،'
        return end
    more = _more_roles(words, start, end)
    if more > end:
        named = _name_at(words, more)
        if named > more:
            return named
    named = _name_at(words, end)
    if named == end and is_role_only(" ".join(words[start:end])):
        return _second_role_named(words, end)
    return named


def _second_role_named(words: list[str], end: int) -> int:
    """Past a second role with its name after the comma at `end`, up to the next comma: "وزير
    الاتصال الحكومي، الناطق باسم الحكومة فيصل الشبول، إن"; `end` when no name ends it."""
    stop = next((i for i in range(end + 2, min(len(words), end + 12)) if words[i] in ("،", ",")),
                None)
    part = words[end + 1:stop] if stop and is_role_word(words[end + 1]) else []
    at = after_role(part) if part else None
    return stop if at is not None and 0 < at < len(part) else end


def _field_role(words: list[str]) -> bool:
    """A role with its field in a genitive chain and no name: "خبير أسواق المال والاستثمار"
    (is_role_only takes no indefinite noun, which may be a given name)."""
    given = words_ar("given_names_ar")
    return len(words) >= 3 and is_role_word(words[0]) and all(
        w.startswith(("ال", "وال")) or (w not in given and is_name_word(w) and words[i + 1:i + 2]
                                        and words[i + 1].startswith("ال"))
        for i, w in enumerate(words[1:], start=1))


def _name_at(words: list[str], end: int) -> int:
    """Past the name after the comma at `end`, or `end` when no name stands there."""
    at = title_end(words, end + 1)
    while at < len(words) and is_nationality(words[at]):
        at += 1  # "مدرب المنتخب السعودي، الفرنسي هيرفي رينارد"
    first = at
    while (at < len(words) and at - first < 4 and not ends_source(words, at, at == first)
           and not words[at].startswith(("بال", "لل")) and words[at] not in verb_forms()
           and not is_role_word(words[at])):
        at += 1
    if at == first or (first == end + 1 and (words[first].startswith("ال")
                                             or not continues_body_name(words[first]))):
        return end  # no name, or an accusative ("ردا") or a definite word with no title
    closed = at >= len(words) or words[at] in PUNCT or words[at] in STOP_WORDS
    return at if closed else end


def _more_roles(words: list[str], start: int, end: int) -> int:
    """Past further parts of the role before the name, each between commas: a second role
    with و ("رئيس قسم الأرصاد، ومدير مركز التميز، منصور المزروعي،") or where it is held
    ("، في جامعة الملك عبدالعزيز،")."""
    for _ in range(3):
        comma = next((i for i in range(end + 2, min(len(words), end + 10))
                      if words[i] in ("،", ",")), None)
        if comma is None:
            return end
        part = words[end + 1:comma]
        role = ([part[0][1:], *part[1:]] if part[0][:1] == "و" and part[0][1:] else
                [words[start], *part] if part[0] == "في" else [])
        if not role or not is_role_only(" ".join(role)):
            return end
        end = comma
    return end


_SIDES = {normalize_ar(w) for w in ("الجانب", "الطرف", "الأطراف", "الجانبين")}
_HASAB, _ALLAH, _IMAM = normalize_ar("حسب"), normalize_ar("الله"), normalize_ar("إمام")
_TO_WHAT = {normalize_ar(w) for w in ("إلى", "الى", "على", "ب", "بضرورة", "بعدم")}
# brothers and partners a speaker calls on: "ودعا الأشقاء المصريين والقطريين إلى التدخل"
_KIN = {normalize_ar(w) for w in ("الأشقاء", "الإخوة", "الأخوة", "الاخوة", "الشركاء")}


def called_on(words: list[str], at: int) -> bool:
    """"ودعا الأشقاء المصريين والقطريين إلى التدخل": brothers or partners before إلى or على
    within four words are whom the verb calls on, no source."""
    ahead = words[at + 1:at + 5]
    cut = next((i for i, w in enumerate(ahead) if w in PUNCT), len(ahead))
    return words[at] in _KIN and any(w in _TO_WHAT for w in ahead[:cut])


_ALI_WRITTEN = normalize_ar("علي")
_TRUTH = normalize_ar("صحة")
_TRUTH_OF = {normalize_ar(w) for w in ("ما", "الأنباء", "الأخبار", "التقارير", "المعلومات",
                                       "الشائعات", "الادعاءات")}
# adverbs after a first-person verb, no word of a name: "ندرس حاليا", "نعمل أيضا"
_ADVERBS_AFTER = {normalize_ar(w) for w in ("حاليا", "الآن", "أيضا", "ايضا", "دائما", "مجددا",
                                            "جاهدين", "بجد")}


def ends_source(words: list[str], at: int, name_start: bool = False) -> bool:
    """True when words[at] is past the source: punctuation, a stop word, the verb's object, a
    second source, or a time ("صباح اليوم"; after a title, "صباح" before anything else is a name)."""
    word = words[at]
    if name_start and ali_name(words, at):
        return False
    if word in TIMES:
        named = word == _SABAH and at and is_name_word(words[at - 1])  # "صباح ناصر صباح الأحمد"
        return (not (name_start or named) or words[at + 1:at + 2] == []
                or words[at + 1] in TIME_AFTER)
    if word == _HASAB and words[at + 1:at + 2] == [_ALLAH] and at and is_name_word(words[at - 1]):
        return False  # "صلاح حسب الله": a family name, not "according to"
    if word in ADDRESSED and words[at + 1:at + 2] and words[at + 1] in _TO_WHAT:
        return True  # "ودعا مدير شرطة العريش المواطنين إلى": whom he calls on
    if called_on(words, at):
        return True  # "ودعا الوزير الأشقاء العرب إلى": whom he calls on
    if word in _SIDES and at and is_name_word(words[at - 1]) and not words[at - 1].startswith("ال"):
        return True  # "وطالب أبو ردينة الجانب الأمريكي": the side he called on
    if (word[:1] == "ن" and at and words[at - 1].startswith("ال") and words[at + 1:at + 2]
            and word not in words_ar("given_names_ar")
            and words[at + 1] in _ADVERBS_AFTER):
        return True  # "وأضاف وزير الرياضة ندرس حاليا": his words in the first person
    if word == _TRUTH and words[at + 1:at + 2] and words[at + 1] in _TRUTH_OF:
        return True  # "نفى المتحدث محمد العبدالعالي صحة ما يتم تداوله": the truth denied
    if word == _ALI_WRITTEN and words[at + 1:at + 2] and opens_object(words[at + 1]):
        return True  # "أكد خالد عبدالعزيز علي حرصه": على written with ي, before its object
    if word == _IMAM and at and is_name_word(words[at - 1]) and (
            at + 1 >= len(words) or words[at + 1] in PUNCT):
        return False  # "أمال إمام،": a family name (normalised as أمام, "in front of") before
        # the comma, not the preposition of "قال أمام الحضور"
    return (word in PUNCT or word in STOP_WORDS or (opens_object(word) and not _family_name(
                words, at) and not _body_head_before(words, at)) or word[:1].isdigit()
            or word[:1] in "-–—"  # "وأضاف العتماني -خلال مداخلة هاتفية- أن"
            or word.startswith("وال")  # a second source joined by و: "الوزير والسفير"
            or (word.startswith("ب") and opens_object(word[1:])))  # "طالب الوزير بوضع آليات"


def _body_head_before(words: list[str], at: int) -> bool:
    """A body's head without the article before a verbal noun, which completes its name: "جهاز
    حماية المستهلك", "هيئة رعاية الأسرة"; not "الجهاز حماية ...", an object after it."""
    head = words[at - 1] if at else ""
    return not head.startswith("ال") and "ال" + head in words_ar("bodies_ar")


def _family_name(words: list[str], at: int) -> bool:
    """A noun with the article right after a given name, and before a stop, a comma, a role or
    a verb: the family name ("الدكتور أشرف القدرة المتحدث", "متحدث الوزارة أشرف القدرة،"), not
    the object the noun opens elsewhere (القدرة, "capacity")."""
    previous = words[at - 1] if at else ""
    following = words[at + 1] if at + 1 < len(words) else "،"
    before = words[at - 2] if at > 1 else ""  # what the given name follows: a title, a role
    first_name = before.startswith("ال") or before in PUNCT or before in verb_forms() or (
        before in words_ar("titles_ar")) or is_role_word(before) or before in words_ar(
        "places_ar") or before in words_ar("countries_ar")  # ("ماركو روسي التهاني": no)
    return (first_name and words[at].startswith("ال") and is_name_word(previous)
            and not previous.startswith("ال")
            and previous not in verb_forms() and not opens_object(previous)
            and (following in PUNCT or following in STOP_WORDS or is_role_word(following)
                 or following in verb_forms() or following in words_ar("titles_ar")))


def holds_name(words: list[str], start: int, end: int) -> bool:
    """A name word stands in words[start:end] ("الرئيس التنفيذي" has none yet)."""
    return any(is_name_word(w) for w in words[start:end])


_IN_NAME_OF = normalize_ar("باسم")


def addressed_cut(words: list[str], found: tuple[int, int, str]) -> tuple[int, int, str]:
    """"وشكر المدير سعيد الكعبي الفرق الميدانية": after a name and its family name, a definite
    noun and a feminine adjective are whom the verb addresses, no part of the name."""
    start, end, kind = found
    for at in range(start + 2, end - 1):
        if (words[at - 1].startswith("ال") and not words[at - 2].startswith("ال")
                and words[at - 2] != _IN_NAME_OF  # "الناطق باسم القوات المسلحة السودانية، ..."
                and words[at].startswith("ال") and words[at + 1].startswith("ال")
                and words[at + 1].endswith("ه")):
            return start, at, kind
    return found
