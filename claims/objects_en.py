"""English verbs that report only with the right object after them (resources/cues_object_en.txt):
"expressed concern", "welcomed the decision", "rejected the claims", "described the deal as a
disaster", "called climate change a hoax", "spoke about her ties". The same verbs with another
object are actions: "welcomed guests", "rejected the bill", "called a meeting"."""
from __future__ import annotations

import re
from functools import cache

from claims.lexicon import entries
from claims.words_en import FRAME_GAP, WHEN

_DET = r"(?:(?:the|this|that|these|those|his|her|their|its|our|a|an|any|such|[A-Z][\w\-]*[’']s)\s+)?"
_MODIFIERS = r"(?:[\w’'\-$€£.]+\s+){0,3}?"  # "$165m profit"
_STANCE = ("concerns?|hopes?|regrets?|support|opposition|optimism|pessimism|confidence|frustration|"
           "disappointment|condolences|gratitude|sympath(?:y|ies)|surprise|doubts?|interest|"
           "solidarity|reservations|misgivings|anger|outrage|dismay|shock|sadness|appreciation|"
           "thanks|willingness|desire|s[ck]epticism|alarm|fears?|worr(?:y|ies)|satisfaction|pride|"
           "displeasure|readiness|commitment|wish(?:es)?|unease|disagreement|dissatisfaction|"
           "criticism|objections?|condemnation|approval|disapproval|admiration|respect|"
           "indignation|sorrow|grief|caution|reluctance|openness|hesitation|sentiments?|views?|"
           "stances?|positions?|rejection|backing|denunciation|calls?|demands?|appeals?|"
           "congratulations|greetings|pleasure|happiness|joy|gratefulness")
_OUTCOME = ("decisions?|moves?|announcement|agreements?|deal|news|ruling|reports?|results?|"
            "efforts?|initiatives?|steps?|proposals?|plans?|outcome|vote|statement|resolution|"
            "call|verdict|reforms?|talks|ceasefire|cease-fire|truce|release|return|progress|"
            "developments?|appointment|election|changes?|measures?|polic(?:y|ies)|law|bill|"
            "legislation|approach|commitment|idea|offer|invitation|findings|launch|accord|pact|"
            "treaty|signing|nomination|victory|win|visits?|role|achievements?|cooperation|"
           "relations|ties|partnership")
_SPEECH = ("claims?|idea|notion|accounts?|characteri[sz]ations?|allegations?|accusations?|"
           "criticisms?|reports?|suggestions?|assertions?|arguments?|premise|conclusions?|"
           "findings|assessments?|interpretations?|comparisons?|comments|remarks|statements?|"
           "rumou?rs?|speculation|need|wisdom|legitimacy|validity|accuracy|credibility|motives?|"
           "figures|numbers|estimates?|narrative|version|portrayal|description|theor(?:y|ies)|"
           "assumptions?|logic|fairness|integrity|sentiments?|views?|concerns?|warnings?|"
           "message|rhetoric|talking\\s+points|charges\\s+that|talk")  # "played down talk"
# what is set out in words: "outlined two reasons", "outlined his vision"
_REASONS = ("reasons?|plans?|proposals?|vision|steps|priorities|strateg(?:y|ies)|agenda|case|"
            "positions?|concerns?|details|conditions|demands|arguments?|goals|principles|"
            "objections|grievances|rationale|thinking|views?")
# what is proposed in words: "proposes a set of recommendations", "proposed amendments"
_PROPOSALS = r"(?:recommendations|amendments|solutions|set\s+of\s+recommendations)"
# "as" after the object, but not "as part of", "as well as", "as he spoke", "as of"
_AS = (r"(?:[\w’'.\-]+\s+){1,12}?as\s+(?!(?:part|well|soon|much|many|long|far|if|though|"
       r"a\s+result|he|she|it|they|we|I|you|of|to|his|her|their|its)\b)")
# what the object is called: "a hoax", "the worst deal", "unsubstantiated", "racist"
_COMPLEMENT = (r"(?:an?\s+(?!(?:press|news|emergency|special|meeting|conference|vote|halt|"
               r"timeout|truce|strike)\b)|the\s+(?:most|best|worst|greatest|biggest|first|only)\b|"
               r"[“\"‘]|(?!(?:to|by|for|on|at|in|into|off|up|out|back|from|with|during|after|"
               r"before|about|over|and|or|but|as|when|while|if|because|last|this|that|who|which|"
               r"where|earlier|later|again|today|yesterday|recently|home|involved|located|"
               r"listed|based|named|scheduled)\b)[a-z]+(?:ed|ous|ful|ic|al|ble|ive|ent|ant|less|"
               r"ish|ist)\b(?!\s+(?:in|by|on|at|to|for|with|from)\b))")
_NAMED = (rf"(?:it|him|her|them|this|that|(?:the|his|her|their|its|these|those)\s+[\w’'\-]+"
          rf"(?:\s+[\w’'\-]+)?|(?:Mr\.|Mrs\.|Ms\.|Dr\.)?\s*[A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+)"
          rf"{{0,2}}|(?!(?:an?|in|on|to|up|out|off|back|for|at|into|from|with|by|about|over)\s)"
          rf"[a-z]+\s+[a-z]+)\s+{_COMPLEMENT}")
# a company's figures: "reported first-quarter revenue", "reported a profit of", "reported losses"
_RESULTS = (r"(?:revenues?|sales|earnings|profits?|net\s+income|income|losses|(?:net\s+)?loss|"
            r"results)(?!\s+of\s+(?![$€£¥\d]|(?:US|C|A)\$|(?:about|nearly|almost|roughly|around|"
            r"some|over|more|less|just)\b))")  # not "a loss of power"
# sums and what they are: "reported between $1 billion and $10 billion in liabilities"
_SUM = r"[$€£]\s?\d[\d,.]*(?:\s+(?:million|billion|trillion))?"
_IN_FIGURES = (rf"(?:between\s+)?{_SUM}(?:\s+(?:and|to)\s+{_SUM})?\s+in\s+(?:assets|liabilities|"
               r"debts?|losses|revenues?|sales|profits?|earnings)\b")
# a toll: "reported 27,019 fatalities", "reported more than 300 new cases"
_TOLL = (r"(?:(?:more\s+than|over|about|nearly|almost|some|at\s+least)\s+)?\d[\d,.]*\s+"
         r"(?:million\s+)?(?:new\s+|more\s+|additional\s+)?(?:fatalities|deaths|cases|casualties|"
         r"infections|injuries|dead|customers|subscribers)\b")
# a change in a company's figures: "a 14 percent rise in second-quarter profit"
_CHANGE = (r"(?:(?:an?\s+)?(?:[\d.,]+(?:\s+|-)?(?:percent|per\s+cent|%)\s+)?(?:rise|fall|drop|jump|"
           r"increase|decrease|decline|gain|slump|surge)\s+in\s+(?:its\s+)?(?:[\w\-]+\s+){0,2}"
           r"(?:net\s+)?(?:profits?|revenues?|earnings|income|sales)\b"
           # "Individual states have reported increases in fentanyl-involved overdose deaths"
           r"|(?:increases|decreases|declines|rises|drops)\s+in\s+(?:[\w\-]+\s+){0,3}"
           r"(?:deaths|cases|infections|overdoses|arrests|crimes)\b)")
# "raised alarm about", "sounded the alarm", "raised concerns that": a warning given in words
_ALARM = r"(?:concerns?|alarms?|doubts?|objections?|fears?|worries|red\s+flags?)"
# "voiced on Friday its deep regret": when, between the verb and its object
_WHEN = rf"(?:\s+{WHEN}|\s+(?:also|again|once\s+again|further))?"
# "underlined the critical importance of", "highlighted the need for"
_WEIGHT = r"(?:importance|need|necessity|significance|urgency|centrality|value)"
_OBJECTS = {
    # in any case: a headline in title case writes "Expresses Deep Regret"
    "stance": rf"{_WHEN}\s+(?i:{_DET}{_MODIFIERS}(?:{_STANCE}))\b",
    "outcome": rf"{_WHEN}\s+(?i:{_DET}{_MODIFIERS}(?:{_OUTCOME}))\b",
    "speech": rf"{_WHEN}\s+(?i:{_DET}{_MODIFIERS}(?:{_SPEECH}))\b",
    "reasons": rf"{_WHEN}\s+(?i:{_DET}{_MODIFIERS}(?:{_REASONS}))\b",
    "proposals": rf"{_WHEN}\s+(?:{_DET}{_MODIFIERS}{_PROPOSALS})\b",
    "weight": rf"{_WHEN}\s+(?:the\s+)?{_MODIFIERS}{_WEIGHT}\b",
    "results": rf"{_WHEN}\s+(?:(?i:{_DET}{_MODIFIERS}(?:{_RESULTS}))\b|{_TOLL}|{_CHANGE}|{_IN_FIGURES})",
    "alarm": rf"{_WHEN}\s+(?i:{_DET}{_MODIFIERS}{_ALARM})\b",
    "out": r"\s+out\b(?!\s+of\b)",
    # "pressed the Department of Defense for answers on ...": asked it, a demand
    "answers": r"\s+(?:[\w.’'\-]+\s+){1,7}?for\s+(?:answers|details|information|an\s+explanation|"
               r"clarity|clarification|a\s+response)\b",
    # "defended the initial response", "defends cleanup response", "defended the speed of ..."
    "conduct": rf"{_WHEN}\s+(?i:{_DET}{_MODIFIERS}(?:response|handling|actions?|record|conduct|"
               r"speed))\b",
    # "expects dusty weather to prevail": a forecast, what is expected and what it will do
    "outlook": r"\s+(?:[\w’'\-]+\s+){1,5}?to\s+[a-z]+",
    # "attributed the fall in output to voluntary cuts": what it is put down to
    "cause": r"\s+(?:the|this|that|these|those|its|his|her|their)\s+(?:[\w’'\-]+\s+){0,8}?to\s",
    # "pointed to the existence of a committee", "pointed to the importance of": what was said
    "to": rf"{_WHEN}\s+to\s+(?:the\s+)?{_MODIFIERS}(?:{_WEIGHT}|existence|fact|role|presence|"
          r"possibility|absence|lack|achievements?|progress|efforts|cooperation|relations|"
          r"ties|anniversary|growth|increase|decline|success|developments?|challenges|risks?|"
          r"dangers?|threats?)\b",
    "as": rf"\s+{_AS}",
    # "identified the man as London Phillips", "named the suspect as Bryan Kohberger, 28": who
    # someone is, said
    "identity": r"\s+(?:the|a|an|this|that|his|her|their)\s+(?:[\w’'\-]+\s+){0,4}?as\s+"
                r"(?:[A-Z][a-z]|an?\s+\d)",
    "naming": rf"\s+{_NAMED}",
    "topic": rf"{FRAME_GAP}\s+(?:about|of|out\s+(?:against|about|on|for))\b",
}


@cache
def object_cues() -> dict[str, re.Pattern[str]]:
    """Each verb form with the pattern of the objects after it that make it a report."""
    cues = {}
    for line in entries("cues_object_en"):
        forms, _, kinds = line.partition("|")
        pattern = re.compile("|".join(f"(?:{_OBJECTS[kind]})" for kind in kinds.split()))
        for form in forms.split():
            cues[form] = pattern
    return cues


def reports_object(cue: str, sentence: str, end: int) -> bool:
    """The object after the verb ending at `end` makes it a report."""
    pattern = object_cues().get(cue.lower())
    return pattern is not None and pattern.match(sentence, end) is not None
