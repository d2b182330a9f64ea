"""Small Qt Charts builders shared by the content mix and the evaluation views."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

Series = tuple[str, Sequence[float], QColor | None]


class ChartView(QChartView):
    """A chart view that owns one chart at a time and frees the one it replaces."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)

    def show_chart(self, chart: QChart) -> None:
        old = self.chart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setLocalizeNumbers(True)  # axis values as the UI language writes them: 2,5 in French
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()


def _nice_range(axis: QValueAxis, top: float) -> None:
    """Whole-number ticks for counts: 0 … a round maximum above `top`."""
    axis.setRange(0, max(1.0, top * 1.1))
    axis.applyNiceNumbers()
    axis.setLabelFormat("%.0f" if axis.max() >= 4 else "%.1f")


def sparse_labels(labels: Sequence[str], every: int = 5) -> list[str]:
    """Category labels with only every `every`-th shown (the others blank but distinct):
    a month of days does not fit under a chart, and Qt then shows "…" everywhere."""
    return [
        text if n == 0 or (n + 1) % every == 0 else "\u200b" * (n + 1)
        for n, text in enumerate(labels)
    ]


def pie_chart(title: str, slices: Sequence[tuple[str, float, QColor]]) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    series = QPieSeries()
    for label, value, color in slices:
        if value <= 0:
            continue
        piece = series.append(label, value)
        piece.setColor(color)
    series.setPieSize(0.8)
    chart.addSeries(series)
    # Names in a legend beside the pie: labels around it were cut short in a narrow chart
    # ("Expé…"), in French all the more.
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    stacked: bool = False,
) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    bars = QStackedBarSeries() if stacked else QBarSeries()
    top = 0.0
    for name, values, color in series:
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        if color is not None:
            bar_set.setColor(color)
        bars.append(bar_set)
    if stacked:
        for i in range(len(categories)):
            top = max(top, sum(float(s[1][i]) for s in series if i < len(s[1])))
    else:
        top = max([float(v) for s in series for v in s[1]] or [0.0])
    chart.addSeries(bars)
    x = QBarCategoryAxis()
    x.append(list(categories))
    x.setTruncateLabels(False)  # "10" must not become "…" when a month of days is shown
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(x)
    y = QValueAxis()
    _nice_range(y, top)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(y)
    chart.legend().setVisible(len(series) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def line_chart(title: str, categories: Sequence[str], series: Sequence[Series]) -> QChart:
    """Lines over categories (months), drawn on a category axis."""
    chart = QChart()
    chart.setTitle(title)
    x = QBarCategoryAxis()
    x.append(list(categories))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    y = QValueAxis()
    y.setLabelFormat("%.0f")
    top = 0.0
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for name, values, color in series:
        line = QLineSeries()
        line.setName(name)
        for i, v in enumerate(values):
            line.append(QPointF(i, float(v)))
            top = max(top, float(v))
        if color is not None:
            line.setColor(color)
        line.setPointsVisible(True)
        chart.addSeries(line)
        line.attachAxis(x)
        line.attachAxis(y)
    _nice_range(y, top)
    chart.legend().setVisible(len(series) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart
