"""The composer's small dialogs: a save conflict, and the keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

RELOAD = "reload"
COPY = "copy"


def ask_conflict(parent: QWidget) -> str:
    """Ask what to do when the post was saved elsewhere: RELOAD theirs or keep mine as a COPY."""
    box = QMessageBox(parent)
    box.setObjectName("conflict_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Composer", "Saved in another window"))
    box.setText(
        QCoreApplication.translate(
            "Composer",
            "This post was changed in another window or on another computer since you opened "
            "it. Nothing has been overwritten.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Composer",
            "Keep your text as a new post (both versions stay), or load the other version "
            "(your changes here are dropped).",
        )
    )
    copy = box.addButton(
        QCoreApplication.translate("Composer", "Keep mine as a new post"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("Composer", "Load the other version"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(copy)
    box.exec()
    return COPY if box.clickedButton() is copy else RELOAD


class ShortcutsDialog(QDialog):
    """Every composer shortcut, read from the actions themselves so the list never drifts."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(actions), 2, self)
        table.setObjectName("shortcuts_table")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, action in enumerate(actions):
            table.setItem(row, 0, QTableWidgetItem(action.text().replace("&", "")))
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(460, 380)
