"""How far an Arabic role description runs before the name it introduces: past و to a second
role, past "لدى البلاد", past a short name in quotation marks or in brackets, past the body the
office belongs to ("المفوض العام لوكالة الأونروا فيليب لازاريني"), so the name is found after it;
and where a role ends with no name: before the people it addresses ("ودعا المتحدث المواطنين إلى"),
or as an unnamed profession ("قال خبير اقتصادي"); and where the name starts after a role with no
title ("وزير الخارجية أحمد علي", "المتحدث حسين القحطاني")."""
from __future__ import annotations

from claims.lexicon import words_ar
from claims.normalize import normalize_ar
from claims.roles_ar import LINKS, is_role_only
from claims.words_ar import (
    HARD_STOP,
    OBJECT_NOUNS,
    PLACE_NOUNS,
    PUNCT,
    STOP_WORDS,
    is_adjective,
    is_name_word,
    is_nationality,
    is_role_word,
    names_a_place,
    opens_object,
    verb_forms,
)

AT_POST = normalize_ar("لدى")
_FOR_PLACE = normalize_ar("عن")
_IN_NAME_OF = normalize_ar("باسم")
QUOTES = set("«»“”\"")
SPEECH_WORDS = {normalize_ar(w) for w in (  # a short quotation of what was said, not a name
    "نحن", "أنا", "هو", "هي", "هم", "نعم", "كلا", "ليس", "ليست", "لسنا", "إننا", "إنه")}
# The medium spoken to ("قال المتحدث باسم الوزارة لوكالة الأنباء"), or after a bare office the
# body it belongs to ("المفوض العام لوكالة الأونروا فيليب لازاريني").
_MEDIA = {normalize_ar(w) for w in ("لوكالة", "لصحيفة", "لقناة", "لموقع", "لإذاعة", "لجريدة")}
_THE_AGENCY = normalize_ar("للوكالة")  # "المدير العام للوكالة الدولية للطاقة الذرية رافائيل
# غروسي": a bare office's agency, its head named after it (not "قال الوزير للوكالة إن")
_IN = {normalize_ar(w) for w in ("في", "فى")}
# the list or the party a member of parliament sits for: "النائب عن تحالف الفتح حامد الموسوي"
FOR_PARTY = normalize_ar("عن")
PARTIES = {normalize_ar(w) for w in ("كتلة", "تحالف", "حزب", "ائتلاف", "قائمة", "محافظة",
                                      "دائرة", "تيار", "جبهة", "حركة", "الكتلة", "التحالف",
                                      "الحزب", "الائتلاف", "القائمة", "التيار", "الحركة")}
_AHEAD = 9  # words a role may still run before its name
_AMIN = normalize_ar("أمين")


def inside_role(words: list[str], start: int, end: int) -> bool:
    """True while a mention that opened with a role has seen no title yet: "مساعد وزير
    الخارجية لشؤون ..." keeps going, "علي بالضيوف" does not."""
    titles = words_ar("titles_ar")  # the opening word may be both ("الرئيس التنفيذي في ...")
    return is_role_word(words[start]) and not any(w in titles for w in words[start + 1:end])


def posted_to(words: list[str], start: int, end: int) -> bool:
    """"لدى البلاد" after a role with no name yet, and a name after it: the place the
    ambassador is posted to, not the end of the source."""
    return (words[end] == AT_POST and end + 2 < len(words) and words[end + 2] not in PUNCT
            and words[end + 2] not in STOP_WORDS and is_role_only(" ".join(words[start:end])))


def quoted_after(words: list[str], at: int, longest: int = 3) -> int:
    """The end of a name of one to `longest` words in quotation marks at `at`, or 0."""
    if at >= len(words) or words[at] not in QUOTES:
        return 0
    for close in range(at + 2, min(at + longest + 2, len(words))):
        if words[close] in QUOTES:
            return close + 1
        if words[close] in PUNCT or (words[close] in STOP_WORDS and longest <= 3):
            return 0  # a long body's name may hold "في": “تحالف دعم الشرعية في اليمن”
    return 0


def role_quote(words: list[str], start: int, end: int) -> bool:
    """A mark of a short name in quotation marks inside a role: وكيلة «الصحة العامة»; not the
    quotation that opens what was said: وتابع رئيس الحكومة "كنا نأمل ..."."""
    if words[end] not in QUOTES or not inside_role(words, start, end):
        return False
    opened = next((i for i in range(end - 1, max(start, end - 4), -1) if words[i] in QUOTES), None)
    if opened is not None:
        return True  # the closing mark of a name let in
    close = quoted_after(words, end, 5)  # 'محافظ "هيئة الاتصالات وتقنية المعلومات" عبدالله'
    return bool(close) and not any(w in SPEECH_WORDS or w in verb_forms()
                                   for w in words[end + 1:close - 1])


def joined_role(words: list[str], start: int, end: int, kind: str) -> bool:
    """"وزير الإعلام والثقافة ووزير الدولة لشؤون الشباب عبدالرحمن المطيري": a role goes on
    past و until its name; "الوزير والسفير" are two people."""
    word = words[end]
    return (kind == "person" and word.startswith("و") and inside_role(words, start, end)
            and (word.startswith("وال") or is_role_word(word[1:]))
            and not (word.startswith("وال") and word.endswith("ون"))  # "نقيب الصحفيين
            # والموقعون على البيان": a second source, people in the plural
            and (word[1:] not in words_ar("titles_ar")  # "نائب رئيس مجلس الإدارة والرئيس
                 or words[end + 1:end + 2] and words[end + 1].startswith("ال")))  # التنفيذي"


def role_runs_on(words: list[str], start: int, end: int) -> bool:
    """Whether a role with no name yet goes on at words[end] to a name after it: over a short
    name in brackets ("مفوض وكالة غوث ... (الأونروا) فيليب لازاريني"), over the body of a bare
    office ("المفوض العام لوكالة الأونروا فيليب"), over the body a spokesman speaks in ("الناطق
    الرسمي في وزارة التعليم العالي مهند الخطيب"). Without a name after it the role has ended:
    "قال المتحدث لوكالة الأنباء", "قال الوزير في وزارة الخارجية"."""
    word = words[end]
    if word == FOR_PARTY and words[end + 1:end + 2] and words[end + 1] in PARTIES and all(
            is_role_word(w) or w in words_ar("titles_ar") for w in words[start:end]):
        return _name_ahead(words, end + 1)  # "النائب عن كتلة الصادقون النيابية عبد الأمير"
    if not inside_role(words, start, end):
        return False
    if word == "(":
        after = end + (3 if words[end + 2:end + 3] == [")"] else 4)
        after += words[after:after + 1] != [] and words[after] in QUOTES  # '(الأونروا) "فيليب'
        return (words[end + 2:end + 3] == [")"] or words[end + 3:end + 4] == [")"]) and \
            _name_at(words, after)
    if word == ")":
        after = end + 1 + (words[end + 1:end + 2] != [] and words[end + 1] in QUOTES)
        return "(" in words[max(start, end - 3):end] and _name_at(words, after)
    if word in QUOTES:  # 'العضو المنتدب في «شركة نفط الكويت» سامي الرشيد': over the body's marks
        close = next((i for i in range(end + 1, min(len(words), end + 6)) if words[i] in QUOTES),
                     None) if words[end - 1] in _IN or words[end - 1] == "ل" else (
            end if any(w in QUOTES for w in words[start:end]) else None)  # its closing mark
        return close is not None and _name_at(words, close + 1)
    if word == "ل" and words[end + 1:end + 2] and words[end + 1] in QUOTES:
        return role_runs_on(words, start, end + 1)  # 'الرئيس التنفيذي ل «طيران الخليج» سامر'
    bare_office = all(is_role_word(w) or is_adjective(w) for w in words[start:end])
    marked = words[end + 1:end + 2] and words[end + 1] in QUOTES  # 'في «شركة نفط الكويت»'
    if word in _IN and _place_then_name(words, end + 1):
        return True  # "منسقة ... في السودان كليمانتين", "المتحدث ... في قطاع غزة “أشرف القدرة”"
    if word == _THE_AGENCY and bare_office and words[end + 1:end + 2] and words[
            end + 1].startswith("ال"):
        return _name_ahead(words, end + 1)
    if (word in _MEDIA and bare_office) or (word in _IN and (
            _body_at(words, end + 1 + marked) or words[end + 1] in PLACE_NOUNS)):  # "المتحدث
        # باسم الشرطة في مدينة فيلادلفيا الأمريكية إريك غريب": the place it speaks for
        return _name_ahead(words, end + 1 + marked, bool(marked))
    return False


_STRIP = {normalize_ar(w) for w in ("قطاع", "إقليم", "جمهورية", "دولة")}  # "قطاع غزة"


def _place_then_name(words: list[str], at: int) -> bool:
    """A country or a place (after its kind: "قطاع غزة") at `at`, then a person's name, in
    quotation marks or not."""
    at += words[at] in _STRIP and at + 1 < len(words)
    if at >= len(words):
        return False
    if not (words[at] in words_ar("countries_ar") or words[at] in words_ar("places_ar")):
        return (_name_at(words, at) and _name_at(words, at + 1) and _name_at(words, at + 2)
                and (at + 3 == len(words) or words[at + 3] in _ENDS_NAME))  # "في دكا
        # جوزيف تريبورا:": a city of ours unknown, then a name of two words that ends the mention
    at += 1
    at += at < len(words) and words[at] in QUOTES
    return _name_at(words, at)


def role_to_comma(words: list[str], start: int, end: int) -> int:
    """The comma a role with no name yet runs on to over its field or its body, when the name
    is given after it: "المحلل بالمركز الوطني للأرصاد، عقيل العقيل،", "الباحث في الطقس عضو
    لجنة التسميات بالمملكة العربية السعودية، عبدالعزيز الحصيني،"; 0 when a verb, a "that", a
    number or other punctuation comes first (the caller checks that a name follows)."""
    titles = words_ar("titles_ar")  # "المحلل" and "الباحث" stand before a name like a title
    if not (is_role_word(words[start]) or words[start] in titles) or any(
            w in titles for w in words[start + 1:end]):
        return 0
    for index in range(end, min(len(words), end + _AHEAD + 1)):
        word = words[index]
        if word in ("،", ","):
            return index
        if word in QUOTES:
            continue  # 'القيادي في حركة المقاومة الفلسطينية “حماس”، أسامة حمدان،': a name in marks
        if word == _FOR_PLACE and words[index + 1:index + 2] and (
                words[index + 1] in PLACE_NOUNS or words[index + 1] in words_ar("places_ar")):
            continue  # 'المتحدث باسم "حماس" عن مدينة القدس، محمد حمادة،': the place spoken for
        if (word in PUNCT or word in HARD_STOP or word in verb_forms() or word[:1].isdigit()
                or opens_object(word)):
            return 0
    return 0


def _body_at(words: list[str], at: int) -> bool:
    bodies = words_ar("bodies_ar")
    return at < len(words) and (words[at] in bodies or "ال" + words[at] in bodies)


def _name_at(words: list[str], at: int) -> bool:
    """A word that can only be a person's name: none of a body's, a place's or a role's words,
    no verb and no object."""
    if at >= len(words):
        return False
    word = words[at]
    if word == _AMIN and words[at + 1:at + 2] and words[at + 1].startswith("ال"):
        return True  # "أمين الناصر": the given name, not the role word أمين
    return (is_name_word(word) and not _body_at(words, at)
            and not (word[:1] in "لب" and _body_at([word[1:]], 0)) and not word.startswith("و")
            and word not in verb_forms() and not opens_object(word) and not is_adjective(word)
            and not word[:1].isdigit() and word not in words_ar("countries_ar"))


def _name_ahead(words: list[str], at: int, marked: bool = False) -> bool:
    """A name comes within a few words, before punctuation or a stop word, after the body; the
    body's own name in marks or in one word without the article is passed over ("في شركة "نفط
    الكويت" هاشم هاشم", "في شركة زين بدر الخرافي")."""
    quoted, own_name = marked, False  # `marked`: the body's name opened with a mark before it
    for index in range(at + 1, min(len(words), at + _AHEAD)):
        if words[index] in QUOTES or (words[index] == "(" and ")" in words[index + 2:index + 4]):
            quoted = not quoted  # the body's short name in brackets: "... (الأونروا) فيليب"
            continue
        if quoted:
            quoted = words[index] != ")"
            continue
        if words[index] in PUNCT or words[index] in STOP_WORDS:
            return False
        if not words[index].startswith(("ال", "لل", "وال")) and _name_at(words, index):
            if (words[index - 1].startswith(("ال", "لل", "وال")) or words[index - 1] in PUNCT
                    or own_name):
                return True
            if index != at + 1:
                return False
            own_name = True  # "شركة زين": the body's name, the person's may follow
    return False


# definite words after a role that still describe it ("الأمين العام", "المبعوث الخاص")
_ROLE_ADJECTIVES = {normalize_ar(w) for w in (  # (others: words_ar.is_adjective)
    "العام", "العامة", "الخاص", "الخاصة", "الأعلى", "الأولى")}
_TO = {normalize_ar(w) for w in ("إلى", "الى", "إلي", "الي", "على", "من")}


def addressed_after_role(words: list[str], at: int) -> bool:
    """A bare role with the article, then the people it addresses and what they are told to
    do: "ودعا المتحدث المواطنين إلى", "وطالب الوزير الحكومة بالتحرك", "وحث المتحدث السكان
    على"; not "الأمين العام" or "المتحدث الرسمي"."""
    if at + 2 >= len(words) or not words[at].startswith("ال"):
        return False
    surname = (is_name_word(words[at][2:]) and not is_adjective(words[at])
               and words[at] not in words_ar("bodies_ar")
               and words[at] not in words_ar("groups_ar"))
    if not (is_role_word(words[at]) or words[at] in words_ar("titles_ar") or surname):
        return False  # "ودعا المناصير المواطنين إلى": a family name, then whom he calls on
    addressed, after = words[at + 1], words[at + 2]
    if addressed in OBJECT_NOUNS and not surname:
        return True  # "وشكر الوزير الحضور": those present
    return (addressed.startswith("ال") and not addressed.endswith(("ي", "يه", "يون", "يين"))
            and addressed not in _ROLE_ADJECTIVES and not is_adjective(addressed)
            and not is_role_word(addressed) and addressed not in words_ar("titles_ar")
            and (after in _TO or (after.startswith("ب") and len(after) > 3 and not surname)))


# what a role written with no name may say of the one who holds it: "خبير اقتصادي", "وزير سابق"
_FIELDS = {normalize_ar(w) for w in (
    "اقتصادي", "سياسي", "عسكري", "أمني", "قانوني", "نفسي", "رياضي", "مالي", "طبي", "نفطي",
    "استراتيجي", "دستوري", "تربوي", "إعلامي", "دبلوماسي", "كبير", "بارز", "سابق", "رفيع",
    "مستقل", "مختص", "متخصص")}


def unnamed_one(mention: list[str]) -> bool:
    """A profession or office with no article, name or body: "قال خبير اقتصادي", "وقال طبيب":
    nobody a reader could identify (GUIDELINES: a vague source)."""
    head = mention[0] if mention else ""
    return (is_role_word(head) and not head.startswith("ال") and head not in words_ar("titles_ar")
            and all(w in _FIELDS or w[:-1] in _FIELDS or is_nationality("ال" + w)
                    or is_nationality("ال" + w[:-1] + "ه") for w in mention[1:]))


def past_body(normalized: list[str]) -> int | None:
    """Where the name starts after the body a role belongs to, written with ل or في ("الرئيس
    التنفيذي لشركة زين بدر الخرافي", "في شركة نفط الكويت هاشم هاشم", "لمؤسسة البترول الكويتية
    الشيخ نواف ..."): past the body's head, its own name in one word without the article, and
    the words with it. None when no such body stands before a name."""
    for index, word in enumerate(normalized[:-1]):
        head = index + 1 if word in _IN or word == "ل" else index  # 'ل «طيران الخليج»'
        if head == index and not (word.startswith("ل") and _body_at([word[1:]], 0)):
            continue
        if head != index and not _body_at(normalized, head):
            continue
        at = head + 1
        if at < len(normalized) and not normalized[at].startswith("ال"):
            at += 1  # "شركة زين": the body's own name
        while at < len(normalized) and normalized[at].startswith(("ال", "لل")):
            at += 1  # "لمجموعة العربية للطيران عادل علي": its field after it too
        return at if at < len(normalized) and _name_at(normalized, at) else None
    return None


_ENDS_NAME = STOP_WORDS | set(PUNCT)


def past_role_object(normalized: list[str], start: int) -> int:
    """Past the body a titled role belongs to: "الرئيس التنفيذي للشركة أكبر الباكر", "المدير
    العام للشركة الوطنية خالد سعد", "النائب الأول لمدير صندوق النقد الدولي غيتا غوبيناث" (a
    deputy's chief and the chief's body); the name follows it."""
    at = start
    while at < len(normalized) and normalized[at].startswith("ال"):
        at += 1
    chief = at < len(normalized) and normalized[at][:1] == "ل" and is_role_word(normalized[at][1:])
    if at == len(normalized) or not (normalized[at].startswith("لل") or chief):
        return start
    at += 1 + (chief and at + 1 < len(normalized) and not normalized[at + 1].startswith("ال"))
    while at < len(normalized) and normalized[at].startswith("ال"):
        at += 1
    return at if at < len(normalized) and normalized[at] not in _ENDS_NAME else start


def past_adjective(normalized: list[str], start: int) -> int:
    """Past an adjective between a title and the name: "الرئيس المصري عبدالفتاح السيسي",
    "السفير الأمريكي جون سميث"; "الرئيس الأسد" keeps its name."""
    if (start + 1 < len(normalized) and normalized[start].startswith("ال")
            and not normalized[start + 1].startswith("ال") and normalized[start + 1] not in PUNCT
            and normalized[start + 1] not in STOP_WORDS):
        return start + 1
    return start


def past_field(normalized: list[str], start: int) -> int:
    """Past the field of a role and an opening quotation mark before the name: "المحلل
    الإسرائيلي للشؤون العربية “عوديد غرانوت”"."""
    at = start
    if at < len(normalized) and normalized[at].startswith(("لل", "لشوون")):
        at += 1
        while at < len(normalized) and normalized[at].startswith("ال"):
            at += 1
    if at < len(normalized) and normalized[at] in ("“", "«", '"'):
        at += 1
    return at if at < len(normalized) and normalized[at] not in STOP_WORDS else start


_FIRMS = {normalize_ar(w) for w in ("شركة", "مجموعة", "مصرف", "بنك")}


def _past_firm(normalized: list[str]) -> int | None:
    """Where the name starts after a firm a role belongs to, its head without the article, its
    own name and its adjectives ("شركة أرامكو السعودية أمين الناصر"); None without one."""
    for index, word in enumerate(normalized[1:-2], start=1):
        if word not in _FIRMS:
            continue
        at = index + 1 + (not normalized[index + 1].startswith("ال"))  # its own name
        while at < len(normalized) and normalized[at].startswith("ال"):
            at += 1
        return at if at + 1 < len(normalized) and _name_at(normalized, at) else None
    return None


def after_role(normalized: list[str]) -> int | None:
    """Where the name starts after a role with no title: "وزير الخارجية أحمد علي", "المتحدث
    باسم الحزب خالد يوسف", "رئيس مجلس الأمة مرزوق الغانم": the first word without the article
    after a word with it. None when the mention opens with no role or holds no such word."""
    roles = words_ar("roles_ar")
    if not normalized or not is_role_word(normalized[0]):
        return None
    firm = _past_firm(normalized)
    if firm is not None:
        return firm  # "رئيس مجلس إدارة شركة زين بدر الخرافي"
    second = normalized[1] if len(normalized) > 2 else ""
    if (normalized[0].startswith("ال") and is_name_word(second) and second not in LINKS
            and second[:1] not in "بل" and not conjunct(second) and not is_adjective(second)):
        return 1  # "المتحدث حسين القحطاني": a role that needs no complement, then the name
    for index in range(2, len(normalized)):
        word, previous = normalized[index], normalized[index - 1]
        following = normalized[index + 1] if index + 1 < len(normalized) else ""
        if (word == _IN_NAME_OF and _IN_NAME_OF in normalized[1:index] and following
                and previous.startswith("ال") and is_name_word(following.removeprefix("ال"))):
            return index  # "المتحدث باسم الحكومة باسم العوادي": the second باسم is his name
        idafa = word.startswith("ل") and (following.startswith("ال") or (  # "لحقوق الإنسان",
            following.startswith("و") and normalized[index + 2:index + 3] != []  # "لإغاثة وتشغيل
            and normalized[index + 2].startswith("ال")))  # اللاجئين": two nouns share it
        if previous in words_ar("titles_ar") and names_a_place(normalized[index - 2]):
            continue  # "رئيس قسم الأرصاد في جامعة الملك عبدالعزيز": the place's name
        if previous.startswith("ال") and word in words_ar("given_names_ar") and not (
                following[:1] in "لب" and normalized[index + 2:index + 3] != []
                and normalized[index + 2].startswith("ال")):
            return index  # "رئيس الحكومة الياس الفخفاخ"; not "الاتحاد العربي لعلوم الفضاء"
        if ((previous in words_ar("countries_ar") or (
                previous in words_ar("places_ar") and normalized[index - 2] in _IN))
                and word not in STOP_WORDS
                and not word.startswith("بال")  # "مندوب مصر بالأمم المتحدة", "... لدى الأمم"
                and (is_role_word(normalized[index - 2]) or normalized[index - 2] in _IN
                     or (index == 3 and not word.startswith(("ال", "لل"))))):
            return index  # "عميد السلك الدبلوماسي سفير طاجكستان زبيدالله زبيدوف", "مدرب منتخب
            # مصر كارلوس كيروش": the role, what it leads, the country, then the name; "ممثل
            # اليونيسف في ليبيا مارك روبرتس": the country it serves in
        if (normalized[index - 2] in _IN and index + 2 == len(normalized)
                and not previous.startswith("ال") and all(
                    is_name_word(w) and w not in STOP_WORDS for w in (previous, word, following))):
            return index  # "المتحدث باسم المفوضية في دكا جوزيف تريبورا": a city we do not
            # list, then the two words of the name that end the mention
        defined = previous.startswith(("ال", "وال")) or (  # "الأمين العام للمجلس سالم
            previous.startswith("لل") and following)  # الراشد"; not "... للطفولة «يونيسف»"
        if (defined and not word.startswith(("ال", "لل", "بال"))
                and not (word[:1] in "بل" and word[1:] in words_ar("bodies_ar"))  # "بوزارة"
                and not conjunct(word) and word not in LINKS
                and word not in roles and not idafa and (len(word) > 2 or (  # "جو الصدي":
                    word not in STOP_WORDS and word not in _SHORT_WORDS  # a short given name
                    and following and following not in STOP_WORDS
                    and (following.startswith("ال") or is_name_word(following))))):
            return index
    return None


# two-letter words that are no given name ("جو", "لي" and "بو" may be)
_SHORT_WORDS = {normalize_ar(w) for w in ("لا", "لم", "لن", "هو", "هي", "أو", "بل", "ثم", "يا",
                                          "كي", "إذ", "قد", "ذا", "لو")}


def conjunct(word: str) -> bool:
    """"ووزير", "والسفير": a second role or person joined by و; "وليد" and "وائل" are names."""
    rest = word[1:]
    return word.startswith("و") and (rest.startswith("ال") or is_role_word(rest)
                                     or rest in words_ar("titles_ar"))


def dual_role(word: str) -> bool:
    """"وزيرا": two holders of a role, whose nationalities follow joined by و ("وزيرا الخارجية
    السعودي والإيراني")."""
    return word.endswith("ا") and is_role_word(word[:-1])
