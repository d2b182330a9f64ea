"""Calendar speed with a big plan: 10,000 posts over three years.

Prints median times (with the fastest and slowest run) for opening the calendar,
switching month and week, redrawing after a drag, and computing the content mix of a
year. Goals: under 50 ms for each of the first four, under 100 ms for the mix. The
machine is shared: compare medians from runs made one after the other.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/calendar.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path and "calendar" would be this
# file instead of the standard library's module (which email and http import): drop it.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))

import os  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time as clock  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import UTC, date, datetime, time, timedelta  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from firsthand.calendar import CalendarPage  # noqa: E402
from firsthand.context import AppContext  # noqa: E402
from firsthand.paths import Paths  # noqa: E402
from firsthand.services.calendar import display_zone, move_post  # noqa: E402
from firsthand.services.mix import forget_block_keys, mix_for_period  # noqa: E402
from firsthand.services.plan_io import (  # noqa: E402
    CsvTable,  # noqa: E402
    PlannedPost,
    Preview,
    import_preview,
)
from firsthand.services.profiles import create_profile  # noqa: E402
from firsthand.settings import Settings  # noqa: E402
from firsthand.store import open_store  # noqa: E402
from firsthand.store.models import POST_KINDS  # noqa: E402

POSTS = 10_000
YEARS = 3
ZONE = "Europe/Paris"
WORDS = (
    "today a patient asked me why flossing matters so I showed her the model and we laughed "
    "about the time my own dentist scolded me braces at forty five are fine crowns take patience "
    "the team found the tea drawer whitening strips work slowly children fear the sound more "
    "than the pain"
).split()


def timed_ms(fn: Callable[[], object], runs: int = 15) -> list[float]:
    times = []
    for _ in range(runs):
        start = clock.perf_counter()
        fn()
        times.append((clock.perf_counter() - start) * 1000)
    return times


def fill(store_path: Path, backups: Path) -> tuple[int, date]:
    store = open_store(store_path, backups)
    profile = create_profile(
        store, "Bench", timezone=ZONE, networks=["linkedin", "facebook", "x", "instagram"]
    )
    rng = random.Random(7)
    zone = ZoneInfo(ZONE)
    today = date.today()
    first = today - timedelta(days=365 * 2)
    days = 365 * YEARS
    posts = []
    for n in range(POSTS):
        day = first + timedelta(days=rng.randrange(days))
        when = datetime.combine(day, time(rng.choice((8, 9, 12, 18)), rng.choice((0, 30))), zone)
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60)))
        posts.append(
            PlannedPost(
                row=n + 2,
                body=body,
                kind=rng.choice(POST_KINDS),
                kind_detected=False,
                # Past posts went out (a few were forgotten); future ones are being planned.
                status=(
                    ("published" if rng.random() < 0.97 else "scheduled")
                    if day < today
                    else rng.choice(("draft", "ready", "scheduled"))
                ),
                labels=rng.choice(([], ["kids"], ["clinic", "team"])),
                scheduled_at=when.astimezone(UTC),
                timezone=ZONE,
                networks=rng.sample(["linkedin", "facebook", "x", "instagram"], rng.randint(1, 3)),
            )
        )
    for n in range(40):  # a backlog of ideas too
        posts.append(
            PlannedPost(n, f"Idea {n}", "story", False, "idea", [], None, None, ["linkedin"])
        )
    preview = Preview(CsvTable("utf-8", ",", [], []), {}, posts, [], {})
    import_preview(store, profile.id, preview)
    store.dispose()
    return profile.id, today


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FIRSTHAND_HOME"] = tmp
        paths = Paths.default()
        db = paths.default_db
        db.parent.mkdir(parents=True, exist_ok=True)
        start = clock.perf_counter()
        profile_id, middle = fill(db, paths.backup_dir_for(db))
        print(f"filled {POSTS} posts over {YEARS} years in {clock.perf_counter() - start:.1f} s")
        store = open_store(db, paths.backup_dir_for(db))
        settings = Settings()
        ctx = AppContext(paths=paths, settings=settings, store=store, profile_id=profile_id)

        pages: list[CalendarPage] = []

        def open_page() -> None:
            page = CalendarPage(ctx)
            page.resize(1280, 800)
            page.go_to(middle)
            page.month.repaint()
            page.reminders.stop()
            pages.append(page)

        # A page that was never shown paints nothing: "first paint" below times that part.
        results = {"open the calendar (month)": timed_ms(open_page, runs=7)}
        for page in pages[:-1]:
            ctx.events.posts_changed.disconnect(page._posts_changed)
            page.deleteLater()
        page = pages[-1]
        page.show()
        app.processEvents()

        def switch_month() -> None:
            page.step(1)
            page.month.repaint()

        results["switch month"] = timed_ms(switch_month)
        page.set_mode("week")

        def switch_week() -> None:
            page.step(1)
            page.week.repaint()

        results["switch week"] = timed_ms(switch_week)
        page.set_mode("month")
        page.go_to(middle)

        def first_paint() -> None:
            page.month.forget_painted()  # as if no day had been painted yet
            page.month.repaint()

        results["first paint of the month (nothing cached)"] = timed_ms(first_paint)

        def drag() -> None:
            day = next(d for d, items in page.month.items.items() if items)
            item = page.month.items[day][0]
            page.move_to_day(item.id, day + timedelta(days=1))  # writes, then redraws
            page.month.repaint()

        def save_move() -> None:
            day = next(d for d, items in page.month.items.items() if items)
            item = page.month.items[day][0]
            move_post(store, item.id, None, day + timedelta(days=1), zone)

        def redraw() -> None:
            page.refresh()  # what posts_changed triggers after the move is saved
            page.month.repaint()

        zone = display_zone(ZONE)
        results["drag: save the move (one transaction)"] = timed_ms(save_move)
        results["redraw after a drag"] = timed_ms(redraw)
        results["drag end to end (save + redraw)"] = timed_ms(drag)
        zone = display_zone(ZONE)
        year = date(middle.year, 1, 1)

        def mix() -> None:
            mix_for_period(store, profile_id, year, date(year.year + 1, 1, 1), zone)

        report = mix_for_period(store, profile_id, year, date(year.year + 1, 1, 1), zone)
        results[f"content mix for a year ({report.total} posts)"] = timed_ms(mix, runs=9)

        def first_mix() -> None:
            forget_block_keys()  # as if no body had been seen yet
            mix()

        results["content mix for a year, first look"] = timed_ms(first_mix, runs=9)
        print(f"{'':<48} {'median':>8}    {'fastest–slowest (runs)':<24}")
        for name, times in results.items():
            ms = statistics.median(times)
            spread = f"{min(times):.1f}–{max(times):.1f} ({len(times)})"
            if name.startswith(("drag:", "drag end")):
                print(f"{name:<48} {ms:8.1f} ms {spread:<24} disk write: no goal")
                continue
            goal = 100 if name.startswith("content mix") else 50
            verdict = "ok" if ms < goal else "SLOW"
            print(f"{name:<48} {ms:8.1f} ms {spread:<24} goal < {goal} ms: {verdict}")
        for p in pages:
            p.reminders.stop()
        store.dispose()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide can crash collecting widgets after the app is gone,
    # and a benchmark has nothing left to save.
    os._exit(code)
