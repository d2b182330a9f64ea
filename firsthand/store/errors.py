"""Store failures, each with a message a user can act on."""

from __future__ import annotations

from pathlib import Path

from firsthand.message import Message


class StoreError(Exception):
    """Base for every failure of the store; `str()` is a plain English sentence.

    `message` is the same sentence as a Message, for the UI to show in its own language:
    the templates are marked for translation in context "StoreError" where they are raised.
    """

    def __init__(self, message: str | Message, path: Path | None = None) -> None:
        self.message = message if isinstance(message, Message) else Message(message)
        super().__init__(str(self.message))
        self.path = path


class NotADatabase(StoreError):
    """The file exists but is not a readable SQLite database (or is corrupt)."""


class DatabaseTooNew(StoreError):
    """The file was written by a newer Firsthand whose schema we don't know."""


class DatabaseLocked(StoreError):
    """Another program held the database longer than the busy timeout."""


class DatabaseGone(StoreError):
    """The database file was moved or deleted while it was open: nothing can be saved there."""


class Unwritable(StoreError):
    """The folder or file can't be written: read-only, missing or disk full."""


class ConflictError(StoreError):
    """The row changed since it was read (optimistic locking)."""


class NotFound(StoreError):
    """The row does not exist (or was deleted)."""
