"""Helpers shared by the composer tests: a shown page, and waiting for the coach to settle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from firsthand.composer.page import ComposerPage
from firsthand.context import AppContext


def make_page(qtbot, ctx: AppContext) -> ComposerPage:  # type: ignore[no-untyped-def]
    p = ComposerPage(ctx)
    qtbot.addWidget(p)
    p.resize(1100, 760)
    p.show()
    return p


def wait_analysis(qtbot, page: ComposerPage) -> None:  # type: ignore[no-untyped-def]
    """Wait until underlines, panels and counters describe the editor's current text."""
    qtbot.waitUntil(page.live.settled, timeout=5000)


def png(path: Path, width: int, height: int) -> Path:
    """A real image file of `width`×`height` pixels."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    assert image.save(str(path))
    return path
