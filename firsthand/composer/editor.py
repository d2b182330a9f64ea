"""The post editor: plain text only, wavy underlines coloured by category, hover tooltips."""

from __future__ import annotations

import html
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from firsthand.composer import categories
from firsthand.composer.coach.report import Finding
from firsthand.composer.offsets import OffsetMap
from firsthand.shell.i18n import fmt

# Painting thousands of underlines costs more than a frame; nobody reads past this many.
MAX_MARKS = 300


@dataclass(frozen=True)
class Mark:
    """A finding placed in the editor: `start`/`end` are Qt (UTF-16) positions."""

    finding: Finding
    start: int
    end: int


class PostEditor(QPlainTextEdit):
    """A plain-text editor that shows the coach's findings without touching the document.

    Underlines are painted over the text from cursors that follow edits, not text formats:
    they never enter the undo stack, never move the cursor, and follow edits until the next
    analysis replaces them. A crisp one-pixel zigzag, as spelling checkers draw it: Qt's own
    wave underline blurs into a solid line at this size.
    """

    mark_clicked = Signal(object)  # the Finding under a click
    # From the right-click menu on an underline, as from the findings panel's buttons.
    apply_requested = Signal(object)
    ignore_requested = Signal(object)
    allow_requested = Signal(object)
    files_dropped = Signal(list)  # local file paths dropped or pasted (images to attach)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("post_editor")
        self.setAccessibleName(self.tr("Post text"))
        self.setPlaceholderText(
            self.tr(
                "Write as you would talk to a client: what happened, what you learned, "
                "what you think. Or start from a template."
            )
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(10)
        self._marks: list[Mark] = []
        self._hover_at: tuple[QPoint, QPoint] | None = None
        self._hover = QTimer(self)
        self._hover.setSingleShot(True)
        self._hover.setInterval(500)
        self._hover.timeout.connect(self._show_hover)
        self.viewport().setMouseTracking(True)
        self._cursors: list[QTextCursor] = []
        self._advances: dict[str, float] = {}
        self._advance_font = ""

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt override)
        return bool(_local_files(source)) or super().canInsertFromMimeData(source)

    # Paste: plain text only, whatever the source offered; files go to the images instead.
    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt override)
        files = _local_files(source)
        if files:
            self.files_dropped.emit(files)
            return
        if source.hasText():
            text = source.text().replace("\r\n", "\n").replace("\r", "\n")
            self.textCursor().insertText(text.replace("\u2028", "\n").replace("\u2029", "\n"))

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt override)
        data = QMimeData()
        data.setText(self.textCursor().selectedText().replace("\u2029", "\n"))
        return data

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def set_marks(self, marks: list[Mark]) -> None:
        """Show these findings as underlines (the first MAX_MARKS, in text order)."""
        self._marks = sorted(marks, key=lambda m: (m.start, m.end))[:MAX_MARKS]
        doc = self.document()
        last = max(0, doc.characterCount() - 1)
        cursors: list[QTextCursor] = []
        for mark in self._marks:
            cursor = QTextCursor(doc)
            cursor.setPosition(min(mark.start, last))
            cursor.setPosition(min(mark.end, last), QTextCursor.MoveMode.KeepAnchor)
            cursors.append(cursor)
        self._cursors = cursors
        self.viewport().update()

    def underlines(self) -> list[QTextCursor]:
        """One cursor per underline, selecting the text it sits under now."""
        return list(self._cursors)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._cursors:
            return
        painter = QPainter(self.viewport())
        visible = event.rect()
        offset = self.contentOffset()
        block = self.firstVisibleBlock()
        spans = [(c.selectionStart(), c.selectionEnd()) for c in self._cursors]
        starts = [a for a, _ in spans]
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > visible.bottom():
                break
            if block.isVisible() and geometry.bottom() >= visible.top():
                self._paint_block(painter, block, geometry.topLeft(), spans, starts, visible)
            block = block.next()
        painter.end()

    def _paint_block(
        self,
        painter: QPainter,
        block: QTextBlock,
        origin: QPointF,
        spans: list[tuple[int, int]],
        starts: list[int],
        visible: QRect,
    ) -> None:
        first, end_of_block = block.position(), block.position() + block.length()
        layout = block.layout()
        text = block.text()
        to_cp = OffsetMap(text).to_codepoint
        metrics = QFontMetricsF(self.font())
        font_key = self.font().key()
        if font_key != self._advance_font or len(self._advances) > 20000:
            self._advances, self._advance_font = {}, font_key
        advances = self._advances

        def advance(piece: str) -> float:
            # Lines an edit did not touch keep their text: their widths come from here.
            width = advances.get(piece)
            if width is None:
                width = advances[piece] = metrics.horizontalAdvance(piece)
            return width

        lines = [layout.lineAt(i) for i in range(layout.lineCount())]
        line_starts = [first + line.textStart() for line in lines]
        top, bottom = visible.top(), visible.bottom()
        # Findings are short: the ones touching this block start at most a few dozen before.
        for j in range(
            max(0, bisect_right(starts, first) - 40), bisect_right(starts, end_of_block)
        ):
            a, b = spans[j]
            if b <= first or a >= end_of_block or a >= b:
                continue
            category = self._marks[j].finding.category
            pen = _PENS.get(category)
            if pen is None:
                pen = _PENS[category] = QPen(categories.color(category), 1)
            painter.setPen(pen)
            i = max(0, bisect_right(line_starts, a) - 1)
            while i < len(lines) and line_starts[i] < b:
                line, ls = lines[i], line_starts[i]
                i += 1
                lo, hi = max(a, ls), min(b, ls + line.textLength())
                y = round(origin.y() + line.y() + line.ascent() + 2.5)
                if lo >= hi or y < top - 4 or y > bottom + 4:
                    continue
                # Measured from the text: PySide's QTextLine.cursorToX drops references to None.
                start_cp = to_cp(ls - first)
                left = origin.x() + line.x()
                x1 = left + advance(text[start_cp : to_cp(lo - first)])
                x2 = left + advance(text[start_cp : to_cp(hi - first)])
                painter.drawPolyline(_wave(x1, x2, y))

    def marks_at(self, position: int) -> list[Mark]:
        """The underlines covering Qt position `position`, as they stand after later edits."""
        spans = [(c.selectionStart(), c.selectionEnd()) for c in self._cursors]
        i = bisect_right([s for s, _ in spans], position)
        # Findings are short: looking back a few dozen marks finds every one that covers it.
        return [
            self._marks[j]
            for j in range(max(0, i - 40), i)
            if spans[j][0] <= position < spans[j][1]
        ]

    def mark_at(self, position: int) -> Mark | None:
        found = self.marks_at(position)
        return found[0] if found else None

    def current_span(self, mark: Mark) -> tuple[int, int]:
        """Where `mark` is now (its underline follows edits made since the analysis)."""
        for m, cur in zip(self._marks, self._cursors, strict=True):
            if m is mark:
                return cur.selectionStart(), cur.selectionEnd()
        return mark.start, mark.end

    def select_span(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def replace_span(self, start: int, end: int, text: str) -> None:
        """Replace [start, end) with `text` as one undoable edit."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def replace_all(self, text: str) -> None:
        """Swap the whole text in one undoable edit (templates, restored revisions)."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    # Hover tooltips come from mouse moves, not from a viewportEvent override: that would run
    # Python for every paint of the editor, and so on every keystroke.
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mouseMoveEvent(event)
        self._hover_at = (event.position().toPoint(), event.globalPosition().toPoint())
        if self._marks:
            self._hover.start()

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        self._hover.stop()
        super().leaveEvent(event)

    def _show_hover(self) -> None:
        if self._hover_at is None:
            return
        local, global_pos = self._hover_at
        marks = self.marks_at(self.cursorForPosition(local).position())
        if not marks:
            QToolTip.hideText()
            return
        text = "<hr>".join(tooltip_html(m.finding) for m in marks)
        QToolTip.showText(global_pos, text, self.viewport())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, pos: QPoint) -> QMenu:
        """The usual edit menu, headed, over an underline, by what each finding there says
        and what can be done about it, as a spelling checker offers its corrections."""
        menu = self.createStandardContextMenu(pos)
        marks = self.marks_at(self.cursorForPosition(pos).position())
        if not marks:
            return menu
        before = menu.actions()[0] if menu.actions() else menu.addSeparator()
        for mark in marks[:_MENU_FINDINGS]:
            finding = mark.finding
            header = QAction(_elided(finding.message), menu)
            header.setEnabled(False)
            header.setToolTip(finding.message)
            actions = [header]
            applies = categories.apply_label(finding, _elided)
            if applies is not None:
                write = QAction(applies, menu)
                write.setObjectName("menu_apply")
                write.triggered.connect(lambda _=False, f=finding: self.apply_requested.emit(f))
                actions.append(write)
            ignore = QAction(self.tr("Ignore here"), menu)
            ignore.setObjectName("menu_ignore")
            ignore.triggered.connect(lambda _=False, f=finding: self.ignore_requested.emit(f))
            actions.append(ignore)
            if categories.allowable(finding):
                allow = QAction(fmt(self.tr("Allow “%1”"), finding.text), menu)
                allow.setObjectName("menu_allow")
                allow.triggered.connect(lambda _=False, f=finding: self.allow_requested.emit(f))
                actions.append(allow)
            menu.insertActions(before, actions)
            menu.insertSeparator(before)
        return menu

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            mark = self.mark_at(self.textCursor().position())
            if mark is not None:
                self.mark_clicked.emit(mark.finding)


_MENU_FINDINGS = 3  # where more findings overlap, the panel lists them all
_MENU_WIDTH = 70  # characters of a message in the menu; the whole is in its tooltip


def _elided(text: str) -> str:
    return text if len(text) <= _MENU_WIDTH else text[: _MENU_WIDTH - 1].rstrip() + "…"


_WAVES: dict[int, QPolygonF] = {}
_PENS: dict[str, QPen] = {}


def _wave(x1: float, x2: float, y: float) -> QPolygonF:
    """A wavy line from x1 to x2 around height y, like a spelling checker's."""
    width = max(1, round(x2 - x1))
    shape = _WAVES.get(width)
    if shape is None:
        # Built once per width, then only moved: paints run on every keystroke.
        points = [QPointF(0, 0)]
        x, up = 0, True
        while x < width:
            x = min(x + 2, width)
            points.append(QPointF(x, -1 if up else 1))
            up = not up
        if len(_WAVES) > 2000:
            _WAVES.clear()
        shape = _WAVES[width] = QPolygonF(points)
    return shape.translated(x1, y)


def _local_files(source: QMimeData) -> list[Path]:
    if not source.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in source.urls() if u.isLocalFile()]


def tooltip_html(finding: Finding) -> str:
    """The message, the principle it comes from and the suggestion, for a hover tooltip."""
    from PySide6.QtCore import QCoreApplication

    parts = [
        f"<b style='color:{categories.COLORS.get(finding.category, '#333')}'>"
        f"{html.escape(categories.label(finding.category))}</b>",
        html.escape(finding.message),
    ]
    if finding.principle:
        parts.append(
            "<i>"
            + html.escape(
                fmt(
                    QCoreApplication.translate("PostEditor", "Principle %1: %2"),
                    finding.principle,
                    categories.principle(finding.principle),
                )
            )
            + "</i>"
        )
    if finding.suggestion:
        parts.append(
            html.escape(
                fmt(QCoreApplication.translate("PostEditor", "Try: %1"), finding.suggestion)
            )
        )
    return "<p style='max-width:360px'>" + "<br>".join(parts) + "</p>"
