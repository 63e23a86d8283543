"""Open a store: an SQLAlchemy engine on SQLite (default) or PostgreSQL, migrated to the head schema.

SQLite runs in WAL mode with ``synchronous=NORMAL`` and foreign keys on, so that
one writer and many readers (the web app) can share the file and a run killed
at any moment leaves the last committed transaction intact. PostgreSQL URLs may
be given as ``postgresql://...``; they are driven by psycopg 3.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url

DEFAULT_URL = "sqlite:///claimtrack.db"

_MIGRATIONS = Path(__file__).with_name("migrations")


def normalise_url(url: str) -> str:
    """The SQLAlchemy URL for a user's ``--db`` value.

    ``postgresql://`` and ``postgres://`` become ``postgresql+psycopg://``; a bare
    file path (no ``://``) becomes ``sqlite:///<path>``; anything else is kept.
    """
    if "://" not in url:
        return f"sqlite:///{url}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def connect(url: str = DEFAULT_URL, *, migrate_schema: bool = True) -> Engine:
    """An engine on the store at ``url``, its schema created or upgraded to the head revision.

    Args:
        url: an SQLAlchemy URL or ``postgresql://...``; default ``sqlite:///claimtrack.db``
            (the file is created when missing).
        migrate_schema: run the Alembic migrations (on by default; the web app may
            pass ``False`` to open a store read-only).

    Raises:
        sqlalchemy.exc.OperationalError: the database can not be reached or opened.
        sqlalchemy.exc.ArgumentError: the URL is not understood.
    """
    sa_url = make_url(normalise_url(url))
    if sa_url.get_backend_name() == "sqlite":
        engine = create_engine(sa_url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(sa_url, pool_pre_ping=True)
    if migrate_schema:
        migrate(engine)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _alembic_config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return cfg


def migrate(engine: Engine) -> None:
    """Upgrade the store to the head revision (a no-op when it is there already).

    Raises:
        alembic.util.CommandError: the store holds a revision this code does not know
            (it was written by a newer claimtrack).
    """
    from claimtrack.store.schema import SCHEMA_VERSION

    current = current_revision(engine)
    if current == SCHEMA_VERSION or current == head_revision():  # the first test skips importing Alembic
        return
    from alembic import command

    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest migration revision shipped with this code (``"0001"``)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The store's schema revision, ``None`` for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
