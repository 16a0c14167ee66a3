"""Arabic attribution rules: reporting verbs (all forms), cue phrases, and the source after them
(where it ends: claims.sources_ar; the words: claims.words_ar).

Works on the normalised sentence (claims.normalize) and returns mentions as written in the original.
Arabic news puts the verb first: [و|ف|كما|وقد|من جانبه،] VERB [SOURCE] [أن|إن|عن|على|: ...].
"""
from __future__ import annotations

import re
from functools import cache

from claims.apposed_ar import addressed_cut
from claims.datelines_ar import DATELINE
from claims.findings import Finding
from claims.lexicon import entries, phrase_pattern
from claims.normalize import normalize_ar, normalize_with_map, to_original
from claims.participles_ar import going_on_named, speech_without_verb
from claims.quotes_ar import quote_goes_on
from claims.sources_ar import source_after
from claims.subjects_ar import (
    byline,
    comma_subject,
    considered_object,
    issued_by,
    past_addressee,
    quoted_name,
    subject_before,
    was_subject,
)
from claims.verbs_ar import (
    THAT,
    clause_verb,
    find_verb,
    has_object,
    judicial_order,
    mid_subject,
    no_object_anywhere,
    past_symbols,
    pronoun_subject,
    verb_after_quote,
)
from claims.words_ar import (
    GAVE_STATEMENT,
    STATEMENTS,
    accusative_plural,
    background_opener,
    ASKING,
    HONORIFIC_PRONOUNS,
    TOKEN,
    active_with_damma,
    is_adjective,
    object_verbs,
    verb_forms,
)

_HIGHLIGHTED = normalize_ar("أبرز")  # a verb only with its subject: "وأبرز الفخفاخ أن"
_REPLIED = normalize_ar("رد")  # "ولم يرد معظمهم على أسئلة الصحفيين": no answer, no report
_RELAY = normalize_ar("نقل")  # "نقلت الوكالة عن الوزير قوله": the source is the one after عن
_ISSUED_IT = {normalize_ar(w) for w in ("أصدره", "أصدرته", "أصدرها")}  # "... بيانا أصدره المحمود"
_ISSUED = normalize_ar("أصدر")  # a report only with a statement: "أصدرت النيابة بيانا"
_SPOKE = normalize_ar("تحدث")  # spoke; "تحدث" after لم or لن is "happens" (حدث)
_NOT_YET = {normalize_ar(w) for w in ("لم", "ولم", "لن", "ولن")}
_SHOWED, _PUBLISHED = normalize_ar("أظهر"), normalize_ar("نشر")  # "أظهرت الدراسة أن", "نشرت بيانا"
_DESCRIBED, _CONSIDERED = normalize_ar("وصف"), normalize_ar("اعتبر")  # see _described
_THANKED = normalize_ar("شكر")  # "وشكر المدير سعيد الكعبي الفرق الميدانية": see apposed_ar.addressed_cut
# words in "وال" with no article after the و: "والي الولاية", "والدة الضحية"
_WAL = {normalize_ar(w) for w in ("والي", "والد", "والدة", "والدي", "والدا")}
_QUOTING = normalize_ar("نقلا")  # "نقلاً عن": passing on the words of
_MEDIA = {normalize_ar(w) for w in ("وكالة", "صحيفة", "جريدة", "قناة", "موقع", "إذاعة", "شبكة",
                                    "تلفزيون")}  # an outlet passes on, a police force does not
_REPEATED = {normalize_ar("كرر"), normalize_ar("كتب")}  # a report only with what was said after
_OPENS_WORDS = {":", "«", "“", '"'}
_WENT_ON = normalize_ar("تابع")  # "went on" before what was said, "followed" before an object
# what opens the words said after a verb: أن, a colon, a quotation mark, "قائلا", "بالقول"
_WORDS_FOLLOW = {normalize_ar(w) for w in (*THAT, ":", "«", "\"", "“", "”", "»", "قائلا", "قائلة",
                                           "بالقول", "بقوله")}  # '”' opens too: 'وتابع ” بلداننا'"
_SPEECH_NEXT = _WORDS_FOLLOW | {normalize_ar(w) for w in ("،", ",", "في", "خلال", "حديثه")}
# went on, concluded, completed: a report only where what was said follows ("وختم كلمته بالقول
# إن"); "وختم الوزير زيارته", "وتابع الوزير سير العمل" told nothing
_ENDED = {normalize_ar(w) for w in ("تابع", "ختم", "اختتم", "أكمل", "بدأ", "استهل")}
_NEGATIONS = [[w] for w in ("لم", "ولم", "لن", "ولن")]
_SAID_MARKS = _WORDS_FOLLOW | {normalize_ar(w) for w in (
    "بالتأكيد", "بالإشارة", "بالدعوة", "مؤكدا", "مؤكدة", "مشيرا", "مشيرة", "داعيا", "داعية",
    "بمطالبة", "بالمطالبة", "بمناشدة", "بدعوة")}  # "واختتم الاتحاد بيانه، بمطالبة الأطراف"
# توقع before a contract is "signs", not "expects": "أسلاك توقع اتفاقية للاستحواذ"
_EXPECTED = normalize_ar("توقع")
_COMMENTED = normalize_ar("علق")  # commented on something, or suspended it
_COMMENT_NEXT = _WORDS_FOLLOW | {normalize_ar(w) for w in ("على", "بأن")}
_SIGNED = {normalize_ar(w) for w in ("اتفاقية", "اتفاقيات", "اتفاق", "اتفاقا", "مذكرة", "مذكرات",
                                     "عقد", "عقدا", "عقود", "عقودا", "بروتوكول", "صفقة", "ميثاق")}
# followed by أن: "it is worth noting", "it is believed"
# "... أحمد عيسى، كان قد أعلن": the subject, a comma and "had", then its verb
_HAD = re.compile(r"\s*[،,]\s*(?:كان|كانت)\s+قد\s+")
_IMPERSONAL = {normalize_ar(w) for w in ("يذكر", "ويذكر", "يعتقد", "ويعتقد", "يشار", "ويشار")}


def _tokens(normalized: str) -> list[re.Match[str]]:
    return list(TOKEN.finditer(normalized))


# a present verb written with its passive vowel: "يُتوقع", "وتُشير" (ُ on the prefix)
_PASSIVE = re.compile("^(?:و|ف)?[يت]\u064F")


def attribute(sentence: str) -> Finding | None:
    normalized, index_map = normalize_with_map(sentence)
    dateline = DATELINE.match(normalized)
    tokens = _tokens(normalized)
    if dateline and any(t.start() < dateline.end() < t.end() for t in tokens):
        tokens = [t for t in tokens if t.end() <= dateline.end()] + list(
            TOKEN.finditer(normalized, dateline.end()))  # "الله/PNN-أكد": the verb after it
    words = [t.group() for t in tokens]

    def original(start_token: int, end_token: int, start_at: int = 0) -> str:
        start, end = to_original(index_map, max(tokens[start_token].start(), start_at),
                                 tokens[end_token - 1].end())
        return sentence[start:end]

    vague = phrase_pattern("vague_ar", True).search(normalized)
    first = next((i for i, t in enumerate(tokens) if t.start() >= dateline.end()), len(tokens)) \
        if dateline else 0
    issued = issued_by(words, first)
    if issued is not None:  # "صدر عن المديرية العامة لأمن الدولة البيان الآتي:"
        return Finding(original(first, first + 2), original(issued[0], issued[1]), issued[2],
                       f"ar:issued-by-{issued[2]}", 0.85)
    verb_at, subject_at = find_verb(words, past_symbols(words, first))
    subject_at = comma_subject(words, first, verb_at) if subject_at is None else subject_at
    leading = _cue_phrase(normalized)
    if (verb_at is not None and leading is not None and leading.start() <= tokens[min(2, len(
            tokens) - 1)].start() and no_object_anywhere(words, verb_at)):
        verb_at = subject_at = None  # "وبحسب صحيفة الراي، وجهت المحكمة إلى المتهم تهمة":
        # a verb that reports only with its object, and none comes; the phrase may still
    if verb_at is None:
        verb_at = verb_after_quote(words)
    if verb_at is None:
        verb_at = clause_verb(words, first)
        if verb_at is not None and mid_subject(words, verb_at):
            subject_at = verb_at - 1  # "... والوزير أشار إلى": its subject before it
    impersonal = verb_at if verb_at is not None and words[verb_at] in _IMPERSONAL else (
        0 if words[:1] and words[0] in _IMPERSONAL else None)  # "يشار", no verb form of its own
    that_at = impersonal + 1 + (words[impersonal + 1:impersonal + 2] in (["الى"], ["إلى"])) \
        if impersonal is not None else background_opener(words)  # "يشار إلى أن"; "وتجدر
    impersonal = that_at - 1 if impersonal is None and that_at else impersonal  # الإشارة إلى أن"
    if impersonal is not None and words[that_at:that_at + 1] in (["ان"], ["انه"]):
        # "يذكر أن الكويت انضمت ...": background the writer adds, no source; unless it tells
        # what someone said: "يذكر أن رئيس سلطة الطيران المدنى، صرحت بأن ..."
        rest = _HAD.sub(" ", sentence[to_original(index_map, tokens[that_at].end(),
                                                  tokens[that_at].end())[0]:].lstrip())
        found = attribute(rest) if that_at + 1 < len(tokens) and "ان" not in words[:impersonal] \
            else None
        return found if found is not None and found.source_kind in ("person", "body") and (
            len(rest[:rest.find(found.cue)].split()) <= 10) else None  # not "..., حيث تعلن
        # الدار عن الموعد" far into the background: what the body does, not a report
    if verb_at is not None and (verb_forms()[words[verb_at]][0] in _ENDED or words[
            verb_at - 1:verb_at] in _NEGATIONS) and _SAID_MARKS.isdisjoint(words[verb_at + 1:]):
        verb_at = None  # "وختم الوزير زيارته", "لم تعلن الوزارة أي تفاصيل": nothing said; a
        # phrase may still name a source ("ووفقا للوزارة فإن الامتحانات بدأت")
    if verb_at is not None:
        stem, number, feminine = verb_forms()[words[verb_at]]
        cue = original(verb_at, verb_at + 1)
        if _PASSIVE.match(cue) and stem not in active_with_damma() and (
                subject_at is None or words[verb_at + 1:verb_at + 2] in (["ان"], ["انه"])):
            return None  # "بينما يُتوقع أن تكون الأمطار خفيفة": expected, by nobody named;
            # "الأرصاد تُحذّر المملكة من": a subject before it and no أن, so active (حذّر)
        if stem in _REPEATED and not any(w in THAT or w in _OPENS_WORDS
                                         for w in words[verb_at + 1:verb_at + 12]):
            return None  # "كرر الفريق فوزه": repeated a deed, said nothing
        if stem == _REPLIED and words[verb_at - 1:verb_at] in (["لم"], ["ولم"]):
            return None
        if stem == _SPOKE and words[verb_at - 1:verb_at] and words[verb_at - 1] in _NOT_YET:
            return None  # "في سابقة لم تحدث منذ عقود": did not happen (حدث), no one spoke
        found = subject_before(words, subject_at, verb_at) if subject_at is not None else None
        if found is not None and feminine and byline(words, found, verb_at):
            found = None  # "تنومة: فهد الشهري توقعت الرئاسة العامة": the writer, then the verb
        source_at = verb_at + 1
        if stem == _RELAY:
            source_at = next((i + 1 for i in range(verb_at + 1, min(len(words), verb_at + 10))
                              if words[i] == "عن" or words[i] in _ISSUED_IT), None)
            that = next((i for i in range(verb_at + 2, min(len(words) - 1, verb_at + 8))
                         if words[i] in THAT), None) if source_at is None else None
            if source_at is None and words[verb_at - 1:verb_at] in (["ما"], ["حسبما"]):
                source_at = verb_at + 1  # "بحسب ما نقلت وكالة رويترز": what it passed on
            elif that is not None:  # "ونقلت وكالة رويترز أن الخطة جاهزة": the agency's report,
                inner = attribute(sentence[to_original(index_map, tokens[that].end(),
                                                       tokens[that].end())[0]:])
                if inner is not None and inner.source_kind in ("person", "body"):
                    return inner  # or of the one it names speaking: "... أن الوزير أكد أن"
                source_at = verb_at + 1
            elif source_at is None:
                return None  # "ونقلت الوكالة بيانا أصدره المحمود": the one who issued it
        source_at = quoted_name(words, source_at)
        if stem not in ASKING:  # 'وطالبت "العفو الدولية" السلطات': the subject, then whom
            source_at = past_addressee(words, source_at)
        if stem == _RELAY and found is not None and source_at is not None and (
                relayed := source_after(words, source_at)) is not None and relayed[2] != "vague":
            found = relayed  # "وكالة الأنباء تنقل عن الوزير قوله": the one it quotes
        if found is None and number != "sg" and stem != _RELAY:
            found = was_subject(words, first, verb_at)  # "طالبوا رئيس الوزراء بـ": a plural
            # verb before its subject agrees with none, so what follows is its object
        else:
            found = found or (None if pronoun_subject(words, verb_at) else source_after(
                words, source_at)) or was_subject(words, first, verb_at)
        via = next((i for i in range(found[1], min(len(words) - 2, found[1] + 5))
                    if words[i] == _QUOTING and words[i + 1] == "عن"), None) if (
            found and words[found[0]].removeprefix("ال") in _MEDIA) else None
        if via is not None and (relayed := source_after(words, via + 2)) is not None and (
                relayed[2] in ("person", "body")):
            found, number = relayed, ""  # "وذكرت وكالة الأنباء العراقية (واع) نقلاً عن المتحدث
            # باسم وزارة الصحة سيف البدر، إنه": the one the agency quotes
        if stem == _RELAY:
            number = ""  # the verb agrees with the agency: it tells nothing of the one quoted
            if found and found[2] != "vague" and words[found[0] - 1:found[0]] == ["عن"]:
                vague = None  # "ونقلت وسائل إعلام محلية عن الأمين العام ... قوله": the one
                # quoted is named, whoever passed the words on
        if stem in (_DESCRIBED, _CONSIDERED) and found is not None:  # "واعتبر المفتي المرحلة"
            found = (_described if stem == _DESCRIBED else considered_object)(words, found)
        if stem in ASKING and found is not None and accusative_plural(words[found[0]]):
            found = None  # "وطالب المهاجرين بعدم ...": whom he asked (ين, no subject's ون)
        if stem in ASKING and found is not None and "،" in words[found[0]:found[1]] and words[
                found[1]:found[1] + 1] in (["الى"], ["إلى"], ["على"]):  # "ودعا المتحدث باسم
            found = (found[0], max(i for i in range(*found[:2]) if words[i] == "،"), found[2])
            # الرئاسة، حماس إلى": whom he called on, after the comma
        if (stem in ASKING or stem == _THANKED) and found is not None and found[2] == "person":
            found = addressed_cut(words, found)
        if stem == _RELAY and found is not None and found[2] == "vague":
            return _conduit(words, verb_at, cue, original, number, feminine) or Finding(
                cue, original(found[0], found[1]), "vague", "ar:vague-source", 0.7, number, feminine)
        if found is None and words[source_at:source_at + 1] and words[source_at] in HONORIFIC_PRONOUNS:
            source_at += 1  # "ورحب سموه بالضيوف": the object after the honorific
        at = found[1] if found else source_at
        if stem in (_ISSUED, _PUBLISHED) and verb_at and words[verb_at - 1] in _NOT_YET:
            return None  # "ولم تصدر شركة زين بيانا": no statement
        if stem in GAVE_STATEMENT and GAVE_STATEMENT[stem].isdisjoint(words[verb_at + 1:at + 12]):
            return None  # "أدلى الناخبون بأصواتهم", "أجرى الوزير مباحثات": acts
        if stem in (_ISSUED, _PUBLISHED) and not any(w in STATEMENTS for w in words[at:at + 12]):
            return None  # "أصدر النائب العام قرارا": an act, no statement; "أصدر المكتب
            # الناطق باسم الوزارة حول الجائحة للإعلام البيان التالي:"
        if stem == _EXPECTED and not _SIGNED.isdisjoint(words[verb_at + 1:verb_at + 2]
                                                         + words[at:at + 1]):
            return None  # "توقع الشركة اتفاقية": signs a contract, says nothing
        if stem == _COMMENTED and not any(w in _COMMENT_NEXT for w in words[verb_at + 1:at + 8]):
            return None  # "علقت خطوط إيجة رحلاتها": suspended; "وعلق يوسف على ذلك قائلا"
        comma = next((i for i in range(at, min(len(words) - 1, at + 8)) if words[i] == "،"), None)
        if stem == _WENT_ON and words[at:at + 1] and words[at] not in _SPEECH_NEXT and not (
                comma is not None and words[comma + 1] in THAT):
            return None  # "وتابع الوزير أداء الطلاب": followed them, said nothing; "وتابع
            # المتحدث باسم وزارة الكهرباء والطاقة المتجددة، أن": the name ran on, then أن
        if stem in object_verbs() and stem not in (_ISSUED, _PUBLISHED, *GAVE_STATEMENT) and (
                not has_object(words, at)):  # the words may still end naming their source
            return _named_after(sentence, normalized, index_map, tokens[verb_at].end())
        if judicial_order(stem, words, at):
            return None  # "أمرت النيابة العامة بحبس متهم": an act of the court, nothing said
        if found is None:
            if vague or (stem == _HIGHLIGHTED and words[verb_at + 1:verb_at + 2] not in (
                    ["ان"], ["انه"])):  # "وأبرز أن دولة قطر مستمرة": he stressed it
                return None  # "وأبرز ما جاء في التقرير": the adjective, no verb
            return _named_after(sentence, normalized, index_map, tokens[verb_at].end()) or Finding(
                cue, None, "dropped", "ar:verb-dropped-subject", 0.8, number, feminine)
        start, end, kind = found
        if stem == _SHOWED and kind not in ("document", "body"):
            return None  # "أظهر اللاعب مستوى رائعا": showed his form, said nothing
        if stem == _HIGHLIGHTED and not any(w in THAT for w in words[end:end + 8]):
            return None  # "أبرز المشاركين في المؤتمر ...": the adjective
        if kind == "vague" and words[start + 1:start + 2] in (["ذاته"], ["نفسه"]):
            return Finding(cue, None, "dropped", "ar:verb-dropped-subject", 0.8, number, feminine)
            # "وأكد المصدر ذاته أن": the same source as before, carried
        relayed = vague is not None and vague.end() <= tokens[verb_at].start()  # "ووفقا لمصادر
        if kind == "vague" or (vague and vague.start() <= tokens[start].start() and not relayed):
            unnamed = Finding(cue, original(start, end), "vague", "ar:vague-source", 0.7, number, feminine)
            return second_source(sentence, unnamed) or unnamed  # "...، بينما قالت ريم": named later
        that = next((i for i in range(end, min(len(words) - 2, end + 4)) if words[i] in THAT),
                    None) if kind == "body" and words[start].removeprefix("ال") in _MEDIA else None
        if that is not None:  # "ذكرت صحيفة «الأنباء» أن رئيس المجلس نبيه بري اعتبر أن": the
            inner = attribute(sentence[to_original(index_map, tokens[that].end(),  # paper
                                                   tokens[that].end())[0]:])  # passes on his
            if inner is not None and inner.source_kind == "person":  # words
                return inner
        rule = "ar:subject-verb" if subject_at is not None and start < verb_at else f"ar:verb-{kind}"
        joined = words[start].startswith("وال") and words[start] not in _WAL  # "والوزير أكد":
        # the subject without its و (not "والي الولاية", "والدة الضحية")
        return Finding(cue, original(start, end, tokens[start].start() + joined), kind, rule,
                       0.92, number, feminine, relayed)  # مطلعة، فقد ذكر القاضي": he said it
    phrase = _cue_phrase(normalized)
    stipulated = _STIPULATED.search(normalized) if phrase is None else None
    mark = quote_goes_on(sentence) if phrase is None and stipulated is None else None
    if mark:
        return Finding(mark, None, "dropped", "ar:quote-continues", 0.6)
    if phrase is not None:
        # the phrase may end inside a word: "وفقا لوزارة الصحة" leaves "وزارة"
        first = next((i for i, t in enumerate(tokens) if t.end() > phrase.end()), None)
        if first is not None:
            cut = max(0, phrase.end() - tokens[first].start())
            rest = words[first][cut:]
            article = cut > 0 and normalized[phrase.end() - 1] == "ل" and rest.startswith("ل")
            if article:
                rest = "ا" + rest  # "وفقا للسلطات": the article the ل took in
            if words[first] in _DELIVERED:  # "جاء ذلك في كلمة ألقاها": the one just named
                cue = sentence[slice(*to_original(index_map, phrase.start(), phrase.end()))]
                return Finding(cue.strip(), None, "dropped", "ar:phrase-dropped", 0.7)
            if cut > 0 and rest in _OF_WHOM:  # "جاء في بيان لها": the body just named
                cue = sentence[slice(*to_original(index_map, phrase.start(), phrase.end()))]
                return Finding(cue.strip() + rest, None, "dropped", "ar:phrase-dropped", 0.7,
                               "pl" if rest == "هم" else "sg")  # "لها" may be a body's
            found = source_after(words[:first] + [rest] + words[first + 1:], first,
                                 after_phrase=True)
            if found is not None and found[2] != "vague":
                start, end, kind = found
                cue = sentence[slice(*to_original(index_map, phrase.start(), phrase.end()))].strip()
                source = original(start, end, phrase.end())
                return Finding(cue, "ا" + source if article and start == first else source, kind,
                               f"ar:phrase-{kind}", 0.88)
            if found is not None:  # "بحسب إحصاءات رسمية": no one named
                cue = sentence[slice(*to_original(index_map, phrase.start(), phrase.end()))].strip()
                return Finding(cue, original(found[0], found[1], phrase.end()), "vague",
                               "ar:vague-source", 0.7)
    came = (_CAME_IN_DOCUMENT.search(normalized) or stipulated or _DOCUMENT_READS.search(
        normalized)) if phrase is None else None
    if came:  # "وجاء في البيان أن ...", "وجاء في الأمر الملكي أن ...": the document says it
        start, end = to_original(index_map, came.start("doc"), came.end("doc"))
        cue_start, cue_end = to_original(index_map, came.start("cue"), came.end("cue"))
        return Finding(sentence[cue_start:cue_end], sentence[start:end], "document",
                       "ar:came-in-document", 0.85)
    found = source_after(words, 1) if phrase is None and going_on_named(words) else None
    if found is not None and found[2] in ("person", "body"):
        start, end, kind = found
        return Finding(original(0, 1), original(start, end), kind, "ar:going-on", 0.8)
    speech = speech_without_verb(words)  # a phrase with no source may stand in it ("وفق خططها")
    if speech is not None and not vague:  # "..., مضيفا: «...»", "وواصل: ”...”"
        at, number, feminine = speech
        return Finding(original(at, at + 1), None, "dropped", "ar:participle", 0.6, number, feminine)
    mark = quote_goes_on(sentence) if phrase is not None else None  # a phrase that named no
    if mark:  # one ("استنادا إلى الفصل 308"), in words a quotation carries on
        return Finding(mark, None, "dropped", "ar:quote-continues", 0.6)
    return None


def _described(words: list[str], found: tuple[int, int, str]) -> tuple[int, int, str] | None:
    """"وصف X Y بـ...": Y, the one described, is no part of the source. "ووصف الكويت بالبلد
    المضياف": one word before the ب is the object, the subject dropped; "ووصف الوزير الاجتماع
    بالمثمر": the last of two definite words is the object."""
    start, end, kind = found
    if end - start > 2 and words[end - 1].startswith("بال"):
        end -= 1  # the source ran over "بالقاسية"
    if not (words[end:end + 1] and words[end][:1] == "ب"):
        return found
    if end == start + 1:
        return None
    if (words[end - 1].startswith("ال") and words[end - 2].startswith("ال")
            and not is_adjective(words[end - 1])):
        return start, end - 1, kind
    if end - 2 > start + 1 and words[end - 2].endswith("ه") and words[end - 1].startswith("ال"):
        return start, end - 2, kind  # "ووصف المدرب ماتياس يايسله نتيجة المباراة بالقاسية"
    return found


def _conduit(words, verb_at, cue, original, number, feminine) -> Finding | None:
    """"ونقلت الصحيفة عن مصدر حكومي قوله": an unnamed source passed on by a named paper or
    agency; the claim is the paper's, flagged as vaguely sourced."""
    found = source_after(words, verb_at + 1)
    if found is None or found[2] not in ("body", "person"):
        return None
    return Finding(cue, original(found[0], found[1]), found[2], f"ar:relay-{found[2]}", 0.8,
                   number, feminine, vague=True)


@cache
def _cue_phrase_pattern() -> re.Pattern[str]:
    phrases = sorted((normalize_ar(p) for p in entries("cue_phrases_ar")), key=len, reverse=True)
    alternation = "|".join(re.escape(p).replace(r"\ ", r"[\s،,]*") for p in phrases)  # "جاء ذلك، خلال"
    return re.compile(r"(?:^|(?<=\s)|(?<=[،,]))[وف]?(?:" + alternation + ")")


# the pronoun a phrase's ل may take: "في بيان لها"
_OF_WHOM = {"ه", "ها", "هم"}
# "جاء ذلك في كلمة ألقاها": a speech the one just named delivered
_DELIVERED = {normalize_ar(w) for w in ("ألقاها", "ألقاه", "ألقتها", "أدلى", "أدلت")}
# "وجاء في البيان أن", "جاء في التقرير الصادر أمس أن": a document by its kind, then what it says
_CAME_IN_DOCUMENT = re.compile(normalize_ar(
    r"(?:^|\s)(?P<cue>[وف]?جاء\s+في)\s+(?P<doc>ال(?:بيان|تقرير|أمر|قرار|رسالة|نص|وثيقة|مذكرة|"
    r"خطاب|تعميم|بلاغ|نداء)(?:\s+ال(?!صادر|ذي|تي)\S+)?)"
    r"(?=\s+(?:\S+\s+){0,6}?(?:أن|إن|ان|:|[\"«“]))"))
# "ونص المرسوم على تعيين ...", "حيث ينص الدستور على أن": what a decree, law or decision lays down
_STIPULATED = re.compile(normalize_ar(
    r"(?:^\W*|\s(?:حيث|إذ)\s+)(?P<cue>[وف]?(?:نص|نصت|ينص|تنص))\s+"
    r"(?P<doc>ال(?:مرسوم|قرار|قانون|اتفاق|اتفاقية|دستور|بيان|"
    r"تعميم|مشروع|نظام|أمر)(?:\s+ال(?!صادر|ذي|تي)\S+)?)\s+على\s"))
# "وجاء بيان اتحاد الكرة كالتالي..": a document whose words follow
_DOCUMENT_READS = re.compile(normalize_ar(
    r"(?:^|\s)(?P<cue>[وف]?جاء)\s+(?P<doc>(?:نص\s+)?(?:ال)?(?:بيان|تقرير|قرار|رسالة|خطاب)"
    r"(?:\s+(?!كالتالي|كالاتي|كما)\S+){0,3}?)\s+(?:كالتالي|كالاتي|كما\s+يلي)"))
# "وجاء القرار وفقا لتوقعات المحللين": the decision came in line with them, nobody said it
_CAME_IN_LINE = re.compile(r"(?:^|[\s،,])[وف]?(?:جاء|جاءت|ياتي|تاتي)\s+(?:\S+\s+){0,2}$")


_THEN = re.compile(r"\s(?:إذ|اذ|حيث|فيما|بينما)\s")


def second_source(sentence: str, finding: Finding) -> Finding | None:
    """A person named speaking in a clause after the sentence's source, the one a dropped
    subject after the sentence most likely is: "أعلنت المفوضية ...، إذ ذكرت نائب المتحدث الرسمي
    باسم المفوضية نبراس أبو سودة ..." then "وأضافت: ..."."""
    at = sentence.find(finding.source) if finding.source else -1
    found = _THEN.search(sentence, at + len(finding.source)) if at >= 0 else None
    later = attribute(sentence[found.end():]) if found else None
    return later if later is not None and later.source_kind == "person" and not normalize_ar(
        later.source).startswith(("احد", "بعض")) else None  # not "أحدهم": one of them, unnamed


def _named_after(sentence: str, normalized: str, index_map, after: int) -> Finding | None:
    """A verb with no subject whose words end naming their source: "وأكدت أن ...، وفق ما نقلته
    وكالة الأنباء الفرنسية", "..., على حد قول المحامي جان ..."."""
    phrase = _cue_phrase(normalized[after:])
    if phrase is None or not _CLAUSE_OPENS.search(normalized, max(0, after + phrase.start() - 3),
                                                   after + phrase.start() + 1):
        return None
    found = attribute(sentence[to_original(index_map, after + phrase.start(), after)[0]:])
    if found is None or found.source_kind not in ("person", "body") or _OWN_WORDS.match(
            normalize_ar(found.source)) or len(sentence.rsplit(found.source, 1)[-1].split()) > 3:
        return None  # a name closing the sentence but for its place and day ("في القاهرة، أمس"); not
    return found  # "وفق تعبيره" (his own words), nor a phrase inside what was said ("حسب المؤشرات")


# a phrase that opens the sentence's last clause, after a comma
_CLAUSE_OPENS = re.compile(r"[،,]\s*[وف]?\S")
_OWN_WORDS = re.compile(normalize_ar(r"(?:تعبير|قول|كلام|وصف|رأي|حديث)(?:ه|ها|هم|هما)$"))


def _cue_phrase(normalized: str) -> re.Match[str] | None:
    for found in _cue_phrase_pattern().finditer(normalized):
        if not _CAME_IN_LINE.search(normalized, max(0, found.start() - 40), found.start()):
            return found
    return None

