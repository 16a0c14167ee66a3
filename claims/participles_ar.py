"""Speech with no reporting verb of its own: a participle after the main clause ("..., مضيفا:
«...»", "مشيرة إلى أن ...") and a verb of going on that only introduces a quotation ("وواصل:
”...”", "وأكمل «...»"). Both speak for the subject carried over from the sentences before."""
from __future__ import annotations

from functools import cache

from claims.normalize import normalize_ar

# Active participles of reporting verbs, masculine accusative as written after a clause.
_PARTICIPLES = ("مضيفا", "مؤكدا", "مشيرا", "لافتا", "موضحا", "معربا", "منوها", "مشددا", "معتبرا",
                "مبينا", "مردفا", "مستطردا", "كاشفا", "محذرا", "داعيا", "مطالبا", "متسائلا",
                "مشيدا", "معلنا", "قائلا",  # "قائلا: أن الحكومة ..." opening its own sentence
                "مكتفيا",  # "ورفضت الكشف عن ... مكتفية بالقول إن": what she did say
                "متوقعا")  # "..., متوقعة أن أسعار الفائدة ستبدأ في الانخفاض": a forecast
# participles whose content is a ب complement: "منوها بعمق العلاقات", "مشيدا بالجهود"
_PRAISING = {normalize_ar(w)[:-1] for w in ("منوها", "مشيدا")}
# participles of asking, whom they ask before what: "داعيا الجميع إلى", "مطالبا الحكومة بـ"
_ASKING = {normalize_ar(w)[:-1] for w in ("داعيا", "مطالبا")}
_TO = {normalize_ar(w) for w in ("إلى", "الى")}
# Verbs that say only that the speaker went on, so they count before a colon alone.
_GOING_ON = ("واصل", "أكمل", "استكمل", "استرسل", "زاد", "أنهى", "أتم")
_MARKS = (":", "«", "“", '"')
_OPENS_CONTENT = {normalize_ar(w) for w in (
    "أن", "إن", "أنه", "أنها", "إلى", "الى", ":", "«", "“", '"', "بأن", "على", "بالقول")}


@cache
def _participles() -> dict[str, tuple[str, bool]]:
    """Every written form -> (number, feminine): مضيفا، مضيفة، مضيفين، مضيفتين."""
    forms: dict[str, tuple[str, bool]] = {}
    for word in _PARTICIPLES:
        stem = normalize_ar(word)[:-1]
        forms.update({stem + "ا": ("sg", False), stem + "ه": ("sg", True),
                      stem + "ين": ("pl", False), stem + "تين": ("dual", True),
                      stem + "ات": ("pl", True)})
    return forms


@cache
def _going_on() -> dict[str, bool]:
    forms = {}
    for word in _GOING_ON:
        past = normalize_ar(word)
        for prefix in ("", "و", "ف"):
            forms[prefix + past] = False
            forms[prefix + past + "ت"] = True
    return forms


def speech_without_verb(words: list[str]) -> tuple[int, str, bool] | None:
    """(token, number, feminine) of a participle or a going-on verb that introduces speech in
    the normalised tokens, or None."""
    going_on = _going_on()
    if len(words) > 1 and words[0] in going_on and words[1] in (":", "«", "“", '"'):
        return 0, "sg", going_on[words[0]]
    participles = _participles()
    for index, word in enumerate(words[:-1]):  # ". مؤكدة أنها ..." after a full stop too
        if word in participles and (words[index + 1] in _OPENS_CONTENT or (
                words[index + 1].startswith("ب") and word[:-1] in _PRAISING) or (
                word[:-1] in _ASKING and any(w in _TO or w.startswith("ب")
                                             for w in words[index + 2:index + 4]))):
            return (index, *participles[word])
    return None


def going_on_named(words: list[str]) -> bool:
    """"وواصل جمعة: «...»", "وأنهى وائل جمعة، «...»": a going-on verb, its subject named,
    then the quotation."""
    if len(words) < 3 or words[0] not in _going_on():
        return False
    for index in range(2, min(7, len(words))):
        if words[index] in _MARKS or (words[index] in ("،", ",") and words[index + 1:index + 2]
                                      and words[index + 1] in _MARKS[1:]):
            return True
        if not words[index][:1].isalpha():
            return False
    return False
