"""Bring a database file to the current schema, safely.

Opening refuses files that are not SQLite or are damaged, and files written by a newer
Firsthand; before upgrading an existing database it takes a backup.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from .backup import backup_now
from .engine import Store, translate, translated
from .errors import DatabaseTooNew, NotADatabase, Unwritable

MIGRATIONS = Path(__file__).with_name("migrations")


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


def check_file(path: Path) -> None:
    """Raise NotADatabase if `path` exists but is not a sound SQLite file."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise translate(exc, path) from exc
    if header != b"SQLite format 3\x00":
        raise NotADatabase(f"The file {path} is not a Firsthand database (it is not SQLite).", path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1.0)
        try:
            row = conn.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        err = translate(exc, path)
        if isinstance(err, NotADatabase):
            raise err from exc
        return  # locked or unreadable right now: let the real open report it
    if row is None or row[0] != "ok":
        raise NotADatabase(
            f"The database {path} is damaged ({row[0] if row else 'no answer'}).", path
        )


def current_revision(store: Store) -> str | None:
    with translated(store.path), store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _has_foreign_tables(store: Store) -> bool:
    with translated(store.path), store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    return bool(rows)


def open_store(path: Path, backup_dir: Path | None = None, keep: int = 10) -> Store:
    """Open (creating if needed) and upgrade the database at `path`.

    Raises NotADatabase, DatabaseTooNew, DatabaseLocked or Unwritable; never overwrites a
    file it does not recognise.
    """
    path = Path(path)
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise Unwritable(
                f"Firsthand can't create the folder {path.parent}: {exc.strerror or exc}.", path
            ) from exc
    check_file(path)
    store = Store(path)
    try:
        existing = current_revision(store)
        if existing is None and _has_foreign_tables(store):
            raise NotADatabase(
                f"The file {path} is an SQLite database of another program, not Firsthand's.", path
            )
        if existing is not None and existing not in known_revisions():
            raise DatabaseTooNew(
                f"The database {path} was made by a newer version of Firsthand. "
                "Update Firsthand to open it; it was left untouched.",
                path,
            )
        if existing != head_revision():
            if existing is not None and backup_dir is not None:
                backup_now(path, backup_dir, keep=keep, reason="before-upgrade")
            cfg = alembic_config()
            with translated(path), store.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
    except BaseException:
        store.dispose()
        raise
    return store
