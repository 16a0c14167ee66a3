"""The subject of an Arabic sentence that reports an event, not speech: "استقبل سمو ولي العهد
الأمير ... السفير ...". A statement right after it with its subject dropped ("وأكد سموه خلال
اللقاء ...", "ورحب بالضيوف") speaks for that subject, named or not in the sentences before.
Also the subject of a reporting verb written before it ("الحكومة تقول إن", "وكان الوزير، ...،
أكد"), a name in quotation marks, and the outlet told before the source."""
from __future__ import annotations

from claims.lexicon import words_ar
from claims.normalize import normalize_ar, normalize_with_map, to_original
from claims.sources_ar import source_after
from claims.verbs_ar import MARKS, THAT, WAS, mid_subject
from claims.words_ar import (
    LEAD,
    PUNCT,
    STOP_WORDS,
    TIME_AFTER,
    TOKEN,
    is_adjective,
    is_name_word,
    is_role_word,
    names_a_place,
    object_noun,
    opens_object,
    verb_forms,
)


_MET = {normalize_ar(w) for w in ("التقى", "التقت", "والتقى", "والتقت")}  # verbs with "ال"
_AS_FOR = {normalize_ar(w) for w in ("أما", "وأما")}
_QAD = normalize_ar("قد")
_ASKING_WORDS = {normalize_ar(w) for w in ("ماذا", "لماذا", "كيف", "متى", "هل", "من", "أين")}


def event_subject(sentence: str, bodies: bool = False) -> str | None:
    """The person mention after the verb that opens `sentence`, when it is a titled name or a
    role ("ترأس صاحب السمو الملكي الأمير محمد بن سلمان"), or with `bodies` a body too; None for
    anything less sure."""
    normalized, index_map = normalize_with_map(sentence)
    tokens = list(TOKEN.finditer(normalized))
    words = [t.group() for t in tokens]
    found = _event_subject(sentence, bodies, 0, words, tokens, index_map)
    comma = next((i for i in range(1, min(len(words), 6)) if words[i] in ("،", ",")), None)
    if found is None and comma is not None and comma > 1 and all(
            w in TIME_AFTER for w in words[1:comma]):  # "تفقد أمس الثلاثاء، وزير السكن ...":
        found = _event_subject(sentence, bodies, 0, words[:1] + words[comma + 1:],  # the day
                               tokens[:1] + tokens[comma + 1:], index_map)  # passed over
    if found is None and comma is not None:  # "لقطات مباشرة، ظهر خلالها الوزير": after an
        return _event_subject(sentence, bodies, comma + 1, words, tokens, index_map)  # opening
    return found


def _event_subject(sentence, bodies, at, words, tokens, index_map) -> str | None:
    while at < len(words) and words[at] in LEAD:
        at += 1
    if at and words[at - 1] in WAS and at + 1 < len(words):
        at -= 1  # "وكان أمير الكويت ... حل البرلمان": كان stands for the verb, its subject next
    if at + 1 >= len(words) or words[at] in PUNCT or words[at] in STOP_WORDS \
            or (words[at].startswith("ال") and words[at] not in _MET) \
            or opens_object(words[at]) \
            or words[at] in words_ar("documents_ar"):
        return None  # not a verb first (a cue verb here reported nothing: "وتابع الوزير أداء
        # الطلاب", followed them)
    found = source_after(words, at + 1)
    if found is None or found[2] not in (("person", "body") if bodies else ("person",)):
        return None
    start, end, kind = found
    if kind == "body":  # "ترافعت النيابة العامة عن متهم وطالبت": a body, in the same sentence
        first, last = to_original(index_map, tokens[start].start(), tokens[end - 1].end())
        return sentence[first:last]
    titles = words_ar("titles_ar")
    if not is_role_word(words[start]) and not any(w in titles for w in words[start:end]):
        return None  # "شهدت القاعة ...": an object, a place or a thing, not a person
    end = _name_end(words, start, end, titles)
    first, last = to_original(index_map, tokens[start].start(), tokens[end - 1].end())
    return sentence[first:last]


def _name_end(words: list[str], start: int, end: int, titles: frozenset[str]) -> int:
    """Where a titled name ends before the event's object: "حضر الشيخ أحمد اليوسف تدريب
    المنتخب" ends after the family name in ال, since an object follows the subject directly. A
    word after the family name goes on the name only in ال or as a link ("بن", "آل")."""
    name_at = max((i + 1 for i in range(start, end) if words[i] in titles), default=end)
    if name_at >= end:  # a role, then the name: "استقبل وزير الخارجية سالم الصباح السفير"
        name_at = next((i for i in range(start + 1, end) if is_name_word(words[i])), end)
        return next((at for at in range(name_at + 2, end) if (words[at - 1].startswith("ال")
                     and (object_noun(words[at]) or is_role_word(words[at])))
                     or names_a_place(words[at])), end)  # "... بلعريبي جامع الجزائر": the place
    if name_at >= end or words[name_at].startswith("ال"):
        return end
    for at in range(name_at + 2, end):
        if words[at - 1].startswith("ال") and not words[at].startswith("ال") \
                and words[at] not in _NAME_LINKS and words[at - 1] not in _NAME_LINKS:
            return at
    return end


_NAME_LINKS = {normalize_ar(w) for w in ("بن", "بنت", "ابن", "أبو", "أبا", "آل", "ولد")}


def titled_name_only(text: str) -> bool:
    """The whole text is one person's mention with a title ("المتحدث باسم وزارة الداخلية العميد
    ناصر بوصليب"): a caption, no sentence."""
    words = [t.group() for t in TOKEN.finditer(normalize_ar(text))]
    if len(words) < 3 or any(w in PUNCT for w in words):
        return False
    found = source_after(words, 0)
    titles = words_ar("titles_ar")
    return (found is not None and found[0] == 0 and found[1] == len(words)
            and found[2] == "person" and (words[0] in titles or is_role_word(words[0])))
    # "وزير السياحة المصري هشام زعزوع": a role is a title too; it opens the caption ("125 ألف
    # مخالفة ... العام الحالي" is a headline whatever word in it may be a role)


_ADDRESSED = {normalize_ar(w) for w in ("أنك", "أنكم", "إنك", "إنكم", "أنت", "أنتم", "انك", "انت")}


# what someone said, named by its sort before its speaker: "تعليق هاني ميلاد يكشف عن"
_SPEECH_OF = {normalize_ar(w) for w in ("تعليق", "تصريح", "تصريحات", "كلمة", "حديث", "توضيحات",
                                        "مداخلة", "رد")}


_ISSUED_AS = {normalize_ar(w) for w in ("الصادر", "الصادرة", "المنشور", "المنشورة")}


def subject_before(words: list[str], start: int, verb_at: int) -> tuple[int, int, str] | None:
    """The subject written before its verb: "الحكومة تقول إن", "وكان وزير الخارجية قد صرح";
    not the topic after أما ("أما الاختلاف في المنح فقال بأن": the subject was dropped)."""
    if words[verb_at - 1] == "ما" or words[start] in _ASKING_WORDS:
        return None  # "وحسب ما قال الوزير": what he said, its subject after the verb; "ماذا
        # قالت الفتاة": a question, its subject after the verb
    if start > 0 and words[start - 1] in _AS_FOR and not (
            is_role_word(words[start]) or words[start] in words_ar("titles_ar")):
        return None  # "أما مدرب الفريق نادر العلي فقال" has its subject; a topic does not
    found = source_after(words, start)
    if found is None and words[start] in _SPEECH_OF and start + 1 < verb_at:
        start += 1  # "تعليق هاني ميلاد يكشف عن": whose words they are
        found = source_after(words, start)
    if found is None or not _ADDRESSED.isdisjoint(words[start:verb_at]):
        return None  # "أم أنك ترى ضرورة ...؟": the reader or the one asked, no source
    if start and words[start - 1] in MARKS and words[verb_at - 1] in MARKS and verb_at - 1 > start:
        return start, verb_at - 1, "body" if words[start].startswith("ال") else found[2]
        # '“الأعلى للأثار” يكشف': a headline's name in marks, whole, before its verb
    end = min(found[1], verb_at)
    if (end < verb_at - 2 and words[end] in MARKS and words[verb_at - 1] in MARKS
            and is_role_word(words[start])):
        end = verb_at  # 'رئيس «حماية المستهلك» يحذر': a role and its body's name in marks
    if found[2] == "body" and 0 < verb_at - end <= 2 and all(  # "جامعة طنطا تنفى": a name
            w not in PUNCT and w not in STOP_WORDS and w not in LEAD for w in words[end:verb_at]):
        end = verb_at  # ending in ا is no object before the verb
    kind = found[2]
    if 0 < verb_at - end <= 3 and words[end].startswith("لل") and all(
            w.startswith(("لل", "ال")) for w in words[end:verb_at]):
        end, kind = verb_at, "body"  # "طيبة للاستثمار تعلن": a company named for its trade
    closed = verb_at - 1 if words[verb_at - 1] in ("،", ",") else verb_at
    if kind == "body" and 0 < closed - end <= 3 and words[end].startswith("وال") and all(
            w.startswith(("لل", "ال", "وال")) for w in words[end:closed]):
        end = closed  # "وكانت الهيئة العامة للطيران المدني والنقل الجوي السوري، أعلنت"
    while end > start and (words[end - 1] in LEAD or words[end - 1] == _QAD):
        end -= 1  # "وكان الوزير قد قال": قد
    return (start, end, kind) if end > start else None


def comma_subject(words: list[str], first: int, verb_at: int | None) -> int | None:
    """A document or a body named first and set off by a comma before its verb, too long for
    find_verb's clause: "بلاغ المديرية العامة للأمن الوطني، أوضح أنه"."""
    if verb_at is None:
        return None
    if verb_at > first + 1 and mid_subject(words, verb_at):
        return verb_at - 1  # "وفي هذا السياق فإن الوزارة تؤكد أن": its subject after فإن
    head = words[first] if first < verb_at else ""
    said = head in _SPEECH_OF  # "تعليق هاني ميلاد، رئيس شعبة الذهب، يكشف": a role between
    if not (2 <= verb_at - first <= (14 if said else 9) and words[verb_at - 1] in ("،", ",") and (
            head in words_ar("documents_ar") or head in words_ar("bodies_ar") or said)):
        return None
    inside = [w for w in words[first:verb_at - 1] if w in PUNCT or w in verb_forms()]
    return first if not inside or (inside in (["،"], [","]) and (said or words[
        words.index(inside[0], first) + 1] in _ISSUED_AS)) else None  # "بيان الوزارة، الصادر
    # اليوم، كشف أن"


_ISSUED_FROM = {normalize_ar(w) for w in ("صدر", "وصدر", "صدرت", "وصدرت")}
_STATEMENT_NOUNS = {normalize_ar(w) for w in (
    "بيان", "البيان", "بلاغ", "البلاغ", "تعميم", "التعميم", "تصريح", "التصريح", "بيانا")}


def issued_by(words: list[str], first: int) -> tuple[int, int, str] | None:
    """"صدر عن المديرية العامة لأمن الدولة البيان الآتي:", "وصدر عن الوزارة بيان جاء فيه":
    the statement's author after "issued by"."""
    if words[first:first + 1] == [] or words[first] not in _ISSUED_FROM or words[
            first + 1:first + 2] != ["عن"]:
        return None
    found = source_after(words, first + 2)
    if found is None or found[2] not in ("body", "person", "group"):
        return None
    reach = found[1] + (6 if words[found[1]:found[1] + 1] in (["-"], ["–"], ["—"]) else 2)
    statement = next((i for i in range(found[0] + 1, min(len(words), reach))  # "صدر عن قيادة
                      if words[i] in _STATEMENT_NOUNS), None)  # الجيش - مديرية التوجيه البيان
    # الآتي:": its directorate after a dash; the body's name may run on
    return (found[0], min(found[1], statement), found[2]) if statement else None  # over it


def quoted_name(words: list[str], at: int) -> int:
    """قال "حسين القحطاني" الناطق الرسمي ... إن: a name of two or three words in quotation
    marks, then its role and what was said, is the source without its marks."""
    if not (words[at:at + 1] and words[at] in MARKS):
        return at
    close = next((i for i in range(at + 3, min(len(words), at + 5)) if words[i] in MARKS), None)
    if close is None or any(w in THAT or w in PUNCT or w in STOP_WORDS
                            for w in words[at + 1:close]) or not any(
            w in THAT for w in words[close + 1:close + 25]):
        return at
    found = source_after(words, at + 1)
    return at + 1 if found is not None and found[0] == at + 1 and found[1] <= close else at


def past_addressee(words: list[str], at: int) -> int:
    """أبلغ "الاقتصادية" مسؤول في الهيئة: an outlet of one or two words in quotation marks
    before a noun is who was told; the source follows it. So too after ل: "وأكد لـ«عكاظ»
    الأمير خالد"."""
    if words[at:at + 1] == ["ل"] and words[at + 1:at + 2] and words[at + 1] in MARKS:
        told = past_addressee(words, at + 1)
        return told if told != at + 1 else at
    if not (words[at:at + 1] and words[at] in MARKS):
        return at
    close = next((i for i in range(at + 2, min(len(words), at + 4)) if words[i] in MARKS), None)
    if close is None or close + 1 >= len(words) or words[close + 1] in PUNCT:
        return at
    found = source_after(words, close + 1)
    return close + 1 if found is not None and found[0] == close + 1 else at


def byline(words: list[str], found: tuple[int, int, str], verb_at: int) -> bool:
    """A name right after the dateline's colon, with no feminine ending, before a feminine
    verb whose own subject follows it: the writer's byline, not the subject."""
    start, end, kind = found
    after = source_after(words, verb_at + 1)
    return (kind == "person" and start > 0 and words[start - 1] == ":" and start <= 3
            and end == verb_at and not any(w.endswith("ه") for w in words[start:end])
            and after is not None and after[0] == verb_at + 1 and words[verb_at + 1].endswith("ه"))


def was_subject(words: list[str], first: int, verb_at: int) -> tuple[int, int, str] | None:
    """"وكان الدكتور خالد عبدالغفار، نائب رئيس مجلس الوزراء، أكد أن": the subject after an
    opening كان, its role between commas, and the verb after them."""
    if (words[first:first + 1] and words[first] in WAS and verb_at > first + 2
            and words[verb_at - 1] in ("،", ",")):
        return subject_before(words, first + 1, verb_at)
    if (words[first:first + 1] and words[first] in WAS and verb_at > first + 3
            and words[verb_at - 1] == _QAD and words[verb_at - 2] in ("،", ",")):
        return subject_before(words, first + 1, verb_at - 1)  # "وكان الوزير، أنس الصالح، قد
        # قال": قد before the verb
    return None


def considered_object(words: list[str], found: tuple[int, int, str]) -> tuple[int, int, str]:
    """"واعتبر المفتي المرحلة المقبلة ... نقلة": after a role and its adjectives, a definite
    noun is what he considered, no part of the source."""
    start, end, kind = found
    at = start + 1
    while at < end and (is_adjective(words[at]) or words[at].startswith("لل")):
        at += 1  # "الرئيس التنفيذي للشركة"
    if (at < end and is_role_word(words[start]) and words[start].startswith("ال")
            and words[at].startswith("ال") and not is_role_word(words[at])):
        return start, at, kind
    return found
