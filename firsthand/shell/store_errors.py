"""Store failures in a widget: said in the UI's language, and a retry when the file is locked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from firsthand.store import ConflictError, DatabaseLocked, StoreError

from .i18n import translate_message

T = TypeVar("T")


def explain(err: BaseException) -> str:
    """What went wrong, for a dialog: a store failure in the UI's language, anything else as is.

    `str(err)` stays English (the CLI prints it); the sentence's values, such as the file's
    path or SQLite's own words, are shown untranslated.
    """
    if isinstance(err, StoreError):
        return translate_message(err.message, "StoreError")
    return str(err)


def save_or_explain(parent: QWidget | None, title: str, write: Callable[[], T]) -> T | None:
    """Run `write`; on failure explain it, and offer "Try again" while the file is locked.

    ConflictError propagates. Returns None when the write did not happen; a failed write
    changed nothing (each service write is one transaction).
    """
    while True:
        try:
            return write()
        except DatabaseLocked as err:
            box = QMessageBox(QMessageBox.Icon.Warning, title, explain(err), parent=parent)
            box.setObjectName("locked_message")
            retry = box.addButton(
                QCoreApplication.translate("store_errors", "Try again"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            retry.setObjectName("retry")
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not retry:
                return None
        except ConflictError:
            raise  # the caller knows how to merge or reload
        except StoreError as err:
            QMessageBox.critical(parent, title, explain(err))
            return None
