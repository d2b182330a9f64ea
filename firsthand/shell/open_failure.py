"""The dialog shown when the database can't be opened: what happened, and the ways back."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from firsthand.services.database import (
    OTHER_FILE,
    QUIT,
    RESTORE,
    RETRY,
    START_FRESH,
    OpenFailure,
)
from firsthand.store import DatabaseGone, DatabaseLocked, DatabaseTooNew, NotADatabase

from .choice_box import ChoiceBox, newest_backup_time
from .i18n import fmt
from .store_errors import explain


class OpenFailureDialog(ChoiceBox):
    """Explains an OpenFailure in plain words; `choice` is what the user picked."""

    def __init__(self, failure: OpenFailure, parent: QWidget | None = None) -> None:
        super().__init__(QUIT, parent)
        self.setObjectName("open_failure")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Firsthand can't open its database"))
        err = failure.error
        if isinstance(err, NotADatabase):
            text = fmt(
                self.tr(
                    "The file %1 is not a Firsthand database, or it is damaged. "
                    "It has not been changed."
                ),
                failure.path,
            )
        elif isinstance(err, DatabaseTooNew):
            text = fmt(
                self.tr(
                    "The file %1 was made by a newer version of Firsthand. Update Firsthand "
                    "to open it. It has not been changed."
                ),
                failure.path,
            )
        elif isinstance(err, DatabaseLocked):
            text = fmt(
                self.tr(
                    "The file %1 is in use by another program (or another Firsthand). Close "
                    "it there, then try again. Nothing was written."
                ),
                failure.path,
            )
        else:
            text = explain(err)
        self.setText(text)
        newest = newest_backup_time(failure.backups)
        if newest and isinstance(err, NotADatabase):
            self.setInformativeText(
                fmt(
                    self.tr(
                        "The newest backup is from %1. Restoring it keeps the damaged file "
                        "beside it, renamed."
                    ),
                    newest,
                )
            )
        elif newest and isinstance(err, DatabaseGone):
            self.setInformativeText(
                fmt(
                    self.tr(
                        "The newest backup is from %1. If you moved the file, open it where "
                        "it is now."
                    ),
                    newest,
                )
            )
        fresh = (
            self.tr("Start a new, empty database")
            if isinstance(err, DatabaseGone)  # there is no file to keep aside
            else self.tr("Start a new database (keep this file aside)")
        )
        labels = {
            RETRY: self.tr("Try again"),
            RESTORE: self.tr("Restore the newest backup"),
            START_FRESH: fresh,
            OTHER_FILE: self.tr("Open another file…"),
            QUIT: self.tr("Quit"),
        }
        for key in failure.choices():
            button = self.add_choice(key, labels[key])
            if key in (RETRY, RESTORE):
                self.setDefaultButton(button)
