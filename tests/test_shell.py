"""The window a user meets: first run, navigation, settings, drafts, start-up faults."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from firsthand.app import Application
from firsthand.context import AppContext
from firsthand.paths import Paths
from firsthand.services.database import QUIT, RESTORE, RETRY, OpenFailure
from firsthand.services.posts import create_post, list_posts
from firsthand.services.profiles import create_profile, get_profile, list_profiles
from firsthand.settings import Settings
from firsthand.shell.first_run import FirstRunDialog
from firsthand.shell.main_window import MainWindow
from firsthand.shell.open_failure import OpenFailureDialog
from firsthand.store import DatabaseLocked, DatabaseTooNew, backup_now, open_store
from tests.conftest import show_active
from tests.lock_holder import lock_held


@pytest.fixture
def app(qapp: QApplication, paths: Paths) -> Application:
    db = paths.default_db
    application = Application(qapp, paths, Settings(), db)
    yield application
    application._close()


def test_first_run_creates_a_profile_that_is_there_after_a_restart(
    qtbot: QtBot, paths: Paths
) -> None:
    db = paths.default_db
    store = open_store(db)
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Marc Dubois")
    qtbot.keyClicks(dialog.profession, "physiotherapist")
    qtbot.keyClicks(dialog.topics, "back pain, running, posture")
    dialog.lang_fr.setChecked(True)
    dialog.networks.boxes["instagram"].setChecked(True)
    dialog.zone.setCurrentText("Europe/Brussels")
    qtbot.mouseClick(
        dialog.findChild(type(dialog.buttons.buttons()[0]), "create_profile"),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    store.dispose()

    reopened = open_store(db)
    try:
        [profile] = list_profiles(reopened)
    finally:
        reopened.dispose()
    assert profile.name == "Marc Dubois"
    assert profile.topics == ["back pain", "running", "posture"]
    assert profile.languages == ["en", "fr"]
    assert "instagram" in profile.networks
    assert profile.timezone == "Europe/Brussels"


def test_first_run_refuses_an_empty_name(qtbot: QtBot, paths: Paths) -> None:
    store = open_store(paths.default_db)
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)

    def dismiss() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert "name" in box.text()
        box.accept()

    QTimer.singleShot(0, dismiss)
    dialog.accept()
    assert dialog.profile is None and list_profiles(store) == []
    store.dispose()


def test_main_window_opens_and_navigates(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    assert window.current_page() == "drafts"
    settings_row = [
        window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())
    ].index("settings")
    window.nav.setCurrentRow(settings_row)
    assert window.stack.currentWidget() is window.settings_page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "drafts"
    assert "Dr Ana Lopes" in window.db_status.text()


def test_settings_page_saves_the_profile_and_refuses_a_bad_server(
    qtbot: QtBot, ctx: AppContext
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.settings_page
    page.topics.setText("implants, kids, braces")
    page.allow.setText("occlusion")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    profile = get_profile(ctx.store, ctx.profile_id)
    assert profile.topics == ["implants", "kids", "braces"]
    assert profile.allow_list == ["occlusion"]

    page.grammar.setCurrentIndex(page.grammar.findData("server"))
    page.grammar_url.setText("clinic-server:8081")
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().accept())
    assert page.save() is False
    assert Settings.load(ctx.paths.settings_file).grammar_mode == "off"
    page.grammar_url.setText("http://127.0.0.1:8081")
    assert page.save() is True
    saved = Settings.load(ctx.paths.settings_file)
    assert (saved.grammar_mode, saved.grammar_server_url) == ("server", "http://127.0.0.1:8081")


def select_first_row(table: QTableWidget) -> None:
    """Select the first row as a click would. (`selectRow` reads the keyboard modifiers the
    application last saw, and an earlier test's Ctrl+Shift key click can leave them set.)"""
    model = table.selectionModel()
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    model.select(table.model().index(0, 0), flags)


def test_drafts_page_searches_deletes_and_undoes(qtbot: QtBot, ctx: AppContext) -> None:
    create_post(ctx.store, ctx.profile_id, "Why kids fear the dentist", status="idea")
    create_post(ctx.store, ctx.profile_id, "Braces at forty: my patient's story", status="draft")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.drafts
    assert page.table.rowCount() == 2
    qtbot.keyClicks(page.search, "braces")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert "Braces at forty" in page.table.item(0, 1).text()
    select_first_row(page.table)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.empty.isVisible() or page.table.rowCount() == 0)
    assert len(list_posts(ctx.store)) == 1
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert len(list_posts(ctx.store)) == 2


def test_opening_a_post_goes_to_the_composer_page(qtbot: QtBot, ctx: AppContext) -> None:
    post = create_post(ctx.store, ctx.profile_id, "An idea", status="idea")
    from firsthand.app import page_factories

    window = MainWindow(ctx, page_factories())
    qtbot.addWidget(window)
    select_first_row(window.drafts.table)
    qtbot.mouseClick(window.drafts.open_button, Qt.MouseButton.LeftButton)
    if "composer" in window.pages:
        assert window.current_page() == "composer"
    assert post.id == window.drafts.selected_id()


# --- start-up faults, through the same loop the app runs ---------------------


def test_corrupt_database_restores_the_newest_backup_and_keeps_the_bad_file(
    app: Application, paths: Paths
) -> None:
    db = paths.default_db
    store = open_store(db)
    profile_id = create_profile(store, "Ana").id
    create_post(store, profile_id, "safe in the backup")
    backup_now(db, paths.backup_dir_for(db))
    store.dispose()
    db.write_bytes(b"garbage" * 1000)
    seen: list[OpenFailure] = []

    def choose(failure: OpenFailure) -> str:
        seen.append(failure)
        dialog = OpenFailureDialog(failure)
        assert "not a Firsthand database" in dialog.text()
        dialog.findChild(type(dialog.buttons()[0]), "choice_restore").click()
        return dialog.choice

    assert app.start(choose) is True
    assert [type(f.error).__name__ for f in seen] == ["NotADatabase"]
    assert app.ctx is not None
    assert [p.body for p in list_posts(app.ctx.store)] == ["safe in the backup"]
    kept = [
        p
        for p in db.parent.glob("firsthand.db.unreadable-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(kept) == 1 and kept[0].read_bytes() == b"garbage" * 1000


def test_corrupt_database_without_backup_can_quit_untouched(app: Application, paths: Paths) -> None:
    db = paths.default_db
    db.parent.mkdir(parents=True)
    db.write_bytes(b"garbage" * 1000)
    offered: list[list[str]] = []

    def choose(failure: OpenFailure) -> str:
        offered.append(failure.choices())
        return QUIT

    assert app.start(choose) is False
    assert RESTORE not in offered[0]
    assert db.read_bytes() == b"garbage" * 1000


def test_newer_database_is_refused_with_the_reason(app: Application, paths: Paths) -> None:
    db = paths.default_db
    open_store(db).dispose()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    conn.commit()
    conn.close()
    errors = []

    def choose(failure: OpenFailure) -> str:
        errors.append(failure.error)
        assert RETRY not in failure.choices()
        assert "newer version" in OpenFailureDialog(failure).text()
        return QUIT

    assert app.start(choose) is False
    assert isinstance(errors[0], DatabaseTooNew)


def test_locked_database_offers_retry_which_works_once_released(
    app: Application, paths: Paths
) -> None:
    db = paths.default_db
    store = open_store(db)
    create_profile(store, "Ana")
    store.dispose()
    app.busy_timeout = 0.3
    failures: list[OpenFailure] = []
    with lock_held(db, "everything") as holder:

        def choose(failure: OpenFailure) -> str:
            failures.append(failure)
            assert "in use by another program" in OpenFailureDialog(failure).text()
            holder.release()
            return RETRY

        assert app.start(choose) is True
    assert isinstance(failures[0].error, DatabaseLocked)
    assert app.window is not None and app.window.isVisible()


def test_unwritable_place_names_the_path(app: Application, paths: Paths) -> None:
    app.db = Path("/proc/firsthand-test/firsthand.db")
    texts: list[str] = []

    def choose(failure: OpenFailure) -> str:
        texts.append(OpenFailureDialog(failure).text())
        return QUIT

    assert app.start(choose) is False
    assert "/proc/firsthand-test" in texts[0]


def test_saving_while_another_program_holds_the_file_offers_retry(
    qtbot: QtBot, ctx: AppContext
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.settings_page
    from firsthand.store import Store

    messages: list[str] = []
    with lock_held(ctx.db_path, "immediate") as holder:
        ctx.store.dispose()
        ctx.store = Store(ctx.db_path, busy_timeout=0.2)
        page.topics.setText("orthodontics")

        def answer() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox) and box.objectName() == "locked_message"
            messages.append(box.text())
            holder.release()
            box.findChild(type(box.buttons()[0]), "retry").click()

        QTimer.singleShot(50, answer)
        assert page.save() is True
    assert "in use by another program" in messages[0]
    assert get_profile(ctx.store, ctx.profile_id).topics == ["orthodontics"]


def _dismiss_next_message(answers: list[str]) -> None:
    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            answers.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)


def test_restore_from_the_window_brings_back_the_backup(
    qtbot: QtBot, app: Application, paths: Paths
) -> None:
    store = open_store(paths.default_db)
    profile_id = create_profile(store, "Ana").id
    create_post(store, profile_id, "in the backup", status="idea")
    backup = backup_now(paths.default_db, paths.backup_dir_for(paths.default_db))
    create_post(store, profile_id, "typed later", status="idea")
    store.dispose()
    assert app.start() is True
    answers: list[str] = []
    _dismiss_next_message(answers)
    assert app.window is not None
    app.window.restore_backup.emit(str(backup))
    assert "kept as" in answers[0]
    assert app.ctx is not None and app.window is not None
    assert [p.body for p in list_posts(app.ctx.store)] == ["in the backup"]
    assert app.window.drafts.table.rowCount() == 1


def test_switching_to_another_database_file_is_remembered(
    qtbot: QtBot, app: Application, paths: Paths, tmp_path: Path
) -> None:
    store = open_store(paths.default_db)
    create_profile(store, "Ana")
    store.dispose()
    assert app.start() is True
    shared = tmp_path / "clinic-share" / "clinic.db"
    other = open_store(shared)
    create_profile(other, "Clinic front desk")
    other.dispose()
    assert app.window is not None
    app.window.switch_database.emit(str(shared))
    assert app.ctx is not None and app.ctx.db_path == shared
    assert app.ctx.profile().name == "Clinic front desk"
    assert Settings.load(paths.settings_file).db_path == str(shared)


def test_starting_the_app_makes_the_daily_backup_once(
    qtbot: QtBot, app: Application, paths: Paths
) -> None:
    db = paths.default_db
    store = open_store(db)
    create_profile(store, "Ana")
    store.dispose()
    assert app.start() is True
    folder = paths.backup_dir_for(db)
    from firsthand.store import list_backups

    qtbot.waitUntil(lambda: len(list_backups(folder, db)) == 1)
    app._daily_backup()
    qtbot.wait(200)
    [made] = list_backups(folder, db)
    assert "daily" in made.path.name


def test_the_shortcuts_dialog_lists_the_window_and_composer_keys(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from firsthand.app import page_factories

    window = MainWindow(ctx, page_factories())
    qtbot.addWidget(window)
    listed = {
        (a.text().replace("&", ""), a.shortcut().toString()) for a in window.shortcut_actions()
    }
    assert ("New post", "Ctrl+N") in listed
    assert ("Settings", f"Ctrl+{window.nav.count()}") in listed
    assert any(keys == "Ctrl+S" for _text, keys in listed)  # the composer's save
    assert any(keys == "F8" for _text, keys in listed)  # next finding


def test_switching_profile_shows_that_persons_posts_and_saves_as_them(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from firsthand.app import page_factories
    from firsthand.shell.profiles_dialog import ProfilesDialog

    create_post(ctx.store, ctx.profile_id, "Ana's idea about braces", status="idea")
    colleague = create_profile(ctx.store, "Marc, front desk", profession="assistant")
    create_post(ctx.store, colleague.id, "Marc's idea about opening hours", status="idea")
    window = MainWindow(ctx, page_factories())
    qtbot.addWidget(window)
    assert window.drafts.table.rowCount() == 1
    composer = window.pages["composer"]
    composer.editor.insertPlainText("Ana was typing this")

    dialog = ProfilesDialog(ctx.store, ctx.profile_id, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    dialog.list.setCurrentRow(1)
    dialog.accept()
    assert window.switch_profile(dialog.chosen) is True

    # Ana's unsaved text was saved as hers before the switch.
    assert ctx.profile_id == colleague.id
    ana = [p.body for p in list_posts(ctx.store, 1)]
    assert "Ana was typing this" in ana and "Ana's idea about braces" in ana
    assert "Marc's idea about opening hours" in window.drafts.table.item(0, 1).text()
    assert window.drafts.table.rowCount() == 1
    assert "Marc, front desk" in window.db_status.text()
    composer.editor.setPlainText("Marc writes about the new opening hours")
    assert composer.save()
    marc = [p.body for p in list_posts(ctx.store, colleague.id)]
    assert "Marc writes about the new opening hours" in marc
    assert Settings.load(ctx.paths.settings_file).last_profile_id == colleague.id
