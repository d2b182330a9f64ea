"""A sentence for the UI's language: an English template and its values, kept apart.

Pure Python, no Qt, so the store, the services and the CLI can all use it: `str()` is the
English sentence (what the CLI prints); the UI translates the template and fills in the
values (shell/i18n.py). Templates use Qt's %1, %2… so a translation may reorder the values.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_PLACEHOLDER = re.compile(r"%(\d+)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`: pyside6-lupdate finds it by this name."""
    return text


def fill(template: str, values: Sequence[str]) -> str:
    """`template` with %1, %2… replaced by `values`; a placeholder without a value stays.

    One pass, so a value's own "%1" stays as typed, and %10 is never %1 followed by 0.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


@dataclass(frozen=True)
class Message:
    """A sentence with Qt-style %1, %2… and the values that go there."""

    template: str  # English: a marked constant, or any sentence without a translation
    values: tuple[str, ...] = ()

    def __str__(self) -> str:
        return fill(self.template, self.values)

    def fill(self, template: str) -> str:
        """`template` (this message's own, or its translation) with the values in place."""
        return fill(template, self.values)


def say(template: str, *values: object) -> Message:
    """The message `template` with `values` as `str()` writes them."""
    return Message(template, tuple(str(v) for v in values))
