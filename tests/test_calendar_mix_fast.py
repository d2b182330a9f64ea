"""The content mix read straight from SQL gives the report the item-by-item path gave.

`mix_for_period` counts kinds, days and networks from plain rows and finds repeats without
building calendar items; these tests pin it to the straightforward computation (and to the
duplicate search as it was first written) on a seeded plan with repeats, DST changes,
archived posts, posts without networks and filters.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from rapidfuzz import fuzz

from firsthand.services.calendar import (
    CalendarItem,
    Filters,
    local_midnight_utc,
    posts_between,
    title_of,
)
from firsthand.services.mix import (
    BLOCK_CHARS,
    DUPLICATE_SCORE,
    MIN_DUPLICATE_LENGTH,
    Duplicate,
    analyze_mix,
    forget_block_keys,
    mix_for_period,
    near_duplicates,
)
from firsthand.services.plan_io import CsvTable, PlannedPost, Preview, import_preview
from firsthand.services.profiles import ProfileData
from firsthand.store import Store

NETWORKS = ["linkedin", "facebook", "x", "instagram"]
WORDS = (
    "a patient asked why flossing matters so I showed her the model we laughed about the "
    "day my own dentist scolded me braces at forty five are fine crowns take patience"
).split()


def _normalise(body: str) -> str:
    return " ".join(body.casefold().split())


def reference_duplicates(items: Sequence[CalendarItem]) -> list[Duplicate]:
    """The duplicate search as first written: blocks of openings and endings, then ratio."""
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
        for n, a in enumerate(members):
            for b in members[n + 1 :]:
                pairs.add((a, b) if a < b else (b, a))
    out = []
    for a, b in sorted(pairs):
        x, y = candidates[a], candidates[b]
        similarity = fuzz.ratio(
            _normalise(x.body), _normalise(y.body), score_cutoff=DUPLICATE_SCORE
        )
        if similarity:
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


def _sentence(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def _edited(rng: random.Random, body: str) -> str:
    """A re-post: a word changed, a case or spacing change, a line added at one end."""
    words = body.split()
    words[rng.randrange(len(words))] = rng.choice(WORDS)
    text = " ".join(words)
    pick = rng.randrange(4)
    if pick == 0:
        text = text.upper()
    elif pick == 1:
        text = text.replace(" ", "  \n", 3)
    elif pick == 2:
        text = text + " Book now!"
    else:
        text = "Again: " + text
    return text


@pytest.fixture
def seeded(store: Store, profile: ProfileData) -> ProfileData:
    rng = random.Random(20261126)
    paris = ZoneInfo("Europe/Paris")
    first = date(2025, 12, 20)
    bodies: list[str] = []
    posts = []
    for n in range(700):
        if bodies and rng.random() < 0.25:
            body = _edited(rng, rng.choice(bodies))
        elif rng.random() < 0.05:
            body = rng.choice(["TODO", "photo", "  ", "short one"])
        else:
            body = _sentence(rng, 12, 45)
        if len(body.split()) > 3:
            bodies.append(body)
        day = first + timedelta(days=rng.randrange(400))
        # Late evening and just after midnight: the day depends on the zone it is drawn in.
        clock = time(rng.choice((0, 1, 8, 12, 22, 23)), rng.choice((0, 30)))
        posts.append(
            PlannedPost(
                row=n + 2,
                body=body,
                kind=rng.choice(("story", "experience", "opinion", "promotion", "news")),
                kind_detected=False,
                status=rng.choice(("draft", "ready", "scheduled", "published", "archived")),
                labels=rng.choice(([], ["kids"], ["clinic", "team"])),
                scheduled_at=datetime.combine(day, clock, paris).astimezone(UTC),
                timezone="Europe/Paris",
                networks=rng.sample(NETWORKS, rng.randint(0, 3)),
            )
        )
    import_preview(store, profile.id, Preview(CsvTable("utf-8", ",", [], []), {}, posts, [], {}))
    return profile


FILTERS = [
    None,
    Filters(),
    Filters(networks={"x", "instagram"}),
    Filters(labels={"kids"}),
    Filters(statuses={"published", "archived"}, kinds={"promotion", "story"}),
    Filters(networks={"linkedin"}, labels={"team"}, kinds={"opinion"}),
]


def test_the_mix_of_a_year_is_the_item_by_item_mix(store: Store, seeded: ProfileData) -> None:
    # One seeded plan, every zone and filter: filling the database is the slow part.
    start, end = date(2026, 1, 1), date(2027, 1, 1)
    for zone_name in ("Europe/Paris", "America/New_York", "UTC"):
        zone = ZoneInfo(zone_name)
        for filters in FILTERS:
            items = posts_between(
                store,
                seeded.id,
                local_midnight_utc(start, zone),
                local_midnight_utc(end, zone),
                filters,
                light=True,
            )
            items = [i for i in items if i.status != "archived"]
            expected = analyze_mix(items, start, end, zone, crowded_day=2, gap_days=3)
            got = mix_for_period(
                store, seeded.id, start, end, zone, filters=filters, crowded_day=2, gap_days=3
            )
            assert got == expected, (zone_name, filters)
            assert got.duplicates == reference_duplicates(items), (zone_name, filters)
            if filters is None:
                # The plan has what the report looks for; an empty report would prove nothing.
                assert got.total > 300 and got.crowded and got.gaps
                assert len(got.duplicates) > 20 and all(d.first_title for d in got.duplicates)


def test_duplicates_match_the_first_search_on_a_month(store: Store, seeded: ProfileData) -> None:
    zone = ZoneInfo("Europe/Paris")
    items = posts_between(
        store,
        seeded.id,
        local_midnight_utc(date(2026, 3, 1), zone),
        local_midnight_utc(date(2026, 4, 1), zone),
    )
    forget_block_keys()
    first = near_duplicates(items)  # every body keyed afresh
    assert first == reference_duplicates(items)
    assert near_duplicates(items) == first  # keys remembered
