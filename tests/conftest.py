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
