"""Opening the database at start-up, and the ways back when it can't be opened."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from firsthand.message import QT_TRANSLATE_NOOP, say
from firsthand.paths import Paths
from firsthand.settings import Settings
from firsthand.store import (
    BackupInfo,
    DatabaseGone,
    DatabaseTooNew,
    NotADatabase,
    Store,
    StoreError,
    backup_if_due,
    list_backups,
    open_store,
    restore,
    set_aside,
)
from firsthand.store.engine import BUSY_TIMEOUT_S
from firsthand.store.migrate import inspect_file

# What the user may do about a failure, in the order the dialog offers them.
RETRY = "retry"
RESTORE = "restore"
START_FRESH = "fresh"
OTHER_FILE = "other"
QUIT = "quit"

# In English; the UI translates them (context "StoreError"). %1 is the database file.
NO_FILE = QT_TRANSLATE_NOOP("StoreError", "There is no database file %1.")
EMPTY_FILE = QT_TRANSLATE_NOOP("StoreError", "The file %1 is empty, not a Firsthand database.")
NO_BACKUP = QT_TRANSLATE_NOOP("StoreError", "There is no backup of %1 to restore.")
MISSING = QT_TRANSLATE_NOOP(
    "StoreError",
    "The database file %1 is missing: it was moved or deleted after Firsthand last used it.",
)


def choose_db_path(paths: Paths, settings: Settings, override: str | None) -> Path:
    """--db wins, then the setting, then the per-user default."""
    if override:
        return Path(override).expanduser().resolve()
    if settings.db_path:
        return Path(settings.db_path).expanduser()
    return paths.default_db


@dataclass(frozen=True)
class OpenFailure:
    error: StoreError
    path: Path
    backups: list[BackupInfo]

    def choices(self) -> list[str]:
        """The ways back that make sense for this failure."""
        err = self.error
        if isinstance(err, NotADatabase | DatabaseGone):
            out = [RESTORE] if self.backups else []
            return [*out, START_FRESH, OTHER_FILE, QUIT]
        if isinstance(err, DatabaseTooNew):
            return [OTHER_FILE, QUIT]
        return [RETRY, OTHER_FILE, QUIT]  # locked, unwritable, or anything passing


def try_open(
    paths: Paths,
    path: Path,
    keep: int,
    busy_timeout: float = BUSY_TIMEOUT_S,
    create: bool = False,
) -> Store | OpenFailure:
    """Open and upgrade `path`; on failure, say what went wrong and what can be done.

    A missing file is made on a first run; one that has backups was lost, not new, so it
    is made only when `create` says the user chose a new, empty database.
    """
    backup_dir = paths.backup_dir_for(path)
    if not create and not path.exists():
        backups = list_backups(backup_dir, path)
        if backups:
            return OpenFailure(DatabaseGone(say(MISSING, path), path), path, backups)
    try:
        return open_store(path, backup_dir, keep=keep, busy_timeout=busy_timeout)
    except StoreError as err:
        return OpenFailure(err, path, list_backups(backup_dir, path))


def open_existing(path: Path, busy_timeout: float = BUSY_TIMEOUT_S) -> Store:
    """Open the Firsthand database at `path` to read it: never creates, upgrades or backs it up.

    Raises StoreError when there is no such file, or it is empty, damaged, not Firsthand's or
    from a newer version.
    """
    if not path.is_file():
        raise StoreError(say(NO_FILE, path), path)
    if inspect_file(path, busy_timeout) is None:
        raise NotADatabase(say(EMPTY_FILE, path), path)
    return Store(path, busy_timeout)


def restore_newest(paths: Paths, path: Path) -> Path | None:
    """Put the newest backup in place of `path`; the bad file is kept aside, never deleted."""
    backups = list_backups(paths.backup_dir_for(path), path)
    if not backups:
        raise NotADatabase(say(NO_BACKUP, path), path)
    return restore(backups[0].path, path)


def start_fresh(path: Path) -> Path | None:
    """Move an unreadable file aside (if it is there) so a new, empty database can be made."""
    return set_aside(path) if path.exists() else None


def daily_backup(paths: Paths, path: Path, keep: int) -> Path | None:
    return backup_if_due(path, paths.backup_dir_for(path), keep=keep)
