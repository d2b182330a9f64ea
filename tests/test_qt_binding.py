"""The Qt binding itself: a release that corrupts Python's memory must never be installed."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    # PySide6 6.12.0 drops a reference to None on every call that returns nothing; on
    # Python 3.11 the app then dies ("deallocating None") after some thousands of edits.
    label = QLabel()
    qtbot.addWidget(label)
    cursor = QTextCursor(QTextDocument("Our clinic is pleased to offer"))
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        cursor.setPosition(3)
    assert sys.getrefcount(None) >= before - 50
