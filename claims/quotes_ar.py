"""Arabic quotations that go on from the sentence before: a sentence that is all quotation, or
one whose first mark closes a quotation opened earlier (claims.attribution_ar carries the
speaker over)."""
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
