"""Shared paths and fixtures. Tests read real inputs: the seeds and ../shared (gold, data)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = Path(os.environ.get("CLAIMSIFT_SHARED", REPO.parent / "shared"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(
            f"{path} is missing: the tests need the project's shared/ folder beside the repository "
            "(or CLAIMSIFT_SHARED pointing at it)"
        )
    return path


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture
def gold_seeds() -> list[dict]:
    from claims.evaluate import load_jsonl

    return load_jsonl(shared_path("gold", "seeds.jsonl"))


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture(scope="session")
def seeded_db_template(tmp_path_factory) -> Path:
    """The seeds ingested once per run into a SQLite file; tests copy it."""
    from annotate.ingest import ingest_files, list_inputs
    from annotate.store.engine import make_engine, make_sessionmaker
    from annotate.store.migrate import upgrade

    path = tmp_path_factory.mktemp("seeded") / "seeds.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    files, _ = list_inputs([str(SEEDS)])
    ingest_files(make_sessionmaker(engine), files)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture
def seeded_sqlite_url(seeded_db_template: Path, tmp_path: Path) -> str:
    """A private copy of the seeded database."""
    import shutil

    target = tmp_path / "seeded.db"
    shutil.copyfile(seeded_db_template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def seeded_url(seeded_sqlite_url: str) -> str:
    """SQLite here; tests/annotate runs its tests on PostgreSQL too."""
    return seeded_sqlite_url


@pytest.fixture
def seeded_sessions(seeded_url: str):
    from annotate.store.engine import make_engine, make_sessionmaker

    engine = make_engine(seeded_url)
    yield make_sessionmaker(engine)
    engine.dispose()
