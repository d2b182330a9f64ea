"""The open post changed elsewhere (the calendar, another window): the composer shows it whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from firsthand.composer.dialogs import COPY
from firsthand.composer.page import ComposerPage
from firsthand.context import AppContext
from firsthand.services import posts as posts_service
from firsthand.services.media import attach_image, copy_media, list_media, remove_media
from firsthand.services.posts import create_post, get_post
from firsthand.store import open_store
from firsthand.tasks import wait_for_tasks
from tests.composer_support import make_page, png, wait_analysis


@pytest.fixture(autouse=True)
def _drain_tasks():  # type: ignore[no-untyped-def]
    yield
    wait_for_tasks()


def another_window(ctx: AppContext, db_path: Path) -> AppContext:
    """Firsthand open a second time on the same file (or on another computer)."""
    store = open_store(db_path, ctx.paths.backup_dir_for(db_path))
    return AppContext(
        paths=ctx.paths, settings=ctx.settings, store=store, profile_id=ctx.profile_id
    )


def preview_networks(page: ComposerPage) -> list[str]:
    combo = page.preview.network
    return [str(combo.itemData(i)) for i in range(combo.count())]


def open_square_photo_post(qtbot, ctx: AppContext, tmp_path: Path) -> ComposerPage:  # type: ignore[no-untyped-def]
    """A LinkedIn post with a square photo: LinkedIn shows it whole, X would crop it (and
    cut its 342 characters)."""
    body = "Our new chair arrived this morning. " + "I tried it twice, then once more. " * 9
    post = create_post(ctx.store, ctx.profile_id, body, networks=["linkedin"])
    attach_image(ctx.store, ctx.media_dir, post.id, png(tmp_path / "chair.png", 1000, 1000))
    page = make_page(qtbot, ctx)
    page.open_post(post.id)
    qtbot.waitUntil(lambda: len(page.media.media()) == 1, timeout=5000)
    assert preview_networks(page) == ["linkedin"]
    assert page.media.warnings.text() == "The images suit the chosen networks."
    wait_analysis(qtbot, page)
    assert "length" not in {f.category for f in page.visible_findings()}
    return page


def test_networks_changed_by_the_calendar_reach_the_preview_and_the_images(
    qtbot,  # type: ignore[no-untyped-def]
    ctx: AppContext,
    tmp_path: Path,
) -> None:
    page = open_square_photo_post(qtbot, ctx, tmp_path)
    post_id = page.post_id()
    assert post_id is not None
    # Another page (the calendar, a reminder) adds X and tells everyone.
    current = get_post(ctx.store, post_id)
    posts_service.update_post(ctx.store, post_id, current.version, networks=["linkedin", "x"])
    ctx.events.posts_changed.emit()
    assert page.networks.networks() == ["x", "linkedin"]
    assert sorted(preview_networks(page)) == ["linkedin", "x"]
    assert "X (Twitter) will crop “chair.png”" in page.media.warnings.text()
    assert not page.is_dirty()  # taking their version is not an edit of mine
    wait_analysis(qtbot, page)  # and the coach now counts for X too
    assert "length" in {f.category for f in page.visible_findings()}


def test_networks_changed_in_another_window_reach_the_preview_and_the_images(
    qtbot,  # type: ignore[no-untyped-def]
    ctx: AppContext,
    db_path: Path,
    tmp_path: Path,
) -> None:
    page = open_square_photo_post(qtbot, ctx, tmp_path)
    post_id = page.post_id()
    assert post_id is not None
    other = another_window(ctx, db_path)
    try:
        # On the front desk's computer the post goes to X instead (no signal reaches us).
        theirs = get_post(other.store, post_id)
        posts_service.update_post(other.store, post_id, theirs.version, networks=["x"])
    finally:
        other.store.dispose()
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    page.editor.insertPlainText(" arrived")
    assert page.save()  # my text and their networks merge: both kept, theirs shown
    assert get_post(ctx.store, post_id).networks == ["x"]
    assert page.networks.networks() == ["x"]
    assert preview_networks(page) == ["x"]
    assert page.media.warnings.text().startswith("X (Twitter) will crop “chair.png”")


def test_keep_mine_as_a_new_post_keeps_the_images_in_files_of_its_own(
    qtbot,  # type: ignore[no-untyped-def]
    ctx: AppContext,
    db_path: Path,
    tmp_path: Path,
) -> None:
    post = create_post(ctx.store, ctx.profile_id, "Before and after", networks=["linkedin"])
    attach_image(ctx.store, ctx.media_dir, post.id, png(tmp_path / "before.png", 1200, 627))
    attach_image(ctx.store, ctx.media_dir, post.id, png(tmp_path / "after.png", 1080, 1350))
    originals = list_media(ctx.store, ctx.media_dir, post.id)
    other = another_window(ctx, db_path)
    first, second = make_page(qtbot, ctx), make_page(qtbot, other)
    try:
        first.open_post(post.id)
        second.open_post(post.id)
        second.conflict_resolver = lambda _parent: COPY
        first.editor.setPlainText("Before and after, told by the first window")
        assert first.save()
        second.editor.setPlainText("Before and after, told by the second window")
        assert second.save()
        copy_id = second.post_id()
        assert copy_id is not None and copy_id != post.id
        qtbot.waitUntil(lambda: len(second.media.media()) == 2, timeout=5000)
        copies = list_media(ctx.store, ctx.media_dir, copy_id)
        assert second.media.media() == copies
        assert [(m.original_name, m.width, m.height) for m in copies] == [
            ("before.png", 1200, 627),
            ("after.png", 1080, 1350),
        ]
        for original, copy in zip(originals, copies, strict=True):
            assert copy.path != original.path
            assert copy.path.read_bytes() == original.path.read_bytes()
        assert second.preview.image.isVisible()  # the new post's preview shows its photo
        # Removing an image from the new post leaves the first post's image whole...
        second.media.list.setCurrentRow(0)
        second.media.remove_button.click()
        assert not copies[0].path.exists()
        assert originals[0].path.exists()
        assert list_media(ctx.store, ctx.media_dir, post.id) == originals
        # ...and the other way round.
        remove_media(ctx.store, ctx.media_dir, originals[1].id)
        assert copies[1].path.exists()
        assert list_media(ctx.store, ctx.media_dir, copy_id) == copies[1:]
    finally:
        wait_for_tasks()
        other.store.dispose()


def test_copying_images_skips_a_file_already_gone_and_adds_after_the_posts_own(
    ctx: AppContext, tmp_path: Path
) -> None:
    source = create_post(ctx.store, ctx.profile_id, "Three photos")
    for name in ("one", "two", "three"):
        attach_image(ctx.store, ctx.media_dir, source.id, png(tmp_path / f"{name}.png", 800, 600))
    gone = list_media(ctx.store, ctx.media_dir, source.id)[1]
    gone.path.unlink()  # someone tidied the media folder by hand
    target = create_post(ctx.store, ctx.profile_id, "Its copy")
    attach_image(ctx.store, ctx.media_dir, target.id, png(tmp_path / "own.png", 800, 600))
    copied = copy_media(ctx.store, ctx.media_dir, source.id, target.id)
    assert [m.original_name for m in copied] == ["one.png", "three.png"]
    listed = list_media(ctx.store, ctx.media_dir, target.id)
    assert [m.original_name for m in listed] == ["own.png", "one.png", "three.png"]
    assert [m.position for m in listed] == [0, 1, 2]
    assert len(list(ctx.media_dir.iterdir())) == 3 + 3 - 1  # no file shared, none left over
