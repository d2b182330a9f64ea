"""The content mix of a period: does the plan read like a person or a billboard?

Share of each kind, share of promotion against a threshold, posts per day per network with
crowded days, gaps with nothing planned, and near-duplicate posts. Plain data: the widget
turns it into words and charts.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Protocol

from rapidfuzz import fuzz
from sqlalchemy import text

from firsthand.services.calendar import (
    CalendarItem,
    Filters,
    local_midnight_utc,
    query_terms,
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


class _Text(Protocol):
    """What duplicate detection reads from a post."""

    @property
    def id(self) -> int: ...
    @property
    def body(self) -> str: ...
    @property
    def title(self) -> str: ...


@dataclass(slots=True)
class _Body:
    id: int
    body: str
    title: str = ""


# The opening and ending keys of bodies seen before (None: too short to compare). A plan
# changes a post or two between two looks at its mix; its other bodies are keyed already.
_KEYS: dict[str, tuple[str, str] | None] = {}
_KEYS_LIMIT = 50_000


def _block_keys(body: str) -> tuple[str, str] | None:
    if len(body.strip()) < MIN_DUPLICATE_LENGTH:
        return None
    join = " ".join
    # Openings and endings in one dict: a "<" or ">" mark keeps the two kinds apart.
    head = "<" + join(body[: BLOCK_CHARS * 3].casefold().split())[:BLOCK_CHARS]
    tail = ">" + join(body[-BLOCK_CHARS * 3 :].casefold().split())[-BLOCK_CHARS:]
    return head, tail


def forget_block_keys() -> None:
    """Drop the remembered keys (a benchmark's cold start)."""
    _KEYS.clear()


def near_duplicates(items: Sequence[_Text], score: int = DUPLICATE_SCORE) -> list[Duplicate]:
    """Pairs of posts whose texts are nearly the same, most similar first.

    Comparing every pair is quadratic, so only posts that share their opening or their
    ending (the usual shape of a re-posted, lightly edited text) are compared in full.
    """
    blocks: dict[str, list[int]] = {}
    candidates: list[_Text] = []
    known = _KEYS
    if len(known) > _KEYS_LIMIT:
        known.clear()
    for item in items:
        body = item.body
        try:
            keys = known[body]
        except KeyError:
            keys = known[body] = _block_keys(body)
        if keys is None:
            continue
        head, tail = keys
        index = len(candidates)
        candidates.append(item)
        found = blocks.get(head)
        if found is None:
            blocks[head] = [index]
        else:
            found.append(index)
        found = blocks.get(tail)
        if found is None:
            blocks[tail] = [index]
        else:
            found.append(index)
    if len(candidates) < 2:
        return []
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


def _report(
    start: date,
    end: date,
    total: int,
    kinds: Counter[str],
    per_day: dict[date, dict[str, int]],
    duplicates: list[Duplicate],
    *,
    promo_threshold: float,
    crowded_day: int,
    gap_days: int,
) -> MixReport:
    """The report from counts: crowded days and gaps are found here."""
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
        if day < end and day not in per_day:
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
        per_day=per_day,
        crowded=crowded,
        gaps=gaps,
        duplicates=duplicates,
    )


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
    per_day: dict[date, dict[str, int]] = {}
    for item in items:
        kinds[item.kind] += 1
        if item.scheduled_at is None:
            continue
        day = item.scheduled_at.astimezone(zone).date()
        counts = per_day.setdefault(day, {})
        for network in item.networks or ("",):
            counts[network] = counts.get(network, 0) + 1
    return _report(
        start,
        end,
        len(items),
        kinds,
        per_day,
        near_duplicates(items),
        promo_threshold=promo_threshold,
        crowded_day=crowded_day,
        gap_days=gap_days,
    )


# Only what the mix reads, networks joined in the same query. Archived posts are not part
# of a plan any more.
_MIX_SQL = """
SELECT p.id, p.kind, p.scheduled_at, p.body, {labels},
       (SELECT group_concat(t.network, ' ') FROM post_target t WHERE t.post_id = p.id)
FROM post p
WHERE {where} AND p.status != 'archived'
ORDER BY p.scheduled_at, p.id
"""


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
    """Load the days [start, end) in `zone` and compute their mix.

    The same report as `analyze_mix` over the period's posts, without building a
    calendar item per post: a year has thousands.
    """
    where, params = query_terms(
        profile_id,
        start=local_midnight_utc(start, zone),
        end=local_midnight_utc(end, zone),
        undated=False,
        filters=filters,
    )
    need_networks = bool(filters and filters.networks)
    need_labels = bool(filters and filters.labels)
    sql = text(
        _MIX_SQL.format(where=" AND ".join(where), labels="p.labels" if need_labels else "''")
    )
    with store.read() as s:
        rows = s.connection().execute(sql, params).all()
    kinds: Counter[str] = Counter({k: 0 for k in POST_KINDS})
    per_day: dict[date, dict[str, int]] = {}
    texts: list[_Body] = []
    split_networks: dict[str | None, tuple[str, ...]] = {None: (), "": ()}
    for pid, kind, when, body, labels, nets in rows:
        networks = split_networks.get(nets)
        if networks is None:
            networks = split_networks[nets] = tuple(sorted(nets.split()))
        if need_networks:
            assert filters is not None
            if not filters.networks.intersection(networks):
                continue
        if need_labels:
            assert filters is not None
            if not (labels and filters.labels.intersection(json.loads(labels))):
                continue
        kinds[kind] += 1
        day = datetime.fromisoformat(when + "+00:00").astimezone(zone).date()
        counts = per_day.get(day)
        if counts is None:
            counts = per_day[day] = {}
        for network in networks or ("",):
            counts[network] = counts.get(network, 0) + 1
        texts.append(_Body(pid, body))
    return _report(
        start,
        end,
        len(texts),
        kinds,
        per_day,
        near_duplicates(texts),
        promo_threshold=promo_threshold,
        crowded_day=crowded_day,
        gap_days=gap_days,
    )
