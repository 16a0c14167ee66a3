"""Speaker names: titles and roles dropped, later mentions resolved to the fullest form in the
document ("المباركي" -> "جاسم مبارك المباركي", "the Bureau" -> "National Bureau for Human Rights")."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from claims.lexicon import words_ar, words_en
from claims.normalize import fold_name, normalize_ar
from claims.people_en import split_name
from claims.role_spans_ar import (
    FOR_PARTY,
    PARTIES,
    after_role,
    conjunct,
    past_adjective,
    past_body,
    past_field,
    past_role_object,
)
from claims.roles_ar import DIRECTIONS, is_role_only, stems
from claims.bodies_ar import body_goes_on, object_after_head
from claims.sources_ar import AT_POST, ends_source
from claims.words_ar import PUNCT as _PUNCT
from claims.words_ar import (
    ALSO_ADJECTIVES,
    RANK_AFTER,
    STOP_WORDS,
    ali_name,
    is_adjective,
    is_name_word,
    is_role_word,
    name_span,
    names_a_place,
    opens_object,
    object_noun,
    role_after_name,
    title_end,
    verb_forms,
)
from claims.words_ar import TOKEN as _AR_TOKEN
from claims.words_ar import WORD as _AR_WORD

_EN_WORD = re.compile(r"[\w][\w.'’\-]*(?:&\w[\w.'’\-]*)?|(?<=\s)&(?=\s)")  # "AT&T", "Procter & Gamble"
_PATRONYMIC = {"bin", "ibn", "bint"}  # "son of", "daughter of": the word before is a given name
# the last word of a firm's name: "Murray Energy Corp." holds Robert E. Murray's surname first,
# so "Murray" is he when the article names a person so too ("Toyota" stays Toyota Motor Corp)
_FIRM_ENDS = {"corp", "corporation", "inc", "co", "company", "ltd", "llc", "plc", "group",
              "holdings", "partners", "energy", "industries", "airlines", "bank", "foundation"}
_EN_CONNECTORS = {"of", "for", "on", "and", "the", "de", "al", "bin", "van", "ten", "ter", "von",
                  "la", "du"}


def _norm_ar_token(token: str) -> str:
    """A word without its article, and "للأرصاد" as "الأرصاد": "مركز الأرصاد" is short for
    "المركز الوطني للأرصاد"; alef maqsura as yaa ("بدراوى" is "بدراوي", DESIGN.md)."""
    token = fold_name(token)
    return token[2:] if token.startswith(("ال", "لل")) and len(token) > 4 else token


# a short vowel written on a word: a verb made plain ("جامعة حائل قَبِلت"), no part of a name;
# nor is a word with the accusative ending -an, an adverb ("شركة أسلاك بناءً على")
_VOWELLED = re.compile("[\u064b\u064e-\u0650]")
_JOINS_NEXT = {normalize_ar(w) for w in ("عبد", "أبو", "ابو")}


def _joined_ar(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """"عبد الله" and "عبدالله", "أبو بكر" and "أبوبكر" are one name written two ways; the
    article is gone from the word after عبد ("عبد العزيز" is keyed "عبد" + "عزيز"), so it goes
    from "عبدالعزيز" too."""
    joined: list[str] = []
    for token in tokens:
        if joined and joined[-1] in _JOINS_NEXT:
            joined[-1] += token
            continue
        head = next((j for j in _JOINS_NEXT if token.startswith(j + "ال")), None)
        joined.append(head + token[len(head) + 2:] if head and len(token) > len(head) + 4
                      else token)
    return tuple(joined)


def _named_first(normalized: list[str], titles) -> bool:
    """The mention opens with a given name and a family name, the second with ال or not
    ("مصطفى بايتاس", "سعيد العلمي"), before the role written after them."""
    if len(normalized) < 2 or not is_name_word(normalized[0]) or normalized[0].startswith("ال"):
        return False
    second = normalized[1]
    return is_name_word(second) or (
        second.startswith("ال") and is_name_word(second[2:]) and second not in titles
        and not is_role_word(second) and second not in words_ar("bodies_ar"))


def _addressed(words: str) -> bool:
    """Words after a comma that say whom the source spoke to: "لقادة المنظمات", "للصحفيين"."""
    first = normalize_ar(words.split()[0]) if words.split() else ""
    rest = first[1:]
    return first.startswith("ل") and (first.startswith("لل") or is_role_word(rest)
                                      or rest in words_ar("groups_ar") or rest in _LEADERS)


_LEADERS = {normalize_ar(w) for w in ("قادة", "ممثلي", "أعضاء", "وفد", "رؤساء", "مسؤولي")}
_LOOSE_AND = re.compile(r"(?<!\S)و\s+(?=[^\s\d])")
# a role, a name in marks or brackets, and what follows it
_MARKED_IN_ROLE = re.compile(r"(?P<role>[^«“\"(]+?)\s*[«“\"(](?P<inner>[^«»“”\"()]{2,60})[»”\")]"
                             r"\s*(?P<after>[^«»“”\"()]*)")


def name_from_mention_ar(mention: str, kind: str) -> str:
    """The name inside a person mention: the words after the last title, or the mention itself."""
    if kind != "person":
        mention = unquoted(mention)  # صحيفة «القبس»
        first = mention.split(maxsplit=1)[0] if mention else ""
        if first.startswith("ل") and not first.startswith("لل") and (
                normalize_ar(first[1:]) in words_ar("bodies_ar")):
            return mention[1:]  # "بلاغ لوزارة الداخلية": وزارة الداخلية
        mention = mention.rstrip("-–— ")  # "مطار الملك خالد الدولي- بدوره-"
        return "ال" + mention[2:] if mention.startswith("لل") else mention  # "بيان للوزارة"
    mention = _LOOSE_AND.sub("و", mention)  # "وزير الداخلية و الجماعات المحلية": و set apart
    role, comma, apposed = mention.rpartition("،") if "،" in mention else mention.rpartition(",")
    if comma and _AR_WORD.search(apposed) and not _addressed(apposed):
        return name_from_mention_ar(apposed, kind)  # "وزير الخارجية السعودي، الأمير فيصل"
    if comma and _AR_WORD.search(role) and _addressed(apposed):
        return name_from_mention_ar(role, kind)  # "الرئيس السيسي، لقادة المنظمات": whom he told
    marked = _MARKED_IN_ROLE.fullmatch(mention.strip())
    if marked and is_role_word(normalize_ar(marked.group("role").split()[0])):
        after = [normalize_ar(w) for w in _AR_WORD.findall(marked.group("after"))]
        if after and ((not after[0].startswith("ال") and is_name_word(after[0])
                       and after[0] not in STOP_WORDS) or after[0] in words_ar("titles_ar")):
            # 'مديرة ... (أوتشا) إديم وسورنو', '... “تحالف دعم الشرعية” العميد تركي', 'محافظ
            return name_from_mention_ar(marked.group("after"), kind)  # "هيئة ..." عبدالله':
            # the body's name in marks or brackets is none of the person's
        inner = marked.group("inner").split()
        first = normalize_ar(inner[0]) if inner else ""
        role = marked.group("role").split()
        if len(inner) >= 2 and not first.startswith("ال") and first not in words_ar(
                "bodies_ar") and not marked.group("role").endswith(("ل", "لـ")) and is_role_only(
                marked.group("role")) and (len(role) > 1 or normalize_ar(role[0]).startswith(
                    "ال")):  # 'الرئيس التنفيذي “بندر بن عبد الرحمن المهنا”': the name itself
            return " ".join(inner)  # in marks, the house style of some papers; not 'رئيس
            # «حماية المستهلك»', the body a bare role word heads
    tokens = _AR_WORD.findall(mention)
    titles = words_ar("titles_ar")
    normalized = [normalize_ar(t) for t in tokens]
    if (not titles.intersection(normalized[1:]) and (AT_POST in normalized or any(
            w.startswith("بال") for w in normalized)) and is_role_only(mention)):
        return mention.strip(" ،,")  # "مندوب مصر لدى الأمم المتحدة": a role with no name
    start = None
    for index, word in enumerate(normalized[:-1]):
        if index and names_a_place(normalized[index - 1]):
            continue  # "مدير مستشفى الأمير حمزة الدكتور ...": the place's name
        if index and normalized[index - 1] in _JOINS_NEXT:
            continue  # "عبد الأمير": a given name, not the title الأمير
        is_title = (word in titles and not (  # "الشؤون الإعلامية": an adjective, no title
            index and word in ALSO_ADJECTIVES and normalized[index - 1].startswith("ال"))) or (
            start == index and word[:1] == "و" and word[1:] in titles) or (  # "الشاعر والإعلامي"
            start == index and (  # "الفريق أول ركن", "الوزير المفوض"
            word in RANK_AFTER or (word == normalize_ar("المفوض")
                                   and normalized[index - 1] == normalize_ar("الوزير"))))
        if is_title and start is None and index and _named_first(normalized, titles):
            break  # "عادل سالم الواحدي الرئيس المالي التنفيذي": a role written after the name
        if is_title and (start is None or start == index):
            start = index + 1
        elif is_title and start is not None and start < index:
            bodies = words_ar("bodies_ar")
            if not any(is_name_word(w) and w not in bodies and not w.startswith(("بال", "لل"))
                       for w in normalized[start:index]):  # "... للدفاع المدني بالرياض النقيب"
                start = index + 1  # "معالي رئيس الهيئة ... الأستاذ عبدالعزيز": a role between
                continue
            break  # a title word after a name word is part of the name ("طارق الشيخ")
    if start is None:
        start = after_role(normalized) or next(
            (i for i, w in enumerate(normalized) if w not in titles), 0)
    else:
        start = past_role_object(normalized, past_adjective(normalized, start))
    while start < len(normalized) and is_adjective(normalized[start]):
        start += 1  # "السفير الأمريكي ..."
    if normalized[start:start + 1] == [AT_POST] and start + 2 < len(normalized):
        start += 2  # "السفير القطري لدى البلاد علي بن عبدالله آل محمود"
        while start < len(normalized) - 1 and normalized[start].startswith("ال"):
            start += 1  # "لدى منظمة الأمم المتحدة عبدالله المعلمي": the body's other words
    if normalized[start:start + 1] == [FOR_PARTY] and normalized[start + 1:start + 2] and (
            normalized[start + 1] in PARTIES):  # "النائب عن كتلة الفتح النيابية خالد ..."
        start += 2
        while start < len(normalized) - 1 and normalized[start].startswith("ال"):
            start += 1
    body_end = past_body(normalized) if normalized[start:start + 1] and (
        normalized[start][:1] == "ل" or normalized[start] in ("في", "فى")) else None
    if body_end is not None and body_end > start:  # "لشركة زين بدر الخرافي": past the body
        return name_from_mention_ar(" ".join(tokens[body_end:]), kind)
    if start >= len(normalized) or (normalized[start] in STOP_WORDS
                                    and not ali_name(normalized, start)):
        return mention.strip(" ،,")  # a role with no name: "السفير الأمريكي لدى الكويت"
    if normalized[start][:1] == "و" and normalized[start][1:] in DIRECTIONS and is_role_only(
            mention):
        return mention.strip(" ،,")  # "... لمنطقة الشرق الأوسط وشرق أفريقيا": a region, no name
    end, limit = start + 1, name_span(normalized, start)
    while end < limit and (not role_after_name(normalized, end)
                           or normalized[end - 1] in _JOINS_NEXT):  # "عبد الأمير"
        end += 1  # the name ends where a role written after it begins
    return " ".join(tokens[start:end])


def unquoted(mention: str) -> str:
    """The mention without quotation marks and brackets: صحيفة «القبس»."""
    return " ".join(re.sub("[«»“”\"()]", " ", mention).split()).strip(" ،,")


_MEDIUM = {"newspaper", "paper", "daily", "magazine", "website", "tabloid", "broadcaster"}


def name_from_mention_en(mention: str, kind: str) -> str:
    words = _EN_WORD.findall(mention)
    if kind in ("document", "group"):
        if words and words[0].lower() == "the":  # "the participants in the meeting"
            words = words[1:]
        if len(words) >= 2 and words[-1] in _MEDIUM and words[-2][:1].isupper():
            words = words[:-1]  # "the Enterprise-Record newspaper reported": the paper's name
        return " ".join(words) or mention
    titles = words_en("titles_en")
    if kind == "person":
        _, words = split_name(words)
    while words and (words[0].lower().rstrip(".") in titles or words[0].lower() == "the"
                     or (words[0][0].islower() and not words[0].startswith(("al-", "el-")))):
        words = words[1:]
    return " ".join(words) if words else mention.strip()


@dataclass
class SpeakerBook:
    """The names seen in one document, so short mentions resolve to the fullest form."""

    arabic: bool
    names: Counter = field(default_factory=Counter)  # surface form -> times seen
    last_seen: dict = field(default_factory=dict)  # surface form -> order of its latest mention
    offsets: dict = field(default_factory=dict)  # surface form -> where it stands in the text
    keys: dict = field(default_factory=dict)  # surface form -> its key, worked out once
    roles: list = field(default_factory=list)  # (offset, name, role words) of Arabic people
    unnamed: list = field(default_factory=list)  # (offset, role, role words): roles with no name
    holding: dict = field(default_factory=dict)  # key word -> the names holding it, in order
    aliases: dict = field(default_factory=dict)  # key of a short name in marks -> its body
    described: dict = field(default_factory=dict)  # "company" -> the body "the company" was
    added: int = 0  # names added so far, counting repeats

    def key(self, name: str) -> tuple[str, ...]:
        found = self.keys.get(name)
        if found is None:
            if self.arabic:
                found = _joined_ar(tuple(_norm_ar_token(t) for t in _AR_WORD.findall(name)))
            else:
                found = tuple(w.lower().strip(".’'") for w in _EN_WORD.findall(name)
                              if w.lower() not in ("the",))
            self.keys[name] = found
        return found

    def add(self, name: str) -> None:
        key = self.key(name) if name else ()
        if key:
            if name not in self.names:
                for word in key:
                    self.holding.setdefault(word, {})[name] = None
                if not self.arabic and key[-1].startswith(("al-", "el-")):
                    self.holding.setdefault(key[-1][3:], {})[name] = None  # "Shammari"
            self.names[name] += 1
            self.added += 1
            self.last_seen[name] = self.added

    def add_at(self, name: str, offset: int) -> None:
        self.add(name)
        self.offsets.setdefault(name, []).append(offset)

    def resolve(self, name: str, kind: str, before: int | None = None) -> str:
        """The fullest known name that `name` is short for; with `before`, among the names
        written in the text before that offset, the one written last ("Karlsson" is the Karlsson
        just named, not another one further on). Without it, the latest added."""
        key = self.key(name)
        if not key:
            return name
        if key in self.aliases:  # "وسم" for "مركز الأرصاد الجوي الإقليمي “وسم”"
            return self.aliases[key]
        if not self.arabic and _ACRONYM.fullmatch(name):
            spelled = self._spelled_out(name, before) or self._spelled_out(name, None)
            if spelled:
                return spelled
        best, best_score = name, (0, 0)
        given = len(key) == 1 and any(self.key(k)[0] == key[0]  # "Sabah" of "Sabah Al-Ahmad"
                                      for k in self.holding.get(key[0], ()))
        surname = len(key) == 1 and any(len(self.key(k)) > 1 and self.key(k)[-1] == key[0]
                                        for k in self.holding.get(key[0], ()))
        for known in self.holding.get(key[0], ()):  # a fuller name holds every word of the key
            seen, other = self.names[known], self.key(known)
            if kind == "person" and len(key) == 1 and len(other) > 1 and not given and (
                    other[-1] in ("al-" + key[0], "el-" + key[0])):
                other = other[:-1] + key  # "Shammari" is Fadel Al-Shammari
            if len(other) <= len(key) or not set(key) <= set(other):
                continue
            first_name = (kind == "person" and len(key) == 1 and other[0] == key[0]
                          and not (surname and other[-1] in _FIRM_ENDS) and (
                (len(other) <= 3 and not set(other) & _EN_CONNECTORS)
                or other[1] in _PATRONYMIC  # "Prince Abdulaziz": Abdulaziz bin Salman
                or other[-1].startswith(("al-", "el-"))))  # "Sheikh Salem": Salem Abdullah
            # Al-Jaber Al-Sabah
            if kind == "person" and other[-1] != key[-1] and not first_name:
                continue
            if kind == "person" and self.arabic and len(other) - len(key) >= 2 and (
                    other[0] in words_ar("bodies_ar") or other[0][1:] in words_ar("bodies_ar")):
                continue  # "بدر الخرافي" is no part of "شركة زين بدر الخرافي", a body's name
                # run on into its head's ("العفو الدولية" is "منظمة العفو الدولية")
            if kind == "body" and other[0] != key[0] and not self.arabic and key[-1] not in other:
                continue
            if kind == "body" and self.arabic and other[0] != key[0]:
                continue
            if kind == "body" and not self.arabic and other[-1] in _DOCUMENT_ENDS:
                continue  # "AAA said" is the club, not its "AAA Fuel Gauge Report"
            recency = self.last_seen.get(known, 0)
            if before is not None:  # only names written in the text, and written before
                recency = max((o for o in self.offsets.get(known, ()) if o < before), default=-1)
                if recency < 0:
                    continue
            score = (seen, len(other)) if kind == "body" and not self.arabic else (recency, len(other))
            if score > best_score:
                best, best_score = known, score
        if self.arabic:  # "عبدالعزيز بن سلمان" after "عبد العزيز بن سلمان": the first spelling
            found = self.key(best)
            return next((known for known in self.holding.get(found[0], ())
                         if self.key(known) == found), best)
        return best


    def _spelled_out(self, acronym: str, before: int | None) -> str | None:
        """"EPA" -> "Environmental Protection Agency": the name written in full whose initials
        (its small words aside) spell the acronym, written before `before` when given (a
        headline's acronym is spelled out only in the text after it)."""
        for known in self.names:
            initials = "".join(w[0] for w in known.split() if w[:1].isupper())
            if initials != acronym and " and " in known:  # "CDC": "Centers for Disease
                initials = "".join(w[0] for w in known.split(" and ")[0].split()  # Control and
                                   if w[:1].isupper())  # Prevention"
            if initials == acronym and len(known.split()) >= len(acronym) and (
                    before is None or any(o < before for o in self.offsets.get(known, ()))):
                return known
        return None


_ACRONYM = re.compile(r"[A-Z]{2,6}")


_IN_NAME_OF = normalize_ar("باسم")
_HEADED_BY = normalize_ar("برئاسة")
_DOCUMENT_ENDS = {"report", "survey", "study", "index", "poll", "review"}


def collect_names_ar(text: str, book: SpeakerBook) -> None:
    """Titled names ("السفير طلال المطيري") and bodies ("الديوان الوطني لحقوق الإنسان")."""
    matches = list(_AR_TOKEN.finditer(text))  # punctuation stays as tokens, so names stop at it
    tokens = [m.group() for m in matches]
    seen: dict[str, str] = {}  # a word is normalised once per document
    normalized = [seen.get(t) or seen.setdefault(t, normalize_ar(t)) for t in tokens]
    titles, bodies = words_ar("titles_ar"), words_ar("bodies_ar")
    given = words_ar("given_names_ar")  # "الحكومة الياس الفخفاخ" is no body's name
    stops = _stop_words_ar() | set(_PUNCT)
    lines = {i for i in range(1, len(matches))  # a name does not run on into the next line
             if "\n" in text[matches[i - 1].end():matches[i].start()]}
    for index, word in enumerate(normalized):
        bare = word[1:] if word[:1] in "ولب" and word[1:] in bodies and (
            word != _HEADED_BY) else word  # "برئاسة إبراهيم السجيني": chaired by, no presidency
        if (word in titles and index + 1 < len(tokens) and normalized[index + 1] not in titles
                and not (index and normalized[index - 1] in _JOINS_NEXT)):
            previous = normalized[index - 1] if index else ""
            if previous in bodies or names_a_place(previous):
                continue  # "معهد الشيخ سعود": part of an institution's name
            name = []
            first = past_adjective(normalized, title_end(normalized, index))
            while first < len(tokens) and is_adjective(normalized[first]):
                first += 1
            if first < len(tokens) and normalized[first] in ("،", ","):
                first += 1  # "الرئيس التونسي، قيس سعيد"
            first = past_field(normalized, first)
            if normalized[first:first + 1] == [_IN_NAME_OF] and first + 1 < len(tokens) and (
                    normalized[first + 1].startswith("ال") or normalized[first + 1] in bodies):
                continue  # "الناطق الإعلامي باسم مديرية الأمن العام": for whom, no name باسم
            last = name_span(normalized, first)
            for at, (token, norm) in enumerate(zip(tokens[first:last], normalized[first:last]),
                                               start=first):
                if (norm in stops or norm in bodies or norm.startswith(("بال", "لل")) or at in lines
                        or (norm[:1] == "ل" and norm[1:] in bodies)  # "الرئيس التنفيذي لاتحاد
                        # الكرة": the body the role is of, no name
                        or (not name and object_noun(norm))  # "وترأس الوزير الجلسة"
                        or ends_source(normalized, at, name_start=True)  # "الوزير صباح اليوم"
                        or conjunct(norm) or (name and role_after_name(normalized, at))
                        or norm in verb_forms() or opens_object(norm)):
                    break
                name.append(token)
            if name:
                book.add(" ".join(name))
                book.roles.append((matches[index].start(), " ".join(name),
                                   stems(" ".join(_role_before(tokens, normalized, index)
                                                  + tokens[index + 1:first]))))
        elif bare in bodies:
            name = [tokens[index] if bare == word else tokens[index][1:]]
            for at, (token, norm) in enumerate(zip(tokens[index + 1:index + 9],
                                                   normalized[index + 1:index + 9]), start=index + 1):
                if (at in lines or norm in stops or norm in given or norm in titles
                        or token[:1] in "-–—"  # "... بولاية ميريلاند -في مؤتمر صحفي-": an aside
                        or opens_object(norm) or norm in verb_forms() or _VOWELLED.search(token)
                        or not body_goes_on(normalize_ar(name[-1]), norm, normalize_ar(name[0]),
                                            normalized[at + 1] if at + 1 < len(tokens) else "")):
                    break
                if len(name) == 1 and bare.startswith("ال") and (
                        not norm.startswith("ال") or object_after_head(bare, norm)):
                    break  # a definite head names a body with a definite word after it: "الوزارة
                    # تعمل", "الشركة للحفاظ" and "الإدارة عبدالعزيز" are none, "الديوان الوطني" is;
                    # "الوزارة الهجوم" is a verb's subject and object
                name.append(token)
            if len(name) >= 2:
                book.add_at(" ".join(name), matches[index].start())
                _short_name(tokens, index + len(name), " ".join(name), book)


def _short_name(tokens: list[str], at: int, body: str, book: SpeakerBook) -> None:
    """A body's short name in marks or brackets right after its name ("مركز الأرصاد الجوي
    الإقليمي “وسم”", "وكالة غوث وتشغيل اللاجئين (الأونروا)"): later mentions by it are the body."""
    closing = {"«": "»", "“": "”", '"': '"', "(": ")"}.get(tokens[at] if at < len(tokens) else "")
    if closing is None:
        return
    for end in range(at + 2, min(len(tokens), at + 4)):
        if tokens[end] == closing:
            book.aliases.setdefault(book.key(" ".join(tokens[at + 1:end])), body)
            return
        if tokens[end] in _PUNCT:
            return


def _role_before(tokens: list[str], normalized: list[str], title: int) -> list[str]:
    """The title and the role words before it, back to punctuation or another title:
    "وزير الخارجية الشيخ" in "أكد وزير الخارجية الشيخ سالم الصباح"."""
    start = title
    titles = words_ar("titles_ar")
    stops = _stop_words_ar()  # nor back past "إن" or a verb: "قال ... إن الفريق جاهز"
    while (start > 0 and title - start < 8 and normalized[start - 1] not in _PUNCT
           and normalized[start - 1] not in stops and normalized[start - 1] not in verb_forms()
           and not (normalized[start - 1] in titles  # not back past the title of a name before
                    and not normalized[start].startswith("ال"))):  # ("السيد سالم ... السيد")
        start -= 1
    return tokens[start:title + 1]


def _stop_words_ar() -> frozenset[str]:
    return frozenset(STOP_WORDS)
