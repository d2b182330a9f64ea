"""Results per network and what they say: which kind of post works for me?"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Literal

from sqlalchemy import select as sa_select
from sqlmodel import col

from firsthand.services.calendar import title_of
from firsthand.services.posts import RESULT_FIELDS, PostData, get_post, record_results, update_post
from firsthand.store import Store, utcnow
from firsthand.store.models import Post, PostTarget

Grouping = Literal["kind", "network", "month"]
MIN_SAMPLES = 2  # a kind needs this many measured posts before we call it a winner


@dataclass(frozen=True)
class ResultRow:
    """One post on one network, with what it got (None: not recorded)."""

    post_id: int
    network: str
    kind: str
    title: str
    status: str
    when: datetime | None  # published time, else the planned time
    url: str
    reach: int | None
    reactions: int | None
    comments: int | None
    shares: int | None
    new_followers: int | None
    inquiries: int | None

    @property
    def measured(self) -> bool:
        return any(getattr(self, f) is not None for f in RESULT_FIELDS)

    @property
    def engagement(self) -> int:
        """Reactions + comments + shares: people who did something with the post."""
        return (self.reactions or 0) + (self.comments or 0) + (self.shares or 0)


@dataclass(frozen=True)
class Aggregate:
    key: str
    posts: int
    reach: int
    reactions: int
    comments: int
    shares: int
    new_followers: int
    inquiries: int

    @property
    def engagement(self) -> int:
        return self.reactions + self.comments + self.shares

    @property
    def engagement_per_post(self) -> float:
        return self.engagement / self.posts if self.posts else 0.0

    @property
    def inquiries_per_post(self) -> float:
        return self.inquiries / self.posts if self.posts else 0.0


@dataclass(frozen=True)
class Verdict:
    """The answer to "which kind of post works for me?"."""

    best_kind: str
    per_post: float  # engagement per post of the best kind
    others_per_post: float  # engagement per post of every other kind together
    samples: int

    @property
    def ratio(self) -> float | None:
        return self.per_post / self.others_per_post if self.others_per_post else None


def result_rows(
    store: Store,
    profile_id: int | None,
    start: datetime | None = None,
    end: datetime | None = None,
    *,
    measured_only: bool = False,
) -> list[ResultRow]:
    """Per network: posts that went out (published, or planned time passed) or have results.

    Each row carries the post's kind, so results can be compared by kind.
    """
    now = utcnow()
    with store.read() as s:
        q = (
            sa_select(PostTarget, Post.kind, Post.body, Post.status, Post.scheduled_at)  # type: ignore[call-overload]
            .join(Post, col(Post.id) == col(PostTarget.post_id))
            .where(col(Post.deleted_at).is_(None))
        )
        if profile_id is not None:
            q = q.where(Post.profile_id == profile_id)
        rows = s.exec(q.order_by(col(Post.scheduled_at), col(PostTarget.network))).all()
    out: list[ResultRow] = []
    for target, kind, body, status, scheduled_at in rows:
        when = target.published_at or scheduled_at
        if start is not None and (when is None or when < start):
            continue
        if end is not None and (when is None or when >= end):
            continue
        row = ResultRow(
            post_id=target.post_id,
            network=target.network,
            kind=kind,
            title=title_of(body),
            status=target.status if target.status == "published" else status,
            when=when,
            url=target.url,
            **{f: getattr(target, f) for f in RESULT_FIELDS},
        )
        went_out = row.status == "published" or (
            status in ("ready", "scheduled") and when is not None and when <= now
        )
        if row.measured or (not measured_only and went_out):
            out.append(row)
    return out


def mark_published(
    store: Store,
    post_id: int,
    network: str,
    url: str = "",
    when: datetime | None = None,
) -> PostData:
    """Record that the post went out on `network` (with its URL); the post is published
    once every planned network is."""
    when = when or utcnow()
    record_results(store, post_id, network, published_at=when, url=url.strip())
    post = get_post(store, post_id)
    if post.status != "published" and all(t.status == "published" for t in post.targets):
        post = update_post(store, post_id, None, status="published")
    return post


def _month(zone: tzinfo) -> Callable[[ResultRow], str]:
    def key(row: ResultRow) -> str:
        when = (row.when or datetime(1970, 1, 1, tzinfo=UTC)).astimezone(zone)
        return f"{when.year:04d}-{when.month:02d}"

    return key


def aggregate(rows: Sequence[ResultRow], by: Grouping, zone: tzinfo = UTC) -> list[Aggregate]:
    """Totals of measured rows grouped by kind, network or month (months in order)."""
    key: Callable[[ResultRow], str]
    if by == "kind":
        key = lambda r: r.kind  # noqa: E731
    elif by == "network":
        key = lambda r: r.network  # noqa: E731
    else:
        key = _month(zone)
    groups: dict[str, list[ResultRow]] = defaultdict(list)
    for r in rows:
        if r.measured:
            groups[key(r)].append(r)
    out = [
        Aggregate(
            key=k,
            posts=len(g),
            **{f: sum(getattr(r, f) or 0 for r in g) for f in RESULT_FIELDS},
        )
        for k, g in groups.items()
    ]
    if by == "month":
        out.sort(key=lambda a: a.key)
    else:
        out.sort(key=lambda a: (-a.engagement_per_post, a.key))
    return out


def verdict(rows: Sequence[ResultRow]) -> Verdict | None:
    """The kind with the most engagement per post, if enough posts were measured."""
    by_kind = [a for a in aggregate(rows, "kind") if a.posts >= MIN_SAMPLES]
    if not by_kind:
        return None
    best = by_kind[0]
    others = [a for a in aggregate(rows, "kind") if a.key != best.key]
    other_posts = sum(a.posts for a in others)
    other_eng = sum(a.engagement for a in others)
    return Verdict(
        best_kind=best.key,
        per_post=best.engagement_per_post,
        others_per_post=other_eng / other_posts if other_posts else 0.0,
        samples=best.posts,
    )


def post_ids(store: Store, profile_id: int | None) -> set[int]:
    """Ids of the live posts (to check a results file before importing it)."""
    with store.read() as s:
        q = sa_select(col(Post.id)).where(col(Post.deleted_at).is_(None))
        if profile_id is not None:
            q = q.where(col(Post.profile_id) == profile_id)
        return {r[0] for r in s.connection().execute(q).all() if r[0] is not None}
