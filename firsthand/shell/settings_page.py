"""Settings: the profile (stored in the database) and the app (stored in settings.json)."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from firsthand.context import AppContext
from firsthand.services.profiles import ProfileData, update_profile
from firsthand.store import ConflictError, StoreError

from .i18n import fmt
from .store_errors import explain, save_or_explain
from .widgets import ListEdit, NetworkChoice


class SettingsPage(QWidget):
    """Edits the current profile and the app settings; Save applies both."""

    backup_requested = Signal()
    restore_requested = Signal()
    database_file_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_page")
        self._profile_version = 0

        # Profile
        self.name = QLineEdit()
        self.name.setObjectName("profile_name")
        self.profession = QLineEdit()
        self.profession.setObjectName("profile_profession")
        self.topics = ListEdit()
        self.topics.setObjectName("profile_topics")
        self.topics.setPlaceholderText(self.tr("comma-separated"))
        self.allow = ListEdit()
        self.allow.setObjectName("profile_allow_list")
        self.allow.setPlaceholderText(self.tr("words that are fine for your audience"))
        self.own_jargon = ListEdit()
        self.own_jargon.setObjectName("profile_own_jargon")
        self.own_jargon.setPlaceholderText(self.tr("trade words your clients wouldn't know"))
        self.company = ListEdit()
        self.company.setObjectName("profile_company_names")
        self.company.setPlaceholderText(self.tr("your practice's name, to spot third-person voice"))
        self.networks = NetworkChoice()
        self.networks.setObjectName("profile_networks")
        self.zone = QComboBox()
        self.zone.setObjectName("profile_timezone")
        self.zone.setEditable(True)
        self.zone.addItems(sorted(available_timezones()))
        profile_box = QGroupBox(self.tr("Your profile"))
        pf = QFormLayout(profile_box)
        pf.addRow(self.tr("Name"), self.name)
        pf.addRow(self.tr("Profession"), self.profession)
        pf.addRow(self.tr("Topics of expertise"), self.topics)
        pf.addRow(self.tr("Allowed words"), self.allow)
        pf.addRow(self.tr("Your trade's jargon"), self.own_jargon)
        pf.addRow(self.tr("Practice or company name"), self.company)
        pf.addRow(self.tr("Networks"), self.networks)
        pf.addRow(self.tr("Time zone"), self.zone)

        # App
        self.language = QComboBox()
        self.language.setObjectName("ui_language")
        self.language.addItem(self.tr("Same as the system"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.grammar = QComboBox()
        self.grammar.setObjectName("grammar_mode")
        self.grammar.addItem(self.tr("Off"), "off")
        self.grammar.addItem(self.tr("LanguageTool on this computer (needs Java)"), "local")
        self.grammar.addItem(self.tr("A LanguageTool server"), "server")
        self.grammar_url = QLineEdit()
        self.grammar_url.setObjectName("grammar_url")
        self.grammar_url.setPlaceholderText("http://clinic-server:8081")
        self.grammar.currentIndexChanged.connect(self._grammar_changed)
        app_box = QGroupBox(self.tr("App"))
        af = QFormLayout(app_box)
        af.addRow(self.tr("Language of the app"), self.language)
        af.addRow(self.tr("Grammar checking"), self.grammar)
        af.addRow(self.tr("Server address"), self.grammar_url)

        # Data
        self.db_label = QLabel()
        self.db_label.setObjectName("db_path")
        self.db_label.setWordWrap(True)
        self.db_button = QPushButton(self.tr("Use another database file…"))
        self.db_button.setObjectName("choose_db")
        self.keep = QSpinBox()
        self.keep.setObjectName("backup_keep")
        self.keep.setRange(1, 365)
        self.keep.setMaximumWidth(90)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backup_now")
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restore")
        data_box = QGroupBox(self.tr("Your data"))
        df = QFormLayout(data_box)
        db_row = QHBoxLayout()
        db_row.addWidget(self.db_label, 1)
        db_row.addWidget(self.db_button)
        df.addRow(self.tr("Database file"), db_row)
        df.addRow(self.tr("Backups to keep"), self.keep)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        df.addRow(self.tr("Backups"), row)

        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("save_settings")
        self.save_button.setDefault(True)
        self.note = QLabel()
        self.note.setObjectName("settings_note")
        self.note.setWordWrap(True)

        inner = QWidget()
        inner.setMaximumWidth(860)
        col = QVBoxLayout(inner)
        title = QLabel(self.tr("Settings"))
        title.setObjectName("page_title")
        col.addWidget(title)
        col.addWidget(profile_box)
        col.addWidget(app_box)
        col.addWidget(data_box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.save_button)
        col.addLayout(bottom)
        col.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.save_button.clicked.connect(self.save)
        self.backup_button.clicked.connect(self.backup_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self.db_button.clicked.connect(self.choose_db)
        ctx.events.profile_changed.connect(self.load)
        self.load()

    def _grammar_changed(self) -> None:
        self.grammar_url.setEnabled(self.grammar.currentData() == "server")

    def load(self) -> None:
        try:
            p = self.ctx.profile()
        except StoreError as err:
            self.note.setText(explain(err))
            return
        self._profile_version = p.version
        self.name.setText(p.name)
        self.profession.setText(p.profession)
        self.topics.set_values(p.topics)
        self.allow.set_values(p.allow_list)
        self.own_jargon.set_values(p.own_jargon)
        self.company.set_values(p.company_names)
        self.networks.set_values(p.networks)
        self.zone.setCurrentText(p.timezone)
        s = self.ctx.settings
        self.language.setCurrentIndex(max(0, self.language.findData(s.ui_language)))
        self.grammar.setCurrentIndex(max(0, self.grammar.findData(s.grammar_mode)))
        self.grammar_url.setText(s.grammar_server_url)
        self._grammar_changed()
        self.keep.setValue(s.backup_keep)
        self.db_label.setText(str(self.ctx.db_path))

    def save(self) -> bool:
        zone = self.zone.currentText().strip()
        if zone not in available_timezones():
            QMessageBox.warning(
                self, self.tr("Settings"), fmt(self.tr("“%1” is not a known time zone."), zone)
            )
            return False
        if not self.name.text().strip():
            QMessageBox.warning(self, self.tr("Settings"), self.tr("Your name can't be empty."))
            return False
        url = self.grammar_url.text().strip()
        if self.grammar.currentData() == "server" and not url.startswith(("http://", "https://")):
            QMessageBox.warning(
                self,
                self.tr("Settings"),
                self.tr("The server address must start with http:// or https://."),
            )
            return False

        def write() -> ProfileData:
            return update_profile(
                self.ctx.store,
                self.ctx.profile_id,
                self._profile_version,
                name=self.name.text().strip(),
                profession=self.profession.text().strip(),
                topics=self.topics.values(),
                allow_list=self.allow.values(),
                own_jargon=self.own_jargon.values(),
                company_names=self.company.values(),
                networks=self.networks.values(),
                timezone=zone,
            )

        try:
            p = save_or_explain(self, self.tr("Settings"), write)
        except ConflictError:
            QMessageBox.warning(
                self,
                self.tr("Settings"),
                self.tr(
                    "Your profile was changed elsewhere meanwhile (another window or computer). "
                    "The newest version is shown now; make your changes again."
                ),
            )
            self.load()
            return False
        if p is None:
            return False
        self._profile_version = p.version
        s = self.ctx.settings
        language_changed = s.ui_language != self.language.currentData()
        s.ui_language = str(self.language.currentData())
        s.grammar_mode = str(self.grammar.currentData())
        s.grammar_server_url = url
        s.backup_keep = self.keep.value()
        try:
            self.ctx.save_settings()
        except OSError as err:
            QMessageBox.critical(
                self,
                self.tr("Settings"),
                fmt(
                    self.tr("Settings could not be saved to %1: %2"),
                    self.ctx.paths.settings_file,
                    err.strerror,
                ),
            )
            return False
        self.ctx.events.profile_changed.emit()
        self.note.setText(
            self.tr("Saved. The new language shows the next time Firsthand starts.")
            if language_changed
            else self.tr("Saved.")
        )
        return True

    def choose_db(self) -> None:
        """Ask for a database file, existing or new; `database_file_changed` says which."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            str(self.ctx.db_path.parent),
            self.tr("Firsthand database (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database_file_changed.emit(path)
