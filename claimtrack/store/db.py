"""Open a store: an SQLAlchemy engine on SQLite (default) or PostgreSQL, migrated to the head schema.

SQLite runs in WAL mode with ``synchronous=NORMAL`` and foreign keys on, so that
one writer and many readers (the web app) can share the file and a run killed
at any moment leaves the last committed transaction intact. PostgreSQL URLs may
be given as ``postgresql://...``; they are driven by psycopg 3.

A store the user may only read (a shared folder, a read-only file) is opened with
``connect(..., read_only=True)``: an SQLite ``mode=ro`` URI and no WAL pragma.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache, partial
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url

from claimtrack.errors import StoreReadOnly

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


def connect(url: str = DEFAULT_URL, *, migrate_schema: bool = True, read_only: bool = False) -> Engine:
    """An engine on the store at ``url``, its schema created or upgraded to the head revision.

    Args:
        url: an SQLAlchemy URL or ``postgresql://...``; default ``sqlite:///claimtrack.db``
            (the file is created when missing).
        migrate_schema: run the Alembic migrations (on by default; the web app may
            pass ``False`` to open a store read-only).
        read_only: write nothing, not even SQLite's ``-wal``/``-shm`` files where the
            folder forbids it (:func:`is_read_only` tells); implies no migration.

    Raises:
        sqlalchemy.exc.OperationalError: the database can not be reached or opened.
        sqlalchemy.exc.ArgumentError: the URL is not understood.
        StoreReadOnly: (on the first query) a read-only SQLite store whose write-ahead log
            holds changes that can not be read from its folder.
    """
    sa_url = make_url(normalise_url(url))
    if sa_url.get_backend_name() == "sqlite" and read_only and sa_url.database not in (None, "", ":memory:"):
        engine = create_engine(sa_url, creator=partial(_open_read_only, sa_url.database))
        event.listen(engine, "connect", _sqlite_read_pragmas)
    elif sa_url.get_backend_name() == "sqlite":
        engine = create_engine(sa_url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(sa_url, pool_pre_ping=True)
    if read_only:
        return engine.execution_options(claimtrack_read_only=True)
    if migrate_schema:
        migrate(engine)
    return engine


def is_read_only(engine: Engine) -> bool:
    """Whether ``engine`` was opened with ``connect(..., read_only=True)``."""
    return bool(engine.get_execution_options().get("claimtrack_read_only"))


def _open_read_only(path: str) -> sqlite3.Connection:
    """An SQLite connection that writes nothing: ``mode=ro``; where SQLite can not make the
    WAL's shared-memory file (a read-only folder), ``immutable=1``, which is exact only
    while the write-ahead log is empty, so a log with changes is an error that says so."""
    uri = "file:" + quote(os.path.abspath(path))
    conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=30, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master")  # the -shm file is needed here, not at open
        return conn
    except sqlite3.OperationalError:
        conn.close()
        wal = Path(path + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise StoreReadOnly(
                f"can not read the store {path}: its write-ahead log {wal} holds changes that are not in "
                f"{Path(path).name} yet, and SQLite can only read them from a folder you may write to; "
                f"whoever writes the store can fold them in (close the programs that write it, or run "
                f"sqlite3 {path} 'PRAGMA wal_checkpoint(TRUNCATE)'), or copy {Path(path).name} with its "
                f"-wal file to a folder you can write to"
            ) from None
    return sqlite3.connect(uri + "?immutable=1", uri=True, check_same_thread=False)


def _sqlite_read_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_connection.execute("PRAGMA query_only=ON")


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_connection.cursor()
    _journal_wal(cur)
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _journal_wal(cur, wait: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Put the database in WAL mode, waiting up to ``wait`` seconds for another process.

    SQLite answers "database is locked" at once, without its busy handler, when two
    processes switch a fresh file to WAL at the same moment (two ingests on a new
    store): so the switch is tried again until the other one is done.
    """
    deadline = time.monotonic() + wait
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _alembic_config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return cfg


def migrate(engine: Engine) -> None:
    """Upgrade the store to the head revision (a no-op when it is there already).

    Two processes may open a fresh store at the same moment (two ingests): the
    upgrade runs under a lock (a lock file next to an SQLite database, an advisory
    lock on PostgreSQL) and the revision is read again inside it, so the second
    one finds the work done.

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
    with _migration_lock(engine), engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        if _revision(conn) == head_revision():
            return  # another process migrated while we waited
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


#: The PostgreSQL advisory lock that serialises migrations (any fixed number works).
_LOCK_KEY = 7_120_112


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """An exclusive lock file ``<database>.migrate.lock`` for a file-backed SQLite store."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:" or database.startswith("file:"):
        yield
        return
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock (concurrent first runs may then fail once)
        yield
        return
    with open(f"{database}.migrate.lock", "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest migration revision shipped with this code (``"0001"``)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The store's schema revision, ``None`` for an empty database."""
    with engine.connect() as conn:
        return _revision(conn)


def _revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
