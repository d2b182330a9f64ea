"""The evaluation set stays well-formed and balanced: bench/accuracy.py relies on it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

SET = Path(__file__).parent / "data" / "eval_posts.jsonl"
KINDS = {"story", "experience", "announcement", "opinion", "promotion", "other"}
LABELS = {"spam", "jargon", "off_topic"}


@pytest.fixture(scope="module")
def posts() -> list[dict[str, object]]:
    with SET.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_every_line_has_the_documented_fields(posts: list[dict[str, object]]) -> None:
    for post in posts:
        assert set(post) == {"id", "lang", "profession", "topics", "text", "labels", "kind", "note"}
        assert post["lang"] in ("en", "fr")
        assert str(post["id"]).startswith(f"{post['lang']}-")
        assert isinstance(post["topics"], list) and post["topics"]
        assert isinstance(post["text"], str) and post["text"].strip()
        labels = post["labels"]
        assert isinstance(labels, dict) and set(labels) == LABELS
        assert all(isinstance(v, bool) for v in labels.values())
        assert post["kind"] in KINDS


def test_ids_and_texts_are_unique(posts: list[dict[str, object]]) -> None:
    assert len({p["id"] for p in posts}) == len(posts)
    assert len({p["text"] for p in posts}) == len(posts)


def test_size_and_balance(posts: list[dict[str, object]]) -> None:
    langs = Counter(p["lang"] for p in posts)
    assert len(posts) >= 120
    assert abs(langs["en"] - langs["fr"]) <= len(posts) // 10
    assert len({p["profession"] for p in posts}) >= 15
    for lang in ("en", "fr"):
        mine = [p for p in posts if p["lang"] == lang]
        for label in LABELS:
            positives = sum(bool(p["labels"][label]) for p in mine)  # type: ignore[index]
            # Enough of each to measure recall, and most posts clean to measure false alarms.
            assert 8 <= positives <= len(mine) // 2, (lang, label)
        assert {p["kind"] for p in mine} == KINDS
