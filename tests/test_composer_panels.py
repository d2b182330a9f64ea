"""Networks, templates, images and plan in the composer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from firsthand.composer.preview import initials
from firsthand.services.media import MediaError, attach_image, image_size, list_media
from firsthand.services.posts import create_post, get_post
from tests.composer_support import png, wait_analysis

pytest_plugins = ("tests.composer_fixtures",)  # the `page` fixture


def test_counter_turns_red_over_x_limit(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.networks.set_state(["x", "linkedin"], {})
    counter = page.networks.counters["x"]
    page.editor.setPlainText("I " + "a" * 200)
    wait_analysis(qtbot, page)
    assert counter.text() == "202 / 280"
    assert counter.property("over") is False
    page.editor.setPlainText("I " + "a" * 300)
    wait_analysis(qtbot, page)
    assert counter.text() == "302 / 280"
    assert counter.property("over") is True
    assert "#c62828" in counter.styleSheet()
    linkedin = page.networks.counters["linkedin"]
    assert linkedin.property("over") is False  # 302 is fine on LinkedIn


def test_x_counts_a_link_as_23(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.networks.set_state(["x"], {})
    page.editor.setPlainText("See https://example.com/a/very/long/path/that/goes/on/and/on")
    wait_analysis(qtbot, page)
    assert page.networks.counters["x"].text() == "27 / 280"


def test_a_variant_is_counted_and_copied_for_its_network(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.networks.set_state(["x", "linkedin"], {})
    page.editor.setPlainText("The long version for LinkedIn. " * 12)
    page.networks.variant_network.setCurrentIndex(page.networks.variant_network.findData("x"))
    page.networks.variant.setPlainText("The short one for X.")
    wait_analysis(qtbot, page)
    qtbot.waitUntil(lambda: page.networks.counters["x"].text() == "20 / 280")
    page.networks.copy_buttons["x"].click()
    assert QApplication.clipboard().text() == "The short one for X."
    page.networks.copy_buttons["linkedin"].click()
    assert QApplication.clipboard().text().startswith("The long version")
    page.save()
    saved = get_post(page.ctx.store, page.post_id())
    assert {t.network: t.variant for t in saved.targets} == {
        "linkedin": None,
        "x": "The short one for X.",
    }


def test_a_template_starts_a_story(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    picker = page.template_picker
    index = picker.findData("story.en")
    assert index > 0
    picker.activated.emit(index)
    text = page.editor.toPlainText()
    assert text.startswith("[What happened?")
    assert text.count("?") >= 4  # questions to answer, not filler
    assert page.coaching.aim_kind() == "story"
    items = [page.coaching.checklist.item(i).text() for i in range(page.coaching.checklist.count())]
    assert any("client" in i for i in items)
    page.editor.undo()
    assert page.editor.toPlainText() == ""  # the template went in as one undoable edit


def test_templates_exist_in_english_and_french_for_every_good_kind() -> None:
    from firsthand.composer.templates import AIMS, load_templates

    have = {(t.kind, t.language) for t in load_templates()}
    assert have == {(k, lang) for k in AIMS for lang in ("en", "fr")}


def test_preview_cuts_where_x_cuts(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.networks.set_state(["x"], {})
    page._networks_shown()
    page.editor.setPlainText("I " + "word " * 80)
    wait_analysis(qtbot, page)
    page.preview.refresh()
    html = page.preview.text.text()
    assert "stops here" in html
    assert page.preview.avatar.text() == initials("Dr Ana Lopes") == "AL"


def test_attached_image_is_copied_and_warned_about(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.networks.set_state(["x"], {})
    page._networks_shown()
    tall = png(tmp_path / "tall.png", 700, 1400)
    page.media.attach_files([tall])
    qtbot.waitUntil(lambda: len(page.media.media()) == 1, timeout=5000)
    media = page.media.media()[0]
    assert media.path.parent == page.ctx.media_dir
    assert media.path.exists() and media.path != tall
    tall.unlink()  # moving or deleting the original loses nothing
    assert media.path.exists()
    assert "crop" in page.media.warnings.text()
    assert page.post_id() is not None  # attaching saved the new post


def test_a_file_that_is_not_an_image_gets_a_clear_message(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fake = tmp_path / "notes.png"
    fake.write_text("this is not a picture")
    page.media.attach_files([fake])
    qtbot.waitUntil(lambda: "not an image" in page.media.message.text(), timeout=5000)
    assert page.media.media() == []


def test_huge_files_are_refused_before_copying(ctx, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from firsthand.services import media as media_service

    monkeypatch.setattr(media_service, "MAX_BYTES", 1000)
    big = png(tmp_path / "big.png", 400, 400)
    post = create_post(ctx.store, ctx.profile_id, "x")
    with pytest.raises(MediaError) as err:
        attach_image(ctx.store, ctx.media_dir, post.id, big)
    assert err.value.reason == "too_large"
    assert list_media(ctx.store, ctx.media_dir, post.id) == []


@pytest.mark.parametrize("fmt", ["png", "jpg", "bmp", "webp"])
def test_image_size_reads_common_formats(qtbot, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    image = QImage(321, 123, QImage.Format.Format_RGB32)
    image.fill(0x102030)
    path = tmp_path / f"i.{fmt}"
    if not image.save(str(path)):
        pytest.skip(f"Qt cannot write {fmt} here")
    assert image_size(path) == (321, 123)


def test_plan_saves_status_goal_labels_and_zone(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.editor.setPlainText("A post with a plan")
    s = page.schedule
    s.status.setCurrentIndex(s.status.findData("ready"))
    s.goal.setText("3 questions from parents")
    s.labels.setText("braces, children")
    s.dated.setChecked(True)
    s.zone.setCurrentText("America/Montreal")
    assert "America/Montreal" in s.when_note.text()
    page.save()
    saved = get_post(page.ctx.store, page.post_id())
    assert saved.status == "ready"
    assert saved.goal == "3 questions from parents"
    assert saved.labels == ["braces", "children"]
    assert saved.timezone == "America/Montreal"
    local = saved.local_time()
    assert local is not None and (local.hour, local.minute) == (9, 0)


def test_without_an_aim_the_post_keeps_the_kind_it_reads_as(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    assert page.coaching.aim_kind() == ""
    page.editor.setPlainText("Our clinic is pleased to offer a full range of services.")
    wait_analysis(qtbot, page)
    page.save()
    detected = page.live.last.report.kind
    assert get_post(page.ctx.store, page.post_id()).kind == detected
    page.coaching.set_aim("opinion")
    page.save()
    assert get_post(page.ctx.store, page.post_id()).kind == "opinion"


def test_an_image_file_pasted_on_the_editor_is_attached(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QUrl

    photo = png(tmp_path / "smile.png", 1200, 675)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    assert page.editor.canInsertFromMimeData(data)
    page.editor.insertFromMimeData(data)
    qtbot.waitUntil(lambda: len(page.media.media()) == 1, timeout=5000)
    assert page.editor.toPlainText() == ""  # the file name did not land in the text
    assert page.tabs.currentWidget() is page.media


def test_the_coaching_tab_says_why_the_post_reads_as_its_kind(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.editor.setPlainText(
        "Last Tuesday a man in his eighties came in with a paper bag. Inside were the dentures "
        "his wife had worn for forty years. She had passed away in March and he wanted to know "
        "whether we could keep them somewhere safe. We talked for an hour."
    )
    wait_analysis(qtbot, page)
    reason = page.coaching.kind_reason
    assert page.coaching.kind.text() == "Story"
    assert not reason.isHidden()
    # The reason quotes the post's own words.
    quoted = [w.strip("“”") for w in reason.text().split("“")[1:]]
    assert quoted and all(w.split("”")[0] in page.editor.toPlainText() for w in quoted)
    page.editor.setPlainText("")
    wait_analysis(qtbot, page)
    assert reason.isHidden()
