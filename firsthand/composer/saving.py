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

from firsthand.services.posts import PostData, create_post, update_post
from firsthand.services.variants import save_variants
from firsthand.store import Store


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

    def reset(self, session: int, post: PostData | None) -> None:
        """Another post (or a new one) is open: later jobs of older sessions are dropped."""
        with self._lock:
            self._session = session
            self._id = post.id if post else None
            self._version = post.version if post else None
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
                post = update_post(
                    self.store,
                    self._id,
                    self._version,
                    networks=job.networks,
                    body=body,
                    **values,
                )
                before = self._variants
            if job.variants != before:
                changed = {n: job.variants.get(n) for n in {*job.variants, *before}}
                save_variants(self.store, post.id, changed)
            self._id, self._version, self._variants = post.id, post.version, dict(job.variants)
            return post
