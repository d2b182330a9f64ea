"""Reminders while the app runs: a post comes due → a signal, a tray message, a dialog.

From the dialog: open the post, copy its text for one network, or mark it published there
with the URL it got.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from firsthand.context import AppContext
from firsthand.services.calendar import CalendarItem, due_between, overdue_posts
from firsthand.services.posts import get_post
from firsthand.services.results import mark_published
from firsthand.shell.store_errors import explain
from firsthand.store import StoreError, utcnow

from .names import network_name

CHECK_EVERY_MS = 30_000
POST_ID = Qt.ItemDataRole.UserRole


class Reminders(QObject):
    """Checks on a timer which posts came due since the last check."""

    due = Signal(list)  # list[CalendarItem]
    clicked = Signal()  # the user clicked the desktop notification

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        interval_ms: int = CHECK_EVERY_MS,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.last_check = clock()
        self.timer = QTimer(self)
        self.timer.setObjectName("reminder_timer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None

    def start(self) -> None:
        self.last_check = self.clock()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def overdue(self) -> list[CalendarItem]:
        """Posts whose time passed before the app started (or while it ran) unpublished."""
        return overdue_posts(self.ctx.store, self.ctx.profile_id, self.clock())

    def check(self) -> list[CalendarItem]:
        now = self.clock()
        try:
            items = due_between(self.ctx.store, self.ctx.profile_id, self.last_check, now)
        except StoreError:
            return []  # the file is busy: try again next tick, keeping the window open
        self.last_check = now
        if items:
            self.due.emit(items)
            self._notify(items)
        return items

    def _notify(self, items: list[CalendarItem]) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            app = QApplication.instance()
            icon = QGuiApplication.windowIcon()
            if icon.isNull() and isinstance(app, QApplication):
                icon = app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setObjectName("reminder_tray")
            self.tray.setToolTip(self.tr("Firsthand"))
            self.tray.messageClicked.connect(self.clicked.emit)
            self.tray.show()
        first = items[0]
        if len(items) == 1:
            title = self.tr("Time to post")
        else:
            title = self.tr("%1 posts are due").replace("%1", str(len(items)))
        nets = ", ".join(network_name(n) for n in first.networks)
        body = (
            self.tr("%1 — %2")
            .replace("%1", first.title or self.tr("(no text yet)"))
            .replace("%2", nets or self.tr("no network chosen"))
        )
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15_000)


class ReminderDialog(QDialog):
    """Due or overdue posts, with what to do about each."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reminder_dialog")
        self.setWindowTitle(self.tr("Posts to publish"))
        self.setModal(False)
        self.resize(560, 380)
        self.heading = QLabel(self)
        self.heading.setObjectName("reminder_heading")
        self.heading.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("reminder_list")
        self.list.setAccessibleName(self.tr("Posts to publish"))
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("reminder_open")
        self.copy_button = QToolButton(self)
        self.copy_button.setObjectName("reminder_copy")
        self.copy_button.setText(self.tr("Copy for…"))
        self.copy_button.setAccessibleName(self.tr("Copy the text for a network"))
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.copy_menu = QMenu(self.copy_button)
        self.copy_button.setMenu(self.copy_menu)
        self.network = QComboBox(self)
        self.network.setObjectName("reminder_network")
        self.network.setAccessibleName(self.tr("Network it was published on"))
        self.url = QLineEdit(self)
        self.url.setObjectName("reminder_url")
        self.url.setAccessibleName(self.tr("Address of the published post"))
        self.url.setPlaceholderText(self.tr("Address of the published post (optional)"))
        self.publish_button = QPushButton(self.tr("Mark published"), self)
        self.publish_button.setObjectName("reminder_mark_published")
        self.status = QLabel(self)
        self.status.setObjectName("reminder_status")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        publish = QHBoxLayout()
        publish.addWidget(self.network)
        publish.addWidget(self.url, 1)
        publish.addWidget(self.publish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        layout.addLayout(publish)
        layout.addWidget(self.status)
        layout.addWidget(close)

        self.list.currentItemChanged.connect(lambda *_: self._selected())
        self.list.itemActivated.connect(lambda *_: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.publish_button.clicked.connect(self.mark_selected_published)
        self._items: dict[int, CalendarItem] = {}

    def set_items(self, items: list[CalendarItem], *, overdue: bool) -> None:
        self.heading.setText(
            self.tr("These posts are past their time and not marked published yet.")
            if overdue
            else self.tr("These posts are due now.")
        )
        self.list.clear()
        self._items = {i.id: i for i in items}
        for item in items:
            local = item.planned_local()
            when = local.strftime("%Y-%m-%d %H:%M") if local else ""
            nets = ", ".join(network_name(n) for n in item.networks)
            row = QListWidgetItem(f"{when}  {item.title or self.tr('(no text yet)')}  [{nets}]")
            row.setData(POST_ID, item.id)
            self.list.addItem(row)
        if items:
            self.list.setCurrentRow(0)
        self._selected()

    def current(self) -> CalendarItem | None:
        row = self.list.currentItem()
        return self._items.get(row.data(POST_ID)) if row is not None else None

    def _selected(self) -> None:
        item = self.current()
        self.copy_menu.clear()
        self.network.clear()
        for widget in (self.open_button, self.copy_button, self.publish_button):
            widget.setEnabled(item is not None)
        if item is None:
            return
        for net in item.networks or ("",):
            label = (
                self.tr("Copy for %1").replace("%1", network_name(net)) if net else self.tr("Copy")
            )
            action = self.copy_menu.addAction(label)
            action.setObjectName(f"copy_for_{net or 'any'}")
            action.triggered.connect(lambda _=False, n=net: self.copy_for(n))
            if net:
                self.network.addItem(network_name(net), net)

    def open_selected(self) -> None:
        item = self.current()
        if item is not None:
            self.ctx.events.open_post.emit(item.id)

    def copy_for(self, network: str) -> str:
        """Put the text for `network` (its variant if it has one) on the clipboard."""
        item = self.current()
        if item is None:
            return ""
        post = get_post(self.ctx.store, item.id)
        text = post.body
        for target in post.targets:
            if target.network == network and target.variant:
                text = target.variant
        QGuiApplication.clipboard().setText(text)
        self.status.setText(
            self.tr("Copied for %1.").replace("%1", network_name(network) if network else "")
        )
        return text

    def mark_selected_published(self) -> None:
        item = self.current()
        network = self.network.currentData()
        if item is None or not network:
            return
        try:
            post = mark_published(self.ctx.store, item.id, str(network), self.url.text())
        except (StoreError, ValueError) as exc:
            self.status.setText(explain(exc))
            return
        self.url.clear()
        self.status.setText(
            self.tr("Marked published on %1.").replace("%1", network_name(str(network)))
        )
        if post.status == "published":
            row = self.list.currentRow()
            self.list.takeItem(row)
            self._items.pop(item.id, None)
            self._selected()
        self.ctx.events.posts_changed.emit()
