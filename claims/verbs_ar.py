"""Where the reporting verb of an Arabic sentence stands: among the first words of the sentence
or of a clause after a comma, after a quotation, or opening a later clause with its subject
dropped or after it (claims.attribution_ar takes the source from there)."""
from __future__ import annotations

import re

from claims.normalize import normalize_ar
from claims.lexicon import words_ar
from claims.words_ar import (
    DROPPED_AFTER,
    LEAD,
    STOP_WORDS,
    is_role_word,
    object_verbs,
    opens_object,
    verb_forms,
)

THAT = {normalize_ar(w) for w in ("أن", "إن", "أنه", "إنه", "أنها", "إنها", "بأن")}
_LETTER = re.compile(r"[^\W\d_]")
MARKS = {"«", "»", "“", "”", '"'}
_TEENS = {normalize_ar(w) for w in ("عشر", "عشرة")}  # "اثنى عشر": twelve, not "أثنى" (praised)
WAS = {normalize_ar(w) for w in ("كان", "وكان", "كانت", "وكانت")}
# a verb straight after these opens a clause of its own, its subject after it
_SUBORDINATE = {normalize_ar(w) for w in ("بعدما", "عندما", "حينما", "بينما", "فيما", "كلما",
                                          "لما", "حين", "حيث", "إذ", "وإذ")}  # "وإذ أكدت القيادة"
_TOPIC = {normalize_ar(w) for w in ("أما", "وأما")}
# "ومن المقرر أن يوجه الوزير رسالة": what is planned or expected, no report of words said
_PLANNED = {normalize_ar(w) for w in ("المقرر", "المنتظر", "المرتقب", "المتوقع", "المفترض")}
_WHERE = {normalize_ar(w) for w in ("حيث", "وحيث")}
_SAYING = [[normalize_ar(w)] for w in ("قائلا", "قائلة")]  # "رد قائلا": a verb, not a reply
_PREPOSITIONS = {normalize_ar(w) for w in ("في", "وفي", "فى", "وفى", "من", "ومن", "فيما", "وفيما",
                                            "عن", "وعن",
                                            "حول", "وحول", "بشأن", "وبشأن", "على", "وعلى",
                                            # "وعقب انتهاء الفاضل من مداخلته أكد رئيس المجلس"
                                            "عقب", "وعقب", "بعد", "وبعد", "قبل", "وقبل", "خلال",
                                            "وخلال", "أثناء", "وأثناء", "إثر", "وإثر", "عند",
                                            "وعند", "بعيدا", "وبعيدا", "لدى", "ولدى",
                                            # "رغم أن الوزارة قالت": despite, no subject
                                            "رغم", "ورغم", "برغم", "وبرغم")}
_QAD = {normalize_ar(w) for w in ("قد", "وقد", "لقد", "فقد")}  # "قد دعا": only a verb follows قد
_AMBIGUOUS = {normalize_ar(w) for w in ("عبر", "بين", "ذكر", "تابع", "ختم", "أكمل", "بدأ", "دعا",
                                          "رأى", "طالب", "علق", "رد", "توقع", "أبرز", "وجه",
                                          "شكر", "أمر")}  # "وصدر أمر بالحبس": an order


# greetings raised or offered in words, the wire's idiom: "ورفع ... أسمى آيات التهاني",
# "تقدم ... بأسمى آيات التهاني"; without them "رفع" raises and "تقدم" advances, no verb of ours
_GREETED = {normalize_ar(w) for w in ("رفع", "تقدم", "قدم", "توجه")}
_GREETINGS = {normalize_ar(w) for w in (
    "أسمى", "بأسمى", "آيات", "التهاني", "بالتهاني", "التهنئة", "بالتهنئة", "التبريكات", "الشكر",
    "بالشكر", "خالص", "بخالص", "التعازي", "بالتعازي", "تهانيه", "تهانيها", "شكره", "بشكره",
    "شكرها", "شكرهم", "تعازيه", "تعازيها",
    # an account given: "قدم المدرب تحديثا مفصلا حول الإصابات"
    "تحديثا", "تحديث", "شرحا", "إيضاحا",
    # an apology offered: "وقدمت الشركة اعتذارها للمواطنين"
    "اعتذارها", "اعتذاره", "اعتذارهم", "اعتذارا", "الاعتذار",
    # words turned to someone: "توّجه رئيس المجلس ... للنواب بالقول:"
    "بالقول")}
_ASKING_STEMS = {normalize_ar(w) for w in ("طالب", "دعا", "ناشد", "حث")}
_DURING = normalize_ar("خلال")
_TO = {normalize_ar(w) for w in ("إلى", "الى")}
_QUOTE_OPENS = {":", "«", "“", '"'}
_MID_SUBJECT = re.compile("وال.{3,}")


def mid_subject(words: list[str], verb_at: int) -> bool:
    """The word before a verb without و is its subject joined by و to the clause before: "...
    والوزير أشار إلى"; or after فإن: "وعلى مستوى التجارة فإن البنك يتوقع نموها"."""
    if words[verb_at - 2:verb_at - 1] == [_FA_INNA] and not words[verb_at].startswith("و"):
        before = words[verb_at - 1]
        return before.startswith("ال") and (_person_noun(before) or before in words_ar("bodies_ar"))
    return (not words[verb_at].startswith("و") and _MID_SUBJECT.fullmatch(words[verb_at - 1])
            is not None and _person_noun(words[verb_at - 1][1:]))


_FA_INNA = normalize_ar("فإن")


def _person_noun(word: str) -> bool:
    """A group or a role, singular, dual or plural: "الوزير", "الوزيرين", "الجانبان"."""
    if word in words_ar("groups_ar") or is_role_word(word):
        return True
    return any(word.endswith(end) and is_role_word(word[:-len(end)]) for end in ("ين", "ان", "ون"))
# a preposition joined to a demonstrative opens a phrase: "وبهذه المناسبة", "ولهذا السبب"
_THIS_PHRASE = re.compile(normalize_ar(r"[وف]?[بل](?:هذه|هذا|ذلك|تلك)"))


DASHES = {"-", "–", "—"}
_ASKING_FIRST = {normalize_ar(w) for w in ("ماذا", "لماذا", "كيف", "متى", "أين")}
_WHAT = normalize_ar("ماذا")  # "# ماذا قال غروسي عن إيران": a question, with its mark or not


_SYMBOL = re.compile(r"[^\w\s«»“”\"،,:؛.!?؟()\[\]-]+")


def past_symbols(words: list[str], first: int) -> int:
    """The first word at or after `first` past emoji and bullets: "📰 «البترول» تنفي ..."."""
    while first < len(words) - 1 and _SYMBOL.fullmatch(words[first]):
        first += 1
    return first


def find_verb(words: list[str], first: int = 0) -> tuple[int | None, int | None]:
    """(the verb's token, the token its subject starts at when the subject comes first). The
    verb stands among the first words of the sentence or of a clause after a comma ("وفي تصريح
    لـ«القبس»، قال النائب", "بن فرحان لم ينف ذلك، لكنه أوضح"), within its first 14 words; a
    verb that is also a noun or preposition ("بين") only first in the first clauses."""
    forms = verb_forms()
    if words[first:first + 1] in (["هل"], ["وهل"]) or _WHAT in words[first:first + 2] or (
            words[first:first + 1] and words[first] in _ASKING_FIRST and "؟" in words[-2:]):
        return None, None  # "هل تتوقع ...؟" asks the reader; "ماذا قالت الفتاة ...؟" a link
        # to another story, which tells nothing of what was said
    position, subject, phrase, late = 0, None, False, False
    quoted = _quoted_subject(words, first) or _topic_subject(words, first)
    if quoted is not None:
        return quoted
    for index, word in enumerate(words[first:first + 14], start=first):
        if word in ("«", "»") and subject is not None:
            continue  # 'رئيس «حماية المستهلك» يحذر': a body's name in marks in the subject
        if word in ("،", ",", ":") or not _LETTER.search(word):  # a clause, quotation or
            late = late or position == 99
            position, subject, phrase = 0, None, False  # dateline ends; the verb may open
            continue  # the next part
        if word in forms and forms[word][0] in _GREETED and _GREETINGS.isdisjoint(
                words[index + 1:index + 34]):
            forms_here = False  # "هذا وقد رفعت اللجنة أسعار": raised, no greetings
        else:
            forms_here = word in forms
        if forms_here and position < 99 and not (
                _ambiguous(word, forms[word][0]) and (position > 0 or late)
                and words[index + 1:index + 2] not in _SAYING
                and not _expressed(words, index, forms[word][0], position, subject)
                and not (index and words[index - 1] in _QAD)
                and not (subject is not None and words[first] in WAS and position <= 6)
                # "وكان وزير الداخلية أحمد الميسري طالب التحالف": after كان and its subject
                and not (phrase and _titled(words[index + 1:index + 2]))) and not (
                words[index + 1:index + 2] and words[index + 1] in _TEENS) and not (
                index > first and _between(words, index)) and not (
                index and words[index - 1].isdigit()):  # "2400 طالب وطالبة": counted, a noun
            if index > first + 1 and words[index - 1] == "ان" and words[index - 2] in _PLANNED:
                return None, None
            if index > first and words[index - 1] in _SUBORDINATE:
                return index, None  # "ويأتي اجتماع المركزي بعدما أعلن الجهاز": its subject
                # follows; an ambiguous form after the clause's first word is a noun: "في أول
                # رد فعل له ...، قال"
            if subject is not None and word[:1] in "وف" and word[1:] in forms:
                return index, None  # "اخر الاخبار واوضح المصدر": a verb joined by و opens a
                # clause of its own, its subject after it, not the words before
            following = words[index + 1] if index + 1 < len(words) else ""
            if (subject is not None and subject > first and words[subject - 1] in DASHES
                    and (is_role_word(following) or following in words_ar("titles_ar"))):
                return index, None  # "القاهرة – محمود حماد كشف وزير السياحة": the writer
                # after the place, then the verb and its own subject
            return index, subject
        if word not in LEAD and word not in _PREPOSITIONS:  # "وعن المحجورين ... أكد جابر"
            if position == 0 and ((index and words[index - 1] in _PREPOSITIONS)
                                  or _THIS_PHRASE.fullmatch(word)):
                phrase = True  # "وفي سياق متصل قال": a phrase, no subject, before the verb;
                # "وبهذه المناسبة تقدم" too
            elif position == 0 and word not in STOP_WORDS and not word.startswith(("بال", "لل")):
                subject = index
            position += 1
            if position > 2 and subject is None and not phrase or position > (
                    6 if phrase else 9 if _role_subject(words, subject) else 4):
                position = 99  # no verb in this clause; one may open the next: "...، لكنه أوضح";
                # a role runs longer: "وكان النائب عن التحالف الكردستاني شاخوان عبد الله قال"
    return None, None


def _titled(words: list[str]) -> bool:
    """A role or a title: after a phrase ("على صعيد متصل ذكر المتحدث الأمني") an ambiguous form
    followed by one is the verb and its subject."""
    return bool(words) and (is_role_word(words[0]) or words[0] in words_ar("titles_ar"))


def _role_subject(words: list[str], subject: int | None) -> bool:
    return subject is not None and (is_role_word(words[subject])
                                    or words[subject] in words_ar("titles_ar"))


def _quoted_subject(words: list[str], first: int) -> tuple[int, int] | None:
    """A headline's subject in quotation marks before a verb in the present: '"التعليم" تنفي
    تقسيم العام الدراسي', «الصحة» تعلن ... (not «نحن ملتزمون» قال الوزير, a quotation)."""
    if words[first:first + 1] and words[first] in MARKS:
        for close in (first + 2, first + 3):
            if close + 1 < len(words) and words[close] in MARKS:
                verb = words[close + 1]
                if verb in verb_forms() and verb[:1] in "يت":
                    return close + 1, first + 1
                return None
    return None


def _topic_subject(words: list[str], first: int) -> tuple[int, int] | None:
    """"أما مدرب الفريق المضيف نادر العلي فقال": after أما the subject, however long, and its
    verb with ف."""
    if words[first:first + 1] and words[first] in _TOPIC:
        forms = verb_forms()
        for index in range(first + 2, min(len(words), first + 12)):
            if words[index] in ("،", ",", ":"):
                return None
            if words[index][:1] == "ف" and words[index] in forms:
                return index, first + 1
    return None


_EXPRESSED = normalize_ar("عبر")


def _expressed(words: list[str], at: int, stem: str, position: int, subject: int | None) -> bool:
    """"الوزير عبر عن استعداده": right after its subject and before عن, عبر is the verb
    "expressed", not "via"."""
    return stem == _EXPRESSED and position == 1 and subject is not None \
        and words[at + 1:at + 2] == ["عن"]


_BETWEEN = normalize_ar("بين")


def _between(words: list[str], at: int) -> bool:
    """"بين" inside a sentence with no "that" or colon after it: the preposition, "between"
    ("...، منذ 15 أبريل الماضي، بين الجيش النظامي وميليشيا الدعم السريع"), not the verb بيّن
    ("...، بين الوزير أن")."""
    return words[at] == _BETWEEN and not any(
        w in THAT or w == ":" or w == "ان" for w in words[at + 1:at + 14])


def _ambiguous(word: str, stem: str) -> bool:
    """A form of a verb that is also a noun or preposition ("طالب" a student, "ردا" a reply,
    "بين" between); its present forms ("يطالب") and its feminine past are verbs only."""
    bare = word[1:] if word[:1] in "وف" and word[1:] else word
    if bare == stem + "ت":
        return False  # "توقعت", "بينت": a feminine past, no noun (ة is written ه here)
    return stem in _AMBIGUOUS and not (bare[:1] in "يت" and not stem.startswith(bare[:1]))


def clause_verb(words: list[str], first: int) -> int | None:
    """A verb with a dropped subject opening a later clause, however far into the sentence:
    "جاء ذلك في كلمته، خلال افتتاح المؤتمر، وأضاف أن ..."; after an opening كان, the verb
    of its subject, without و; after حيث, with its subject or without."""
    forms = verb_forms()
    was = words[first:first + 1] and words[first] in WAS  # "وكان الوزير، ...، أكد أن"
    for index in range(max(first, 1), len(words) - 1):
        word = words[index]
        if word not in forms or (_ambiguous(word, forms[word][0]) and not (
                forms[word][0] in _ASKING_STEMS and words[index + 1] in _TO)):  # "ودعا إلى"
            continue
        if words[index - 1] in _WHERE:  # "عقد المدربان مؤتمرا صحفيا حيث أكد مدرب المنتخب"
            return index
        comma = words[index - 1] in ("،", ",") or (  # "...، هذا وأشارت اللجنة بأن"
            words[index - 1] == "هذا" and index > 1 and words[index - 2] in ("،", ","))
        if comma and (was or word.startswith("و")) and (
                words[index + 1] in DROPPED_AFTER or words[index + 1] == ":"
                or (word.startswith("و") and _that_soon(words, index + 2, forms))
                or (word.startswith("و") and is_role_word(words[index + 1])
                    and words[index + 2:index + 3] and opens_object(words[index + 2]))):
            return index  # "...، وأشارت اللجنة بأن": a subject, then what it said; "...،
            # وأكد الرئيس التزام القاهرة": the role, then the stance it took
        if not comma and index >= first + 3 and mid_subject(words, index):
            return index  # "... والوزير أشار إلى", "... والوزيرين أعربا عن": its subject first
        if (not comma and word.startswith("و") and index >= first + 3 and not was
                and words[index + 1:index + 2] and words[index + 1] in words_ar("groups_ar")
                and words[index + 2:index + 3] and words[index + 2] in DROPPED_AFTER):
            return index  # "... وأكد الطرفان على أهمية": a group named after the verb
        if (not comma and word.startswith("و") and index >= first + 3
                and (not was or words[index + 1] in _TO)  # "وكان الأمير حل البرلمان ودعا إلى"
                and (words[index + 1] in DROPPED_AFTER or words[index + 1] == _DURING
                     or words[index + 1] in _QUOTE_OPENS
                     or THAT.intersection(words[index + 1:
                                                                                   index + 3])
                     or (forms[word][0] in _ASKING_STEMS and words[index + 1].startswith("ب")))):
            return index  # "استقبل الوزير السفير وأكد خلال اللقاء أن", "ترافعت النيابة عن
            # متهم وطالبت ببراءته", "وزار الوزير المستشفى وقال: «...»": the event's subject goes
            # on speaking
    return None


def _that_soon(words: list[str], at: int, forms) -> bool:
    """أن within six words of `at`, or within twelve with no verb before it: "...، وأكد نائب
    رئيس الثانوية العامة ومدير عام الامتحانات بوزارة التربية والتعليم، أن" (a long role)."""
    if THAT.intersection(words[at:at + 6]):
        return True
    for index in range(at, min(len(words), at + 12)):
        if words[index] in THAT:
            return True
        if words[index] in forms:
            return False
    return False


def verb_after_quote(words: list[str]) -> int | None:
    """The verb right after a quotation that opens the sentence: "«نحن ملتزمون»، قال الوزير"."""
    if not words or words[0] not in ("«", "“", '"'):
        return None
    for index, word in enumerate(words[1:], start=1):
        if word in ("»", "”", '"'):
            after = index + 1 + (index + 1 < len(words) and words[index + 1] in ("،", ","))
            return after if after < len(words) and words[after] in verb_forms() else None
    return None


_PRONOUN_LEADS = {normalize_ar(w) for w in (
    "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم", "أنه", "أنها", "انه", "انها", "فإنه",
    "فإنها")}  # "لكنه لا يتوقع سنة أخرى", "غير أنها أضافت": the subject is the pronoun
_NEGATIONS = {normalize_ar(w) for w in ("لا", "لم", "لن")}


def pronoun_subject(words: list[str], verb_at: int) -> bool:
    """A conjunction carrying a pronoun right before the verb (a negation between them): the
    verb's subject is that pronoun, and the words after the verb are its object."""
    before = verb_at - 1 - (verb_at > 1 and words[verb_at - 1] in _NEGATIONS)
    return before >= 0 and words[before] in _PRONOUN_LEADS


def no_object_anywhere(words: list[str], verb_at: int) -> bool:
    """A verb that reports only with an object (cues_object_ar) and no object in the words
    after it at all."""
    return (verb_forms()[words[verb_at]][0] in object_verbs()
            and not has_object(words, verb_at + 1)
            and not any(has_object(words, at) for at in range(verb_at + 2, verb_at + 6)))


def has_object(words: list[str], at: int) -> bool:
    """A verbal-noun object or a ب complement soon after the source (cues_object_ar):
    "جددت الوزارة في بيان لها اليوم موقف الكويت"; "رحب الوزير، بجميع الوفود"."""
    comma = at < len(words) and words[at] in ("،", ",")
    if comma:
        at += 1
    return (any(opens_object(w) for w in words[at:at + 8]) or words[at:at + 1] == ["ما"]
            or any(w.startswith("ب") for w in words[at:at + 1])
            or any(w.startswith("بال") for w in words[at:at + 3])
            or words[at:at + 2] in (["الى", "علم"], ["إلى", "علم"])  # "أنهت ... إلى علم"
            or (comma and words[at:at + 1] in (["«"], ['"'], ["“"])))  # "وأنهى كريم حسن، «...»"


_ORDERED = normalize_ar("أمر")
# what a prosecutor or a court orders: an act, not words ("أمرت النيابة العامة بحبس متهم");
# a minister's order to speed the work up is his instruction (cues_object_ar)
_JUDICIAL = {normalize_ar(w) for w in (
    "بحبس", "بإخلاء", "بضبط", "بالقبض", "بإحالة", "بتوقيف", "بسجن", "بالإفراج", "بتجميد",
    "بمنع", "بحجز", "بالتحفظ", "بإغلاق", "بإعدام", "بتغريم", "بمصادرة", "بحظر", "بضبطه")}


def judicial_order(stem: str, words: list[str], at: int) -> bool:
    """"أمر" with a court's or a prosecutor's act as its ب complement, soon after the source."""
    return stem == _ORDERED and not _JUDICIAL.isdisjoint(words[at:at + 3])
