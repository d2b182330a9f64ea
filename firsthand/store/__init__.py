"""The memory: SQLModel tables, the engine, migrations and backups."""

from .backup import BackupInfo, backup_if_due, backup_now, list_backups, restore, set_aside
from .engine import Store
from .errors import (
    ConflictError,
    DatabaseGone,
    DatabaseLocked,
    DatabaseTooNew,
    NotADatabase,
    NotFound,
    StoreError,
    Unwritable,
)
from .migrate import head_revision, open_store
from .types import utcnow

__all__ = [
    "BackupInfo",
    "ConflictError",
    "DatabaseGone",
    "DatabaseLocked",
    "DatabaseTooNew",
    "NotADatabase",
    "NotFound",
    "Store",
    "StoreError",
    "Unwritable",
    "backup_if_due",
    "backup_now",
    "head_revision",
    "list_backups",
    "open_store",
    "restore",
    "set_aside",
    "utcnow",
]
