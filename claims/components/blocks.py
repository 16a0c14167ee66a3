"""Sentences whose speaker is given around them rather than in them: a paragraph or a list
after "The governor added:" / "وأضاف:" or under a speaker's label ("مدرب الميناء/ حسن أحمد :"),
the text of an embedded post above its signature, and a press statement under the line that
names whose it is ("Statement attributable to Nadine Gray, National Chief Nurse")."""
from __future__ import annotations

import re

from claims.documents_en import BODY_END
from claims.lexicon import words_ar, words_en
from claims.normalize import normalize_ar
from claims.people_en import ROLE_NOUNS
from claims.speakers import SpeakerBook, name_from_mention_ar, name_from_mention_en
from claims.words_ar import is_role_word


# an item of a list: "- تخفيض عجز الموازنة", "• lower fees", "2) ..."
_BULLET = re.compile(r"\s*(?:[-–•*●▪]|\d{1,2}[.)])\s")


def block_quotes(claims, text: str) -> None:
    """"The governor added:" or "وأضاف:" closing its paragraph introduces the next paragraph as
    what was said (a block quotation whose marks the page lost), or a list of items, each on
    its line: its sentences without a source of their own take the speaker."""
    for index, claim in enumerate(claims[:-1]):
        if claim.kind != "attributed" or not claim.speaker or not claim.text.rstrip().endswith(":"):
            continue
        following = claims[index + 1:]
        if "\n" not in text[claim.end:following[0].start]:
            continue  # the quotation goes on in the same paragraph: the sentence holds it
        previous = claim
        listed = _BULLET.match(following[0].text) is not None
        if _FOLLOWING.search(claim.text):
            _statement_follows(claim, following)
            continue
        closing = next((i for i, quoted in enumerate(following[1:_QUOTE_LINES], 1)
                        if _closes_quote(quoted.text)), None) if _opens_quote(
            following[0].text) else None  # no closing mark: no quotation runs on
        open_quote = closing is not None
        for quoted in following[:closing + 1] if open_quote else following:
            if open_quote:  # its lines run on to the closing mark, whoever they name
                quoted.kind, quoted.speaker = "attributed", claim.speaker
                quoted.rule, quoted.confidence = claim.rule + "+block-quote", 0.6
                continue
            if (quoted is not following[0] and "\n" in text[previous.end:quoted.start]
                    and not (listed and _BULLET.match(quoted.text))) \
                    or (quoted.finding is not None and not _first_person(quoted.finding)) \
                    or quoted.furniture:
                break  # the paragraph or the list ended, or a sentence with its own source
            quoted.kind, quoted.speaker = "attributed", claim.speaker
            quoted.rule, quoted.confidence = claim.rule + "+block-quote", 0.6
            previous = quoted


# a quotation opened under "وقال لازاريني:" and closed lines later: '"لا تزال ... الفلسطينيين.'
# ... 'لقد حان الوقت ... أينما كانوا".'; at most this many sentences
_QUOTE_LINES = 15
_PAIRS = {"“": "”", "«": "»", '"': '"'}


def _opens_quote(sentence: str) -> bool:
    """The sentence opens a quotation it does not close."""
    mark = sentence.lstrip()[:1]
    if mark not in _PAIRS:
        return False
    close = _PAIRS[mark]
    return sentence.count(mark) % 2 == 1 if mark == close else close not in sentence


def _closes_quote(sentence: str) -> bool:
    return any(mark in sentence for mark in ("”", "»", '"'))


# "صدر عن الديوان الملكي اليوم البيان التالي:", "... issued the following statement:": the
# statement runs on over its paragraphs, under its title in marks ('” بيان من الديوان الملكي “'),
# to the page's furniture, another source or its closing prayer ("حفظ الله خادم الحرمين ...")
_FOLLOWING = re.compile(r"(?:التالي|الآتي|الاتي|التالية|following(?: statement)?)\s*:\s*$")
_TITLE = re.compile(r"\s*[”“\"«»]\s*(?:بيان|بلاغ|نص البيان|Statement)\b[^”“\"«»]{0,40}[”“\"«»]\s*$")
_PRAYER = re.compile(r"\s*[”“\"«]?\s*(?:حفظ الله|والله ولي التوفيق|والله الموفق)")


def _statement_follows(intro, following) -> None:
    if _TITLE.match(following[0].text):
        title, following = following[0], following[1:]
        title.kind, title.speaker, title.finding = "unattributed", None, None
        title.furniture = True  # the statement's title over it, no words of it
    marked = bool(following) and following[0].text.lstrip()[:1] in _PAIRS
    for quoted in following:
        if quoted.furniture or _PRAYER.match(quoted.text) or (
                quoted.finding is not None and not _first_person(quoted.finding)
                and quoted.finding.source):
            break
        quoted.kind, quoted.speaker = "attributed", intro.speaker
        quoted.rule, quoted.confidence = intro.rule + "+statement", 0.6
        if marked and (_closes_quote(quoted.text[1:]) if quoted is following[0]
                       else _closes_quote(quoted.text)):
            break  # a statement in marks ends where they close


def _first_person(finding) -> bool:
    """"I’m writing to share that ...": in a quotation the quoted speaker, not a source of its
    own."""
    return finding.source_kind == "pronoun" and (finding.source or "").lower() in ("i", "we")


# a speaker's label over a list of what was said: "مدرب الميناء/ حسن أحمد :", "Coach Dan Reed:"
_LABEL_LINE = re.compile(r"\s*(?P<label>[^:\n]{3,60}?)\s*:\s*$")
_LABEL_WORDS = 8


# a line over a list of someone's remarks: "وتاليا ابرز تصريحات القدرة :", "أبرز ما قاله الوزير:"
_REMARKS_OF = re.compile(r"\s*(?:[وف]?(?:تاليا|فيما يلي|وفيما يلي|إليكم|اليكم)\s+)?"
                         r"(?:أبرز|ابرز|أهم|اهم)\s+(?:تصريحات|ما قاله|ما قالته|ما جاء في (?:كلمة|حديث))"
                         r"\s+(?P<name>[^:\n]{2,40}?)\s*:\s*$")


def remarks_lists(claims, text: str, books) -> None:
    """"وتاليا ابرز تصريحات القدرة :" over lines of his remarks, one a line: each line is his,
    until a blank line, page furniture or a sentence with a source of its own."""
    for index, claim in enumerate(claims[:-1]):
        named = _REMARKS_OF.fullmatch(claim.text) if claim.lang == "ar" else None
        if named is None:
            continue
        speaker = books["ar"].resolve(name_from_mention_ar(named.group("name"), "person"),
                                      "person")
        previous = claim
        for item in claims[index + 1:]:
            gap = text[previous.end:item.start]
            if gap.count("\n") != 1 or item.furniture or (
                    item.kind == "attributed" and not item.rule.endswith("+carried")):
                break
            item.kind, item.speaker, item.cue = "attributed", speaker, ":"
            item.rule, item.confidence = "ar:remarks-list", 0.65
            previous = item


def labelled_lists(claims, text: str, books) -> None:
    """A line that only names a speaker ("مدرب الميناء/ حسن أحمد :", the role, a slash and the
    name) over a list of items, as press-conference round-ups print each speaker's remarks:
    the items are the speaker's, and the label line itself says nothing (furniture)."""
    for index, claim in enumerate(claims[:-1]):
        label = _LABEL_LINE.fullmatch(claim.text) if claim.kind != "attributed" else None
        following = claims[index + 1]
        if (label is None or len(claim.text.split()) > _LABEL_WORDS
                or "\n" not in text[claim.end:following.start]
                or not _BULLET.match(following.text)):
            continue
        _, slash, mention = label.group("label").rpartition("/")  # the name after the role
        mention = mention.strip()
        if claim.lang == "ar":
            speaker = name_from_mention_ar(mention, "person")
        else:
            speaker = name_from_mention_en(mention, "person")
        if not speaker or not (slash or (speaker != mention and _titled(mention, claim.lang))):
            continue  # "Some of the data:", "وفيما يلي أحدث التطورات:": no titled name
        speaker = books[claim.lang].resolve(speaker, "person")
        claim.furniture = True
        previous = claim
        for item in claims[index + 1:]:
            if "\n" not in text[previous.end:item.start] or not _BULLET.match(item.text) or (
                    item.kind == "attributed" and not item.rule.endswith("+carried")):
                break
            item.kind, item.speaker, item.cue = "attributed", speaker, ":"
            item.rule, item.confidence = f"{item.lang}:labelled-list", 0.7
            previous = item


def _titled(mention: str, lang: str) -> bool:
    """A title or a role among the label's words: "Coach Dan Reed", "مدرب النصر سالم فهد"."""
    if lang == "ar":
        return any(is_role_word(w) or w in words_ar("titles_ar")
                   for w in (normalize_ar(w) for w in mention.split()))
    return any(w.lower().rstrip(".") in words_en("titles_en") or w.lower() in ROLE_NOUNS
               for w in mention.split())


# an embedded post signed under its text: "Posted by Izard County Sheriff's Office on Tuesday,
# January 2, 2024"; "... #arnews pic.twitter.com/z0 — Attorney General Tim Griffin
# (@AGTimGriffin) January 3, 2024"
_POSTED_BY = re.compile(r"Posted by (?P<name>[A-Z].{1,100}?)(?:\s+-\s+.{1,60})? "
                        r"on [A-Z][a-z]+day, ")
_TWEETED = re.compile(r"[—―]\s*(?P<name>[A-Z][^()—―]{1,80}?)\s*\(@\w{1,30}\)\s*"
                      r"[A-Z][a-z]+ \d{1,2}, \d{4}$")


# a word of a post, not a tag or a link: what "#CampFire pic.twitter.com/x" lacks
_WORDS = re.compile(r"(?<![#@/\w.])[A-Za-z][a-z]+\b(?![./])")


def signed_posts(claims, text: str, book: SpeakerBook) -> None:
    """The sentences of an embedded post, in the paragraph its signature closes, are its
    author's."""
    for index, claim in enumerate(claims):
        if claim.lang != "en":
            continue
        posted = _POSTED_BY.match(claim.text) if claim.furniture else None
        tweeted = (_TWEETED.search(claim.text) if posted is None and "(@" in claim.text
                   else None)
        if posted is None and tweeted is None:
            continue
        found = posted or tweeted
        kind = "body" if BODY_END.search(found.group("name")) else "person"
        speaker = book.resolve(name_from_mention_en(found.group("name").strip(), kind), kind)
        signed = []  # the signature line itself holds no words of the post (GGT agrees)
        alone = tweeted is not None and tweeted.start() == 0  # "— Karl Mondon (@karlmondon) ...",
        # under the post's line
        if tweeted is not None and not _WORDS.search(claim.text, 0, tweeted.start()):
            claim.furniture = True  # "#CampFire pic.twitter.com/x — Chico Fire Department
            # (@ChicoFD) November 9, 2018": tags, a link and the signature, no word of the post
        elif tweeted is not None and claim.finding is None and tweeted.start() > 0:
            signed.append(claim)  # "Thank you.— Ask Spectrum (@Ask_Spectrum) July 9, 2024": the
            # post's last words before its signature
        for before in reversed(claims[:index]):
            gap = text[before.end:(signed[-1] if signed else claim).start]
            if "\n" in gap and not (alone and not signed and gap.count("\n") == 1):
                break  # the paragraph of the post ends (a byline on its own line signs nothing)
            if before.furniture or (before.finding is not None or before.kind == "attributed") \
                    and not (before.finding is not None and _first_person(before.finding)):
                break  # "We apologize for ...": the post's author speaking, signed below
            signed.append(before)
        for post in signed:
            post.kind, post.speaker = "attributed", speaker
            post.rule, post.confidence = "en:signed-post", 0.7


# a press statement's header: "Statement attributable to Nadine Gray, Health New Zealand ..."
_ATTRIBUTABLE = re.compile(r"\s*(?:A\s+)?[Ss]tatement\s+(?:attributable|attributed)\s+to\s+"
                           r"(?P<name>[A-Z][^,\n]{2,60}?)\s*(?:,[^\n]*)?")


def attributable_statements(claims, book: SpeakerBook) -> None:
    """Under a statement's header the sentences with no source of their own are the statement's
    author's, to the end of the page or the next header."""
    speaker = None
    for claim in claims:
        header = _ATTRIBUTABLE.fullmatch(claim.text) if claim.lang == "en" else None
        if header is not None:
            speaker = book.resolve(name_from_mention_en(header.group("name"), "person"), "person")
            claim.kind, claim.speaker, claim.cue = "attributed", speaker, "attributable to"
            claim.rule, claim.confidence = "en:statement-header", 0.8
        elif speaker and claim.finding is None and not claim.furniture and claim.lang == "en":
            claim.kind, claim.speaker, claim.cue = "attributed", speaker, "attributable to"
            claim.rule, claim.confidence = "en:statement-header+body", 0.6
