"""The month: six weeks of days, one line per post."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .day_grid import DayGridView


class MonthView(DayGridView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(rows=6, chip_lines=2, parent=parent)
        self.setObjectName("calendar_month")
        self.setAccessibleName(self.tr("Month calendar"))
