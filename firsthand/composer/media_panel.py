"""Images of the post: attach (copied beside the database), thumbnails, crop and size warnings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from firsthand.composer.coach.networks import NETWORKS
from firsthand.services.media import (
    MAX_BYTES,
    MediaData,
    MediaError,
    attach_image,
    copy_media,
    image_warnings,
    list_media,
    remove_media,
)
from firsthand.shell import store_errors
from firsthand.shell.i18n import fmt
from firsthand.store import Store, StoreError
from firsthand.tasks import run_task

THUMB = 96


def thumbnail(path: Path) -> QImage:
    """A small QImage of `path` (QImage, unlike QPixmap, may be made off the GUI thread)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() > 0:
        reader.setScaledSize(size.scaled(THUMB * 2, THUMB * 2, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class MediaPanel(QWidget):
    media_changed = Signal(object)  # list[MediaData]

    def __init__(self, store: Store, media_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("media_panel")
        self.store = store
        self.media_dir = media_dir
        self.ensure_post: Callable[[], int | None] = lambda: None
        self._post_id: int | None = None
        self._networks: list[str] = []
        self._media: list[MediaData] = []

        self.list = QListWidget(self)
        self.list.setObjectName("media_list")
        self.list.setAccessibleName(self.tr("Attached images"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setSpacing(6)
        self.list.setMinimumHeight(THUMB + 40)
        self.list.currentRowChanged.connect(lambda _r: self._show_warnings())
        self.attach_button = QPushButton(self.tr("Attach images…"), self)
        self.attach_button.setObjectName("attach_images")
        self.attach_button.setAccessibleName(self.tr("Attach images"))
        self.attach_button.clicked.connect(self._choose)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("remove_image")
        self.remove_button.setAccessibleName(self.tr("Remove the selected image"))
        self.remove_button.clicked.connect(self._remove)
        self.message = QLabel(self)
        self.message.setObjectName("media_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("media_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.warnings)
        self._refresh()

    def media(self) -> list[MediaData]:
        return list(self._media)

    def set_post(self, post_id: int | None) -> None:
        self._post_id = post_id
        self.message.clear()
        try:
            self._media = list_media(self.store, self.media_dir, post_id) if post_id else []
        except StoreError as exc:
            self._media = []
            self.message.setText(store_errors.explain(exc))
        self._refresh()

    def set_networks(self, networks: list[str]) -> None:
        self._networks = list(networks)
        self._show_warnings()

    def _choose(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach images"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp);;All files (*)"),
        )
        if files:
            self.attach_files([Path(f) for f in files])

    def attach_files(self, paths: list[Path]) -> None:
        """Copy and attach `paths` on a worker; messages say what was refused and why."""
        post_id = self._post_id or self.ensure_post()
        if post_id is None:
            return
        self._post_id = post_id
        store, media_dir = self.store, self.media_dir

        def work() -> tuple[list[MediaData], list[MediaError]]:
            done: list[MediaData] = []
            errors: list[MediaError] = []
            for path in paths:
                try:
                    done.append(attach_image(store, media_dir, post_id, path))
                except MediaError as exc:
                    errors.append(exc)
            return done, errors

        self.message.setText(self.tr("Copying…"))
        self.attach_button.setEnabled(False)
        run_task(work, self._attached, self._failed, owner=self)

    def copy_from(self, source_post_id: int) -> None:
        """Attach copies of another post's images to this one, on a worker (a post kept as
        a new one keeps its images; each post then has files of its own)."""
        post_id = self._post_id
        if post_id is None or post_id == source_post_id:
            return
        store, media_dir = self.store, self.media_dir

        def work() -> tuple[list[MediaData], list[MediaError]]:
            return copy_media(store, media_dir, source_post_id, post_id), []

        self.message.setText(self.tr("Copying…"))
        self.attach_button.setEnabled(False)
        run_task(work, self._attached, self._failed, owner=self)

    def _attached(self, result: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self.attach_button.setEnabled(True)
        _done, errors = result
        self.set_post(self._post_id)  # clears the message, so the refusals come after
        self.message.setText("\n".join(self.explain(e) for e in errors))

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.attach_button.setEnabled(True)
        self.message.setText(store_errors.explain(exc))

    def explain(self, error: MediaError) -> str:
        name = error.path.name
        if error.reason == "not_image":
            return fmt(
                self.tr("“%1” is not an image I can attach (PNG, JPEG, GIF, WebP or BMP)."), name
            )
        if error.reason == "too_large":
            size_mb = int(error.detail or 0) / 1024 / 1024
            return fmt(
                self.tr(
                    "“%1” is %2 MB, more than the %3 MB networks accept. Export a smaller copy."
                ),
                name,
                f"{size_mb:.0f}",
                MAX_BYTES // 1024 // 1024,
            )
        if error.reason == "too_many_pixels":
            return fmt(
                self.tr("“%1” is %2 pixels: export a smaller copy (2,000 pixels wide is plenty)."),
                name,
                error.detail,
            )
        return fmt(self.tr("“%1” could not be read: %2"), name, error.detail)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._media):
            return
        try:
            remove_media(self.store, self.media_dir, self._media[row].id)
        except StoreError as exc:
            self.message.setText(store_errors.explain(exc))
        self.set_post(self._post_id)

    def _refresh(self) -> None:
        self.list.clear()
        for m in self._media:
            item = QListWidgetItem(m.original_name or m.path.name)
            item.setToolTip(fmt(self.tr("%1 × %2 pixels"), m.width, m.height))
            item.setSizeHint(QSize(THUMB + 16, THUMB + 28))
            self.list.addItem(item)
            self._load_thumb(m.path, item)
        self.remove_button.setEnabled(bool(self._media))
        if not self._media:
            self.warnings.setText(
                self.tr("No images yet. One good photo of your work says more than a paragraph.")
            )
        else:
            self._show_warnings()
        self.media_changed.emit(list(self._media))

    def _load_thumb(self, path: Path, item: QListWidgetItem) -> None:
        def show(image: Any) -> None:
            if shiboken6.isValid(self.list) and isinstance(image, QImage) and not image.isNull():
                try:
                    item.setIcon(QIcon(QPixmap.fromImage(image)))
                except RuntimeError:
                    pass  # the list was refilled meanwhile

        run_task(lambda: thumbnail(path), show, None, owner=self)

    def _show_warnings(self) -> None:
        lines: list[str] = []
        for m in self._media:
            for w in image_warnings(m.width, m.height, self._networks):
                name = NETWORKS[w.network].name if w.network in NETWORKS else w.network
                best = fmt(self.tr("%1×%2"), *w.best) if w.best else ""
                if w.problem == "small":
                    lines.append(
                        fmt(
                            self.tr("%1: “%2” is only %3 px wide and will look blurry (best: %4)."),
                            name,
                            m.original_name,
                            m.width,
                            best,
                        )
                    )
                else:
                    lines.append(
                        fmt(
                            self.tr("%1 will crop “%2” (%3×%4); it shows %5 best."),
                            name,
                            m.original_name,
                            m.width,
                            m.height,
                            best,
                        )
                    )
        if self._media:
            self.warnings.setText(
                "\n".join(lines) if lines else self.tr("The images suit the chosen networks.")
            )
