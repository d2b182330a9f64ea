"""Word shapes that mark a trade term or a buzzword whatever the word: medical roots
("-itis", "-ectomie"), office coinages ("-ization", "omni-", "hyper-").

Such a word is jargon at a higher everyday frequency than a plain rare word: "tonsillitis" or
"monetize" are in the dictionary, but a client still stumbles on them. The endings, beginnings
and their Zipf limits are data in the jargon pack (`technical_endings`, `technical_beginnings`);
the answer for each distinct word is cached.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .tokens import fold_accents

_CACHE_LIMIT = 50_000


class Shapes:
    """A language's technical word shapes, each with the Zipf below which it reads as jargon."""

    def __init__(self, endings: Mapping[str, Any], beginnings: Mapping[str, Any]) -> None:
        self._endings = _folded(endings)
        self._beginnings = _folded(beginnings)
        self._known: dict[str, float] = {}

    def limit(self, norm: str) -> float:
        """The highest Zipf limit among the shapes the lower-cased word has (0 when none).

        A shape matches as written, accents and all (« -ite » is « gingivite », not « karité »
        nor « qualité »), or by its folded form when the word is typed without accents.
        """
        cached = self._known.get(norm)
        if cached is not None:
            return cached
        fold = fold_accents(norm)
        bare = fold == norm
        best = self.ending_limit(norm)
        for beginning, written, below in self._beginnings:
            if len(fold) >= len(beginning) + 4 and (
                norm.startswith(written) if not bare else fold.startswith(beginning)
            ):
                best = max(best, below)
        if len(self._known) > _CACHE_LIMIT:
            self._known.clear()
        self._known[norm] = best
        return best

    def ending_limit(self, norm: str) -> float:
        """The Zipf limit of the word's technical ending alone (0 when none): a name may
        begin like a trade term ("Metairie", « Omnisport »), but none ends like one."""
        fold = fold_accents(norm)
        bare = fold == norm
        best = 0.0
        for ending, written, below in self._endings:
            # The shape must leave a real stem: "otitis" has one, "itis" alone does not.
            if len(fold) >= len(ending) + 3 and (
                norm.endswith(written) if not bare else fold.endswith(ending)
            ):
                if below <= 0:
                    # An ending of limit 0 is no shape and overrules the shorter ones it
                    # contains: « -aise » (« casablancaise », « mayonnaise ») is not « -ise ».
                    return 0.0
                best = max(best, below)
        return best


def _folded(table: Mapping[str, Any]) -> tuple[tuple[str, str, float], ...]:
    return tuple(
        (fold_accents(str(k).casefold()), str(k).casefold(), float(v)) for k, v in table.items()
    )


# Keyed by the settings object, kept alive with its shapes so its id is never reused.
_SHAPES: dict[int, tuple[Mapping[str, Any], Shapes]] = {}


def shapes_for(settings: Mapping[str, Any]) -> Shapes:
    """The shapes of a jargon pack's settings, built once per pack."""
    entry = _SHAPES.get(id(settings))
    if entry is None:
        shapes = Shapes(
            dict(settings.get("technical_endings", {})),
            dict(settings.get("technical_beginnings", {})),
        )
        entry = _SHAPES[id(settings)] = (settings, shapes)
    return entry[1]
