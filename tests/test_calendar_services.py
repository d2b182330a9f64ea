"""Calendar services: visible-period queries, moves that keep the time, DST, mix, results."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from firsthand.services.calendar import (
    Filters,
    ideas,
    month_grid,
    move_post,
    new_post_values,
    overdue_posts,
    posts_on_days,
    schedule_post,
    week_of,
)
from firsthand.services.mix import analyze_mix, mix_for_period
from firsthand.services.posts import create_post, get_post, record_results
from firsthand.services.profiles import ProfileData
from firsthand.services.results import aggregate, result_rows, verdict
from firsthand.store import Store

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


def plan(store: Store, profile: ProfileData, when: datetime, zone: str, **kw: object) -> int:
    kw.setdefault("networks", ["linkedin"])
    kw.setdefault("status", "scheduled")
    post = create_post(
        store,
        profile.id,
        str(kw.pop("body", f"Post at {when.isoformat()}")),
        scheduled_at=when.astimezone(UTC),
        timezone=zone,
        **kw,  # type: ignore[arg-type]
    )
    return post.id


def test_month_grid_covers_the_month_in_six_weeks() -> None:
    start, end = month_grid(2026, 3)
    assert start == date(2026, 2, 23) and start.weekday() == 0
    assert (end - start).days == 42 and end > date(2026, 3, 31)


def test_a_month_loads_only_its_days(store: Store, profile: ProfileData) -> None:
    inside = plan(store, profile, datetime(2026, 3, 10, 9, tzinfo=PARIS), "Europe/Paris")
    plan(store, profile, datetime(2026, 6, 10, 9, tzinfo=PARIS), "Europe/Paris")
    days = posts_on_days(store, profile.id, date(2026, 3, 1), date(2026, 4, 1), PARIS)
    assert [i.id for d in days.values() for i in d] == [inside]
    assert len(days) == 31


@pytest.mark.parametrize(
    ("zone_name", "before", "after"),
    [
        ("Europe/Paris", date(2026, 3, 27), date(2026, 3, 30)),  # spring forward 29 March
        ("Europe/Paris", date(2026, 10, 23), date(2026, 10, 26)),  # fall back 25 October
        ("America/New_York", date(2026, 3, 6), date(2026, 3, 9)),  # spring forward 8 March
        ("America/New_York", date(2026, 10, 30), date(2026, 11, 2)),  # fall back 1 November
    ],
)
def test_moving_across_a_dst_change_keeps_the_wall_clock_time(
    store: Store, profile: ProfileData, zone_name: str, before: date, after: date
) -> None:
    zone = ZoneInfo(zone_name)
    pid = plan(store, profile, datetime.combine(before, time(9, 30), tzinfo=zone), zone_name)
    post = get_post(store, pid)
    moved = move_post(store, pid, post.version, after, zone)
    local = moved.scheduled_at.astimezone(zone)  # type: ignore[union-attr]
    assert (local.date(), local.time()) == (after, time(9, 30))
    # The UTC offset changed, so the UTC hour did too: the post did not drift.
    assert moved.scheduled_at.utcoffset() == timedelta(0)  # type: ignore[union-attr]
    assert moved.scheduled_at != post.scheduled_at + (after - before)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("zone_name", "change_day"),
    [
        ("Europe/Paris", date(2026, 3, 29)),
        ("Europe/Paris", date(2026, 10, 25)),
        ("America/New_York", date(2026, 3, 8)),
        ("America/New_York", date(2026, 11, 1)),
    ],
)
def test_posts_around_a_dst_change_show_once_on_their_day(
    store: Store, profile: ProfileData, zone_name: str, change_day: date
) -> None:
    zone = ZoneInfo(zone_name)
    expected: dict[int, date] = {}
    for offset in range(-3, 4):
        day = change_day + timedelta(days=offset)
        for clock in (time(0, 30), time(1, 30), time(9, 0), time(23, 30)):
            when = datetime.combine(day, clock, tzinfo=zone)
            expected[plan(store, profile, when, zone_name)] = day
    # The repeated hour of a fall-back night: the second 01:30 is a distinct post.
    second = datetime.combine(change_day, time(1, 30), tzinfo=zone).replace(fold=1)
    if second.utcoffset() != second.replace(fold=0).utcoffset():
        expected[plan(store, profile, second, zone_name)] = change_day

    # Week by week, as the week view pages through: nothing missing, nothing twice.
    seen: dict[int, date] = {}
    first, _ = week_of(change_day - timedelta(days=7))
    for week in range(3):
        start = first + timedelta(days=7 * week)
        for day, items in posts_on_days(
            store, profile.id, start, start + timedelta(days=7), zone
        ).items():
            for item in items:
                assert item.id not in seen, "shown twice"
                seen[item.id] = day
    assert seen == expected
    for pid, day in expected.items():
        local = get_post(store, pid).scheduled_at.astimezone(zone)  # type: ignore[union-attr]
        assert local.date() == day


def test_a_post_planned_in_another_zone_moves_by_days_in_its_own_zone(
    store: Store, profile: ProfileData
) -> None:
    pid = plan(store, profile, datetime(2026, 3, 6, 20, tzinfo=NEW_YORK), "America/New_York")
    # Shown in Paris it is on the 7th at 02:00; drop it on the 9th (Paris days).
    moved = move_post(store, pid, None, date(2026, 3, 9), PARIS)
    local = moved.scheduled_at.astimezone(NEW_YORK)  # type: ignore[union-attr]
    assert (local.date(), local.time()) == (date(2026, 3, 8), time(20, 0))


def test_an_idea_dropped_on_a_day_becomes_scheduled_at_the_slot(
    store: Store, profile: ProfileData
) -> None:
    idea = create_post(store, profile.id, "Tell the story of the scared kid", status="idea")
    assert [i.id for i in ideas(store, profile.id)] == [idea.id]
    done = schedule_post(store, idea.id, idea.version, date(2026, 3, 29), time(9), "Europe/Paris")
    assert done.status == "scheduled" and done.timezone == "Europe/Paris"
    assert done.scheduled_at == datetime(2026, 3, 29, 7, tzinfo=UTC)  # 09:00 CEST
    assert ideas(store, profile.id) == []


def test_new_post_values_use_the_default_slot_in_the_users_zone() -> None:
    values = new_post_values(date(2026, 1, 5), time(9), "Europe/Paris")
    assert values["scheduled_at"] == datetime(2026, 1, 5, 8, tzinfo=UTC)
    assert values["timezone"] == "Europe/Paris"


def test_past_and_vanished_zone_posts_are_flagged_not_dropped(
    store: Store, profile: ProfileData
) -> None:
    old = plan(store, profile, datetime(2020, 1, 6, 9, tzinfo=PARIS), "Europe/Paris")
    gone = plan(store, profile, datetime(2026, 3, 10, 9, tzinfo=PARIS), "Europe/Paris")
    with store.write() as s:  # as if tzdata dropped the zone after the post was planned
        s.connection().execute(
            text("UPDATE post SET timezone='Atlantis/Capital' WHERE id=:i"), {"i": gone}
        )
    assert old in [i.id for i in overdue_posts(store, profile.id)]
    days = posts_on_days(store, profile.id, date(2026, 3, 1), date(2026, 4, 1), PARIS)
    (item,) = [i for d in days.values() for i in d]
    assert item.zone_missing and item.planned_local() == item.scheduled_at
    (past,) = posts_on_days(store, profile.id, date(2020, 1, 6), date(2020, 1, 7), PARIS)[
        date(2020, 1, 6)
    ]
    assert past.overdue()


def test_filters_by_network_kind_status_and_label(store: Store, profile: ProfileData) -> None:
    day = datetime(2026, 3, 10, 9, tzinfo=PARIS)
    a = plan(store, profile, day, "Europe/Paris", networks=["x"], kind="story", labels=["kids"])
    plan(store, profile, day, "Europe/Paris", networks=["linkedin"], kind="promotion")
    f = Filters(networks={"x"})
    got = posts_on_days(store, profile.id, date(2026, 3, 10), date(2026, 3, 11), PARIS, f)
    assert [i.id for i in got[date(2026, 3, 10)]] == [a]
    f = Filters(kinds={"story"}, labels={"kids"}, statuses={"scheduled"})
    assert Filters.from_settings(f.to_settings()) == f
    got = posts_on_days(store, profile.id, date(2026, 3, 10), date(2026, 3, 11), PARIS, f)
    assert [i.id for i in got[date(2026, 3, 10)]] == [a]


STORIES = [
    "Yesterday a six-year-old walked in holding her dad's hand and left showing off her tooth.",
    "What nobody tells you about whitening strips: they work, slowly, and sensitivity is normal.",
    "I finally opened the Saturday morning slots. It took three years to find the right assistant.",
    "My honest opinion on electric toothbrushes after fifteen years of looking at gums all day.",
    "Behind the scenes: the sterilisation room at 7am, before anyone arrives. It hums.",
    "A patient asked me why flossing matters if she brushes twice. Here is what I showed her.",
    "The hardest crown I did this year, and the photo of the before and after with her consent.",
    "Three things I check first when a child is afraid of the chair, learnt the hard way.",
    "We ran out of coffee and the whole team discovered the tea drawer. Small clinic moments.",
    "Braces at 45? Yes. Last month a patient started and here is how the first weeks went.",
]
PROMOS = [
    "Special offer: 20% off teeth whitening this month only, book now on our website!",
    "Full range of premium dental services at competitive prices. Contact us today for a quote.",
    "Limited time: free consultation with every implant package. Call now to reserve.",
    "Our clinic is pleased to offer high-quality professional orthodontic treatments for all.",
    "Gift cards for whitening sessions now available at reception, perfect for the holidays.",
]


def test_a_promotion_heavy_month_warns(store: Store, profile: ProfileData) -> None:
    for n, body in enumerate(STORIES[:5] + PROMOS):
        when = datetime(2026, 3, 2 + 3 * n, 9, tzinfo=PARIS)
        kind = "promotion" if body in PROMOS else "story"
        plan(store, profile, when, "Europe/Paris", body=body, kind=kind)
    # Three promotions on one day on the same network: crowded.
    for body in PROMOS[:3]:
        plan(
            store,
            profile,
            datetime(2026, 3, 30, 12, tzinfo=PARIS),
            "Europe/Paris",
            body=body + " Again.",
            kind="promotion",
        )
    report = mix_for_period(store, profile.id, date(2026, 3, 1), date(2026, 4, 1), PARIS)
    assert report.total == 13 and report.kinds["promotion"] == 8
    assert report.too_promotional and report.promo_share > 0.6
    assert [(c.day, c.network) for c in report.crowded] == [(date(2026, 3, 30), "linkedin")]
    assert report.duplicates, "the re-posted promotions are near-duplicates"


def test_a_balanced_month_does_not_warn(store: Store, profile: ProfileData) -> None:
    bodies = STORIES[:9] + PROMOS[:1]
    for n, body in enumerate(bodies):
        kind = "promotion" if body in PROMOS else ("story", "experience", "opinion")[n % 3]
        plan(
            store,
            profile,
            datetime(2026, 3, 1 + 3 * n, 9, tzinfo=PARIS),
            "Europe/Paris",
            body=body,
            kind=kind,
        )
    report = mix_for_period(store, profile.id, date(2026, 3, 1), date(2026, 4, 1), PARIS)
    assert report.total == 10 and report.promo_share == pytest.approx(0.1)
    assert not report.too_promotional
    assert report.crowded == [] and report.gaps == [] and report.duplicates == []
    assert report.warning_count == 0


def test_gaps_longer_than_the_setting_are_reported() -> None:
    report = analyze_mix([], date(2026, 3, 1), date(2026, 3, 11), PARIS, gap_days=7)
    assert [(g.first, g.last, g.days) for g in report.gaps] == [
        (date(2026, 3, 1), date(2026, 3, 10), 10)
    ]
    assert analyze_mix([], date(2026, 3, 1), date(2026, 3, 8), PARIS, gap_days=7).gaps == []


def test_recorded_results_show_in_the_evaluation_data(store: Store, profile: ProfileData) -> None:
    story = plan(
        store, profile, datetime(2026, 2, 2, 9, tzinfo=PARIS), "Europe/Paris", kind="story"
    )
    story2 = plan(
        store, profile, datetime(2026, 3, 2, 9, tzinfo=PARIS), "Europe/Paris", kind="story"
    )
    promo = plan(
        store, profile, datetime(2026, 3, 3, 9, tzinfo=PARIS), "Europe/Paris", kind="promotion"
    )
    published = datetime(2026, 2, 2, 8, tzinfo=UTC)
    record_results(store, story, "linkedin", published_at=published, reactions=40, comments=12)
    record_results(store, story2, "linkedin", reactions=30, comments=8, inquiries=2)
    record_results(store, promo, "linkedin", reactions=3, shares=0)
    record_results(store, promo, "x", reactions=1)
    rows = result_rows(store, profile.id)
    assert {(r.post_id, r.network) for r in rows} == {
        (story, "linkedin"),
        (story2, "linkedin"),
        (promo, "linkedin"),
        (promo, "x"),
    }
    by_kind = {a.key: a for a in aggregate(rows, "kind")}
    assert by_kind["story"].reactions == 70 and by_kind["story"].inquiries == 2
    assert by_kind["story"].engagement_per_post == 45
    by_network = {a.key: a.posts for a in aggregate(rows, "network")}
    assert by_network == {"linkedin": 3, "x": 1}
    assert [a.key for a in aggregate(rows, "month", PARIS)] == ["2026-02", "2026-03"]
    answer = verdict(rows)
    assert answer is not None and answer.best_kind == "story"
    assert answer.ratio == pytest.approx(45 / 2)
