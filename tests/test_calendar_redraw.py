"""Redraws that reuse work: the period read a moment ago, the days already painted.

Both must stay invisible to the user: a post saved elsewhere shows on the next visit, and
a day painted from the cache looks exactly like one painted afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from firsthand.calendar import CalendarPage
from firsthand.calendar.day_grid import DayGridView
from firsthand.context import AppContext
from firsthand.services.calendar import move_post
from firsthand.services.posts import create_post

PARIS = ZoneInfo("Europe/Paris")
DAY = date(2026, 3, 12)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=PARIS).astimezone(UTC)


def plan(ctx: AppContext, day: date, hour: int, body: str, kind: str = "story") -> int:
    post = create_post(
        ctx.store,
        ctx.profile_id,
        body,
        kind=kind,
        networks=["linkedin", "x"],
        status="scheduled",
        scheduled_at=at(day, hour),
        timezone="Europe/Paris",
    )
    return post.id


def open_month(qtbot: QtBot, ctx: AppContext) -> CalendarPage:
    ctx.settings.calendar_view = "month"
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.go_to(DAY)
    return page


def painted(view: DayGridView) -> QImage:
    return view.grab().toImage()


def painted_afresh(view: DayGridView) -> QImage:
    view.forget_painted()
    return painted(view)


def test_a_post_saved_without_a_signal_shows_when_the_user_comes_back(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = open_month(qtbot, ctx)
    post = plan(ctx, DAY, 10, "Saved by another window, no signal sent")
    qtbot.wait(10)  # the event loop turns: the period read before is no longer trusted
    page.go_to(DAY)
    assert [i.id for i in page.month.items[DAY]] == [post]


def test_a_day_painted_from_the_cache_looks_like_one_painted_afresh(
    qtbot: QtBot, ctx: AppContext
) -> None:
    first = plan(ctx, DAY, 9, "The day a patient brought us cake")
    plan(ctx, DAY, 12, "Special offer on whitening", kind="promotion")
    for n in range(6):  # more than a month cell holds: "+N more"
        plan(ctx, DAY + timedelta(days=2), 8 + n, f"Busy day, post {n}")
    page = open_month(qtbot, ctx)
    month = page.month
    before = painted(month)
    assert painted_afresh(month) == before

    # What the user does changes what is drawn; the cache must follow every time.
    steps: list[Callable[[], object]] = [
        lambda: month._select(DAY, first),
        lambda: setattr(month, "hover_day", DAY + timedelta(days=1)),
        lambda: move_post(ctx.store, first, None, DAY + timedelta(days=1), PARIS),
        page.refresh,
        lambda: month.resize(1000, 700),
        lambda: month._select(DAY + timedelta(days=2)),
    ]
    previous = before
    for n, step in enumerate(steps):
        step()
        cached = painted(month)
        assert cached == painted_afresh(month), f"step {n}"
        if n != 2:  # a save alone redraws nothing until the page refreshes
            assert cached != previous, f"step {n} changed nothing on screen"
        previous = cached


def test_the_ideas_list_is_rebuilt_only_when_the_backlog_changed(
    qtbot: QtBot, ctx: AppContext
) -> None:
    create_post(ctx.store, ctx.profile_id, "Tell the scared-kid story", status="idea")
    page = open_month(qtbot, ctx)
    row = page.ideas_list.item(0)
    page.refresh()
    assert page.ideas_list.item(0) is row  # same backlog: the rows stay, selection too
    # A drag whose drop was refused: Qt took the row out, the backlog still has it.
    page.ideas_list.takeItem(0)
    page.refresh()
    assert page.ideas_list.count() == 1
    create_post(ctx.store, ctx.profile_id, "Photo of the new chair", status="idea")
    page.refresh()
    assert page.ideas_list.count() == 2
