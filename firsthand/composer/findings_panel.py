"""The findings panel: what the coach noticed, grouped by category, with its three actions."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from firsthand.composer import categories
from firsthand.composer.coach.report import Finding, GrammarStatus
from firsthand.shell.i18n import fmt

_ROLE = Qt.ItemDataRole.UserRole


@cache
def _dot(category: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QBrush(categories.color(category)))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(1, 1, 10, 10)
    p.end()
    return QIcon(pix)


class FindingsPanel(QWidget):
    selected = Signal(object)  # Finding
    apply_requested = Signal(object)
    ignore_requested = Signal(object)
    allow_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings_panel")
        self._findings: list[Finding] = []  # in text order
        self._items: list[QTreeWidgetItem] = []
        self._blank = True

        self.summary = QLabel(self)
        self.summary.setObjectName("findings_summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("findings_tree")
        self.tree.setAccessibleName(self.tr("Findings"))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(lambda item, _col: self._current_changed(item, None))

        self.detail = QLabel(self)
        self.detail.setObjectName("finding_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setMinimumHeight(48)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setObjectName("apply_suggestion")
        self.apply_button.setAccessibleName(self.tr("Apply the suggestion"))
        self.ignore_button = QPushButton(self.tr("Ignore here"), self)
        self.ignore_button.setObjectName("ignore_finding")
        self.ignore_button.setAccessibleName(self.tr("Ignore this finding in this post"))
        self.allow_button = QPushButton(self.tr("Allow this word"), self)
        self.allow_button.setObjectName("allow_word")
        self.allow_button.setAccessibleName(self.tr("Allow this word for my audience"))
        self.apply_button.clicked.connect(lambda: self._emit(self.apply_requested))
        self.ignore_button.clicked.connect(lambda: self._emit(self.ignore_requested))
        self.allow_button.clicked.connect(lambda: self._emit(self.allow_requested))

        self.grammar_status = QLabel(self)
        self.grammar_status.setObjectName("grammar_status")
        self.grammar_status.setAccessibleName(self.tr("Grammar checking"))
        self.grammar_status.setWordWrap(True)
        self.grammar_status.setStyleSheet("color: #555;")

        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.ignore_button)
        buttons.addWidget(self.allow_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addWidget(self.grammar_status)
        self.set_findings([], blank=True)
        self.set_grammar_status(GrammarStatus())

    # -- content ---------------------------------------------------------------------------
    def findings(self) -> list[Finding]:
        return list(self._findings)

    def set_findings(self, findings: list[Finding], blank: bool = False) -> None:
        """Show `findings`, keeping the selected one selected if it is still there.

        `blank`: the post has no text yet (the summary invites to start instead).
        """
        self._blank = blank
        ordered = sorted(findings, key=lambda f: (f.start, f.end, f.rule))
        if ordered == self._findings and self.tree.topLevelItemCount() > 0:
            return  # typing elsewhere left them as they were: keep the tree (and its scroll)
        keep = self.current()
        keep_key = (keep.key, keep.start) if keep else None
        self._findings = ordered
        self.tree.blockSignals(True)
        self.tree.clear()
        self._items = []
        groups: dict[str, QTreeWidgetItem] = {}
        counts: dict[str, int] = {}
        for f in self._findings:
            counts[f.category] = counts.get(f.category, 0) + 1
        for category in categories.ORDER:
            if category not in counts:
                continue
            top = QTreeWidgetItem(
                [fmt(self.tr("%1 (%2)"), categories.label(category), counts[category])]
            )
            top.setIcon(0, _dot(category))
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            groups[category] = top
        restore: QTreeWidgetItem | None = None
        for index, f in enumerate(self._findings):
            parent = groups.get(f.category)
            if parent is None:
                continue
            item = QTreeWidgetItem([f.message.replace("\n", " ")])
            item.setData(0, _ROLE, index)
            item.setToolTip(0, f.message)
            parent.addChild(item)
            self._items.append(item)
            if keep_key == (f.key, f.start):
                restore = item
        self.tree.expandAll()
        if restore is not None:
            self.tree.setCurrentItem(restore)
        self.tree.blockSignals(False)
        total = len(self._findings)
        if total == 0 and self._blank:
            self.summary.setText(
                self.tr("Start writing, or pick a template: the coach reads along as you type.")
            )
        elif total == 0:
            self.summary.setText(
                self.tr("Nothing to point out. Keep writing the way you talk to clients.")
            )
        else:
            self.summary.setText(
                fmt(self.tr("Things to look at: %1. Click one to see it in the text."), total)
            )
        self._show_detail(self.current())

    def set_grammar_status(self, status: GrammarStatus) -> None:
        if status.status == "ok":
            text = self.tr("Grammar checking: on.")
        elif status.status == "unavailable":
            text = fmt(self.tr("Grammar checking: unavailable — %1"), status.detail or "?")
        elif status.status == "checking":
            text = self.tr("Grammar checking: checking…")
        else:
            text = fmt(
                self.tr("Grammar checking: off. %1"),
                status.detail or self.tr("Turn it on in Settings."),
            )
        self.grammar_status.setText(text)
        self.grammar_status.setProperty("grammar", status.status)

    # -- selection -------------------------------------------------------------------------
    def current(self) -> Finding | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        index = item.data(0, _ROLE)
        if not isinstance(index, int) or index >= len(self._findings):
            return None
        return self._findings[index]

    def select_finding(self, finding: Finding) -> None:
        for i, f in enumerate(self._findings):
            if f == finding:
                item = self._item_for(i)
                if item is not None:
                    self.tree.setCurrentItem(item)
                return

    def _item_for(self, index: int) -> QTreeWidgetItem | None:
        for item in self._items:
            if item.data(0, _ROLE) == index:
                return item
        return None

    def step(self, delta: int) -> Finding | None:
        """Select the next (delta=1) or previous (-1) finding in text order, wrapping."""
        if not self._findings:
            return None
        current = self.current()
        index = self._findings.index(current) if current in self._findings else -1
        if index == -1:
            index = 0 if delta > 0 else len(self._findings) - 1
        else:
            index = (index + delta) % len(self._findings)
        item = self._item_for(index)
        if item is not None:
            self.tree.setCurrentItem(item)
        return self._findings[index]

    def _current_changed(self, item: QTreeWidgetItem | None, _prev: object) -> None:
        finding = self.current()
        self._show_detail(finding)
        if finding is not None:
            self.selected.emit(finding)

    def _show_detail(self, finding: Finding | None) -> None:
        has = finding is not None
        self.apply_button.setEnabled(bool(finding and finding.replacement is not None))
        # Say what Apply will write; a suggestion that is only an idea leaves the wording to
        # the writer, and Apply stays off.
        applies = categories.apply_label(finding) if finding is not None else None
        self.apply_button.setToolTip(applies or "")
        self.ignore_button.setEnabled(has)
        self.allow_button.setEnabled(finding is not None and categories.allowable(finding))
        if finding is None:
            self.detail.setText(
                self.tr("Select a finding to see why it matters and what to try instead.")
                if self._findings
                else ""
            )
            return
        lines = [finding.message]
        if finding.principle:
            lines.append(
                fmt(
                    self.tr("Principle %1: %2"),
                    finding.principle,
                    categories.principle(finding.principle),
                )
            )
        if finding.suggestion:
            lines.append(fmt(self.tr("Try: %1"), finding.suggestion))
        if finding.replacement is not None and finding.replacement != finding.suggestion:
            lines.append(fmt(self.tr("Apply writes: %1"), finding.replacement))
        elif finding.suggestion and finding.replacement is None:
            lines.append(self.tr("Nothing to apply here: put it in your own words."))
        self.detail.setText("\n".join(lines))

    def _emit(self, signal: SignalInstance) -> None:
        finding = self.current()
        if finding is not None:
            signal.emit(finding)
