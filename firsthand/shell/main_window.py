"""The main window: navigation between pages, menus, status bar, backups."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from firsthand import __version__
from firsthand.context import AppContext
from firsthand.services.database import OTHER_FILE, RESTORE
from firsthand.store import BackupInfo, StoreError, backup_now, list_backups
from firsthand.tasks import run_task

from .database_gone import DatabaseGoneDialog
from .drafts_page import DraftsPage
from .i18n import fmt
from .profiles_dialog import ProfilesDialog
from .settings_page import SettingsPage
from .store_errors import explain


class RestoreDialog(QDialog):
    """Pick a backup to restore, newest first."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.list = QListWidget(self)
        self.list.setObjectName("backup_list")
        for b in backups:
            when = b.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            item = QListWidgetItem(fmt(self.tr("%1  (%2 KB)"), when, max(1, b.size // 1024)))
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            item.setToolTip(str(b.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        note = QLabel(
            self.tr(
                "Restoring replaces your current posts with the backup's. The current file "
                "is kept beside it, renamed, so nothing is lost."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None


class MainWindow(QMainWindow):
    """Calendar, Ideas & drafts, Composer, Evaluation and Settings, one at a time."""

    # Asks the bootstrap to close the store and restore this backup, or open another file.
    restore_backup = Signal(str)
    switch_database = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        pages: list[tuple[str, Callable[[AppContext], QWidget]]] | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Firsthand"))
        self.resize(1280, 800)
        self.setMinimumSize(900, 600)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self.pages: dict[str, QWidget] = {}

        self.drafts = DraftsPage(ctx)
        self.settings_page = SettingsPage(ctx)
        entries: list[tuple[str, str, QWidget]] = []
        extra = dict(pages or [])
        for key, label in (
            ("calendar", self.tr("Calendar")),
            ("drafts", self.tr("Ideas & drafts")),
            ("composer", self.tr("Composer")),
            ("evaluation", self.tr("Evaluation")),
            ("settings", self.tr("Settings")),
        ):
            if key == "drafts":
                entries.append((key, label, self.drafts))
            elif key == "settings":
                entries.append((key, label, self.settings_page))
            elif key in extra:
                entries.append((key, label, extra[key](ctx)))
        for i, (key, label, widget) in enumerate(entries):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(fmt(self.tr("%1 (Ctrl+%2)"), label, i + 1))
            self.nav.addItem(item)
            self.stack.addWidget(widget)
            self.pages[key] = widget
        # Wide enough for the longest label in the UI language (French runs ~20% longer);
        # the stylesheet sets the font, and pads and indents each item by 48 px in all.
        self.nav.ensurePolished()
        widest = max((self.nav.fontMetrics().horizontalAdvance(e[1]) for e in entries), default=0)
        self.nav.setFixedWidth(max(190, widest + 72))

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        page_area = QVBoxLayout()
        page_area.setContentsMargins(16, 8, 16, 8)
        page_area.addWidget(self.stack)
        row.addLayout(page_area, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.db_status = QLabel(self)
        self.db_status.setObjectName("status_db")
        self.statusBar().addPermanentWidget(self.db_status)
        self._build_menus(entries)
        self._show_db_status()

        self.settings_page.backup_requested.connect(self.back_up_now)
        self.settings_page.restore_requested.connect(self.choose_restore)
        self.settings_page.database_file_changed.connect(self._database_chosen)
        ctx.events.open_post.connect(lambda _pid: self.show_page("composer"))
        ctx.events.new_post.connect(lambda _initial: self.show_page("composer"))
        ctx.events.profile_changed.connect(self._show_db_status)
        ctx.events.database_gone.connect(self._database_gone)
        self._offering_ways_back = False

        geometry = ctx.settings.window_geometry
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        self.show_page("calendar" if "calendar" in self.pages else "drafts")

    def _build_menus(self, entries: list[tuple[str, str, QWidget]]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new = QAction(self.tr("&New post"), self)
        new.setObjectName("action_new_post")
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(lambda: self.ctx.events.new_post.emit({}))
        file_menu.addAction(new)
        self.addAction(new)
        profiles = QAction(self.tr("&Switch profile…"), self)
        profiles.setObjectName("action_profiles")
        profiles.triggered.connect(self.choose_profile)
        file_menu.addAction(profiles)
        file_menu.addSeparator()
        backup = QAction(self.tr("&Back up now"), self)
        backup.setObjectName("action_backup")
        backup.triggered.connect(self.back_up_now)
        file_menu.addAction(backup)
        self.addAction(backup)
        restore = QAction(self.tr("&Restore…"), self)
        restore.setObjectName("action_restore")
        restore.triggered.connect(self.choose_restore)
        file_menu.addAction(restore)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go = self.menuBar().addMenu(self.tr("&Go"))
        for i, (key, label, _w) in enumerate(entries):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            go.addAction(action)
            self.addAction(action)  # shortcuts work even while the menu bar is hidden

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setObjectName("action_shortcuts")
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)
        about = QAction(self.tr("&About Firsthand"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def shortcut_actions(self) -> list[QAction]:
        """Every action with keys: the window's, then each page's own."""
        actions = [a for a in self.actions() if not a.shortcut().isEmpty()]
        for page in self.pages.values():
            own = getattr(page, "shortcut_actions", None)
            if callable(own):
                actions += [a for a in own() if not a.shortcut().isEmpty()]
        return actions

    def show_shortcuts(self) -> None:
        from firsthand.composer.dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_actions(), self)
        dialog.setObjectName("all_shortcuts_dialog")
        dialog.exec()

    def show_page(self, key: str) -> None:
        widget = self.pages.get(key)
        if widget is None:
            return
        self.nav.setCurrentRow(self.stack.indexOf(widget))

    def current_page(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def _show_db_status(self) -> None:
        try:
            who = self.ctx.profile().name
        except StoreError:
            who = "?"
        self.db_status.setText(fmt(self.tr("%1 · %2"), who, self.ctx.db_path))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Firsthand"),
            fmt(
                self.tr(
                    "Firsthand %1\n\nPlan and write posts that sound like you: stories, "
                    "experience, news in your own words. Everything stays on this computer."
                ),
                __version__,
            ),
        )

    def flush_pages(self) -> bool:
        """Pages with unsaved work (the composer) save it now; False if one could not."""
        saved = True
        for page in self.pages.values():
            flush = getattr(page, "flush", None)
            if callable(flush) and flush() is False:
                saved = False
        return saved

    def choose_profile(self) -> None:
        try:
            dialog = ProfilesDialog(self.ctx.store, self.ctx.profile_id, self)
        except StoreError as err:
            QMessageBox.critical(self, self.tr("Switch profile"), explain(err))
            return
        if dialog.exec() and dialog.chosen is not None:
            self.switch_profile(dialog.chosen)

    def switch_profile(self, profile_id: int) -> bool:
        """Save what is open, then show everything as `profile_id` sees it."""
        if profile_id == self.ctx.profile_id:
            return True
        if not self.flush_pages():
            QMessageBox.warning(
                self,
                self.tr("Switch profile"),
                self.tr("The open post could not be saved, so the profile was not switched."),
            )
            return False
        self.ctx.profile_id = profile_id
        self.ctx.settings.last_profile_id = profile_id
        try:
            self.ctx.settings.save(self.ctx.paths.settings_file)
        except OSError:
            pass  # only which profile opens next time
        self.ctx.events.profile_changed.emit()
        self.ctx.events.posts_changed.emit()
        return True

    def back_up_now(self) -> None:
        self.statusBar().showMessage(self.tr("Backing up…"))
        path, folder, keep = self.ctx.db_path, self.ctx.backup_dir, self.ctx.settings.backup_keep

        def done(target: Path) -> None:
            self.statusBar().showMessage(fmt(self.tr("Backed up to %1"), target), 8000)

        def failed(exc: BaseException) -> None:
            self.statusBar().clearMessage()
            QMessageBox.critical(self, self.tr("Back up now"), explain(exc))

        run_task(lambda: backup_now(path, folder, keep=keep), done, failed, owner=self)

    def choose_restore(self) -> None:
        backups = list_backups(self.ctx.backup_dir, self.ctx.db_path)
        if not backups:
            QMessageBox.information(
                self,
                self.tr("Restore a backup"),
                fmt(self.tr("There are no backups yet in %1."), self.ctx.backup_dir),
            )
            return
        dialog = RestoreDialog(backups, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
            self.restore_backup.emit(str(dialog.chosen()))

    def _database_chosen(self, path: str) -> None:
        self.switch_database.emit(path)

    def _database_gone(self, error: object) -> None:
        """A save found the file gone: once that save has returned, offer the ways back."""
        if self._offering_ways_back or not isinstance(error, StoreError):
            return
        self._offering_ways_back = True
        QTimer.singleShot(0, self, lambda: self._offer_ways_back(error))

    def _offer_ways_back(self, error: StoreError) -> None:
        if not self.isVisible():  # closing: what was unsaved is being carried over already
            self._offering_ways_back = False
            return
        try:
            backups = list_backups(self.ctx.backup_dir, self.ctx.db_path)
        except OSError:
            backups = []  # the backups' folder went too
        dialog = DatabaseGoneDialog(error, backups, self)
        dialog.exec()
        self._offering_ways_back = False
        if dialog.choice == RESTORE:
            self.restore_backup.emit(str(backups[0].path))
        elif dialog.choice == OTHER_FILE:
            self.settings_page.choose_db()

    def take_unsaved(self) -> dict[str, Any] | None:
        """What the composer holds and could not save, handed over (it forgets it), or None."""
        take = getattr(self.pages.get("composer"), "take_unsaved", None)
        return take() if callable(take) else None

    def take_over(self, work: dict[str, Any], same_file: bool) -> bool:
        """Put `work` from another window's `take_unsaved` in the composer and save it here."""
        take_over = getattr(self.pages.get("composer"), "take_over", None)
        if not callable(take_over):
            return False
        self.show_page("composer")
        saved = bool(take_over(work, same_file))
        if saved:
            self.statusBar().showMessage(
                fmt(self.tr("What you had typed is saved in %1."), self.ctx.db_path), 20000
            )
        return saved

    def _close_anyway(self) -> bool:
        """The open post could not be saved: ask before closing loses it."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not saved"),
            self.tr(
                "The post you are writing could not be saved. If you close Firsthand now, "
                "what you typed since the last save is lost."
            ),
            parent=self,
        )
        box.setObjectName("close_unsaved")
        stay = box.addButton(self.tr("Keep Firsthand open"), QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("keep_open")
        lose = box.addButton(
            self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        lose.setObjectName("close_without_saving")
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        if box.clickedButton() is not lose:
            return False
        self.take_unsaved()  # dropped, so closing does not try (and ask) again
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.ctx.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        if not self.flush_pages() and not self._close_anyway():
            event.ignore()
            return
        try:
            self.ctx.settings.save(self.ctx.paths.settings_file)
        except OSError:
            pass  # window state only; never block quitting on it
        super().closeEvent(event)
