"""Posts: create, edit (with revisions and optimistic locking), delete, search."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import text
from sqlmodel import Session, col, select

from firsthand.message import QT_TRANSLATE_NOOP, say
from firsthand.store import ConflictError, NotFound, Store, utcnow
from firsthand.store.models import POST_KINDS, POST_STATUSES, Post, PostTarget, Revision

# Autosave writes often; a new revision at most this often keeps history useful, not noisy.
REVISION_EVERY = timedelta(seconds=60)

# In English; the UI translates them (context "StoreError"). %1 is the post's number.
NO_POST = QT_TRANSLATE_NOOP("StoreError", "Post %1 does not exist.")
NO_POST_OR_DELETED = QT_TRANSLATE_NOOP("StoreError", "Post %1 does not exist or was deleted.")
CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "StoreError",
    "This post was changed in another window or on another computer since you opened it.",
)

RESULT_FIELDS = ("reach", "reactions", "comments", "shares", "new_followers", "inquiries")


@dataclass(frozen=True)
class TargetData:
    network: str
    variant: str | None = None
    status: str = "planned"
    published_at: datetime | None = None
    url: str = ""
    reach: int | None = None
    reactions: int | None = None
    comments: int | None = None
    shares: int | None = None
    new_followers: int | None = None
    inquiries: int | None = None


@dataclass(frozen=True)
class PostData:
    id: int
    profile_id: int
    body: str
    kind: str
    status: str
    goal: str
    labels: list[str]
    scheduled_at: datetime | None
    timezone: str | None
    campaign_id: int | None
    created_at: datetime
    updated_at: datetime
    version: int
    ignored_findings: list[str] = field(default_factory=list)
    targets: list[TargetData] = field(default_factory=list)
    deleted_at: datetime | None = None

    @property
    def networks(self) -> list[str]:
        return [t.network for t in self.targets]

    def local_time(self) -> datetime | None:
        """`scheduled_at` in the zone it was planned in (UTC if that zone is unknown)."""
        if self.scheduled_at is None:
            return None
        try:
            return self.scheduled_at.astimezone(ZoneInfo(self.timezone or "UTC"))
        except (ZoneInfoNotFoundError, ValueError):
            return self.scheduled_at


@dataclass(frozen=True)
class RevisionData:
    id: int
    post_id: int
    body: str
    post_version: int
    created_at: datetime


def _target(row: PostTarget) -> TargetData:
    return TargetData(
        network=row.network,
        variant=row.variant,
        status=row.status,
        published_at=row.published_at,
        url=row.url,
        **{k: getattr(row, k) for k in RESULT_FIELDS},
    )


def _data(row: Post, targets: Iterable[PostTarget]) -> PostData:
    assert row.id is not None
    return PostData(
        id=row.id,
        profile_id=row.profile_id,
        body=row.body,
        kind=row.kind,
        status=row.status,
        goal=row.goal,
        labels=list(row.labels),
        scheduled_at=row.scheduled_at,
        timezone=row.timezone,
        campaign_id=row.campaign_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        ignored_findings=list(row.ignored_findings),
        targets=sorted((_target(t) for t in targets), key=lambda t: t.network),
        deleted_at=row.deleted_at,
    )


def _targets_of(s: Session, post_ids: Sequence[int]) -> dict[int, list[PostTarget]]:
    out: dict[int, list[PostTarget]] = {pid: [] for pid in post_ids}
    if not post_ids:
        return out
    rows = s.exec(select(PostTarget).where(col(PostTarget.post_id).in_(post_ids))).all()
    for r in rows:
        out[r.post_id].append(r)
    return out


def _validate(changes: dict[str, Any]) -> None:
    if "status" in changes and changes["status"] not in POST_STATUSES:
        raise ValueError(f"Unknown status {changes['status']!r}.")
    if "kind" in changes and changes["kind"] not in POST_KINDS:
        raise ValueError(f"Unknown kind {changes['kind']!r}.")
    when = changes.get("scheduled_at")
    if when is not None and (not isinstance(when, datetime) or when.tzinfo is None):
        raise ValueError("scheduled_at must be a timezone-aware datetime.")
    zone = changes.get("timezone")
    if zone:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"Unknown time zone {zone!r}.") from exc


def _set_networks(s: Session, post_id: int, networks: Iterable[str]) -> None:
    wanted = list(dict.fromkeys(n.strip().lower() for n in networks if n.strip()))
    existing = {
        t.network: t for t in s.exec(select(PostTarget).where(PostTarget.post_id == post_id))
    }
    for name, row in existing.items():
        if name not in wanted:
            s.delete(row)
    for name in wanted:
        if name not in existing:
            s.add(PostTarget(post_id=post_id, network=name))


def create_post(
    store: Store,
    profile_id: int,
    body: str = "",
    *,
    networks: Iterable[str] = (),
    **values: Any,
) -> PostData:
    """A new post (status `draft` unless given) with one target per network."""
    _validate(values)
    with store.write() as s:
        row = Post(profile_id=profile_id, body=body, **values)
        s.add(row)
        s.flush()
        assert row.id is not None
        _set_networks(s, row.id, networks)
        s.flush()
        return _data(row, _targets_of(s, [row.id])[row.id])


def get_post(store: Store, post_id: int, include_deleted: bool = False) -> PostData:
    with store.read() as s:
        row = s.get(Post, post_id)
        if row is None or (row.deleted_at is not None and not include_deleted):
            raise NotFound(say(NO_POST_OR_DELETED, post_id))
        return _data(row, _targets_of(s, [post_id])[post_id])


def update_post(
    store: Store,
    post_id: int,
    expected_version: int | None,
    *,
    networks: Iterable[str] | None = None,
    **changes: Any,
) -> PostData:
    """Save changes in one transaction and bump the version.

    With `expected_version`, raise ConflictError if the post was saved elsewhere since it
    was read (another window or another computer on the shared file). A changed body keeps
    the previous body as a revision.
    """
    _validate(changes)
    with store.write() as s:
        row = s.get(Post, post_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(say(NO_POST_OR_DELETED, post_id))
        if expected_version is not None and row.version != expected_version:
            raise ConflictError(say(CHANGED_ELSEWHERE))
        now = utcnow()
        if "body" in changes and changes["body"] != row.body and row.body:
            newest = s.exec(
                select(Revision)
                .where(Revision.post_id == post_id)
                .order_by(col(Revision.id).desc())
                .limit(1)
            ).first()
            if newest is None or now - newest.created_at >= REVISION_EVERY:
                s.add(Revision(post_id=post_id, body=row.body, post_version=row.version))
        for key, val in changes.items():
            if not hasattr(row, key) or key in {"id", "version", "created_at"}:
                raise TypeError(f"unknown post field {key!r}")
            setattr(row, key, list(val) if isinstance(val, (tuple, set)) else val)
        if networks is not None:
            _set_networks(s, post_id, networks)
        row.version += 1
        row.updated_at = now
        s.add(row)
        s.flush()
        return _data(row, _targets_of(s, [post_id])[post_id])


def delete_post(store: Store, post_id: int) -> None:
    """Soft delete: the post leaves every list and the search index, but stays in the file."""
    with store.write() as s:
        row = s.get(Post, post_id)
        if row is None:
            raise NotFound(say(NO_POST, post_id))
        row.deleted_at = utcnow()
        row.version += 1
        s.add(row)


def undelete_post(store: Store, post_id: int) -> PostData:
    with store.write() as s:
        row = s.get(Post, post_id)
        if row is None:
            raise NotFound(say(NO_POST, post_id))
        row.deleted_at = None
        row.version += 1
        s.add(row)
        s.flush()
        return _data(row, _targets_of(s, [post_id])[post_id])


def list_posts(
    store: Store,
    profile_id: int | None = None,
    *,
    statuses: Iterable[str] | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    undated: bool | None = None,
    limit: int | None = None,
) -> list[PostData]:
    """Live posts, scheduled ones in [start, end) when given, newest-updated first otherwise."""
    with store.read() as s:
        q = select(Post).where(col(Post.deleted_at).is_(None))
        if profile_id is not None:
            q = q.where(Post.profile_id == profile_id)
        if statuses is not None:
            q = q.where(col(Post.status).in_(list(statuses)))
        if start is not None:
            q = q.where(col(Post.scheduled_at) >= start)
        if end is not None:
            q = q.where(col(Post.scheduled_at) < end)
        if undated is True:
            q = q.where(col(Post.scheduled_at).is_(None))
        elif undated is False:
            q = q.where(col(Post.scheduled_at).is_not(None))
        if start is not None or end is not None:
            q = q.order_by(col(Post.scheduled_at), col(Post.id))
        else:
            q = q.order_by(col(Post.updated_at).desc(), col(Post.id).desc())
        if limit is not None:
            q = q.limit(limit)
        rows = s.exec(q).all()
        targets = _targets_of(s, [r.id for r in rows if r.id is not None])
        return [_data(r, targets[r.id]) for r in rows if r.id is not None]


def _fts_query(query: str) -> str:
    # Each word becomes a quoted prefix term, so user punctuation can't break FTS syntax.
    words = [w.replace('"', '""') for w in query.split() if w.strip()]
    return " ".join(f'"{w}"*' for w in words)


def search_posts(store: Store, query: str, profile_id: int | None = None) -> list[PostData]:
    """Live posts whose text matches every word of `query` (prefixes, accents ignored)."""
    match = _fts_query(query)
    if not match:
        return []
    with store.read() as s:
        ids = [
            r[0]
            for r in s.connection().execute(
                text("SELECT rowid FROM post_fts WHERE post_fts MATCH :q ORDER BY rank"),
                {"q": match},
            )
        ]
        if not ids:
            return []
        q = select(Post).where(col(Post.id).in_(ids), col(Post.deleted_at).is_(None))
        if profile_id is not None:
            q = q.where(Post.profile_id == profile_id)
        rows = {r.id: r for r in s.exec(q).all() if r.id is not None}
        targets = _targets_of(s, list(rows))
        return [_data(rows[i], targets[i]) for i in ids if i in rows]


def list_revisions(store: Store, post_id: int) -> list[RevisionData]:
    """Earlier bodies of a post, newest first."""
    with store.read() as s:
        rows = s.exec(
            select(Revision).where(Revision.post_id == post_id).order_by(col(Revision.id).desc())
        ).all()
        return [
            RevisionData(r.id or 0, r.post_id, r.body, r.post_version, r.created_at) for r in rows
        ]


def record_results(
    store: Store,
    post_id: int,
    network: str,
    *,
    published_at: datetime | None = None,
    url: str | None = None,
    **metrics: int | None,
) -> TargetData:
    """Store what a post got on one network (creating the target if it was not planned)."""
    unknown = set(metrics) - set(RESULT_FIELDS)
    if unknown:
        raise TypeError(f"unknown result fields: {sorted(unknown)}")
    for k, v in metrics.items():
        if v is not None and (not isinstance(v, int) or v < 0):
            raise ValueError(f"{k} must be a whole number, 0 or more.")
    with store.write() as s:
        post = s.get(Post, post_id)
        if post is None:
            raise NotFound(say(NO_POST, post_id))
        row = s.exec(
            select(PostTarget).where(PostTarget.post_id == post_id, PostTarget.network == network)
        ).first()
        if row is None:
            row = PostTarget(post_id=post_id, network=network)
        if published_at is not None:
            row.published_at = published_at
            row.status = "published"
        if url is not None:
            row.url = url
        for k, v in metrics.items():
            setattr(row, k, v)
        s.add(row)
        post.version += 1
        post.updated_at = utcnow()
        s.add(post)
        s.flush()
        return _target(row)
