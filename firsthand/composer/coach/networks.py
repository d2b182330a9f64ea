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
# Characters that may belong to the same grapheme as a neighbour: any whose grapheme-break
# class is not "Other", "Control" or LF (accents, joiners, skin tones, flags, Hangul jamo, CR…).
_JOINING_RE = regex.compile(
    r"[^\p{Grapheme_Cluster_Break=Other}\p{Grapheme_Cluster_Break=Control}\n]", regex.VERSION1
)
# One emoji as people see it: a flag, or a pictograph with its skin tone, variation selector and
# zero-width-joined companions (a family is one emoji, not three).
EMOJI = (
    r"(?:\p{Regional_Indicator}{2}"
    r"|\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F\u20E3]*"
    r"(?:\u200D\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F]*)*)"
)
_EMOJI_RE = regex.compile(EMOJI, regex.VERSION1)
_TONE_RE = regex.compile(r"[\p{Emoji_Modifier}\uFE0F]", regex.VERSION1)
# A pictograph (an emoji's base, not a flag's letters): X weighs it 2, and the coach reads one
# before a capital as the end of a statement.
PICTOGRAPHIC_RE = regex.compile(r"\p{Extended_Pictographic}", regex.VERSION1)
# What X does not weigh 1: a link, an emoji, a character outside its "light" ranges (most
# Latin, punctuation and spacing are light; CJK and others weigh 2).
_X_HEAVY_RE = regex.compile(r"[^\u0000-\u10FF\u2000-\u200D\u2010-\u201F\u2032-\u2037]")
_X_EVENT_RE = regex.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"]++)"
    rf"|(?P<emoji>{EMOJI})"
    r"|(?P<heavy>[^\u0000-\u10FF\u2000-\u200D\u2010-\u201F\u2032-\u2037])",
    regex.VERSION1,
)
HASHTAG_RE = regex.compile(r"(?<![\p{L}\p{N}_&/])#[\p{L}\p{M}\p{N}_]++", regex.VERSION1)


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


def emoji_in(text: str) -> list[tuple[int, str]]:
    """Each emoji of the text, as people see it, and where it starts; without skin tone or
    variation selector, so "👍🏽" and "👍" are one."""
    if text.isascii():
        return []
    return [(match.start(), _TONE_RE.sub("", match.group())) for match in _EMOJI_RE.finditer(text)]


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


def find_network(name: str) -> NetworkInfo | None:
    """A network by id or alias ("x", "twitter"), whatever the case."""
    key = name.strip().casefold()
    return NETWORKS.get(key) or _aliases().get(key)


@lru_cache(maxsize=1)
def _aliases() -> dict[str, NetworkInfo]:
    with NETWORKS_FILE.open("rb") as handle:
        data: dict[str, Any] = tomllib.load(handle)
    networks = _load_networks()
    return {
        str(alias).casefold(): networks[key]
        for key, table in data.items()
        if isinstance(table, dict) and key in networks
        for alias in table.get("aliases", [])
    }


def network_count(text: str, network: str) -> tuple[int, int | None]:
    """(count, limit) of `text` as `network` counts it; limit None when unknown or unpublished."""
    info = find_network(network)
    if info is None:
        return len(text), None
    return _count(text, info), info.limit


def overflow_start(text: str, info: NetworkInfo) -> int | None:
    """Offset of the first character beyond the network's limit, or None if the text fits."""
    if info.limit is None:
        return None
    if info.unit == "characters":
        return info.limit if len(text) > info.limit else None
    if info.unit == "graphemes":
        return _grapheme_overflow(text, info.limit)
    return _x_walk(text, info.limit, info.url_length or 23)[1]


def measure(text: str, info: NetworkInfo) -> tuple[int, int | None]:
    """(count, overflow start) together: network_count's count and overflow_start's offset,
    for one pass over the text where both are needed."""
    if info.unit == "characters":
        over = info.limit if info.limit is not None and len(text) > info.limit else None
        return len(text), over
    if info.unit == "graphemes":
        count = _graphemes(text)
        if info.limit is None or count <= info.limit:
            return count, None
        if count == len(text):
            return count, info.limit  # every character stands alone
        return count, _grapheme_overflow(text, info.limit)
    return _x_walk(text, info.limit, info.url_length or 23)


def _count(text: str, info: NetworkInfo) -> int:
    if info.unit == "characters":
        return len(text)
    if info.unit == "graphemes":
        return _graphemes(text)
    return _x_walk(text, None, info.url_length or 23)[0]


def _graphemes(text: str) -> int:
    """How many characters a reader sees. \\X is slow, so it only runs when some character
    could join its neighbour (an accent, a joiner, a skin tone, a flag half, a line break)."""
    if _stands_alone(text):
        return len(text)
    return len(_GRAPHEME_RE.findall(text))


def _stands_alone(text: str) -> bool:
    """Whether every character is a grapheme of its own; in ASCII only a carriage return
    joins (with the line feed after it), so most posts need no scan."""
    if text.isascii():
        return "\r" not in text
    return _JOINING_RE.search(text) is None


def _grapheme_overflow(text: str, limit: int) -> int | None:
    if _stands_alone(text):
        return limit if len(text) > limit else None
    graphemes = len(_GRAPHEME_RE.findall(text))
    if graphemes <= limit:
        return None
    if graphemes == len(text):
        return limit  # every character stands alone: no emoji, no combining accents
    for n, match in enumerate(_GRAPHEME_RE.finditer(text)):
        if n == limit:
            return int(match.start())
    return None


def _x_walk(text: str, limit: int | None, url_length: int) -> tuple[int, int | None]:
    """X's weighted count, and where it first exceeds `limit` (None if it never does).

    Plain characters weigh 1; only the exceptions are visited (a link weighs url_length, an
    emoji 2, another character outside X's light ranges 2), so Latin text costs one C scan.
    """
    total = 0
    position = 0
    over: int | None = None
    # Latin text has no heavy character and no emoji: then only the links are exceptions.
    latin = text.isascii() or not (_X_HEAVY_RE.search(text) or PICTOGRAPHIC_RE.search(text))
    events = _URL_RE if latin else _X_EVENT_RE
    linkless = latin and "http" not in text and "www." not in text  # no event at all
    for event in () if linkless else events.finditer(text):
        plain = event.start() - position
        if over is None and limit is not None and total + plain > limit:
            over = position + (limit - total)
        total += plain
        weight = url_length if event.lastgroup in ("url", None) else 2
        if over is None and limit is not None and total + weight > limit:
            over = event.start()
        total += weight
        position = event.end()
    plain = len(text) - position
    if over is None and limit is not None and total + plain > limit:
        over = position + (limit - total)
    return total + plain, over


def hashtags(text: str) -> list[tuple[int, int]]:
    """Spans of the #hashtags in the text."""
    return [match.span() for match in HASHTAG_RE.finditer(text)]
