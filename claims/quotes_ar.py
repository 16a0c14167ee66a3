"""Arabic quotations that go on from the sentence before: a sentence that is all quotation, or
one whose first mark closes a quotation opened earlier (claims.attribution_ar carries the
speaker over); and words said after a colon without marks that go on in the first person."""
from __future__ import annotations

import re

_FIRST_MARK = re.compile(r"[«»“”]")


def _quote_only(sentence: str) -> bool:
    """A sentence that is all quotation («لقد اتخذنا كل الإجراءات».): it goes on quoting the
    speaker of the sentence before."""
    stripped = sentence.strip().rstrip(".")
    return (len(stripped.split()) >= 3 and stripped[:1] in "«“\"'"
            and stripped[-1:] in "»”\"'" and stripped[1:-1].count(stripped[-1]) == 0)  # '...'
    # in straight single marks too: "'بشأن البيان المنسوب للاتحاد ... القسم الأول'."


def quote_goes_on(sentence: str) -> str | None:
    """The mark of a sentence that goes on quoting the speaker before: one that is all
    quotation, or one whose first mark closes a quotation opened in an earlier sentence ("هذه
    الفترة صعبة جدا، ويتحتم علينا التعامل بجدية مع الجائحة».")."""
    if _quote_only(sentence):
        return sentence.strip()[:1]
    first = _FIRST_MARK.search(sentence) if "»" in sentence or "”" in sentence else None
    if first is not None and first.group() in "»”" and len(sentence.split()) >= 3:
        return first.group()
    return None


_FIRST_PERSON = re.compile(r"(?:^|\s)(?:[وف]?(?:نحن|أنا|إننا|اننا|لدينا|علينا)|[وف]?سأ\w{2,}|"
                           r"\w+(?<!ه)نا)(?=[\s،,.:؛!؟]|$)")
_SAID_COLON = re.compile(r"(?:^|\s)[وف]?\S{2,}\s*:\s*[^\s«“\"]")


def speech_goes_on(before: str, sentence: str) -> bool:
    """"وتابع: وقّعنا مع مصر مذكرة تفاهم ..." then "كذلك سأعقد اجتماعا ..." and "كما أنّ قبرص
    قدمت لنا عرضاً": the words after a colon, without marks, go on in the first person."""
    return bool(_SAID_COLON.search(before)) and not any(m in before for m in "«»“”\"") and bool(
        _FIRST_PERSON.search(sentence))
