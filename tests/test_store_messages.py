"""Database failures in the UI's language: a French clinic reads French, the CLI reads English.

Each failure is made for real (a second process holding the lock, garbage over the file,
a newer schema, a folder that can't be made) and read in the dialog the user would see.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from firsthand.app import Application
from firsthand.context import AppContext
from firsthand.paths import Paths
from firsthand.services.database import OpenFailure, open_existing, restore_newest
from firsthand.services.posts import create_post, get_post, update_post
from firsthand.services.profiles import create_profile, update_profile
from firsthand.settings import Settings
from firsthand.shell.main_window import MainWindow
from firsthand.shell.open_failure import OpenFailureDialog
from firsthand.shell.store_errors import explain
from firsthand.store import (
    ConflictError,
    DatabaseLocked,
    DatabaseTooNew,
    NotADatabase,
    NotFound,
    Store,
    StoreError,
    Unwritable,
    open_store,
    restore,
)
from firsthand.store.engine import translate
from tests.lock_holder import lock_held

NBSP = "\xa0"
UNWRITABLE = Path("/proc/firsthand-test/firsthand.db")  # read-only even for root


@pytest.fixture
def app(qapp: QApplication, paths: Paths) -> Iterator[Application]:
    application = Application(qapp, paths, Settings(), paths.default_db)
    yield application
    application._close()


def _startup_dialog_text(app: Application) -> str:
    """Start the app and read the dialog that says why the database did not open."""
    texts: list[str] = []

    def choose(failure: OpenFailure) -> str:
        texts.append(OpenFailureDialog(failure).text())
        return "quit"

    assert app.start(choose) is False
    return texts[0]


def _next_message_box(answers: list[str], then: Callable[[QMessageBox], None]) -> None:
    """Read the next modal message box, then answer it with `then`."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            answers.append(box.text())
            then(box)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def _with_profile(db: Path) -> None:
    store = open_store(db)
    create_profile(store, "Dr Ana Lopes")
    store.dispose()


def _save_settings_text(
    qtbot: QtBot, ctx: AppContext, meanwhile: Callable[[], None] = lambda: None
) -> str:
    """Open the window, let `meanwhile` happen, save the settings and read the message box."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    meanwhile()
    window.settings_page.topics.setText("orthodontics")
    answers: list[str] = []
    _next_message_box(answers, lambda box: box.reject())
    assert window.settings_page.save() is False
    return answers[0]


# --- the dialogs, in French and in English -------------------------------------


def test_a_database_locked_by_another_program_while_saving(
    qtbot: QtBot, ctx: AppContext, language: str
) -> None:
    db = ctx.db_path
    with lock_held(db, "immediate"):
        ctx.store.dispose()
        ctx.store = Store(db, busy_timeout=0.2)
        text = _save_settings_text(qtbot, ctx)
    if language == "fr":
        assert f"La base de données {db} est utilisée par un autre programme." in text
        assert "Fermez-la dans ce programme (ou patientez un instant), puis réessayez." in text
    else:
        assert text == (
            f"The database {db} is in use by another program. "
            "Close it there (or wait a moment) and try again."
        )


def test_a_database_locked_at_start_up(app: Application, paths: Paths, language: str) -> None:
    db = paths.default_db
    _with_profile(db)
    app.busy_timeout = 0.2
    with lock_held(db, "everything"):
        text = _startup_dialog_text(app)
    if language == "fr":
        assert f"Le fichier {db} est utilisé par un autre programme" in text
    else:
        assert text == (
            f"The file {db} is in use by another program (or another Firsthand). Close it "
            "there, then try again. Nothing was written."
        )


def test_a_database_damaged_while_the_app_has_it_open(
    qtbot: QtBot, ctx: AppContext, language: str
) -> None:
    db = ctx.db_path

    def damage() -> None:
        ctx.store.dispose()
        for side in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            side.unlink(missing_ok=True)
        db.write_bytes(b"garbage" * 1000)

    text = _save_settings_text(qtbot, ctx, damage)
    if language == "fr":
        sentence = f"Le fichier {db} n’est pas une base de données Firsthand, ou il est endommagé."
        assert sentence in text
    else:
        assert text == f"The file {db} is not a Firsthand database, or it is damaged."


def test_a_damaged_database_at_start_up(app: Application, paths: Paths, language: str) -> None:
    db = paths.default_db
    db.parent.mkdir(parents=True)
    db.write_bytes(b"garbage" * 1000)
    text = _startup_dialog_text(app)
    if language == "fr":
        assert f"Le fichier {db} n’est pas une base Firsthand, ou il est endommagé." in text
    else:
        assert text == (
            f"The file {db} is not a Firsthand database, or it is damaged. It has not been changed."
        )


def test_restoring_a_backup_that_is_not_a_database(
    app: Application, paths: Paths, tmp_path: Path, language: str
) -> None:
    _with_profile(paths.default_db)
    assert app.start() is True
    fake = tmp_path / "notes.firsthand-backup.db"
    fake.write_text("Dear diary, this is not a database.\n" * 50)
    answers: list[str] = []
    _next_message_box(answers, lambda box: box.accept())
    app.restore_backup(str(fake))
    # SQLite's own words stay as SQLite wrote them.
    if language == "fr":
        assert answers[0] == f"La sauvegarde {fake} est illisible{NBSP}: file is not a database."
    else:
        assert answers[0] == f"The backup {fake} can't be read: file is not a database."
    assert app.window is not None  # the database in use was left as it was, and reopened


def test_a_database_from_a_newer_version(app: Application, paths: Paths, language: str) -> None:
    db = paths.default_db
    _with_profile(db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    text = _startup_dialog_text(app)
    if language == "fr":
        assert f"Le fichier {db} a été créé par une version plus récente de Firsthand." in text
    else:
        assert text == (
            f"The file {db} was made by a newer version of Firsthand. Update Firsthand to "
            "open it. It has not been changed."
        )


def test_restoring_a_backup_that_is_missing(
    app: Application, paths: Paths, tmp_path: Path, language: str
) -> None:
    _with_profile(paths.default_db)
    assert app.start() is True
    gone = tmp_path / "removed-meanwhile.firsthand-backup.db"
    answers: list[str] = []
    _next_message_box(answers, lambda box: box.accept())
    app.restore_backup(str(gone))
    if language == "fr":
        assert answers[0] == (
            f"La sauvegarde {gone} est illisible{NBSP}: unable to open database file."
        )
    else:
        assert answers[0] == f"The backup {gone} can't be read: unable to open database file."


def test_a_folder_that_cannot_be_made(app: Application, language: str) -> None:
    app.db = UNWRITABLE
    text = _startup_dialog_text(app)
    folder = UNWRITABLE.parent
    # Then what the system said, in its own words.
    if language == "fr":
        assert text.startswith(f"Firsthand ne peut pas créer le dossier {folder}{NBSP}: ")
    else:
        assert text.startswith(f"Firsthand can't create the folder {folder}: ")


def test_a_folder_that_cannot_be_written(app: Application, language: str) -> None:
    app.db = db = Path("/proc/firsthand.db")  # /proc exists; nobody may write there
    text = _startup_dialog_text(app)
    if language == "fr":
        assert text == (
            f"Firsthand ne peut pas écrire dans {db}. Vérifiez que le dossier existe et que "
            "vous pouvez y écrire."
        )
    else:
        assert text == (
            f"Firsthand can't write to {db}. Check that the folder exists and is writable."
        )


# --- str() and the CLI stay English ---------------------------------------------


def _raised(action: Callable[[], object]) -> StoreError:
    with pytest.raises(StoreError) as err:
        action()
    return err.value


def _from_sqlite(message: str, path: Path) -> StoreError:
    return translate(sqlite3.OperationalError(message), path)


def test_every_store_error_still_says_its_english_sentence(tmp_path: Path, paths: Paths) -> None:
    db = tmp_path / "clinic.db"
    store = open_store(db)
    profile = create_profile(store, "Ana")
    post = create_post(store, profile.id, "hello")
    update_post(store, post.id, post.version, body="hello again")
    text = tmp_path / "notes.db"
    text.write_text("Dear diary.\n" * 100)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    newer = tmp_path / "newer.db"
    open_store(newer).dispose()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    cases: list[tuple[StoreError, type[StoreError], str]] = [
        (
            _from_sqlite("database is locked", db),
            DatabaseLocked,
            f"The database {db} is in use by another program. "
            "Close it there (or wait a moment) and try again.",
        ),
        (
            _from_sqlite("database or disk is full", db),
            Unwritable,
            f"The disk holding {db} is full. Free some space and try again.",
        ),
        (
            _from_sqlite("attempt to write a readonly database", db),
            Unwritable,
            f"Firsthand can't write to {db}. Check that the folder exists and is writable.",
        ),
        (
            _from_sqlite("file is not a database", db),
            NotADatabase,
            f"The file {db} is not a Firsthand database, or it is damaged.",
        ),
        (
            _from_sqlite("no such table: post", db),
            StoreError,
            f"The database {db} could not be used: no such table: post",
        ),
        (
            _raised(lambda: open_store(text)),
            NotADatabase,
            f"The file {text} is not a Firsthand database (it is not SQLite).",
        ),
        (
            _raised(lambda: open_store(other)),
            NotADatabase,
            f"The file {other} is an SQLite database of another program, not Firsthand's.",
        ),
        (
            _raised(lambda: open_store(newer)),
            DatabaseTooNew,
            f"The database {newer} was made by a newer version of Firsthand. "
            "Update Firsthand to open it; it was left untouched.",
        ),
        (
            _raised(lambda: open_store(UNWRITABLE)),
            Unwritable,
            f"Firsthand can't create the folder {UNWRITABLE.parent}: ",
        ),
        (
            _raised(lambda: restore(text, db)),
            NotADatabase,
            f"The backup {text} can't be read: file is not a database.",
        ),
        (
            _raised(lambda: open_existing(tmp_path / "none.db")),
            StoreError,
            f"There is no database file {tmp_path / 'none.db'}.",
        ),
        (
            _raised(lambda: open_existing(empty)),
            NotADatabase,
            f"The file {empty} is empty, not a Firsthand database.",
        ),
        (
            _raised(lambda: restore_newest(paths, empty)),
            NotADatabase,
            f"There is no backup of {empty} to restore.",
        ),
        (
            _raised(lambda: get_post(store, 999)),
            NotFound,
            "Post 999 does not exist or was deleted.",
        ),
        (
            _raised(lambda: update_post(store, post.id, post.version, body="stale")),
            ConflictError,
            "This post was changed in another window or on another computer since you opened it.",
        ),
        (
            _raised(lambda: update_profile(store, profile.id, 0, name="Bo")),
            ConflictError,
            "This profile was changed elsewhere; reload it and try again.",
        ),
        (
            _raised(lambda: update_profile(store, 999, name="Bo")),
            NotFound,
            "Profile 999 does not exist.",
        ),
    ]
    store.dispose()
    for err, kind, english in cases:
        assert type(err) is kind, english
        if english.endswith(": "):  # then the system's own words
            assert str(err).startswith(english)
        else:
            assert str(err) == english
        assert explain(err) == str(err)  # no translator installed: the UI says the same


def test_the_cli_says_a_store_failure_in_english_even_in_a_french_session(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, french: None
) -> None:
    from firsthand.cli import main

    post = tmp_path / "post.txt"
    post.write_text("J'ai enfin ouvert mon cabinet.", encoding="utf-8")
    missing = tmp_path / "nowhere" / "clinic.db"
    assert main(["check", str(post), "--db", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err == f"firsthand: error: There is no database file {missing}.\n"
