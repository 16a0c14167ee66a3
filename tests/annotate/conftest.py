"""The storage, review and statistics tests run twice: on SQLite and on a real PostgreSQL server
that the run starts on loopback (tests/pgserver.py) and stops at the end. Every test gets its own
database: a SQLite file, or a PostgreSQL database copied from a template of the seeds."""
from __future__ import annotations

import itertools

import pytest

from tests import pgserver
from tests.conftest import SEEDS

_numbers = itertools.count()


@pytest.fixture(scope="session")
def postgres():
    running = pgserver.start()
    try:
        yield running
    finally:
        pgserver.stop(running)


@pytest.fixture(scope="session")
def postgres_seeded(postgres) -> str:
    """A database of the seeds, ingested once; tests get copies (CREATE DATABASE ... TEMPLATE)."""
    from annotate.ingest import ingest_files, list_inputs
    from annotate.store.engine import make_engine, make_sessionmaker
    from annotate.store.migrate import upgrade

    postgres.execute("CREATE DATABASE seeds_template")
    engine = make_engine(postgres.url("seeds_template"))
    upgrade(engine)
    files, _ = list_inputs([str(SEEDS)])
    ingest_files(make_sessionmaker(engine), files)
    engine.dispose()
    return "seeds_template"


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    return request.param


@pytest.fixture
def db_url(backend, tmp_path, request) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    postgres = request.getfixturevalue("postgres")
    name = f"test_{next(_numbers)}"
    postgres.execute(f"CREATE DATABASE {name}")
    return postgres.url(name)


@pytest.fixture
def seeded_url(backend, request) -> str:
    if backend == "sqlite":
        return request.getfixturevalue("seeded_sqlite_url")
    postgres, template = request.getfixturevalue("postgres"), \
        request.getfixturevalue("postgres_seeded")
    name = f"seeded_{next(_numbers)}"
    postgres.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    return postgres.url(name)
