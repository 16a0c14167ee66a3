from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, inspect, select, text

from annotate.store.engine import DatabaseError, make_engine, make_sessionmaker, redacted
from annotate.store.migrate import current_revision, head_revision, upgrade
from annotate.store.models import ClaimRow, DocumentRow
from annotate.store.repository import store_document
from claims.pipeline import PIPELINE_VERSION, analyse
from claims.reader import read_paths
from tests.conftest import SEEDS


@pytest.fixture
def sessions(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    return make_sessionmaker(engine)


def seed_documents():
    return list(read_paths([SEEDS]))


def count(sessions, model) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_migrations_create_schema_with_wal_and_foreign_keys(db_url, backend):
    engine = make_engine(db_url)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert {"documents", "claims", "annotations", "alembic_version"} <= set(
        inspect(engine).get_table_names())
    if backend == "sqlite":
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    upgrade(engine)  # idempotent
    assert current_revision(engine) == head_revision()


def test_unchanged_file_adds_nothing_and_changed_file_is_new_version(sessions, tmp_path):
    for document in seed_documents():
        result = store_document(sessions, analyse(document), PIPELINE_VERSION)
        assert result.status == "added" and result.sentences > 0
    documents, claims = count(sessions, DocumentRow), count(sessions, ClaimRow)
    for document in seed_documents():
        assert store_document(sessions, analyse(document), PIPELINE_VERSION).status == "unchanged"
    assert (count(sessions, DocumentRow), count(sessions, ClaimRow)) == (documents, claims)

    path = tmp_path / "article.txt"
    path.write_text("First version. It says one thing.", encoding="utf-8")
    first = store_document(sessions, analyse(*read_paths([path])), PIPELINE_VERSION)
    path.write_text("Second version. It says another thing. And more.", encoding="utf-8")
    second = store_document(sessions, analyse(*read_paths([path])), PIPELINE_VERSION)
    assert (first.status, second.status) == ("added", "new-version")
    with sessions() as session:
        versions = session.execute(
            select(DocumentRow.version, func.count(ClaimRow.id)).join(ClaimRow)
            .where(DocumentRow.path == str(path)).group_by(DocumentRow.version)
        ).all()
    assert sorted(versions) == [(1, 2), (2, 3)]


def test_failure_inside_a_document_leaves_nothing(sessions):
    analysed = analyse(seed_documents()[0])
    broken = dataclasses.replace(analysed.sentences[-1], kind=None)  # violates NOT NULL
    analysed = dataclasses.replace(analysed, sentences=[*analysed.sentences[:-1], broken])
    with pytest.raises(Exception):
        store_document(sessions, analysed, PIPELINE_VERSION)
    assert count(sessions, DocumentRow) == 0
    assert count(sessions, ClaimRow) == 0


def test_stored_claims_keep_offsets_into_the_original_text(sessions):
    for document in seed_documents():
        store_document(sessions, analyse(document), PIPELINE_VERSION)
    with sessions() as session:
        for claim in session.scalars(select(ClaimRow)):
            assert claim.document.text[claim.start:claim.end] == claim.text


def test_bad_urls_give_one_clear_error(tmp_path):
    with pytest.raises(DatabaseError, match="not a database URL"):
        make_engine("not a url at all")
    with pytest.raises(DatabaseError, match="does not exist"):
        make_engine(f"sqlite:///{tmp_path}/missing/folder/x.db")
    with pytest.raises(DatabaseError, match="no driver"):
        make_engine("nosuchdb://user:pw@localhost/db")
    unreachable = make_engine("postgresql+psycopg://claimsift:s3cret@127.0.0.1:1/none")
    with pytest.raises(DatabaseError, match="cannot open database") as caught:
        upgrade(unreachable)
    assert "s3cret" not in str(caught.value)
    assert "s3cret" not in redacted("postgresql://u:s3cret@h/db")


def test_migrations_match_the_models(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from annotate.store.models import Base

    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_head_constant_names_the_newest_migration():
    from annotate.store.migrate import HEAD, head_revision

    assert HEAD == head_revision()


def test_a_write_waits_for_a_locked_sqlite_database_and_is_run_again(tmp_path):
    import sqlite3
    import threading
    import time

    from sqlalchemy.exc import OperationalError

    path = tmp_path / "locked.db"
    engine = make_engine(f"sqlite:///{path}", busy_timeout_ms=50)
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    with pytest.raises(OperationalError, match="database is locked"):
        sessions.write(lambda session: None, attempts=1)

    threading.Timer(0.5, lambda: holder.execute("COMMIT")).start()
    started = time.monotonic()
    sessions.write(lambda session: session.add(DocumentRow(
        path="a.txt", name="a.txt", sha256="0" * 64, version=1, language="en", encoding="utf-8",
        text="x", pipeline_version="t")))
    assert time.monotonic() - started >= 0.4  # it waited for the lock, over several attempts
    assert count(sessions, DocumentRow) == 1
    holder.close()
