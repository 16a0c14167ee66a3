"""English attribution rules: "X said", "said X", "according to X", "X told ..."; quote-only
sentences that continue the previous speaker are claims/quotes_en.py's."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from claims.according_en import according
from claims.before_en import (
    BARE_CLAUSE,
    BARE_FRAME,
    BASED_IN,
    BODY_IN_PLACE,
    AIMED_AT,
    CLIENT_OF,
    DECLARED_ACT,
    DOCUMENT_BY,
    FRAME,
    GROUP_IN_PLACE,
    NAME_AFTER,
    OPENING_PHRASE,
    PP_SUBJECT,
    PREDICATE,
    RELATIVE_SUBJECT,
    ROLE_AT,
    SAID_THAT,
    SAYS_MUCH,
    VAGUE_BEFORE,
    WHEN_NAME,
    after_preposition,
    all_cues,
    closing_frame,
    modal_last,
    conditional_cues,
    frame_cues,
    holder_before,
    ing_modifier,
    inside_opening,
    no_verb_of_saying,
    noun_cue,
    person_at,
    reporting_frame,
    unnamed_evidence,
)
from claims.datelines_en import RELAY_TAIL, blank_city, blank_dashed, blank_dateline, blank_relay
from claims.evidence_en import evidence
from claims.headlines_en import HEADLINE_QUOTES, HEADLINE_SAYS, headline_case, source_at_end
from claims.findings import Finding
from claims.lexicon import alternation, phrase_pattern
from claims.objects_en import object_cues, reports_object
from claims.participle_en import apposed_name, participle
from claims.people_en import ROLE_NOUNS, places
from claims.quotes_en import outside, quote_only_finding, quoted_ranges, speaker_label, straight_quotes
from claims.rules_en import HAD_FOR, NEEDS, SIGNED_ROLES, WHAT_IT_SHOWS, rule_patterns
from claims.sources_en import (
    clean_source,
    noun_phrase_source,
    person_in,
    source_kind,
)
from claims.words_en import GROUP_HEADS_BARE, NAME

_AUXILIARIES = {"did", "didn", "would", "wouldn", "not", "t", "refused", "declined", "to",
                "is", "was", "remains", "remained"}  # "is hopeful": "hopeful", no common "is"
_SAID_BY_BODY = re.compile(r",\s+(?:said|says|added|noted|stated|announced)\s+(?:the\s+)?"
                           r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,5}\s*\.?\s*$")
_MODAL_GAP = re.compile(r"\b(?:will|would|shall)\s+(?:\w+\s+)?$")
_CLOSING_SAID = re.compile(r",\s+(?:he|she|they|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\s+"
                           r"(?:said|added|noted|told\s+\w+)\s*\.?\s*$")
# a clause that opens the sentence before its comma: "As authorities warned ..., "
_CLAUSE_OPENING = re.compile(r"\W*(?:As|While|When|After|Before|Although|Though|Because|If|Since|"
                             r"Until)\b[^,;]*")
_CLOSING_NAME_SAID = re.compile(r",\s+(?:[A-Z][\w.’'\-]*\s+){1,5}(?:said|added|told\s+\w+)"
                                r"\s*\.?\s*$")  # "..., President Ferdinand Marcos Jr. said."
# the topic a pronoun picks up: "As for the minister, he said", "As for Ambassador ..., Ali
# Al-Dafiri, he praised"
_AS_FOR = re.compile(rf"^\W*As\s+for\s+(?P<np>[^,;]{{2,120}}?)(?:,\s+(?P<name>{NAME}))?,\s+"
                     r"(?:he|she|they)\s")


@cache
def _cue_words() -> frozenset[str]:
    return frozenset(next((w for w in _WORD.findall(form) if w not in _AUXILIARIES), form)
                     for form in all_cues())  # "did not rule out": "rule", no common "did"


@cache
def _object_words() -> frozenset[str]:
    """The verbs that report only with the right object and in no other way."""
    return frozenset(object_cues()) - _cue_words()


_WORD = re.compile(r"\w+")
_AFTER_QUOTE = re.compile(r"[,?!][\"”»]\s*(?P<between>(?:[\w.’'\-]+\s+){0,4})$")


def _after_quote(sentence: str, src_at: int) -> bool:
    """The source right after a closing quotation, with at most its titles or a role before it:
    “...,” Barclays Capital economist Nicholas Tenev wrote, “...,” then-Surrey mayoral candidate
    Doug McCallum said; not “...,” features a New York Times report."""
    found = _AFTER_QUOTE.search(sentence, 0, src_at)
    between = found.group("between").split() if found else []
    return found is not None and (all(w[:1].isupper() for w in between)
                                  or between[-1].lower() in ROLE_NOUNS)


def _may_attribute(sentence: str) -> bool:
    """Every rule needs a cue word (a whole word: the rules put a space, quote or comma before
    it and a word boundary after it), "according to" or "statement", or a verb with the object
    that makes it a report ("expressed concern"); most sentences have none and skip the rules."""
    return ("ccording to" in sentence or "statement" in sentence or "―" in sentence
            or "s per " in sentence
            or ", per " in sentence or ", as " in sentence
            or "made the announcement" in sentence or " came in " in sentence
            or (("released" in sentence or "issued" in sentence or "published" in sentence)
                and WHAT_IT_SHOWS.search(sentence) is not None)  # "released data, showing"
            or sentence.rstrip().endswith(SIGNED_ROLES)
            or ("had " in sentence and HAD_FOR.search(sentence) is not None)
            or "call" in sentence or "describ" in sentence or "dub" in sentence
            or "label" in sentence or "brand" in sentence or "refer" in sentence
            or sentence.startswith(("Said ", "Says ", "Added ", "Wrote ", "Noted "))
            or " is how " in sentence
            or " was how " in sentence
            or (sentence.rstrip().endswith(":") and ("spoke" in sentence or "speak" in sentence
                                                     or "talk" in sentence))
            or (sentence.startswith(("For ", "From ", "In "))
                and ('"' in sentence or "“" in sentence))
            or ": “" in sentence or ':“' in sentence or ': "' in sentence
            or "—" in sentence or "–" in sentence
            or not _cue_words().isdisjoint(words := _WORD.findall(sentence))
            or (not _object_words().isdisjoint(words) and any(
                reports_object(w.group(), sentence, w.end()) for w in _WORD.finditer(sentence)
                if w.group().lower() in _object_words())))


# the heads of bare groups without their first letter, so "Police" and "police" both hold one;
# looked for as plain substrings, far faster than a regular expression
_BARE_HEADS = re.compile(alternation(frozenset(head[1:] for head in (
    "police", "prosecutors", "leadership", "management", "authorities",
    *GROUP_HEADS_BARE.split("|")))))  # one tree of letters (lexicon.alternation)
# a report that ends by naming the outlet it was relayed through, after a verb of saying
_RELAYED = re.compile(r"\b(?:said|says|told|added|wrote)\b[^;]{0,260},\s+according\s+to\s+"
                      r"[^,;]{1,60}(?:,\s+[^,;]{1,60})?$")  # "..., The Daily Californian, a
# student-run newspaper."
# "According to the news release, Long said he asked ...": the release relays what Long said
_RELAY_OPENS = re.compile(r"According\s+to\s+[^,;\"“”]{1,80},\s+(?:[A-Z][\w.’'\-]*\s+){1,3}"
                          r"(?:said|says|told|added|wrote|stated)\b")
# what makes the noun phrase before a verb no subject of it: a comparison, a companion, the
# office someone else speaks from
_NOT_SUBJECT = re.compile(r"\b(?:than|(?:meeting|talks|call|interview)\s+with|(?:office|staff|camp|"
                          r"aides?)\s+of)\s+(?:the\s+)?$")
_EXPECTED = {"predicted", "expected", "forecast", "anticipated", "estimated", "projected",
             "hoped", "feared", "thought", "planned"}  # "than X had predicted": no report
# a role of a body named in capitals, longer than the rules' noun phrases, opening the sentence
_ROLE_OF_BODY = re.compile(
    r"[Tt]he\s+(?P<src>(?:[a-z\-]+\s+){0,2}(?:" + "|".join(sorted(ROLE_NOUNS)) + r")\s+of\s+"
    r"(?:the\s+)?(?:[A-Z][\w\-.]*\s+(?:(?:and|of|for)\s+)?){1,7}(?:[a-z]+\s+)?)(?P<cue>said|says|told|"
    r"added|announced|stressed|warned)\b")
# an adverb set off by commas between a noun phrase and its verb, no apposition
_ASIDE = re.compile(r",\s*(?:as well|too|however|though|also|in turn|meanwhile),\s*")
# cues that are also plural nouns, which an owner before them makes nouns
_PLURAL_NOUNS = {"claims", "reports", "notes", "estimates", "warnings", "comments", "remarks",
                 "findings", "predictions", "promises", "demands", "hopes", "fears", "concerns"}
_CAPITALS_BEFORE = re.compile(r"(?:[A-Z][\w.\-’']*\s+)*$")  # the rest of a name the source ends
# words that open a sentence and are never its source alone
_NO_SOURCE = {"with", "in", "on", "at", "as", "for", "from", "after", "before", "while", "when",
              "if", "despite", "amid", "since", "because", "although", "though", "once", "until",
              "by", "of", "to", "but", "and", "or", "so", "yet", "then", "also", "still"}
# what happened speaks for nobody: "Today's events underscore serious concern"
_HAPPENINGS = {"events", "event", "developments", "incident", "incidents"}
# an auxiliary that opens a question: "Should I tell him ...?" (not "Will", a name)
_ASKING = {"should", "would", "could", "can", "did", "do", "does", "is", "are", "was", "were",
           "has", "have", "had", "might", "must", "shall",
           # nor is a pronoun of no one in particular: "something most leaders would disagree with"
           "something", "anything", "nothing", "everything"}
# a clock time's zone is no source: "a statement shortly after 2:30 p.m. Eastern saying"
_TIME_ZONES = {"eastern", "pacific", "central", "mountain", "gmt", "utc", "et", "pt", "ct", "est",
               "edt", "pst", "pdt", "cst", "cdt", "bst", "cet"}
# a person named before, called by age and trade: "the 54-year-old tactician said"
_EPITHET = re.compile(r"(?:[Tt]he\s+)?\d{1,3}-year-old(?:\s+[a-z][\w\-]*){0,2}"
                      r"(?:\s+[A-Z][a-z]+)?"  # "the 47-year-old Swede"
                      # "the 23-time Grand Slam champion": the one named before, by her record
                      r"|(?:[Tt]he\s+)?\d{1,3}-time(?:\s+[\w\-]+){0,4}")
# each rule's needed substrings as one search in C (one substring: the "in" test itself)
_NEEDED = {rule: re.compile("|".join(map(re.escape, parts))).search
           for rule, parts in NEEDS.items()}
_I_CONTRACTED = re.compile(r"I[’'](?:m|ve|d|ll)")
_RELATIVE_AUX = re.compile(r"\b(?:who|which)\s+(?:is|are|was|were|has\s+been|have\s+been)$")
_FIRM_BEFORE = re.compile(r"([A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3}),\s*$")
_JOINING = {"but", "and", "or", "yet"}  # "an update on the injury but said": a clause, no source
_CLOCK_BEFORE = re.compile(r"(?:\d|[ap]\.?m\.?)\s*$")  # "at 2:30 p.m. Eastern", no "Mountain says"
_RELATIVE_END = re.compile(r"\b(?:where|which|when|while|as|after)\s+$")
_UNNAMED_BEFORE = re.compile(r"\b(?:anonymous|unnamed|unidentified)\s+(?:[\w.\-]+\s+)?$")
_QUOTED_AS = re.compile(r"\b(?:cited|quoted)\b[^.;]{0,60}?\bas\s+(?:saying|telling|writing)\b")


# the named group a sentence opens with, which a "they say" set off by commas later stands for
_OPENING_GROUP = re.compile(rf"(?:The\s+)?(?P<np>(?:[A-Z][\w\-]*\s+){{0,2}}(?i:{GROUP_HEADS_BARE})"
                            rf"\s+(?:from|at|with|of)\s+(?:the\s+)?{NAME})\s")


def attribute(sentence: str) -> Finding | None:
    labelled = speaker_label(sentence) if ":" in sentence[:40] else None
    if labelled is not None:
        return labelled
    closing = source_at_end(sentence)  # "..., airline says", "...: Treasury Dept"
    if closing is not None:
        return closing
    role_of = _ROLE_OF_BODY.match(sentence) if sentence.startswith(("The ", "the ")) and (
        " of " in sentence[:50]) else None
    if role_of:  # "The acting director of the Immigration and Customs Enforcement agency said"
        return Finding(role_of.group("cue"), role_of.group("src").strip(), "group", "en:role-of-body",
                       0.85)
    patterns = rule_patterns()
    written = straight_quotes(sentence)
    sentence = headline_case(written)
    if sentence is not written:  # a headline in title case
        found = HEADLINE_SAYS.match(sentence)
        if found:  # "Twitter Strikes Back, Says It Will ...": the headline's first word says it
            return Finding(found.group("cue"), found.group("src"), "person", "en:headline-says",
                           0.7)
    quoting = HEADLINE_QUOTES.match(sentence) if "‘" in sentence[:80] else None
    if quoting and not sentence.rstrip().endswith((".", "?", "!", "”", "’")):
        source = quoting.group("src")
        return Finding("‘", source, source_kind(source), "en:headline-quoting", 0.7)
    if not _may_attribute(sentence):
        return quote_only_finding(sentence)
    sentence = blank_dateline(sentence)
    paper = blank_relay(sentence)  # "..., reports Al-Anba daily": who spoke comes first
    carried = RELAY_TAIL.search(sentence) if paper is not sentence else None
    sentence = blank_city(blank_dashed(paper))
    quoted = quoted_ranges(sentence)
    vague_phrase = outside(phrase_pattern("vague_en", False), sentence, quoted)
    vague = None
    relayed = None  # "..., X told the committee, according to Politico": X spoke, Politico
    if ("ccording to" in sentence or ", per " in sentence or ", as " in sentence
            or "s per " in sentence):  # relays it; "As per their statement, ..."
        found = according(sentence, quoted, vague_phrase)
        at = sentence.find("ccording to")
        if found is not None and at > 0 and SAID_THAT.search(sentence, 0, at - 1):
            found = None  # "Larsen says that according to a seismologist, ...": she says it
        if found is not None and found.source_kind != "vague":
            if not (_RELAYED.search(sentence) or _RELAY_OPENS.match(sentence)):
                return found
            relayed = found
        else:
            vague = found
    found = evidence(sentence)
    if found is not None and found.source_kind != "vague":
        return found
    vague_end, vague_cue = -1, -1  # where the last vague source ended, and its cue
    unnamed = found.source.lower() if found is not None else None  # "Polls show ...", "A new
    vague = vague or found  # poll shows ...": no rule below makes that document a source
    for rule in ("came", "role-says", "statement", "lead", "by-saying", "how", "quoted", "quotes",
                 "after", "participle", "named-at", "before", "advisory", "released", "to-announce",
                 "colon-quote", "comma-colon", "naming", "signed", "dash-signed", "inverted",
                 "passive", "for", "from-document", "relative"):
        if (rule == "quoted" and not (("cited" in sentence or "quoted" in sentence)
                                      and _QUOTED_AS.search(sentence))) or (
                rule == "lead" and sentence.rstrip()[-1:] != ":") or (
                rule in NEEDS and not _NEEDED[rule](sentence)):
            continue  # the rule's pattern cannot match: no need to scan the sentence
        pattern = patterns.get(rule)
        if rule == "before" and not _BARE_HEADS.search(sentence):
            pattern = patterns["before-nameonly"]  # "police officials said" needs its head
        found = (_matches(pattern, sentence, patterns.get(f"{rule}-long"))
                 if rule != "participle" else filter(None, [participle(sentence)]))
        if rule == "before" and ", " in sentence:
            found = modal_last(sentence, found)  # "... will claim that, Mega Millions said"
        for match in found:
            cue = match.group("cue")
            if any(a < match.start("cue") < b for a, b in quoted):
                continue  # a cue inside a quotation is the quoted speaker's, not the article's
            opens = not sentence[:match.start("src")].strip()
            source = clean_source(match.group("src"), opens)
            if _I_CONTRACTED.fullmatch(source):
                source = "I"  # "I’m writing to share that": the writer, no name "I’m"
            elif source.rstrip(".") in ("Inc", "Corp", "Ltd", "LLC", "Co", "PLC", "plc") and (
                    firm := _FIRM_BEFORE.search(sentence, 0, match.start("src"))):
                source = f"{firm.group(1)}, {source}"  # "Velora, Inc. (...), announced"
            elif rule == "participle" and (named := apposed_name(sentence, match)):
                source = named  # "Cavill's manager, Dany Garcia, previously responded ..., writing"
            if (unnamed and source and source.lower() in unnamed) or _RELATIVE_AUX.search(source):
                continue  # "the president ... who is accused of": a passive, nobody accuses
            start = match.start("src")
            # "sources close to the talks said": the source is unnamed, whatever "the talks" are
            unnamed_head = rule == "before" and VAGUE_BEFORE.search(sentence, max(0, start - 60),
                                                                    start) is not None
            apposed = after_preposition(sentence, match) if rule == "before" else None
            if rule in ("before", "statement") and (
                    based := BASED_IN.search(sentence, 0, match.start("cue"))):
                source = apposed = based.group("body")  # "the company based in Union, NJ, said"
            elif apposed is not None:
                if not apposed:
                    continue
                source = apposed
            elif rule in ("before", "statement") and (held := holder_before(sentence, match)):
                source = apposed = held
            elif rule == "before" and (body := BODY_IN_PLACE.search(sentence, 0,
                                                                     match.start("src"))):
                source = apposed = body.group("body")  # "Valley Medical Center in Renton says"
            elif rule == "before" and (group := GROUP_IN_PLACE.search(sentence, 0,
                                                                       match.start("src"))):
                # "police in the capital announced": the group with its place, as GUIDELINES
                # keeps it, and no person to look for inside it (person_in below)
                source = apposed = sentence[group.start():match.end("src")]
            if rule == "before" and not unnamed_head and (
                    ing_modifier(sentence, match) or noun_cue(sentence, match)
                    or NAME_AFTER.match(sentence, match.end("cue"))
                    or (PREDICATE.search(sentence, 0, match.start("src"))
                        and not DOCUMENT_BY.search(sentence, 0, match.start("src")))
                    or OPENING_PHRASE.match(match.group("src"))
                    or OPENING_PHRASE.fullmatch(sentence[:match.start("src")])
                    or inside_opening(sentence, match)
                    or (cue.lower().startswith("declar")
                        and DECLARED_ACT.match(sentence, match.end("cue")))
                    or (cue.lower() in ("says", "say", "said")
                        and SAYS_MUCH.match(sentence, match.end("cue")))
                    or (cue.lower() in ("saying", "telling", "adding")
                        and AIMED_AT.search(sentence, 0, match.start("src")))
                    or no_verb_of_saying(sentence, match)):
                continue  # "its statement claiming responsibility": no verb of the sentence;
                # "X is the leading cause of stroke, ..., says Kim", "the chief of Y said"
            stance = (rule == "participle" and cue in object_cues()  # ", expressing his
                      and reports_object(cue, sentence, match.end("cue")))  # support for"
            if rule == "participle" and cue in frame_cues() and not stance and not (
                    FRAME.match(sentence, match.end("cue")) or (
                        cue in BARE_FRAME and BARE_CLAUSE.match(sentence, match.end("cue")))):
                continue  # "... and predicted a storm": no report without its clause
            if (rule == "before" and cue.lower() in conditional_cues()
                    and not reporting_frame(match)
                    and not reports_object(cue, sentence, match.end("cue"))
                    and not _after_quote(sentence, match.start("src"))
                    and not closing_frame(sentence, match)):
                continue  # "wrote in 1954" is a frame only after a quotation: “...,” X wrote;
                # "welcomed guests" is no report, "welcomed the decision" is
            if (rule == "before" and source.lower() in places()
                    and _SAID_BY_BODY.search(sentence, match.end("cue"))):
                continue  # "Kuwait yesterday confirmed 12 new cases, said the Health Ministry"
            if rule == "before" and (clause := _CLAUSE_OPENING.match(sentence)) and (
                    match.end("cue") <= clause.end() and _CLOSING_NAME_SAID.search(sentence)):
                continue  # "As authorities warned ..., teams were ..., Marcos said": his words
            if (rule == "before" and _MODAL_GAP.search(sentence, match.end("src"),
                                                       match.start("cue"))
                    and _CLOSING_SAID.search(sentence)):
                continue  # "the delegation will stress ..., he said": he said it, not they
            if rule == "before" and _ASIDE.fullmatch(sentence, match.end("src"), match.start(
                    "cue")) and sentence[match.end("cue"):].lstrip()[:1].isupper():
                continue  # "... break up the sheen, as well, said Capt. X": a name after it
            if rule == "before" and cue.lower() in _PLURAL_NOUNS and match.group("src").endswith(
                    ("’s", "'s")):
                continue  # "the Trump administration’s claims that": an owner, then a noun
            window = sentence[max(0, start - 110):start]
            capitals = _CAPITALS_BEFORE.search(sentence, max(0, start - 80), start) if (
                rule == "before" and (" than " in window or " with " in window
                                      or " of " in window)) else None
            if capitals and (not_subject := _NOT_SUBJECT.search(
                    sentence, max(0, capitals.start() - 30), capitals.start())) and (
                    not_subject.group().startswith(("than", "Than")) <= (cue.lower() in _EXPECTED)):
                continue  # "later than Fabius had predicted", "a meeting with France's foreign
                # minister expressed", "an official in the office of Minister X told": not X
            if (rule == "before" and cue.lower().startswith("report")
                    and _RELATIVE_END.search(sentence, 0, match.start("src"))
                    and not reporting_frame(match)):
                continue  # "outperformed ..., where it reported a profit": the figure, no report
            if (not source or WHEN_NAME.fullmatch(source) or source.split()[-1] in _JOINING
                    or source.split()[-1].lower() in _HAPPENINGS
                    or (source.lower() in _NO_SOURCE and (opens or source.islower()))
                    or source.split()[0].lower() in _ASKING
                    or (source.split()[-1].lower().strip(".") in _TIME_ZONES
                        and _CLOCK_BEFORE.search(sentence, 0, match.start("src")))):
                continue  # "A report from Monday stated": a day is no source; "With confirmed
                # cases rising": an opening word; "Should I tell him": a question
            if rule == "before" and (outer := PP_SUBJECT.search(sentence, 0, start) or (
                    " at " in sentence[max(0, start - 5):start]
                    and not sentence[match.end("src"):match.start("cue")].strip()
                    and (ROLE_AT.search(sentence, max(0, start - 90), start)
                         or person_at(sentence, start))) or (
                    " for " in sentence[:start]
                    and not sentence[match.end("src"):match.start("cue")].strip()  # no name set
                    and CLIENT_OF.search(sentence, 0, start))):  # off by commas after it
                source = apposed = outer.group("np")  # "a security guard present during the
                # attack told Reuters": the guard, not the attack
            if not apposed:
                source = person_in(sentence, match, "inverted" if rule == "came" else rule,
                                   source)  # "by Kuwait's envoy ..., Ambassador Jamal X"
            if relative := RELATIVE_SUBJECT.search(source):
                source = relative.group("pronoun")  # "two executives at the bank that it said
                # were involved": the relative clause's subject
            kind = "pronoun" if _EPITHET.fullmatch(source) else source_kind(source)
            if (kind == "person" and source.lower() in ROLE_NOUNS
                    and sentence[:match.start("src")].rstrip().endswith(":")):
                kind = "group"  # "Flooding from Florence: Mayor tells thousands to evacuate":
                # the mayor the article names
            if rule == "dash-signed" and source.startswith("Amb"):
                source = "the ambassador"  # "... — Amb.": the ambassador the article names
            if rule in ("role-says", "dash-signed") and source.split()[-1].islower():
                kind = "group"  # "Oil minister says": the minister the article names
            if not unnamed_head and kind != "pronoun" and rule != "from-document" and (
                    not noun_phrase_source(source, cue if rule != "inverted" else "")):
                continue  # (the rule's own pattern ends its source with a document's noun)
            if kind in ("document", "body") and unnamed_evidence(source, cue):
                kind = "vague"
            opening = (_OPENING_GROUP.match(sentence) if kind == "pronoun" and source.lower()
                       == "they" and sentence[start - 2:start] == ", " else None)
            if opening and opening.end() <= start:  # "Researchers from Yale University offer an
                np = opening.group("np")  # explanation: before birth, they say, mammals dream"
                return Finding(cue, np, source_kind(np), "en:opening-group", 0.8)
            if unnamed_head or _UNNAMED_BEFORE.search(sentence, max(0, start - 30), start):
                kind = "vague"  # "Two anonymous Pentagon officials told": the match began after
            if kind == "vague" or (vague_phrase and vague_phrase.start() <= start + 1) or (
                    start < vague_end and match.start("cue") == vague_cue):
                vague = vague or Finding(cue, source, "vague", f"en:{rule}-vague", 0.7)
                vague_end, vague_cue = max(vague_end, match.end("src")), match.start("cue")
                continue  # a named source found by another rule comes first; "officials" of
                # "forecasters and officials urged" is as vague as the whole
            topic = _AS_FOR.match(sentence) if kind == "pronoun" else None
            named = topic and (topic.group("name") or topic.group("np"))
            if named and (topic.group("name") or re.fullmatch(NAME, named)
                          or named.split()[-1].lower() in ROLE_NOUNS):
                kind = source_kind(named)  # "As for Ambassador of Kuwait to the Netherlands,
                # Ali Al-Dafiri, he praised"; not "As for the economy, he said"
                return Finding(cue, named, kind, f"en:as-for-{kind}", 0.85)
            if kind == "pronoun":
                plural = source.lower() in ("they", "we")
                return Finding(cue, source.lower(), "pronoun", f"en:{rule}-pronoun", 0.82,
                               "pl" if plural else "sg", source.lower() == "she")
            confidence = 0.9 if kind == "person" else 0.85
            return Finding(cue, source, kind, f"en:{rule}-{kind}", confidence)
    if carried and not (relayed or vague):
        source = carried.group("src")  # a paper unnamed ("a local daily") is a vague source
        kind = "vague" if source.split()[0] in ("a", "an") else "body"
        return Finding(carried.group("cue"), source, kind, f"en:relay-tail-{kind}", 0.8)
    return relayed or vague or quote_only_finding(sentence)


def _matches(pattern: re.Pattern[str], sentence: str,
             longest: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
    """Every match, overlapping ones too: when "the interview he said" is no source, "he said"
    inside it still is. With `longest`, each match is followed by the longest match from the
    same word, if there is a longer one."""
    found = pattern.search(sentence)
    while found:
        yield found
        long = longest.match(sentence, found.start()) if longest is not None else None
        if long is not None and long.end("src") > found.end("src"):
            yield long
        found = pattern.search(sentence, found.start() + 1)
