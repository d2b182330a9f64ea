"""The calendar page as a user drives it: drag, drop, click, filter, review, evaluate."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QGuiApplication
from pytestqt.qtbot import QtBot

from firsthand.calendar import CalendarPage, EvaluationPage
from firsthand.calendar.day_grid import DayGridView
from firsthand.calendar.import_dialog import ImportDialog
from firsthand.calendar.reminders import ReminderDialog, Reminders
from firsthand.context import AppContext
from firsthand.services.calendar import CalendarItem, Filters, overdue_posts
from firsthand.services.posts import create_post, get_post, list_posts
from firsthand.store import utcnow

PARIS = ZoneInfo("Europe/Paris")


def at(day: date, hour: int, minute: int = 0, zone: ZoneInfo = PARIS) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(UTC)


def page_at(qtbot: QtBot, ctx: AppContext, day: date, mode: str = "month") -> CalendarPage:
    ctx.settings.calendar_view = mode
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.go_to(day)
    return page


def drop(view: DayGridView, mime: QMimeData, day: date) -> None:
    """What Qt delivers when the user lets go of a drag over `day`."""
    pos = QPointF(view.cell_rect(day).center())
    event = QDropEvent(
        pos,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
    assert event.isAccepted()


def test_dragging_a_post_to_another_day_keeps_its_time(qtbot: QtBot, ctx: AppContext) -> None:
    # 27 March 2026 is before Europe's DST change, 30 March after it.
    post = create_post(
        ctx.store,
        ctx.profile_id,
        "The day a patient brought us cake",
        networks=["linkedin"],
        status="scheduled",
        scheduled_at=at(date(2026, 3, 27), 9, 30),
        timezone="Europe/Paris",
    )
    page = page_at(qtbot, ctx, date(2026, 3, 15))
    assert not page.month.chip_rect(post.id).isEmpty()
    from firsthand.calendar.day_grid import post_mime

    with qtbot.waitSignal(page.refreshed):
        drop(page.month, post_mime(post.id, idea=False), date(2026, 3, 30))
    moved = get_post(ctx.store, post.id)
    local = moved.scheduled_at.astimezone(PARIS)  # type: ignore[union-attr]
    assert (local.date(), local.time()) == (date(2026, 3, 30), time(9, 30))
    assert moved.timezone == "Europe/Paris" and moved.version == post.version + 1
    # Redrawn on its new day, and only there.
    assert page.month.cell_rect(date(2026, 3, 30)).contains(page.month.chip_rect(post.id))
    assert [i.id for i in page.month.items[date(2026, 3, 27)]] == []


def test_an_idea_dropped_on_a_day_becomes_scheduled(qtbot: QtBot, ctx: AppContext) -> None:
    idea = create_post(
        ctx.store, ctx.profile_id, "Tell the scared-kid story", status="idea", networks=["x"]
    )
    ctx.settings.default_slot = "08:15"
    page = page_at(qtbot, ctx, date(2026, 5, 4), mode="week")
    assert page.ideas_list.count() == 1
    mime = page.ideas_list.mimeData([page.ideas_list.item(0)])
    with qtbot.waitSignal(page.refreshed):
        drop(page.week, mime, date(2026, 5, 6))
    planned = get_post(ctx.store, idea.id)
    assert planned.status == "scheduled" and planned.timezone == "Europe/Paris"
    assert planned.scheduled_at == at(date(2026, 5, 6), 8, 15)
    assert page.ideas_list.count() == 0
    assert [i.id for i in page.week.items[date(2026, 5, 6)]] == [idea.id]


def test_dropping_a_post_on_the_ideas_takes_it_off_the_calendar(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from firsthand.calendar.day_grid import post_mime

    post = create_post(
        ctx.store,
        ctx.profile_id,
        "Not sure about this one",
        status="scheduled",
        scheduled_at=at(date(2026, 5, 6), 9),
        timezone="Europe/Paris",
    )
    page = page_at(qtbot, ctx, date(2026, 5, 6))
    mime = post_mime(post.id, idea=False)  # the event does not own it: keep it alive
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(page.refreshed):
        page.ideas_list.dropEvent(event)
    assert get_post(ctx.store, post.id).scheduled_at is None
    assert page.ideas_list.count() == 1


def test_clicking_an_empty_day_asks_for_a_new_post_at_the_default_slot(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = page_at(qtbot, ctx, date(2026, 7, 1))
    day = date(2026, 7, 14)
    with qtbot.waitSignal(ctx.events.new_post) as blocker:
        qtbot.mouseClick(page.month, Qt.MouseButton.LeftButton, pos=page.month.empty_point(day))
    (values,) = blocker.args
    assert values["scheduled_at"] == at(day, 9) and values["timezone"] == "Europe/Paris"


def test_double_clicking_a_chip_opens_the_post(qtbot: QtBot, ctx: AppContext) -> None:
    post = create_post(
        ctx.store,
        ctx.profile_id,
        "Open me",
        status="scheduled",
        scheduled_at=at(date(2026, 7, 8), 12),
        timezone="Europe/Paris",
    )
    page = page_at(qtbot, ctx, date(2026, 7, 8))
    with qtbot.waitSignal(ctx.events.open_post) as blocker:
        qtbot.mouseDClick(
            page.month, Qt.MouseButton.LeftButton, pos=page.month.chip_rect(post.id).center()
        )
    assert blocker.args == [post.id]


def test_keyboard_moves_between_periods_and_back_to_today(qtbot: QtBot, ctx: AppContext) -> None:
    page = page_at(qtbot, ctx, date(2026, 1, 15))
    page.month.setFocus()
    title = page.title.text()
    qtbot.keyClick(page.month, Qt.Key.Key_PageDown)
    assert page.anchor.month == 2 and page.title.text() != title
    qtbot.keyClick(page.month, Qt.Key.Key_PageUp)
    qtbot.keyClick(page.month, Qt.Key.Key_PageUp)
    assert (page.anchor.year, page.anchor.month) == (2025, 12)
    qtbot.keyClick(page.month, Qt.Key.Key_Home)
    today = datetime.now(PARIS).date()
    assert page.anchor == today and page.month.selected_day == today
    # Arrow keys walk day by day, into the next month when they leave this one.
    page.go_to(date(2026, 3, 31))
    page.month.selected_day = date(2026, 3, 31)
    qtbot.keyClick(page.month, Qt.Key.Key_Right)
    assert page.anchor.month == 4 and page.month.selected_day == date(2026, 4, 1)
    page.set_mode("week")
    before = page.period()
    qtbot.keyClick(page.week, Qt.Key.Key_PageDown)
    assert page.period()[0] == before[0] + timedelta(days=7)


def test_filters_hide_posts_and_persist(qtbot: QtBot, ctx: AppContext) -> None:
    day = date(2026, 6, 10)
    keep = create_post(
        ctx.store,
        ctx.profile_id,
        "On X",
        networks=["x"],
        status="scheduled",
        scheduled_at=at(day, 9),
        timezone="Europe/Paris",
    )
    create_post(
        ctx.store,
        ctx.profile_id,
        "On LinkedIn",
        networks=["linkedin"],
        status="scheduled",
        scheduled_at=at(day, 10),
        timezone="Europe/Paris",
    )
    page = page_at(qtbot, ctx, day)
    assert len(page.month.items[day]) == 2
    page.filters_bar.networks._actions["x"].setChecked(True)
    assert [i.id for i in page.month.items[day]] == [keep.id]
    assert ctx.settings.calendar_filters["networks"] == ["x"]
    assert ctx.paths.settings_file.exists()
    again = page_at(qtbot, ctx, day)
    assert again.filters == Filters(networks={"x"})
    assert again.filters_bar.networks.text().endswith("(1)")


def _month_of_posts(ctx: AppContext, promotions: int) -> None:
    bodies = [
        "A six-year-old left showing everyone her new tooth, proud as anything.",
        "What nobody tells you about whitening strips: they work, but slowly.",
        "I finally opened Saturday slots after three years of asking for them.",
        "My honest opinion on electric toothbrushes after fifteen years of gums.",
        "Behind the scenes: the sterilisation room at 7am hums like a ship.",
        "Why flossing matters even if you brush twice, shown on a real model.",
        "The hardest crown I did this year and what made it so fiddly.",
        "Three things I check first when a child is afraid of the chair.",
        "We ran out of coffee and the whole team discovered the tea drawer.",
        "Braces at 45: a patient started last month, here are the first weeks.",
    ]
    promos = [
        "Special offer: 20% off whitening this month only, book now on our site!",
        "Full range of premium dental services at competitive prices. Contact us.",
        "Limited time: free consultation with every implant package. Call now.",
        "Our clinic is pleased to offer high-quality professional orthodontics.",
        "Gift cards for whitening sessions now available at reception desk.",
        "Book two cleanings, get the third at half price. Offer ends Friday!",
    ]
    texts = [(b, "promotion") for b in promos[:promotions]] + [
        (b, "story") for b in bodies[: 10 - promotions]
    ]
    for n, (body, kind) in enumerate(texts):
        create_post(
            ctx.store,
            ctx.profile_id,
            body,
            kind=kind,
            networks=["linkedin"],
            status="scheduled",
            scheduled_at=at(date(2026, 9, 1) + timedelta(days=3 * n), 9),
            timezone="Europe/Paris",
        )


def test_mix_panel_warns_for_a_promotion_heavy_month(qtbot: QtBot, ctx: AppContext) -> None:
    _month_of_posts(ctx, promotions=6)
    page = page_at(qtbot, ctx, date(2026, 9, 1), mode="mix")
    texts = page.mix_panel().warning_texts()
    assert any("60%" in t and "promotion" in t for t in texts), texts
    assert page.mix_panel().report is not None and page.mix_panel().report.too_promotional
    assert "60%" in page.mix_panel().summary.text()


def test_mix_panel_is_quiet_for_a_balanced_month(qtbot: QtBot, ctx: AppContext) -> None:
    _month_of_posts(ctx, promotions=1)
    page = page_at(qtbot, ctx, date(2026, 9, 1), mode="mix")
    texts = page.mix_panel().warning_texts()
    assert len(texts) == 1 and texts[0].startswith("✓"), texts


def test_a_due_post_raises_the_reminder_signal(qtbot: QtBot, ctx: AppContext) -> None:
    now = utcnow()
    due = create_post(
        ctx.store,
        ctx.profile_id,
        "Goes out now",
        networks=["linkedin"],
        status="scheduled",
        scheduled_at=now - timedelta(seconds=5),
        timezone="Europe/Paris",
    )
    create_post(  # later today: not yet
        ctx.store,
        ctx.profile_id,
        "Later",
        status="scheduled",
        scheduled_at=now + timedelta(hours=3),
        timezone="Europe/Paris",
    )
    create_post(  # already published: no reminder
        ctx.store,
        ctx.profile_id,
        "Done",
        status="published",
        scheduled_at=now - timedelta(seconds=10),
        timezone="Europe/Paris",
    )
    reminders = Reminders(ctx, interval_ms=20)
    reminders.start()
    reminders.last_check = now - timedelta(minutes=1)
    with qtbot.waitSignal(reminders.due, timeout=3000) as blocker:
        pass
    reminders.stop()
    (items,) = blocker.args
    assert [i.id for i in items] == [due.id]
    # The next check does not remind again.
    assert reminders.check() == []


def test_from_a_reminder_copy_for_a_network_and_mark_published(
    qtbot: QtBot, ctx: AppContext
) -> None:
    post = create_post(
        ctx.store,
        ctx.profile_id,
        "Long version for LinkedIn",
        networks=["linkedin", "x"],
        status="scheduled",
        scheduled_at=utcnow() - timedelta(days=1),
        timezone="Europe/Paris",
    )
    from firsthand.services.posts import update_post

    with ctx.store.write() as s:
        from sqlmodel import select

        from firsthand.store.models import PostTarget

        row = s.exec(
            select(PostTarget).where(PostTarget.post_id == post.id, PostTarget.network == "x")
        ).one()
        row.variant = "Short one for X"
        s.add(row)
    update_post(ctx.store, post.id, None, goal="")
    overdue = overdue_posts(ctx.store, ctx.profile_id)
    assert [i.id for i in overdue] == [post.id]
    dialog = ReminderDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_items(overdue, overdue=True)
    names = [a.text() for a in dialog.copy_menu.actions()]
    assert names == ["Copy for LinkedIn", "Copy for X (Twitter)"]
    dialog.copy_menu.actions()[1].trigger()
    assert QGuiApplication.clipboard().text() == "Short one for X"
    with qtbot.waitSignal(ctx.events.open_post) as opened:
        dialog.open_button.click()
    assert opened.args == [post.id]
    for net in ("linkedin", "x"):
        dialog.network.setCurrentIndex(dialog.network.findData(net))
        dialog.url.setText(f"https://{net}.example/p/1")
        with qtbot.waitSignal(ctx.events.posts_changed):
            dialog.publish_button.click()
    done = get_post(ctx.store, post.id)
    assert done.status == "published"
    assert {t.network: t.url for t in done.targets} == {
        "linkedin": "https://linkedin.example/p/1",
        "x": "https://x.example/p/1",
    }
    assert dialog.list.count() == 0
    assert overdue_posts(ctx.store, ctx.profile_id) == []


def test_overdue_posts_are_listed_at_start(qtbot: QtBot, ctx: AppContext) -> None:
    create_post(
        ctx.store,
        ctx.profile_id,
        "Forgot this one",
        status="scheduled",
        scheduled_at=utcnow() - timedelta(days=2),
        timezone="Europe/Paris",
    )
    page = page_at(qtbot, ctx, date.today())
    assert page.banner.isVisible()
    assert "1 post is past its time" in page.banner_label.text()
    page.review_overdue()
    dialog = page._reminder_dialog
    assert dialog is not None and dialog.isVisible() and dialog.list.count() == 1
    dialog.close()


def test_recorded_results_show_in_the_evaluation(qtbot: QtBot, ctx: AppContext) -> None:
    ids = {}
    for n, kind in enumerate(["story", "story", "promotion", "promotion"]):
        ids[n] = create_post(
            ctx.store,
            ctx.profile_id,
            f"{kind} post {n}",
            kind=kind,
            networks=["linkedin"],
            status="published",
            scheduled_at=utcnow() - timedelta(days=10 + n),
            timezone="Europe/Paris",
        ).id
    page = EvaluationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.table.rowCount() == 4
    assert "Record the results" in page.verdict.text()
    for n, reactions in enumerate([50, 30, 4, 2]):
        page.record(ids[n], "linkedin", reactions=reactions, comments=2)
    assert "Story posts work best" in page.verdict.text()
    # Typing a number in the table records it too.
    column = 4 + 2  # date, post, network, kind, reach, reactions, comments…
    row = next(
        r
        for r in range(page.table.rowCount())
        if page.table.item(r, column).data(Qt.ItemDataRole.UserRole)[0] == ids[2]
    )
    with qtbot.waitSignal(ctx.events.posts_changed):
        page.table.item(row, column).setText("7")
    target = get_post(ctx.store, ids[2]).targets[0]
    assert target.comments == 7
    assert page.by_kind.chart() is not None and page.by_kind.chart().series()


def test_import_dialog_marks_bad_rows_and_imports_only_when_clean(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    src = tmp_path / "plan.csv"
    src.write_bytes(
        (
            "Date;Heure;Fuseau;Réseaux;Texte;Statut\n"
            "2026-12-02;08:15;Europe/Paris;linkedin;Café offert à l'accueil;programmé\n"
            "2026-12-03;8h;Europe/Paris;linkedin;Deuxième;\n"
        ).encode("cp1252")
    )
    dialog = ImportDialog(ctx, src)
    qtbot.addWidget(dialog)
    assert "cp1252" in dialog.source.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.grid.item(1, 1).text().startswith("Time: ")
    # The summary names the first bad row too (the grid shows only a long file's start).
    assert "The first: Row 3, column “Time”: '8h' is not a time of day" in dialog.summary.text()
    assert list_posts(ctx.store, ctx.profile_id) == []
    src.write_bytes(src.read_bytes().replace(b";8h;", b";08:00;"))
    dialog = ImportDialog(ctx, src)
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(ctx.events.posts_changed, timeout=5000):
        dialog.import_button.click()
    posts = list_posts(ctx.store, ctx.profile_id)
    assert sorted(p.body for p in posts) == ["Café offert à l'accueil", "Deuxième"]


def test_export_writes_an_ics_file(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    create_post(
        ctx.store,
        ctx.profile_id,
        "Out on two networks",
        networks=["linkedin", "x"],
        status="scheduled",
        scheduled_at=at(date(2026, 10, 25), 9),
        timezone="Europe/Paris",
    )
    page = page_at(qtbot, ctx, date(2026, 10, 1))
    out = tmp_path / "plan.ics"
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    original = QMessageBox.information
    QMessageBox.information = lambda *a, **k: shown.append(a[2])  # type: ignore[method-assign,assignment]
    try:
        page.export_to(out, "ics")
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    finally:
        QMessageBox.information = original  # type: ignore[method-assign]
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(events) == 2
    assert {e.decoded("DTSTART").astimezone(UTC) for e in events} == {at(date(2026, 10, 25), 9)}


@pytest.mark.parametrize("zone", ["Europe/Paris", "America/New_York"])
def test_month_view_shows_posts_across_dst_once(qtbot: QtBot, ctx: AppContext, zone: str) -> None:
    from firsthand.services.profiles import update_profile

    update_profile(ctx.store, ctx.profile_id, timezone=zone)
    tz = ZoneInfo(zone)
    created = []
    for offset in range(-2, 3):
        day = (date(2026, 3, 29) if zone == "Europe/Paris" else date(2026, 3, 8)) + timedelta(
            days=offset
        )
        created.append(
            create_post(
                ctx.store,
                ctx.profile_id,
                f"Daily {day}",
                status="scheduled",
                scheduled_at=at(day, 9, zone=tz),
                timezone=zone,
            ).id
        )
    page = page_at(qtbot, ctx, date(2026, 3, 1))
    shown: list[CalendarItem] = [i for items in page.month.items.values() for i in items]
    assert sorted(i.id for i in shown) == sorted(created)
    for day, items in page.month.items.items():
        for item in items:
            local = item.shown_in(tz)
            assert local is not None and local.date() == day and local.hour == 9
    assert zone in page.zone_label.text()


def test_unknown_zone_and_past_posts_are_shown_flagged(qtbot: QtBot, ctx: AppContext) -> None:
    from sqlalchemy import text

    post = create_post(
        ctx.store,
        ctx.profile_id,
        "Planned somewhere that vanished",
        status="scheduled",
        scheduled_at=at(date(2026, 2, 10), 9),
        timezone="Europe/Paris",
    )
    with ctx.store.write() as s:
        s.connection().execute(
            text("UPDATE post SET timezone='Atlantis/Capital' WHERE id=:i"), {"i": post.id}
        )
    page = page_at(qtbot, ctx, date(2026, 2, 1))
    (item,) = page.month.items[date(2026, 2, 10)]
    assert item.zone_missing
    tip = page.month.describe_item(item)
    assert "Atlantis/Capital" in tip and "no longer exists" in tip
    page.set_mode("agenda")
    found = page.agenda.findItems(
        "Planned somewhere", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive, 1
    )
    assert found and "unknown time zone" in found[0].text(1)


def test_results_import_dialog_records_numbers(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    post = create_post(
        ctx.store,
        ctx.profile_id,
        "Published story",
        kind="story",
        networks=["linkedin"],
        status="published",
        scheduled_at=utcnow() - timedelta(days=3),
        timezone="Europe/Paris",
    )
    src = tmp_path / "results.csv"
    src.write_text(f"id;network;reactions;comments\n{post.id};LinkedIn;31;4\n", encoding="utf-8")
    page = EvaluationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    dialog = page.open_import(src)
    assert dialog.import_button.isEnabled(), dialog.summary.text()
    with qtbot.waitSignal(ctx.events.posts_changed, timeout=5000):
        dialog.import_button.click()
    target = get_post(ctx.store, post.id).targets[0]
    assert (target.reactions, target.comments) == (31, 4)
    assert page.table.item(0, 5).text() == "31"


def test_a_hidden_calendar_catches_up_when_shown(qtbot: QtBot, ctx: AppContext) -> None:
    page = page_at(qtbot, ctx, date(2026, 4, 1))
    page.hide()
    post = create_post(
        ctx.store,
        ctx.profile_id,
        "Written in the composer meanwhile",
        status="scheduled",
        scheduled_at=at(date(2026, 4, 9), 9),
        timezone="Europe/Paris",
    )
    ctx.events.posts_changed.emit()
    assert page.month.items[date(2026, 4, 9)] == []  # no work while nobody looks
    with qtbot.waitSignal(page.refreshed):
        page.show()
    assert [i.id for i in page.month.items[date(2026, 4, 9)]] == [post.id]


def test_the_mouse_wheel_turns_months(qtbot: QtBot, ctx: AppContext) -> None:
    from PySide6.QtGui import QWheelEvent

    page = page_at(qtbot, ctx, date(2026, 6, 15))
    centre = QPointF(page.month.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(page.month.mapToGlobal(page.month.rect().center())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    page.month.wheelEvent(event)
    assert page.anchor.month == 7
