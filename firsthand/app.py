"""Start the GUI: settings, translations, the database (with its ways back), the window."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from firsthand import __version__
from firsthand.context import AppContext
from firsthand.paths import Paths
from firsthand.services.database import (
    OTHER_FILE,
    RESTORE,
    RETRY,
    START_FRESH,
    OpenFailure,
    choose_db_path,
    daily_backup,
    restore_newest,
    start_fresh,
    try_open,
)
from firsthand.services.profiles import active_profile
from firsthand.settings import Settings
from firsthand.shell.first_run import FirstRunDialog
from firsthand.shell.i18n import fmt, install_translators, ui_language
from firsthand.shell.main_window import MainWindow
from firsthand.shell.open_failure import OpenFailureDialog
from firsthand.shell.store_errors import explain
from firsthand.store import Store, StoreError, restore
from firsthand.store.engine import BUSY_TIMEOUT_S
from firsthand.tasks import run_task, wait_for_tasks

RESOURCES = Path(__file__).resolve().parent / "resources"
ICON = RESOURCES / "icons" / "firsthand.svg"
STYLE = RESOURCES / "styles" / "app.qss"

# (nav key, module, class): the pages other packages provide.
PAGE_CLASSES = (
    ("calendar", "firsthand.calendar.page", "CalendarPage"),
    ("composer", "firsthand.composer.page", "ComposerPage"),
    ("evaluation", "firsthand.calendar.evaluation_view", "EvaluationPage"),
)


def page_factories() -> list[tuple[str, Callable[[AppContext], QWidget]]]:
    out = []
    for key, module, cls in PAGE_CLASSES:
        try:
            factory = getattr(importlib.import_module(module), cls)
        except (ImportError, AttributeError):
            continue
        out.append((key, factory))
    return out


Chooser = Callable[[OpenFailure], str]


def warm_up_coach() -> None:
    """Load the coach's rule packs, word frequencies, kind and allusion models for both
    languages."""
    from firsthand.composer.coach import Context, allusion_model, analyze, kind_model

    analyze("I finally opened my practice.", Context(language="en"))
    analyze("J'ai enfin ouvert mon cabinet.", Context(language="fr"))
    kind_model.load_model()  # those two are too short to need either model
    allusion_model.load_model()


def ask_user(failure: OpenFailure) -> str:
    dialog = OpenFailureDialog(failure)
    dialog.exec()
    return dialog.choice


def open_with_recovery(
    paths: Paths,
    path: Path,
    keep: int,
    choose: Chooser = ask_user,
    busy_timeout: float = BUSY_TIMEOUT_S,
) -> Store | None:
    """Open the database, offering the ways back until it opens or the user quits."""
    create = False  # a missing file that has backups is made only when the user says so
    while True:
        result = try_open(paths, path, keep, busy_timeout, create)
        if isinstance(result, Store):
            return result
        choice = choose(result)
        try:
            if choice == RETRY:
                continue
            if choice == RESTORE:
                restore_newest(paths, path)
                continue
            if choice == START_FRESH:
                start_fresh(path)
                create = True
                continue
            if choice == OTHER_FILE:
                chosen, _ = QFileDialog.getSaveFileName(
                    None,
                    QCoreApplication.translate("app", "Choose a database file"),
                    str(path.parent),
                    QCoreApplication.translate("app", "Firsthand database (*.db);;All files (*)"),
                    options=QFileDialog.Option.DontConfirmOverwrite,
                )
                if chosen:
                    path = Path(chosen)
                    create = True
                continue
        except StoreError as err:
            QMessageBox.critical(None, QCoreApplication.translate("app", "Firsthand"), explain(err))
            continue
        return None


class Application:
    """Owns the store and the window; reopens both on restore or a change of file."""

    def __init__(self, app: QApplication, paths: Paths, settings: Settings, db: Path) -> None:
        self.app = app
        self.paths = paths
        self.settings = settings
        self.db = db
        self.window: MainWindow | None = None
        self.ctx: AppContext | None = None
        self.busy_timeout = BUSY_TIMEOUT_S
        # The daily backup also happens for a window left open for days.
        self.backup_timer = QTimer()
        self.backup_timer.setInterval(60 * 60 * 1000)
        self.backup_timer.timeout.connect(self._daily_backup)

    def start(self, choose: Chooser = ask_user) -> bool:
        store = open_with_recovery(
            self.paths, self.db, self.settings.backup_keep, choose, self.busy_timeout
        )
        if store is None:
            return False
        self.db = store.path
        try:
            profile = active_profile(store, self.settings.last_profile_id)
        except StoreError as err:
            QMessageBox.critical(None, QCoreApplication.translate("app", "Firsthand"), explain(err))
            store.dispose()
            return False
        profile_id = profile.id if profile else 0
        if profile is None:
            dialog = FirstRunDialog(store)
            if not dialog.exec() or dialog.profile is None:
                store.dispose()
                return False
            profile_id = dialog.profile.id
        self.settings.last_profile_id = profile_id
        self.ctx = AppContext(self.paths, self.settings, store, profile_id)
        self.window = MainWindow(self.ctx, page_factories())
        self.window.setWindowTitle(f"Firsthand {__version__}")
        self.window.restore_backup.connect(self.restore_backup)
        self.window.switch_database.connect(self.switch_database)
        self.window.show()
        # Rule packs and word lists take about a second to load: do it before the first pause.
        run_task(warm_up_coach, None, None, owner=self.window)
        self._daily_backup()
        self.backup_timer.start()
        return True

    def _daily_backup(self) -> None:
        if self.ctx is None:
            return
        paths, db, keep = self.paths, self.db, self.settings.backup_keep
        window = self.window

        def failed(exc: BaseException) -> None:
            if window is not None:
                window.statusBar().showMessage(
                    fmt(QCoreApplication.translate("app", "Daily backup failed: %1"), explain(exc))
                )

        run_task(lambda: daily_backup(paths, db, keep), None, failed, owner=window)

    def _close(self) -> None:
        self.backup_timer.stop()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        wait_for_tasks()
        if self.ctx is not None:
            self.ctx.store.dispose()
            self.ctx = None

    def _take_unsaved(self) -> dict[str, Any] | None:
        """Save what is open; what can't be saved (the file is gone) is taken to carry over."""
        if self.window is None or self.window.flush_pages():
            return None
        return self.window.take_unsaved()

    def _carry_over(self, work: dict[str, Any] | None, same_file: bool) -> None:
        """Save `work` into the database now open; with none open, into a text file."""
        if work is None:
            return
        if self.window is not None:
            self.window.take_over(work, same_file)
            return
        body = str(work.get("body", ""))
        if not body.strip():
            return
        kept = self.paths.data_dir / f"unsaved-post-{datetime.now():%Y%m%d-%H%M%S}.txt"
        box = QMessageBox(
            QMessageBox.Icon.Information, QCoreApplication.translate("app", "Firsthand"), ""
        )
        box.setObjectName("unsaved_kept")
        try:
            kept.parent.mkdir(parents=True, exist_ok=True)
            kept.write_text(body, encoding="utf-8")
        except OSError:
            box.setText(
                QCoreApplication.translate(
                    "app", "What you had typed is not saved anywhere: copy it from here."
                )
            )
            box.setDetailedText(body)
        else:
            box.setText(
                fmt(
                    QCoreApplication.translate(
                        "app", "What you had typed could not go in a database. It is kept in %1."
                    ),
                    kept,
                )
            )
        box.exec()

    def restore_backup(self, backup: str) -> None:
        work = self._take_unsaved()
        self._close()
        try:
            aside = restore(Path(backup), self.db)
        except StoreError as err:
            QMessageBox.critical(None, QCoreApplication.translate("app", "Restore"), explain(err))
        else:
            if aside is not None:
                QMessageBox.information(
                    None,
                    QCoreApplication.translate("app", "Restore"),
                    fmt(
                        QCoreApplication.translate(
                            "app", "Backup restored. The file it replaced was kept as %1."
                        ),
                        aside,
                    ),
                )
        started = self.start()
        self._carry_over(work, same_file=True)
        if not started:
            self.app.quit()

    def switch_database(self, path: str) -> None:
        work = self._take_unsaved()
        self._close()
        self.db = Path(path)
        self.settings.db_path = path
        try:
            self.settings.save(self.paths.settings_file)
        except OSError:
            pass
        started = self.start()
        self._carry_over(work, same_file=False)
        if not started:
            self.app.quit()


def run_gui(args: argparse.Namespace) -> int:
    """The app's main loop; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Firsthand")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Firsthand")
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    if STYLE.exists():
        app.setStyleSheet(STYLE.read_text(encoding="utf-8"))
    paths = Paths.default()
    settings = Settings.load(paths.settings_file)
    _translators = install_translators(app, ui_language(settings.ui_language))  # noqa: F841
    main = Application(app, paths, settings, choose_db_path(paths, settings, args.db))
    app.setQuitOnLastWindowClosed(True)
    if not main.start():
        return 0
    # Let Python handle Ctrl+C in a terminal between Qt events.
    keepalive = QTimer()
    keepalive.start(500)
    keepalive.timeout.connect(lambda: None)
    code = app.exec()
    main._close()
    return code
