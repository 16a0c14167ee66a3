"""Who wrote "the report", "the statement" or "the lawsuit" of an English article.

GUIDELINES keeps a document's noun as its speaker; when the article names the document's one
author, the author is the better answer (as "وفقا لبيان صادر عن الديوان" is the Bureau's, and
as the Gender Gap Tracker resolves "the report said"). The author is the name the text ties to
a document of the same sort before the cue: "a study ... by Civic Action", "the Civic Action
study", "the PBO released a report", "the Association said in a statement", "its statement"
(the last body). No such tie: no author, and the noun stays."""
from __future__ import annotations

import re
from functools import cache

from claims.lexicon import words_en

# document nouns by sort: a later "the suit" is the lawsuit named before
SORTS = {
    "report": ("report", "study", "survey", "poll", "paper", "analysis", "review",
               "document", "audit"),
    "statement": ("statement", "release", "letter", "email", "e-mail", "memo", "post", "tweet",
                  "petition", "banner", "message"),
    "lawsuit": ("lawsuit", "suit", "complaint", "claim", "filing", "notice", "document"),
    "decision": ("decision", "ruling", "judgment", "order"),
    "warning": ("warning", "alert", "bulletin"),  # "The warning notes the heaviest snowfall"
}
DOCUMENTS = frozenset(word for words in SORTS.values() for word in words)
# on one line, and no "The" that opens the next sentence ("the UN Charter. The statement")
_NAME = (r"[A-Z][\w’'\-.]*(?:[ \t]+(?:(?:of|for|on|and|the|de)[ \t]+)?(?!(?:The|A|An)\b)"
         r"[A-Z][\w’'\-.]*){0,7}")

# what may stand between a document and its author: "a study which is being released Monday by"
_GAP = (r"(?:,?\s+(?:which|that|is|was|were|are|being|been|to|be|released|published|issued|"
        r"conducted|commissioned|prepared|written|produced|filed|presented|on|in|this|last|"
        r"next|week|month|year|[A-Z][a-z]+day|\d[\w,]*|[A-Z][a-z]+\.?)){0,6}")


_OFFICE_OF = re.compile(r"\s+(?:office|campaign|team|staff|family|spokesman|spokeswoman|"
                        r"spokesperson|lawyers?|attorneys?)\b")
# a listing's date and section over each of its stories ("September 21, 2023 – Intellectual
# Property"): a document of one story has no author in the story before it
_STORY_OPENING = re.compile(r"(?m)^[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s+[–—-]\s+[A-Z]")


@cache
def _patterns(sort: str) -> list[re.Pattern[str]]:
    """The patterns for a sort ("statement") or, written "=release", for one document noun."""
    nouns = (sort[1:],) if sort.startswith("=") else SORTS[sort]
    head = r"(?:" + "|".join(nouns) + r")s?\b"
    return [re.compile(p) for p in (
        rf"\b{head}{_GAP}\s+(?:by|from)\s+(?:the\s+)?(?:[a-z\-]+\s+)?(?P<name>{_NAME})",
        # "the Civic Action annual study"; not "the UN Charter. The statement"
        rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<name>{_NAME})(?<!\.)(?:[’']s)?\s+(?:[a-z][\w\-]*\s+)?"
        rf"(?!claims\b){head}",  # "the Commission claims in a lawsuit": a verb
        # "Jason Schultz, technical researcher at Talos, stated in the company's blog post"
        rf"(?P<name>{_NAME})(?:,[^,.]{{3,60}},)?\s+(?:said|says|wrote|writes|stated|states)\s+in\s+"
        rf"(?:a|an|its|the|the\s+[\w\-]+[’']s)\s+(?:[\w\-]+\s+){{0,2}}{head}",
        rf"(?P<name>{_NAME})\s+(?:has\s+|had\s+)?(?:released|issued|published|filed|put\s+out)\s+"
        rf"(?:a|an|its|the)\s+(?:[\w\-]+\s+){{0,2}}{head}",
        rf"\b{head}[^.;]{{0,120}}?\bon\s+(?P<name>{_NAME})[’']s\s+website",
    )]


def sort_of(noun_phrase: str) -> str | None:
    """"the white paper" -> "report"; None when the phrase names no document."""
    head = noun_phrase.lower().split()[-1].strip(".,") if noun_phrase.split() else ""
    return next((sort for sort, words in SORTS.items() if head in words), None)


def author(noun_phrase: str, text: str, before: int, last_body: str | None) -> str | None:
    """The author the text names for `noun_phrase` ("the report") before offset `before`."""
    sort = sort_of(noun_phrase)
    if sort is None:
        return None
    words = noun_phrase.split()
    if words[0].lower() == "its":
        return last_body
    modifier = [w for w in words[1:-1] if w[:1].isupper()
                and w.lower() not in words_en("nationalities_en")]  # "The Italian statement"
    if modifier and words[0].lower() in ("the", "a", "an"):  # "the Civic Action study"
        if words[-1][:1].isupper():
            return " ".join(words[1:])  # "The AAA Fuel Gauge Survey": the document's own name
        return re.sub(r"[’']s$", "", " ".join(modifier))
    found = None
    # "the news release" is the release named before, however many statements came between;
    # a bare "the report" may be the study named last
    keys = ("=" + words[-1].lower().strip(".,"), sort) if len(words) > 2 else (sort,)
    story = max((m.start() for m in _STORY_OPENING.finditer(text, 0, before)), default=0)
    for key in keys:
        for pattern in _patterns(key):
            for match in pattern.finditer(text, story, before):
                if (found is None or match.start() > found.start()) and match.group(
                        "name").lower() not in words_en("nationalities_en"):
                    found = match
        if found is not None:
            break
    if found is None:
        return None
    name = re.split(r"(?<!\b[A-Z])\.\s", found.group("name"))[0]  # "by Civic Action. And ...";
    # not "U.S. Equal Employment Opportunity Commission"
    office = _OFFICE_OF.match(text, found.end("name")) if name.endswith(("’s", "'s")) else None
    name = name + office.group() if office else re.sub(r"[’']s$", "", name.rstrip("."))  # "a
    # statement from Bush’s office": the office, not Bush
    name = re.sub(r"\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$", "", name)  # "The
    # Quinnipiac University Polling Institute on Wednesday released a new national poll"
    name = re.sub(r"^(?:(?:While|When|As|After|Although|Though|Because|Since|If|But|And|Meanwhile)"
                  r"\s+)?(?:the\s+|The\s+|A\s+|An\s+)?", "", name)  # "While the Labor Department
    # released a report": the department, not the clause's opening word
    return name if not name.split()[0].lower() in ("monday", "tuesday", "wednesday", "thursday",
                                                   "friday", "saturday", "sunday") else None


# "the company said": a body named by its sort, which is the body written last before it
ORG_NOUNS = frozenset({
    "company", "agency", "utility", "railway", "firm", "organization", "organisation",
    "association", "airline", "bank", "network", "league", "corporation", "charity", "insurer",
    "retailer", "carrier", "automaker", "broadcaster", "regulator", "union", "group", "team",
    "club", "university", "hospital", "newspaper", "station", "ministry", "chain", "giant",
    "drugmaker", "carmaker", "chipmaker", "manufacturer", "lender", "brewer", "biotech",
    "startup", "conglomerate", "supplier", "distributor", "publisher",
})


def body_for(noun_phrase: str, before: int, named: dict[str, list[int]],
             speakers: list[str], is_person, text: str = "") -> str | None:
    """"The Calgary-based railway" -> "Canadian Pacific Railway" (a name holding the noun);
    else "the company" -> the last speaker that is no person ("Tesla"); else "the agency" ->
    the last acronym of its sentence in `text` before it ("NASA")."""
    words = noun_phrase.split()
    if len(words) < 2 or words[0].lower() not in ("the", "its") or words[-1].lower() not in ORG_NOUNS:
        return None
    head = words[-1].lower()
    kin = _KIN.get(head, {head})
    holding = [(max(o for o in offsets if o < before), name) for name, offsets in named.items()
               if not kin.isdisjoint(name.lower().split()) and any(o < before for o in offsets)]
    if holding:  # the one written last, or the speaker whose name it ends: "Hudson's Bay
        name = max(holding)[1]  # Company said", not the "Bay Company" the name list kept of it
        return next((s for s in reversed(speakers) if s.endswith(" " + name)), name)
    if head in _KIN and text:  # "president of the Riverside Teachers Association, ..., The
        kin_named = list(_kin_name(head).finditer(text, 0, before))  # union said": the body
        if kin_named:  # of the sort the text names last, though no list of names kept it
            return re.sub(r"^(?:The|A|An)\s+", "", kin_named[-1].group())
    if head == "agency" and text:  # '... told the Associated Press. ..., the agency reports.'
        wire = list(_NEWS_AGENCY.finditer(text, max(0, before - 600), before))
        if wire:
            return wire[-1].group()
    found = next((s for s in reversed(speakers) if s[:1].isupper() and not is_person(s)
                  and s.lower() not in _GROUPS  # "Officials say ...": no body's name
                  and s.split()[-1][:1].isupper()  # a name, not "A Superior Court ... judge"
                  and (head not in _KIN or not kin.isdisjoint(s.lower().split()))  # "the
                  and not ((head in _COMPANIES or head == "utility")
                           and (_OUTLET.fullmatch(s) or _PUBLIC_END.search(s)))),
                 None)  # "the union" is no hospital that spoke last; "the company" no wire service
    # that reported on it, and "the utility" no National Weather Service
    if found is None and text:  # "Brazil's central bank raised ... The bank said": the owner's
        owned = list(re.compile(rf"\b[A-Z][\w\-]+[’']s\s+(?:[a-z\-]+\s+){{0,2}}{head}\b")
                     .finditer(text, 0, before))  # bank, named by its country
        found = owned[-1].group() if owned else None
    if found is None and head in _COMPANIES and text:  # "The company said" before any company
        found = _most_named(text, before, named, is_person)  # spoke: the one the article names most
    if found is None and head in _PUBLIC and text:  # "NASA and SpaceX decided ..., the space
        start = max(text.rfind(". ", 0, before), text.rfind("\n", 0, before), 0)  # agency said":
        found = next((m.group() for m in reversed(list(_ACRONYM.finditer(text, start, before)))
                      if m.group() not in _NO_AGENCY), None)  # the acronym in its sentence
    return found


def _most_named(text: str, before: int, named: dict[str, list[int]], is_person) -> str | None:
    """The capitalised word written most often in `text` (three times at least, once inside a
    sentence, first before `before`) that is no person's, in its fullest named form:
    "BlackBerry" -> "BlackBerry Ltd"."""
    from claims.people_en import places  # people_en imports this module's neighbours
    people = {w for name in named if is_person(name) for w in name.split()}
    counts: dict[str, list[int]] = {}
    for found in _CAPITALISED.finditer(text):
        counts.setdefault(found.group(), []).append(found.start())
    inside = {m.group(1) for m in _INSIDE.finditer(text)}
    ranked = sorted(((len(at), -at[0], word) for word, at in counts.items()
                     if len(at) >= 3 and at[0] < before and word in inside
                     and word not in people and word not in _NOT_COMPANY
                     and word.lower() not in places()), reverse=True)  # not "Sudan"
    if not ranked:
        return None
    word = ranked[0][2]
    return next((name for name in named if name.split()[0] == word and not is_person(name)),
                None) or _fullest_run(text, word)


def _fullest_run(text: str, word: str) -> str:
    """The name the text writes `word` in most often, if twice: "Bath" -> "Bed Bath & Beyond"."""
    runs: dict[str, int] = {}
    for found in _COMPANY_RUN.finditer(text):
        if word in found.group().split():
            runs[found.group()] = runs.get(found.group(), 0) + 1
    best = max(runs.items(), key=lambda item: (item[1], len(item[0])), default=(word, 0))
    return best[0] if best[1] >= 2 else word


# a capitalised word, "J.C. Penney" too; not one a number follows ("Chapter 11", "Section 8")
# a group named by its sort, capitalised only where it opens a sentence
_GROUPS = {"officials", "authorities", "police", "residents", "scientists", "experts", "analysts",
           "investigators", "prosecutors", "researchers", "organizers", "organisers", "witnesses"}
_CAPITALISED = re.compile(r"\b(?:(?:[A-Z]\.){1,3}\s?)?[A-Z][\w&\-]+\b(?!\s+\d)")
# a capitalised name of up to five words, "&" among them: "Bed Bath & Beyond"
_COMPANY_RUN = re.compile(r"(?<![\w’'])(?!The\b)[A-Z][\w\-]*(?:\s(?:&\s)?[A-Z][\w\-]*){0,4}")
_INSIDE = re.compile(r"[a-z,]\s+((?:(?:[A-Z]\.){1,3}\s?)?[A-Z][\w&\-]+)\b")  # after a lower-case word or a comma
_NOT_COMPANY = {"The", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                "Sunday", "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December", "US", "U.S", "CEO"}
# a public body's name, no company's: "National Weather Service", "Department of Public Safety"
_PUBLIC_END = re.compile(r"\b(?:Service|Agency|Department|Administration|Ministry|Commission|Bureau|"
                         r"Police|Council|Court)$")
_COMPANIES = {"company", "firm", "corporation", "retailer", "automaker", "carrier", "insurer",
              "airline", "bank", "chain", "giant", "drugmaker", "carmaker", "chipmaker",
              "manufacturer", "lender", "brewer", "biotech", "startup"}
# "a company spokeswoman", "the bank’s analysts": a company named by its sort speaks through
# someone unnamed
SORT_SPOKES = re.compile(rf"(?:[Aa]n?\s+(?P<sort>{'|'.join(sorted(_COMPANIES))})\s+|[Tt]he\s+"
                         rf"(?P<owner>{'|'.join(sorted(_COMPANIES))})[’']s\s+)"
                         r"(?:spokesperson|spokesman|spokeswoman|analysts|economists|strategists)")
# a company's legal ending ("BlackBerry Ltd", "Tiffany & Co.") or the word a body's name ends in
# ("Delta Air Lines", "Denver Police Department"): no person's name ends so
BODY_END = re.compile(r"\b(?:Ltd|Inc|Corp|Co|Plc|PLC|LLC|AG|SA|NV|Bros)\.?$|"
                      r"\s(?:Air\s+Lines|Airlines|Airways|Bank|Group|Holdings|Motors|Systems|"
                      r"Technologies|Railways?|Pharmaceuticals|Foods|Insurance|Communications|"
                      r"Department|University|Hospital|Police|Association|Agency|Administration)$")
_PUBLIC = {"agency", "administration", "bureau", "commission", "service", "department"}
# the words a body of a sort may be named with: "the union" is the "New York State Nurses
# Association" named before, and never the last company or hospital that spoke
_KIN = {"union": {"union", "association", "federation", "guild", "brotherhood", "teamsters",
                  "workers", "congress", "syndicate"},
        "university": {"university", "college", "institute"},
        "hospital": {"hospital", "clinic", "infirmary"}}


@cache
def _kin_name(head: str) -> re.Pattern[str]:
    """A capitalised name ending in a word of the sort: "New York State Nurses Association"."""
    words = "|".join(sorted(word.title() for word in _KIN[head]))
    return re.compile(rf"\b(?:[A-Z][\w’'\-]*\s+(?:of\s+(?:the\s+)?)?){{1,5}}(?:{words})\b")
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
_OUTLET = re.compile(r"(?:Reuters|AFP|AP|Associated Press|Bloomberg|Refinitiv|KUNA|Kuna|Dow Jones|"
                     r"CNBC|CNN|BBC)")
# the wire services an article may quote from: "the agency" after one of them is named is it
_NEWS_AGENCY = re.compile(r"\b(?:Associated Press|Reuters|Agence France-Presse|Kuwait News Agency|"
                          r"Xinhua|Anadolu(?: Agency)?|Interfax|TASS|Saudi Press Agency|"
                          r"Emirates News Agency|Qatar News Agency|Bernama|Yonhap|Kyodo)\b")
# wire services, time zones, countries and titles are no agency that speaks
_NO_AGENCY = {"AFP", "CNN", "BBC", "UPI", "NPR", "KUNA", "WAM", "SPA", "QNA", "MENA", "DPA", "EST",
              "EDT", "PST", "PDT", "CST", "CDT", "GMT", "UTC", "USA", "UAE", "CEO", "CFO", "COO"}


SPOKES = ("spokesperson", "spokesman", "spokeswoman")
_SPOKES = "(?:" + "|".join((*SPOKES, "representative")) + ")"
_BODY_NAME = r"(?P<body>[A-Z][\w.&\-]*(?:\s+(?:of\s+|for\s+|the\s+|&\s+)?[A-Z][\w.&\-]*)*)"
# "A spokesperson for American Airlines", "a spokesman with the Albuquerque International
# Sunport airport", "An American Airlines spokesperson": the body speaks through someone unnamed
_SPOKES_FOR = re.compile(rf"(?:[Aa]n?|[Tt]he)\s+{_SPOKES}\s+(?:for|with|of|at|from)\s+(?:the\s+)?"
                         rf"{_BODY_NAME}(?:\s+[a-z]+)?")
_BODY_SPOKES = re.compile(rf"(?:[Aa]n?|[Tt]he)\s+{_BODY_NAME}\s+{_SPOKES}")
_SPOKES_BEFORE = re.compile(rf"(?:[Aa]n?|[Tt]he)\s+{_SPOKES}\s+(?:for|with|of|at|from)\s+$")


def spokesperson_body(noun_phrase: str, before: str = "") -> str | None:
    """The body an unnamed spokesperson speaks for, written with it (`before` is the text before
    the phrase: "A spokesperson with" + "the Albuquerque International Sunport airport"); None for
    any other phrase."""
    if _SPOKES_BEFORE.search(before[-60:]):
        noun_phrase = "a spokesperson for " + noun_phrase
    found = _SPOKES_FOR.fullmatch(noun_phrase) or _BODY_SPOKES.fullmatch(noun_phrase)
    if found is None or not found.group("body")[:1].isupper():
        return None
    return found.group("body")



# an unnamed one again, with the article: "the French official said" after "a French official
# said", "said the negotiator, who was not authorized to speak publicly"
_UNNAMED_AGAIN = re.compile(r"(?i)the\s+(?:[\w\-]+\s+){0,2}?(?P<head>official|negotiator|diplomat|"
                            r"source|insider|aide|staffer)")
_ANONYMOUS = re.compile(r"\bnot\s+authori[sz]ed\s+to\s+(?:speak|discuss|comment|talk)|\bon\s+"
                        r"(?:the\s+)?condition\s+of\s+anonymity|\b(?:declined|asked\s+not)\s+to\s+"
                        r"be\s+(?:named|identified)")


def unnamed_again(source: str, sentence: str, before: str) -> bool:
    """Whether a source with "the" is an unnamed one: one the article brought in unnamed ("a
    French official"), or one the sentence says speaks without a name."""
    found = _UNNAMED_AGAIN.fullmatch(source)
    if found is None:
        return False
    if _ANONYMOUS.search(sentence):
        return True
    one = rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w\-]+\s+){{0,3}}{found.group('head')}\b"
    last = None
    for last in re.finditer(one, before):
        pass  # the one written last: "Jo Lee, a city official, said" has a name
    return last is not None and not _NAMED_BEFORE.search(before, 0, last.start())


_NAMED_BEFORE = re.compile(r"[A-Z][\w\-’']*,\s*$")  # "Jo Lee, a city official": that one has a name
