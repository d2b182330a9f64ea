"""Writing the open post: one writer per page, safe to call from a worker or the GUI thread.

Autosave runs on a worker, so a busy or locked database file never freezes typing; an
explicit save (Ctrl+S, closing, switching posts) runs at once. Both go through
`PostWriter.write`, which serialises them with a lock and remembers the version it last
wrote, so they never conflict with each other — only with another window or computer.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from firsthand.message import say
from firsthand.services.posts import (
    CHANGED_ELSEWHERE,
    PostData,
    create_post,
    get_post,
    update_post,
)
from firsthand.services.variants import save_variants
from firsthand.store import ConflictError, Store

NETWORKS = "networks"


def merge(base: PostData, theirs: PostData, job: SaveJob) -> dict[str, Any] | None:
    """What to write over `theirs` so both sides' changes survive; None if they collide.

    A field changed only here is written; a field changed only elsewhere is left as they
    saved it; a field both sides changed differently is a real conflict.
    """
    out: dict[str, Any] = {}
    mine_by_key = {**job.values, NETWORKS: sorted(job.networks)}
    for key, mine in mine_by_key.items():
        was = sorted(base.networks) if key == NETWORKS else getattr(base, key)
        now = sorted(theirs.networks) if key == NETWORKS else getattr(theirs, key)
        if mine == was:
            continue
        if now not in (was, mine):
            return None
        out[key] = mine
    return out


@dataclass(frozen=True)
class SaveJob:
    """A snapshot of the page to write, taken on the GUI thread."""

    values: dict[str, Any]  # body and the other post fields
    networks: list[str]
    variants: dict[str, str]
    as_new: bool
    session: int  # which opening of a post it belongs to
    meta_generation: int  # the page's count of non-text edits when the snapshot was taken


class PostWriter:
    def __init__(self, store: Store, profile_id: int) -> None:
        self.store = store
        self.profile_id = profile_id
        self._lock = threading.Lock()
        self._session = 0
        self._id: int | None = None
        self._version: int | None = None
        self._variants: dict[str, str] = {}
        self._base: PostData | None = None

    def reset(self, session: int, post: PostData | None) -> None:
        """Another post (or a new one) is open: later jobs of older sessions are dropped."""
        with self._lock:
            self._session = session
            self._id = post.id if post else None
            self._version = post.version if post else None
            self._base = post
            self._variants = (
                {t.network: t.variant for t in post.targets if t.variant} if post else {}
            )

    def write(self, job: SaveJob) -> PostData | None:
        """Create or update the post; None if `job` belongs to a post no longer open.

        Raises ConflictError when the post was saved elsewhere since this page last wrote it.
        """
        with self._lock:
            if job.session != self._session:
                return None  # a later save of that post already wrote everything this one had
            values = dict(job.values)
            body = values.pop("body")
            if job.as_new or self._id is None:
                post = create_post(
                    self.store, self.profile_id, body, networks=job.networks, **values
                )
                before: dict[str, str] = {}
            else:
                try:
                    post = update_post(
                        self.store,
                        self._id,
                        self._version,
                        networks=job.networks,
                        body=body,
                        **values,
                    )
                except ConflictError:
                    post = self._merge_or_raise(job)
                before = self._variants
            if job.variants != before:
                changed = {n: job.variants.get(n) for n in {*job.variants, *before}}
                save_variants(self.store, post.id, changed)
            self._id, self._version, self._variants = post.id, post.version, dict(job.variants)
            self._base = post
            return post

    def _merge_or_raise(self, job: SaveJob) -> PostData:
        """Saved elsewhere meanwhile: keep both sides' changes when they touch different fields."""
        assert self._id is not None
        theirs = get_post(self.store, self._id)
        changes = merge(self._base, theirs, job) if self._base is not None else None
        if changes is None:
            raise ConflictError(say(CHANGED_ELSEWHERE))
        networks = changes.pop(NETWORKS, None)
        return update_post(self.store, self._id, theirs.version, networks=networks, **changes)
