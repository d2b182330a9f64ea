"""Per-network limits (from resources/networks.toml) and counting the way each network counts."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

NETWORKS_FILE = Path(__file__).resolve().parents[2] / "resources" / "networks.toml"

_URL_RE = regex.compile(r"(?:https?://|www\.)[^\s<>\"]++", regex.VERSION1)
_GRAPHEME_RE = regex.compile(r"\X", regex.VERSION1)
_PICTOGRAPHIC_RE = regex.compile(r"\p{Extended_Pictographic}", regex.VERSION1)
# One emoji as people see it: a flag, or a pictograph with its skin tone, variation selector and
# zero-width-joined companions (a family is one emoji, not three).
EMOJI = (
    r"(?:\p{Regional_Indicator}{2}"
    r"|\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F\u20E3]*"
    r"(?:\u200D\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F]*)*)"
)
_EMOJI_RE = regex.compile(EMOJI, regex.VERSION1)
# Characters X weighs 2 (outside its "light" ranges: most Latin, punctuation, spacing).
_X_HEAVY_RE = regex.compile(r"[^\u0000-\u10FF\u2000-\u200D\u2010-\u201F\u2032-\u2037]")
HASHTAG_RE = regex.compile(r"(?<![\p{L}\p{N}_&/])#[\p{L}\p{M}\p{N}_]++", regex.VERSION1)
# X weighs most Latin, punctuation and spacing as 1 and everything else (CJK, emoji) as 2.
_X_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))


@dataclass(frozen=True)
class NetworkInfo:
    id: str
    name: str
    limit: int | None
    unit: str  # "characters", "graphemes" or "weighted"
    url_length: int | None = None
    hashtag_limit: int | None = None
    note: str = ""


class _Networks(Mapping[str, NetworkInfo]):
    """networks.toml, read on first use (importing the coach does no I/O)."""

    def _data(self) -> dict[str, NetworkInfo]:
        return _load_networks()

    def __getitem__(self, key: str) -> NetworkInfo:
        return self._data()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data())

    def __len__(self) -> int:
        return len(self._data())


NETWORKS: Mapping[str, NetworkInfo] = _Networks()


@lru_cache(maxsize=1)
def _load_networks() -> dict[str, NetworkInfo]:
    with NETWORKS_FILE.open("rb") as handle:
        data: dict[str, Any] = tomllib.load(handle)
    networks: dict[str, NetworkInfo] = {}
    for key, table in data.items():
        if not isinstance(table, dict):
            continue
        networks[key] = NetworkInfo(
            id=key,
            name=str(table.get("name", key)),
            limit=_int_or_none(table.get("limit")),
            unit=str(table.get("unit", "characters")),
            url_length=_int_or_none(table.get("url_length")),
            hashtag_limit=_int_or_none(table.get("hashtag_limit")),
            note=str(table.get("note", "")),
        )
    return networks


def _int_or_none(value: object) -> int | None:
    return int(value) if isinstance(value, int) else None


def network_count(text: str, network: str) -> tuple[int, int | None]:
    """(count, limit) of `text` as `network` counts it; limit None when unknown or unpublished."""
    info = NETWORKS.get(network.casefold())
    if info is None:
        return len(text), None
    return _count(text, info), info.limit


def overflow_start(text: str, info: NetworkInfo) -> int | None:
    """Offset of the first character beyond the network's limit, or None if the text fits."""
    if info.limit is None:
        return None
    if info.unit == "characters":
        return info.limit if len(text) > info.limit else None
    total = 0
    for start, weight in _units(text, info):
        total += weight
        if total > info.limit:
            return start
    return None


def _count(text: str, info: NetworkInfo) -> int:
    """The whole text's count, with C-level regex scans (a pasted megabyte stays fast)."""
    if info.unit == "characters":
        return len(text)
    if info.unit == "graphemes":
        return len(_GRAPHEME_RE.findall(text))
    total = _x_weight(text)
    for url in _URL_RE.finditer(text):
        total += (info.url_length or 23) - _x_weight(url.group())
    for emoji in _EMOJI_RE.finditer(text):
        total += 2 - _x_weight(emoji.group())
    return max(0, total)


def _x_weight(piece: str) -> int:
    return len(piece) + len(_X_HEAVY_RE.findall(piece))


def _units(text: str, info: NetworkInfo) -> Iterator[tuple[int, int]]:
    """(offset, weight) of each counted unit of the text."""
    if info.unit == "graphemes":
        for match in _GRAPHEME_RE.finditer(text):
            yield match.start(), 1
        return
    # "weighted" (X): each link is url_length, other text by X's weights.
    url_length = info.url_length or 23
    position = 0
    for url in _URL_RE.finditer(text):
        yield from _weighted(text, position, url.start())
        yield url.start(), url_length
        position = url.end()
    yield from _weighted(text, position, len(text))


def _weighted(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for match in _GRAPHEME_RE.finditer(text, start, end):
        cluster = match.group()
        if _PICTOGRAPHIC_RE.search(cluster):
            yield match.start(), 2  # an emoji, with its modifiers and joiners, counts 2
            continue
        for n, char in enumerate(cluster):
            code = ord(char)
            light = any(low <= code <= high for low, high in _X_LIGHT_RANGES)
            yield match.start() + n, 1 if light else 2


def hashtags(text: str) -> list[tuple[int, int]]:
    """Spans of the #hashtags in the text."""
    return [match.span() for match in HASHTAG_RE.finditer(text)]
