"""Label Studio tasks for stored claims, streamed: documents are read a batch at a time and each
task is written as soon as it is made, so 100,000 tasks never sit in memory together."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from annotate.labelstudio.config import CHOICES, HEDGED, TARGET
from annotate.store.models import ClaimRow, DocumentRow, VerdictRow
from annotate.store.repository import not_superseded
from claims.model import SUGGESTED_LABEL

SCHEMA = 1  # data.claimsift: marks a task as claimsift's
DOCUMENTS_PER_READ = 25  # a few thousand claims: memory stays flat whatever the total


@dataclass(frozen=True)
class Selection:
    """Which claims become tasks. `unreviewed`: no reviewer has labelled the claim yet."""

    document: str | None = None
    kind: str | None = None
    lang: str | None = None
    unreviewed: bool = False

    def keeps(self, claim: dict, labelled: bool) -> bool:
        return ((self.kind is None or claim["kind"] == self.kind)
                and (self.lang is None or claim["lang"] == self.lang)
                and not (self.unreviewed and labelled))


CLAIM_NAMES = ("id", "document_id", "seq", "text", "lang", "kind", "speaker", "cue", "hedged",
               "confidence", "pipeline_version")
CLAIM_COLUMNS = [getattr(ClaimRow, name) for name in CLAIM_NAMES]


def task(claim: dict, document, before: str, after: str) -> dict:
    suggested = SUGGESTED_LABEL[claim["kind"]]
    result = [{"from_name": CHOICES, "to_name": TARGET, "type": "choices",
               "value": {"choices": [suggested]}}]
    if claim["hedged"]:
        result.append({"from_name": HEDGED, "to_name": TARGET, "type": "choices",
                       "value": {"choices": ["hedged"]}})
    return {
        "data": {
            "claimsift": SCHEMA, "claim_id": claim["id"], "document": document.name,
            "document_id": document.id, "doc_sha256": document.sha256, "seq": claim["seq"],
            "lang": claim["lang"], "kind": claim["kind"], "suggested": suggested,
            "speaker": claim["speaker"], "speaker_shown": claim["speaker"] or "none",
            "cue": claim["cue"], "text": claim["text"], "before": before, "after": after,
        },
        "predictions": [{"model_version": claim["pipeline_version"],
                         "score": round(claim["confidence"], 4), "result": result}],
    }


def iter_tasks(sessions: sessionmaker[Session], selection: Selection) -> Iterator[dict]:
    """Tasks for the selected claims of the newest version of each document, in document order,
    each with the sentence before and after it as context."""
    last = 0
    while True:
        documents = (select(DocumentRow.id, DocumentRow.name, DocumentRow.sha256)
                     .where(DocumentRow.id > last, not_superseded()))
        if selection.document:
            documents = documents.where(DocumentRow.name.contains(selection.document,
                                                                   autoescape=True))
        with sessions() as session:
            batch = session.execute(documents.order_by(DocumentRow.id)
                                    .limit(DOCUMENTS_PER_READ)).all()
            if not batch:
                return
            rows = session.execute(
                select(*CLAIM_COLUMNS, VerdictRow.claim_id)
                .outerjoin(VerdictRow, (VerdictRow.claim_id == ClaimRow.id)
                           & ((VerdictRow.votes > 0) | VerdictRow.label.is_not(None)))
                .where(ClaimRow.document_id.in_([d.id for d in batch]))
                .order_by(ClaimRow.document_id, ClaimRow.seq)).all()
        by_document: dict[int, list] = {}
        for *claim, labelled in rows:
            claim = dict(zip(CLAIM_NAMES, claim))
            by_document.setdefault(claim["document_id"], []).append((claim, labelled is not None))
        for document in batch:
            claims = by_document.get(document.id, [])
            for i, (claim, labelled) in enumerate(claims):
                if selection.keeps(claim, labelled):
                    before = claims[i - 1][0]["text"] if i else ""
                    after = claims[i + 1][0]["text"] if i + 1 < len(claims) else ""
                    yield task(claim, document, before, after)
        last = batch[-1].id


def write_json_array(out: IO[str], items: Iterator[dict], on_item=None) -> int:
    """Write items as one JSON array, an item per line, as they come; return how many."""
    count = 0
    out.write("[")
    for item in items:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(item, ensure_ascii=False))
        count += 1
        if on_item:
            on_item()
    out.write("\n]\n" if count else "]\n")
    return count
