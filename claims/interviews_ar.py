"""Arabic interviews printed as questions and answers: "س - ما رأيك ...؟" then "ج - ليس إلى هذه
الدرجة ..." (س for the question, ج for the answer), each label opening its line, alone on it or
before the words. Every sentence of an answer, up to the next label, is the interviewee's: the
person the opening names after "حوار مع" or "تلتقي" ("حوار مستفيض مع الشاعر والإعلامي كفاح
محمود كريم", "(الزمان) تلتقي أ.د. عمر محمد الطالب"). The questions are the interviewer's
and stay as the other rules read them."""
from __future__ import annotations

import re

from claims.speakers import name_from_mention_ar

_LABEL = re.compile(r"\s*(?P<label>[سج])\s*(?:[-ـ–—:]|$)")
_ALONE = re.compile(r"\s*[سج]\s*[-ـ–—:]?\s*")  # a label on a line of its own
# whom the interview is with: after "حوار ... مع" or a verb of meeting
_WITH = re.compile(r"(?:حوار|لقاء|مقابلة)[^\n.؟]{0,30}?\sمع\s+(?P<who>[^\n،,:(؟]{3,80})|"
                   r"(?:تلتقي|التقت|يلتقي|التقى|تحاور|حاورت|يحاور)\s+(?P<met>[^\n،,:(؟]{3,80})")


def qa_turns(text: str, sentences: list[tuple[int, int]]) -> list[tuple[str, list[int]]]:
    """(interviewee, indices of the sentences of an answer) for every answer, or [] when the text
    is no such interview or its opening names no one it is with."""
    labels: list[tuple[int, str]] = []
    for index, (start, end) in enumerate(sentences):
        if index and "\n" not in text[sentences[index - 1][1]:start]:
            continue  # a label opens its line
        found = _LABEL.match(text, start, end)
        if found:
            labels.append((index, found.group("label")))
    kinds = {label for _, label in labels}
    if kinds != {"س", "ج"}:
        return []
    opening = _WITH.search(text, 0, sentences[labels[0][0]][0])
    who = name_from_mention_ar((opening.group("who") or opening.group("met")).strip(),
                               "person") if opening else ""
    if len(who.split()) < 2:
        return []  # no full name: no one to give the answers to
    bounds = labels + [(len(sentences), "")]
    return [(who, [i for i in range(at, following)
                   if not _ALONE.fullmatch(text, *sentences[i])])
            for (at, label), (following, _) in zip(bounds, bounds[1:]) if label == "ج"]
