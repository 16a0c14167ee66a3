"""claimsift_speakers: canonical speakers per document, carried over to continuations."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from claims.components.behind_en import behind_en, is_person
from claims.components.blocks import (
    attributable_statements,
    block_quotes,
    labelled_lists,
    remarks_lists,
    signed_posts,
)
from claims.documents_en import body_for, unnamed_again
from claims.attribution_ar import second_source
from claims.findings import Finding
from claims.headlines import (
    given_name_before,
    group_word,
    is_body,
    later_source,
    named_again,
    opens_role,
    speaks_for_itself,
)
from claims.lexicon import entries
from claims.names_en import collect_names_en
from claims.people_en import ROLE_NOUNS, find_mentions, first_names
from claims.quotes_en import issuer, quoted_ranges
from claims.roles_ar import is_role_only, role_source
from claims.salience_en import People, name_gender, pronoun_gender
from claims.sources_en import source_kind
from claims.speakers import (
    SpeakerBook,
    collect_names_ar,
    name_from_mention_ar,
    name_from_mention_en,
    unquoted,
)
from claims.speakers_ar import (
    CARRY_WINDOW,
    body_head_ar,
    carry_ar,
    event_ar,
    named_later,
    official_again,
    role_ar,
    masculine_role,
    roles_ar,
    surname_spoken,
)


class Speakers:
    def __call__(self, doc: Doc) -> Doc:
        books = {"ar": SpeakerBook(arabic=True), "en": SpeakerBook(arabic=False)}
        langs = {claim.lang for claim in doc._.claims}
        text = doc.user_data["claimsift_text"]
        if "ar" in langs:  # not a metadata line's "المصدر: المفوضية ... البلد:"
            collect_names_ar(_without_furniture(doc._.claims, text), books["ar"])
            roles_ar(doc._.claims, books["ar"])
        if "en" in langs:  # "READ MORE: ... Donald Trump’s ..." may give the only full name
            collect_names_en(text, books["en"])
        made: list[People] = []

        def people() -> People:  # the article's people, found only when a rule needs them
            if not made:
                made.append(_people(doc, books["en"]))
            return made[0]
        history: list[tuple[int, str, str]] = []  # (sentence index, speaker, kind)
        feminine: dict[str, bool] = {}  # Arabic speaker -> the gender its verb agreed with
        for index, claim in enumerate(doc._.claims):
            finding, later = claim.finding, None
            if finding is not None and finding.source_kind == "headline":
                labelled = claim.lang == "en" and _LABEL_QUOTE.match(claim.text)
                others = doc._.claims[index + 1:] + (  # a headline repeated at the end
                    [] if claim.text.rstrip().endswith(".") else doc._.claims[:index])  # too
                finding = claim.finding = _headline(finding, others, books[claim.lang], people,
                                                    claim.end) or (
                    replace(finding, source_kind="person") if labelled else None)
            if finding is None:
                continue
            claim.cue = finding.cue
            claim.vague_source = claim.vague_source or finding.vague
            named = (surname_spoken(finding.source, history, books["ar"])
                     if finding.source_kind == "vague" and claim.lang == "ar" else None)
            if named:  # "وأكدت أمين" after "قالت المتحدثة ... رولا أمين"
                finding = claim.finding = replace(finding, source=named, source_kind="person",
                                                  rule="ar:verb-person", confidence=0.85)
            if finding.source_kind == "vague":
                claim.vague_source = True
                if claim.lang == "ar" or finding.source.lower().endswith("s") or (
                        finding.source.lower().split()[0] in ("a", "an", "one", "another")):
                    history.append((index, "", "vague"))  # "وأضاف" after "أكد مصدر", "They
                    # claim" after "Activists are calling for": the same unnamed source
                continue
            if finding.source_kind == "pronoun" and claim.lang == "en" and finding.number == "sg":
                writer = finding.source == "i" and claim.text.lstrip()[:1] not in "\"“‘'"
                speaker = None if writer else (  # "as I have suggested": the writer's own
                    _pronoun_en(finding.source, people(), history, index, claim, books["en"])
                    or _carry(history, index, finding, doc._.claims))
            elif finding.source_kind == "dropped" and claim.lang == "en":
                speaker = (_issued_en(doc._.claims, index, history, books["en"])
                           or _quote_en(people(), history, index)
                           or _carry(history, index, finding))
            elif finding.source_kind in ("dropped", "pronoun") and claim.lang == "ar":
                speaker = (event_ar(doc._.claims, index, finding, books["ar"])
                           or carry_ar(history, index, finding, feminine))
                if speaker is None:  # no earlier speaker agrees: the last event's subject
                    speaker = event_ar(doc._.claims, index, finding, books["ar"], CARRY_WINDOW)
            elif finding.source_kind in ("dropped", "pronoun"):
                speaker = _carry(history, index, finding)
            else:
                speaker = ""
            kind = finding.source_kind
            if finding.source_kind in ("dropped", "pronoun"):
                if speaker == "":
                    claim.vague_source = True
                    history.append((index, "", "vague"))
                if not speaker:
                    continue
                claim.rule = finding.rule + "+carried"
                claim.confidence = finding.confidence * 0.95
            else:
                book = books[claim.lang]
                extract = name_from_mention_ar if claim.lang == "ar" else name_from_mention_en
                at = claim.start + max(claim.text.find(finding.cue), 0)
                english = claim.lang == "en"
                headline = finding.rule.endswith("colon-headline")
                name = extract(finding.source, finding.source_kind)
                speaker = (not english and kind == "body" and body_head_ar(name, at, book,
                                                                            history, text)) or (
                    book.resolve(name, finding.source_kind,
                                 at + len(finding.cue) if english and not headline
                                 else None))  # a headline: the fullest name anywhere
                if english and kind in ("group", "body") and unnamed_again(
                        finding.source, claim.text, text[:at]):
                    claim.vague_source = True  # "the French official said" after "a French
                    continue  # official said": the same one, no name
                owner = _OWN_WORDS.fullmatch(finding.source) if english else None
                if owner:  # "According to her testimony": whose words, as "she said"
                    speaker = _pronoun_en(_PRONOUN_OF[owner.group(1).lower()], people(),
                                          history, index, claim, books["en"]) or speaker
                    kind = "person" if speaker != finding.source else kind
                elif english and kind in ("group", "body", "document"):
                    speaker, kind = behind_en(finding, at, speaker, kind, book, history, people,
                                               doc.user_data["claimsift_text"])
                elif not english and kind == "person":
                    speaker = role_ar(speaker, at, book, finding.source)
                    again = official_again(speaker, index, history, feminine, finding.feminine)
                    if again == "":
                        claim.vague_source = True  # "وأضاف المسؤول" after "قال مسؤول"
                        history.append((index, "", "vague"))
                        continue
                    speaker = again or speaker
                if not english and finding.number == "sg":
                    if not (speaker in feminine and finding.feminine and masculine_role(
                            finding.source)):  # "وأضافت الأمين العام": a slip of the verb
                        feminine[speaker] = finding.feminine  # "وقالت الوزارة": the verb
                book.add(speaker)
                later = second_source(claim.text, finding) if not english else None
                claim.rule = finding.rule
                claim.confidence = finding.confidence
            claim.kind = "attributed"
            claim.speaker = speaker
            history.append((index, speaker, kind if kind not in ("dropped", "pronoun")
                            else _kind_of(history, speaker)))
            if later is not None:  # "..., إذ ذكرت نائب المتحدث ... نبراس أبو سودة": the one
                # named last speaks on in a "وأضافت" after the sentence
                named = books["ar"].resolve(name_from_mention_ar(later.source, "person"), "person")
                history.append((index, role_ar(named, claim.start, books["ar"], later.source),
                                "person"))
                feminine[history[-1][1]] = later.feminine
        named_later(doc._.claims, books["ar"])
        block_quotes(doc._.claims, doc.user_data["claimsift_text"])
        labelled_lists(doc._.claims, doc.user_data["claimsift_text"], books)
        remarks_lists(doc._.claims, doc.user_data["claimsift_text"], books)
        signed_posts(doc._.claims, doc.user_data["claimsift_text"], books["en"])
        attributable_statements(doc._.claims, books["en"])
        return doc


# a person's own words named by a possessive: "according to her testimony", "in his statement"
_OWN_WORDS = re.compile(r"(?i:(his|her))\s+(?:testimony|statement|account|remarks|words|"
                        r"interview|post|tweet|letter|memoir|book)")
_PRONOUN_OF = {"his": "he", "her": "she"}


def _carry(history, index, finding, claims=()) -> str | None:
    recent = [h for h in history if index - h[0] <= CARRY_WINDOW]
    if not recent:
        return None
    if finding.source_kind == "pronoun" and finding.number == "sg":
        people = [h for h in recent if h[2] == "person"]
        if people:
            return people[-1][1]
        last = claims[recent[-1][0]].finding if claims else None
        if last is not None and _UNNAMED_SPEAKER.search(last.source or ""):
            return recent[-1][1]  # "she said" after "a Honda spokeswoman said": for Honda
        return None
    return recent[-1][1]


_BODY_ACRONYM = re.compile(r"[A-Z]{2,6}")
# a line's label in capitals that names no body: "WATCH: ...", "UPDATE: ..."
_LABELS = {"WATCH", "LISTEN", "VIDEO", "PHOTOS", "PHOTO", "UPDATE", "BREAKING", "EXCLUSIVE",
           "OPINION", "ANALYSIS", "LIVE", "NOTE", "CORRECTION", "READ", "MORE", "RELATED"}
# one person speaking for a body, unnamed: "she said" after it is that body's word
_UNNAMED_SPEAKER = re.compile(r"\b(?:spokes(?:wo)?man|spokesperson)\b", re.I)


def _headline(finding, later_claims, book, people, end: int) -> Finding | None:
    """"الغانم: ..." stands for the person the article quotes later by that name, else nobody;
    "Governor: ..." for the person the article names with that role."""
    named = [c.finding for c in later_claims
             if c.finding is not None and c.finding.source_kind in ("person", "body")]
    if finding.rule.startswith("ar:"):
        if speaks_for_itself(finding.source):  # "السفارة الأمريكية لدى الكويت: ملتزمون"
            return replace(finding, source_kind="body")
        role = role_source(finding.source,
                           [f.source for f in named if f.source_kind == "person"], book.roles)
        if role is None and opens_role(finding.source):
            role = _lead_person(later_claims)
        if role is not None:
            return replace(finding, source=role, source_kind="person")
    if (finding.rule.startswith("en:") and _BODY_ACRONYM.fullmatch(finding.source)
            and finding.source not in _LABELS
            and finding.source.title() not in entries("places_en")):
        return replace(finding, source_kind="body")  # "NTSB: ...", the board, not "NTSB Vice
        # Chair Bella Dinh-Zarr" quoted later
    source = later_source(finding.source, [f.source for f in named])
    if source is not None:
        kind = next(f.source_kind for f in named if f.source == source)
        return replace(finding, source=source, source_kind=kind)
    body = later_source(finding.source, [n for n in book.names if is_body(n)])
    if body is not None and finding.rule.startswith("ar:") and len(finding.source.split()) == 1:
        return replace(finding, source=body, source_kind="body")  # "«التعليم»:", the ministry
    if finding.rule.startswith("en:") and finding.source.lower() in ROLE_NOUNS:
        person = people().by_role_after(finding.source.lower(), end)
        if person:
            return replace(finding, source=person, source_kind="person")
    if named_again(finding.source, [c.text for c in later_claims]):
        return replace(finding, source_kind="person")  # "حسين الديماسي : ..." named again later
    alias = book.aliases.get(book.key(unquoted(finding.source))) if (
        finding.rule.startswith("ar:")) else None
    if alias:  # "«حماس»: ..." before "حركة المقاومة الإسلامية "حماس""
        return replace(finding, source=alias, source_kind="body")
    if finding.rule.startswith("ar:") and group_word(finding.source):
        return replace(finding, source_kind="group")  # "المستجوبون: ...", those in the event
    full = (given_name_before(finding.source, [c.text for c in later_claims])
            if finding.rule.startswith("ar:") else None)
    if full:  # "- الكندري: ..." over a list that names "عبدالكريم الكندري"
        return replace(finding, source=full, source_kind="person")
    if finding.rule.startswith("en:") and len(finding.source.split()) == 1:
        full = book.resolve(finding.source, "person").split()  # 'Kubiak: "..."' after "Gary
        if len(full) > 1 and full[0].lower() in first_names():  # Kubiak", no "Correction:"
            return replace(finding, source_kind="person")
    return None


def _lead_person(later_claims, lead: int = 4) -> str | None:
    """The first person the article's lead quotes by name: who a headline's role ("نائب
    برلماني:", "رئيس البرلمان لنائب:") stands for when no role written later matches it."""
    for claim in later_claims[:lead]:
        if claim.finding is not None and claim.finding.source_kind == "person" \
                and claim.finding.source and not is_role_only(claim.finding.source):
            return claim.finding.source
    return None


def _people(doc: Doc, book: SpeakerBook) -> People:
    text = doc.user_data["claimsift_text"]
    claims = list(doc._.claims)
    quoted = [(c.start + a, c.start + b) for c in claims if c.lang == "en"
              for a, b in quoted_ranges(c.text)]
    sentences = [(c.start, c.end) for c in claims]
    mentions = find_mentions(_without_furniture(claims, text), sentences, quoted)
    canonical: dict[str, str] = {}

    def resolve(name: str) -> str:
        if name not in canonical:
            canonical[name] = book.resolve(name, "person")
        return canonical[name]
    return People(mentions, resolve, text, sentences, quoted)


def _without_furniture(claims, text: str) -> str:
    """The text with its page furniture blanked (offsets kept): a credit line's "Getty Images"
    or a metadata line's "المصدر: المفوضية ... البلد:" names no one the article quotes."""
    furniture = [(c.start, c.end) for c in claims if c.furniture]
    if not furniture:
        return text
    parts, last = [], 0
    for start, end in furniture:
        parts += [text[last:start], " " * (end - start)]
        last = end
    return "".join(parts) + text[last:]


_IT_SAID = re.compile(r"\bit\s+(?:said|added|reported|stated|noted)\b")


def _pronoun_en(pronoun, people: People, history, index, claim, book=None) -> str | None:
    """"He said": the most salient person before whose gender agrees; "it said": the last body,
    else the body the article names most ("Zain" of a company's results)."""
    if pronoun == "it":
        bodies = [h for h in history if index - h[0] <= CARRY_WINDOW and h[2] != "person"]
        if bodies:
            return bodies[-1][1]
        if book is None or history or not _IT_SAID.search(claim.text):
            return None  # only a company's "it said" before anyone else has spoken
        return body_for("the company", claim.start, book.offsets, [],
                        lambda name: is_person(name, lambda: people), people.text)
    speakers = [(h[0], h[1]) for h in history if h[2] == "person"]
    found = re.search(rf"\b{re.escape(pronoun)}\b", claim.text, re.I)
    at = claim.start + found.start() if found else -1
    if (found is not None and found.start() == 0 and speakers and speakers[-1][0] == index - 1
            and len(speakers[-1][1].split()) >= 2
            and name_gender(speakers[-1][1]) == pronoun_gender(pronoun)):
        return speakers[-1][1]  # "..., said prosecutor Owen Heimer. He said ...": the speaker
        # just named, however often the article names the defendant
    if not (history and history[-1][0] == index - 1):  # "His colleague, Sen. Paul Weir, voted
        subject = people.subject_of(index - 1, pronoun)  # for it. “...,” he said": the subject
        if subject:  # of the sentence just before, which quoted nobody
            return subject
    return people.resolve(pronoun, index, speakers, at)


def _issued_en(claims, index: int, history, book: SpeakerBook) -> str | None:
    """A quotation with no cue after "FSIS issued a health alert about ...", which quoted
    nobody: the words of the alert, whose issuer speaks."""
    if index == 0 or (history and history[-1][0] == index - 1):
        return None
    source = issuer(claims[index - 1].text) if claims[index - 1].lang == "en" else None
    if source is None:
        return None
    kind = source_kind(source)
    return book.resolve(name_from_mention_en(source, kind), kind) if kind != "pronoun" else None


def _quote_en(people: People, history, index) -> str | None:
    """A quotation with no cue: the speaker of the sentence before, else the most salient
    person (a quote often follows the sentence that introduces its speaker)."""
    if history and history[-1][0] == index - 1:
        return history[-1][1]
    speakers = [(h[0], h[1]) for h in history if h[2] == "person"]
    return people.resolve("", index, speakers)


# a name, a colon and a quotation: 'Schumer: “We’re pursuing a 2-path proposal.”' needs no
# later mention to be the speaker's label
_LABEL_QUOTE = re.compile(r"[A-Z][\w.’'\- ]{1,40}:\s*[“\"«]")
def _kind_of(history, speaker) -> str:
    return next((h[2] for h in reversed(history) if h[1] == speaker), "person")


@Language.factory("claimsift_speakers")
def make_speakers(nlp: Language, name: str) -> Speakers:
    return Speakers()
