"""Plan: status, date, time and time zone (always shown), goal and labels of the post."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from firsthand.shell.i18n import fmt
from firsthand.shell.widgets import ListEdit

EDITABLE_STATUSES = ("idea", "draft", "ready", "scheduled")


@cache
def _zones() -> list[str]:
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))


class SchedulePanel(QWidget):
    changed = Signal()

    def __init__(self, default_zone: str = "UTC", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_panel")
        self._loading = False
        self._other_status = ""  # published/archived posts keep their status
        self.status = QComboBox(self)
        self.status.setObjectName("post_status")
        self.status.setAccessibleName(self.tr("Status"))
        names = {
            "idea": self.tr("Idea"),
            "draft": self.tr("Draft"),
            "ready": self.tr("Ready"),
            "scheduled": self.tr("Scheduled"),
        }
        for key in EDITABLE_STATUSES:
            self.status.addItem(names[key], key)

        self.dated = QCheckBox(self.tr("Publish on a date"), self)
        self.dated.setObjectName("schedule_dated")
        self.dated.setAccessibleName(self.tr("Publish on a date"))
        self.date = QDateEdit(self)
        self.date.setObjectName("schedule_date")
        self.date.setAccessibleName(self.tr("Date"))
        self.date.setCalendarPopup(True)
        self.date.setDate(QDate.currentDate().addDays(1))
        self.time = QTimeEdit(self)
        self.time.setObjectName("schedule_time")
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setDisplayFormat("HH:mm")
        self.time.setTime(QTime(9, 0))
        self.zone = QComboBox(self)
        self.zone.setObjectName("schedule_zone")
        self.zone.setAccessibleName(self.tr("Time zone"))
        self.zone.setEditable(True)
        self.zone.addItems(_zones())
        completer = QCompleter(_zones(), self.zone)
        completer.setFilterMode(completer.filterMode().MatchContains)
        self.zone.setCompleter(completer)
        self.zone.setCurrentText(default_zone)
        self.when_note = QLabel(self)
        self.when_note.setObjectName("schedule_note")
        self.when_note.setWordWrap(True)
        self.when_note.setStyleSheet("color: #555;")

        self.goal = QLineEdit(self)
        self.goal.setObjectName("post_goal")
        self.goal.setAccessibleName(self.tr("Goal of the post"))
        self.goal.setPlaceholderText(self.tr("What should this post achieve? e.g. 3 questions"))
        self.labels = ListEdit(self)
        self.labels.setObjectName("post_labels")
        self.labels.setAccessibleName(self.tr("Labels"))
        self.labels.setPlaceholderText(self.tr("Comma-separated, e.g. braces, children"))

        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addWidget(self.time)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Status"), self.status)
        form.addRow("", self.dated)
        form.addRow(self.tr("Date and time"), when)
        form.addRow(self.tr("Time zone"), self.zone)
        form.addRow("", self.when_note)
        form.addRow(self.tr("Goal"), self.goal)
        form.addRow(self.tr("Labels"), self.labels)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)

        for signal in (
            self.status.currentIndexChanged,
            self.dated.toggled,
            self.date.dateChanged,
            self.time.timeChanged,
            self.zone.currentTextChanged,
            self.goal.textEdited,
            self.labels.textEdited,
        ):
            signal.connect(self._edited)
        self._refresh()

    def _edited(self) -> None:
        self._refresh()
        if not self._loading:
            self.changed.emit()

    def _refresh(self) -> None:
        dated = self.dated.isChecked()
        for w in (self.date, self.time, self.zone):
            w.setEnabled(dated)
        when = self.scheduled_at()
        if not dated and self.status.currentData() == "scheduled":
            self.when_note.setText(self.tr("A scheduled post needs a date: tick the box above."))
        elif not dated:
            self.when_note.setText(self.tr("Not on the calendar yet."))
        elif when is None:
            self.when_note.setText(
                fmt(self.tr("“%1” is not a time zone I know."), self.zone.currentText())
            )
        else:
            local = when.astimezone(ZoneInfo(self.zone.currentText()))
            self.when_note.setText(
                fmt(
                    self.tr("%1 %2 in %3 (UTC%4)"),
                    local.strftime("%Y-%m-%d"),
                    local.strftime("%H:%M"),
                    self.zone.currentText(),
                    local.strftime("%z")[:3] + ":" + local.strftime("%z")[3:],
                )
            )

    def timezone(self) -> str:
        return self.zone.currentText().strip()

    def scheduled_at(self) -> datetime | None:
        """The chosen moment in UTC, or None when not dated (or the zone is unknown)."""
        if not self.dated.isChecked():
            return None
        try:
            zone = ZoneInfo(self.timezone())
        except (ZoneInfoNotFoundError, ValueError):
            return None
        d, t = self.date.date(), self.time.time()
        local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=zone)
        return local.astimezone(UTC)

    def values(self) -> dict[str, Any]:
        when = self.scheduled_at()
        status = self._other_status or str(self.status.currentData())
        return {
            "status": status,
            "goal": self.goal.text().strip(),
            "labels": self.labels.values(),
            "scheduled_at": when,
            "timezone": self.timezone() if when is not None else None,
        }

    def set_values(
        self,
        status: str,
        goal: str,
        labels: list[str],
        scheduled_at: datetime | None,
        timezone: str | None,
        default_zone: str,
    ) -> None:
        self._loading = True
        try:
            index = self.status.findData(status)
            self._other_status = "" if index >= 0 else status
            self.status.setCurrentIndex(max(0, index))
            self.status.setEnabled(index >= 0)
            self.goal.setText(goal)
            self.labels.set_values(labels)
            zone_name = timezone or default_zone
            self.zone.setCurrentText(zone_name)
            self.dated.setChecked(scheduled_at is not None)
            if scheduled_at is not None:
                try:
                    local = scheduled_at.astimezone(ZoneInfo(zone_name))
                except (ZoneInfoNotFoundError, ValueError):
                    local = scheduled_at
                self.date.setDate(QDate(local.year, local.month, local.day))
                self.time.setTime(QTime(local.hour, local.minute))
            else:
                tomorrow = QDateTime.currentDateTime().addDays(1)
                self.date.setDate(tomorrow.date())
                self.time.setTime(QTime(9, 0))
            self._refresh()
        finally:
            self._loading = False
