"""Label Studio annotations into the database: each annotation becomes a history entry of its
user (origin `label-studio`, the annotation id as external id). Merging again adds nothing; an
annotation edited in Label Studio adds one new entry. Everything is checked before anything is
written, and the whole merge is one transaction: a bad file or task writes nothing."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from annotate.labelstudio.config import CHOICES, HEDGED, NOTE, SPEAKER
from annotate.store import tallies
from annotate.store.history import State, record
from annotate.store.models import AnnotationRow, ClaimRow, DocumentRow
from claims.model import LABELS

ORIGIN = "label-studio"


class MergeError(Exception):
    """Tasks or annotations claimsift cannot take; one line, nothing written."""


@dataclass(frozen=True)
class Incoming:
    task_id: object  # as the file gives it
    claim_id: int
    annotation_id: str
    user: str
    state: State
    expected: tuple  # (doc_sha256, seq) the task was pushed with, when it says
    when: datetime | None


@dataclass
class MergeSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: list[int] = field(default_factory=list)  # task ids
    unlabelled: list[int] = field(default_factory=list)
    tasks: int = 0

    def describe(self) -> str:
        text = (f"{self.tasks} tasks: {self.added} new annotations, {self.updated} updated, "
                f"{self.unchanged} unchanged")
        for name, ids in (("cancelled (skipped)", self.cancelled),
                          ("without a label", self.unlabelled)):
            if ids:
                shown = ", ".join(map(str, ids[:10])) + (" …" if len(ids) > 10 else "")
                text += f"; {len(ids)} {name}, not stored: task {shown}"
        return text


MAX_ID = 2**63 - 1
MAX_NAME, MAX_SPEAKER, MAX_EXTERNAL_ID = 128, 512, 128


def _show(value) -> str:
    """A value from the file as it may appear in a one-line message."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


def _list(value, what: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise MergeError(f"{what} are not a list")
    return value


def _object(value, what: str) -> dict:
    if not isinstance(value, dict):
        raise MergeError(f"{what} is not an object (found {_show(value)})")
    return value


def _user(value, users: Mapping[int, str], where: str) -> str:
    if isinstance(value, dict):
        email, number = value.get("email"), value.get("id")
        name = email if isinstance(email, str) and email.strip() else None
        value = number if name is None else None
    else:
        name = None
    if name is None:
        if isinstance(value, bool) or not isinstance(value, (int, str)) or value == "":
            raise MergeError(f"{where}: completed_by {_show(value)} is not a Label Studio user")
        name = users.get(value) if isinstance(value, int) else value
        name = name or f"label-studio-user-{value}"
    if len(name) > MAX_NAME:
        raise MergeError(f"{where}: user name longer than {MAX_NAME} characters")
    return name


def _results(result, where: str) -> dict[str, list]:
    found: dict[str, list] = {}
    for item in _list(result, f"{where}: results"):
        item = _object(item, f"{where}: a result")
        value = item.get("value") or {}
        name = item.get("from_name")
        if isinstance(name, str) and isinstance(value, dict):
            found[name] = value.get("choices") or value.get("text") or []
    return found


def _strings(values, what: str) -> list[str]:
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise MergeError(f"{what} {_show(values)} is not text")
    return values


def _text(values, what: str) -> str | None:
    joined = " ".join(v.strip() for v in _strings(values or [], what) if v.strip())
    return joined or None


def _when(value) -> datetime | None:
    if not value or not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _claim_id(task: dict, where: str) -> int:
    data = task.get("data", task)
    if not isinstance(data, dict) or "claim_id" not in data or "claimsift" not in data:
        raise MergeError(f"{where} is not a claimsift task (its data has no "
                         "claimsift/claim_id; was it pushed by `claimsift ls push`?)")
    value = data["claim_id"]
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_ID:
        raise MergeError(f"{where}: claim_id {_show(value)} is not a claim id")
    return value


def _state(found: dict, where: str) -> State | None:
    labels = _strings(found.get(CHOICES) or [], f"{where}: label")
    if not labels:
        return None
    label = labels[0]
    if label not in LABELS:
        raise MergeError(f"{where}: unknown label {_show(label)}; expected one of {', '.join(LABELS)}")
    hedged = _strings(found.get(HEDGED) or [], f"{where}: hedge choice")
    speaker = _text(found.get(SPEAKER), f"{where}: speaker")
    if speaker and len(speaker) > MAX_SPEAKER:
        raise MergeError(f"{where}: speaker correction longer than {MAX_SPEAKER} characters")
    return State(label, speaker, _text(found.get(NOTE), f"{where}: note"),
                 {"hedged": True, "not hedged": False}.get(hedged[0] if hedged else None))


def _annotation_id(value, where: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, str)) or str(value).strip() == "" \
            or len(str(value)) > MAX_EXTERNAL_ID:
        raise MergeError(f"{where}: annotation id {_show(value)} is not an id")
    return str(value)


def parse(tasks: Iterable[dict], users: Mapping[int, str], summary: MergeSummary) -> list[Incoming]:
    """Label Studio JSON (tasks with annotations) or JSON_MIN (one flat row per annotation)."""
    out = []
    for task in tasks:
        if not isinstance(task, dict):
            raise MergeError(f"expected task objects, found {type(task).__name__}")
        summary.tasks += 1
        task_id = task.get("id")
        where = f"task {_show(task_id)}"
        claim_id = _claim_id(task, where)
        data = task.get("data", task)
        expected = (data.get("doc_sha256"), data.get("seq"))
        if "annotations" not in task and "annotation_id" in task:  # JSON_MIN: flat rows
            annotations = [(task["annotation_id"], task, task.get("annotator"), task)]
        else:
            annotations = []
            for annotation in _list(task.get("annotations"), f"annotations of {where}"):
                annotation = _object(annotation, f"{where}: an annotation")
                if annotation.get("was_cancelled"):
                    summary.cancelled.append(task_id)
                    continue
                annotations.append((annotation.get("id"), None, annotation.get("completed_by"),
                                    annotation))
        for annotation_id, found, user, stamps in annotations:
            at = f"{where}, annotation {_show(annotation_id)}"
            state = _state(found if found is not None else _results(stamps.get("result"), at), at)
            if state is None:
                summary.unlabelled.append(task_id)
                continue
            out.append(Incoming(task_id, claim_id, _annotation_id(annotation_id, at),
                                _user(user, users, at), state, expected,
                                _when(stamps.get("updated_at") or stamps.get("created_at"))))
    return out


def _check_claims(session: Session, items: list[Incoming]) -> None:
    ids = sorted({item.claim_id for item in items})
    known = {}
    for start in range(0, len(ids), 500):
        known.update({row[0]: row[1:] for row in session.execute(
            select(ClaimRow.id, DocumentRow.sha256, ClaimRow.seq)
            .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
            .where(ClaimRow.id.in_(ids[start:start + 500])))})
    for item in items:
        found = known.get(item.claim_id)
        if found is None or (item.expected[0] is not None and tuple(found) != item.expected):
            raise MergeError(f"task {_show(item.task_id)} is claim {item.claim_id} of another database "
                             "(this one has no such claim, or a different sentence under that id)")


def _current(session: Session, external_ids: list[str]) -> dict[str, AnnotationRow]:
    """The newest entry merged from each Label Studio annotation."""
    newest: dict[str, AnnotationRow] = {}
    for start in range(0, len(external_ids), 500):
        chunk = external_ids[start:start + 500]
        latest = (select(func.max(AnnotationRow.id))
                  .where(AnnotationRow.origin == ORIGIN, AnnotationRow.external_id.in_(chunk))
                  .group_by(AnnotationRow.external_id))
        for row in session.scalars(select(AnnotationRow).where(AnnotationRow.id.in_(latest))):
            newest[row.external_id] = row
    return newest


def merge(sessions: sessionmaker[Session], tasks: list[dict],
          users: Mapping[int, str] | None = None) -> MergeSummary:
    summary = MergeSummary()
    items = parse(tasks, users or {}, summary)
    with sessions.begin() as session:
        _check_claims(session, items)
        seen = _current(session, [item.annotation_id for item in items])
        tallied: Counter = Counter()  # the statistics' counts, added once at the end
        for item in items:
            before = seen.get(item.annotation_id)
            if before is not None:
                now = State(before.label, before.speaker_correction, before.note, before.hedged)
                if now == item.state:
                    summary.unchanged += 1
                    continue
            record(session, item.claim_id, before.reviewer if before else item.user, item.state,
                   origin=ORIGIN, external_id=item.annotation_id, created_at=item.when,
                   tallied=tallied)
            if before is None:
                summary.added += 1
            else:
                summary.updated += 1
        tallies.apply(session, tallied)
    return summary
