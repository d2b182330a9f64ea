"""The agenda: the period as a list, day by day, for reading and for screen readers."""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from firsthand.services.calendar import CalendarItem

from .names import kind_color, kind_name, network_name, status_name

POST_ID = Qt.ItemDataRole.UserRole


class AgendaView(QTreeWidget):
    postActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_agenda")
        self.setAccessibleName(self.tr("Agenda"))
        self.setColumnCount(5)
        self.setHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Post"),
                self.tr("Networks"),
                self.tr("Kind"),
                self.tr("Status"),
            ]
        )
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.itemActivated.connect(self._activated)

    def set_period(self, days: dict[date, list[CalendarItem]], zone: tzinfo, today: date) -> None:
        self.clear()
        locale = QLocale()
        bold = QFont(self.font())
        bold.setBold(True)
        shown = 0
        for day in sorted(days):
            items = days[day]
            if not items and day != today:
                continue
            label = locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
            )
            if day == today:
                label = self.tr("%1 — today").replace("%1", label)
            head = QTreeWidgetItem([label])
            head.setFirstColumnSpanned(True)
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            if not items:
                head.addChild(QTreeWidgetItem(["", self.tr("Nothing planned")]))
            for item in items:
                shown += 1
                when = item.shown_in(zone)
                flags = []
                if item.overdue():
                    flags.append(self.tr("past, not published"))
                if item.zone_missing:
                    flags.append(self.tr("unknown time zone"))
                title = item.title or self.tr("(no text yet)")
                if flags:
                    title = self.tr("%1 (%2)").replace("%1", title).replace("%2", ", ".join(flags))
                row = QTreeWidgetItem(
                    [
                        when.strftime("%H:%M") if when else "",
                        title,
                        ", ".join(network_name(n) for n in item.networks),
                        kind_name(item.kind),
                        status_name(item.status),
                    ]
                )
                row.setData(0, POST_ID, item.id)
                color = kind_color(item.kind)
                row.setForeground(3, QBrush(color.darker(120)))
                if flags:
                    row.setForeground(1, QBrush(QColor("#b00020")))
                head.addChild(row)
            head.setExpanded(True)
        if shown == 0 and self.topLevelItemCount() <= 1:
            empty = QTreeWidgetItem(
                ["", self.tr("No posts in this period. Click a day in the month view to plan one.")]
            )
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(empty)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        post_id = item.data(0, POST_ID)
        if isinstance(post_id, int):
            self.postActivated.emit(post_id)
