"""Label Studio annotations into the database: each annotation becomes a history entry of its
user (origin `label-studio`, the annotation id as external id). Merging again adds nothing; an
annotation edited in Label Studio adds one new entry. Everything is checked before anything is
written, and the whole merge is one transaction: a bad file or task writes nothing."""
from __future__ import annotations

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
    task_id: int
    claim_id: int
    annotation_id: str
    user: str
    state: State
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


def _user(value, users: Mapping[int, str]) -> str:
    if isinstance(value, dict):
        return value.get("email") or users.get(value.get("id"), f"label-studio-user-{value.get('id')}")
    return users.get(value, f"label-studio-user-{value}")


def _results(result: list) -> dict[str, list]:
    found: dict[str, list] = {}
    for item in result or []:
        value = item.get("value") or {}
        found[item.get("from_name")] = value.get("choices") or value.get("text") or []
    return found


def _text(values) -> str | None:
    if isinstance(values, str):
        values = [values]
    joined = " ".join(v.strip() for v in values or [] if isinstance(v, str) and v.strip())
    return joined or None


def _when(value) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _claim_id(task: dict) -> int:
    data = task.get("data", task)
    if not isinstance(data, dict) or "claim_id" not in data or "claimsift" not in data:
        raise MergeError(f"task {task.get('id')} is not a claimsift task (its data has no "
                         "claimsift/claim_id; was it pushed by `claimsift ls push`?)")
    try:
        return int(data["claim_id"])
    except (TypeError, ValueError):
        raise MergeError(f"task {task.get('id')}: claim_id {data['claim_id']!r} is not a number") from None


def _state(found: dict, task_id, annotation_id) -> State | None:
    labels = found.get(CHOICES)
    if isinstance(labels, str):
        labels = [labels]
    if not labels:
        return None
    label = labels[0]
    if label not in LABELS:
        raise MergeError(f"task {task_id}, annotation {annotation_id}: unknown label {label!r}; "
                         f"expected one of {', '.join(LABELS)}")
    hedged = found.get(HEDGED)
    hedged = hedged[0] if isinstance(hedged, list) and hedged else hedged
    return State(label, _text(found.get(SPEAKER)), _text(found.get(NOTE)),
                 {"hedged": True, "not hedged": False}.get(hedged))


def parse(tasks: Iterable[dict], users: Mapping[int, str], summary: MergeSummary) -> list[Incoming]:
    """Label Studio JSON (tasks with annotations) or JSON_MIN (one flat row per annotation)."""
    out = []
    for task in tasks:
        if not isinstance(task, dict):
            raise MergeError(f"expected task objects, found {type(task).__name__}")
        summary.tasks += 1
        claim_id = _claim_id(task)
        if "annotations" not in task and "annotation_id" in task:  # JSON_MIN: flat rows
            annotations = [(task["annotation_id"], task, task.get("annotator"), task)]
        else:
            annotations = []
            for annotation in task.get("annotations") or []:
                if annotation.get("was_cancelled"):
                    summary.cancelled.append(task.get("id"))
                    continue
                annotations.append((annotation.get("id"), _results(annotation.get("result")),
                                    annotation.get("completed_by"), annotation))
        for annotation_id, found, user, stamps in annotations:
            state = _state(found, task.get("id"), annotation_id)
            if state is None:
                summary.unlabelled.append(task.get("id"))
                continue
            out.append(Incoming(task.get("id"), claim_id, str(annotation_id), _user(user, users),
                                state, _when(stamps.get("updated_at") or stamps.get("created_at"))))
    return out


def _check_claims(session: Session, items: list[Incoming], tasks: dict[int, dict]) -> None:
    ids = sorted({item.claim_id for item in items})
    known = {}
    for start in range(0, len(ids), 500):
        known.update({row[0]: row[1:] for row in session.execute(
            select(ClaimRow.id, DocumentRow.sha256, ClaimRow.seq)
            .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
            .where(ClaimRow.id.in_(ids[start:start + 500])))})
    for item in items:
        data = tasks.get(item.task_id, {})
        found = known.get(item.claim_id)
        expected = (data.get("doc_sha256"), data.get("seq"))
        if found is None or (expected[0] is not None and tuple(found) != expected):
            raise MergeError(f"task {item.task_id} is claim {item.claim_id} of another database "
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
    data = {t.get("id"): t.get("data", t) for t in tasks}
    with sessions.begin() as session:
        _check_claims(session, items, data)
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
