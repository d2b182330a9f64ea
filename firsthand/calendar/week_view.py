"""The week: seven tall days, each post with its time, marks and the start of its text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QWidget

from .day_grid import DayGridView


class WeekView(DayGridView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(rows=1, chip_lines=3, parent=parent)
        self.setObjectName("calendar_week")
        self.setAccessibleName(self.tr("Week calendar"))

    def _day_label(self, day: date) -> str:
        # The month too: a week can straddle two.
        return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")
