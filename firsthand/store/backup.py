"""Rotating backups with SQLite's online backup API (safe while the app writes)."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from firsthand.message import QT_TRANSLATE_NOOP, say

from .engine import sqlite_uri, translate
from .errors import NotADatabase, StoreError

SUFFIX = ".firsthand-backup.db"

# In English; the UI translates them (context "StoreError"). %2: what SQLite or the system said.
BACKUP_UNREADABLE = QT_TRANSLATE_NOOP("StoreError", "The backup %1 can't be read: %2.")
BACKUP_DAMAGED = QT_TRANSLATE_NOOP("StoreError", "The backup %1 is damaged.")
RESTORE_FAILED = QT_TRANSLATE_NOOP("StoreError", "Restoring %1 failed: %2")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    size: int


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S-%f")


def list_backups(backup_dir: Path, db_path: Path) -> list[BackupInfo]:
    """Backups of `db_path` in `backup_dir`, newest first."""
    if not backup_dir.is_dir():
        return []
    out = []
    for p in backup_dir.glob(f"{db_path.stem}-*{SUFFIX}"):
        stat = p.stat()
        out.append(BackupInfo(p, datetime.fromtimestamp(stat.st_mtime, UTC), stat.st_size))
    out.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
    return out


def backup_now(db_path: Path, backup_dir: Path, keep: int = 10, reason: str = "manual") -> Path:
    """Copy the live database into `backup_dir`; keep only the newest `keep` backups."""
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise translate(exc, backup_dir) from exc
    now = datetime.now(UTC)
    target = backup_dir / f"{db_path.stem}-{_stamp(now)}-{reason}{SUFFIX}"
    partial = target.with_name(target.name + ".part")
    try:
        src = sqlite3.connect(sqlite_uri(db_path, "ro"), uri=True, timeout=5.0)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise translate(exc, target) from exc
    for old in list_backups(backup_dir, db_path)[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
    return target


def backup_if_due(
    db_path: Path, backup_dir: Path, keep: int = 10, every: timedelta = timedelta(days=1)
) -> Path | None:
    """The daily backup: make one if the newest is older than `every`."""
    if not db_path.exists():
        return None
    newest = list_backups(backup_dir, db_path)
    if newest and datetime.now(UTC) - newest[0].made_at < every:
        return None
    return backup_now(db_path, backup_dir, keep=keep, reason="daily")


def set_aside(db_path: Path) -> Path:
    """Rename a bad database (and its WAL files) out of the way; returns the new name."""
    stamp = _stamp(datetime.now(UTC))
    aside = db_path.with_name(f"{db_path.name}.unreadable-{stamp}")
    try:
        db_path.rename(aside)
        _move_wal_files(db_path, aside)
    except OSError as exc:
        raise translate(exc, db_path) from exc
    return aside


def _move_wal_files(db_path: Path, aside: Path) -> None:
    """Rename `db_path`'s -wal and -shm files after `aside`.

    SQLite replays a -wal it finds into whatever database next takes the name, so one left
    by a file deleted while open must not meet the backup restored in its place.
    """
    for extra in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + extra)
        if side.exists():
            side.rename(aside.with_name(aside.name + extra))


def restore(backup: Path, db_path: Path) -> Path | None:
    """Put `backup` in place of `db_path`; the file it replaces is set aside, never deleted.

    Returns where the replaced file went (None if there was none). The caller must have
    closed every connection to `db_path` first.
    """
    try:
        conn = sqlite3.connect(sqlite_uri(backup, "ro"), uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise NotADatabase(say(BACKUP_UNREADABLE, backup, exc), backup) from exc
    if not ok or ok[0] != "ok":
        raise NotADatabase(say(BACKUP_DAMAGED, backup), backup)
    aside = set_aside(db_path) if db_path.exists() else None
    try:
        wal = db_path.with_name(db_path.name + "-wal")
        if aside is None and wal.exists() and wal.stat().st_size > 0:
            # The file went missing, but not the changes its WAL still holds.
            _move_wal_files(
                db_path, db_path.with_name(f"{db_path.name}.gone-{_stamp(datetime.now(UTC))}")
            )
        partial = db_path.with_name(db_path.name + ".restoring")
        shutil.copy2(backup, partial)
        partial.replace(db_path)
    except OSError as exc:
        raise StoreError(say(RESTORE_FAILED, backup, exc), db_path) from exc
    return aside
