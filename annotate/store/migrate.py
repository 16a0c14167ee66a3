"""Create and upgrade the schema with Alembic; the only way a database gets its tables."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from annotate.store.engine import DatabaseError, redacted

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema; a no-op when it is already there."""
    try:
        if current_revision(engine) == head_revision():
            return
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as error:
        reason = str(error.orig).splitlines()[0] if error.orig else str(error)
        raise DatabaseError(f"cannot open database {redacted(str(engine.url))}: {reason}") from None
    except SQLAlchemyError as error:
        raise DatabaseError(f"database error on {redacted(str(engine.url))}: {error}") from None
