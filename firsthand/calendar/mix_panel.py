"""The content mix of the shown period: kinds, promotion share, crowded days, gaps, repeats."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from firsthand.services.mix import MixReport
from firsthand.store.models import POST_KINDS

from .charts import ChartView, bar_chart, pie_chart, sparse_labels
from .names import kind_color, kind_name, network_name

WARN = QColor("#b3261e")
TARGET = Qt.ItemDataRole.UserRole


def _date(d: object) -> str:
    from datetime import date

    assert isinstance(d, date)
    return QLocale().toString(QDate(d.year, d.month, d.day), "d MMM")


class MixPanel(QWidget):
    postActivated = Signal(int)
    dayRequested = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mix_panel")
        self.setAccessibleName(self.tr("Content mix"))
        self.summary = QLabel(self)
        self.summary.setObjectName("mix_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.kinds_chart = ChartView("mix_kinds_chart", self.tr("Share of each kind"), self)
        self.days_chart = ChartView("mix_days_chart", self.tr("Posts per day and network"), self)
        self.warnings = QListWidget(self)
        self.warnings.setObjectName("mix_warnings")
        self.warnings.setAccessibleName(self.tr("What to look at in this plan"))
        self.warnings.setWordWrap(True)
        self.warnings.itemActivated.connect(self._activated)
        warnings_title = QLabel(self.tr("What to look at"), self)
        font = warnings_title.font()
        font.setBold(True)
        warnings_title.setFont(font)

        grid = QGridLayout()
        grid.addWidget(self.kinds_chart, 0, 0)
        grid.addWidget(self.days_chart, 0, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 3)
        layout.addWidget(warnings_title)
        layout.addWidget(self.warnings, 2)
        self.report: MixReport | None = None

    def set_report(self, report: MixReport) -> None:
        self.report = report
        percent = round(report.promo_share * 100)
        limit = round(report.promo_threshold * 100)
        if report.total == 0:
            self.summary.setText(
                self.tr("Nothing is planned in this period yet. Drag ideas onto days to plan them.")
            )
        else:
            self.summary.setText(
                (
                    self.tr("1 post planned. Promotion: %1% (your limit: %2%).")
                    if report.total == 1
                    else self.tr("%3 posts planned. Promotion: %1% (your limit: %2%).")
                )
                .replace("%3", str(report.total))
                .replace("%1", str(percent))
                .replace("%2", str(limit))
            )
        self.kinds_chart.show_chart(
            pie_chart(
                self.tr("Kinds of post"),
                [(kind_name(k), float(report.kinds.get(k, 0)), kind_color(k)) for k in POST_KINDS],
            )
        )
        self._days_chart(report)
        self._warnings(report)

    def _days_chart(self, report: MixReport) -> None:
        days = [report.start + timedelta(days=n) for n in range((report.end - report.start).days)]
        networks = sorted({n for counts in report.per_day.values() for n in counts if n})
        palette = ["#3a78b5", "#3f9b6b", "#d39432", "#8a63c2", "#cc4456", "#2a9d8f", "#7d848f"]
        series = [
            (
                network_name(net),
                [report.per_day.get(d, {}).get(net, 0) for d in days],
                QColor(palette[i % len(palette)]),
            )
            for i, net in enumerate(networks)
        ]
        labels = [str(d.day) for d in days]
        if len(labels) > 14:
            labels = sparse_labels(labels)
        self.days_chart.show_chart(
            bar_chart(self.tr("Posts per day and network"), labels, series, stacked=True)
        )

    def _add(self, text: str, target: object = None, warn: bool = True) -> None:
        item = QListWidgetItem(("⚠ " if warn else "✓ ") + text)
        item.setData(TARGET, target)
        if warn:
            item.setForeground(QBrush(WARN))
        self.warnings.addItem(item)

    def _warnings(self, report: MixReport) -> None:
        self.warnings.clear()
        if report.too_promotional:
            self._add(
                self.tr(
                    "%1% of these posts are promotion, above your %2% limit. People follow a "
                    "person for stories and experience; swap a promotion for a story."
                )
                .replace("%1", str(round(report.promo_share * 100)))
                .replace("%2", str(round(report.promo_threshold * 100)))
            )
        for c in report.crowded:
            self._add(
                self.tr("%1: %2 posts on %3 the same day. Spread them out.")
                .replace("%1", _date(c.day))
                .replace("%2", str(c.count))
                .replace("%3", network_name(c.network)),
                ("day", c.day),
            )
        for g in report.gaps:
            self._add(
                self.tr("Nothing planned for %1 days, %2 to %3.")
                .replace("%1", str(g.days))
                .replace("%2", _date(g.first))
                .replace("%3", _date(g.last)),
                ("day", g.first),
            )
        for d in report.duplicates[:50]:
            self._add(
                self.tr('Nearly the same text twice (%1% alike): "%2"')
                .replace("%1", str(round(d.score)))
                .replace("%2", d.first_title),
                ("post", d.second_id),
            )
        if self.warnings.count() == 0:
            self._add(
                self.tr(
                    "A balanced plan: varied kinds, little promotion, no crowded days or long gaps."
                ),
                warn=False,
            )

    def warning_texts(self) -> list[str]:
        return [self.warnings.item(i).text() for i in range(self.warnings.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET)
        if not isinstance(target, tuple):
            return
        what, value = target
        if what == "day":
            self.dayRequested.emit(value)
        elif what == "post":
            self.postActivated.emit(int(value))
