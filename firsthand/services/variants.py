"""Per-network text variants of a post (post_target.variant)."""

from __future__ import annotations

from collections.abc import Mapping

from sqlmodel import select

from firsthand.message import say
from firsthand.services.posts import NO_POST
from firsthand.store import NotFound, Store
from firsthand.store.models import Post, PostTarget


def save_variants(store: Store, post_id: int, variants: Mapping[str, str | None]) -> None:
    """Set each network's variant (None or blank: use the main text), creating targets."""
    with store.write() as s:
        if s.get(Post, post_id) is None:
            raise NotFound(say(NO_POST, post_id))
        rows = {
            t.network: t for t in s.exec(select(PostTarget).where(PostTarget.post_id == post_id))
        }
        for network, text in variants.items():
            row = rows.get(network)
            if row is None:
                if not (text and text.strip()):
                    continue
                row = PostTarget(post_id=post_id, network=network)
            row.variant = text if text and text.strip() else None
            s.add(row)
