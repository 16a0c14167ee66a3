"""English lines cut off at a fixed width, found by claims.segment when it joins a hard-wrapped
paragraph back into its sentences."""
from __future__ import annotations

import re

_ARABIC_WORD = re.compile(r"[\u0621-\u064A]")


def short_wrap(line: str, following: str) -> bool:
    """A short English line cut off mid-sentence at a fixed width, before a full line of lower
    case ("The launch" / "contained few surprises, with ...", "Apple" / "normally ships ..."):
    not a page's furniture over a line or two ("Posted" / "and last updated"), nor a name in
    capitals ("Laserfiche WebLink")."""
    words = line.split()
    return (not line.isupper() and not _ARABIC_WORD.search(line) and len(following.split()) >= 6
            and "://" not in following and (len(words) == 1 or any(w[:1].islower() for w in words)))


def english_wrap(line: str, following: str) -> bool:
    """An English line hard-wrapped at a fixed width ("... said Columbus Assistant Fire Chief
    Dave" / "Whiting. He said ..."): it ends in a word, both lines hold lower case, one of them
    ends mid-phrase, neither is a menu ("|") and the next is no copy of it (a photo's caption
    written twice)."""
    return (line[-1:].isalnum() and any(c.islower() for c in line)
            and any(c.islower() for c in following) and "|" not in line + following
            and following.strip() != line.strip()
            and any(mid_phrase(text) for text in (line, following)))


def mid_phrase(line: str) -> bool:
    """A line ending where no headline does: after a comma or a word in lower case (a list of
    headlines ends each in a noun: "... St. Patrick's Day" / "UC mass vaccination site ...")."""
    last = line.rstrip().rstrip(".!?\"”’)").split()[-1:] or [""]
    return line.rstrip().endswith(",") or last[0][:1].islower()
