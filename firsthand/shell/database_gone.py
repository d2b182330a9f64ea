"""The dialog shown when the database file is moved or deleted while the window is open."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from firsthand.services.database import OTHER_FILE, RESTORE
from firsthand.store import BackupInfo, StoreError

from .choice_box import ChoiceBox, newest_backup_time
from .i18n import fmt
from .store_errors import explain

LATER = "later"


class DatabaseGoneDialog(ChoiceBox):
    """Says the file is gone and nothing typed is lost; `choice` is the way back picked:
    RESTORE (the newest backup, in the file's place), OTHER_FILE or LATER."""

    def __init__(
        self, error: StoreError, backups: list[BackupInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(LATER, parent)
        self.setObjectName("database_gone")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The database file is missing"))
        self.setText(explain(error))
        if backups:
            info = fmt(
                self.tr(
                    "Nothing you typed is lost: it stays in the editor. If you moved the "
                    "file, put it back and save again. Or restore the newest backup (%1) in "
                    "its place, and what you typed is saved into it."
                ),
                newest_backup_time(backups),
            )
        else:
            info = self.tr(
                "Nothing you typed is lost: it stays in the editor. If you moved the file, "
                "put it back and save again, or choose another database file and what you "
                "typed is saved into it."
            )
        self.setInformativeText(info)
        restore = (
            self.add_choice(RESTORE, self.tr("Restore the newest backup here")) if backups else None
        )
        self.add_choice(OTHER_FILE, self.tr("Use another database file…"))
        later = self.add_choice(LATER, self.tr("Not now"))
        self.setDefaultButton(restore or later)
        self.setEscapeButton(later)
