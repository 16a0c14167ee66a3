"""Read, analyse and store inputs, one transaction per document, reporting as it goes."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from annotate.store.repository import store_document
from claims.model import Skipped
from claims.pipeline import PIPELINE_VERSION, analyse
from claims.reader import expand_paths, read_file


@dataclass
class IngestSummary:
    added: int = 0
    new_versions: int = 0
    unchanged: int = 0
    sentences: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.added + self.new_versions


def list_inputs(paths: Iterable[str]) -> tuple[list[Path], list[Skipped]]:
    files: list[Path] = []
    missing: list[Skipped] = []
    for item in expand_paths(paths):
        (missing if isinstance(item, Skipped) else files).append(item)
    return files, missing


def ingest_files(
    sessions: sessionmaker[Session],
    files: Iterable[Path],
    on_file_done: Callable[[Path], None] = lambda path: None,
) -> IngestSummary:
    summary = IngestSummary()
    for path in files:
        for item in read_file(path):
            if isinstance(item, Skipped):
                summary.skipped.append(item)
                continue
            result = store_document(sessions, analyse(item), PIPELINE_VERSION)
            summary.sentences += result.sentences
            if result.status == "added":
                summary.added += 1
            elif result.status == "new-version":
                summary.new_versions += 1
            else:
                summary.unchanged += 1
        on_file_done(path)
    return summary
