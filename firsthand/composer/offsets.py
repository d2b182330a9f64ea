"""The one place that converts Python code-point offsets to Qt's UTF-16 positions and back.

The coach reports offsets in code points; QTextCursor positions count UTF-16 units, where
a character outside the Basic Multilingual Plane (most emoji, some CJK) takes two. Combining
accents and ZWJ sequences are several code points in both worlds, so only astral
characters make the two disagree.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts offsets for one text; O(log n) per conversion after an O(n) scan."""

    __slots__ = ("_astral_cp", "_astral_u16", "length")

    def __init__(self, text: str) -> None:
        self.length = len(text)
        # Code-point indices of astral characters, and where each starts in UTF-16.
        self._astral_cp = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_u16 = [cp + k for k, cp in enumerate(self._astral_cp)]

    @property
    def identity(self) -> bool:
        return not self._astral_cp

    def to_utf16(self, cp: int) -> int:
        """UTF-16 position of code-point offset `cp` (clamped to the text)."""
        cp = max(0, min(cp, self.length))
        return cp + bisect_left(self._astral_cp, cp)

    def to_codepoint(self, u16: int) -> int:
        """Code-point offset of UTF-16 position `u16`; inside a surrogate pair, its start."""
        u16 = max(0, u16)
        before = bisect_left(self._astral_u16, u16)  # astral characters starting before u16
        if before and self._astral_u16[before - 1] + 1 == u16:
            return self._astral_cp[before - 1]
        return min(u16 - before, self.length)

    def span_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        return self.to_utf16(start), self.to_utf16(end)


def utf16_len(text: str) -> int:
    """Length of `text` in UTF-16 units, as Qt counts it."""
    return len(text) + len(_ASTRAL.findall(text))
