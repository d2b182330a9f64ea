"""Import a plan from a spreadsheet: map the columns, preview with bad rows marked, confirm."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from firsthand.context import AppContext
from firsthand.message import Message
from firsthand.services.plan_io import (
    OPTIONAL,
    REQUIRED,
    CsvTable,
    PlanInputError,
    RowIssue,
    build_preview,
    coach_detector,
    guess_mapping,
    import_preview,
    read_csv_file,
)
from firsthand.shell.i18n import fmt, translate_message
from firsthand.shell.store_errors import explain
from firsthand.store import StoreError
from firsthand.tasks import run_task

BAD = QColor("#fde7e9")
PREVIEW_ROWS = 500  # enough to see the file; every row is still checked


def said(message: Message) -> str:
    """What the import found wrong, in the UI's language (plan_io says it in English)."""
    return translate_message(message, "PlanImport")


class ImportDialog(QDialog):
    """Planned posts from a spreadsheet; `ResultsImportDialog` reuses it for results."""

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.setObjectName("import_dialog")
        self.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import a plan"))
        self.resize(900, 600)
        self.table_data: CsvTable | None = None
        self.preview: Any = None
        self.imported: Any = None
        self.prepare()

        self.source = QLabel(self)
        self.source.setObjectName("import_source")
        self.source.setWordWrap(True)
        self.mapping_form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        mapping_box = QWidget(self)
        mapping_box.setLayout(self.mapping_form)
        for key, name in self.fields():
            combo = QComboBox(self)
            combo.setObjectName(f"map_{key}")
            combo.setAccessibleName(name)
            self.combos[key] = combo
            self.mapping_form.addRow(name, combo)
        self.grid = QTableWidget(self)
        self.grid.setObjectName("import_preview")
        self.grid.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Preview of the rows to import")
        )
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setVisible(False)  # the "Row" column gives file rows
        self.summary = QLabel(self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(QCoreApplication.translate("ImportDialog", "Import"), self)
        self.import_button.setObjectName("import_confirm")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.confirm)

        top = QHBoxLayout()
        top.addWidget(mapping_box, 0)
        top.addWidget(self.grid, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addLayout(top, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._load()

    # ---- what this import is about (overridden for results)

    def prepare(self) -> None:
        profile = self.ctx.profile()
        self._zone = profile.timezone or "UTC"
        self._detect = coach_detector(profile)

    def fields(self) -> list[tuple[str, str]]:
        names = {
            "date": QCoreApplication.translate("ImportDialog", "Date"),
            "time": QCoreApplication.translate("ImportDialog", "Time"),
            "timezone": QCoreApplication.translate("ImportDialog", "Time zone"),
            "networks": QCoreApplication.translate("ImportDialog", "Networks"),
            "text": QCoreApplication.translate("ImportDialog", "Text"),
            "status": QCoreApplication.translate("ImportDialog", "Status"),
            "kind": QCoreApplication.translate(
                "ImportDialog", "Kind (optional: detected when absent)"
            ),
            "labels": QCoreApplication.translate("ImportDialog", "Labels (optional)"),
        }
        return [(k, names[k]) for k in (*REQUIRED, "kind", "labels")]

    def build(self, table: CsvTable, mapping: dict[str, int]) -> Any:
        return build_preview(
            table,
            mapping,
            default_zone=self._zone,
            default_slot=self.ctx.settings.default_slot,
            detect_kind=self._detect,
        )

    def ready_text(self, preview: Any) -> str:
        past = sum(1 for p in preview.posts if p.in_past())
        undated = sum(1 for p in preview.posts if p.scheduled_at is None)
        text = QCoreApplication.translate("ImportDialog", "%1 posts ready to import.").replace(
            "%1", str(len(preview.posts))
        )
        if undated:
            text += " " + QCoreApplication.translate(
                "ImportDialog", "%1 have no date and will go to the ideas."
            ).replace("%1", str(undated))
        if past:
            text += " " + QCoreApplication.translate(
                "ImportDialog", "%1 are dated in the past and will be flagged."
            ).replace("%1", str(past))
        return text

    def has_work(self, preview: Any) -> bool:
        return bool(preview.posts)

    def write(self, preview: Any) -> Any:
        """Runs on a worker thread: one transaction."""
        return import_preview(self.ctx.store, self.ctx.profile_id, preview)

    # ---- shared

    def column_name(self, column: str) -> str:
        """A field as this dialog calls it ("Time"), not its internal key ("time")."""
        return dict(self.fields()).get(column, column)

    def problem(self, row: int, column: str, message: Message) -> str:
        """One problem in a sentence that names its row and column (when it has them)."""
        what = said(message)
        if column == "-":
            if row <= 1:  # the whole file, unreadable or empty: a sentence of its own
                return what[:1].upper() + what[1:]
            return fmt(QCoreApplication.translate("ImportDialog", "Row %1: %2"), row, what)
        return fmt(
            QCoreApplication.translate("ImportDialog", "Row %1, column “%2”: %3"),
            row,
            self.column_name(column),
            what,
        )

    def _problem_cell(self, issue: RowIssue) -> str:
        """The grid's Problem column (the row has a column of its own)."""
        what = said(issue.problem)
        if issue.column == "-":
            return what
        return fmt(
            QCoreApplication.translate("ImportDialog", "%1: %2"),
            self.column_name(issue.column),
            what,
        )

    def _load(self) -> None:
        try:
            self.table_data = read_csv_file(self.path)
        except PlanInputError as exc:
            self.source.setText(self.problem(exc.row, exc.column, exc.problem))
            self.import_button.setEnabled(False)
            return
        table = self.table_data
        delimiter = {
            "\t": QCoreApplication.translate("ImportDialog", "tab"),
            ",": ",",
            ";": ";",
            "|": "|",
        }.get(table.delimiter, table.delimiter)
        self.source.setText(
            QCoreApplication.translate(
                "ImportDialog", "%1 — read as %2, columns separated by “%3”, %4 rows."
            )
            .replace("%1", self.path.name)
            .replace("%2", table.encoding)
            .replace("%3", delimiter)
            .replace("%4", str(len(table.rows)))
        )
        guessed = guess_mapping(table.headers)
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(QCoreApplication.translate("ImportDialog", "(not in the file)"), -1)
            for index, header in enumerate(table.headers):
                combo.addItem(
                    header
                    or QCoreApplication.translate("ImportDialog", "column %1").replace(
                        "%1", str(index + 1)
                    ),
                    index,
                )
            combo.setCurrentIndex(guessed.get(key, -1) + 1)
            combo.blockSignals(False)
            combo.currentIndexChanged.connect(self.recheck)
        self.recheck()

    def mapping(self) -> dict[str, int]:
        assert self.table_data is not None
        out = {k: int(c.currentData()) for k, c in self.combos.items() if int(c.currentData()) >= 0}
        # Columns the dialog does not offer (id, network, results…) keep their guessed place.
        for key, index in guess_mapping(self.table_data.headers).items():
            if key in OPTIONAL and key not in self.combos and index not in out.values():
                out[key] = index
        return out

    def recheck(self) -> None:
        if self.table_data is None:
            return
        self.preview = self.build(self.table_data, self.mapping())
        self._fill(self.preview)

    def _fill(self, preview: Any) -> None:
        table = preview.table
        headers = [
            QCoreApplication.translate("ImportDialog", "Row"),
            QCoreApplication.translate("ImportDialog", "Problem"),
            *table.headers,
        ]
        self.grid.clear()
        self.grid.setColumnCount(len(headers))
        self.grid.setHorizontalHeaderLabels(headers)
        rows = table.rows[:PREVIEW_ROWS]
        self.grid.setRowCount(len(rows))
        for r, record in enumerate(rows):
            number = r + 2
            issues = preview.row_issues.get(number, [])
            cells = [str(number), "; ".join(self._problem_cell(i) for i in issues), *record]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if issues:
                    item.setBackground(QBrush(BAD))
                self.grid.setItem(r, c, item)
        self.grid.resizeColumnsToContents()
        for c in range(self.grid.columnCount()):
            self.grid.setColumnWidth(c, min(self.grid.columnWidth(c), 260))
        bad_rows = len({i.row for i in preview.issues if i.row > 1})
        if preview.ok:
            self.summary.setText(self.ready_text(preview))
        elif any(i.row == 1 for i in preview.issues):
            missing = ", ".join(self.column_name(i.column) for i in preview.issues if i.row == 1)
            self.summary.setText(
                QCoreApplication.translate(
                    "ImportDialog",
                    "Choose a column for: %1. Nothing is imported until every row is readable.",
                ).replace("%1", missing)
            )
        else:
            # The first problem in words too: the grid shows only the first rows of a long file.
            first = preview.issues[0]
            self.summary.setText(
                fmt(
                    QCoreApplication.translate(
                        "ImportDialog",
                        "%1 rows have problems (marked in red). The first: %2. Fix the file or "
                        "the mapping; nothing is imported until every row is readable.",
                    ),
                    bad_rows,
                    self.problem(first.row, first.column, first.problem),
                )
            )
        self.summary.setStyleSheet("" if preview.ok else "color: #b3261e;")
        self.import_button.setEnabled(preview.ok and self.has_work(preview))

    def confirm(self) -> None:
        preview = self.preview
        if preview is None or not preview.ok:
            return
        self.import_button.setEnabled(False)

        def done(result: Any) -> None:
            self.imported = result
            self.ctx.events.posts_changed.emit()
            self.accept()

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(True)
            if isinstance(exc, PlanInputError):
                why = self.problem(exc.row, exc.column, exc.problem)
            elif isinstance(exc, StoreError):
                why = explain(exc).splitlines()[0]
            else:
                why = repr(exc)
            self.summary.setText(
                fmt(QCoreApplication.translate("ImportDialog", "Nothing was imported: %1"), why)
            )

        run_task(lambda: self.write(preview), done, failed, owner=self)

    def keyPressEvent(self, event: object) -> None:  # noqa: D401  (Enter must not import blindly)
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
