"""Read, analyse and store inputs, one transaction per document, reporting as it goes; with
several jobs, worker processes each read, analyse and store whole files."""
from __future__ import annotations

import multiprocessing
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

    def add(self, other: IngestSummary) -> None:
        self.added += other.added
        self.new_versions += other.new_versions
        self.unchanged += other.unchanged
        self.sentences += other.sentences
        self.skipped.extend(other.skipped)


def list_inputs(paths: Iterable[str]) -> tuple[list[Path], list[Skipped]]:
    files: list[Path] = []
    missing: list[Skipped] = []
    for item in expand_paths(paths):
        (missing if isinstance(item, Skipped) else files).append(item)
    return files, missing


def ingest_file(sessions: sessionmaker[Session], path: Path) -> IngestSummary:
    """Every document of one file, each stored in its own transaction: a crash loses at most the
    document being written, and running again skips what is stored."""
    summary = IngestSummary()
    for item in read_file(path):
        if isinstance(item, Skipped):
            summary.skipped.append(item)
            continue
        try:
            analysed = analyse(item)
        except Exception as error:  # a pipeline bug on one input must not stop a large run
            summary.skipped.append(Skipped(item.path, f"could not be analysed: "
                                                      f"{type(error).__name__}: {error}"))
            continue
        result = store_document(sessions, analysed, PIPELINE_VERSION)
        summary.sentences += result.sentences
        if result.status == "added":
            summary.added += 1
        elif result.status == "new-version":
            summary.new_versions += 1
        else:
            summary.unchanged += 1
    return summary


def ingest_files(
    sessions: sessionmaker[Session],
    files: Iterable[Path],
    on_file_done: Callable[[Path], None] = lambda path: None,
    jobs: int = 1,
) -> IngestSummary:
    summary = IngestSummary()
    if jobs <= 1:
        for path in files:
            summary.add(ingest_file(sessions, path))
            on_file_done(path)
        return summary
    url = sessions.kw["bind"].url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("spawn")  # no inherited connections or threads
    with context.Pool(jobs, initializer=_start_worker, initargs=(url,)) as pool:
        for path, done in pool.imap_unordered(_work, files, chunksize=4):
            summary.add(done)
            on_file_done(path)
    return summary


_worker_sessions: sessionmaker[Session] | None = None


def _start_worker(url: str) -> None:
    global _worker_sessions
    from annotate.store.engine import make_engine, make_sessionmaker

    _worker_sessions = make_sessionmaker(make_engine(url))


def _work(path: Path) -> tuple[Path, IngestSummary]:
    assert _worker_sessions is not None
    return path, ingest_file(_worker_sessions, path)
