"""First run: create the first profile (who writes, in which field, for which networks)."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from firsthand.services.profiles import ProfileData, create_profile
from firsthand.store import Store, StoreError

from .i18n import fmt
from .store_errors import explain
from .widgets import ListEdit, NetworkChoice


def local_zone_name() -> str:
    """The IANA name of the machine's zone, or UTC when it can't be told."""
    from PySide6.QtCore import QTimeZone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    return name if name in available_timezones() else "UTC"


class FirstRunDialog(QDialog):
    """Asks for name, profession, topics, languages and networks; creates the profile."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.profile: ProfileData | None = None
        self.setWindowTitle(self.tr("Welcome to Firsthand"))
        self.setObjectName("first_run")
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Firsthand helps you write posts that sound like you: stories, experience, "
                "news in your own words. Tell it a little about yourself; you can change "
                "all of this later in Settings."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("e.g. Dr Ana Lopes"))
        self.profession = QLineEdit(self)
        self.profession.setObjectName("profession")
        self.profession.setAccessibleName(self.tr("Profession"))
        self.profession.setPlaceholderText(self.tr("e.g. dentist, realtor, physiotherapist"))
        self.topics = ListEdit(self)
        self.topics.setObjectName("topics")
        self.topics.setAccessibleName(self.tr("Topics of expertise"))
        self.topics.setPlaceholderText(self.tr("comma-separated, e.g. teeth, braces, kids"))

        langs = QWidget(self)
        row = QHBoxLayout(langs)
        row.setContentsMargins(0, 0, 0, 0)
        self.lang_en = QCheckBox(self.tr("English"), langs)
        self.lang_en.setObjectName("lang_en")
        self.lang_fr = QCheckBox(self.tr("French"), langs)
        self.lang_fr.setObjectName("lang_fr")
        self.lang_en.setChecked(True)
        row.addWidget(self.lang_en)
        row.addWidget(self.lang_fr)
        row.addStretch(1)

        self.networks = NetworkChoice(self)
        self.networks.setObjectName("networks")
        self.networks.set_values(["linkedin", "facebook"])

        self.zone = QComboBox(self)
        self.zone.setObjectName("timezone")
        self.zone.setAccessibleName(self.tr("Time zone"))
        self.zone.setEditable(True)
        self.zone.addItems(sorted(available_timezones()))
        self.zone.setCurrentText(local_zone_name())

        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Profession"), self.profession)
        form.addRow(self.tr("Topics of expertise"), self.topics)
        form.addRow(self.tr("Languages you post in"), langs)
        form.addRow(self.tr("Networks"), self.networks)
        form.addRow(self.tr("Time zone"), self.zone)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create my profile"))
        ok.setObjectName("create_profile")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def languages(self) -> list[str]:
        out = []
        if self.lang_en.isChecked():
            out.append("en")
        if self.lang_fr.isChecked():
            out.append("fr")
        return out or ["en"]

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Please enter your name."))
            self.name.setFocus()
            return
        zone = self.zone.currentText().strip()
        if zone not in available_timezones():
            QMessageBox.warning(
                self,
                self.windowTitle(),
                fmt(self.tr("“%1” is not a known time zone."), zone),
            )
            return
        try:
            self.profile = create_profile(
                self.store,
                name,
                profession=self.profession.text().strip(),
                topics=self.topics.values(),
                languages=self.languages(),
                networks=self.networks.values(),
                timezone=zone,
            )
        except StoreError as err:
            QMessageBox.critical(self, self.windowTitle(), explain(err))
            return
        super().accept()
