"""The Arabic words attribution works with: tokens, the words that end a source, the forms of
every reporting verb, and the verbal nouns that open a verb's object. All normalised
(claims.normalize)."""
from __future__ import annotations

import re
from functools import cache

from claims.lexicon import entries, words_ar
from claims.normalize import normalize_ar

# An abbreviation ("د.", "أ.د.", and in the Egyptian press "د/", "أ.د/") is one token; other
# punctuation stands alone.
_ABBREVIATION = r"(?:[\u0621-\u064A]\.){0,2}(?:[\u0621-\u064A]\.|[أدم]/)"
TOKEN = re.compile(
    rf"{_ABBREVIATION}(?=\s|[\u0621-\u064A])|[^\s،,:؛;.!?؟\"“”«»()\[\]]+|[،,:؛;.!?؟\"“”«»()\[\]]"
)
# A word of a name or mention, punctuation left out.
WORD = re.compile(rf"{_ABBREVIATION}|[^\s،,:؛;.!?؟\"“”«»()\[\]]+")
PUNCT = set("،,:؛;.!?؟\"“”«»()[]")
# Leading words that may stand before the verb ("ومن جانبه،", "كما", "وقد", "وفي سياق متصل").
LEAD = {normalize_ar(w) for w in (
    "و", "ف", "كما", "وكما", "وقد", "قد", "ومن", "من", "جانبه", "جانبها", "ناحيته", "ناحيتها",
    "جهته", "جهتها", "بدوره", "بدورها", "وبدوره", "وبدورها", "ثم", "أيضا", "ايضا", "كذلك", "وكذلك",
    "وكان", "كان", "وكانت", "كانت", "وهنا", "هنا", "فيما", "وفيما", "لكن", "ولكن", "حين", "في",
    "سبق", "وسبق",  # "كما سبق وأن كشفت عنه": as was said before, no subject
    "وفي", "المقابل", "بدورهم", "جهتهم", "جانبهم", "لكنه", "لكنها", "ولكنه", "ولكنها", "لكنهم",
    "لا", "ولا", "لم", "ولم", "لن", "ولن", "لقد", "ولقد", "فقد",
    "غير",  # "غير أنها أضافت": however (she), no subject
    "فى", "وفى",  # Egyptian spelling of في
)}
# "that" with its pronouns: the reported content starts.
_THAT = ("أن", "إن", "ان", "أنه", "إنه", "انه", "أنها", "إنها", "أنهم", "إنهم", "أنهما", "إنهما",
         "أننا", "إننا", "أنني", "إنني", "بأن", "بأنه", "بأنها", "بأنهم",
         "فإن", "فإنه", "فإنها", "فإنهم")  # "ووفقا لأحمد علي فإن": what he says opens
# Words after which the source has ended (or that show it was dropped).
STOP_WORDS = {normalize_ar(w) for w in (
    *_THAT, "بان", "عن", "على", "إلى", "الى", "في", "من", "خلال", "عقب", "لدى", "مع", "قائلا", "قائلة", "حول", "أمام", "اليوم", "أمس", "امس",
    "بعد", "قبل", "ضمن", "خاصة", "لـ", "ل", "إنّ", "أنّ", "بشأن", "إزاء", "تجاه", "بالقول",
    "امام", "ان:", "بينما", "حيث", "الذي", "التي", "وأن", "وإن", "هذه", "هذا", "ذلك", "لوكالة",
    "لصحيفة", "لقناة", "للصحفيين", "لـكونا", "كونا", "قوله", "قولها", "قولهم", "قولهما",
    "نظيره", "نظيرته", "نظيرها", "نظيريه", "نظراءه", "أي", "كل", "جميع", "كافة", "بعض",
    "قد", "مجددا", "مؤخرا", "سابقا", "حاليا", "رسميا", "غدا", "أيضا", "ايضا", "بحسب", "حسب", "وفق",
    "وفقا", "المذكور", "المذكورة", "عبر", "ما", "وما", "مما", "بما", "إلي", "الي", "بكل", "لكل",
    "لا", "لم", "لن",  # a negation ends a body's name: "أن صندوق النقد الدولي لا يتوقع خفضا"
    # the one spoken to ends the source: "وقال المتحدث باسم الوزارة للوكالة الرسمية إن"
    "للوكالة", "للصحيفة", "للقناة", "للموقع", "لموقع", "للإذاعة", "لإذاعة", "للتلفزيون",
    "لتلفزيون", "للجريدة", "لجريدة", "للمجلة", "لمجلة", "للصحافيين", "للإعلاميين", "لوسائل",
    # a weekday after the source: "حذر البنك المركزي الإيراني الأربعاء من"
    "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
    # when and how it was said: "قال الوزير قبيل الاجتماع", "نفى ... بشكل قاطع", "وأضاف
    # الوزير ردا على سؤال"
    "قبيل", "إثر", "اثر", "أثناء", "اثناء", "ردا", "تعليقا", "بشكل", "بشدة", "برئاسة",
    "فى", "التى", "الذى",  # Egyptian spellings of في, التي, الذي
    "نحو", "حوالي", "قرابة", "فقط",  # a number's "about" or "only": "أكد متحدث يونيسف نحو 2500"
    "كما", "يلي",  # "وقال لازاريني كما يلي:": as follows
    "فيما",  # "وأوضح فكي فيما اقتطفه من بيان القمة": in what he quoted
    "ببيان", "بتصريح", "بتصريحات",  # "أدلى المفوض فيليب لازاريني ببيان"
)}
# a statement as the object of "أصدر" or "نشر" ("أصدرت النيابة بيانا"), and of "أدلى" or
# "أجرى" ("أدلى المفوض ببيان", "أجرى تصريحات"; "أدلى الناخبون بأصواتهم" is an act)
STATEMENTS = {normalize_ar(w) for w in ("بيانا", "بيان", "البيان", "تصريحا", "تصريح", "بلاغا",
                                         "البلاغ", "تقريرا", "تقريرها", "تقريره", "التقرير",
                                         "حصيلة")}  # "نشرت الوزارة حصيلة عمل الفرق"
GAVE_STATEMENT = {normalize_ar(w): {normalize_ar(o) for o in objects} for w, objects in (
    ("أدلى", ("ببيان", "بتصريح", "بتصريحات", "بتصريحاته", "بحديث", "بشهادته", "بشهادتها")),
    ("أجرى", ("تصريحات", "تصريحا", "حديثا")))}
DROPPED_AFTER = {normalize_ar(w) for w in (
    *_THAT, "عن", "على", "إلى", "الى", "إلي", "الي", "قائلا", "قائلة", "في")}
# "وأكد سموه": an honorific standing for the person named before, like a dropped subject.
HONORIFIC_PRONOUNS = {normalize_ar(w) for w in (
    "سموه", "سموها", "معاليه", "معاليها", "سعادته", "سعادتها", "فضيلته", "جلالته", "فخامته",
    "سيادته", "سيادتها")}
# Time words that end a source ("قال الوزير صباح اليوم", "قالت الشركة يوم الأحد") unless a
# name: "الشيخ صباح الخالد".
TIMES = {normalize_ar(w) for w in ("صباح", "مساء", "يوم", "ظهر", "ليلة")}
TIME_AFTER = {normalize_ar(w) for w in (
    "اليوم", "أمس", "امس", "الغد", "يوم", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
    "الخميس", "الجمعة", "السبت")}
# Words that go on a military or professional title: "الفريق أول ركن مهندس", "اللواء طيار".
RANK_AFTER = {normalize_ar(w) for w in ("أول", "ركن", "الركن", "مهندس", "طيار", "بحري", "بحرى")}


# Places named after a person: a title after them is part of the place's name ("مستشفى الأمير
# حمزة", "معهد الشيخ سعود", "جامعة الملك سعود"), no title of the speaker.
_NAMED_PLACES = tuple(normalize_ar(w) for w in (
    "معهد", "جامعة", "مستشفى", "مستشفي", "مسجد", "مدرسة", "كلية", "مطار", "شارع", "ميناء",
    "ملعب", "استاد", "قاعدة", "جائزة", "مدينة", "مجمع", "جامع"))


# the kinds of place a name follows: "في مدينة فيلادلفيا", "بولاية ميريلاند"
PLACE_NOUNS = {normalize_ar(w) for w in ("مدينة", "ولاية", "مقاطعة", "محافظة", "منطقة")}


def names_a_place(previous: str) -> bool:
    """Whether a title after `previous` is part of a place's name ("مستشفى الأمير حمزة")."""
    return previous.startswith(_NAMED_PLACES) or previous.removeprefix("ل").startswith(_NAMED_PLACES)


def title_end(words: list[str], at: int) -> int:
    """Past the titles from `at` and the rank words after them ("الفريق أول ركن")."""
    titles = words_ar("titles_ar")
    end = at
    while end < len(words) and (words[end] in titles or (end > at and words[end] in RANK_AFTER)):
        end += 1
    return end


_ORDINALS = {normalize_ar(w) for w in ("الأول", "الثاني", "الثالث")}


def deputy_of(words: list[str], at: int) -> bool:
    """A title that is a deputy's office here: "النائب الأول لمدير صندوق النقد الدولي غيتا
    غوبيناث" (the first deputy of the director; not "النائب" of a parliament)."""
    return (words[at + 1:at + 2] and words[at + 1] in _ORDINALS and at + 2 < len(words)
            and words[at + 2][:1] == "ل" and is_role_word(words[at + 2][1:]))


# Links inside a name that do not count toward its length: "محمد بن سلمان بن عبدالعزيز آل سعود".
NAME_LINKS = {normalize_ar(w) for w in ("بن", "بنت", "ابن", "آل")}
NAME_WORDS = 4  # name words after a title, links not counted
_SABAH = normalize_ar("الصباح")


def name_span(words: list[str], start: int) -> int:
    """The end of the longest run of at most NAME_WORDS name words (links apart) from `start`;
    one more in a lineage with بن when a role follows it: "سهيل بن محمد فرج فارس المزروعي وزير"."""
    end, counted = start, 0
    while end < len(words) and (counted < NAME_WORDS or words[end] in NAME_LINKS):
        counted += words[end] not in NAME_LINKS
        end += 1
    if (end + 1 < len(words) and NAME_LINKS.intersection(words[start + 1:end])
            and is_name_word(words[end].removeprefix("ال")) and is_role_word(words[end + 1])):
        end += 1
    for more in (1, 2):  # "صباح ناصر صباح الأحمد الجابر الصباح": the ruling family's names run
        if words[end + more - 1:end + more] == [_SABAH] and all(  # longer, up to الصباح
                w.startswith("ال") and is_name_word(w[2:]) for w in words[end:end + more]):
            return end + more
    return end


GROUP_PLACE = {normalize_ar("في")}
VAGUE_SUBJECTS = {normalize_ar(w) for w in (
    "التقارير", "تقارير", "مصادر", "المصادر", "مراقبون", "المراقبون", "محللون", "المحللون",
    "خبراء", "مراقبين", "أوساط", "الأنباء", "أنباء", "مصدر", "المصدر", "مسؤول", "مسؤولة", "مسؤولون",
    "محققين", "محققون",  # "نقلًا عن محققين": investigators, none named
    "مسؤولين", "دبلوماسي", "دبلوماسيون", "ناشطون", "شهود", "مختصون",
    # outlets not named: "ذكرت مواقع إلكترونية", "أفادت وسائل إعلام إسرائيلية"
    "مواقع", "وسائل", "صحف", "المراقبين", "محللين", "مصادرنا",
    # people with no name: "وأفاد مستخدمون", "وقال سكان"
    "مستخدمون", "مستخدمين", "مواطنون", "مواطنين", "سكان", "أهالي", "مشتركون", "مشتركين",
    # members and activists not named: "وطالب نواب بمرونة", "وقال حقوقيون"
    "نواب", "ناشطين", "نشطاء", "حقوقيون", "حقوقيين",
    # traders and dealers not named: "قال متداولون ان البورصة ارتفعت"
    "متداولون", "متداولين", "تجار", "وسطاء", "اقتصاديون", "اقتصاديين",
    # "حيث تساءل البعض": some, unnamed
    "البعض")}
# Words no role description holds: a title after them is another person's ("أعلنت المجموعة
# خلال اجتماع برئاسة السيد ...").
HARD_STOP = {normalize_ar(w) for w in (*_THAT, "عن", "على", "قائلا", "قائلة", "إلى", "الى", "خلال",
                                       "عقب", "أثناء", "اليوم", "أمس", "امس", "برئاسة")}


@cache
def verb_forms() -> dict[str, tuple[str, str, bool]]:
    """Every written form of every cue verb -> (stem, number, feminine)."""
    forms: dict[str, tuple[str, str, bool]] = {}
    for line in entries("cues_ar") + entries("cues_object_ar"):
        past, _, present = (part.strip() for part in line.partition("|"))
        past = normalize_ar(past)
        base = past[:-1] if past.endswith(("ي", "ا", "ى")) and len(past) > 2 else past
        variants = {past: ("sg", False), base + "ت": ("sg", True), past + "ت": ("sg", True),
                    past + "ا": ("dual", False), base + "تا": ("dual", True),
                    past + "تا": ("dual", True), base + "وا": ("pl", False),
                    past + "وا": ("pl", False)}
        if past.endswith("ى"):  # نفى: نفت، نفيا، نفتا، نفوا (no "نفىت")
            variants = {past: ("sg", False), base + "ت": ("sg", True),
                        base + "يا": ("dual", False), base + "تا": ("dual", True),
                        base + "وا": ("pl", False)}
            if len(past) > 3:  # "أثني" for "أثنى"; not "رأي", "نفي", which are nouns
                variants.setdefault(base + "ي", ("sg", False))
        if present:
            present = normalize_ar(present)
            variants.update({"ي" + present: ("sg", False), "ت" + present: ("sg", True),
                             "ي" + present + "ان": ("dual", False),
                             "ي" + present + "ون": ("pl", False)})
        for form, (number, feminine) in list(variants.items()):
            if form.endswith("ي"):  # Egyptian spelling: "تنفى" for "تنفي"
                variants.setdefault(form[:-1] + "ى", (number, feminine))
        for form, (number, feminine) in variants.items():
            for prefix in ("", "و", "ف"):
                forms.setdefault(prefix + form, (past, number, feminine))
    for form in _NOT_CUES:
        forms.pop(form, None)
    return forms


# forms far more often another verb: "وتبين إيجابية 48 حالة" (it turned out, تبيّن), not
# "the ministry shows"
_NOT_CUES = {normalize_ar(w) for w in ("تبين", "وتبين", "فتبين")}


@cache
def active_with_damma() -> frozenset[str]:
    """Stems written with a hamza on the alif (أفعل: "أهاب", "أشار", "أضاف"; "أكد"): their
    present takes the vowel ُ on its prefix in the active ("تُهيب النيابة"), where the other
    verbs take it only in the passive ("يُذكر", "يُتوقع")."""
    return frozenset(normalize_ar(line.partition("|")[0].strip())
                     for line in entries("cues_ar") + entries("cues_object_ar")
                     if line.startswith("أ"))


@cache
def object_verbs() -> frozenset[str]:
    return frozenset(normalize_ar(line.partition("|")[0].strip())
                     for line in entries("cues_object_ar"))


@cache
def _objects() -> frozenset[str]:
    return words_ar("objects_ar")


def opens_object(word: str) -> bool:
    """"أهمية", "القبض", "حرصهما": a verbal noun that opens the verb's object (objects_ar)."""
    bare = word[2:] if word.startswith("ال") else word
    objects = _objects()
    if bare in objects or word in objects or (bare.endswith("ا") and bare[:-1] in objects):
        # ("التزام" opens with ال of its own: "وأكد الرئيس التزام القاهرة")
        return True  # "سؤالا": the accusative's alif
    for suffix in ("ه", "ها", "هما", "هم"):  # "حرصهما"; "دعوته" is دعوة + ه
        base = bare[:-len(suffix)]
        if bare.endswith(suffix) and (base in objects
                                      or base[-1:] == "ت" and base[:-1] + "ه" in objects):
            return True
    return False


_OFFICE = {normalize_ar(w) for w in (
    "السابق", "الأسبق", "الجديد", "الحالي", "الرسمي", "الأول", "الثاني", "المساعد", "التنفيذي",
    "الدائم", "المناوب",
    # "سفير سريلانكا المنتهية مهامه كانديبان ...": whose posting ends
    "المنتهي", "مهامه", "مهامها", "مهامهما", "ولايته", "ولايتها")}
# the field or standing of a profession: "الناقد الفني", "المحلل السياسي", "المخرج الكبير"
FIELD = {normalize_ar(w) for w in (
    "الفني", "السياسي", "الاقتصادي", "الرياضي", "العسكري", "الاستراتيجي", "الأمني", "القانوني",
    "الدستوري", "الطبي", "الاجتماعي", "النفسي", "السينمائي", "المسرحي", "الأدبي", "الكبير",
    "الشهير", "المعروف", "البارز", "المخضرم", "القدير")}


def is_nationality(word: str) -> bool:
    """"الأمريكي", "السعودية": a nationality after a title or role (adjectives_ar; the
    feminine derived)."""
    adjectives = words_ar("adjectives_ar")
    return word in adjectives or (word.endswith("ه") and word[:-1] in adjectives)


def is_adjective(word: str) -> bool:
    """A nationality or an office ("السابق") after a title or role: no name."""
    return (is_nationality(word) or word in _OFFICE or word in FIELD
            or (word.endswith("ه") and word[:-1] in _OFFICE))


_ALI = normalize_ar("على")
_COMMON_GIVEN = {normalize_ar(w) for w in ("محمد", "أحمد", "حسن", "حسين", "محمود", "مصطفى",
                                           "إبراهيم", "جمعة", "سليمان", "يوسف", "عثمان", "صالح")}


def ali_name(words: list[str], at: int) -> bool:
    """"على" as the name علي in Egyptian spelling, where a name must follow a title: "الدكتور على
    عبدالعال", "اللواء على محمد"; not "على هامش"."""
    following = words[at + 1] if at + 1 < len(words) else ""
    after = words[at + 2] if at + 2 < len(words) else "،"
    family = following.startswith("ال") and following.endswith(("ي", "ى")) and after in PUNCT
    return words[at] == _ALI and (following.startswith("عبد") or following in _COMMON_GIVEN
                                  or family)  # "المهندس على البيومى، وكيل الوزارة": a family
    # name in ال, then the name ends


def role_after_name(words: list[str], at: int) -> bool:
    """Whether words[at] opens a role written after a name ("... الصباح ولي عهد الكويت"), not
    a name that is also a role word ("ماجد مساعد المطيري": a family name follows)."""
    following = words[at + 1] if at + 1 < len(words) else ""
    family = (words[at] in _ROLE_NAMES and following.startswith("ال")  # "المدير الفني"
              and following.endswith("ي") and not is_adjective(following)  # is a role
              and not is_role_word(following))
    if words[at] == _DEFENCE:
        return True  # "منتصر الزيات دفاع بعض المتهمين": the lawyer for the defence
    return is_role_word(words[at]) and bool(following) and following not in PUNCT and not family


_DEFENCE = normalize_ar("دفاع")
# role words that are also given names: "ماجد مساعد المطيري" (a family name follows), but
# "عبد الله خليل محامي الحسني" (the lawyer of al-Husni)
_ROLE_NAMES = {normalize_ar(w) for w in ("مساعد", "أمين", "قائد", "عميد")}


def is_name_word(word: str) -> bool:
    """A word that can only be part of a name here: no article, no title, no role word, no stop
    word ("عادل", "الباكر" is not: it has the article)."""
    return (not word.startswith(("ال", "لل")) and word not in words_ar("titles_ar")
            and not is_role_word(word) and word not in STOP_WORDS and word not in PUNCT)


def owned_noun(word: str) -> bool:
    """A feminine noun with a pronoun on it ("جولته", "زيارتها", "تحضيراته"): a thing someone
    has, never the name written after a role; not a word with the article, which takes no
    pronoun ("محامي المتهم": the accused, whose lawyer he is)."""
    return len(word) > 4 and word.endswith(("ته", "تها", "تهم", "تهما")) and not word.startswith(
        ("ال", "وال"))


# what a titled person acts on, never a surname after the title: "ترأس الوزير الاجتماع"
OBJECT_NOUNS = {normalize_ar(w) for w in (
    "الاجتماع", "الوفد", "الحفل", "المؤتمر", "المعرض", "الاحتفال", "الحضور", "الضيوف", "اللقاء",
    "الاتفاق", "القرار", "الملتقى", "المنتدى", "الحوار", "العمل", "المشروع", "البرنامج")}


def object_noun(word: str) -> bool:
    """A definite noun that opens no name after a title: a feminine one ("الجلسة", "الحكومة";
    no surname ends in ة) or one of the things an official opens, heads or attends; or a
    feminine noun with his or her pronoun on it ("وختم المحافظ جولته", "زيارتها")."""
    return (word.startswith("ال") and (word.endswith("ه") or word in OBJECT_NOUNS)) or (
        owned_noun(word))


def is_role_word(word: str) -> bool:
    """"المتحدث", "ولي", "رئيس": a word that opens a role description (roles_ar), with or
    without the article."""
    roles = words_ar("roles_ar")
    if word.endswith("ى") and len(word) > 3:
        word = word[:-1] + "ي"  # "مفتى الجمهورية": the Egyptian spelling of مفتي
    return word in roles or "ال" + word in roles or (word.startswith("ال") and word[2:] in roles)


@cache
def _countries() -> dict[tuple[str, ...], int]:
    return {tuple(normalize_ar(entry).split()): len(entry.split())
            for entry in entries("countries_ar")}


def country_length(words: list[str], at: int) -> int:
    """How many words a country's name takes at `at` ("المملكة العربية السعودية": 3), or 0."""
    countries = _countries()
    for size in (4, 3, 2, 1):
        if at + size <= len(words) and tuple(words[at:at + size]) in countries:
            return size
    return 0


# what "وفقا لـ", "طبقا لـ" and "استنادا إلى" follow when they mean "in keeping with", not
# "according to" ("استنادا إلى الفصل 308 من القانون")
CONFORMITY = {normalize_ar(w) for w in (
    "القانون", "القوانين", "الدستور", "المادة", "المواد", "الخطة", "الخطط", "الجدول", "القرار",
    "القرارات", "التعليمات", "الإجراءات", "المعايير", "الضوابط", "الشروط", "الاشتراطات", "اللائحة",
    "اللوائح", "النظام", "الأنظمة", "الاتفاقية", "الاتفاق", "البرنامج", "القواعد", "التوجيهات",
    "الآلية", "الموعد", "المواعيد", "الترتيبات", "البروتوكول", "المرسوم", "العقد", "الأسس",
    "الأصول", "المعمول", "الخطوات", "السياسة", "الاستراتيجية", "الأولويات", "الرؤية", "القناعة",
    "القناعات", "الرغبة", "الإرادة", "المصلحة", "الفصل", "الفصول", "البند", "البنود", "الفقرة",
    "النتائج",  # "ووفق نتائج محافظة بغداد، حقق ...": the count, nobody speaking
    # "وفقا للأسعار العالمية", "وفق المعادلة السعرية": the figures it follows, nobody speaking
    "الأسعار", "المعادلة", "المعدلات", "المتغيرات", "الظروف", "الاحتياجات", "الحاجة", "التصنيف")}


# a verbal noun of the derived forms with the article ("التنسيق", "التعاون", "الاستثمار"),
# which no family name is ("التميمي", "التمياط" are not of those shapes)
_MASDAR = re.compile(r"ال(?:ت[^\Wا]{2}ي[^\Wا]|ت[^\Wا]ا[^\Wا]{2}|است[^\Wا]{2}ا[^\Wا])")


def before_verbal_noun(words: list[str], at: int) -> bool:
    """An indefinite noun before such a verbal noun, which opens an object, not a name: "أعلن
    نجاح التنسيق"; not a body's or a role's head ("وزارة التعليم", "هيئة التنسيق")."""
    word = words[at]
    return bool(at + 1 < len(words) and _MASDAR.fullmatch(words[at + 1])) and not (
        word.startswith("ال") or is_role_word(word) or word in words_ar("titles_ar")
        or word in words_ar("bodies_ar") or "ال" + word in words_ar("bodies_ar"))


# titles that are also adjectives: "الصحفي" is a journalist before a name, but "المؤتمر الصحفي
# الخاص" is a press conference; "مدير عام الشؤون الإعلامية" the media affairs
ALSO_ADJECTIVES = {normalize_ar(w) for w in ("الصحفي", "الصحفية", "الإعلامي", "الإعلامية")}

# verbs whose object follows their subject: 'وطالبت "العفو الدولية" السلطات بالإفراج'
ASKING = {normalize_ar(w) for w in ("طالب", "دعا", "حث", "ناشد", "أدان", "استنكر", "ندد", "شجب",
                                     "انتقد")}


# whom a person told, right after the name: "نبيه برّي لزوّاره" (ة is written ه, so a list)
TOLD_HIS = re.compile(normalize_ar("ل(?:زوار|زائري|ضيوف|محاور|محدث|مقربي|أنصار|مؤيدي)(?:ه|ها|هم)"))
TIME_ONCE = normalize_ar("مرة")  # "وشدد بري مرة أخرى"
ABOUT_AFTER = {normalize_ar(w) for w in ("إلى", "الى", "عن", "على")}  # "بالحديث عن", "بالرد على"
# a verb right after a name ends it: "بيانا أصدره المحمود قال فيه"
SAID_AFTER_NAME = {normalize_ar(w) for w in ("قال", "وقال", "قالت", "وقالت", "أكد", "وأكد", "أضاف",
                                              "وأضاف")}


# the writer's own background, opened without a verb of its own: "وتجدر الإشارة إلى أن",
# "ومن الجدير بالذكر أن"
_BACKGROUND = [[normalize_ar(w) for w in phrase.split()] for phrase in (
    "تجدر الإشارة إلى", "وتجدر الإشارة إلى", "الجدير بالذكر", "والجدير بالذكر", "جدير بالذكر",
    "ومن الجدير بالذكر", "من الجدير بالذكر")]


def background_opener(words: list[str]) -> int:
    """The index of the word after such an opening, or 0 when the sentence has none."""
    return next((len(phrase) for phrase in _BACKGROUND if words[:len(phrase)] == phrase), 0)


def accusative_plural(word: str) -> bool:
    """ "المهاجرين", "المواطنين": a definite sound plural in its object's form (a subject's
    ends in ون), so no verb's subject; short words ("الأمين", "البحرين") are left out."""
    return word.startswith("ال") and word.endswith("ين") and len(word) >= 8


_IMAM = normalize_ar("إمام")
_MOSQUE = {normalize_ar(w) for w in ("وخطيب", "المسجد", "مسجد", "الحرم", "الجامع", "جامع")}


def imam_of_mosque(words: list[str], at: int) -> bool:
    """"إمام وخطيب المسجد النبوي": the imam, whose word normalises to أمام ("in front of"); a
    mosque or its preacher after it tells them apart ("قال أمام الحضور" stays a preposition)."""
    return words[at] == _IMAM and words[at + 1:at + 2] != [] and words[at + 1] in _MOSQUE
