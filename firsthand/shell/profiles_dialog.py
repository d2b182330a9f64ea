"""Choose who is writing: the staff of a clinic share one computer, each with a profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from firsthand.services.profiles import list_profiles
from firsthand.store import Store

from .first_run import FirstRunDialog
from .i18n import fmt


class ProfilesDialog(QDialog):
    """Lists the profiles in this database; `chosen` is the one picked (or just created)."""

    def __init__(self, store: Store, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.chosen: int | None = None
        self.setObjectName("profiles_dialog")
        self.setWindowTitle(self.tr("Who is writing?"))
        self.setMinimumWidth(420)
        note = QLabel(
            self.tr(
                "Each person keeps their own posts, topics and allowed words. "
                "Pick yours, or add a profile for a colleague."
            ),
            self,
        )
        note.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("profiles_list")
        self.list.setAccessibleName(self.tr("Profiles"))
        for p in list_profiles(store):
            label = fmt(self.tr("%1 — %2"), p.name, p.profession) if p.profession else p.name
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)
            if p.id == current:
                self.list.setCurrentItem(item)
        self.new_button = QPushButton(self.tr("New profile…"), self)
        self.new_button.setObjectName("new_profile")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this profile"))
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.new_button.clicked.connect(self.new_profile)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def new_profile(self) -> None:
        dialog = FirstRunDialog(self.store, self)
        dialog.setWindowTitle(self.tr("New profile"))
        if dialog.exec() and dialog.profile is not None:
            self.chosen = dialog.profile.id
            super().accept()

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = int(item.data(Qt.ItemDataRole.UserRole))
        super().accept()
