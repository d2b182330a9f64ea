"""Open SQLite the way Firsthand needs it: WAL, busy timeout, foreign keys.

Connections never create the file: only `create_file` does (first run, or a new file the
user chose). A database moved or deleted while the app runs stays missing, and says so,
instead of SQLite quietly making an empty one in its place.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool
from sqlmodel import Session, create_engine

from firsthand.message import QT_TRANSLATE_NOOP, say

from .errors import DatabaseGone, DatabaseLocked, NotADatabase, StoreError, Unwritable

BUSY_TIMEOUT_S = 5.0


def sqlite_uri(path: Path, mode: str) -> str:
    """The URI sqlite3.connect(…, uri=True) opens `path` by: `mode` is "ro", "rw" or "rwc".

    Only "rwc" creates a missing file. The path is percent-encoded, so "?", "#" or "%" in
    a folder's name stay part of the name.
    """
    return f"{Path(path).absolute().as_uri()}?mode={mode}"


def make_engine(path: Path, busy_timeout: float = BUSY_TIMEOUT_S) -> Engine:
    """An engine for the existing SQLite file at `path` (no I/O until first use)."""
    uri = sqlite_uri(path, "rw")

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=busy_timeout, check_same_thread=False)

    # NullPool: each session gets its own connection, so worker threads never share one.
    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)
    timeout_ms = int(busy_timeout * 1000)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # pysqlite's own transaction handling breaks SAVEPOINT and DDL; let SQLAlchemy begin.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {timeout_ms}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")

    return engine


# What went wrong, in English; the UI translates them (context "StoreError"). %1 is the file.
LOCKED = QT_TRANSLATE_NOOP(
    "StoreError",
    "The database %1 is in use by another program. "
    "Close it there (or wait a moment) and try again.",
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "StoreError", "The disk holding %1 is full. Free some space and try again."
)
CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "StoreError", "Firsthand can't write to %1. Check that the folder exists and is writable."
)
NOT_OURS_OR_DAMAGED = QT_TRANSLATE_NOOP(
    "StoreError", "The file %1 is not a Firsthand database, or it is damaged."
)
GONE = QT_TRANSLATE_NOOP(
    "StoreError", "The database file %1 was moved or deleted while Firsthand had it open."
)
# %2: what SQLite or the system said, left as it is.
UNUSABLE = QT_TRANSLATE_NOOP("StoreError", "The database %1 could not be used: %2")


def translate(exc: BaseException, path: Path) -> StoreError:
    """Turn a SQLite/OS failure into a StoreError that names the file.

    SQLAlchemy's errors are judged, and quoted, by the driver's own words: never the
    statement and parameters SQLAlchemy adds to them.
    """
    said = getattr(exc, "orig", None) or exc
    msg = str(said).lower()
    if "locked" in msg or "busy" in msg:
        return DatabaseLocked(say(LOCKED, path), path)
    if "disk is full" in msg or "disk full" in msg or "no space" in msg:
        return Unwritable(say(DISK_FULL, path), path)
    if "readonly" in msg or "read-only" in msg or "unable to open" in msg or "permission" in msg:
        return Unwritable(say(CANNOT_WRITE, path), path)
    if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
        return NotADatabase(say(NOT_OURS_OR_DAMAGED, path), path)
    return StoreError(say(UNUSABLE, path, said), path)


@contextmanager
def translated(path: Path) -> Iterator[None]:
    """Re-raise database and file errors as StoreErrors naming `path`."""
    try:
        yield
    except StoreError:
        raise
    except (OperationalError, SADatabaseError, sqlite3.Error, OSError) as exc:
        raise translate(exc, path) from exc


def create_file(path: Path) -> None:
    """Make an empty database file at `path` if there is none (first run, a new file)."""
    with translated(path):
        sqlite3.connect(sqlite_uri(path, "rwc"), uri=True).close()


class Store:
    """One database file: its engine and short-lived sessions.

    The file must exist (see `create_file`); once it is gone, every read and write raises
    DatabaseGone until it is back.
    """

    def __init__(self, path: Path, busy_timeout: float = BUSY_TIMEOUT_S) -> None:
        self.path = Path(path)
        self.engine = make_engine(self.path, busy_timeout)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; objects come back detached."""
        with self._translated(), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one IMMEDIATE transaction: all of it lands, or none.

        Raises DatabaseGone if the file left its place meanwhile: a commit into a deleted
        file is lost, so it does not count as saved.
        """
        with self._translated():
            with self.engine.connect() as conn:
                conn.info["write"] = True
                with Session(bind=conn, expire_on_commit=False) as session:
                    yield session
                    session.commit()
            if not self.path.exists():
                raise self._gone()

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """As `translated`, but a file no longer at its place says so: SQLite only says it
        can't open it, which would send the user looking at folder permissions."""
        try:
            with translated(self.path):
                yield
        except StoreError as err:
            if isinstance(err, DatabaseGone) or self.path.exists():
                raise
            raise self._gone() from err

    def _gone(self) -> DatabaseGone:
        return DatabaseGone(say(GONE, self.path), self.path)

    def dispose(self) -> None:
        self.engine.dispose()
