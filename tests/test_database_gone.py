"""The database file deleted or moved away while the window has it open, as a user meets it.

A dentist types a post; a sync tool or a tidy-up takes the file away; they press Save. They
read a plain sentence in their language, their text stays in the editor, no empty file
appears in the database's place, and the way back offered (restore the newest backup, or
open the file where it went) brings their posts back with what they typed saved in them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from firsthand.app import Application
from firsthand.composer.page import ComposerPage
from firsthand.paths import Paths
from firsthand.services.database import OpenFailure
from firsthand.services.posts import create_post, get_post, list_posts
from firsthand.services.profiles import create_profile
from firsthand.settings import Settings
from firsthand.shell import settings_page
from firsthand.shell.first_run import FirstRunDialog
from firsthand.shell.open_failure import OpenFailureDialog
from firsthand.store import backup_now, list_backups, open_store

NBSP = "\xa0"


@pytest.fixture
def app(qapp: QApplication, paths: Paths) -> Iterator[Application]:
    """A clinic's database with one post, backed up this morning; the app not yet started."""
    db = paths.default_db
    store = open_store(db)
    profile = create_profile(store, "Dr Ana Lopes")
    create_post(store, profile.id, "Monday: why we check braces every six weeks")
    backup_now(db, paths.backup_dir_for(db))
    store.dispose()
    application = Application(qapp, paths, Settings(), db)
    yield application
    application._close()


def _composer(app: Application) -> ComposerPage:
    assert app.window is not None
    app.window.show_page("composer")
    page = app.window.pages["composer"]
    assert isinstance(page, ComposerPage)
    return page


def _delete(db: Path) -> None:
    db.unlink()


def _move_away(db: Path) -> None:
    (db.parent / "Old stuff").mkdir()
    db.rename(db.parent / "Old stuff" / db.name)


def _answer(name: str, then: Callable[[QMessageBox], None]) -> list[QMessageBox]:
    """Answer the next modal message box called `name` with `then`; the list gets it."""
    seen: list[QMessageBox] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == name:
            seen.append(box)
            then(box)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)
    return seen


def _answer_first_run_with_cancel() -> list[bool]:
    """Cancel the next first-run dialog (a new, empty file asks for a profile)."""
    cancelled: list[bool] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, FirstRunDialog):
            cancelled.append(True)
            dialog.reject()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)
    return cancelled


def _click(name: str) -> Callable[[QMessageBox], None]:
    def click(box: QMessageBox) -> None:
        button = box.findChild(QPushButton, name)
        assert button is not None, name
        button.click()

    return click


def _type_then_lose_the_file_and_save(
    qtbot: QtBot, app: Application, take_away: Callable[[Path], None], answer: str
) -> tuple[ComposerPage, list[QMessageBox], list[str]]:
    """Type a new post, take the file away, press Save; answer the dialog with `answer`.

    Returns the page, the dialog and what it said (text, then the rest) while it was open.
    """
    page = _composer(app)
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "Tuesday: a patient brought us cake")
    take_away(app.db)
    said: list[str] = []

    def read_then_answer(box: QMessageBox) -> None:
        said.extend([box.text(), box.informativeText(), box.windowTitle()])
        _click(f"choice_{answer}")(box)

    seen = _answer("database_gone", read_then_answer)
    page.save_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    return page, seen, said


@pytest.mark.parametrize("take_away", [_delete, _move_away], ids=["deleted", "moved away"])
def test_saving_after_the_file_went_says_so_plainly_and_keeps_the_text(
    qtbot: QtBot, app: Application, language: str, take_away: Callable[[Path], None]
) -> None:
    assert app.start() is True
    db = app.db
    page, _seen, said = _type_then_lose_the_file_and_save(qtbot, app, take_away, "later")
    text, more, title = said
    if language == "fr":
        sentence = (
            f"Le fichier de base de données {db} a été déplacé ou supprimé pendant que "
            "Firsthand l’utilisait."
        )
        assert text == sentence
        assert more.startswith(f"Rien de ce que vous avez tapé n’est perdu{NBSP}:")
        assert "restaurez à sa place la sauvegarde la plus récente" in more
        assert title == "Le fichier de base de données a disparu"
        assert page.state.text() == f"Non enregistrée{NBSP}: {sentence}"
    else:
        sentence = f"The database file {db} was moved or deleted while Firsthand had it open."
        assert text == sentence
        assert more.startswith("Nothing you typed is lost: it stays in the editor.")
        assert "restore the newest backup" in more
        assert title == "The database file is missing"
        assert page.state.text() == f"Not saved: {sentence}"
    for words in said:
        assert "[SQL:" not in words and "Traceback" not in words and "sqlite3" not in words
    assert page.editor.toPlainText() == "Tuesday: a patient brought us cake"
    assert page.is_dirty()
    assert not db.exists()  # no empty stand-in was made at the old place
    assert app.window is not None and app.window.isVisible()
    page.take_unsaved()  # the test leaves it unsaved; closing need not ask


def test_autosave_tells_once_and_pressing_save_tells_again(qtbot: QtBot, app: Application) -> None:
    assert app.start() is True
    page = _composer(app)
    qtbot.keyClicks(page.editor, "Tuesday")
    app.db.unlink()
    first = _answer("database_gone", _click("choice_later"))
    page._save_in_background()
    qtbot.waitUntil(lambda: bool(first), timeout=5000)
    # Typing on: the autosave fails again, quietly (the state line says it).
    qtbot.keyClicks(page.editor, ": a patient brought us cake")
    page._save_in_background()
    qtbot.waitUntil(lambda: not page._background_save, timeout=5000)
    qtbot.wait(100)
    assert QApplication.activeModalWidget() is None
    assert "moved or deleted" in page.state.text()
    again = _answer("database_gone", _click("choice_later"))
    page.save_button.click()
    qtbot.waitUntil(lambda: bool(again), timeout=5000)
    assert page.editor.toPlainText() == "Tuesday: a patient brought us cake"
    page.take_unsaved()


def test_restoring_the_newest_backup_brings_the_posts_back_and_saves_what_was_typed(
    qtbot: QtBot, app: Application
) -> None:
    assert app.start() is True
    db = app.db
    old_window = app.window
    _page, _seen, _said = _type_then_lose_the_file_and_save(qtbot, app, _delete, "restore")
    qtbot.waitUntil(lambda: app.window is not None and app.window is not old_window)
    assert app.ctx is not None and app.window is not None
    assert sorted(p.body for p in list_posts(app.ctx.store)) == [
        "Monday: why we check braces every six weeks",
        "Tuesday: a patient brought us cake",
    ]
    page = _composer(app)
    assert page.editor.toPlainText() == "Tuesday: a patient brought us cake"
    assert not page.is_dirty()
    assert str(db) in app.window.statusBar().currentMessage()
    # Saving goes on as usual in the restored file.
    qtbot.keyClicks(page.editor, ", still warm")
    assert page.save() is True
    post_id = page.post_id()
    assert post_id is not None
    assert get_post(app.ctx.store, post_id).body == "Tuesday: a patient brought us cake, still warm"


def test_an_edit_to_a_post_the_backup_has_updates_it_instead_of_copying_it(
    qtbot: QtBot, app: Application
) -> None:
    assert app.start() is True
    assert app.ctx is not None
    [post] = list_posts(app.ctx.store)
    page = _composer(app)
    page.open_post(post.id)
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.editor, ", and what retainers do")
    app.db.unlink()
    old_window = app.window
    seen = _answer("database_gone", _click("choice_restore"))
    page.save_button.click()
    qtbot.waitUntil(lambda: bool(seen) and app.window is not old_window, timeout=5000)
    assert app.ctx is not None
    [restored] = list_posts(app.ctx.store)
    assert restored.id == post.id
    assert restored.body == "Monday: why we check braces every six weeks, and what retainers do"
    page = _composer(app)
    assert page.post_id() == post.id and not page.is_dirty()
    page.editor.undo()  # one step back shows the backup's text
    assert page.editor.toPlainText() == "Monday: why we check braces every six weeks"
    page.editor.redo()


def test_the_file_moved_away_can_be_opened_where_it_went_and_the_text_lands_there(
    qtbot: QtBot, app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert app.start() is True
    db = app.db
    where = db.parent / "Old stuff" / db.name
    monkeypatch.setattr(
        settings_page.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(where), "")
    )
    old_window = app.window
    _type_then_lose_the_file_and_save(qtbot, app, _move_away, "other")
    qtbot.waitUntil(lambda: app.window is not None and app.window is not old_window)
    assert app.ctx is not None and app.ctx.db_path == where
    assert sorted(p.body for p in list_posts(app.ctx.store)) == [
        "Monday: why we check braces every six weeks",
        "Tuesday: a patient brought us cake",
    ]
    assert not db.exists()


def test_with_no_database_to_take_it_the_text_is_kept_in_a_file(
    qtbot: QtBot, app: Application, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new file chosen, then its first-run dialog cancelled: the app closes, the text stays."""
    assert app.start() is True
    new_file = paths.data_dir.parent / "elsewhere" / "new.db"
    monkeypatch.setattr(
        settings_page.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(new_file), "")
    )
    quits: list[bool] = []
    monkeypatch.setattr(app.app, "quit", lambda: quits.append(True))
    cancelled = _answer_first_run_with_cancel()
    told = _answer("unsaved_kept", lambda box: box.accept())
    _type_then_lose_the_file_and_save(qtbot, app, _delete, "other")
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert cancelled and quits and app.window is None
    [kept] = paths.data_dir.glob("unsaved-post-*.txt")
    assert kept.read_text(encoding="utf-8") == "Tuesday: a patient brought us cake"
    assert told[0].text() == (
        f"What you had typed could not go in a database. It is kept in {kept}."
    )


def test_closing_with_text_that_could_not_be_saved_asks_first(
    qtbot: QtBot, app: Application
) -> None:
    assert app.start() is True
    window = app.window
    assert window is not None
    page, _seen, _said = _type_then_lose_the_file_and_save(qtbot, app, _move_away, "later")
    asked = _answer("close_unsaved", _click("keep_open"))
    window.close()
    assert asked and window.isVisible()
    assert page.editor.toPlainText() == "Tuesday: a patient brought us cake"
    # Put back, the file takes the text at the next save, and closing no longer asks.
    (app.db.parent / "Old stuff" / app.db.name).rename(app.db)
    assert page.save() is True
    window.close()
    assert not window.isVisible()
    assert app.ctx is not None
    assert "Tuesday: a patient brought us cake" in [p.body for p in list_posts(app.ctx.store)]


def test_starting_after_the_file_was_lost_offers_the_backup_and_makes_no_new_file(
    app: Application, paths: Paths, language: str
) -> None:
    db = app.db
    db.unlink()
    texts: list[str] = []

    def choose(failure: OpenFailure) -> str:
        dialog = OpenFailureDialog(failure)
        texts.append(dialog.text())
        assert dialog.findChild(QPushButton, "choice_restore") is not None
        return "quit"

    assert app.start(choose) is False
    assert not db.exists()  # neither made empty nor shown as a first run
    if language == "fr":
        assert texts[0] == (
            f"Le fichier de base de données {db} a disparu{NBSP}: il a été déplacé ou "
            "supprimé depuis la dernière utilisation de Firsthand."
        )
    else:
        assert texts[0] == (
            f"The database file {db} is missing: it was moved or deleted after Firsthand "
            "last used it."
        )

    def restore(failure: OpenFailure) -> str:
        return "restore"

    assert app.start(restore) is True
    assert app.ctx is not None
    assert [p.body for p in list_posts(app.ctx.store)] == [
        "Monday: why we check braces every six weeks"
    ]
    assert len(list_backups(paths.backup_dir_for(db), db)) >= 1
