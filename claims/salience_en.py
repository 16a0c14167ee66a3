"""Whom "he said", "she says" or "the mayor said" refers to in an English article, from the
mentions of people claims.people_en finds.

A pronoun goes to the most salient person of the sentences before it whose gender agrees: each
mention counts, more as the subject of its sentence or as a speaker, and halves with every sentence
back (Lappin and Leass 1994, simplified). Mentions inside quotations and in the pronoun's own
sentence do not count: they are what is reported, not who reports it."""
from __future__ import annotations

import re
from collections import defaultdict

from claims.people_en import Mention, first_names

WINDOW = 6  # sentences back that a pronoun may reach
# words that join the name of a body, never a person's: "National Diwan for Human Rights"
_BODY_WORDS = {"for", "of", "and", "the", "Rights", "Affairs", "Council", "Committee", "Ministry",
               "National", "Diwan", "Museum", "Bureau", "Authority", "Commission", "Agency"}
# between a role word and a name: a verb or "that" makes the name another's ("The judge ruled
# that Khodorkovsky ..."), not the one the role is given to
_CLAUSE_BETWEEN = re.compile(r"\b(?:that|said|says|ruled|rules|told|found|ordered|sentenced|"
                             r"convicted|asked|called|accused|charged|urged)\b")


def name_gender(name: str) -> str | None:
    """The gender of the first given name in `name` ("CBC's Richard Cuthbertson" -> m)."""
    for word in name.split()[:-1]:
        if not word.endswith(("'s", "’s")):
            found = first_names().get(word.lower())
            return found if found in ("m", "f") else None
    return None


def pronoun_gender(pronoun: str) -> str | None:
    return {"he": "m", "she": "f"}.get(pronoun.lower())


class People:
    """The people of one document and the genders learnt about them while reading it."""

    def __init__(self, mentions: list[Mention], canonical, text: str = "",
                 sentences: list[tuple[int, int]] = (), quoted: list[tuple[int, int]] = ()) -> None:
        self.mentions = mentions
        self.text, self.sentences, self.quoted = text, sentences, quoted
        self.canonical = canonical  # surface name -> the document's name for that person
        self.genders: dict[str, str] = {}
        for mention in mentions:
            if mention.gender:
                self.genders.setdefault(canonical(mention.name), mention.gender)

    def agrees(self, person: str, gender: str | None) -> bool:
        known = self.genders.get(person) or name_gender(person)
        return gender is None or known is None or known == gender

    def resolve(self, pronoun: str, sentence: int, speakers: list[tuple[int, str]],
                at: int = -1) -> str | None:
        """The person "he"/"she"/"I" in sentence `sentence` most likely is; `speakers` are the
        (sentence, person) of the attributed sentences before it. Beyond the window when nobody
        in it agrees. The subject of the same sentence, written before the pronoun at offset
        `at`, comes first: "Jeff Fogel was the first to comment, and he denounced ..."."""
        return (self._resolve(pronoun, sentence, speakers, WINDOW, at)
                or self._resolve(pronoun, sentence, speakers, sentence, at)
                or self._named_next(pronoun, sentence))

    def subject_of(self, sentence: int, pronoun: str) -> str | None:
        """The person named in full as the subject of that sentence, if the pronoun agrees."""
        found = [m for m in self.mentions if m.sentence == sentence and m.subject and m.strong
                 and len(m.name.split()) > 1]
        if len(found) != 1:
            return None
        name = self.canonical(found[0].name)
        return name if self.agrees(name, pronoun_gender(pronoun)) else None

    def _named_next(self, pronoun: str, sentence: int) -> str | None:
        """Nobody before agrees: the person named in full in the next three sentences, as in
        a lead that quotes "she said" before "Sen. Kyrsten Sinema broke her silence"."""
        gender = pronoun_gender(pronoun)
        for mention in self.mentions:
            if 0 < mention.sentence - sentence <= 3 and mention.strong and (
                    len(mention.name.split()) > 1) and self.agrees(
                        self.canonical(mention.name), gender):
                return self.canonical(mention.name)
        return None

    def _resolve(self, pronoun, sentence, speakers, window, at) -> str | None:
        gender = pronoun_gender(pronoun)
        score: dict[str, float] = defaultdict(float)
        for mention in self.mentions:
            distance = sentence - mention.sentence
            if distance > window:
                continue
            if (distance == 0 and mention.subject and mention.end <= at
                    and self.text[mention.end:at].strip(" ,")):  # not "Schumer, he said, ..."
                score[self.canonical(mention.name)] += 8.0  # over any earlier speaker
                continue
            if (distance == 0 and mention.end <= at and mention.strong and gender
                    and mention.gender == gender):  # "..., so Mayor Hilary Gordon hugged
                score[self.canonical(mention.name)] += 3.0  # them, ..., she said": named
                continue  # before the pronoun in its sentence, of its gender
            if distance <= 0:
                break
            weight = 1.0 + mention.subject + 0.5 * mention.strong
            score[self.canonical(mention.name)] += weight * 0.5 ** (distance - 1)
        for index, person in speakers:
            if 0 < sentence - index <= window:
                score[person] += 2.0 * 0.5 ** (sentence - index - 1)
        ranked = sorted((s, p) for p, s in score.items() if self.agrees(p, gender))
        if not ranked:
            return None
        best = ranked[-1][1]
        if gender and best not in self.genders:
            self.genders[best] = gender
        return best

    def _qualified(self, mention: Mention, qualifier: tuple[str, ...]) -> bool:
        """Whether the words that narrow a role ("interior" of "the interior minister") are
        written just before the person: "Prime Minister Sheikh Jaber" is no interior minister."""
        start = max(self.sentences[mention.sentence][0], mention.start - 60)
        window = self.text[start:mention.end].lower()  # the role may be inside the mention
        return all(re.search(rf"\b{re.escape(q)}", window) for q in qualifier)

    def _described(self, mention: Mention, role: str) -> bool:
        """The role word in the words just before the person, however he is titled: "Kuwait's
        permanent delegate at the UN ... Ambassador Jamal Al-Ghuneim" is the delegate."""
        start = max(self.sentences[mention.sentence][0], mention.start - 120)
        written = self.text[start:mention.start]
        return re.search(rf"\b{re.escape(role)}\b", written, re.I) is not None

    def by_role_after(self, role: str, at: int, qualifier: tuple[str, ...] = ()) -> str | None:
        """The first person written with that role after offset `at`."""
        after = [m for m in self.mentions if m.start >= at and m.role == role
                 and self._qualified(m, qualifier)]
        return self.canonical(after[0].name) if after else None

    def last_role_at(self, role: str, before: int) -> int:
        """Where the person last written with that role before offset `before` is, else -1."""
        return max((m.start for m in self.mentions if m.start < before and m.role == role),
                   default=-1)

    def by_role(self, role: str, before: int, qualifier: tuple[str, ...] = (),
                named_only: bool = False) -> str | None:
        """"The mayor said": the person last written with that role before offset `before`;
        else the person nearest to the role word in the last sentence before that has both
        ("McCallum's last term as Surrey mayor", "Justin Trudeau ... as Canada's prime
        minister"), leaving out people written with another role; else the first person written
        with that role after it ("The police chief said ..." before "police chief Rob van Bree").
        Words that narrow the role (`qualifier`) must be written before the person."""
        found = [m for m in self.mentions if m.start < before and m.role == role
                 and self._qualified(m, qualifier)]
        if found or named_only:
            return self.canonical(found[-1].name) if found else None
        pattern = re.compile(rf"\b{re.escape(role)}\b", re.I)
        by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for mention in self.mentions:
            if mention.start < before and (mention.role is None or (
                    mention.role == role and self._qualified(mention, qualifier))
                    or self._described(mention, role)) and not (
                    _BODY_WORDS.intersection(mention.name.split())):
                by_sentence[mention.sentence].append(mention)  # a person, not "National
                # Diwan for Human Rights" near "the minister of justice"
        for index in sorted(by_sentence, reverse=True):
            start, end = self.sentences[index]
            same = by_sentence[index]
            words = [w.start() for w in pattern.finditer(self.text, start, min(end, before))
                     if not any(a <= w.start() < b for a, b in self.quoted)
                     and all(q in self.text[w.start() - 30:w.end() + 30].lower()
                             for q in qualifier)
                     and not any(m.start <= w.start() < m.end for m in same)]
            near = [m for m in same if any(m.end <= w or not _CLAUSE_BETWEEN.search(
                self.text, w + len(role), m.start) for w in words)]  # not "The judge ruled
            if words and near:  # that Khodorkovsky ...": the one the judge ruled on
                nearest = min(near, key=lambda m: min(abs(m.start - w) for w in words))
                return self.canonical(nearest.name)
        return self.by_role_after(role, before, qualifier)  # a headline's "says Minister"
