"""The ideas backlog beside the calendar: undated posts, dragged onto a day to plan them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from firsthand.services.calendar import CalendarItem

from .day_grid import post_mime, read_mime
from .names import KIND_COLORS, kind_color, kind_name, network_name, status_name

POST_ID = Qt.ItemDataRole.UserRole


def _swatch(color: QColor) -> QIcon:
    pixmap = QPixmap(10, 10)
    pixmap.fill(color)
    return QIcon(pixmap)


class IdeasList(QListWidget):
    """Drag an idea out onto a day; drop a scheduled post here to take it off the calendar."""

    postActivated = Signal(int)
    postUnscheduled = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ideas_list")
        self.setAccessibleName(self.tr("Ideas not yet planned"))
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSpacing(2)
        self.setUniformItemSizes(False)
        self.itemActivated.connect(self._activated)
        self._swatches = {k: _swatch(kind_color(k)) for k in KIND_COLORS}
        self._shown: list[CalendarItem] | None = None

    def set_ideas(self, items: list[CalendarItem]) -> None:
        # Every redraw of the calendar sends the backlog; rows cost to rebuild. (A row a
        # drag moved out changes the count: then the list is rebuilt.)
        if items == self._shown and self.count() == len(items):
            return
        self._shown = list(items)
        self.clear()
        for item in items:
            nets = ", ".join(network_name(n) for n in item.networks)
            text = item.title or self.tr("(no text yet)")
            if nets:
                text = f"{text}\n{nets}"
            row = QListWidgetItem(self._swatches.get(item.kind, QIcon()), text)
            row.setData(POST_ID, item.id)
            row.setToolTip(
                self.tr("%1 · %2 — drag onto a day to plan it")
                .replace("%1", kind_name(item.kind))
                .replace("%2", status_name(item.status))
            )
            self.addItem(row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._shown = None  # the next backlog is written out in the new language
        super().changeEvent(event)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        post_id = items[0].data(POST_ID) if items else None
        return post_mime(int(post_id), idea=True) if post_id is not None else QMimeData()

    def mimeTypes(self) -> list[str]:
        from .day_grid import MIME

        return [MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        payload = read_mime(event.mimeData())
        if payload is not None and payload[0] == "post":
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        payload = read_mime(event.mimeData())
        if payload is None or payload[0] != "post":
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        # After the event returns: the page rebuilds this list in response.
        post_id = payload[1]
        QTimer.singleShot(0, lambda: self.postUnscheduled.emit(post_id))

    def _activated(self, row: QListWidgetItem) -> None:
        post_id = row.data(POST_ID)
        if isinstance(post_id, int):
            self.postActivated.emit(post_id)
