"""Arabic speakers the text gives around a sentence rather than in it: a dropped subject
carried over from the speaker before or from the event the sentence follows ("استقبل الوزير
... وأكد"), a role ("وأوضح الوزير") resolved to the person written with it, and a surname
written before the full name."""
from __future__ import annotations

import re

from claims.headlines import is_body, opens_role
from claims.lexicon import words_ar
from claims.normalize import normalize_ar
from claims.roles_ar import (
    apposed_role,
    by_role,
    by_role_after,
    is_role_only,
    role_continues,
    stems,
)
from claims.speakers import SpeakerBook, name_from_mention_ar, unquoted
from claims.subjects_ar import event_subject
from claims.words_ar import WORD, is_adjective, is_role_word

CARRY_WINDOW = 6  # sentences a dropped subject may reach back to find its speaker


def named_later(claims, book: SpeakerBook) -> None:
    """An Arabic surname written before the full name ("بدوي يطالب ..." over "طالب أيمن بدوي"):
    every sentence it speaks in takes the fullest name the article gives it anywhere."""
    fuller = {}
    for claim in claims:
        speaker = claim.speaker
        if claim.lang == "ar" and speaker and len(speaker.split()) == 1 and speaker not in fuller:
            fuller[speaker] = book.resolve(speaker, "person")
    for claim in claims:
        if claim.speaker in fuller:
            claim.speaker = fuller[claim.speaker]


def carry_ar(history, index, finding, feminine: dict[str, bool]) -> str | None:
    """A dropped Arabic subject takes the last recent speaker its verb agrees with: "وأضافت"
    a woman or a feminine body, "شددا" and "وقالوا" a group (a dual with none before, the last
    speaker)."""
    if finding.rule in ("ar:quote-continues", "ar:clause-continues"):  # only right after the
        # quoted speaker's sentence, or the first half of a sentence split at "؛"
        return history[-1][1] if history and history[-1][0] == index - 1 else None
    recent = [h for h in history if index - h[0] <= CARRY_WINDOW]
    if finding.number in ("dual", "pl"):
        groups = [h for h in recent if h[2] == "group" or _plural_subject(h[1])]  # "وأثنى
        # الحاضرون ... كما أبدوا": a plural subject named as a person's speaks on in the plural
        if groups or finding.number == "pl":
            return groups[-1][1] if groups else None
        return recent[-1][1] if recent else None
    agreeing = [h for h in recent if feminine.get(h[1], finding.feminine) == finding.feminine
                and not (h[2] == "group" and _many(h[1]))]  # "وأشار" is not "الجانبان"
    return agreeing[-1][1] if agreeing else None


def _plural_subject(name: str) -> bool:
    """A sound masculine plural in its subject's form ("الحاضرون"), not "الوزيرين"."""
    head = normalize_ar(name.split()[0]) if name.split() else ""
    return head.startswith("ال") and head.endswith("ون")


def _many(group: str) -> bool:
    """A dual or plural noun ("الجانبان", "المشاركون في الاجتماع")."""
    head = normalize_ar(group.split()[0]) if group.split() else ""
    return head.endswith(("ان", "ون", "ين"))


def event_ar(claims, index, finding, book: SpeakerBook, reach: int = 1) -> str | None:
    """"استقبل سمو ولي العهد ... . وأكد سموه ...": the dropped subject right after an event
    is the person who led it; with a `reach` beyond one sentence, the last event within it
    (used when no earlier speaker agrees: "التقى الوزير ... . وجرى ... . وأشار معاليه")."""
    if finding.rule not in ("ar:verb-dropped-subject", "ar:participle"):
        return None
    claim = claims[index]
    cue_at = claim.text.find(finding.cue)
    if finding.number != "sg":  # "حيث تبادل الجانبان وجهات النظر ... وأكدا على": the group
        return _group_before(claim.text[:max(cue_at, 0)], book) if reach == 1 else None
    mention = event_subject(claim.text[:cue_at], bodies=True) if cue_at > 0 else None
    if mention and is_body(mention):
        return book.resolve(mention, "body")
    if mention:  # "استقبل وزير الخارجية سالم الصباح السفير، وأكد خلال اللقاء": the subject of
        speaker = role_ar(book.resolve(name_from_mention_ar(mention, "person"), "person"),
                           claim.start + max(claim.text.find(mention), 0), book, mention)
        if reach > 1 or not is_role_only(speaker):  # the event the clause follows; a role
            return speaker  # alone only when no earlier speaker agrees
    if index == 0:
        return None
    for before in claims[max(0, index - reach):index][::-1]:
        if before.lang != "ar":
            return None
        if before.finding is None and before.text.rstrip().endswith("."):  # a headline has no
            mention = event_subject(before.text)  # full stop
            if mention:  # a role with no name is the person last named with it
                return role_ar(book.resolve(name_from_mention_ar(mention, "person"), "person"),
                                before.start + max(before.text.find(mention), 0), book, mention)
        if reach == 1:
            return None
    return None


def _group_before(text: str, book: SpeakerBook) -> str | None:
    """The last group written in the clause before a dual or plural verb ("الجانبان"), not
    after "بين" ("بين الجانبين" is no subject)."""
    groups = words_ar("groups_ar")
    found = None
    words = text.split()
    for at, word in enumerate(words):
        if normalize_ar(word) in groups and (not at or normalize_ar(words[at - 1]) != "بين"):
            found = word
    return book.resolve(found, "group") if found else None


# the head of a body, named after it: "أعلن جهاز حماية المستهلك، برئاسة إبراهيم السجيني، عن"
_HEADED_BY = re.compile(r"\s*[،,]?\s*برئاسة\s+(?P<name>[^\s،,.:]+(?:\s+[^\s،,.:]+){1,3})\s*[،,]")


def _headed_by(claim, book: SpeakerBook) -> None:
    """"جهاز حماية المستهلك، برئاسة إبراهيم السجيني،": the person is the body's head (رئيس),
    for a later "وأشار رئيس الجهاز"."""
    finding = claim.finding
    if claim.lang != "ar" or finding is None or not finding.source or "برئاسة" not in claim.text:
        return
    after = claim.text.find(finding.source)
    found = _HEADED_BY.match(claim.text, after + len(finding.source)) if after >= 0 else None
    if found:
        name = book.resolve(name_from_mention_ar(found.group("name"), "person"), "person")
        book.roles.append((claim.start + found.start("name"), name,
                           stems("رئيس " + finding.source)))


def roles_ar(claims, book: SpeakerBook) -> None:
    """Every Arabic person named with a role, the sources and the subjects of events, before
    any is resolved: a headline's role ("محافظ البنك المركزي:") and a role written before the
    sentence that names it find the name wherever it is."""
    for claim in claims:
        finding = claim.finding
        _headed_by(claim, book)
        dropped = finding is not None and finding.source_kind == "dropped"  # "استقبل الوزير
        if claim.lang != "ar" or (finding is not None and finding.source_kind != "person"  # ...
                                  and not dropped):  # ، مؤكدا": the event's subject spoke
            continue
        mention = finding.source if finding is not None and not dropped else event_subject(
            claim.text)
        headline = finding is not None and finding.rule.endswith("colon-headline")
        if not mention or headline:
            continue
        name = name_from_mention_ar(mention, "person")
        found = name.strip(" ،,") != mention.strip(" ،,") and any(  # "المتحدث باسم الحكومة
            not w.startswith("ال") for w in name.split())  # باسم العوادي": a name after it
        if is_role_only(name) or (is_role_only(mention) and not found):  # "المتحدث الرسمي
            # للمركز الوطني للأرصاد"
            if finding is not None:  # "ودعا المتحدث" after it
                role = mention.strip(" ،,") if is_role_only(mention) else _whole_role(name, mention)
                book.unnamed.append((claim.start + max(claim.text.find(mention), 0), role,
                                     stems(role)))
            continue
        after = claim.text.find(mention)
        rest = claim.text[after + len(mention):] if after >= 0 else ""
        role = mention + " " + (apposed_role(rest) or role_continues(rest))
        name = book.resolve(name, "person")
        book.roles.append((claim.start + max(after, 0), name, stems(role)))


def role_ar(speaker: str, at: int, book: SpeakerBook, mention: str) -> str:
    """"وأوضح الوزير": the person last written with that role before the cue at `at`, else the
    first one after it (named sources were registered with their roles by `roles_ar`); else
    the fuller role written before, else the role whole as written ("المتحدث الرسمي للمركز
    الوطني للأرصاد", which the name's span would cut)."""
    if is_role_only(speaker):
        whole = mention.strip(" ،,")  # "النائب البرلماني", its title no name
        return ((is_role_only(whole) and whole != speaker and by_role(book.roles, whole, at))
                or by_role(book.roles, speaker, at) or by_role_after(book.roles, speaker, at)
                or _fuller_role(speaker, at, book)
                or (mention.strip(" ،,") if is_role_only(mention)
                    else _whole_role(speaker, mention)))
    return speaker


def _whole_role(speaker: str, mention: str) -> str:
    """A role whose name's span cut it ("مديرة منظمة الأمم المتحدة" of "مديرة منظمة الأمم
    المتحدة للطفولة «يونيسف»"), whole, without the short name in marks after it."""
    mention = re.sub(r"\s*[«\"“(][^«»\"“”()]{1,30}[»\"”)]\s*$", "", mention.strip(" ،,"))
    words, cut = WORD.findall(mention), WORD.findall(speaker)
    if words[:len(cut)] == cut and len(words) > len(cut) and opens_role(mention):
        return unquoted(mention)
    return speaker


def _fuller_role(speaker: str, at: int, book: SpeakerBook) -> str | None:
    """"ودعا المتحدث" after "قال المتحدث الرسمي للمركز الوطني للأرصاد": the same unnamed
    person, written with the fuller role before."""
    fuller = by_role(book.unnamed, speaker, at)
    return fuller if fuller and len(fuller.split()) > len(speaker.split()) else None


# "وأكدت الشركة" after "أعلنت مجموعة الخطوط السعودية": the company that spoke last
_COMPANY = {normalize_ar(w) for w in ("الشركة", "المجموعة")}


def body_head_ar(name: str, at: int, book: SpeakerBook, history, text: str) -> str | None:
    """"وأكدت الشركة": a body's bare head is the body of that head named before the cue at `at`
    (not one named only further on: "... وشددت شركة مطارات الدمام"); "الشركة" and "المجموعة"
    with none before are the body that spoke last. None when `name` is no bare head."""
    word = normalize_ar(name)
    if " " in name or not word.startswith("ال") or word not in words_ar("bodies_ar"):
        return None
    found = book.resolve(name, "body")
    rest = found.split(maxsplit=1)[1:]  # "للجهاز المركزي ..." counts as written before
    if rest and text.find(rest[0], 0, at) < 0:  # named only further on
        found = book.resolve(name, "body", at)
    if found == name and word in _COMPANY:
        return next((s for _, s, kind in reversed(history) if kind == "body" and s), name)
    return found


_OFFICIALS = {normalize_ar(w) for w in ("المسؤول", "المسؤولة")}


def official_again(mention: str, index: int, history, feminine: dict[str, bool],
                   is_feminine: bool) -> str | None:
    """"وتحدثت المسؤولة الأممية ... وقالت": "the official", with what describes her and no
    name or office, is the person who spoke last, of her gender, a few sentences before; ""
    when the last source was unnamed ("قال مسؤول أمريكي" ... "وأضاف المسؤول"); None when the
    mention is no such official or no one spoke."""
    words = [normalize_ar(w) for w in WORD.findall(mention)]
    if not words or words[0] not in _OFFICIALS or not all(
            w.startswith("ال") and (is_adjective(w) or w.endswith("ي") or w.endswith("يه"))
            for w in words[1:]):
        return None
    for at, speaker, kind in reversed(history):
        if index - at > CARRY_WINDOW:
            return None
        if kind == "vague":
            return ""
        if kind == "person" and feminine.get(speaker, is_feminine) == is_feminine:
            return speaker
    return None


def surname_spoken(mention: str, history, book: SpeakerBook) -> str | None:
    """A one-word source read as an office with no name ("وأكدت أمين", as "قال مسؤول") that is
    the family name of a person who spoke before: "رولا أمين"."""
    key = book.key(mention)
    if len(key) != 1:
        return None
    for _, speaker, kind in reversed(history):
        other = book.key(speaker) if kind == "person" and speaker else ()
        if len(other) > 1 and other[-1] == key[0]:
            return speaker
    return None


def masculine_role(mention: str) -> bool:
    """The mention opens with a man's office: "الأمين العام", "المتحدث" (not "المتحدثة")."""
    words = WORD.findall(mention)
    first = normalize_ar(words[0]) if words else ""
    return is_role_word(first) and not first.endswith(("ه", "ة"))
