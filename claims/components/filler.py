"""claimsift_filler: sorts the sentences with no source into unattributed assertions and filler
(page furniture, headings, datelines, generic commentary, transitions, calls to action)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from claims.lexicon import in_list_en, phrase_pattern
from claims.normalize import normalize_ar
from claims.subjects_ar import titled_name_only
from claims.words_en import MONTH

_LETTER = re.compile(r"[^\W\d_]")
_TERMINAL = re.compile(r"[.!?؟…:\"”»)]\s*$")
_SPECIFIC = re.compile(
    r"\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|June|July|August|September|October|November|December)\b|"
    r"(?:الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد|يناير|فبراير|"
    r"مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)"
    # counted in words: "وتعد هذه المرة السادسة على التوالي", "الرفع الثاني خلال العام",
    # "بقيمة ثلاثمئة وسبعة وأربعين مليون دولار"
    r"|(?:المرة|للمرة|الرفع|الخفض|الزيادة)\s+(?:ال[أا]ولى|الثانية|الثالثة|الرابعة|الخامسة|السادسة|"
    r"السابعة|الثامنة|التاسعة|العاشرة|ال[أا]ول|الثاني|الثالث|الرابع|الخامس|السادس)|على التوالي|"
    r"(?<!\S)(?:مليون|مليار|ملايين|مليارات)(?!\S)"
)
_QUESTION = re.compile(r"[?؟][!?؟]*\s*$")  # "هل تتوقع ...؟", "...؟!": asks, asserts nothing
# "..., General Motors is under investigation": a name of two words or more, then its verb
_TWO_NAMES = re.compile(r"(?<=\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\s+(?:is|are|was|were|has|had)\b")
# a notice's telephone line: "Customers who have questions can call 1-888-414-8022 between ...",
# "Representatives will be available, beginning Wednesday, at 1-855-270-9187"
_CALL_LINE = re.compile(r"\b(?:can|may|should|are\s+asked\s+to|will\s+be\s+available)\b[^.]{0,80}?"
                        r"(?:\bcall|\bat)\s+1?-?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b")
# a copyright line ("The-CNN-Wire ™ & © 2020 Cable News Network, Inc."), a page's script copied
# as text ("(self.SWG_BASIC = self.SWG_BASIC || []).push( ... => { ... });")
_PAGE_CODE = re.compile(r"©\s*\d{4}|(?:=>|\|\|)[^\n]*[{}]")
_NAME_AFTER_FIRST = re.compile(r"(?<=\s)[A-Z][a-z]")  # a capitalised word after the first one
_DATELINE_EN = re.compile(r"[A-Z][A-Z.’'\-]+(?:\s+[A-Z][A-Z.’'\-]+){0,3},\s+[A-Z][a-z]{1,5}\.")
# the same in mixed case, a city and its state as AP shortens it ("Chicago, Ill.", "Henderson,
# Nev."), or writes it whole (the last eight: "Dayton, Ohio.")
_STATES = (r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|"
           r"Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|"
           r"Vt|Va|Wash|W\.Va|Wis|Wyo|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah)")
_DATELINE_STATE = re.compile(rf"[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?,\s+{_STATES}\.")
_ABOUT = re.compile(r"About(?:\s+[A-Z][\w.&’'\-]*){1,6}")
# a caption of a name and the role after it: "Bader Al-Kharafi, Zain vice-chairman and group CEO."
# (in brackets too, with its role written in capitals: "(Nancy Hagans, President, New York State
# Nurses Association)" over her words in a video's transcript)
_NAME_ROLE_EN = re.compile(r"\(?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3},\s+[^.!?]{0,60}\b"
                           r"(?i:chairman|chairwoman|CEO|minister|director|president|spokesman|"
                           r"spokeswoman|spokesperson|ambassador|head|chief|manager|officer|"
                           r"secretary|governor)\b[^.!?()]{0,40}(?:\.|\))?")
# a wire photo's caption, a line in the present tense closed by the day it was taken: "A SpaceX
# Falcon 9 rocket sits at the Kennedy Space Center ..., Feb. 18, 2017."
_PHOTO_DATED = re.compile(r"\b(?:sits|stands|stand|sit|walks|walk|looks|look|speaks|speak|waves|"
                          r"wave|holds|hold|poses|pose|cover|covers|gestures|gesture|is\s+seen|"
                          r"are\s+seen|attends|attend|arrives|arrive)\b[^\"“”]*,\s+(?:Jan|Feb|Mar|"
                          r"Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+"
                          r"\d{4}\.\s*$")
# a photo's caption with its date and place: "An exterior view of the building ... is seen on
# March 27, 2020 in Washington, DC."
_SEEN_ON = re.compile(r"\b(?:is|are)\s+(?:seen|pictured)\s+(?:on|in)\s+(?:Jan|Feb|Mar|Apr|May|June?|"
                      r"July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b")
# a line before a colon that leads into what someone wrote or did, no list's heading: "Sanders
# made the following comment:", "the Times gave Clinton a glowing endorsement:"
_LEAD_IN = re.compile(r"\b(?:[a-z]+ed|made|gave|wrote|said|told|following)\b")
_VERB_EN = re.compile(r"\b(?:said|says|is|are|was|were|has|have|had|will|would|told|added)\b")
_CAPTION_EN = re.compile(r"(?:[A-Z][\w’'\-.]*\s+){0,6}(?:Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Ambassador|"
                         r"Sheikh|Sheikha)\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}")
_CAPITALS_ALONE = re.compile(r"[A-Z][A-Z\-&]{2,30}\.")  # one word in capitals, its stop
# a line naming a person or a topic and, in brackets, where they belong or what it came through:
# "Christine Lagarde (ECB)" over her remarks, "Key Comments (via Reuters)"
_NAME_BODY_EN = re.compile(r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}\s*"
                           r"\((?:via\s+)?[A-Z][\w.&’' \-]{0,40}\)")
# A heading that names a topic and states nothing (GUIDELINES: filler): "تصريحات كيروش قبل
# مواجهة السنغال", "توقعات بشأن طقس الأيام المقبلة", "تفاصيل زيارة الوفد"; with a colon it names
# who said what ("تصريحات الوزير: ...") and is no topic; a kicker over the headline that only
# sets the scene ("خلال استقباله وزيرة الخارجية ...", "على هامش القمة") states nothing either,
# nor does a heading that only announces remarks ("أول تعليق من مانشيني بعد ...", "المؤتمر
# الصحفي لمباراة ...")
_TOPIC_AR = re.compile(normalize_ar(
    r"^\s*(?:تصريحات|توقعات|تفاصيل|أبرز|حصاد|كواليس|بالصور|بالفيديو|تعرف على|خلال|عقب|"
    r"على هامش|في ظل|بحضور|برعاية|المؤتمر الصحفي|أول تعليق|أول رد|"
    r"(?:حوار|لقاء|مقابلة)(?:\s\S+)?\sمع)\s[^:\n]*$"))  # "حوار مستفيض مع الشاعر ...": whom
# a paper and a place, or a place and a paper, over the story: "المواطن – مكة المكرمة",
# "واشنطن ـ العرب اليوم"
_WORD_AR = r"[^\s\d\-–—ـ]+"
_DATELINE_AR = re.compile(rf"{_WORD_AR}(?:\s(?:{_WORD_AR}|\d{{1,3}}))?\s*[-–—ـ]\s*{_WORD_AR}"
                          rf"(?:\s{_WORD_AR})?(?:\s*[-–—])?")  # "مسقط – العمانية -"  # "المغرب 7 – الرباط": a paper's name may hold a number
_BULLET = re.compile(r"\s*[•·▪●■]\s")
_DATE_STAMP = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s+")
# a row of figures: "95: 19 جنيهًا للتر", "Diesel: $3.89 a gallon": a price or an amount stated
_FIGURE_ROW = re.compile(
    r"[^:\n]{1,40}:\s*[$€£]?\s*\d[\d.,]*\s*(?:%|جنيه|دينار|ريال|درهم|دولار|ليرة|فلس|لتر|للتر|"
    r"طن|برميل|dollars?\b|cents?\b|pounds?\b|euros?\b|per\s?cent\b|percent\b|a\s+gallon\b|"
    r"a\s+litre\b|a\s+liter\b|a\s+barrel\b)")
# two sides and no verb: "UKAD 2022 UKAD vs Joshua Hicks", a case's or a match's title
_VERSUS = re.compile(r"\S\s+(?:vs\.?|v\.|versus)\s+\S")
# another story's teaser cut off in its middle: "ISLAMABAD: A vital yet often overlooked pillar
# of cricket -- the...", "... after winning the Women's World Cup final..."
_CUT_OFF = re.compile(r"[a-z,]\s?(?:\.\.\.|…)$")
_PLACE_AND_SOURCE = re.compile(r"[^\s()\d]+(?:\s[^\s()\d]+)?\s*\([^()\d]{2,25}\)")
_SAYING_AR = normalize_ar("قائل")  # "بدأ حديثه قائلاً:": what he said follows
_THERE_WAS = re.compile(r"\s*There\s+(?:is|was|are|were|has\s+been|have\s+been|will\s+be)\s")
# the end of one story on a page that lists several
_ITEM_END = re.compile(r"\s*(?:/?\s*\d*\s*(?:read\s+)?more\s*(?:»|›|>>)|copyright\b|©)", re.I)
# a listing's date and section over each story: "September 21, 2023 – Intellectual Property"
_DATED_SECTION = re.compile(rf"{MONTH}\s+\d{{1,2}},\s+\d{{4}}\s+[–—-]\s+[A-Z][\w’'\-/]*"
                            rf"(?:\s+(?:&|and|[A-Z][\w’'\-/]*)){{0,4}}")
HEADING_MAX_WORDS = 10
HEADLINE_MAX_WORDS = 25


class Filler:
    def __call__(self, doc: Doc) -> Doc:
        seen_body = False
        headlines: list[str] = []
        for claim in doc._.claims:
            if claim.kind == "attributed":
                seen_body = True
                continue
            kind, rule, confidence = classify_unsourced(claim, headline_possible=not seen_body)
            if rule == "filler:heading" and any(" ".join(claim.text.split()) in h
                                                for h in headlines):
                kind, rule = "unattributed", "unattributed:headline"  # the headline again,
                # under it or without its kicker ("يوم الاثنين: التعليم تستقر ..." / "التعليم
                # تستقر ...")
            claim.kind, claim.rule, claim.confidence = kind, rule, confidence
            if rule == "unattributed:headline":
                headlines.append(" ".join(claim.text.split()))  # spaces as the page set them
            if kind == "unattributed":
                seen_body = True  # a headline, or the first body sentence: no headline after it
            elif kind == "filler" and (_ITEM_END.match(claim.text)
                                       or rule == "filler:dated-section"):
                seen_body = False  # "More »", "Copyright 2012 ABC News Radio": a listing's
                # story ends, the next one's headline may follow; a story's date and section
                # open the next one
        for index, claim in enumerate(doc._.claims):
            if claim.rule == "unattributed:headline":
                _quoted_in_body(claim, doc._.claims[index + 1:])
        return doc


# a quotation in a headline, between marks that open after a space or a colon and close before
# its end: "Audubon Zoo Welcomes Gorilla Baby: 'This Is a Momentous Occasion'"
_HEADLINE_QUOTE = re.compile(r"(?:^|(?<=[\s:]))[‘'“\"«](?P<words>[^‘’'“”\"«»]{8,160}?)[’'”\"»]"
                             r"(?=[\s.,!?:;]|$)")
_FOLD = re.compile(r"[^\w\s]")


def _quoted_in_body(headline, later) -> None:
    """A headline that quotes words an attributed sentence of the body quotes: whose they are."""
    found = _HEADLINE_QUOTE.search(headline.text)
    if found is None or len(found.group("words").split()) < 4:
        return
    words = " ".join(_FOLD.sub(" ", found.group("words")).lower().split())
    for claim in later:
        if claim.kind == "attributed" and claim.speaker and words in " ".join(
                _FOLD.sub(" ", claim.text).lower().split()):
            headline.kind, headline.speaker = "attributed", claim.speaker
            headline.rule, headline.confidence = "headline-quote", 0.7
            return


def classify_unsourced(claim, headline_possible: bool) -> tuple[str, str, float]:
    text, lang = claim.text, claim.lang
    matchable = claim.matchable or (normalize_ar(text) if lang == "ar" else text)
    if not _LETTER.search(text):
        return "filler", "filler:punctuation", 0.95
    if claim.furniture or (lang == "en" and ("©" in text or "=>" in text or "||" in text)
                           and _PAGE_CODE.search(text)):
        return "filler", "filler:furniture", 0.95
    if len(text.strip()) == 1:
        return "filler", "filler:punctuation", 0.9  # "خ": a stray letter cut from a byline
    if _QUESTION.search(text):
        return "filler", "filler:question", 0.6
    words = len(text.split())
    unpunctuated = claim.is_line and not _TERMINAL.search(text)
    bare = text.strip().strip("()")  # "(MONROE COUNTY, Pa.)": a dateline in brackets
    if _DATELINE_EN.fullmatch(bare) or _DATELINE_STATE.fullmatch(bare):
        return "filler", "filler:dateline", 0.85  # "COLORADO SPRINGS, Colo." before its dash
    if lang == "en" and claim.is_line and _DATED_SECTION.fullmatch(text.strip()):
        return "filler", "filler:dated-section", 0.85
    if claim.is_line and _ABOUT.fullmatch(text.strip()):
        return "filler", "filler:heading", 0.85  # "About Libbey Inc.": a press release's heading
    if lang == "en" and claim.is_line and (
            (unpunctuated and _CAPTION_EN.fullmatch(text.strip()))
            or _NAME_BODY_EN.fullmatch(text.strip())
            or (_NAME_ROLE_EN.fullmatch(text.strip()) and not _VERB_EN.search(text))
            or (text.rstrip().endswith(".") and _PHOTO_DATED.search(text))) or (
            lang == "en" and " seen " in text and _SEEN_ON.search(text)):
        return "filler", "filler:caption", 0.8  # "Health Ministry Spokesman Dr. Abdullah
        # Al-Sanad": a photo's caption, a person and nothing said
    if (unpunctuated and words <= 2) or (claim.is_line and text.rstrip().endswith(")")
                                         and _PLACE_AND_SOURCE.fullmatch(text.strip())):  # "أبوظبي (الاتحاد)", "LONDON (Reuters)": the place and the paper
        return "filler", "filler:dateline", 0.8
    if _CAPITALS_ALONE.fullmatch(text.strip()):
        return "filler", "filler:heading", 0.8  # "OREANDA-NEWS." before the date, "ABSTRACT."
    if claim.is_line and text.rstrip().endswith(":") and (words <= 2 or (
            words <= 10 and lang == "en" and not _VERB_EN.search(text)
            and (words <= 5 or not _LEAD_IN.search(text))) or (
            words <= 8 and lang == "ar" and _SAYING_AR not in matchable)):
        return "filler", "filler:heading", 0.8  # "ID :", "Auther :": a form's label alone;
        # "Some of the data:", "الأسعار الحالية للبنزين والسولار في مصر:", a list's heading
    if unpunctuated and words <= 6 and ":" in text and _FIGURE_ROW.match(text.strip()):
        return "unattributed", "unattributed:figure", 0.6  # a list's row of prices or amounts
    if lang == "ar" and (unpunctuated or (words <= 4 and text.rstrip().endswith("."))) and (
            _DATELINE_AR.fullmatch(text.strip().rstrip("."))):  # "أفريقيا برس – المغرب."
        return "filler", "filler:dateline", 0.75  # "المواطن – مكة المكرمة": the paper and place
    if unpunctuated and lang == "ar" and _TOPIC_AR.match(matchable):
        return "filler", "filler:heading", 0.75
    if unpunctuated and lang == "ar" and titled_name_only(_DATE_STAMP.sub("", text)):
        return "filler", "filler:caption", 0.75  # "المتحدث باسم وزارة الداخلية العميد ناصر
        # بوصليب": a photo's caption, a person and nothing said
    if unpunctuated and words <= 8 and _VERSUS.search(text) and not any(c in text for c in ":?"):
        return "filler", "filler:heading", 0.75
    if lang == "en" and claim.is_line and words >= 6 and text.rstrip().endswith(
            ("...", "…")) and _CUT_OFF.search(text.rstrip()):
        return "filler", "filler:teaser", 0.7
    if unpunctuated and headline_possible and words >= 4 and words <= HEADLINE_MAX_WORDS:
        return "unattributed", "unattributed:headline", 0.7
    if (unpunctuated and words <= HEADING_MAX_WORDS and not (_BULLET.match(text) and words > 4)
            and not _THERE_WAS.match(text) and not claim.vague_source):  # "كما حذر المصدر من
        # مخاطر الهجرة" on a line the page broke: a source's words, no heading  # "There was no police presence in the park": a
        # sentence that lost its full stop
        return "filler", "filler:heading", 0.85  # a list's item says something, a heading not
    if lang == "en" and ("call" in text or "available" in text or "contact" in text) and (
            _CALL_LINE.search(text)):
        return "filler", "filler:call-to-action", 0.75
    markers = list(phrase_pattern(f"filler_{lang}", lang == "ar").finditer(matchable))
    rest = (text[:markers[0].start()] + text[markers[0].end():]
            if len(markers) == 1 and lang == "en" else text)  # "Here are 5 things to know ...":
    # the marker's own count is not what makes the sentence specific
    if markers and not (len(markers) == 1 and (_SPECIFIC.search(rest) or (
            lang == "en" and (_TWO_NAMES.search(text) or _tail_comment(text, markers[0]))))):  # "..., General Motors is under
        # investigation": a named actor and what it did, whatever the words around it
        return "filler", "filler:commentary", 0.6 + 0.1 * min(len(markers), 3)
    if (lang == "en" and not _NAME_AFTER_FIRST.search(text) and not _SPECIFIC.search(text)
            and in_list_en("filler_generic_en", text)):  # the list last: most sentences name
        # someone or something, and are no filler whatever the list says
        return "filler", "filler:generic", 0.6
    return "unattributed", "unattributed:assertion", 0.6


# what an event's sentence says of it after a comma: "..., marking a significant step in ..."
_TAIL = re.compile(r",\s+(?:marking|signall?ing|representing|reflecting|underscoring|seen\s+as)"
                   r"(?:\s+[\w-]+){0,2}\s*$")


def _tail_comment(text: str, marker: re.Match[str]) -> bool:
    """The one marker stands in a tail after the event: "members voted unanimously to close
    public comment ..., marking a significant step"; the event before it is no filler."""
    tail = _TAIL.search(text, 0, marker.start())
    return tail is not None and len(text[:tail.start()].split()) >= 8


@Language.factory("claimsift_filler")
def make_filler(nlp: Language, name: str) -> Filler:
    return Filler()
