"""Where the name of an Arabic body ends: "الرئاسة العامة للأرصاد وحماية البيئة", "وزارة الزراعة
واستصلاح الأراضي" and "الجهاز المركزي للتعبئة العامة والإحصاء" go on; "... ووزارة الداخلية",
"وزارة الصحة بالخطوة" and "وزارة الصحة التابعة لنظام الأسد" end before the second word."""
from __future__ import annotations

import re

from claims.lexicon import words_ar
from claims.normalize import normalize_ar
from claims.words_ar import PLACE_NOUNS, PUNCT, TIME_AFTER, is_name_word, opens_object, verb_forms

# the public a body addresses, never a word of its name
ADDRESSED = {normalize_ar(w) for w in ("المواطنين", "المواطنات", "السكان", "الأهالي", "المسافرين",
                                        "الجميع",  # "دعا المتحدث ... محمد العبدالعالي الجميع إلى"
                                        "المستهلكين", "الجمهور", "الزوار", "العملاء", "المشتركين")}
_BETWEEN = normalize_ar("بين")
# where a body stands, said of it after its name: "المرصد السوري لحقوق الإنسان المعارض"
_STANCE = {normalize_ar(w) for w in ("المعارض", "المعارضة", "الموالي", "الموالية", "المستقل",
                                     "المستقلة")}
_ORDINALS = {normalize_ar(w) for w in ("أول", "آخر", "ثاني", "ثالث")}
_UTILITY = {normalize_ar(w) for w in ("شركة", "مؤسسة", "هيئة", "جهاز", "مصلحة")}
_MINISTRY = {normalize_ar(w) for w in ("وزارة", "الوزارة",  # "وزارة التعليم العالي والبحث العلمي"
                                        "هيئة", "الهيئة",  # "هيئة الاتصالات وتقنية المعلومات"
                                        "خلية", "الخلية")}  # "خلية الإعلام والاتصال للوزارة"
# a ministry's second field is a verbal noun: "واستصلاح الأراضي", "وتنمية المعرفة" (not "وقوات
# الأمن", "وشرطة المرور", other bodies)
_FIELD_NOUN = ("است", "ت", "ا", "شوون", "شيون")
_FORM_III = re.compile(r"م\wا\w\wه")  # "هيئة الرقابة ومكافحة الفساد", "ومتابعة الأداء"
# "بصورة غير قانونية" goes on a body's name ("الجهاز المركزي لمعالجة أوضاع المقيمين بصورة ...")
_MANNER = {normalize_ar(w) for w in ("بصورة", "بشكل", "بطريقة")}
_IN_PLACE = {normalize_ar(w) for w in ("في", "فى")}
# "المكتب الناطق بلسان وزارة الصحة": an office that speaks for a body is named by it
_SPEAKING = {normalize_ar(w) for w in ("الناطق", "الناطقة", "المتحدث", "المتحدثة")}
_FOR = {normalize_ar(w) for w in ("باسم", "بلسان")}
# "وزارة الصحة التابعة لنظام الأسد": who the body answers to is no part of its name
_AFFILIATED = {normalize_ar(w) for w in ("التابعة", "التابع", "التابعين", "التابعتين")}
_BASED = normalize_ar("بناء")
_ROYAL = {normalize_ar(w) for w in ("الملك", "الأمير", "الشيخ", "السلطان")}
# verbal nouns that read as definite once their hamza is normalised ("إلغاء" -> "الغاء")
_MASDAR_AL = {normalize_ar(w) for w in ("إلغاء", "إلزام", "إلحاق", "إلقاء", "التزام", "التحاق")}
# what describes a body's efforts or campaigns, never its name
_EFFORTS = {normalize_ar(w) for w in ("المستمرة", "المبذولة", "الحثيثة", "المكثفة", "المتواصلة",
                                      "الرامية", "الهادفة", "المتكررة")}
# "المنظمة المعنية بالدفاع عن حقوق الإنسان": what the body is concerned with describes it
_CONCERNED = {normalize_ar(w) for w in ("المعني", "المعنية", "المعنيين", "المعنيون")}


# adjectives after a body's bare head that end in neither ي nor ة: "الاتحاد العام", "الجيش الحر"
_PLAIN_ADJECTIVES = {normalize_ar(w) for w in ("العام", "الخاص", "الجديد", "الحر", "الكبير",
                                               "المستقل", "المؤقت", "الموحد", "المشترك")}


def object_after_head(head: str, word: str) -> bool:
    """"وأدانت الوزارة الهجوم": a definite noun right after a body's bare head ("الوزارة",
    "الاتحاد") is what the verb acts on, not its adjective. An adjective agrees: in ة after a
    feminine head ("الوزارة الكويتية"), in ي or ة after another ("الاتحاد الأوروبي", "الأمم
    المتحدة"), an elative ("المجلس الأعلى", "الهلال الأحمر") or a participle ("الناطق")."""
    if not head.startswith("ال") or not word.startswith("ال") or len(word) < 5:
        return False
    if word in _PLAIN_ADJECTIVES or word.endswith(("ه", "ى", "ا")):
        return False
    if head.endswith("ه"):
        return True
    return not (word.endswith("ي") or (len(word) <= 6 and word[2] == "ا")
                or (len(word) == 6 and word[3] == "ا") or word.startswith("الم"))  # participles:
    # "المكتب الناطق", "المجلس المختص"


def body_in_place(word: str, following: str) -> bool:
    """"في" before a city or a region the body serves: "وزارة الصحة في غزة" (not a country:
    "المفوضية العليا المستقلة للانتخابات في العراق" is the commission's name without it; nor
    "the capital", where the city's name may follow: "شرطة العريش في العاصمة عدن")."""
    return word in _IN_PLACE and following in words_ar("places_ar") and (
        following not in words_ar("countries_ar")) and following not in _GENERIC_PLACES


# the region a body's officer covers, after the body's full name
_REGION_OF = {normalize_ar(w) for w in ("لشرق", "لغرب", "لشمال", "لجنوب", "لإقليم", "لمنطقة")}
_REGIONAL = {normalize_ar(w) for w in ("الإقليمي", "الإقليمية")}
_GENERIC_PLACES = {normalize_ar(w) for w in ("العاصمة", "المدينة", "المحافظة", "الولاية")}
_NAMED_FOR = {normalize_ar(w) for w in ("الملك", "الأمير", "الشيخ", "السلطان", "الإمام", "الشهيد")}
# ranks that are also adjectives ("الاستجواب المقدم له", "الدور الرائد"), no titles elsewhere
_RANKS = {normalize_ar(w) for w in ("المقدم", "الرائد")}


def body_goes_on(previous: str, word: str, head: str = "", following: str = "") -> bool:
    """Whether `word` still belongs to a body's name after `previous`. After a definite word
    only a definite word, a preposition phrase or "غير" goes on: "الجمعية الكويتية لحقوق
    الإنسان سارة الراشد" ends before the person, "الجهاز المركزي لمعالجة أوضاع المقيمين بصورة
    غير قانونية" does not end; a rank before a name ends it: "مدير قسم شرطة العريش المقدم
    محمد" (a king or a prince does not: "مطار الملك خالد الدولي")."""
    if word in _REGION_OF and previous.startswith("ال") and previous != head and (
            previous not in _REGIONAL):  # ("المكتب الإقليمي لشرق المتوسط" is named by it)
        return False  # "منظمة الصحة العالمية لشرق المتوسط": the region its director covers
    if ((word in words_ar("titles_ar") or word in _RANKS) and word not in _NAMED_FOR
            and following[:1] not in ("", "ل", "ب") and not following.startswith("ال")
            and is_name_word(following)):
        return False
    if (previous.startswith("لل") and word.startswith("و") and not word.startswith("وال")
            and following.startswith("ال") and len(word) > 3):
        return True  # "الرئاسة العامة للأرصاد وحماية البيئة": a second field of the body
    if (word.startswith("و") and not word.startswith("وال") and following.startswith("ال")
            and (not previous.startswith(("ال", "لل", "وال"))
                 or (head in _MINISTRY and (word[1:].startswith(_FIELD_NOUN)
                                            or _FORM_III.fullmatch(word[1:]))))
            and len(word) > 3
            and word not in verb_forms() and previous not in PUNCT
            and word[1:] not in words_ar("bodies_ar")):  # not "... ووزارة الداخلية"
        return True  # "وكالة غوث وتشغيل اللاجئين": two nouns that share what follows; a
        # ministry's second field ("وزارة الزراعة واستصلاح الأراضي")
    if body_in_place(word, following):
        return True  # "وزارة الصحة في غزة": the body of that place
    if previous in _IN_PLACE and word in words_ar("places_ar"):
        return True
    if word in words_ar("documents_ar") and previous != head:
        return False  # "صدر عن المديرية العامة لأمن الدولة البيان الآتي": what it issued; not
        # "صحيفة البيان", a paper named so
    if (word in _STANCE and previous.startswith(("ال", "وال", "لل")) and previous != head
            and not following.startswith("ل")):
        return False  # "... لحقوق الإنسان المعارض": not "الائتلاف المعارض", which names it,
        # nor "المفوضية العليا المستقلة للانتخابات", whose name goes on
    if word in ADDRESSED or word in _ORDINALS:  # "أعلن نادي أهلي حلب أول عقوده": the first
        return False  # of what it announced; "وطالبت شركة مياه الشرب المواطنين": whom it asks
    if (word.startswith("وال") and previous.startswith("ال") and previous.endswith("ي")
            and word.endswith("ي") and len(word) > 5):
        return True  # "نقابات التعليم الأساسي والثانوي": two adjectives of one field
    if word == _BETWEEN and previous.startswith("ال") and following[:1] not in ("", "ا") and (
            following not in PUNCT and following not in verb_forms()):
        return True  # "هيئة التنسيق المشترك بين نقابات التعليم": what the body joins
    if word[:1] == "ب" and word[1:] in words_ar("places_ar") and previous not in PUNCT:
        return True  # "شركة مياه الشرب بالإسكندرية": the place a local body is named by
    if previous[:1] == "ب" and previous[1:] in PLACE_NOUNS and word[:1] not in "وال" and (
            word not in PUNCT):
        return True  # "شرطة مقاطعة مونتيغومري بولاية ميريلاند": the place's name after its kind
    if (head in _UTILITY and word.startswith("وال") and following.startswith("ال")
            and following.endswith("ي")):
        return True  # "شركة مياه الشرب والصرف الصحي": a second field with its adjective
    if head and not head.startswith("ال") and (
            (previous == head and word in _ROYAL) or (previous in _ROYAL and word[:2] != "ال")):
        return True  # "مطار الملك خالد الدولي", "جامعة الملك سعود": named for a king
    if word in _MASDAR_AL or word in _EFFORTS:
        return False  # "أعلنت الخطوط السعودية إلغاء رحلاتها": what it announced; "جهود وزارة
        # الداخلية المستمرة": the efforts go on, not the ministry's name
    if word in _CONCERNED and following.startswith("ب"):
        return False
    if not continues_body_name(word) or word in _AFFILIATED or (
            word == _BASED and following == normalize_ar("على")):
        return False  # "رأس مال شركة أسلاك بناء على": "based on" follows the name
    if word.startswith("ل") and not word.startswith("لل") and opens_object(word[1:]):
        return False  # "لهيئة الرقابة المالية لإعادة التداول": what it was asked for
    if (word.startswith("ل") and not word.startswith("لل")
            and not previous.startswith(("ال", "لل", "وال"))):
        return False  # "جامعة عين شمس لمصراوي": the one it spoke to after the name
    if word.startswith("بال"):
        return False  # "رحبت وزارة الصحة بالخطوة"
    if (word.startswith("ب") and previous.startswith(("ال", "لل", "وال")) and word not in _MANNER
            and not (previous in _SPEAKING and word in _FOR)):
        return False  # "رحب مجلس الوزراء بعودة سمو الأمير", "مصدر في الرئاسة الفلسطينية بما يلي"
    if word.startswith("وال"):  # "شركة العربية للأدوية والصناعات الكيماوية", "وزارة التعليم
        # العالي والبحث العلمي"; not "الديوان ... لحقوق الإنسان والأمم المتحدة"; "الجهاز
        # المركزي للتعبئة العامة والإحصاء،": a last field after the field's adjective
        return previous.startswith("لل") or head in _MINISTRY or (
            previous.startswith("ال") and len(word) > 5
            and (previous.endswith(("ه", "ة")) or previous in _PLAIN_ADJECTIVES
                 or ("ال" + word[3:]) not in words_ar("bodies_ar"))  # "إدارة شرطة المرور
            # والنجدة،": a second field, not a second body ("... والشرطة،")
            and (not following or following in PUNCT or following in verb_forms()
                 or following in TIME_AFTER))  # "... والإحصاء اليوم الثلاثاء"
    return not (previous.startswith(("ال", "لل", "وال")) and not word.startswith(("ال", "ب", "ل"))
                and word != "غير")


def continues_body_name(word: str) -> bool:
    """Words after a body's head noun that still belong to its name: not a new conjunct ("ووزارة")
    and not an indefinite accusative object ("اجتماعا")."""
    if (word.startswith("و") and len(word) > 2 and not word.startswith("وال")) or word[:1].isdigit():
        return False
    return not (word.endswith("ا") and not word.startswith("ال") and len(word) > 3)
