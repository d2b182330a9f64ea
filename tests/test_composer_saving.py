"""Nothing lost: autosave, restart, allow-list, ignore, history, undo across saves, conflicts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from firsthand.composer import page as page_module
from firsthand.composer import saving as saving_module
from firsthand.composer.dialogs import COPY, RELOAD
from firsthand.context import AppContext
from firsthand.services import posts as posts_service
from firsthand.services.posts import create_post, get_post, list_posts, list_revisions
from firsthand.services.profiles import get_profile
from firsthand.store import Store, open_store
from firsthand.tasks import wait_for_tasks
from tests.composer_support import make_page, wait_analysis


@pytest.fixture(autouse=True)
def _drain_tasks():  # type: ignore[no-untyped-def]
    yield
    wait_for_tasks()


@pytest.fixture
def fast_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_module, "AUTOSAVE_MS", 200)


def reopen(ctx: AppContext, db_path: Path) -> AppContext:
    """A fresh store and context over the same file, as after quitting and starting again."""
    store: Store = open_store(db_path, ctx.paths.backup_dir_for(db_path))
    return AppContext(
        paths=ctx.paths, settings=ctx.settings, store=store, profile_id=ctx.profile_id
    )


def test_autosave_then_restart_brings_the_text_back(qtbot, ctx, db_path, fast_autosave) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx)
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "Yesterday a patient laughed so hard")
    assert page.is_dirty()
    with qtbot.waitSignal(page.saved, timeout=3000):
        pass  # autosave fires on its own after the pause
    post_id = page.post_id()
    assert post_id is not None
    page.close()

    ctx2 = reopen(ctx, db_path)
    try:
        page2 = make_page(qtbot, ctx2)
        page2.open_post(post_id)
        assert page2.editor.toPlainText() == "Yesterday a patient laughed so hard"
    finally:
        wait_for_tasks()
        ctx2.store.dispose()


def test_closing_saves_what_autosave_had_not_yet(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx)
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "Typed just before closing")
    assert page.post_id() is None
    page.close()
    saved = list_posts(ctx.store, ctx.profile_id)
    assert [p.body for p in saved] == ["Typed just before closing"]


def test_saving_emits_posts_changed(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx)
    page.editor.setPlainText("A first line")
    with qtbot.waitSignal(ctx.events.posts_changed, timeout=1000):
        page.save()


def test_new_post_from_the_calendar_keeps_its_slot(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    page = make_page(qtbot, ctx)
    when = datetime(2027, 3, 4, 8, 30, tzinfo=UTC)
    ctx.events.new_post.emit(
        {"scheduled_at": when, "timezone": "Europe/Paris", "networks": ["x"], "body": "Idea"}
    )
    assert page.schedule.dated.isChecked()
    assert page.schedule.scheduled_at() == when
    assert page.networks.networks() == ["x"]
    page.save()
    saved = get_post(ctx.store, page.post_id())
    assert saved.scheduled_at == when and saved.timezone == "Europe/Paris"
    assert saved.status == "scheduled"
    assert saved.networks == ["x"]


def test_allow_this_word_persists_across_restart(qtbot, ctx, db_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx)
    page.editor.setPlainText("I explain the periodontal probing depth to every patient.")
    wait_analysis(qtbot, page)
    jargon = [f for f in page.findings.findings() if f.category == "jargon"]
    assert jargon, "the coach flags a jargon word"
    word = jargon[0]
    page.findings.select_finding(word)
    assert page.findings.allow_button.isEnabled()
    page.findings.allow_button.click()
    wait_analysis(qtbot, page)
    assert word.text in get_profile(ctx.store, ctx.profile_id).allow_list
    assert word.text not in [f.text for f in page.findings.findings() if f.category == "jargon"]
    page.close()

    ctx2 = reopen(ctx, db_path)
    try:
        page2 = make_page(qtbot, ctx2)
        page2.editor.setPlainText("I explain the periodontal probing depth to every patient.")
        wait_analysis(qtbot, page2)
        assert word.text not in [f.text for f in page2.findings.findings()]
    finally:
        wait_for_tasks()
        ctx2.store.dispose()


def test_ignore_here_hides_the_finding_for_this_post_only(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx)
    text = "We are pleased to offer a full range of services."
    page.editor.setPlainText(text)
    wait_analysis(qtbot, page)
    finding = page.findings.findings()[0]
    page.findings.select_finding(finding)
    page.findings.ignore_button.click()
    assert finding.key not in [f.key for f in page.findings.findings()]
    page.save()
    assert finding.key in get_post(ctx.store, page.post_id()).ignored_findings

    page.new_post()
    page.editor.setPlainText(text)
    wait_analysis(qtbot, page)
    assert finding.key in [f.key for f in page.findings.findings()]  # other posts still see it


def test_undo_works_across_saves(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx)
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "First.")
    page.save()
    page.editor.selectAll()
    qtbot.keyClicks(page.editor, "Rewritten.")
    page.save()
    assert get_post(ctx.store, page.post_id()).body == "Rewritten."
    page.editor.undo()
    assert page.editor.toPlainText() == "First."
    page.editor.redo()
    assert page.editor.toPlainText() == "Rewritten."


def test_history_restores_an_earlier_body_as_one_undo_step(
    qtbot, ctx, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(posts_service, "REVISION_EVERY", timedelta(0))
    page = make_page(qtbot, ctx)
    page.editor.setPlainText("The first version.")
    page.save()
    page.editor.setPlainText("The second version, rewritten.")
    page.save()
    revisions = list_revisions(ctx.store, page.post_id())
    assert [r.body for r in revisions] == ["The first version."]

    from firsthand.composer.history_dialog import HistoryDialog, diff_html

    dialog = HistoryDialog(revisions, page.editor.toPlainText(), page)
    qtbot.addWidget(dialog)
    assert "line-through" in dialog.diff.toHtml() or "first" in dialog.diff.toPlainText()
    assert "<span" in diff_html("a b c", "a x c")
    page.restore_body(dialog.chosen_body() or "")
    assert page.editor.toPlainText() == "The first version."
    assert get_post(ctx.store, page.post_id()).body == "The first version."
    page.editor.undo()
    assert page.editor.toPlainText() == "The second version, rewritten."


def another_window(ctx: AppContext, db_path: Path) -> AppContext:
    """Firsthand open a second time on the same file (or on another computer)."""
    return reopen(ctx, db_path)


def test_a_post_open_in_two_pages_is_never_overwritten_silently(qtbot, ctx, db_path) -> None:  # type: ignore[no-untyped-def]
    post = create_post(ctx.store, ctx.profile_id, "Shared draft")
    first, second = make_page(qtbot, ctx), make_page(qtbot, another_window(ctx, db_path))
    first.open_post(post.id)
    second.open_post(post.id)
    asked: list[str] = []

    def keep_mine(_parent: object) -> str:
        asked.append("conflict")
        return COPY

    second.conflict_resolver = keep_mine
    first.editor.setPlainText("Shared draft, edited in the first window")
    assert first.save()
    second.editor.setPlainText("Shared draft, edited in the second window")
    assert second.save()
    assert asked == ["conflict"]
    # The first window's text is intact, the second one's became a new post.
    assert get_post(ctx.store, post.id).body == "Shared draft, edited in the first window"
    assert second.post_id() != post.id
    assert get_post(ctx.store, second.post_id()).body == "Shared draft, edited in the second window"


def test_conflict_reload_shows_the_other_version(qtbot, ctx, db_path) -> None:  # type: ignore[no-untyped-def]
    post = create_post(ctx.store, ctx.profile_id, "Shared draft")
    first, second = make_page(qtbot, ctx), make_page(qtbot, another_window(ctx, db_path))
    first.open_post(post.id)
    second.open_post(post.id)
    second.conflict_resolver = lambda _parent: RELOAD
    first.editor.setPlainText("Theirs")
    first.save()
    second.editor.setPlainText("Mine")
    second.save()
    assert second.editor.toPlainText() == "Theirs"
    assert second.post_id() == post.id
    assert not second.is_dirty()
    assert len(list_posts(ctx.store, ctx.profile_id)) == 1


def test_a_failed_save_keeps_the_post_open(qtbot, ctx, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from firsthand.store import DatabaseLocked

    first = create_post(ctx.store, ctx.profile_id, "First post")
    other = create_post(ctx.store, ctx.profile_id, "Other post")
    page = make_page(qtbot, ctx)
    page.open_post(first.id)
    page.editor.selectAll()
    page.editor.insertPlainText("First post, with changes nobody saved")

    def locked(*_args: object, **_kwargs: object) -> None:
        raise DatabaseLocked("The database is in use by another program.", ctx.db_path)

    warned: list[str] = []
    monkeypatch.setattr(saving_module, "update_post", locked)
    monkeypatch.setattr(
        page_module.QMessageBox, "warning", lambda _p, _t, text: warned.append(text)
    )
    page.open_post(other.id)
    assert warned and "could not be saved" in warned[0]
    assert page.post_id() == first.id
    assert page.editor.toPlainText() == "First post, with changes nobody saved"
    assert "Not saved" in page.state.text()
    monkeypatch.undo()
    page.open_post(other.id)  # the database is back: now it saves and moves on
    assert get_post(ctx.store, first.id).body == "First post, with changes nobody saved"
    assert page.post_id() == other.id


def test_autosave_writes_on_a_worker_and_a_locked_file_only_shows_in_the_state(
    qtbot, ctx, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from firsthand.store import DatabaseLocked

    post = create_post(ctx.store, ctx.profile_id, "Draft")
    page = make_page(qtbot, ctx)
    page.open_post(post.id)
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    page.editor.insertPlainText(" and more")
    release = threading.Event()
    writer_threads: list[str] = []

    def slow_and_locked(*_args: object, **_kwargs: object) -> None:
        writer_threads.append(threading.current_thread().name)
        release.wait(5)  # the file stays busy until the test lets go
        raise DatabaseLocked("The database is in use by another program.", ctx.db_path)

    monkeypatch.setattr(saving_module, "update_post", slow_and_locked)
    page._save_in_background()
    qtbot.waitUntil(lambda: bool(writer_threads))
    # The GUI thread is free while the write waits on the file: typing goes on.
    qtbot.keyClicks(page.editor, " typed meanwhile")
    assert page.editor.toPlainText() == "Draft and more typed meanwhile"
    assert writer_threads[0] != threading.main_thread().name
    release.set()
    qtbot.waitUntil(lambda: "Not saved" in page.state.text(), timeout=5000)
    assert page.is_dirty()
    monkeypatch.undo()
    assert page.save()
    assert get_post(ctx.store, post.id).body == "Draft and more typed meanwhile"


def test_edits_made_during_a_background_save_stay_unsaved(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    post = create_post(ctx.store, ctx.profile_id, "One")
    page = make_page(qtbot, ctx)
    page.open_post(post.id)
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    page.editor.insertPlainText(" two")
    with qtbot.waitSignal(page.saved, timeout=5000):
        page._save_in_background()
        page.editor.insertPlainText(" three")  # typed before the worker's answer arrives
    # The snapshot was taken when the autosave started: " three" is not in it, and still unsaved.
    assert get_post(ctx.store, post.id).body == "One two"
    assert page.is_dirty()
    page.flush()
    assert get_post(ctx.store, post.id).body == "One two three"
    assert not page.is_dirty()


def test_a_move_in_the_calendar_is_taken_without_a_conflict(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    post = create_post(
        ctx.store,
        ctx.profile_id,
        "Kids and braces",
        status="scheduled",
        scheduled_at=datetime(2026, 12, 1, 8, tzinfo=UTC),
        timezone="Europe/Paris",
    )
    page = make_page(qtbot, ctx)
    page.open_post(post.id)
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    page.editor.insertPlainText(" at forty")
    assert page.save()
    asked: list[str] = []
    page.conflict_resolver = lambda _parent: asked.append("conflict") or COPY
    # The calendar page moves it two days later and tells everyone.
    moved = datetime(2026, 12, 3, 8, tzinfo=UTC)
    current = get_post(ctx.store, post.id)
    posts_service.update_post(ctx.store, post.id, current.version, scheduled_at=moved)
    ctx.events.posts_changed.emit()
    page.editor.insertPlainText(", my story")
    assert page.save()
    assert asked == []
    saved = get_post(ctx.store, post.id)
    assert saved.scheduled_at == moved
    assert saved.body == "Kids and braces at forty, my story"
    # Undo still reaches the edits made before the move.
    page.editor.undo()
    page.editor.undo()
    assert page.editor.toPlainText() == "Kids and braces"


def test_another_computer_moving_the_post_while_i_type_keeps_both(qtbot, ctx, db_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    post = create_post(
        ctx.store,
        ctx.profile_id,
        "Braces at forty",
        status="scheduled",
        scheduled_at=datetime(2026, 12, 1, 8, tzinfo=UTC),
        timezone="Europe/Paris",
    )
    mine = make_page(qtbot, ctx)
    mine.open_post(post.id)
    asked: list[str] = []
    mine.conflict_resolver = lambda _parent: asked.append("conflict") or COPY
    # On the front desk's computer, the post moves two days later (no signal reaches us).
    other = another_window(ctx, db_path)
    moved = datetime(2026, 12, 3, 8, tzinfo=UTC)
    posts_service.update_post(
        other.store, post.id, post.version, scheduled_at=moved, goal="bookings"
    )
    mine.editor.moveCursor(mine.editor.textCursor().MoveOperation.End)
    mine.editor.insertPlainText(": my story")
    assert mine.save()
    assert asked == []
    saved = get_post(ctx.store, post.id)
    assert saved.body == "Braces at forty: my story"
    assert saved.scheduled_at == moved and saved.goal == "bookings"
    assert mine.schedule.values()["scheduled_at"] == moved  # the page shows their new date
    # Both sides changing the same thing is still a real conflict.
    posts_service.update_post(other.store, post.id, saved.version, body="Their rewrite")
    mine.editor.insertPlainText(" and more")
    assert mine.save()
    assert asked == ["conflict"]


def test_a_jab_underlined_by_the_allusion_model_can_be_ignored_but_not_applied_or_allowed(  # type: ignore[no-untyped-def]
    qtbot, ctx
) -> None:
    # The finding covers a whole sentence and gives advice, not a wording: "Apply" would paste
    # the advice over the sentence, and "Allow this word" would allow a sentence.
    page = make_page(qtbot, ctx)
    page.editor.setPlainText(
        "Busy week at the bakery: three wedding cakes, a christening cake and two hundred hot "
        "cross buns for the school. Flour has gone up again, butter too, and apparently the "
        "people in charge think we should all just eat less. Funny how their canteen never "
        "runs short. Anyway, the sourdough is back on Saturday."
    )
    wait_analysis(qtbot, page)
    (jab,) = [f for f in page.findings.findings() if f.rule == "off_topic.allusion"]
    page.findings.select_finding(jab)
    assert "leave it out" in page.findings.detail.text()
    assert not page.findings.apply_button.isEnabled()
    assert not page.findings.allow_button.isEnabled()
    assert page.findings.ignore_button.isEnabled()
    page.findings.ignore_button.click()
    wait_analysis(qtbot, page)
    assert "off_topic.allusion" not in [f.rule for f in page.findings.findings()]
