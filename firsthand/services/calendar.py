"""Calendar queries and moves: only the visible period is loaded, times stay in their zone.

Posts are stored with `scheduled_at` in UTC plus the IANA zone they were planned in. The
calendar draws days in the user's zone (the profile's); moving a post to another day keeps
its wall-clock time in the zone it was planned in, so daylight-saving changes never shift it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, text
from sqlmodel import col, select

from firsthand.services.posts import PostData, get_post, update_post
from firsthand.store import Store, utcnow
from firsthand.store.models import Post

DONE_STATUSES = ("published", "archived")
TITLE_WIDTH = 80


@lru_cache(maxsize=256)
def zone_or_none(name: str | None) -> ZoneInfo | None:
    """The zone called `name`, or None when it is empty or no longer exists."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def display_zone(name: str | None) -> tzinfo:
    """The zone to draw the calendar in: `name`, or UTC when it is unknown."""
    return zone_or_none(name) or UTC


def parse_slot(slot: str) -> time:
    """ "09:00" → 09:00; anything unreadable gives 09:00."""
    try:
        hours, minutes = slot.strip().split(":")[:2]
        return time(int(hours), int(minutes))
    except (ValueError, AttributeError):
        return time(9, 0)


def local_midnight_utc(day: date, zone: tzinfo) -> datetime:
    """The UTC instant at which `day` starts in `zone`."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def at_local(day: date, clock: time, zone: tzinfo) -> datetime:
    """The UTC instant of wall-clock `clock` on `day` in `zone` (first one if it repeats)."""
    return datetime.combine(day, clock.replace(tzinfo=None, fold=0), tzinfo=zone).astimezone(UTC)


def month_grid(year: int, month: int, week_start: int = 0) -> tuple[date, date]:
    """First day and the day after the last of the six-week grid showing `month`.

    `week_start` is 0 for Monday … 6 for Sunday.
    """
    first = date(year, month, 1)
    lead = (first.weekday() - week_start) % 7
    start = first - timedelta(days=lead)
    return start, start + timedelta(days=42)


def week_of(day: date, week_start: int = 0) -> tuple[date, date]:
    start = day - timedelta(days=(day.weekday() - week_start) % 7)
    return start, start + timedelta(days=7)


@dataclass
class Filters:
    """What the calendar shows; empty sets mean "all"."""

    networks: set[str] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    labels: set[str] = field(default_factory=set)

    @classmethod
    def from_settings(cls, raw: Mapping[str, Any]) -> Filters:
        def pick(key: str) -> set[str]:
            val = raw.get(key, [])
            return {str(v) for v in val} if isinstance(val, list) else set()

        return cls(pick("networks"), pick("statuses"), pick("kinds"), pick("labels"))

    def to_settings(self) -> dict[str, Any]:
        return {
            "networks": sorted(self.networks),
            "statuses": sorted(self.statuses),
            "kinds": sorted(self.kinds),
            "labels": sorted(self.labels),
        }

    def is_empty(self) -> bool:
        return not (self.networks or self.statuses or self.kinds or self.labels)

    def accepts(self, item: CalendarItem) -> bool:
        if self.statuses and item.status not in self.statuses:
            return False
        if self.kinds and item.kind not in self.kinds:
            return False
        if self.networks and not self.networks.intersection(item.networks):
            return False
        return not (self.labels and not self.labels.intersection(item.labels))


@dataclass(slots=True, eq=True)
class CalendarItem:
    """What a calendar chip needs to know about a post. Read-only by convention: not
    frozen, because a frozen dataclass costs 3× more to build and a year has thousands."""

    id: int
    title: str
    body: str
    kind: str
    status: str
    labels: tuple[str, ...]
    scheduled_at: datetime | None
    timezone: str | None
    networks: tuple[str, ...]
    version: int
    campaign_id: int | None = None

    @property
    def undated(self) -> bool:
        return self.scheduled_at is None

    @property
    def zone_missing(self) -> bool:
        """Planned in a zone this computer no longer knows (shown in UTC, flagged)."""
        return bool(self.timezone) and zone_or_none(self.timezone) is None

    def overdue(self, now: datetime | None = None) -> bool:
        """Its time has passed and it is neither published nor archived."""
        if self.scheduled_at is None or self.status in DONE_STATUSES:
            return False
        return self.scheduled_at < (now or utcnow())

    def planned_local(self) -> datetime | None:
        """`scheduled_at` in the zone it was planned in (UTC if that zone is unknown)."""
        if self.scheduled_at is None:
            return None
        return self.scheduled_at.astimezone(display_zone(self.timezone))

    def shown_in(self, zone: tzinfo) -> datetime | None:
        if self.scheduled_at is None:
            return None
        return self.scheduled_at.astimezone(zone)


def title_of(body: str, width: int = TITLE_WIDTH) -> str:
    """The first line of `body`, cut to `width` characters."""
    head = body.lstrip()[: width * 4]
    line = head.split("\n", 1)[0].strip()
    return line if len(line) <= width else line[: width - 1] + "…"


# Plain SQL with no per-row type processing: a year of posts (thousands of rows) is read
# in tens of milliseconds. Times are stored as naive UTC text by UTCDateTime.
_SELECT = """
SELECT p.id, p.body, p.kind, p.status, p.labels, p.scheduled_at, p.timezone, p.version,
       p.campaign_id,
       (SELECT group_concat(t.network, ' ') FROM post_target t WHERE t.post_id = p.id)
FROM post p
WHERE {where}
ORDER BY {order}
"""
_STORED = "%Y-%m-%d %H:%M:%S.%f"


def _stored(when: datetime) -> str:
    return when.astimezone(UTC).strftime(_STORED)


def query_terms(
    profile_id: int | None,
    *,
    start: datetime | None,
    end: datetime | None,
    undated: bool,
    filters: Filters | None,
) -> tuple[list[str], dict[str, Any]]:
    """The WHERE terms (status and kind filters included) and their parameters."""
    where = ["p.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    if profile_id is not None:
        where.append("p.profile_id = :profile")
        params["profile"] = profile_id
    if undated:
        where.append("p.scheduled_at IS NULL")
    else:
        where.append("p.scheduled_at IS NOT NULL")
        if start is not None:
            where.append("p.scheduled_at >= :start")
            params["start"] = _stored(start)
        if end is not None:
            where.append("p.scheduled_at < :end")
            params["end"] = _stored(end)
    for column, values in (
        ("status", filters.statuses if filters else ()),
        ("kind", filters.kinds if filters else ()),
    ):
        if values:
            names = [f"{column}{n}" for n in range(len(values))]
            where.append(f"p.{column} IN ({', '.join(':' + n for n in names)})")
            params.update(zip(names, sorted(values), strict=True))
    return where, params


def _query_items(
    conn: Connection,
    profile_id: int | None,
    *,
    start: datetime | None,
    end: datetime | None,
    undated: bool,
    filters: Filters | None,
    light: bool = False,
) -> list[CalendarItem]:
    where, params = query_terms(profile_id, start=start, end=end, undated=undated, filters=filters)
    order = "p.updated_at DESC, p.id DESC" if undated else "p.scheduled_at, p.id"
    with_labels = not light or bool(filters and filters.labels)
    sql = text(_SELECT.format(where=" AND ".join(where), order=order))
    rows = conn.execute(sql, params).all()
    # Many posts share a label set or a network set: decode each distinct one once.
    label_sets: dict[str, tuple[str, ...]] = {"[]": ()}
    network_sets: dict[str, tuple[str, ...]] = {}
    items = []
    # Times are naive UTC text; "+00:00" makes fromisoformat return them aware in one call.
    for pid, body, kind, status, labels, when, zone, version, campaign_id, nets in rows:
        if with_labels and labels:
            tags = label_sets.get(labels)
            if tags is None:
                tags = label_sets[labels] = tuple(json.loads(labels))
        else:
            tags = ()
        if nets:
            networks = network_sets.get(nets)
            if networks is None:
                networks = network_sets[nets] = tuple(sorted(nets.split()))
        else:
            networks = ()
        items.append(
            CalendarItem(
                pid,
                "" if light else title_of(body),
                body,
                kind,
                status,
                tags,
                datetime.fromisoformat(when + "+00:00") if when else None,
                zone,
                networks,
                version,
                campaign_id,
            )
        )
    if filters is not None and (filters.networks or filters.labels):
        items = [i for i in items if filters.accepts(i)]
    return items


def _read_items(
    store: Store,
    profile_id: int | None,
    *,
    start: datetime | None,
    end: datetime | None,
    undated: bool,
    filters: Filters | None,
    light: bool = False,
) -> list[CalendarItem]:
    with store.read() as s:
        return _query_items(
            s.connection(),
            profile_id,
            start=start,
            end=end,
            undated=undated,
            filters=filters,
            light=light,
        )


def posts_between(
    store: Store,
    profile_id: int | None,
    start: datetime,
    end: datetime,
    filters: Filters | None = None,
    *,
    light: bool = False,
) -> list[CalendarItem]:
    """Scheduled posts with `start <= scheduled_at < end`, earliest first.

    `light` leaves out titles and labels (statistics over a year need neither).
    """
    return _read_items(
        store, profile_id, start=start, end=end, undated=False, filters=filters, light=light
    )


def _days_of(
    conn: Connection,
    profile_id: int | None,
    first: date,
    end: date,
    zone: tzinfo,
    filters: Filters | None,
) -> dict[date, list[CalendarItem]]:
    items = _query_items(
        conn,
        profile_id,
        start=local_midnight_utc(first, zone),
        end=local_midnight_utc(end, zone),
        undated=False,
        filters=filters,
    )
    days: dict[date, list[CalendarItem]] = {
        first + timedelta(days=n): [] for n in range((end - first).days)
    }
    for item in items:
        shown = item.shown_in(zone)
        assert shown is not None
        days.setdefault(shown.date(), []).append(item)
    return days


def posts_on_days(
    store: Store,
    profile_id: int | None,
    first: date,
    end: date,
    zone: tzinfo,
    filters: Filters | None = None,
) -> dict[date, list[CalendarItem]]:
    """Posts of the days [first, end) in `zone`, grouped by day (every day has a list)."""
    with store.read() as s:
        return _days_of(s.connection(), profile_id, first, end, zone, filters)


def _backlog_filters(filters: Filters | None) -> Filters | None:
    # The status filter is about the calendar; the backlog shows every undated post.
    if filters is None:
        return None
    return Filters(filters.networks, set(), filters.kinds, filters.labels)


def ideas(
    store: Store, profile_id: int | None, filters: Filters | None = None
) -> list[CalendarItem]:
    """Posts with no date (ideas and drafts not yet planned), most recently edited first."""
    return _read_items(
        store, profile_id, start=None, end=None, undated=True, filters=_backlog_filters(filters)
    )


WAITING_STATUSES = ("draft", "ready", "scheduled")


def overdue_posts(
    store: Store, profile_id: int | None, now: datetime | None = None
) -> list[CalendarItem]:
    """Scheduled posts whose time has passed without being marked published."""
    waiting = Filters(statuses=set(WAITING_STATUSES))
    return _read_items(
        store, profile_id, start=None, end=now or utcnow(), undated=False, filters=waiting
    )


def _count_overdue(conn: Connection, profile_id: int | None, now: datetime | None) -> int:
    # "+p.profile_id" keeps SQLite on ix_post_status_scheduled (a few overdue rows) rather
    # than ix_post_profile_scheduled (every past post of the profile).
    sql = (
        "SELECT count(*) FROM post p WHERE p.deleted_at IS NULL AND p.scheduled_at < :now"
        " AND p.status IN ('draft', 'ready', 'scheduled')"
    )
    params: dict[str, Any] = {"now": _stored(now or utcnow())}
    if profile_id is not None:
        sql += " AND +p.profile_id = :profile"
        params["profile"] = profile_id
    return int(conn.execute(text(sql), params).scalar_one())


def count_overdue(store: Store, profile_id: int | None, now: datetime | None = None) -> int:
    """How many posts are past their time and still wait to be published."""
    with store.read() as s:
        return _count_overdue(s.connection(), profile_id, now)


@dataclass(slots=True)
class CalendarView:
    """Everything one redraw of the calendar needs, read in one go."""

    ideas: list[CalendarItem]
    overdue: int
    days: dict[date, list[CalendarItem]] | None  # None when no period was asked for


def calendar_view(
    store: Store,
    profile_id: int | None,
    filters: Filters | None = None,
    period: tuple[date, date, tzinfo] | None = None,
) -> CalendarView:
    """The ideas backlog, the overdue count and (given `period` = first, end, zone) the
    posts of those days — what `ideas`, `count_overdue` and `posts_on_days` return, read
    through one connection: opening one costs more than a month of rows.
    """
    with store.read() as s:
        conn = s.connection()
        backlog = _query_items(
            conn,
            profile_id,
            start=None,
            end=None,
            undated=True,
            filters=_backlog_filters(filters),
        )
        overdue = _count_overdue(conn, profile_id, None)
        days = _days_of(conn, profile_id, *period, filters) if period is not None else None
    return CalendarView(backlog, overdue, days)


def due_between(
    store: Store, profile_id: int | None, after: datetime, until: datetime
) -> list[CalendarItem]:
    """Posts coming due in (after, until] that still wait to be published."""
    tick = timedelta(microseconds=1)
    waiting = Filters(statuses=set(WAITING_STATUSES))
    return posts_between(store, profile_id, after + tick, until + tick, waiting)


def labels_in_use(store: Store, profile_id: int | None) -> list[str]:
    """Every label on a live post, for the filter menu."""
    with store.read() as s:
        q = select(Post.labels).where(col(Post.deleted_at).is_(None))
        if profile_id is not None:
            q = q.where(Post.profile_id == profile_id)
        found: set[str] = set()
        for labels in s.exec(q.distinct()).all():
            found.update(labels or ())
    return sorted(found, key=str.casefold)


def moved_to_day(post: PostData | CalendarItem, new_day: date, shown_in: tzinfo) -> datetime:
    """The new UTC time of `post` dropped on `new_day` (a day as drawn in `shown_in`).

    The post moves by whole days in the zone it was planned in, so it keeps its wall-clock
    time there, across daylight-saving changes too.
    """
    if post.scheduled_at is None:
        raise ValueError("This post has no date yet; schedule it instead.")
    zone = display_zone(post.timezone)
    old_day = post.scheduled_at.astimezone(shown_in).date()
    local = post.scheduled_at.astimezone(zone)
    target = local.date() + (new_day - old_day)
    return at_local(target, local.time(), zone)


def move_post(
    store: Store,
    post_id: int,
    expected_version: int | None,
    new_day: date,
    shown_in: tzinfo,
) -> PostData:
    """Move a scheduled post to another day, keeping its time of day."""
    post = get_post(store, post_id)
    return update_post(
        store, post_id, expected_version, scheduled_at=moved_to_day(post, new_day, shown_in)
    )


def schedule_post(
    store: Store,
    post_id: int,
    expected_version: int | None,
    day: date,
    slot: time,
    zone_name: str,
) -> PostData:
    """Give an undated post a date: `day` at `slot` in `zone_name`; it becomes scheduled."""
    zone = zone_or_none(zone_name)
    if zone is None:
        raise ValueError(f"Unknown time zone {zone_name!r}.")
    post = get_post(store, post_id)
    changes: dict[str, Any] = {"scheduled_at": at_local(day, slot, zone), "timezone": zone_name}
    if post.status not in DONE_STATUSES:
        changes["status"] = "scheduled"
    return update_post(store, post_id, expected_version, **changes)


def unschedule_post(store: Store, post_id: int, expected_version: int | None) -> PostData:
    """Take a post off the calendar and back to the ideas."""
    post = get_post(store, post_id)
    changes: dict[str, Any] = {"scheduled_at": None}
    if post.status == "scheduled":
        changes["status"] = "ready"
    return update_post(store, post_id, expected_version, **changes)


def new_post_values(day: date, slot: time, zone_name: str) -> dict[str, Any]:
    """What the composer gets when the user clicks an empty day."""
    zone = display_zone(zone_name)
    return {
        "scheduled_at": at_local(day, slot, zone),
        "timezone": zone_name if zone_or_none(zone_name) else "UTC",
        "status": "scheduled",
    }
