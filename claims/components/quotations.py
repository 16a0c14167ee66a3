"""claimsift_quotations: every sentence inside a quotation over several sentences is the
quoted speaker's, every sentence of a transcript's turn the turn's speaker, a quotation signed
on the line after it the signer's, and a paragraph opened with a dash the speaker its last
sentence names (claims.quotations finds the quotations, the turns and the paragraphs)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from claims.briefings import briefing_turns, label_line_turns
from claims.interviews_ar import qa_turns
from claims.people_en import split_name
from claims.quotations import Run, dash_paragraphs, quotation_runs, transcript_turns


# a body's name alone on a line: "Associated Students of Michigan State University", "MSU Board
# of Trustees" (not a subheading: "Knack for Deals.", "Article Continued Below")
_SIGNATURE = re.compile(r"[A-Z][\w.’'\-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w.’'\-]*)){0,7}\s+"
                        r"(?:Trustees|Board|University|College|Association|Department|Council|"
                        r"Committee|Commission|Office|Union|Institute|Foundation|Ministry|Agency|"
                        r"Authority|Police|Government|Company|Corporation|Inc\.?|Party|League)")


class Quotations:
    def __call__(self, doc: Doc) -> Doc:
        claims = doc._.claims
        text = doc.user_data["claimsift_text"]
        spans = [(c.start, c.end) for c in claims]
        turns = transcript_turns(text, spans)
        for name, indices in turns:
            speaker = next((c.speaker for c in claims
                            if c.speaker and name.title() in c.speaker.split()),
                           name.title())  # "PENCE": "Mike Pence" when the article says so
            for index in indices:
                claim = claims[index]
                claim.kind, claim.speaker, claim.cue = "attributed", speaker, ":"
                claim.rule, claim.confidence = f"{claim.lang}:transcript-turn", 0.8
        spoken = [] if turns else briefing_turns(text, spans) or label_line_turns(text, spans)
        for speaker, indices in spoken:  # a briefing, or names on lines of their own
            for claim in (claims[index] for index in indices):
                if not claim.furniture and claim.lang == "en":
                    claim.kind, claim.speaker, claim.cue = "attributed", speaker, ":"
                    claim.rule, claim.confidence = "en:briefing-turn", 0.8
        for speaker, indices in qa_turns(text, spans):  # "س - ...؟" / "ج - ..."
            for claim in (claims[index] for index in indices):
                if not claim.furniture and claim.lang == "ar":
                    claim.kind, claim.speaker, claim.cue = "attributed", speaker, "ج"
                    claim.rule, claim.confidence = "ar:interview-answer", 0.8
        _initials_labels(claims, text)
        _topic_quotes(claims)
        _labelled_turns(claims, text)
        for run in quotation_runs(text, spans):
            speaker = _speaker(run, claims)
            if speaker is None:
                continue
            for index in _spoken(run, claims, speaker):
                claim = claims[index]
                if (_own_cue(claim, run) and claim.speaker) or claim.rule.endswith("-turn"):
                    continue  # "...,” she said.": the sentence names its speaker itself
                if not any(c.isalpha() for c in claim.text) or claim.furniture:
                    continue  # "..." cut out of the quotation: stray punctuation; a teaser's
                    # "More »" after a quotation it cut off
                claim.kind, claim.speaker = "attributed", speaker
                claim.cue = text[run.start]
                claim.rule, claim.confidence = f"{claim.lang}:quote-run", 0.6
        for indices in dash_paragraphs(text, spans):
            last = claims[indices[-1]]
            if last.kind != "attributed" or not last.speaker:
                continue
            for index in indices[:-1]:
                claim = claims[index]
                if claim.kind != "attributed" and not claim.furniture:
                    claim.kind, claim.speaker, claim.cue = "attributed", last.speaker, "–"
                    claim.rule, claim.confidence = f"{claim.lang}:dash-quote", 0.6
        for before, claim in zip(claims, claims[1:]):
            if (claim.lang == "en" and claim.is_line and before.text.lstrip()[:1] in "“\""
                    and before.text.rstrip()[-1:] in "”\"" and not before.rule.endswith(
                        ("-person", "-body", "-group")) and _SIGNATURE.fullmatch(claim.text.strip())):
                before.kind, before.speaker = "attributed", claim.text.strip()  # a statement
                before.cue, before.rule, before.confidence = "”", "en:signed-line", 0.75  # with
                continue  # its body's name on the line under it: "MSU Board of Trustees"
            if (claim.rule == "en:signed-person" or (
                    claim.kind == "attributed" and claim.rule.endswith("-person")
                    and before.text.lstrip()[:1] in "“\"")) and claim.text[:1] in "―—–" and (
                    before.kind != "attributed" or before.rule.endswith("+carried")):
                before.kind, before.speaker = "attributed", claim.speaker  # “...” / ― Name
                before.cue, before.rule, before.confidence = claim.cue, "en:signed-before", 0.8
        return doc


_INITIALS = re.compile(r"\s*(?P<label>[A-Z]{2,3}):\s+\S")
# a run of capitalised words, in ordinary case or in capitals ("QUARTERBACK ZACH WILSON"),
# whose two or three words in a row may be a name
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+\b|\b[A-Z]{2,}(?:[ \t]+[A-Z]{2,})+\b")


def _initials_labels(claims, text: str) -> None:
    """"JK:  I said that may be your opinion.": a line opened by the initials of a person the
    interview names ("John Key:", "the Prime Minister, John Key") is that person's turn."""
    for index, claim in enumerate(claims):
        opens_line = index == 0 or "\n" in text[claims[index - 1].end:claim.start]
        found = _INITIALS.match(claim.text) if opens_line and claim.lang == "en" else None
        if found is None or claim.rule.endswith("-turn"):
            continue
        label = found.group("label")
        runs = [m.group().split() for m in _FULL_NAME.finditer(text, 0, claim.start)]
        named = [" ".join(run[i:i + n]) for run in runs for n in (2, 3)
                 for i in range(len(run) - n + 1)
                 if "".join(w[0] for w in run[i:i + n]) == label]
        if named:  # whatever the words after the label report, the labelled one says them
            claim.kind, claim.cue = "attributed", ":"
            claim.speaker = named[-1].title() if named[-1].isupper() else named[-1]
            claim.rule, claim.confidence = "en:transcript", 0.75


_ON_TOPIC = re.compile(r"\s*\(on\s[^()]{2,200}\)\s*[“\"]")  # "(on QB Matt Schaub) \"...\""
_NAME_LINE = re.compile(r"[\s*]*(?P<words>[A-Z][\w.’'\-]*(?:\s+[A-Za-z][\w.’'\-]*){0,4}\s+"
                        r"[A-Z][\w’'\-]+)[\s*]*")


def _topic_quotes(claims) -> None:
    """A press conference's quotes printed under the speaker's name on a line of its own ("Head
    coach Gary Kubiak"), each opened by its topic in brackets ("(on QB Matt Schaub) \"...\""):
    the named one's words, up to the next name line."""
    speaker = None
    for claim in claims:
        if claim.lang != "en":
            continue
        line = _NAME_LINE.fullmatch(claim.text) if claim.is_line else None
        if line:
            role, name = split_name(line.group("words").split())
            speaker = " ".join(name) if role and len(name) >= 2 else speaker
        elif speaker and claim.kind != "attributed" and _ON_TOPIC.match(claim.text):
            claim.kind, claim.speaker, claim.cue = "attributed", speaker, "“"
            claim.rule, claim.confidence = "en:topic-quote", 0.75


def _labelled_turns(claims, text: str) -> None:
    """"Tom Frieden: Good afternoon. Ebola is a serious disease.": after a speaker's label in
    ordinary case (claims.quotes_en.speaker_label), the rest of its paragraph is the same turn."""
    for index, claim in enumerate(claims):
        if claim.rule != "en:transcript" or not claim.speaker:
            continue
        previous = claim
        for said in claims[index + 1:]:
            if "\n" in text[previous.end:said.start] or said.finding is not None \
                    or said.furniture:
                break  # the paragraph ended, or a sentence with a source of its own
            said.kind, said.speaker, said.cue = "attributed", claim.speaker, ":"
            said.rule, said.confidence = "en:transcript-turn", 0.7
            previous = said


def _spoken(run: Run, claims, speaker: str) -> tuple[int, ...]:
    """The sentences of a quotation; one left open at its paragraph's end (its closing mark
    forgotten) ends before a sentence that names another speaker of its own: 'وقال : "ثبت
    لدي أن ... . في حين اعترض المتهم ..., كما طالب أيضا الادعاء العام ..., مؤكدا أنه' is the
    writer's again."""
    if run.closed:
        return run.sentences
    for at, index in enumerate(run.sentences[1:], 1):
        claim = claims[index]
        if (claim.kind == "attributed" and claim.speaker and claim.speaker != speaker
                and not claim.rule.endswith("+carried")):
            return run.sentences[:at]
    return run.sentences


def _own_cue(claim, run: Run) -> bool:
    """An attributed sentence whose cue stands outside the quotation (a cue inside it is the
    quoted speaker's words)."""
    if claim.kind != "attributed" or claim.rule.endswith("+carried") or not claim.cue:
        return False
    at = claim.start + max(claim.text.find(claim.cue), 0)
    return not run.start <= at < run.end


def _speaker(run: Run, claims) -> str | None:
    """Whose quotation it is: a sentence of it with its own cue ("...,” he said."), the
    signature after it ("― Sonya Herridge"), else the speaker its first sentence carried on."""
    for index in run.sentences:
        if _own_cue(claims[index], run):
            return claims[index].speaker
    after = run.sentences[-1] + 1
    if after < len(claims) and claims[after].rule == "en:signed-person":
        return claims[after].speaker
    first = claims[run.sentences[0]]
    if first.kind == "attributed":
        return first.speaker
    before = run.sentences[0] - 1
    if before >= 0 and claims[before].kind == "attributed" and (
            first.start == run.start or claims[before].text.rstrip().endswith(":")):
        return claims[before].speaker
    return None


@Language.factory("claimsift_quotations")
def make_quotations(nlp: Language, name: str) -> Quotations:
    return Quotations()
