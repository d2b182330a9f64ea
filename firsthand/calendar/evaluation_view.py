"""Results and evaluation: record what each post got per network, see which kind works."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from firsthand.context import AppContext
from firsthand.services.calendar import display_zone
from firsthand.services.posts import RESULT_FIELDS, record_results
from firsthand.services.results import ResultRow, aggregate, result_rows, verdict
from firsthand.shell.i18n import decimal, number
from firsthand.shell.store_errors import explain
from firsthand.store import NotFound, StoreError, utcnow

from .charts import ChartView, bar_chart, line_chart
from .names import kind_color, kind_name, network_name
from .results_import import ResultsImportDialog

KEY = Qt.ItemDataRole.UserRole
FIXED_COLUMNS = 4  # date, post, network, kind; then one column per result field


class EvaluationPage(QWidget):
    """What the main window embeds for "Results"."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("evaluation_page")
        self.rows: list[ResultRow] = []
        self._filling = False

        title = QLabel(self.tr("Results"), self)
        title.setObjectName("page_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.period = QComboBox(self)
        self.period.setObjectName("evaluation_period")
        self.period.setAccessibleName(self.tr("Period"))
        self.period.addItem(self.tr("Last 3 months"), 91)
        self.period.addItem(self.tr("Last 12 months"), 365)
        self.period.addItem(self.tr("All time"), 0)
        self.period.setCurrentIndex(2)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("evaluation_verdict")
        self.verdict.setWordWrap(True)
        vfont = self.verdict.font()
        vfont.setPointSizeF(vfont.pointSizeF() * 1.1)
        self.verdict.setFont(vfont)

        self.headers = {
            "reach": self.tr("Reach"),
            "reactions": self.tr("Reactions"),
            "comments": self.tr("Comments"),
            "shares": self.tr("Shares"),
            "new_followers": self.tr("New followers"),
            "inquiries": self.tr("Inquiries"),
        }
        self.table = QTableWidget(0, FIXED_COLUMNS + len(RESULT_FIELDS), self)
        self.table.setObjectName("results_table")
        self.table.setAccessibleName(self.tr("Results per post and network"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Post"), self.tr("Network"), self.tr("Kind")]
            + [self.headers[f] for f in RESULT_FIELDS]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._edited)
        self.hint = QLabel(
            self.tr("Type the numbers each network shows you a few days after publishing."), self
        )
        self.hint.setObjectName("evaluation_hint")
        self.hint.setWordWrap(True)

        self.by_kind = ChartView("chart_by_kind", self.tr("Results by kind"), self)
        self.by_network = ChartView("chart_by_network", self.tr("Results by network"), self)
        self.over_time = ChartView("chart_over_time", self.tr("Results over time"), self)
        charts = QWidget(self)
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.by_kind, 0, 0)
        grid.addWidget(self.by_network, 0, 1)
        grid.addWidget(self.over_time, 1, 0, 1, 2)

        table_box = QWidget(self)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.hint)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("evaluation_splitter")
        splitter.addWidget(charts)
        splitter.addWidget(table_box)
        splitter.setSizes([420, 300])

        self.import_button = QPushButton(self.tr("Import results…"), self)
        self.import_button.setObjectName("results_import")
        self.import_button.setAccessibleName(self.tr("Import results from a CSV file"))
        self.import_button.setToolTip(
            self.tr(
                "Export the plan as CSV from the calendar, type each network's numbers in it, "
                "then import it here."
            )
        )
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.period)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(splitter, 1)

        self.period.currentIndexChanged.connect(self.refresh)
        self.import_button.clicked.connect(self.import_csv)
        ctx.events.posts_changed.connect(self._changed)
        ctx.events.profile_changed.connect(self._changed)
        self._stale = False
        self.refresh()

    # ------------------------------------------------------------ data

    def _zone(self) -> object:
        try:
            return display_zone(self.ctx.profile().timezone)
        except StoreError:
            return display_zone("UTC")

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # redrawn when shown: no charts rebuilt behind the composer

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        days = int(self.period.currentData() or 0)
        start = utcnow() - timedelta(days=days) if days else None
        try:
            self.rows = result_rows(self.ctx.store, self.ctx.profile_id, start)
        except StoreError as exc:
            self.verdict.setText(explain(exc))
            return
        self._fill_table()
        self._charts()

    def _fill_table(self) -> None:
        self._filling = True
        zone = self._zone()
        locale = QLocale()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            when = row.when.astimezone(zone) if row.when else None  # type: ignore[arg-type]
            date_text = (
                locale.toString(QDate(when.year, when.month, when.day), "d MMM yyyy")
                if isinstance(when, datetime)
                else ""
            )
            fixed = [
                date_text,
                row.title or self.tr("(no text)"),
                network_name(row.network),
                kind_name(row.kind),
            ]
            for c, text in enumerate(fixed):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c == 3:
                    item.setForeground(kind_color(row.kind).darker(120))
                self.table.setItem(r, c, item)
            for offset, field in enumerate(RESULT_FIELDS):
                value = getattr(row, field)
                item = QTableWidgetItem("" if value is None else str(value))
                item.setData(KEY, (row.post_id, row.network, field))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, FIXED_COLUMNS + offset, item)
        self._filling = False

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        key = item.data(KEY)
        if not isinstance(key, tuple):
            return
        post_id, network, field = key
        text = item.text().strip().replace(" ", "")
        if text and not text.isdigit():
            self.hint.setText(self.tr("“%1” is not a whole number.").replace("%1", item.text()))
            self._filling = True
            item.setText("")
            self._filling = False
            return
        self.record(post_id, network, **{field: int(text) if text else None})

    def record(self, post_id: int, network: str, **metrics: int | None) -> None:
        """Save results for one post on one network, then redraw the evaluation."""
        try:
            record_results(self.ctx.store, post_id, network, **metrics)  # type: ignore[arg-type]
        except (StoreError, NotFound, ValueError) as exc:
            self.hint.setText(explain(exc))
            return
        self.ctx.events.posts_changed.emit()

    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import results"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path:
            self.open_import(Path(path))

    def open_import(self, path: Path) -> ResultsImportDialog:
        dialog = ResultsImportDialog(self.ctx, path, self)
        dialog.open()
        return dialog

    # ------------------------------------------------------------ charts and the answer

    def _charts(self) -> None:
        measured = [r for r in self.rows if r.measured]
        engagement = self.tr("Reactions, comments and shares per post")
        inquiries = self.tr("Inquiries per post")
        by_kind = aggregate(measured, "kind")
        self.by_kind.show_chart(
            bar_chart(
                self.tr("By kind"),
                [kind_name(a.key) for a in by_kind],
                [
                    (engagement, [a.engagement_per_post for a in by_kind], QColor("#3a78b5")),
                    (inquiries, [a.inquiries_per_post for a in by_kind], QColor("#d39432")),
                ],
            )
        )
        by_network = aggregate(measured, "network")
        self.by_network.show_chart(
            bar_chart(
                self.tr("By network"),
                [network_name(a.key) for a in by_network],
                [
                    (engagement, [a.engagement_per_post for a in by_network], QColor("#3a78b5")),
                    (inquiries, [a.inquiries_per_post for a in by_network], QColor("#d39432")),
                ],
            )
        )
        months = aggregate(measured, "month", self._zone())  # type: ignore[arg-type]
        self.over_time.show_chart(
            line_chart(
                self.tr("Over time"),
                [a.key for a in months],
                [
                    (engagement, [a.engagement_per_post for a in months], QColor("#3a78b5")),
                    (inquiries, [a.inquiries_per_post for a in months], QColor("#d39432")),
                ],
            )
        )
        self.verdict.setText(self.answer())

    def answer(self) -> str:
        """One sentence: which kind of post works for me, or what is missing to tell."""
        measured = [r for r in self.rows if r.measured]
        if not measured:
            if self.rows:
                return self.tr(
                    "Record the results of your published posts below to learn which kind of "
                    "post works for you."
                )
            return self.tr(
                "No published posts yet. Once posts go out, record their results here to learn "
                "which kind of post works for you."
            )
        found = verdict(measured)
        if found is None:
            return self.tr(
                "Measure at least two posts of a kind to compare kinds (measured so far: %1)."
            ).replace("%1", str(len(measured)))
        kind = kind_name(found.best_kind)
        per_post = number(round(found.per_post))
        if found.ratio is None:
            return (
                self.tr(
                    "%1 posts get you %2 reactions, comments and shares each. Measure other kinds "
                    "to compare."
                )
                .replace("%1", kind)
                .replace("%2", per_post)
            )
        return (
            self.tr(
                "%1 posts work best for you: %2 reactions, comments and shares each, %3× the "
                "other kinds (%4 measured)."
            )
            .replace("%1", kind)
            .replace("%2", per_post)
            .replace("%3", decimal(found.ratio))
            .replace("%4", str(found.samples))
        )
