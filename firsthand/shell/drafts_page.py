"""Ideas & drafts: every post not yet scheduled, with full-text search."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from firsthand.context import AppContext
from firsthand.services.posts import (
    PostData,
    delete_post,
    list_posts,
    search_posts,
    undelete_post,
)
from firsthand.store import StoreError

from .i18n import fmt
from .store_errors import explain, save_or_explain

UNSCHEDULED = ("idea", "draft", "ready")


def first_line(body: str, width: int = 90) -> str:
    line = body.strip().splitlines()[0] if body.strip() else ""
    return line if len(line) <= width else line[: width - 1] + "…"


class DraftsPage(QWidget):
    """The list of ideas and drafts; double-click opens one in the composer."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("drafts_page")
        self._deleted: list[int] = []
        self._status_names = {
            "idea": self.tr("Idea"),
            "draft": self.tr("Draft"),
            "ready": self.tr("Ready"),
        }

        title = QLabel(self.tr("Ideas & drafts"), self)
        title.setObjectName("page_title")
        self.search = QLineEdit(self)
        self.search.setObjectName("drafts_search")
        self.search.setAccessibleName(self.tr("Search posts"))
        self.search.setPlaceholderText(self.tr("Search your posts…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.setObjectName("drafts_status")
        self.status.setAccessibleName(self.tr("Show"))
        self.status.addItem(self.tr("All ideas and drafts"), "")
        for key, label in self._status_names.items():
            self.status.addItem(label, key)

        self.new_button = QPushButton(self.tr("New idea"), self)
        self.new_button.setObjectName("new_idea")
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("open_post")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("delete_post")
        self.undo_button = QPushButton(self.tr("Undo delete"), self)
        self.undo_button.setObjectName("undo_delete")
        self.undo_button.setEnabled(False)

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("drafts_table")
        self.table.setAccessibleName(self.tr("Ideas and drafts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Status"), self.tr("Post"), self.tr("Edited")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.empty = QLabel(self)
        self.empty.setObjectName("drafts_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.status.currentIndexChanged.connect(self.refresh)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self.new_idea)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        ctx.events.posts_changed.connect(self.refresh)
        ctx.events.profile_changed.connect(self.refresh)
        self.refresh()

    def posts(self) -> list[PostData]:
        query = self.search.text().strip()
        wanted = self.status.currentData() or None
        statuses = (wanted,) if wanted else UNSCHEDULED
        if query:
            found = search_posts(self.ctx.store, query, self.ctx.profile_id)
            return [p for p in found if p.status in statuses]
        return list_posts(self.ctx.store, self.ctx.profile_id, statuses=statuses)

    def refresh(self) -> None:
        try:
            posts = self.posts()
        except StoreError as err:
            self.empty.setText(explain(err))
            posts = []
        self.table.setRowCount(len(posts))
        for row, post in enumerate(posts):
            status = QTableWidgetItem(self._status_names.get(post.status, post.status))
            status.setData(Qt.ItemDataRole.UserRole, post.id)
            text = QTableWidgetItem(first_line(post.body) or self.tr("(empty)"))
            text.setToolTip(post.body[:500])
            edited = QTableWidgetItem(post.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"))
            for col, item in enumerate((status, text, edited)):
                self.table.setItem(row, col, item)
        has_rows = bool(posts)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if not has_rows:
            self.empty.setText(
                self.tr("Nothing matches your search.")
                if self.search.text().strip()
                else self.tr(
                    "No ideas yet. Jot one down with “New idea”: a client's question, "
                    "something funny at work, a case you're proud of."
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        self.open_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def new_idea(self) -> None:
        self.ctx.events.new_post.emit({"status": "idea"})

    def open_selected(self) -> None:
        post_id = self.selected_id()
        if post_id is not None:
            self.ctx.events.open_post.emit(post_id)

    def delete_selected(self) -> None:
        post_id = self.selected_id()
        if post_id is None:
            return

        def write() -> bool:
            delete_post(self.ctx.store, post_id)
            return True

        if save_or_explain(self, self.tr("Delete"), write) is None:
            return
        self._deleted.append(post_id)
        self.undo_button.setEnabled(True)
        self.undo_button.setToolTip(
            fmt(self.tr("%1 post(s) can be brought back"), len(self._deleted))
        )
        self.ctx.events.posts_changed.emit()

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        post_id = self._deleted.pop()
        try:
            undelete_post(self.ctx.store, post_id)
        except StoreError as err:
            QMessageBox.warning(self, self.tr("Undo delete"), explain(err))
            return
        self.undo_button.setEnabled(bool(self._deleted))
        self.ctx.events.posts_changed.emit()
