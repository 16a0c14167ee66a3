"""English word lists and patterns of the attribution rules: names, noun phrases, source
heads, adverbs, frames. Sources: the development data (GGT, PolNeAR, seeds) and common news usage."""
from __future__ import annotations

from claims.documents_en import DOCUMENTS, ORG_NOUNS

DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
MONTH = (r"(?:Jan(?:uary|\.)|Feb(?:ruary|\.)|March|April|May|June|July|Aug(?:ust|\.)|Sep(?:tember|t?\.)"
         r"|Oct(?:ober|\.)|Nov(?:ember|\.)|Dec(?:ember|\.))")
# between a source and its verb: "Clinton on Monday said", "Wells Fargo just this month announced"
WHEN = (rf"(?:(?:on\s+)?{DAY}(?:\s+(?:morning|afternoon|evening|night))?|(?:in|on)\s+{MONTH}"
        r"(?:\s+\d{1,2})?|(?:(?:earlier|later|late|early)\s+)?(?:this|last|that)\s+(?:week|month|year"
        r"|morning|afternoon|evening|spring|summer|fall|autumn|winter)|yesterday|today|tonight)")
# "Clinton on Monday" is no name: "on" joins names only before a word that is no date
# a name's particles: "Ursula von der Leyen", "Jean de la Fontaine", "Mohammed bin Salman"
PARTICLES = (r"(?:de(?:\s+la)?|van(?:\s+de[nr]?)?|ten|ter|von(?:\s+der)?|al|bin|ibn|da|di|du|del|"
             r"der|le|la)")
# a word of a name: "AT&T" and "S&P" hold an ampersand between capitals
# ("comScore", "eBay", "iRobot": a brand's lower-case opening before a capital)
_NAME_WORD = r"(?:[A-Z]|[a-z]{1,3}(?=[A-Z][a-z]))[\w.’'\-]*(?:&[A-Z][\w.’'\-]*)?"
NAME = (rf"(?:(?:al-|el-)?{_NAME_WORD}(?:\s+(?:of|for|on(?!\s+(?:{DAY}|{MONTH}))|{PARTICLES}|&)?"
        rf"\s*(?:al-|el-)?{_NAME_WORD}){{0,8}})")
DETERMINERS = ("the", "a", "an", "their", "his", "her", "its", "several", "many", "some", "most",
                "other", "both", "all", "few", "another", "one", "two", "three", "four", "five",
                "six")
DET = "|".join(f"[{d[0].upper()}{d[0]}]{d[1:]}" for d in DETERMINERS)
# "the bank", "the police chief of the Dutch city of Utrecht": its head is the word before "of"
# "the U.S. government": a modifier may be initials with their stops
# or a firm's name with its abbreviation or "&": "a Warner Bros. spokesperson", "a Procter &
# Gamble spokesperson"
THE_NP = (rf"(?:{DET})\s+(?:(?:(?:[A-Z]\.){{2,3}}|[\w\-’']+|[A-Z][a-z]{{1,4}}\.|&)\s+){{0,3}}?[\w\-’']+"
          rf"(?:\s+of\s+(?:the\s+)?(?:[\w\-’']+\s+){{0,3}}?[\w\-’']+){{0,2}}")
# verbs of saying that are no nouns: after them any noun phrase is a source ("the bank said")
PLAIN_SAYING = {"said", "says", "told", "added", "explained", "stressed", "emphasized", "emphasised",
                 "insisted", "argued", "warned", "asked", "replied", "wrote", "tweeted"}
# "Clinton's team", "Connecticut's tax commissioner"
NOUN = (r"(?!(?:also|later|then|now|has|had|have|would|will|previously|recently|just|once|and|or|"
        r"but|is|are|was|were|to|of|in|on|at|for|the|a|an|that|which|who|"
        r"said|says|told|added|noted|wrote)\b)[a-z][\w\-]*")  # "Christie's said": no owned noun
# "Turkey's official Anadolu news agency": names may stand among the words after the owner
OWNED_NP = (rf"(?!(?:It|That|There|What|Here|He|She|Who)[’']s\b)"  # "It’s possible both parties"
            rf"(?:[A-Z][\w\-]*\s+){{0,2}}[A-Z][\w\-]*[’']s\s+(?:(?:{NOUN}|[A-Z][\w\-]*)\s+){{0,3}}"
            rf"{NOUN}")
# "Police officials said", "Federal and state officials said"
GROUP_HEADS_BARE = (r"officials|members|leaders|lawmakers|legislators|prosecutors|investigators|"
                    r"attorneys|lawyers|staff|keepers|"  # "Defense attorneys argued", "animal
                    # care staff said"
                    r"researchers|scientists|economists|doctors|advocates|activists|residents|"
                    r"protesters|supporters|voters|workers|executives|coaches|players|"
                    r"attendants|pilots|nurses|teachers|employees|passengers|parents|students|"
                    r"deputies|troopers|detectives|firefighters|authorities|agencies|co-founders|"
                    r"founders|organizers|organisers|"
                    r"representatives|spokespeople|relatives|"  # "family representatives confirm"
                    r"plaintiffs|defendants|bosses")  # "the named plaintiffs allege", "studio
# bosses are insisting"
# "Democratic lawmakers", "state and local officials"; not "... came as officials"
_GROUP_WORD = (r"(?!(?:as|when|where|while|because|if|that|which|who|whom|and|or|but|to|of|in|"
               r"on|at|for|by|with|the|is|are|was|were|has|have|had|after|before|since|than)\b)"
               r"[A-Za-z][\w\-]*")
BARE_GROUP = (rf"(?:police|prosecution|prosecutors|leadership|management|authorities|officials|"
              rf"investigators|"  # "The plane crashed a minute after takeoff, investigators said"
              rf"plaintiffs|defendants|"  # "In a class action filed in Seattle, plaintiffs allege"
              rf"organizers|organisers|"  # "..., organizers said Wednesday"
              rf"(?:{_GROUP_WORD}\s+(?:and\s+)?){{1,3}}(?:{GROUP_HEADS_BARE}))")
# words that show a run before a cue is no noun phrase ("in the interview he said")
NOT_IN_NP = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "these",
              "those", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does",
              "did", "will", "would", "can", "could", "should", "may", "might", "not", "there",
              "here", "when", "where", "if", "because", "as", "than", "what", "how", "why", "and",
              "to", "or", "but", "after", "before", "since", "until", "during", "while",
              "although", "though", "unless"}
# the longest one: up to five words, none a verb or a clause's opening word
_NP_WORD = (r"(?!(?i:" + "|".join(sorted(NOT_IN_NP | {"never", "also", "by", "in", "on", "at", "for"}))
            + r")\b)[\w\-’']+")
THE_NP_LONG = (rf"(?:{DET})\s+(?:{_NP_WORD}\s+){{0,4}}{_NP_WORD}"
               rf"(?:\s+of\s+(?:the\s+)?(?:{_NP_WORD}\s+){{0,3}}{_NP_WORD}){{0,2}}"
               # "the former secretary of state and current Democratic presidential nominee"
               rf"(?:\s+and\s+(?!(?:{DET})\s)(?:{_NP_WORD}\s+){{0,3}}{_NP_WORD})?")
PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)"
# how a source spoke: "aggressively attacked", "sharply criticized"; not the nouns in -ly ("the
# Clinton family said")
_MANNER = r"(?!(?:family|assembly|rally|supply|monopoly|anomaly|bully|belly|folly|homily)\b)[a-z]{3,}ly"
ADVERBS = (r"(?:(?:also|has|had|have|further|then|later|earlier|previously|once|recently|repeatedly|just|"
            r"here|"  # "the transport ministry here said": the place of a dateline
            r"would|will|has\s+long|now|often|again|still|already|publicly|privately|quickly|"
            r"did(?=\s+(?:say|tell|add|mention|note|confirm|acknowledge|admit|go\s+on)\b)|"
            r"himself|herself|themselves|"  # "Rood did say that", "Allen himself said"
            r"immediately|frequently|similarly|never|always|first|all|both|next|"  # "TURN next claims"
            r"(?:went|goes|go)\s+on\s+to|"
            r"took\s+the\s+(?:chance|opportunity|occasion)\s+to|"  # "took the chance to thank"
            r"took\s+to\s+(?:social\s+media|Twitter|Instagram|Facebook|X)(?:\s+[A-Z][a-z]+day)?"
            r"\s+to|"  # "the actress took to social media Thursday to confirm the news"
            r"(?:was|were)\s+(?:the\s+)?(?:first|last)\s+to|"  # "Lamb was first to say"
            r"(?:wants|wanted|wishes|wished)\s+to(?=\s+(?:clarify|stress|emphasi[sz]e|reiterate|"
            r"assure|state|make\s+clear)\b)|"  # "The Commission wants to clarify that"
            + _MANNER + "|" + WHEN +
            r"|(?:is|are|was|were)(?=\s+(?:\w+\s+)?\w+ing\b))\s+)*")  # "is now saying": a form of be
# only before a verb in -ing
QUOTES = "\"“”«»"
# a lower-case word of a role before a name ("said economist Philip Cross"), not a function word
LOWER_WORD = (r"(?!(?:that|which|who|whom|if|whether|to|and|or|but|in|on|at|for|of|by|with|as|via"
               r"|it|he|she|they|we|is|was|has|had)\b)[a-z][\w\-]*(?:[’']s)?")  # "ministry’s"
# "Heart and Stroke senior manager Erin Kim": an organisation, a lower-case role, then the name
# (not "Nicholson in an Aug. 28 email")
# "Surrey Mayor Doug McCallum", "UAW Local 402 boss Charlie Hayden": whose role, the role, the name
# "Audubon Nature Institute President and CEO Ron Forman": two titles joined before the name
_TITLE_PAIR = (rf"(?:[A-Z][\w.’'\-]*\s+){{0,5}}(?:President|Chairman|Chairwoman|Chair|Founder|"
               rf"Director|Publisher)\s+and\s+(?:CEO|Chief\s+Executive(?:\s+Officer)?|Founder|"
               rf"President|Chairman|COO|CFO|Editor)\s+{NAME}")
# "Samsung president of mobile communications business DJ Koh": a head of what, then the name
_HEAD_OF = (rf"{NAME}\s+(?:president|head|chief|director|manager|minister|secretary)\s+(?:of|for)"
            rf"(?:\s+{LOWER_WORD}){{1,4}}\s+{NAME}")
ROLE_NAME = (rf"(?:{_TITLE_PAIR}|{_HEAD_OF}|{NAME}(?:\s+\d+)?(?:\s+(?:and|&)\s+{NAME})?"
             rf"(?:\s+{LOWER_WORD}){{1,3}}\s+{NAME})")
PARTY = r"(?:\s*\([^()]{1,40}\)(?:\s*\([^()]{1,40}\),)?)?"  # "Rep. Gwen Moore (D-Wis.) said", "Aceragen, Inc.
# (the “Company”) (Nasdaq: ACGN), announced": two in a press release, and the comma after them
VAGUE_HEADS = {"sources", "source", "observers", "critics", "analysts", "experts", "reports",
                "some", "many", "others", "insiders", "people", "person", "officials familiar",
                "forecasters", "meteorologists", "user", "users", "reader", "readers", "viewers",
                "commenters", "economists", "activists", "campaigners", "seismologists",
                "scientists",
                # people of a place or a trade, none named: "Neighbors tell FOX40 ...", "Engineers
                # determined that ..."
                "neighbors", "neighbours", "locals", "villagers", "onlookers", "bystanders",
                "eyewitnesses", "witnesses", "engineers", "biologists", "commuters", "shoppers",
                "passersby",
                # a service's users, none named: "some San Antonio Spectrum customers said"
                "customers", "subscribers", "consumers"}
GROUP_HEADS = {"participants", "sides", "parties", "officials", "police", "members", "leaders",
                "prosecution", "prosecutors", "authors", "leadership", "management",
                "delegates", "organizers", "organisers", "residents", "protesters", "ministers",
                "both", "two", "coaches", "players", "authorities", "deputies", "troopers",
                "investigators", "detectives", "agencies", "staff", "keepers", "attorneys",
                "lawyers", "co-founders", "founders", "inspectors", "representatives",
                "spokespeople", "relatives", "plaintiffs", "defendants", "bosses"}
DOCUMENT_HEADS = {*DOCUMENTS, "bureau", "ministry", "office", "agency", "government",
                   "commission", "council", "department", "committee", "company", "court",
                   "organization", "organisation", "union", "campaign", "party", "university"}
# Heads of common-noun sources that can stand before a cue ("the ministry said", "a spokesperson told").
SOURCE_NOUNS = {
    "spokesperson", "spokesman", "spokeswoman", "minister", "official", "president", "mayor",
    "premier", "chief", "director", "ceo", "chair", "chairman", "secretary", "leader", "lawyer",
    "attorney", "prosecutor", "judge", "professor", "researcher", "scientist", "author", "authors",
    "doctor",
    "expert", "analyst", "economist", "coach", "manager", "owner", "founder", "representative",
    "senator", "governor", "candidate", "campaign", "ambassador", "coordinator", "commissioner",
    "source", "sources", "person", "witness", "witnesses", "resident", "residents", "victim",
    "family",
    "mother", "father", "daughter", "son", "wife", "husband", "statement", "report", "study",
    "poll", "survey", "letter", "petition", "document", "release", "lawsuit", "suit", "complaint",
    "ruling",
    "decision", "board", "ministry", "government", "agency", "bureau", "office", "department",
    "press-centre", "press-center", "press-service",  # "reported the press-centre of FAS Russia"
    "company", "firm", "police", "union", "group", "organization", "organisation", "court",
    "operator", "manufacturer", "developer", "maker", "producer", "couple", "pair",
    "actress", "actor", "singer", "rapper", "athlete",
    "council", "committee", "commission", "party", "officials", "participants", "sides", "parties",
    "members", "member", "trustee", "trustees", "leaders", "delegate", "delegates", "envoy",
    "co-founder", "co-founders", "founders", "inspector", "inspectors", "investigator",
    "investigators", "regulators", "auditors",
    "diplomat", "delegation",
    "meteorologist", "forecaster", "sheriff", "coroner", "marshal",
    "organizers", "organisers", "protesters", "ministers",
    "critics", "analysts", "experts", "observers", "reports", "website", "newspaper", "paper",
    "nominee", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "staff", "staffer",
    "agent",
    "strategist", "pollster", "lawmaker", "lawmakers", "congressman", "congresswoman", "host",
    "anchor", "reporter", "journalist", "columnist", "editor", "historian", "activist",
    "activists", "advocate", "advocates", "opponents", "supporters", "officer", "officers",
    "executive", "executives", "head", "administration", "commissioner", "regulator",
    "regulators", "justice", "jury", "panel", "network", "magazine", "journal", "transcript",
    "general", "city", "county", "town", "district", "institute", "foundation", "coalition",
    "center", "centre", "defendant", "defendants", "accused", "suspect", "suspects", "lawyers",
    "attorneys", "prosecutors", "prosecution", "defense", "defence", "plaintiff", "plaintiffs",
    "zoo", "aquarium", "museum", "facility", "school", "keeper", "keepers", "zookeeper",
    "zookeepers", "crew", "crews",  # "the New Orleans facility announced", "The zoo announced
    # the birth", "The ship’s crew reported there were"
    *ORG_NOUNS,
}
LEADING = {"but", "and", "so", "then", "yet", "however", "meanwhile", "still", "now", "also",
            "in", "on", "at", "after", "when", "while", "as", "though", "although", "because",
            "rather", "instead", "indeed", "later", "earlier", "today", "yesterday", "again",
            "even", "thus", "moreover", "furthermore", "additionally", "notably", "accordingly",
            "hence", "therefore", "consequently", "likewise", "similarly", "besides",
            "nonetheless", "nevertheless", "subsequently", "separately"}

# what may stand between a verb and its "that": "reported Saturday that", "pointed out that",
# "noted at the time that", "wrote on Twitter that", "reported shortly before 5 p.m. that",
# "revealed late Aug. 29 that"
FRAME_GAP = (r"(?:\s+(?:out|up|on|at|in|last|this|earlier|late|early|the|a|an|time|Twitter|"
              r"Facebook|week|month|year|morning|afternoon|evening|night|interview|statement|"
              r"shortly|just|around|before|after|\d{1,2}(?::\d{2})?(?:[ap]m)?|[ap]\.m\.|[a-z]{3,}ly|"
              rf"[A-Z][a-z]+day|{MONTH}|to\s+(?:reporters|me|us|him|her|them)"
              # "claims in its suit that", "argues in their court filing that"
              r"|its|his|her|their|suit|lawsuit|complaint|court\s+filing|filing))*")

EVIDENCE = {"show", "shows", "showed", "find", "finds", "found", "indicate", "indicates",
             "indicated", "suggest", "suggests", "suggested", "reveal", "reveals", "revealed"}

EVIDENCE_SUBJECTS = {"poll", "polls", "survey", "surveys", "study", "studies", "analysis",
                      "report", "data", "figures", "numbers", "average", "records", "transcript",
                      "research", "review", "audit", "census", "documents", "results", "tallies",
                      "tally", "statistics", "estimates"}  # "..., NGB tallies showed."

HEADLINE_VERBS = {"says", "say", "said", "tells", "told", "warns", "warn", "urges", "urge", "urged",
                   "slams",
                   "blasts", "insists", "admits", "denies", "vows", "accuses", "defends",
                   "praises", "calls", "shows", "finds", "suggests", "argues", "claims", "asks",
                   "predicts", "pledges", "rips", "touts", "questions", "responds", "explains",
                   "denied", "expresses", "expressed", "voices", "condemns", "condemned",
                   "welcomes", "welcomed", "stresses", "affirms", "reaffirms", "announces",
                   "announced", "confirms", "confirmed", "rejects", "reiterates", "hails",
                   "underlines", "criticizes", "criticises", "demands", "reveals",
                   # plural subjects: "Health Officials Confirm First 2 Cases"
                   "confirm", "announce", "deny", "admit", "reveal", "insist", "vow"}

UNNAMED_ONE = {"aide", "official", "source", "person", "insider", "someone", "member", "staffer",
                "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "officer",
                "witness", "eyewitness"}

# between a source and its verb: ", an associate professor at New York University School of Law,"
# (one or two comma clauses) or "-- co-editor of Debating The Donald, a book ... --"
APPOSITION = (r"(?:(?:,\s+[^,\"“”«»]{1,200}){1,3},|\s+(?:--|—|–)\s+[^—–\"“”«»]{1,160}?"
              r"\s+(?:--|—|–))?")

# a word that tells the reader to do something, never a name: "Take, for example, CEO X, ... saying"
_NO_ORDER = r"(?!(?:Take|Consider|Look|Imagine|Remember|Note)\b)"
# a source noun phrase at a word boundary: "Clinton's team", a name, "the bank", "police officials",
# a pronoun. Each starts with a letter; the lookahead lets the engine skip other places at once
SOURCE_NP = (rf"(?=[A-Za-z])(?<![’'])\b(?P<src>{OWNED_NP}"  # not the "s" of "automaker’s"
             rf"|(?!(?:The|A|An|His|Her|Its|Their)\s){_NO_ORDER}{NAME}|{THE_NP}"
             rf"|{BARE_GROUP}|{PRONOUN})")

# words that no person's name holds: a place, a body, a heading (claims.people_en)
NOT_PERSON = {
    "with", "against", "without", "over", "after",  # a heading: "Joining Forces With China"
    "day", "cup", "province", "street", "avenue", "lake", "river", "county", "city", "island",
    "islands", "indies", "coast", "shore", "valley", "park", "road", "north", "south", "east",
    "west", "canada", "canadian", "america", "american", "states", "kingdom", "tour", "league",
    "games", "award", "awards", "act", "bill", "program", "project", "news", "press", "star",
    "post", "times", "herald", "sun", "mail", "globe", "hospital", "bridge", "bay", "centre",
    "center", "school", "college", "university", "institute", "party", "council", "committee",
    "department", "ministry", "agency", "association", "board", "company", "inc", "ltd", "corp",
    "co", "group", "bank", "court", "house", "hall", "office", "government", "police", "service",
    "services", "foundation", "union", "network", "club", "team", "church", "airport", "station",
    "square", "mountain", "mountains", "ocean", "sea", "world", "open", "championship", "read",
    "more", "continued", "below", "related", "watch", "photo", "video", "new", "york", "british",
    "home",  # a breadcrumb: "Home Travel Flybe flights cancelled"
    "forest", "national", "canyon", "southern", "northern", "western", "eastern",  # "The
    # Angels National Forest is ..., he said": a place, no "he"
    "administration", "authority", "commission", "bureau",  # "(Food and) Drug Administration"
    "font", "size",  # a page's "Font Size:" control
    "protocol", "accord", "accords", "treaty", "pact", "convention", "agreement",  # "Kyoto Protocol"
    "examiner", "tribune", "gazette", "chronicle", "inquirer", "courier", "telegraph", "dispatch",
    "bulletin",  # a paper: "the Washington Examiner"
    "columbia", "ontario", "quebec", "alberta", "scotia", "brunswick", "manitoba", "saskatchewan",
    "democrat", "democrats", "republican", "republicans", "liberal", "liberals", "conservative",
    "conservatives", "january", "february", "march", "april", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "trail", "highway", "drive", "stadium", "arena", "plaza",
    "conference", "briefing", "summit", "forum",  # "Livingston Pre-Match Media Conference"
    "shuttle", "rocket", "capsule", "spacecraft", "satellite", "telescope", "system",  # "aboard
    # the Space Shuttle program. “We scrubbed four times,” he said": a craft, no "he"
    # a ministry's field: "Minister of Social Affairs", "Minister of State for Economic Affairs"
    "affairs", "finance", "interior", "defence", "defense", "economy", "education", "services",
    "information", "tourism", "transport", "environment", "agriculture", "energy", "health",
    # a clock time: "3:20 AM EST"
    "am", "pm", "gmt", "utc", "est", "edt", "pst", "pdt", "cst", "cdt", "bst", "cet",
}
