"""A message box whose buttons are the ways back a failure offers; `choice` is the one picked."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from firsthand.store import BackupInfo


class ChoiceBox(QMessageBox):
    """Each button stands for a choice key; `choice` is the key of the button clicked, or
    `fallback` (the reject button's key) when the box is closed otherwise."""

    def __init__(self, fallback: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = fallback
        self._fallback = fallback
        self._choices: dict[QPushButton, str] = {}
        self.buttonClicked.connect(self._picked)

    def add_choice(self, key: str, label: str) -> QPushButton:
        """A button for `key`, named "choice_<key>"; the fallback's button rejects."""
        role = (
            QMessageBox.ButtonRole.RejectRole
            if key == self._fallback
            else QMessageBox.ButtonRole.AcceptRole
        )
        button = self.addButton(label, role)
        button.setObjectName(f"choice_{key}")
        self._choices[button] = key
        return button

    def _picked(self, button: QPushButton) -> None:
        self.choice = self._choices.get(button, self._fallback)


def newest_backup_time(backups: list[BackupInfo]) -> str:
    """When the newest backup was made, in local time to the minute ("" when none)."""
    return backups[0].made_at.astimezone().strftime("%Y-%m-%d %H:%M") if backups else ""
