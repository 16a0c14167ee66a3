"""Who stands behind an English source named by a common noun: the person with that role ("the
mayor said"), the body named by its sort ("the railway", "a company spokeswoman"), the author of
a document ("the study"), the one just quoted going on ("..., continued the spokesman")."""
from __future__ import annotations

import re
from dataclasses import replace

from claims.documents_en import BODY_END, SORT_SPOKES, SPOKES, author, body_for, spokesperson_body
from claims.people_en import ROLE_NOUNS, first_names
from claims.salience_en import name_gender
from claims.sources_en import np_head
from claims.speakers import name_from_mention_en
from claims.speakers_ar import CARRY_WINDOW
from claims.words_en import DETERMINERS

# "..., continued the spokesman of the European Commission": the one who spoke before goes on
_WENT_ON = {"continued", "added", "went on", "concluded"}
# a person described by party or office: "the Kentucky Republican", "the veteran Democrat"
_PARTISAN = {"republican", "democrat", "independent", "lawmaker", "legislator", "congressman",
             "congresswoman", "conservative", "liberal", "progressive", "official"}
# a statement by a body named by its sort: "a statement by the airline", "the statement from
# the company"
_STATEMENT_BY = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:(?:written|official|brief)\s+)?(?:statement|"
                           r"(?:press\s+)?release|email|e-mail|post|tweet)\s+(?:by|from)\s+"
                           r"((?:the|its)\s+[a-z]+(?:\s+[a-z]+)?)")


def behind_en(finding, at, speaker, kind, book, history, people, text) -> tuple[str, str]:
    """Who stands behind a common-noun source: the person with that role ("the mayor"), the
    body named by its sort ("the railway"), the author of a document ("the study")."""
    went_on = finding.source.lower().split()[:2]
    if finding.cue.lower() in _WENT_ON and went_on[0] == "the" and went_on[1:] and (
            went_on[1] in SPOKES) and history and history[-1][2] == "person":
        return history[-1][1], "person"  # "..., continued the spokesman of the Commission"
    inner = _STATEMENT_BY.fullmatch(finding.source)
    if inner:  # "According to a statement by the airline": the airline
        finding, kind = replace(finding, source=inner.group(1)), "body"
        speaker = book.resolve(name_from_mention_en(inner.group(1), "body"), "body", at)
    body = None
    if kind in ("group", "body"):
        where = text.rfind(finding.source, max(0, at - 300), at)
        body = spokesperson_body(finding.source, text[max(0, where - 60):max(0, where)])
    sort = SORT_SPOKES.fullmatch(finding.source) if kind in ("group", "body") else None
    if sort:  # "a company spokeswoman said": the company the article names
        noun = sort.group("sort") or sort.group("owner")
        body = book.described.get(noun) or body_for(
            "the " + noun, at, book.offsets, [h[1] for h in history[-CARRY_WINDOW:]],
            lambda name: is_person(name, people), text)
        if body:
            book.described[noun] = body
    if body and not is_person(body, people):  # "A spokesperson for American Airlines"
        book.described["spokesperson"] = (at, book.resolve(body, "body"))
        return book.described["spokesperson"][1], "body"
    person = _role_en(finding, at, people) if kind in ("group", "body") else None
    unnamed = book.described.get("spokesperson")
    head = finding.source.split()[-1].lower()
    if unnamed and head in SPOKES and finding.source.lower().startswith("the ") and (
            person is None or unnamed[0] > people().last_role_at(head, at)):
        return unnamed[1], "body"  # "the spokesperson said": the unnamed one written last
    if person:
        return person, "person"
    words = finding.source.lower().split()
    if words[0] == "the" and words[-1] in _PARTISAN and len(words) <= 4:
        last = next((h[1] for h in reversed(history) if h[2] == "person"
                     and history[-1][0] - h[0] <= 2), None)
        if last:  # '"...," the Kentucky Republican added', '"...," the official noted': the
            # person just quoted
            return last, "person"
    if kind in ("body", "group"):
        # "the company" stays the company it was
        body = (book.described.get(head) if head not in SPOKES else None) or body_for(
            finding.source, at, book.offsets, [h[1] for h in history[-CARRY_WINDOW:]],
            lambda name: is_person(name, people), text)
        if body:
            book.described[head] = body
            return body, "body"
    if kind in ("document", "group"):
        last_body = next((h[1] for h in reversed(history) if h[2] == "body"), None)
        writer = author(finding.source, text, at, last_body)
        if writer:
            return book.resolve(writer, "body"), "body"
    return speaker, kind


_FIRM_ROLES = frozenset({"ceo", "chairman", "chairwoman", "founder", "cfo", "owner"})
# words before a role that do not tell one person of that role from another
_BROAD = frozenset({"former", "then", "new", "current", "late", "outgoing", "incoming", "top",
                    "senior", "local", "same", "other", "city", "state", "federal", "national"})


def _role_en(finding, at: int, people) -> str | None:
    """"The mayor said", "his father said": the person last written with that role before the
    cue at offset `at`; "a judge said" is someone new."""
    words = np_head(finding.source.split())
    if words[0].lower() in ("a", "an") or any(w.endswith(("’s", "'s")) for w in words):
        return None  # "A New York judge said": someone not named before; "the candidate’s
        # former doctor" is no candidate
    head = _SAME_ROLE.get(words[-1].lower(), words[-1].lower())  # "the NASA boss": its chief
    if head not in ROLE_NOUNS or not (
            words[0].lower() in ("the", "his", "her", "their", "its")
            or all(w[:1].isupper() for w in words[:-1])):  # "WHL commissioner said"
        return None
    qualifier = tuple(w.lower() for w in words[1:-1] if w.islower() and w not in _BROAD)
    if (len(words) == 2 and words[0][:1].isupper() and words[0].lower() not in DETERMINERS
            and words[1].lower() in _FIRM_ROLES):  # "Tesla CEO told": not the CEO of another
        qualifier += (words[0].lower(),)  # company (a place is looser: "Mississippi Mayor")
    rest = finding.source.split()[len(words):]  # "the minister of justice": of justice
    if rest[:1] == ["of"] and rest[-1].isalpha():
        qualifier += (rest[-1].lower(),)  # "the police chief of the city of Utrecht": Utrecht
    if words[0].lower() in ("his", "her", "their"):  # "..., his lawyer says.": not the one
        return (people().by_role(head, at, qualifier, named_only=True)  # whose he is, near him
                or people().by_role_after(head, at, qualifier))
    return people().by_role(head, at, qualifier)


_SAME_ROLE = {"boss": "chief"}  # "NASA chief Bill Nelson ... the NASA boss said"


def is_person(name: str, people) -> bool:
    """A name with a known first name, or written as a person's somewhere in the article; never
    a company's ("Tiffany & Co", "BlackBerry Ltd")."""
    if BODY_END.search(name) or " & " in name:
        return False
    if len(name.split()) <= 2 and re.search(  # "operator Zain", "telecoms giant Zain": a
            rf"\b(?:company|firm|operator|giant|group|carrier|bank|insurer|retailer|lender)\s+"
            rf"(?:\w+\s+)?{re.escape(name.split()[-1])}\b", people().text):  # company, whatever
        return False  # its name reads as a first name
    if name_gender(name) or name.split()[0].lower() in first_names():
        return True
    return any(people().canonical(m.name) == name and m.strong for m in people().mentions)
