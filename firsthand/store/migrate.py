"""Bring a database file to the current schema, safely.

Opening refuses files that are not SQLite or are damaged, and files written by a newer
Firsthand; before upgrading an existing database it takes a backup.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from firsthand.message import QT_TRANSLATE_NOOP, say

from .backup import backup_now
from .engine import BUSY_TIMEOUT_S, Store, create_file, sqlite_uri, translate, translated
from .errors import DatabaseTooNew, NotADatabase, Unwritable

MIGRATIONS = Path(__file__).with_name("migrations")

# Why a file is refused, in English; the UI translates them (context "StoreError").
NOT_SQLITE = QT_TRANSLATE_NOOP(
    "StoreError", "The file %1 is not a Firsthand database (it is not SQLite)."
)
# %2: what SQLite's integrity check said, left as it is.
DAMAGED = QT_TRANSLATE_NOOP("StoreError", "The database %1 is damaged (%2).")
ANOTHER_PROGRAMS = QT_TRANSLATE_NOOP(
    "StoreError", "The file %1 is an SQLite database of another program, not Firsthand's."
)
TOO_NEW = QT_TRANSLATE_NOOP(
    "StoreError",
    "The database %1 was made by a newer version of Firsthand. "
    "Update Firsthand to open it; it was left untouched.",
)
# %2: what the system said.
CANNOT_MAKE_FOLDER = QT_TRANSLATE_NOOP("StoreError", "Firsthand can't create the folder %1: %2.")


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """FTS5 tables and their shadow tables are made by the migration, not by the models."""
    return not (type_ == "table" and name is not None and name.startswith("post_fts"))


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def inspect_file(path: Path, busy_timeout: float = BUSY_TIMEOUT_S) -> str | None:
    """The schema revision of the file at `path`, read without writing a byte.

    Raises NotADatabase if it is not SQLite, is damaged, or belongs to another program,
    and DatabaseTooNew if a newer Firsthand wrote it. None: new or empty file.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise translate(exc, path) from exc
    if header != b"SQLite format 3\x00":
        raise NotADatabase(say(NOT_SQLITE, path), path)
    try:
        conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True, timeout=busy_timeout)
        try:
            check = conn.execute("PRAGMA quick_check(1)").fetchone()
            tables = {
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                )
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    if check is None or check[0] != "ok":
        raise NotADatabase(say(DAMAGED, path, check[0] if check else "?"), path)
    if revision is None and tables - {"alembic_version"}:
        raise NotADatabase(say(ANOTHER_PROGRAMS, path), path)
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(say(TOO_NEW, path), path)
    return revision


def current_revision(store: Store) -> str | None:
    with translated(store.path), store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def open_store(
    path: Path,
    backup_dir: Path | None = None,
    keep: int = 10,
    busy_timeout: float = BUSY_TIMEOUT_S,
) -> Store:
    """Open (creating if needed) and upgrade the database at `path`.

    Raises NotADatabase, DatabaseTooNew, DatabaseLocked or Unwritable; never overwrites a
    file it does not recognise. The only place a missing database file is made.
    """
    path = Path(path)
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise Unwritable(
                say(CANNOT_MAKE_FOLDER, path.parent, exc.strerror or exc), path
            ) from exc
    existing = inspect_file(path, busy_timeout)
    if existing is None:
        create_file(path)
    store = Store(path, busy_timeout)
    try:
        if existing != head_revision():
            if existing is not None and backup_dir is not None:
                backup_now(path, backup_dir, keep=keep, reason="before-upgrade")
            cfg = alembic_config()
            with translated(path), store.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        else:
            current_revision(store)  # opens once, so a lock or permission fault shows now
    except BaseException:
        store.dispose()
        raise
    return store
