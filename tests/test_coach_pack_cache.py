"""Compiled rule packs are kept on disk between runs: a restart reads them back and finds
exactly what compiling would, and anything wrong with the cache only costs a compile."""

from __future__ import annotations

import json
import logging
import os
import pickle
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from firsthand.composer.coach import Context, analyze
from firsthand.composer.coach import packs as packs_module
from firsthand.composer.coach.pack_cache import cached
from firsthand.composer.coach.packs import PACK_CATEGORIES, Pack, build_pack, read_pack_data
from firsthand.composer.coach.tokens import tokenize

DATA = Path(__file__).parent / "data"

SPAM_PACK = """
[[rule]]
id = "press_release"
message = "Sounds like a press release."
phrases = ["{phrase}"]
"""


def _posts() -> list[dict[str, object]]:
    rows = [json.loads(line) for line in (DATA / "eval_posts_tuning6.jsonl").open()]
    return [row for lang in ("en", "fr") for row in rows if row["lang"] == lang][::2]


def _findings() -> list[list[tuple[str, int, int, str]]]:
    found = []
    for post in _posts():
        context = Context(
            language=str(post["lang"]),
            profession=str(post["profession"]),
            topics=tuple(post["topics"]),  # type: ignore[arg-type]
        )
        report = analyze(str(post["text"]), context)
        found.append([(f.rule, f.start, f.end, f.message) for f in report.findings])
    return found


@pytest.fixture
def fresh_packs() -> Iterator[None]:
    """Packs loaded anew in this test, and anew again for the tests after it."""
    packs_module.load_pack.cache_clear()
    yield
    packs_module.load_pack.cache_clear()


def _refuse_to_compile(*args: object) -> Pack:
    raise AssertionError("compiled instead of read from the cache")


def test_a_restart_reads_the_packs_back_and_finds_exactly_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_packs: None
) -> None:
    monkeypatch.setenv("FIRSTHAND_CACHE", str(tmp_path / "cache"))
    compiled = _findings()
    saved = sorted(path.name.split("-")[1] for path in (tmp_path / "cache" / "packs").iterdir())
    assert set(PACK_CATEGORIES) <= set(saved)

    packs_module.load_pack.cache_clear()  # as after a restart
    monkeypatch.setattr(packs_module, "build_pack", _refuse_to_compile)
    assert _findings() == compiled
    rules = {rule for post in compiled for rule, *_ in post}
    assert len(rules) > 10  # the posts exercise many rules, in both languages


def _small_pack(rules: Path, phrase: str) -> Pack:
    (rules / "en").mkdir(parents=True, exist_ok=True)
    (rules / "en" / "spam.toml").write_text(SPAM_PACK.format(phrase=phrase), encoding="utf-8")
    return cached(
        "en-spam",
        Pack,
        rules,
        lambda: build_pack("en", "spam", read_pack_data(rules / "en", "spam")),
    )


def _found(pack: Pack, text: str) -> list[str]:
    return [match.pattern for match in pack.index.find(tokenize(text, "en"))]


def test_an_edited_rule_file_is_compiled_again_and_the_old_copy_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIRSTHAND_CACHE", str(tmp_path / "cache"))
    rules = tmp_path / "rules"
    first = _small_pack(rules, "is pleased to offer")
    assert _found(first, "The clinic is pleased to offer whitening.")
    second = _small_pack(rules, "=state of the art")
    assert not _found(second, "The clinic is pleased to offer whitening.")
    assert _found(second, "Our state of the art chairs.")
    assert len(list((tmp_path / "cache" / "packs").glob("en-spam-*.pickle"))) == 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(path.read_bytes()[: path.stat().st_size // 2]),
        lambda path: path.write_bytes(b"not a pickle at all"),
        lambda path: path.write_bytes(pickle.dumps({"rules": "a dict, not a pack"})),
        lambda path: path.write_bytes(b""),
    ],
    ids=["cut-short", "garbage", "wrong-object", "empty"],
)
def test_a_damaged_cache_file_costs_a_compile_and_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: object
) -> None:
    monkeypatch.setenv("FIRSTHAND_CACHE", str(tmp_path / "cache"))
    rules = tmp_path / "rules"
    _small_pack(rules, "is pleased to offer")
    (saved,) = (tmp_path / "cache" / "packs").glob("en-spam-*.pickle")
    damage(saved)  # type: ignore[operator]
    pack = _small_pack(rules, "is pleased to offer")
    assert _found(pack, "Our practice is pleased to offer free checks.")
    with saved.open("rb") as handle:
        assert isinstance(pickle.load(handle), Pack)  # written again, whole


def test_a_save_cut_short_long_ago_is_cleared_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIRSTHAND_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "cache" / "packs"
    folder.mkdir(parents=True)
    stale, fresh = folder / "tmp1.part", folder / "tmp2.part"
    stale.write_bytes(b"half a pack")
    fresh.write_bytes(b"a save going on right now")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    _small_pack(tmp_path / "rules", "is pleased to offer")
    assert not stale.exists()
    assert fresh.exists()


def test_a_cache_that_cannot_be_written_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder would go", encoding="utf-8")
    monkeypatch.setenv("FIRSTHAND_CACHE", str(blocked))
    with caplog.at_level(logging.INFO):
        pack = _small_pack(tmp_path / "rules", "is pleased to offer")
    assert _found(pack, "Our team is pleased to offer evening slots.")
    assert "not saved" in caplog.text
    assert blocked.read_text(encoding="utf-8").startswith("a file")


def test_a_model_that_cannot_be_read_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIRSTHAND_CACHE", str(tmp_path / "cache"))
    model = tmp_path / "kind_model.json"
    model.write_text('{"bias": 1.0}', encoding="utf-8")
    assert cached("kind-model", dict, model, lambda: None) is None
    assert not (tmp_path / "cache" / "packs").exists()
    assert cached("kind-model", dict, model, lambda: {"bias": 1.0}) == {"bias": 1.0}
    assert cached("kind-model", dict, model, lambda: None) == {"bias": 1.0}  # read back
    model.write_text('{"bias": 2.25}', encoding="utf-8")  # a refitted model
    assert cached("kind-model", dict, model, lambda: {"bias": 2.0}) == {"bias": 2.0}
    assert cached("kind-model", dict, tmp_path / "gone.json", lambda: None) is None
