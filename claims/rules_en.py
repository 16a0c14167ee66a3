"""The patterns of the English attribution rules (claims.attribution_en): a source before its
verb ("X said"), after it ("said X", "..., said X in an interview"), a statement released, a
passive report ("was announced by X"), a quotation after "For X", and the words each rule needs
in a sentence before it is tried."""
from __future__ import annotations

import re
from functools import cache

from claims.before_en import all_cues
from claims.lexicon import alternation
from claims.objects_en import object_cues
from claims.words_en import (
    ADVERBS,
    APPOSITION,
    BARE_GROUP,
    LOWER_WORD,
    NAME,
    PARTY,
    PRONOUN,
    QUOTES,
    ROLE_NAME,
    SOURCE_NP,
    THE_NP,
    THE_NP_LONG,
    WHEN,
)

# what may follow the source of ", said X": when and where it was said ("said Smith in an
# interview", "said Smith on Tuesday"), who an unnamed source is ("said two people familiar
# with the talks") or what one is of ("said Capt. Paul Hamdorf of the Department of Fish and
# Game"), up to the sentence's end or the next comma
INVERTED_TAIL = (r"(?:\s+(?:in|on|at|of|during|after|before|to|from|via|with|while|when|last|this|"
                 r"earlier|later|late|early|yesterday|today|tonight|close\s+to|familiar\s+with|"
                 r"briefed\s+on|involved\s+in|knowledgeable\s+about|[A-Z][a-z]+day)\b"
                 rf"[^,;:{QUOTES}]{{0,80}}?"
                 r"|\s+who\s+(?:also\s+)?[a-z]+ed\b[^;]{0,240}?"  # "said the Ambassador who
                 # affirmed that ..."; "said its chairman Mohd Hashim Abdullah (picture)."
                 r"|\s+\((?:picture|pictured|pic|photo|file photo)\))?")
# "Cooper had a stern warning for coastal residents: ..."
# the roles a headline names its speaker by
_HEADLINE_ROLE = (r"(?:minister|official|ambassador|envoy|chief|governor|spokesman|spokeswoman|"
                  r"spokesperson|director|chairman|mayor|leader|head)")
# the roles and bodies that sign a headline after its dash ("... - Kuwait minister", "... - coast
# guard"): a sentence ending in one may be attributed
SIGNED_ROLES = ("minister", "official", "ambassador", "envoy", "chief", "Amb.", "Amb", "coast guard",
                "police", "ministry", "military", "army", "government", "officials")
HAD_FOR = re.compile(r"had\s+(?:a|an|this|one|some)\s+(?:[a-z]+\s+)?(?:message|warning|words?|"
                     r"advice|reminder)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?for")  # "had a stark
# warning Saturday for residents"


@cache
def _cue_alternation(objects: bool = False) -> str:
    return alternation(all_cues() | frozenset(object_cues()) if objects else all_cues())


# "..., said analysts at Barclays.": analysts named by their firm
_AT_FIRM = rf"(?:analysts?|economists?|strategists?)\s+(?:at|from|with)\s+{NAME}"


# where the source said it, between the source and its verb: "Officials in a release say", "The
# ministry in a statement said"
_IN_DOCUMENT = (r"(?:\s+(?:in|via)\s+(?:a|an|its|their|the)\s+"
                r"(?:(?:news|press|written|joint|brief)\s+)?(?:statement|release|post|letter|email|tweet))?")


def _before(source: str) -> re.Pattern[str]:
    pattern = (rf"{source}{PARTY}{_IN_DOCUMENT}{APPOSITION}\s+{ADVERBS}"
               rf"(?P<cue>{_cue_alternation(True)})"
               rf"\b(?!-)(?P<after>.{{0,60}})")
    # A name's word and an apposition's words are taken whole (possessive): what follows them
    # here is a space, a bracket or a comma, none of which they hold, so giving back letters
    # never made a match, only slowed the search of every sentence that has none.
    # The fewest comma clauses first: "Jesse Gunn, candidate, commented ..., adding" is his
    # comment, not an "adding" three clauses on.
    return re.compile(pattern.replace(r"[\w.’'\-]*", r"[\w.’'\-]*+")
                      .replace("{1,200}", "{1,200}+").replace("){1,3},", "){1,3}?,"))


@cache
def rule_patterns() -> dict[str, re.Pattern[str]]:
    cue = _cue_alternation()
    source = SOURCE_NP
    return {
        # "This came in a speech delivered by Sheikha Jawaher during a meeting": who spoke the
        # words of the sentence before
        "came": re.compile(
            r"^\W*(?:This|That|It|The\s+(?:remarks?|statements?|announcement))\s+"
            r"(?:came|was\s+made|were\s+made)\s+in\s+(?:a|an|the|his|her)\s+(?:[a-z]+\s+)?"
            r"(?P<cue>speech|statement|address|interview|press\s+conference|remarks|letter|"
            r"message|lecture|briefing)\s+(?:(?:delivered|made|given|issued|released|sent)\s+)?"
            r"by\s+(?P<src>[^.;]{2,240}?)"
            r"(?=\s+(?:during|before|while|on|at\s+(?:a|an|the))\s|[.;]|$)"),
        # a headline in sentence case: "Acting Kuwaiti oil minister says OPEC+ move will ..."
        "role-says": re.compile(
            rf"^\W*(?P<src>[A-Z][\w’'\-]*\s+(?:[A-Za-z][\w’'\-]*\s+){{0,2}}?{_HEADLINE_ROLE})"
            r"\s+(?P<cue>says|warns|urges|denies|insists|predicts|vows)\b"),
        # the speaker signed after a dash at the end of a headline: "OPEC cuts exceed targets –
        # Kuwait minister", "... — Amb."
        "dash-signed": re.compile(
            rf"\s(?P<cue>[–—-])\s+(?P<src>(?:[A-Z][\w’'\-]*\s+){{1,3}}{_HEADLINE_ROLE}|Amb\.?"
            r"|(?:[a-z]+\s+)?(?:coast\s+guard|police|ministry|military|army|government|officials?))"
            r"\s*$"),  # a wire's "... missing after South Korea ferry sinks - coast guard"
        # "Treasury also issued an advisory warning shipping firms against ...", "published
        # notices informing US importers that": what the advisory, notice, letter or tweet
        # warns of, urges or announces is the issuer's (tried after "before": "UPS said ...,
        # after the government sent a notice warning of" is UPS's)
        "advisory": re.compile(
            rf"{source}{PARTY}{APPOSITION}\s+{ADVERBS}(?P<cue>(?:issued|released|sent(?:\s+out)?|"
            rf"published|posted|put\s+out)\s+(?:an?\s+|a\s+(?:series|number|string)\s+of\s+)?"
            rf"(?:\w+\s+)?(?:advisory|advisories|alerts?|warnings?|notices?|bulletins?|letters?|"
            rf"tweets?|posts?|messages?|emails?|memos?))"
            rf"(?=(?:\s+(?:(?:on|this|last)\s+\w+|to\s+(?:\w+\s+){{0,2}}?\w+))?"  # "a letter to parents"
            rf"\s+(?:warning|urging|advising|telling|asking|identifying|calling\s+on|announcing|"
            rf"informing|notifying|saying|stating)\s)"),
        # "The agency released preliminary data on Wednesday, showing that ...": what its
        # figures show is the publisher's
        "released": re.compile(
            rf"{source}{PARTY}{APPOSITION}\s+{ADVERBS}(?P<cue>(?:released|published|issued|put\s+out)"
            rf"\s+(?:(?:a|an|the|its|their|new|preliminary|provisional|final|latest|annual|"
            rf"quarterly|monthly|weekly)\s+){{0,2}}(?:[\w\-]+\s+){{0,2}}?(?:data|figures|report|"
            rf"study|survey|poll|numbers|statistics|estimates))(?=[^.;:]{{0,80}}?,?\s+(?:showing|"
            rf"indicating|finding|revealing|suggesting|that\s+(?:shows|showed|finds|found|"
            rf"indicates|suggests|reveals))\s)"),  # "released a new national poll ... that shows"
        # "Reid Park Zoo is deeply saddened to announce the death of": its announcement
        "to-announce": re.compile(
            rf"{source}{PARTY}\s+(?:is|are|was|were)\s+(?:deeply\s+|very\s+|so\s+)?(?:saddened|"
            rf"pleased|proud|delighted|excited|happy|sad|sorry|thrilled|honored|honoured)\s+to\s+"
            rf"(?P<cue>announce|report|share|confirm)\b"),
        "statement": re.compile(
            rf"{source}{PARTY}{APPOSITION}\s+{ADVERBS}"
            rf"(?P<cue>(?:released|issued|published|put out|made)"
            rf"\s+(?:an?|the\s+following)\s+(?:(?:written|joint|brief|official|public)\s+)?"
            rf"statement"
            rf"|made\s+the\s+announcement"  # "X made the announcement Wednesday"
            # "X also issued the following message on Tuesday afternoon: ...": what follows
            rf"|(?:issued|released|posted|sent)\s+the\s+following\s+(?:message|notice|update|"
            rf"advisory|alert)(?=[^.:;]{{0,60}}:)"
            # "Cooper had a stern warning for coastal residents: ..."
            rf"|{HAD_FOR.pattern})"),
        # a lead-in that ends in a colon before the words: "The manager spoke to the press on
        # Thursday and started by giving an update on the injuries:"
        "lead": re.compile(
            rf"{source}{PARTY}{APPOSITION}\s+{ADVERBS}(?P<cue>spoke|speaks|talked|talks|"
            rf"(?:was|has\s+been)\s+speaking)\s+(?:to|with)\s+(?:the\s+)?(?:press|media|"
            rf"reporters|journalists)\b[^.;{QUOTES}]*:\s*$"),
        # "“Shocking and adorable” is how eyewitness Brenda Grilli described it": the quoted
        # words are hers
        "how": re.compile(
            rf"[{QUOTES}’]\s+(?:is|was)\s+how\s+(?:[a-z][\w\-]*\s+){{0,3}}(?P<src>{NAME})\s+"
            rf"(?P<cue>described|put\s+it|summed\s+(?:it\s+)?up|characteri[sz]ed|explained)\b"),
        # "Overall, Bradley sounded optimistic: “...”": a person, a few words on how, a colon,
        # then the words
        "colon-quote": re.compile(
            rf"(?:^|[,;]\s+)\W*(?P<src>{NAME}|{PRONOUN}){APPOSITION}\s+(?P<cue>[a-z][\w\-’']*)"
            rf"(?:\s+[a-z][\w\-’']*){{0,4}}:\s*[{QUOTES}]"),
        # "Weir chief executive Keith Cochrane, said: “...”": a stray comma before the verb
        "comma-colon": re.compile(rf"(?P<src>{NAME}),\s+(?P<cue>said|says|added):"),
        # "And the coach began his speech by saying, “...”": who began is who said it
        "by-saying": re.compile(
            rf"{source}{PARTY}{APPOSITION}\s+{ADVERBS}(?:began|begins|started|starts|opened|"
            rf"opens|ended|ends|closed|closes|concluded|concludes|finished|finishes)\s+"
            rf"(?:(?:his|her|their|its|the)\s+(?:[\w\-]+\s+){{0,2}})?by\s+(?P<cue>saying|"
            rf"telling|stressing|noting|insisting|thanking|asking|warning|complaining)\b"),
        # "Musk was also cited by Bloomberg as saying", "X is quoted as telling"
        "quoted": re.compile(
            rf"{source}{PARTY}{APPOSITION}\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?"
            rf"(?:cited|quoted)\b[^.;\"“”]{{0,60}}?\bas\s+(?P<cue>saying|telling|writing)\b"),
        # "Bloomberg quotes Brian Yarbrough, analyst at Edward Jones, saying": the one quoted
        "quotes": re.compile(
            rf"\b(?:quotes|quoted|cites|cited)\s+(?:(?!(?:in|at|of|from|on|for)\s)[a-z]+\s+){{0,3}}?"
            rf"(?P<src>{NAME})"
            rf"(?:,[^,;\"“”]{{1,80}},)?\s+(?:as\s+)?(?P<cue>saying|telling|writing)\b"),
        "before": _before(source),
        # the same without bare groups, for the many sentences with no group's head noun
        "before-nameonly": _before(source.replace(f"|{BARE_GROUP}", "")),
        # the longest noun phrase from the same word, tried when the shortest is no source: "The
        # New York state attorney general is confirming that" (not "The New York state")
        "before-long": _before(rf"\b(?P<src>{THE_NP_LONG})"),
        # "Cruz called Trump a “pathological liar”", "Ham described Clinton as “a politician”":
        # naming something in quoted words is a report of them
        "naming": re.compile(
            rf"{source}{PARTY}(?:,\s+[^,{QUOTES}]{{1,120}},)?\s+{ADVERBS}(?P<cue>called|calls|"
            rf"calling|described|describes|describing|dubbed|dubs|labell?ed|branded|"
            rf"referred\s+to|refers\s+to)\s+"
            rf"(?:[\w’'.\-]+\s+){{0,10}}?(?:as\s+)?(?:an?\s+)?[{QUOTES}‘]"),
        # a quotation signed after a dash, as in collected reader comments: “...” ― Carla Sanchez
        # '"..."— Justice Kennedy, delivering the court opinion': how he wrote it may follow
        "signed": re.compile(rf"[{QUOTES}]\s*(?P<cue>[―—–])\s*(?P<src>{NAME})(?:,?\s+(?:delivering|"
                             rf"writing|speaking)\b[^{QUOTES}]{{0,60}})?\.?\s*$"),
        # "From the published notice, “...”", "In a statement: “...”": the document whose
        # words the quotation gives
        "from-document": re.compile(
            rf"^\W*(?:From|In)\s+(?P<src>(?:the|a|an|its|his|her|their)\s+(?:[\w\-’']+\s+){{0,3}}?"
            rf"(?:notice|statement|release|letter|report|announcement|memo|email|e-mail|post|"
            rf"tweet|filing|complaint|bulletin|advisory|alert|notes?))\s*[,:]\s*"
            rf"(?P<cue>[{QUOTES}])"),
        # "..., said Batchelder.", "Said Ellis: ...": the verb before its source, no quotation
        "inverted": re.compile(
            rf"(?:,\s*|^)(?P<cue>[Ss]aid|[Ss]ays|[Aa]dded|[Ww]rote|writes|[Ee]xplained|[Aa]rgued|"
            rf"[Nn]oted|reports|reported)\s+(?!{WHEN}\b)"
            rf"(?P<src>{_AT_FIRM}|{ROLE_NAME}|(?:{LOWER_WORD}\s+){{1,3}}{NAME}|{NAME}|{THE_NP})"
            rf"(?={INVERTED_TAIL}\s*(?:[,.;:]|$))"),
        # "For Jens Laerke, spokesperson for OCHA, “it’s unbearable ...”": whose words follow
        "for": re.compile(rf"^\W*(?P<cue>For)\s+(?P<src>{NAME})(?:\s*\([^()]{{1,60}}\))?"
                          rf"(?:,[^,{QUOTES}]{{1,160}},?)?\s*[{QUOTES}]"),
        # "McConnell, now the Senate majority leader, who in 2010 said the GOP's goal was ...",
        # "Ted Cruz endorses Trump, who says he is honored": the one "who" stands for
        "relative": re.compile(
            rf"(?<!\ba\s)(?<!\ban\s)(?<!\bor\s)(?<!\band\s)"  # not "... or Hispanic, who"
            rf"(?P<src>{NAME})(?:,\s+[^,:;{QUOTES}]{{1,60}})?,\s+who\s+"
            rf"(?:(?:also|later|then|once|earlier|recently|previously|in\s+\d{{4}}|last\s+"
            rf"(?:week|month|year))\s+)*(?:(?:came|went|stepped|took)\s+(?:[a-z]+\s+){{0,3}}and\s+)?"
            rf"(?P<cue>said|says|told|tells|argued|insisted|warned|"  # "..., who came on stage and told"
            rf"wrote|added)\b"),
        # "Ciriaco Tolibao from Ormoc's disaster risk reduction and management office told the
        # agency that": a name opening the sentence, where the person works, then the verb
        "named-at": re.compile(
            r"^\W*(?!(?:The|A|An|In|On|At|For|From|With|As|After|Before|When|While)\s)"
            r"(?P<src>[A-Z][a-z]+(?:\s+[A-Z][\w’'\-]+){1,3})\s+(?:from|of|at|with)\s+"
            rf"[^,.;:{QUOTES}]{{3,80}}?\s+(?P<cue>said|says|told|tells|added|explained|noted)\b"),
        # "This was announced on Sunday night by Prince Sultan", "The death was confirmed by the
        # coroner": the one after "by"
        "passive": re.compile(
            rf"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
            rf"(?P<cue>announced|stated|declared|disclosed|revealed|confirmed|told)\b"
            rf"[^.;{QUOTES}]{{0,60}}?\bby\s+"
            rf"(?P<src>{ROLE_NAME}|(?:{LOWER_WORD}\s+){{1,3}}{NAME}|{NAME}|{THE_NP}|{BARE_GROUP})"),
        "after": re.compile(
            rf"(?:[{QUOTES}!?],?|,[{QUOTES}’']|[.?!]['’](?=\s+said))\s*(?P<cue>{cue})\s+"
            rf"(?P<src>{_AT_FIRM}|{ROLE_NAME}|(?:{LOWER_WORD}\s+){{1,3}}{NAME}|{NAME}|{THE_NP}|"
            rf"{PRONOUN})"),
    }


# what a release shows, which the "released" and "advisory" rules need after their document
WHAT_IT_SHOWS = re.compile(r"\b(?:showing|indicating|finding|revealing|suggesting|identifying)\b")
# what each rule's pattern cannot match without, looked for as plain substrings (str's "in",
# several times faster than one regular expression of them)
NEEDS: dict[str, tuple[str, ...]] = {rule: tuple(parts) for rule, parts in {
    "quotes": ("quotes", "quoted", "cites", "cited"), "came": (" came in ", " made in "),
    "lead": ("spoke", "speak", "talk"), "how": (" is how ", " was how "),
    "by-saying": ("by saying", "by telling", "by stressing", "by noting", "by insisting",
                  "by thanking", "by asking", "by warning", "by complaining"),
    "colon-quote": (": “", ":“", ': "', ':"'),
    "comma-colon": (", said:", ", says:", ", added:"),
    "role-says": (" says ", " warns ", " urges ", " denies ", " insists ", " predicts ", " vows "),
    "dash-signed": (" – ", " — ", " - "),
    "statement": ("statement", "announcement", "message", "warning for", "word for", "following",
                  "words for", "advice for", "reminder for", "day for"),
    "advisory": ("advisory", "alert", "warning", "notice", "bulletin", "letter", "tweet", "post",
                 "message", "email", "memo"),
    "to-announce": (" to announce", " to report", " to share", " to confirm"),
    "released": ("showing", "indicating", "finding", "revealing", "suggesting", "that shows",
                 "that showed", "that finds", "that found", "that indicates", "that suggests",
                 "that reveals"),
    "after": tuple(QUOTES + "!?") + (",'", ",’"),
    "naming": ("call", "describ", "dub", "label", "brand", "refer"),
    "signed": ("―", "—", "–"),
    "inverted": ("aid", "ays", "dded", "rote", "writes", "xplained", "rgued", "oted",
                 "reported", "reports"), "passive": (" by ",), "for": ("For ",),
    "from-document": ("From ", "In "), "relative": (" who ",),
    "named-at": (" from ", " of ", " at ", " with ")}.items()}
