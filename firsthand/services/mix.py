"""The content mix of a period: does the plan read like a person or a billboard?

Share of each kind, share of promotion against a threshold, posts per day per network with
crowded days, gaps with nothing planned, and near-duplicate posts. Plain data: the widget
turns it into words and charts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo

from rapidfuzz import fuzz

from firsthand.services.calendar import (
    CalendarItem,
    Filters,
    local_midnight_utc,
    posts_between,
    title_of,
)
from firsthand.store import Store
from firsthand.store.models import POST_KINDS

DUPLICATE_SCORE = 90  # rapidfuzz ratio (0–100) from which two posts count as near-duplicates
BLOCK_CHARS = 24  # posts compared in full share this many first or last characters
MIN_DUPLICATE_LENGTH = 20  # shorter bodies ("TODO", "photo") are not worth comparing


@dataclass(frozen=True)
class Crowded:
    day: date
    network: str
    count: int


@dataclass(frozen=True)
class Gap:
    """Days with nothing planned: from `first` to `last` inclusive."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass(frozen=True)
class Duplicate:
    first_id: int
    second_id: int
    score: float
    first_title: str = ""
    second_title: str = ""


@dataclass(frozen=True)
class MixReport:
    start: date
    end: date  # exclusive
    total: int
    kinds: dict[str, int]
    promo_share: float
    promo_threshold: float
    per_day: dict[date, dict[str, int]]
    crowded: list[Crowded] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)

    @property
    def too_promotional(self) -> bool:
        return self.total > 0 and self.promo_share > self.promo_threshold

    @property
    def warning_count(self) -> int:
        return int(self.too_promotional) + len(self.crowded) + len(self.gaps) + len(self.duplicates)

    def share(self, kind: str) -> float:
        return self.kinds.get(kind, 0) / self.total if self.total else 0.0


def _normalise(body: str) -> str:
    return " ".join(body.casefold().split())


def near_duplicates(items: Sequence[CalendarItem], score: int = DUPLICATE_SCORE) -> list[Duplicate]:
    """Pairs of posts whose texts are nearly the same, most similar first.

    Comparing every pair is quadratic, so only posts that share their opening or their
    ending (the usual shape of a re-posted, lightly edited text) are compared in full.
    """
    candidates = [i for i in items if len(i.body.strip()) >= MIN_DUPLICATE_LENGTH]
    if len(candidates) < 2:
        return []
    blocks: dict[tuple[int, str], list[int]] = defaultdict(list)
    for index, item in enumerate(candidates):
        body = item.body
        blocks[(0, _normalise(body[: BLOCK_CHARS * 3])[:BLOCK_CHARS])].append(index)
        blocks[(1, _normalise(body[-BLOCK_CHARS * 3 :])[-BLOCK_CHARS:])].append(index)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) > 1:
            for n, a in enumerate(members):
                for b in members[n + 1 :]:
                    pairs.add((a, b) if a < b else (b, a))
    texts: dict[int, str] = {}
    out: list[Duplicate] = []
    for a, b in sorted(pairs):
        ta = texts.setdefault(a, _normalise(candidates[a].body))
        tb = texts.setdefault(b, _normalise(candidates[b].body))
        similarity = fuzz.ratio(ta, tb, score_cutoff=score)
        if similarity:
            x, y = candidates[a], candidates[b]
            out.append(
                Duplicate(
                    x.id,
                    y.id,
                    round(similarity, 1),
                    x.title or title_of(x.body),
                    y.title or title_of(y.body),
                )
            )
    out.sort(key=lambda d: (-d.score, d.first_id, d.second_id))
    return out


def analyze_mix(
    items: Sequence[CalendarItem],
    start: date,
    end: date,
    zone: tzinfo,
    *,
    promo_threshold: float = 0.2,
    crowded_day: int = 3,
    gap_days: int = 7,
) -> MixReport:
    """The mix of `items` planned in the days [start, end) as drawn in `zone`.

    A day is crowded when one network gets `crowded_day` posts or more; a gap is a run of
    more than `gap_days` days with nothing planned.
    """
    kinds: Counter[str] = Counter({k: 0 for k in POST_KINDS})
    per_day: dict[date, dict[str, int]] = defaultdict(dict)
    busy: set[date] = set()
    for item in items:
        kinds[item.kind] += 1
        if item.scheduled_at is None:
            continue
        day = item.scheduled_at.astimezone(zone).date()
        busy.add(day)
        counts = per_day[day]
        for network in item.networks or ("",):
            counts[network] = counts.get(network, 0) + 1
    total = len(items)
    crowded = [
        Crowded(day, network, n)
        for day in sorted(per_day)
        for network, n in sorted(per_day[day].items())
        if network and crowded_day > 0 and n >= crowded_day
    ]
    gaps: list[Gap] = []
    run_start: date | None = None
    day = start
    while day <= end:
        if day < end and day not in busy:
            run_start = run_start or day
        else:
            if run_start is not None and (day - run_start).days > gap_days:
                gaps.append(Gap(run_start, day - timedelta(days=1)))
            run_start = None
        day += timedelta(days=1)
    return MixReport(
        start=start,
        end=end,
        total=total,
        kinds=dict(kinds),
        promo_share=kinds["promotion"] / total if total else 0.0,
        promo_threshold=promo_threshold,
        per_day=dict(per_day),
        crowded=crowded,
        gaps=gaps,
        duplicates=near_duplicates(items),
    )


def mix_for_period(
    store: Store,
    profile_id: int | None,
    start: date,
    end: date,
    zone: tzinfo,
    *,
    filters: Filters | None = None,
    promo_threshold: float = 0.2,
    crowded_day: int = 3,
    gap_days: int = 7,
) -> MixReport:
    """Load the days [start, end) in `zone` and compute their mix."""
    items = posts_between(
        store,
        profile_id,
        local_midnight_utc(start, zone),
        local_midnight_utc(end, zone),
        filters,
        light=True,
    )
    items = [i for i in items if i.status != "archived"]
    return analyze_mix(
        items,
        start,
        end,
        zone,
        promo_threshold=promo_threshold,
        crowded_day=crowded_day,
        gap_days=gap_days,
    )
