"""kill -9 in the middle of a large ingest, then ingest again: the database is consistent after the
kill, and the second run stores the rest, each document once (SQLite and PostgreSQL; one process
and two worker processes)."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest
from sqlalchemy import func, select

from annotate.store.engine import make_engine, make_sessionmaker
from annotate.store.models import ClaimRow, DocumentRow, TallyRow
from annotate.store.tallies import rebuild
from tests.conftest import SEEDS, shared_path

COPIES = 2


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seeds and the PolNeAR development articles, twice under different names (178 files)."""
    folder = tmp_path_factory.mktemp("corpus")
    sources = sorted(SEEDS.glob("*.txt")) + sorted(shared_path("data", "polnear-dev", "text").iterdir())
    for copy in range(COPIES):
        for source in sources:
            shutil.copyfile(source, folder / f"{copy}-{source.name}")
    return folder


def _ingest(corpus, url: str, jobs: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", "from annotate.cli import main; main()", "ingest", str(corpus),
         "--db", url, "--jobs", str(jobs)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)


def _documents(sessions) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(DocumentRow))


def _check_consistent(sessions) -> None:
    with sessions() as session:
        duplicates = session.execute(select(DocumentRow.path).group_by(DocumentRow.path)
                                     .having(func.count() > 1)).all()
        claims = session.execute(select(ClaimRow.document_id, func.count(), func.max(ClaimRow.seq))
                                 .group_by(ClaimRow.document_id)).all()
        documents = _documents(sessions)
        kept = Counter({tuple(r[:4]): r[4] for r in session.execute(select(
            TallyRow.facet, TallyRow.key, TallyRow.sub, TallyRow.label, TallyRow.n)) if r[4]})
    assert duplicates == []
    assert len(claims) == documents  # no document without its claims
    assert all(count == last + 1 for _, count, last in claims)  # none half-written
    with sessions.begin() as session:
        rebuild(session.connection())
    with sessions() as session:
        recounted = Counter({tuple(r[:4]): r[4] for r in session.execute(select(
            TallyRow.facet, TallyRow.key, TallyRow.sub, TallyRow.label, TallyRow.n)) if r[4]})
    assert recounted == kept  # the running counts match what was stored


@pytest.mark.parametrize("jobs", [1, 2])
def test_kill_9_during_ingest_then_ingest_again(corpus, db_url, jobs):
    files = len(list(corpus.iterdir()))
    sessions = make_sessionmaker(make_engine(db_url))
    process = _ingest(corpus, db_url, jobs)
    deadline = time.monotonic() + 120
    while True:
        time.sleep(0.2)
        try:
            stored = _documents(sessions)
        except Exception:  # the schema is not there yet
            stored = 0
        if stored >= 10 or process.poll() is not None or time.monotonic() > deadline:
            break
    assert process.poll() is None, "the ingest ended before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    killed_at = _documents(sessions)
    assert 10 <= killed_at < files
    _check_consistent(sessions)

    again = _ingest(corpus, db_url, jobs)
    output, _ = again.communicate(timeout=600)
    assert again.returncode == 0, output
    assert f"{killed_at} unchanged" in output  # what the killed run stored is not stored again
    assert f"{files - killed_at} documents stored ({files - killed_at} new" in output
    assert _documents(sessions) == files
    _check_consistent(sessions)
    sessions.kw["bind"].dispose()
