"""Create and upgrade the schema with Alembic; the only way a database gets its tables."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from annotate.store.engine import DatabaseError, redacted, write_engine

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "0003"  # the newest migration; a test checks it against the migrations folder
MIGRATION_LOCK = 0x636C6D73  # PostgreSQL advisory lock key held while migrating


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema; a no-op when it is already there (checked
    without loading Alembic, so that commands on an up-to-date database start quickly)."""
    try:
        if _at_head(engine):
            return
        from alembic import command

        config = alembic_config()
        with write_engine(engine).begin() as connection:
            if connection.dialect.name == "postgresql":  # two processes upgrading: one waits
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as error:
        reason = str(error.orig).splitlines()[0] if error.orig else str(error)
        raise DatabaseError(f"cannot open database {redacted(str(engine.url))}: {reason}") from None
    except SQLAlchemyError as error:
        raise DatabaseError(f"database error on {redacted(str(engine.url))}: {error}") from None


def _at_head(engine: Engine) -> bool:
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    except SQLAlchemyError:  # no version table yet
        return False
