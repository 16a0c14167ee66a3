"""The subject of an Arabic sentence that reports an event, not speech: "استقبل سمو ولي العهد
الأمير ... السفير ...". A statement right after it with its subject dropped ("وأكد سموه خلال
اللقاء ...", "ورحب بالضيوف") speaks for that subject, named or not in the sentences before."""
from __future__ import annotations

from claims.lexicon import words_ar
from claims.normalize import normalize_ar, normalize_with_map, to_original
from claims.sources_ar import source_after
from claims.verbs_ar import WAS
from claims.words_ar import LEAD, PUNCT, STOP_WORDS, TOKEN, is_role_word, opens_object


_MET = {normalize_ar(w) for w in ("التقى", "التقت", "والتقى", "والتقت")}  # verbs with "ال"


def event_subject(sentence: str, bodies: bool = False) -> str | None:
    """The person mention after the verb that opens `sentence`, when it is a titled name or a
    role ("ترأس صاحب السمو الملكي الأمير محمد بن سلمان"), or with `bodies` a body too; None for
    anything less sure."""
    normalized, index_map = normalize_with_map(sentence)
    tokens = list(TOKEN.finditer(normalized))
    words = [t.group() for t in tokens]
    at = 0
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
