"""The evaluation sets stay well-formed and balanced: bench/accuracy.py relies on them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SETS = {  # file: minimum size
    "eval_posts.jsonl": 120,
    "eval_posts_tuning2.jsonl": 120,
    "eval_posts_tuning3.jsonl": 120,
    "eval_posts_holdout.jsonl": 60,
    "eval_posts_holdout2.jsonl": 120,
    "eval_posts_holdout3.jsonl": 120,
    "eval_posts_tuning4.jsonl": 120,
    "eval_posts_tuning5.jsonl": 120,
    "eval_posts_tuning6.jsonl": 60,
    "eval_posts_tuning7.jsonl": 120,
    "eval_posts_tuning8.jsonl": 120,
    "eval_posts_tuning9.jsonl": 120,
    "eval_posts_tuning10.jsonl": 80,
    "eval_posts_holdout4.jsonl": 120,
    "eval_posts_holdout5.jsonl": 120,
    "eval_posts_tuning11.jsonl": 120,
    "eval_posts_tuning12.jsonl": 120,
    "eval_posts_tuning13.jsonl": 120,
    "eval_posts_tuning14.jsonl": 120,
    "eval_posts_tuning15.jsonl": 120,
    "eval_posts_tuning16.jsonl": 100,
    "eval_posts_holdout6.jsonl": 120,
    "eval_posts_holdout7.jsonl": 120,
    "eval_posts_holdout8.jsonl": 120,
    "eval_posts_tuning17.jsonl": 120,
    "eval_posts_tuning18.jsonl": 120,
    "eval_posts_tuning19.jsonl": 120,
    "eval_posts_holdout9.jsonl": 120,
    "eval_posts_holdout10.jsonl": 120,
    "eval_posts_tuning20.jsonl": 120,
    "eval_posts_tuning21.jsonl": 120,
    "eval_posts_holdout11.jsonl": 120,
    "eval_posts_tuning22.jsonl": 120,
    "eval_posts_holdout12.jsonl": 120,
    "eval_posts_holdout13.jsonl": 120,
    "eval_posts_tuning23.jsonl": 120,
    "eval_posts_tuning24.jsonl": 120,
    "eval_posts_holdout14.jsonl": 120,
    "eval_posts_tuning25.jsonl": 120,
    "eval_posts_tuning26.jsonl": 120,
    "eval_posts_holdout15.jsonl": 120,
    "eval_posts_tuning27.jsonl": 120,
    "eval_posts_tuning28.jsonl": 120,
    "eval_posts_tuning29.jsonl": 120,
    "eval_posts_holdout16.jsonl": 120,
    "eval_posts_holdout17.jsonl": 120,
    "eval_posts_tuning30.jsonl": 120,
    "eval_posts_holdout18.jsonl": 120,
    "eval_posts_holdout19.jsonl": 120,
    "eval_posts_holdout20.jsonl": 120,
    "eval_posts_holdout21.jsonl": 120,
    "eval_posts_holdout22.jsonl": 120,
    "eval_posts_holdout23.jsonl": 120,
    "eval_posts_tuning31.jsonl": 120,
    "eval_posts_tuning32.jsonl": 120,
    "eval_posts_holdout24.jsonl": 120,
    "eval_posts_tuning33.jsonl": 120,
    "eval_posts_tuning34.jsonl": 120,
    "eval_posts_tuning35.jsonl": 120,
    "eval_posts_tuning36.jsonl": 120,
    "eval_posts_tuning37.jsonl": 120,
    "eval_posts_tuning38.jsonl": 120,
    "eval_posts_holdout25.jsonl": 120,
    "eval_posts_holdout26.jsonl": 120,
    "eval_posts_holdout27.jsonl": 120,
    "eval_posts_tuning39.jsonl": 120,
    "eval_posts_holdout28.jsonl": 120,
    "eval_posts_tuning40.jsonl": 120,
    "eval_posts_tuning41.jsonl": 120,
    "eval_posts_holdout29.jsonl": 120,
    "eval_posts_tuning42.jsonl": 120,
    "eval_posts_tuning43.jsonl": 120,
    "eval_posts_tuning44.jsonl": 120,
    "eval_posts_tuning45.jsonl": 120,
    "eval_posts_tuning46.jsonl": 120,
    "eval_posts_tuning47.jsonl": 120,
    "eval_posts_holdout30.jsonl": 120,
    "eval_posts_tuning48.jsonl": 120,
    "eval_posts_tuning49.jsonl": 120,
    "eval_posts_tuning50.jsonl": 120,
    "eval_posts_tuning51.jsonl": 120,
    "eval_posts_holdout31.jsonl": 120,
    "eval_posts_tuning52.jsonl": 120,
    "eval_posts_tuning53.jsonl": 120,
}
# Sets centred on one category: the others have only a few positives each.
CENTRED = {
    "eval_posts_tuning25.jsonl": "off_topic",
    "eval_posts_tuning26.jsonl": "off_topic",
    "eval_posts_tuning27.jsonl": "off_topic",
    "eval_posts_tuning29.jsonl": "off_topic",
    "eval_posts_tuning30.jsonl": "off_topic",
}
# Sets whose writer marked whether each kind is clear-cut, and the second choice when not.
CLEAR = {"kind_clear", "kind_alt"}
KINDS = {"story", "experience", "announcement", "opinion", "promotion", "other"}
LABELS = {"spam", "jargon", "off_topic"}
FIELDS = {"id", "lang", "profession", "topics", "text", "labels", "kind", "note"}


def load(name: str) -> list[dict[str, object]]:
    if not (DATA / name).exists():
        pytest.skip(f"{name} is not written yet")  # bench/accuracy.py skips it too
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.mark.parametrize("name", list(SETS))
def test_every_line_has_the_documented_fields(name: str) -> None:
    for post in load(name):
        assert set(post) in (FIELDS, FIELDS | CLEAR), post.get("id")
        if "kind_clear" in post:
            # The second choice is given exactly when the kind is arguable, and differs.
            assert isinstance(post["kind_clear"], bool)
            if post["kind_clear"]:
                assert post["kind_alt"] is None, post["id"]
            else:
                assert post["kind_alt"] in KINDS - {post["kind"]}, post["id"]
        assert post["lang"] in ("en", "fr")
        ident = str(post["id"])
        assert ident.startswith(f"{post['lang']}-") or f"-{post['lang']}-" in ident
        assert isinstance(post["topics"], list) and post["topics"]
        assert isinstance(post["text"], str) and post["text"].strip()
        labels = post["labels"]
        assert isinstance(labels, dict) and set(labels) == LABELS
        assert all(isinstance(v, bool) for v in labels.values())
        assert post["kind"] in KINDS


@pytest.mark.parametrize("name", list(SETS))
def test_size_and_balance(name: str) -> None:
    posts = load(name)
    langs = Counter(p["lang"] for p in posts)
    assert len(posts) >= SETS[name]
    assert abs(langs["en"] - langs["fr"]) <= len(posts) // 10
    assert len({p["profession"] for p in posts}) >= 15
    for lang in ("en", "fr"):
        mine = [p for p in posts if p["lang"] == lang]
        for label in LABELS:
            positives = sum(bool(p["labels"][label]) for p in mine)  # type: ignore[index]
            # Enough of each to measure recall, and enough clean posts to measure false alarms
            # (a set centred on one category, like tuning 16's spam, may have a few more, and
            # fewer of the others: tunings 25 and 26 are about off-topic subjects).
            least = 2 if name in CENTRED and label != CENTRED[name] else 4
            assert least <= positives <= len(mine) * 3 // 5, (lang, label)
        assert {p["kind"] for p in mine} >= KINDS - {"other"}


@pytest.mark.parametrize(
    "name", [n for n in SETS if (DATA / n.replace(".jsonl", "_kind2.jsonl")).exists()]
)
def test_a_second_readers_kinds_cover_the_set(name: str) -> None:
    with (DATA / name.replace(".jsonl", "_kind2.jsonl")).open(encoding="utf-8") as fh:
        second = [json.loads(line) for line in fh if line.strip()]
    assert [row["id"] for row in second] == [post["id"] for post in load(name)]
    assert all(row["kind"] in KINDS and row["confidence"] in ("high", "low") for row in second)


def test_ids_and_texts_are_unique_across_sets() -> None:
    posts = [p for name in SETS if (DATA / name).exists() for p in load(name)]
    assert len({p["id"] for p in posts}) == len(posts)
    assert len({p["text"] for p in posts}) == len(posts)
