"""The dialog shown when the database file is moved or deleted while the window is open."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from firsthand.services.database import OTHER_FILE, RESTORE
from firsthand.store import BackupInfo, StoreError

from .i18n import fmt
from .store_errors import explain

LATER = "later"


class DatabaseGoneDialog(QMessageBox):
    """Says the file is gone and nothing typed is lost; `choice` is the way back picked:
    RESTORE (the newest backup, in the file's place), OTHER_FILE or LATER."""

    def __init__(
        self, error: StoreError, backups: list[BackupInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
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
                backups[0].made_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
        else:
            info = self.tr(
                "Nothing you typed is lost: it stays in the editor. If you moved the file, "
                "put it back and save again, or choose another database file and what you "
                "typed is saved into it."
            )
        self.setInformativeText(info)
        self.choice = LATER
        self._choices: dict[QPushButton, str] = {}
        restore = self._add(RESTORE, self.tr("Restore the newest backup here")) if backups else None
        self._add(OTHER_FILE, self.tr("Use another database file…"))
        later = self._add(LATER, self.tr("Not now"))
        self.setDefaultButton(restore or later)
        self.setEscapeButton(later)
        self.buttonClicked.connect(self._picked)

    def _add(self, key: str, label: str) -> QPushButton:
        role = (
            QMessageBox.ButtonRole.RejectRole if key == LATER else QMessageBox.ButtonRole.AcceptRole
        )
        button = self.addButton(label, role)
        button.setObjectName(f"choice_{key}")
        self._choices[button] = key
        return button

    def _picked(self, button: QPushButton) -> None:
        self.choice = self._choices.get(button, LATER)
