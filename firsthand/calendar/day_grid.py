"""A painted grid of days with post chips: the shared body of the month and week views.

Painting (rather than one widget per chip) keeps a redraw of six weeks under a millisecond
or two. The view shows what it is given and reports what the user did through signals; the
page calls the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QMimeData,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from firsthand.services.calendar import CalendarItem
from firsthand.store import utcnow

from .names import STATUS_MARKS, kind_color, kind_name, network_mark, network_name, status_name

MIME = "application/x-firsthand-post"
HEADER_H = 24
DAY_LABEL_H = 20
GAP = 2
# Flag combinations built once: or-ing Qt enums in Python costs microseconds per chip.
_LEFT_MIDDLE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_TOP = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
_LEFT_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_WRAPPED = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
# Changes that alter how every day looks ("+3 more" is translated, too).
_REPAINT_ALL = (
    QEvent.Type.FontChange,
    QEvent.Type.PaletteChange,
    QEvent.Type.StyleChange,
    QEvent.Type.LanguageChange,
)


def post_mime(post_id: int, *, idea: bool) -> QMimeData:
    """Drag payload for a post: an idea from the backlog or a scheduled post."""
    mime = QMimeData()
    mime.setData(MIME, QByteArray(f"{'idea' if idea else 'post'}:{post_id}".encode()))
    return mime


def read_mime(mime: QMimeData) -> tuple[str, int] | None:
    """("idea" | "post", id) from a drag payload, or None when it is not ours."""
    if not mime.hasFormat(MIME):
        return None
    raw = bytes(mime.data(MIME).data()).decode("ascii", errors="replace")
    what, _, number = raw.partition(":")
    if what not in ("idea", "post") or not number.isdigit():
        return None
    return what, int(number)


@dataclass
class _Cell:
    day: date
    rect: QRect
    chips: list[tuple[QRect, CalendarItem]]
    more: QRect | None
    hidden: int


@dataclass(slots=True)
class _Colors:
    text: QColor
    faded_text: QColor
    mid: QColor
    dim: QColor
    accent: QColor
    alternate: QColor
    hover: QColor
    selected: QColor
    highlighted_text: QColor
    bold: QFont


class DayGridView(QWidget):
    """Rows of seven days; each day lists its posts as chips coloured by kind."""

    postActivated = Signal(int)  # open this post
    postDropped = Signal(int, object)  # a scheduled post dropped on a day (date)
    ideaDropped = Signal(int, object)  # an undated post dropped on a day (date)
    emptyDayClicked = Signal(object)  # date: make a new post there
    dayOpened = Signal(object)  # date: "+N more" was clicked
    periodStep = Signal(int)  # -1 previous period, +1 next
    todayRequested = Signal()
    selectionChanged = Signal(object)  # date

    def __init__(self, rows: int, chip_lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.chip_lines = chip_lines
        self.days: list[date] = []
        self.items: dict[date, list[CalendarItem]] = {}
        self.zone: tzinfo | None = None
        self.today = date.today()
        self.focus_month: int | None = None
        self.selected_day: date | None = None
        self.selected_post: int | None = None
        self.hover_day: date | None = None
        self._cells: list[_Cell] = []
        self._press: QPoint | None = None
        self._press_item: CalendarItem | None = None
        self._dragging = False
        self._elide_cache: dict[tuple[str, int], str] = {}
        # The grid as last painted, and what each day showed then (see paintEvent).
        self._canvas: QPixmap | None = None
        self._painted: dict[int, tuple[object, ...]] = {}
        self._wheel = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMouseTracking(False)
        self.setMinimumSize(420, 300)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    # ------------------------------------------------------------ data in

    def set_period(
        self,
        days: list[date],
        items: dict[date, list[CalendarItem]],
        zone: tzinfo,
        today: date,
        focus_month: int | None = None,
    ) -> None:
        if zone != self.zone:
            self.forget_painted()  # chips show their time in the zone
        self.days = days
        self.items = items
        self.zone = zone
        self.today = today
        self.focus_month = focus_month
        if self.selected_day not in days:
            self.selected_day = today if today in days else (days[0] if days else None)
        known = {i.id for d in items.values() for i in d}
        if self.selected_post not in known:
            self.selected_post = None
        self._relayout()
        self._describe()
        self.update()

    # ------------------------------------------------------------ geometry

    def _chip_height(self) -> int:
        line = QFontMetrics(self.font()).height()
        return line * self.chip_lines + 4

    def sizeHint(self) -> QSize:
        return QSize(760, 560)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        self._cells = []
        if not self.days:
            return
        width, height = self.width(), self.height() - HEADER_H
        chip_h = self._chip_height()
        rows = max(1, self.rows)
        for index, day in enumerate(self.days[: rows * 7]):
            r, c = divmod(index, 7)
            x0, x1 = c * width // 7, (c + 1) * width // 7
            y0 = HEADER_H + r * height // rows
            y1 = HEADER_H + (r + 1) * height // rows
            rect = QRect(x0, y0, x1 - x0, y1 - y0)
            items = self.items.get(day, [])
            room = rect.height() - DAY_LABEL_H - GAP
            fit = max(0, room // (chip_h + GAP))
            shown = items if len(items) <= fit else items[: max(0, fit - 1)]
            chips: list[tuple[QRect, CalendarItem]] = []
            y = rect.top() + DAY_LABEL_H
            for item in shown:
                chips.append((QRect(rect.left() + 3, y, rect.width() - 6, chip_h), item))
                y += chip_h + GAP
            hidden = len(items) - len(shown)
            more = QRect(rect.left() + 3, y, rect.width() - 6, chip_h) if hidden else None
            self._cells.append(_Cell(day, rect, chips, more, hidden))

    def cell_rect(self, day: date) -> QRect:
        """Where `day` is drawn (an empty rect when it is not shown)."""
        for cell in self._cells:
            if cell.day == day:
                return QRect(cell.rect)
        return QRect()

    def chip_rect(self, post_id: int) -> QRect:
        for cell in self._cells:
            for rect, item in cell.chips:
                if item.id == post_id:
                    return QRect(rect)
        return QRect()

    def empty_point(self, day: date) -> QPoint:
        """A point inside `day` below its chips (where a click makes a new post)."""
        cell = next(c for c in self._cells if c.day == day)
        bottom = cell.rect.bottom() - 2
        return QPoint(cell.rect.center().x(), bottom)

    def day_at(self, pos: QPoint) -> date | None:
        for cell in self._cells:
            if cell.rect.contains(pos):
                return cell.day
        return None

    def item_at(self, pos: QPoint) -> CalendarItem | None:
        for cell in self._cells:
            if cell.rect.contains(pos):
                for rect, item in cell.chips:
                    if rect.contains(pos):
                        return item
        return None

    def _more_at(self, pos: QPoint) -> date | None:
        for cell in self._cells:
            if cell.more is not None and cell.more.contains(pos):
                return cell.day
        return None

    # ------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        accent = pal.color(QPalette.ColorRole.Highlight)
        font = self.font()
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        now = utcnow()

        # The days are painted onto a canvas kept between paints; a day is painted again
        # only when what it shows changed: after a drag, two days of forty-two.
        ratio = self.devicePixelRatioF()
        size = self.size() * ratio
        if (
            self._canvas is None
            or self._canvas.size() != size
            or len(self._painted) > len(self._cells)
        ):
            self._canvas = QPixmap(size)
            self._canvas.setDevicePixelRatio(ratio)
            self._canvas.fill(base)
            self._painted = {}
        canvas: QPainter | None = None
        colors: _Colors | None = None
        for index, cell in enumerate(self._cells):
            key = self._cell_key(cell, now)
            if self._painted.get(index) == key:
                continue
            if canvas is None:
                canvas = QPainter(self._canvas)
                colors = self._colors()
            assert colors is not None
            canvas.setClipRect(cell.rect)
            canvas.fillRect(cell.rect, base)
            self._paint_cell(canvas, cell, colors, small, now)
            self._painted[index] = key
        if canvas is not None:
            canvas.end()
        p.drawPixmap(0, 0, self._canvas)

        # Weekday names.
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        p.setFont(small)
        for c, day in enumerate(self.days[:7]):
            x0, x1 = c * self.width() // 7, (c + 1) * self.width() // 7
            label = self._weekday(day)
            p.drawText(QRect(x0, 0, x1 - x0, HEADER_H), _CENTER, label)
        if self.hasFocus() and self.selected_day is not None:
            r = self.cell_rect(self.selected_day)
            p.setPen(QPen(accent, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(r.adjusted(1, 1, -2, -2))
        p.end()

    def forget_painted(self) -> None:
        """Paint every day afresh next time (what changed is not something a day shows)."""
        self._canvas = None
        self._painted = {}

    def _colors(self) -> _Colors:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        accent = pal.color(QPalette.ColorRole.Highlight)
        bold = QFont(self.font())
        bold.setBold(True)
        return _Colors(
            text=text,
            faded_text=_with_alpha(text, 150),
            mid=pal.color(QPalette.ColorRole.Mid),
            dim=pal.color(QPalette.ColorRole.PlaceholderText),
            accent=accent,
            alternate=pal.color(QPalette.ColorRole.AlternateBase),
            hover=_with_alpha(accent, 40),
            selected=_with_alpha(accent, 22),
            highlighted_text=pal.color(QPalette.ColorRole.HighlightedText),
            bold=bold,
        )

    def _cell_key(self, cell: _Cell, now: datetime) -> tuple[object, ...]:
        """Everything a day's picture depends on (the font, palette and zone clear the cache)."""
        selected_post = self.selected_post
        chips = tuple(
            (
                rect.y(),
                rect.width(),
                rect.height(),
                item.id == selected_post,
                item.kind,
                item.status,
                item.title,
                item.networks,
                item.scheduled_at,
                item.timezone,
                item.overdue(now),
            )
            for rect, item in cell.chips
        )
        day = cell.day
        return (
            day,
            cell.rect.x(),
            cell.rect.y(),
            cell.rect.width(),
            cell.rect.height(),
            self.focus_month is not None and day.month != self.focus_month,
            day == self.hover_day,
            day == self.selected_day,
            day == self.today,
            cell.hidden,
            chips,
        )

    def _paint_cell(
        self, p: QPainter, cell: _Cell, colors: _Colors, small: QFont, now: datetime
    ) -> None:
        r = cell.rect
        outside = self.focus_month is not None and cell.day.month != self.focus_month
        if outside:
            p.fillRect(r, colors.alternate)
        if cell.day == self.hover_day:
            p.fillRect(r, colors.hover)
        if cell.day == self.selected_day:
            p.fillRect(r, colors.selected)
        p.setPen(QPen(colors.mid, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(r.adjusted(0, 0, -1, -1))
        # Day number; today in a filled badge so it is visible at a glance.
        label_rect = QRect(r.left() + 4, r.top() + 2, r.width() - 8, DAY_LABEL_H - 4)
        number = self._day_label(cell.day)
        if cell.day == self.today:
            p.setFont(colors.bold)
            w = QFontMetrics(colors.bold).horizontalAdvance(number) + 10
            badge = QRect(label_rect.left(), label_rect.top(), w, label_rect.height())
            p.setBrush(colors.accent)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(badge, 7, 7)
            p.setPen(colors.highlighted_text)
            p.drawText(badge, _CENTER, number)
            p.setBrush(Qt.BrushStyle.NoBrush)
        else:
            p.setFont(self.font())
            p.setPen(colors.dim if outside else colors.text)
            p.drawText(label_rect, _LEFT_MIDDLE, number)
        if cell.chips:
            # Chips are laid out with `small`: drawn with any other font they would not fit
            # (today's bold number left the painter bold, and lines wrapped into clipping).
            p.setFont(small)
            small_fm = QFontMetrics(small)
            for rect, item in cell.chips:
                self._paint_chip(p, rect, item, small_fm, now, colors.text, colors.faded_text)
        if cell.more is not None:
            p.setFont(small)
            p.setPen(colors.accent)
            p.drawText(
                cell.more,
                _LEFT_MIDDLE,
                QCoreApplication.translate("DayGridView", "+%1 more").replace(
                    "%1", str(cell.hidden)
                ),
            )

    def _paint_chip(
        self,
        p: QPainter,
        rect: QRect,
        item: CalendarItem,
        fm: QFontMetrics,
        now: datetime,
        text: QColor,
        faded_text: QColor,
    ) -> None:
        color = _kind_color(item.kind)
        faded = item.status in ("published", "archived")
        p.fillRect(rect, _tint(item.kind, 28 if faded else 52))
        p.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), color)
        if item.id == self.selected_post:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(color.darker(130), 2))
            p.drawRect(rect.adjusted(1, 1, -1, -1))
        if item.zone_missing:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor("#b00020"), 1, Qt.PenStyle.DashLine))
            p.drawRect(rect.adjusted(0, 0, -1, -1))
        inner = rect.adjusted(6, 1, -3, -1)
        flags = ""
        if item.zone_missing:
            flags += "?"
        if item.overdue(now):
            flags += "!"
        if flags:
            p.setPen(QColor("#b00020"))
            fw = fm.horizontalAdvance(flags) + 4
            p.drawText(
                QRect(inner.right() - fw, inner.top(), fw, inner.height()),
                _RIGHT_TOP,
                flags,
            )
            inner.setRight(inner.right() - fw)
        shown = item.shown_in(self.zone) if self.zone is not None else item.scheduled_at
        clock = f"{shown.hour:02d}:{shown.minute:02d}" if shown else ""
        if inner.width() < 160 and self.chip_lines <= 1:
            # Narrow days (the app beside its navigation): keep every mark, drop the spaces.
            nets = "·".join(network_mark(n) for n in item.networks)
            meta = f"{clock}{_status_mark(item.status)}{nets}"
        else:
            nets = " ".join(network_mark(n) for n in item.networks)
            meta = f"{clock} {_status_mark(item.status)} {nets}".strip()
        p.setPen(faded_text if faded else text)
        if self.chip_lines <= 1:
            p.drawText(
                inner,
                _LEFT_MIDDLE,
                self._elided(fm, f"{meta} {item.title}", inner.width()),
            )
            return
        head = QRect(inner.left(), inner.top(), inner.width(), fm.height())
        p.drawText(
            head,
            _LEFT_MIDDLE,
            self._elided(fm, meta, inner.width()),
        )
        body = QRect(inner.left(), head.bottom() + 1, inner.width(), inner.bottom() - head.bottom())
        lines = max(1, body.height() // fm.height())
        key = (item.title, body.width() * 100 + lines)
        wrapped = self._elide_cache.get(key)
        if wrapped is None:
            # A little slack: drawText wraps again a line that fills the width to the pixel.
            wrapped = self._elide_cache[key] = _wrap_elide(item.title, fm, body.width() - 3, lines)
        # One line: never let Qt wrap it again (a clipped second line reads as a glitch).
        p.drawText(body, _WRAPPED if lines > 1 else _LEFT_TOP, wrapped)

    def _elided(self, fm: QFontMetrics, text: str, width: int) -> str:
        # Shaping text is most of a redraw's cost; after a drag most chips are unchanged.
        key = (text, width)
        out = self._elide_cache.get(key)
        if out is None:
            if len(self._elide_cache) > 4000:
                self._elide_cache.clear()
            out = self._elide_cache[key] = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return out

    def _weekday(self, day: date) -> str:
        return QLocale().dayName(
            QDate(day.year, day.month, day.day).dayOfWeek(), QLocale.FormatType.ShortFormat
        )

    def _day_label(self, day: date) -> str:
        return str(day.day)

    # ------------------------------------------------------------ tooltips and a11y

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            item = self.item_at(event.pos())
            if item is not None:
                QToolTip.showText(event.globalPos(), self.describe_item(item), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def describe_item(self, item: CalendarItem) -> str:
        lines = [item.title or QCoreApplication.translate("DayGridView", "(no text yet)")]
        lines.append(
            QCoreApplication.translate("DayGridView", "%1 · %2")
            .replace("%1", kind_name(item.kind))
            .replace("%2", status_name(item.status))
        )
        if item.networks:
            lines.append(", ".join(network_name(n) for n in item.networks))
        planned = item.planned_local()
        if planned is not None and item.timezone:
            lines.append(
                QCoreApplication.translate("DayGridView", "Planned for %1 (%2)")
                .replace("%1", planned.strftime("%Y-%m-%d %H:%M"))
                .replace("%2", item.timezone)
            )
        if item.zone_missing:
            lines.append(
                QCoreApplication.translate(
                    "DayGridView",
                    "Its time zone %1 no longer exists on this computer: shown in UTC.",
                ).replace("%1", item.timezone or "")
            )
        if item.overdue():
            lines.append(
                QCoreApplication.translate(
                    "DayGridView", "Its time has passed and it is not marked published."
                )
            )
        return "\n".join(lines)

    def _describe(self) -> None:
        day = self.selected_day
        if day is None:
            return
        count = len(self.items.get(day, []))
        self.setAccessibleDescription(
            (
                QCoreApplication.translate("DayGridView", "%1: 1 post")
                if count == 1
                else QCoreApplication.translate("DayGridView", "%1: %2 posts")
            )
            .replace("%1", day.isoformat())
            .replace("%2", str(count))
        )

    # ------------------------------------------------------------ mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position().toPoint()
        self._press = pos
        self._press_item = self.item_at(pos)
        self._dragging = False
        day = self.day_at(pos)
        if day is not None:
            self._select(day, self._press_item.id if self._press_item else None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self._press_item is None or self._dragging:
            return
        if self._press_item.status in ("published", "archived"):
            return  # what already went out stays on its day
        pos = event.position().toPoint()
        if (pos - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._dragging = True
        item = self._press_item
        drag = QDrag(self)
        drag.setMimeData(post_mime(item.id, idea=False))
        rect = self.chip_rect(item.id)
        if not rect.isEmpty():
            pixmap = QPixmap(rect.size())
            pixmap.fill(Qt.GlobalColor.transparent)
            self.render(pixmap, QPoint(), rect)
            drag.setPixmap(pixmap)
            drag.setHotSpot(self._press - rect.topLeft())
        drag.exec(Qt.DropAction.MoveAction)
        self._press = None
        self._press_item = None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            self._press = None
            return
        pos = event.position().toPoint()
        pressed, self._press = self._press_item, None
        self._press_item = None
        if self._dragging:
            self._dragging = False
            return
        more = self._more_at(pos)
        if more is not None:
            self.dayOpened.emit(more)
            return
        if pressed is None:
            day = self.day_at(pos)
            if day is not None:
                self.emptyDayClicked.emit(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position().toPoint())
        if item is not None:
            self.postActivated.emit(item.id)

    # ------------------------------------------------------------ drops

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if read_mime(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if read_mime(event.mimeData()) is None or day is None:
            event.ignore()
            return
        if day != self.hover_day:
            self.hover_day = day
            self.update()
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.hover_day = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self.hover_day = None
        payload = read_mime(event.mimeData())
        day = self.day_at(event.position().toPoint())
        if payload is None or day is None:
            event.ignore()
            self.update()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        what, post_id = payload
        self._select(day, post_id)
        # Emitted once the drop event is over: the page writes and redraws in response,
        # and the drag source (the ideas list) must not be rebuilt under its own feet.
        signal = self.ideaDropped if what == "idea" else self.postDropped
        QTimer.singleShot(0, lambda: signal.emit(post_id, day))

    # ------------------------------------------------------------ keyboard

    def _select(self, day: date, post_id: int | None = None) -> None:
        changed = day != self.selected_day
        self.selected_day = day
        self.selected_post = post_id
        self._describe()
        self.update()
        if changed:
            self.selectionChanged.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        day = self.selected_day
        if key in steps and day is not None:
            target = day + timedelta(days=steps[Qt.Key(key)])
            self.selected_day = target
            self.selected_post = None
            if target in self.days and (
                self.focus_month is None or target.month == self.focus_month
            ):
                self._select(target)
            else:
                self.periodStep.emit(1 if steps[Qt.Key(key)] > 0 else -1)
            return
        if key == Qt.Key.Key_PageUp:
            self.periodStep.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.periodStep.emit(1)
        elif key == Qt.Key.Key_Home:
            self.todayRequested.emit()
        elif key == Qt.Key.Key_Space and day is not None:
            posts = self.items.get(day, [])
            if posts:
                ids = [i.id for i in posts]
                at = ids.index(self.selected_post) + 1 if self.selected_post in ids else 0
                self._select(day, ids[at % len(ids)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and day is not None:
            if self.selected_post is not None:
                self.postActivated.emit(self.selected_post)
            else:
                self.emptyDayClicked.emit(day)
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        # One notch (or a trackpad's worth of them) turns one period.
        self._wheel += event.angleDelta().y()
        if abs(self._wheel) >= 120:
            self.periodStep.emit(-1 if self._wheel > 0 else 1)
            self._wheel = 0
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind in _REPAINT_ALL:
            self.forget_painted()
        if kind == QEvent.Type.FontChange:
            self._elide_cache.clear()
            self._relayout()
        super().changeEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


_KIND_COLORS: dict[str, QColor] = {}


def _kind_color(kind: str) -> QColor:
    color = _KIND_COLORS.get(kind)
    if color is None:
        color = _KIND_COLORS[kind] = kind_color(kind)
    return color


_TINTS: dict[tuple[str, int], QColor] = {}


def _tint(kind: str, alpha: int) -> QColor:
    tint = _TINTS.get((kind, alpha))
    if tint is None:
        tint = _TINTS[(kind, alpha)] = _with_alpha(_kind_color(kind), alpha)
    return tint


def _with_alpha(color: QColor, alpha: int) -> QColor:
    out = QColor(color)
    out.setAlpha(alpha)
    return out


def _status_mark(status: str) -> str:
    return STATUS_MARKS.get(status, "")


def _wrap_elide(text: str, fm: QFontMetrics, width: int, lines: int) -> str:
    """`text` cut to fit `lines` lines of `width`, with an ellipsis when cut."""
    words = text.split()
    out: list[str] = []
    current = ""
    for n, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if fm.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        out.append(current)
        current = word
        if len(out) == lines:
            rest = " ".join([current, *words[n + 1 :]])
            out[-1] = fm.elidedText(out[-1] + " " + rest, Qt.TextElideMode.ElideRight, width)
            return "\n".join(out)
    if current:
        out.append(fm.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return "\n".join(out[:lines])
