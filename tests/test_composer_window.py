"""The composer inside the main window: shortcuts, events from other pages, huge pastes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt

from firsthand.composer.page import ComposerPage
from firsthand.services.posts import create_post
from firsthand.shell.main_window import MainWindow
from firsthand.tasks import wait_for_tasks
from tests.conftest import show_active


@pytest.fixture
def window(qtbot, ctx):  # type: ignore[no-untyped-def]
    w = MainWindow(ctx, pages=[("composer", ComposerPage)])
    qtbot.addWidget(w)
    yield w
    w.close()
    wait_for_tasks()


def test_ctrl_n_in_the_window_starts_a_new_post_without_ambiguity(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["composer"]
    assert isinstance(page, ComposerPage)
    show_active(qtbot, window)
    window.show_page("composer")
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "A first idea")
    # The window's File > New post owns Ctrl+N; a second one in the page would be ambiguous
    # (Qt warns, and qt_log_level_fail turns that into a failure).
    qtbot.keyClick(page.editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.editor.toPlainText() == "")
    assert page.post_id() is None
    from firsthand.services.posts import list_posts

    assert [p.body for p in list_posts(ctx.store, ctx.profile_id)] == ["A first idea"]


def test_open_post_event_opens_it_and_switching_page_saves(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["composer"]
    assert isinstance(page, ComposerPage)
    post = create_post(ctx.store, ctx.profile_id, "From the drafts list")
    show_active(qtbot, window)
    ctx.events.open_post.emit(post.id)
    assert window.current_page() == "composer"
    assert page.editor.toPlainText() == "From the drafts list"
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    page.editor.insertPlainText(", edited")
    window.show_page("drafts")  # leaving the page saves it
    from firsthand.services.posts import get_post

    assert get_post(ctx.store, post.id).body == "From the drafts list, edited"


def test_a_1_mb_paste_is_coached_on_its_start_and_counted(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = ComposerPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.networks.set_state(["x", "facebook"], {})
    page._refresh_context()
    big = "I think braces are worth it. " * 36_000  # about 1 MB
    data = QMimeData()
    data.setText(big)
    page.editor.insertFromMimeData(data)
    qtbot.waitUntil(page.live.settled, timeout=15000)
    assert page.coach_note.isVisible() or page.coach_note.text()
    assert "first" in page.coach_note.text()
    assert page.networks.counters["facebook"].property("over") is True
    assert page.networks.counters["x"].property("over") is True
    assert max((f.end for f in page.findings.findings()), default=0) <= 20_000
    page._dirty = False
    page.editor.document().setModified(False)
    page.close()
    wait_for_tasks()


def test_keyboard_next_finding_and_apply(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = ComposerPage(ctx)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.editor.setFocus()
    page.editor.insertPlainText("Our clinic is pleased to announce new hours. We leverage them.")
    qtbot.waitUntil(page.live.settled, timeout=5000)
    fixable = [f for f in page.findings.findings() if f.replacement]
    assert fixable
    while page.findings.current() != fixable[0]:
        qtbot.keyClick(page.editor, Qt.Key.Key_F8)
    assert page.editor.textCursor().selectedText() == fixable[0].text
    before = page.editor.toPlainText()
    qtbot.keyClick(page.editor, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.toPlainText() != before
    assert fixable[0].replacement in page.editor.toPlainText()
    qtbot.keyClick(page.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.toPlainText() == before
    qtbot.keyClick(
        page.editor,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not page.preview.isVisible()
    page.close()
    wait_for_tasks()
