"""Where the source after an Arabic reporting verb or cue phrase begins and ends: a person with
titles and a role, a body, a document, a group, or a vague source."""
from __future__ import annotations

import re

from claims.apposed_ar import called_on, ends_source, holds_name, named_after
from claims.lexicon import words_ar
from claims.normalize import normalize_ar
from claims.role_spans_ar import (
    AT_POST,
    QUOTES,
    SPEECH_WORDS,
    addressed_after_role,
    dual_role,
    inside_role,
    joined_role,
    posted_to,
    quoted_after,
    role_quote,
    role_runs_on,
    unnamed_one,
)
from claims.bodies_ar import body_goes_on, body_in_place, object_after_head
from claims.verbs_ar import DASHES, THAT
from claims.words_ar import (
    ABOUT_AFTER,
    ALSO_ADJECTIVES,
    ASKING,
    CONFORMITY,
    DROPPED_AFTER,
    GROUP_PLACE,
    HARD_STOP,
    HONORIFIC_PRONOUNS,
    LEAD,
    PUNCT,
    SAID_AFTER_NAME,
    STOP_WORDS,
    TIME_ONCE,
    TOLD_HIS,
    VAGUE_SUBJECTS,
    ali_name,
    before_verbal_noun,
    country_length,
    deputy_of,
    imam_of_mosque,
    is_adjective,
    is_name_word,
    is_role_word,
    name_span,
    names_a_place,
    opens_object,
    owned_noun,
    role_after_name,
    title_end,
    verb_forms,
)


_MANY = {normalize_ar(w) for w in ("العديد", "الكثير", "كثير", "عدد", "الكثيرون", "بعض")}
# how many unnamed sources spoke: "ثلاثة مسؤولين", "عدة مصادر", "بعض المراقبين"
_COUNTED = {normalize_ar(w) for w in (
    "اثنان", "اثنين", "ثلاثة", "ثلاث", "أربعة", "أربع", "خمسة", "خمس", "ستة", "سبعة", "عشرة",
    "عدة", "عدد", "بعض", "عشرات")}


# a participle of manner right after the verb: "وأضاف مخاطبا المسافرين", "وقال متحدثا للصحفيين"
_STATE_PARTICIPLE = re.compile(r"م[\u0621-\u064A]{3,6}ا")


def source_after(words: list[str], at: int, after_phrase: bool = False) -> tuple[int, int, str] | None:
    """(first token, end token, kind) of the source starting at `at`, or None when dropped."""
    found = _source_after(words, at, after_phrase)
    if found is None or found[2] != "person" or not (
            words[found[1]:found[1] + 1] and words[found[1]] in QUOTES
            and words[found[1] - 1] in words_ar("titles_ar")):
        return found
    end = found[1]  # 'وكيل الوزارة الدكتور “علي الوليدي”': the name after the title, in marks
    close = next((i for i in range(end + 2, min(end + 5, len(words))) if words[i] in QUOTES), None)
    if close is None or any(w in PUNCT or w in STOP_WORDS for w in words[end + 1:close]):
        return found
    return found[0], close + 1, "person"


def _source_after(words: list[str], at: int, after_phrase: bool) -> tuple[int, int, str] | None:
    if after_phrase and at < len(words):
        # "لبيان صادر عن الديوان": the source is the body after "عن"
        for index in range(at, min(at + 5, len(words))):
            if words[index] == "عن" and index + 1 < len(words):
                at = index + 1
                break
        if (at and words[at - 1] == "ما" and words[at][:1] in "يت" and (
                at + 1 >= len(words) or words[at + 1] in STOP_WORDS or words[at + 1] in PUNCT)):
            return None  # "وفق ما تراه في رؤيتها": what it sees, no one named
        if "ما" in words[at - 1:at + 1] and words[at + (words[at] == "ما"):][:1] in (["هو"], ["هي"]):
            return None  # "وفق ما هو متداول", "وفق ما هو معمول به": what is, no one named
        if words[at] == "ما" and at + 2 < len(words):
            at += 1  # "بحسب ما أعلنته وزارة الداخلية", "وفق ما صرح به اللواء"
            if words[at + 1] not in ("به", "بها"):
                at += 1
        if words[at] in verb_forms() and at + 1 < len(words) and words[at + 1] in ("به", "بها"):
            at += 2  # "لما صرح به الجهاز"
        elif at and words[at - 1] in ("ما", "لما") and at + 1 < len(words) and any(
                words[at].endswith(p) and words[at][:-len(p)] in verb_forms() for p in ("ه", "ها")):
            at += 1  # "وفق ما نقلته وكالة الأنباء": the verb with its pronoun, then its subject
            at += words[at] in _TIME_WORDS and at + 1 < len(words)  # "لما نشرته أمس شبكة"
        elif words[at] in ("به", "بها"):
            at += 1
        if at < len(words) and words[at].startswith("ل") and words[at][1:] in words_ar("documents_ar"):
            return _document(words, at)
        if words[at] in _REPORTED and at + 1 < len(words):
            return _whose(words, at)
        if (words[at] in CONFORMITY or _owned_noun(words[at]) in CONFORMITY
                or "ال" + words[at] in CONFORMITY):  # "وفق أسس منهجية"
            return None  # "وفقا للقانون", "وفقا للجدول المعلن", "وفقا لقناعتها": in keeping
            # with, nobody spoke
    if not after_phrase and at + 1 < len(words) and words[at] in ("به", "بها", "بهم", "عنه",
                                                                  "عنها"):
        at += 1  # "وفقا لما أفادت به الوكالة", "كشفت عنه «المصدر»": the pronoun, the subject
    if at + 1 < len(words) and words[at] in _DURING_IT:
        at += 1  # "وأكد خلالها الوزير": during it (the meeting), then the subject
    if at < len(words) and words[at] in DASHES:  # "وأضاف - خلال كلمته في ... - أنه": an
        close = next((i for i in range(at + 1, min(len(words), at + 30)) if words[i] in DASHES),
                     None)  # aside between dashes, then what was said
        if close is None or close + 1 >= len(words) or words[close + 1] in THAT:
            return None
        at = close + 1
    quoted = _quoted_name(words, at, at_end=after_phrase)
    if quoted is not None:
        return quoted
    if words[at:at + 2] == ["كل", "من"]:
        at += 2  # "وأكد كل من الوزير والسفير": the first of them
    if (at >= len(words) or words[at] in PUNCT or (words[at] in DROPPED_AFTER
                                                   and not _ali_apposed(words, at))
            or _STATE_PARTICIPLE.fullmatch(words[at])  # "وأضاف مخاطبا المسافرين:"
            or words[at] in HONORIFIC_PRONOUNS or called_on(words, at)  # "ودعا الأشقاء ... إلى"
            or (opens_object(words[at]) and not (
                words[at] in VAGUE_SUBJECTS and _reports_that(words, at)))):
        return None  # "نفت الهيئة تقارير ..." denies reports; "وذكرت تقارير أن" they say
    if before_verbal_noun(words, at):
        return None  # "كما أعلن نجاح التنسيق": success, a noun before a verbal noun, no name
    if words[at] in _DEMONSTRATIVES:  # "وتوقعت هذه المصادر": the noun after it; "وأكد ذلك،"
        at += 1  # has none: the subject was dropped
        if at >= len(words) or words[at] in PUNCT or words[at] in STOP_WORDS:
            return None
    if words[at + 1:at + 2] and words[at + 1] in _ANAPHORS:
        return None  # "الوسيط المذكور": the one just named, carried over
    if words[at] in _TIME_WORDS:
        at += 1  # "وقال اليوم وزير ..."
    if at >= len(words) or (words[at] in STOP_WORDS and words[at] not in _ONE_OF
                            and not _ali_apposed(words, at) and not imam_of_mosque(words, at)):
        return None  # "وأوضح خلال مشاركته ...": the subject was dropped
    head = words[at]
    if head in _REPORTED and not after_phrase:  # "أظهرت بيانات صادرة عن الهيئة العامة
        # للإحصاء": the body that issued the figures; "بيانات الهيئة ...": the one that owns
        # them; "وذكرت بيانات رسمية": no one
        if words[at + 1:at + 2] and words[at + 1] in _ISSUED and words[at + 2:at + 3] in (
                ["عن"], ["من"]) and at + 3 < len(words):
            return source_after(words, at + 3)
        return _whose(words, at) if at + 1 < len(words) else (at, at + 1, "vague")
    if head.startswith(("بال", "لل")) or (head.startswith("ب") and not after_phrase and len(head) > 3
                                           and head not in _REPORTED
                                           and head[1:] not in words_ar("titles_ar")
                                           and head not in words_ar("documents_ar")
                                           and words[at + 1:at + 2] not in _AFTER_NAME
                                           and not (at + 1 < len(words)
                                                    and words[at + 1] in verb_forms())):
        return None  # "أشاد بجهود ..." is the object; "وأضاف بدوي أن", "بكري يطالب" names
    country = country_length(words, at)
    if country:
        return at, at + country, "body"
    issued = next((i for i in range(at + 1, min(len(words) - 2, at + 5))
                   if words[i] in _ISSUED and words[i + 1] == "عن"), None)
    if head in _ONE_OF and issued is not None:  # "إحدى الدراسات الحديثة الصادرة عن اتحاد
        return source_after(words, issued + 2)  # الغرف": the body that issued it
    definite = head in _OFFICIAL and words[at + 1:at + 2] and words[at + 1].startswith("ال") \
        and not is_adjective(words[at + 1])  # "مسؤول الشرطة": the police's, named before
    if (head in VAGUE_SUBJECTS and not definite) or head in _ONE_OF:  # "أحد الوسطاء": unnamed
        return at, at + 1, "vague"
    if head in _COUNTED and words[at + 1:at + 2] and words[at + 1] in VAGUE_SUBJECTS:
        return at, at + 2, "vague"  # "أفاد ثلاثة مسؤولين أمنيين": how many, none named
    if head in _MANY and words[at + 1:at + 2] == ["من"]:
        return at, at + 3, "vague"  # "وأعرب العديد من المشتركين": many, none named
    if head in words_ar("documents_ar"):
        return _document(words, at)
    if head in words_ar("groups_ar"):
        end = at + 1
        if (end + 1 < len(words) and words[end] in GROUP_PLACE and words[end + 1] not in PUNCT
                and not head.endswith("ان")):
            end += 2  # "المشاركون في الاجتماع"; not "الوزيران في اللقاء", a dual named already
        return at, end, "group"
    if head in words_ar("bodies_ar"):
        return _extent(words, at, at + 1, "body")
    if addressed_after_role(words, at):
        return at, at + 1, "person"  # "ودعا المتحدث المواطنين إلى": the role, then whom
    start, end, kind = _extent(words, at, at + 1, "person")
    return start, end, "vague" if unnamed_one(words[start:end]) else kind


def _ali_apposed(words: list[str], at: int) -> bool:
    """"جدد على عبد العال، رئيس المجلس، التأكيد": the name علي in Egyptian spelling, its role
    after it between commas; not the preposition of "أكد على أهمية" or "أثنى على محمد"."""
    return ali_name(words, at) and any(
        words[i] in ("،", ",") and i + 1 < len(words) and is_role_word(words[i + 1])
        for i in range(at + 2, min(len(words), at + 5)))


_OFFICIAL = {normalize_ar("مسؤول"), normalize_ar("مسؤولة")}


def _reports_that(words: list[str], at: int) -> bool:
    """An unnamed source right before "that", or one word describing it: "تقارير إخبارية أن"."""
    return any(w in THAT for w in words[at + 1:at + 3])
# what a source gave out, named by who gave it ("بحسب إحصاءات الوزارة"), or by no one
_REPORTED = {normalize_ar(w) for w in ("تصريحات", "بيانات", "إحصاءات", "إحصائيات", "إحصائية",
                                       "أرقام", "معطيات", "معلومات", "تقديرات")}


def _owned_noun(word: str) -> str:
    """"قناعتها" -> "القناعه": a noun with a pronoun on it, as its definite form."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[:-len(suffix)]
            return "ال" + (base[:-1] + "ه" if base.endswith("ت") else base)
    return ""
_RESUMPTIVE = {normalize_ar(w) for w in ("عليها", "عليه", "عنها", "عنه", "لها", "له", "بها", "به",
                                          "منها", "منه")}
_ANAPHORS = {normalize_ar(w) for w in ("المذكور", "المذكورة", "المذكوران", "المذكورين")}
_DURING_IT = {normalize_ar(w) for w in ("خلاله", "خلالها", "فيه", "فيها", "خلالهما")}
_DEMONSTRATIVES = {normalize_ar(w) for w in ("هذه", "هذا", "تلك", "ذلك", "هؤلاء", "نفس", "ذات")}
_LINEAGE = {normalize_ar(w) for w in ("بن", "ابن", "بنت", "أبو", "ابو", "أبي", "بو")}
_PERIODS = {normalize_ar(w) for w in ("اليوم", "الأسبوع", "الشهر", "العام", "السنة", "الأمس")}
_TIME_WORDS = {normalize_ar(w) for w in ("اليوم", "أمس", "امس")}
_AFTER_NAME = [[w] for w in ("ان", "انه", ":", "،", ",")]  # normalised أن, إن
_ONE_OF = {normalize_ar(w) for w in ("أحد", "إحدى", "بعض")}
_ISSUED = {normalize_ar(w) for w in ("الصادر", "الصادرة", "الصادرين", "صادر", "صادرة")}



def _quoted_name(words: list[str], at: int, at_end: bool = False) -> tuple[int, int, str] | None:
    """A name in quotation marks, the house style of some papers: "وأكد «إسماعيل» أن",
    "وأعرب "أبو الغيط" في كلمته عن"; a quotation that is what was said is no source. After a
    phrase cue the name may close the sentence: 'بحسب ما نقلته "رويترز".'"""
    if at >= len(words) or words[at] not in QUOTES:
        return None
    asking = at > 0 and verb_forms().get(words[at - 1], ("",))[0] in ASKING
    for close in range(at + 2, min(at + (7 if asking else 6), len(words))):
        if words[close] in QUOTES:
            after = words[close + 1] if close + 1 < len(words) else ""
            if (after in STOP_WORDS or after in ("،", ",") or (asking and after.startswith("ال"))
                    or (is_role_word(after) and after.startswith("ال"))  # '"عبد المحسن بن
                    # فاروق" الممثل بأعمال الوفد': the name, then his role
                    or (at_end and after in ("", ".", "؟"))) and not any(
                    w in PUNCT or w in STOP_WORDS or w in LEAD or w in SPEECH_WORDS
                    or w in verb_forms() for w in words[at + 1:close]):
                found = source_after(words, at + 1)
                return (at + 1, close, found[2] if found else "person")
            return None
    return None


def _whose(words: list[str], at: int) -> tuple[int, int, str]:
    """The source of the statements or figures named at `at`: "وفقا لبيانات وزارة الصحة", "لتصريحات
    وزير الصحة", "لتصريحات أحمد علي"; no one in "بحسب إحصاءات رسمية" or "معلومات حصلت عليها"."""
    following = words[at + 1]
    if following[:1] == "ل" and following[1:2] != "ل" and following[1:] in words_ar("bodies_ar"):
        words = [*words[:at + 1], following[1:], *words[at + 2:]]  # "إحصائية لإدارة السير"
    found = source_after(words, at + 1)
    if found is None:
        return at, at + 1, "vague"
    if found[2] != "person" or following.startswith("ال") or is_role_word(following) \
            or following in words_ar("titles_ar"):
        return found
    if following.endswith("يه") or any(w in _RESUMPTIVE for w in words[found[0]:found[1] + 1]):
        return at, at + 1, "vague"  # an adjective ("رسمية"), a clause ("حصلت عليها")
    return found


def _document(words: list[str], at: int) -> tuple[int, int, str]:
    """A document, or the body whose document it is: "بيان الديوان", "تقرير وزارة الصحة",
    "التقرير الصادر عن البنك الدولي"."""
    following = words[at + 1] if at + 1 < len(words) else ""
    if following in _ISSUED and words[at + 2:at + 3] == ["عن"] and at + 3 < len(words):
        found = source_after(words, at + 3)
        if found is not None and found[2] in ("body", "person"):
            return found
    if following in ("من", "عن") and at + 2 < len(words):  # "وفقا لبيان من المركزي"
        found = source_after(words, at + 2)
        if found is not None and found[2] in ("body", "person"):
            return found
    bare = following[2:] if following.startswith(("ال", "لل")) else following  # "بيان للوزارة"
    bodies = words_ar("bodies_ar")
    if following in bodies or "ال" + bare in bodies:
        return _extent(words, at + 1, at + 2, "body")
    if following[:1] == "ل" and following[1:] in bodies:  # "بيان لوزارة الشؤون الخارجية"
        return _extent(words, at + 1, at + 2, "body")
    if (not words[at].startswith(("ال", "وال")) and following.startswith("ال")
            and following not in _ISSUED and following not in _PERIODS
            and not is_adjective(following) and not is_role_word(following)):
        return _extent(words, at + 1, at + 2, "body")  # "بيان الدفاع المدني": whose statement
    after = words[at + 2] if at + 2 < len(words) else ""
    if (not words[at].startswith(("ال", "وال")) and following and following not in PUNCT
            and not following.startswith(("ال", "لل", "ب", "و")) and not is_adjective(following)
            and following not in STOP_WORDS and following not in _ISSUED
            and after.startswith("ال") and not is_adjective(after) and after not in _PERIODS):
        return _extent(words, at + 1, at + 3, "body")  # "بيان مصالح الأمن": a body of two words
    return at, at + 1, "document"


def _titled_extent(words: list[str], start: int) -> tuple[int, int, str] | None:
    """A role description ending in a title and a name: "ممثل ... لدى دولة الكويت الدكتور طارق
    الشيخ". Returns None when no title comes before the clause goes on."""
    titles, bodies = words_ar("titles_ar"), words_ar("bodies_ar")
    described = is_role_word(words[start]) or words[start] in titles
    for index in range(start, min(len(words), start + 18)):
        word = words[index]
        if word in PUNCT or word in HARD_STOP or (word in STOP_WORDS and not described):
            return None  # "وقال سلامي في المؤتمر الصحفي ...": a name is no role description
        if (word in titles and index > start and index + 1 < len(words)
                and is_adjective(words[index + 1]) and not is_role_word(words[index - 1])):
            return None  # "وزير الخارجية سالم الصباح السفير الأمريكي": whom he received
        if (word in titles and index + 1 < len(words) and words[index + 1] not in PUNCT
                and not (index and names_a_place(words[index - 1])) and not deputy_of(words, index)
                and not (word in ALSO_ADJECTIVES and index > start
                         and words[index - 1].startswith("ال"))):
            end = title_end(words, index)
            if end < len(words) and is_role_word(words[end]):
                continue  # "معالي رئيس الهيئة ... الأستاذ عبدالعزيز": the name after a later title
            names, first = 0, end
            limit = name_span(words, end)
            while (end < limit and not ends_source(words, end, names == 0)
                   and not (words[end].startswith(("بال", "لل"))
                            and holds_name(words, first, end))):
                if names and role_after_name(words, end):
                    break  # "السفير أحمد أبو زيد المتحدث باسم الوزارة": the role after the name
                if names and words[end] in bodies and _name_before(words[end - 1]):
                    break  # "دعا ... المستشار مجدى العجاتى مجلس النواب إلى": the object
                if names and words[end] in titles and not holds_name(words, first, end):
                    names = -1  # "الرئيس التنفيذي للشركة الشيخ أحمد": the later title
                    break
                if (names and words[end] in titles and end + 1 < len(words)
                        and (is_name_word(words[end + 1]) or is_adjective(words[end + 1]))):
                    break  # "وزير الخارجية سالم الصباح السفير الأمريكي": whom he received
                end += 1
                names += 1
            if names < 0:
                continue
            if not holds_name(words, first, end):  # "الرئيس التنفيذي للشركة إن": no name came
                end = next((i for i in range(first, end) if words[i].startswith(("بال", "لل"))), end)
            if not names:
                return None
            if all(is_adjective(w) for w in words[first:end]) and words[end:end + 1] == ["لدى"] \
                    and end + 1 < len(words) and words[end + 1] not in PUNCT:
                # "السفير الأمريكي لدى الكويت": no name, or one after it ("السفير القطري لدى
                # البلاد علي بن عبدالله آل محمود")
                return start, _name_after_post(words, end + 2), "person"
            return start, _role_after(words, end), "person"
    return None


def _name_before(word: str) -> bool:
    """A name's last word before a body ("العجاتى" before "مجلس النواب"): no role, title or
    body of its own, and no "ل" of a role's field ("لشؤون مجلس الوزراء")."""
    return not (is_role_word(word) or word in words_ar("titles_ar") or word in words_ar("bodies_ar")
                or word.startswith("ل") or word in PUNCT)


def _name_after_post(words: list[str], at: int) -> int:
    """The end of a name written after "لدى البلاد", or `at` when none is."""
    end, limit = at, name_span(words, at)
    while (end < limit and not ends_source(words, end, end == at) and words[end] not in verb_forms()
           and not words[end].startswith(("بال", "لل")) and not country_length(words, end)):
        end += 1
    return end


def _role_after(words: list[str], end: int) -> int:
    """Past a role written after the name ("... الصباح ولي عهد الكويت"), so the role is known
    for the mentions by role after it."""
    if end >= len(words) or not is_role_word(words[end]):
        return end
    limit = min(len(words), end + 8)
    while end < limit and words[end] not in PUNCT and words[end] not in STOP_WORDS:
        end += 1
    return end


def _extent(words: list[str], start: int, end: int, kind: str) -> tuple[int, int, str]:
    """Grow the mention to the right until a stop word or punctuation (roles and titles included)."""
    if kind == "person":
        titled = _titled_extent(words, start)
        if titled is not None:
            return start, named_after(words, start, titled[1]), kind
    if kind == "body" and end == start + 1:
        named = quoted_after(words, end, 4)  # "شبكة «سي إن بي سي»": four letters spelled out
        if named:
            return start, named, kind  # "صحيفة «القبس» الكويتية": the name ends at its mark
    if (kind == "person" and end == start + 1 and words[start].startswith("ال")
            and is_name_word(words[start][2:]) and not is_adjective(words[start])
            and words[start] not in words_ar("given_names_ar")  # "وأفاد إلياس حمزة"
            and words[start] not in words_ar("titles_ar")
            and end < len(words) and (not words[end].startswith(("ال", "آل"))
                                      or words[end] in words_ar("bodies_ar"))
            and words[end] not in _LINEAGE and not is_role_word(words[end])):
        return start, end, kind  # "وعزا العتيبي انتشار الحريق إلى": a surname, then the object;
        # "وطالب التعيبان الحكومة العراقية بـ": a body after it is whom he asks
    limit = min(len(words), start + (9 if kind == "body" else 16))
    named_at = None  # the name's first word after "لدى البلاد"
    while end < limit and (not ends_source(words, end) or joined_role(words, start, end, kind)
                           or (kind == "person" and posted_to(words, start, end))
                           or (kind == "person" and role_quote(words, start, end))
                           or (kind == "person" and role_runs_on(words, start, end))
                           or (kind == "body" and words[end].startswith("وال"))
                           or (kind == "body" and body_in_place(words[end], words[end + 1]
                                                                if end + 1 < len(words) else ""))
                           or (kind == "person" and words[end].startswith("وال")
                               and is_adjective(words[end][1:]) and dual_role(words[start]))):
        if kind == "body" and not body_goes_on(words[end - 1], words[end], words[start],
                                               words[end + 1] if end + 1 < len(words) else ""):
            break
        if kind == "body" and end == start + 1 and object_after_head(words[start], words[end]):
            break  # "وأدانت الوزارة الهجوم": the object
        if (kind == "person" and words[end].startswith(("بال", "لل"))
                and not inside_role(words, start, end) and holds_name(words, start, end)):
            break  # "علي بالضيوف"; not "الرئيس التنفيذي للشركة أكبر الباكر"
        if (kind == "person" and (TOLD_HIS.fullmatch(words[end]) or words[end] == TIME_ONCE)
                and holds_name(words, start, end)):
            break  # "نبيه برّي لزوّاره" (whom he told), "بري مرة أخرى" (once more)
        if (kind == "person" and words[end].startswith("بال")
                and words[end + 1:end + 2] and words[end + 1] in ABOUT_AFTER):
            break  # "وأكمل مدرب منتخب مصر بالتطرق إلى": what he went on to do
        if named_at is not None and end > named_at and country_length(words, end):
            break  # "... سارمين باغداساريان الكويت بأنها": the country is the object
        if kind == "person" and words[end] in SAID_AFTER_NAME:
            break  # "بيانا أصدره المحمود قال فيه": the name ends at the verb
        if kind == "person" and end == start + 1 and owned_noun(words[end]):
            break  # "وختم المحافظ جولته": the role, then what he ended
        if (kind == "person" and end > start + 1 and words[end] in words_ar("titles_ar")
                and end + 1 < len(words) and is_adjective(words[end + 1])):
            break  # "وزير الخارجية السفير الأمريكي": the one he received
        if kind == "person" and words[end] == AT_POST:
            named_at = end + 2
        if kind == "person" and words[end] in QUOTES and (close := quoted_after(words, end, 5)):
            end = close  # '... قوات التحالف “تحالف دعم الشرعية في اليمن” العميد تركي المالكي'
            continue
        end += 1
    return start, named_after(words, start, end) if kind == "person" else end, kind

