"""An approximate preview of the post on one network: name, avatar, text as the feed cuts it."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from firsthand.composer.coach.networks import NETWORKS
from firsthand.composer.live import cut_for
from firsthand.services.media import preview_spec
from firsthand.shell.i18n import fmt, number

# Past this, a preview is only the start of the post anyway.
PREVIEW_CHARS = 4000


TITLES = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "me", "pr", "prof", "prof."}


def initials(name: str) -> str:
    """What a network's placeholder avatar shows: "Dr Ana Lopes" → "AL"."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    words = [w for w in words if w.casefold() not in TITLES] or words
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


class PreviewPane(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview_pane")
        self.network = QComboBox(self)
        self.network.setObjectName("preview_network")
        self.network.setAccessibleName(self.tr("Preview on"))
        self.network.currentIndexChanged.connect(lambda _i: self.refresh())

        self.card = QFrame(self)
        self.card.setObjectName("preview_card")
        self.card.setStyleSheet(
            "QFrame#preview_card { background: white; border: 1px solid #d9d4c7;"
            " border-radius: 10px; }"
        )
        self.avatar = QLabel(self.card)
        self.avatar.setObjectName("preview_avatar")
        self.avatar.setFixedSize(40, 40)
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.avatar.setStyleSheet(
            "background: #2f6f62; color: white; border-radius: 20px; font-weight: 600;"
        )
        self.name = QLabel(self.card)
        self.name.setObjectName("preview_name")
        self.name.setStyleSheet("font-weight: 600; border: none;")
        self.when = QLabel(self.card)
        self.when.setStyleSheet("color: #777; border: none;")
        self.text = QLabel(self.card)
        self.text.setObjectName("preview_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setStyleSheet("border: none;")
        self.image = QLabel(self.card)
        self.image.setObjectName("preview_image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setStyleSheet("border: none;")
        self.image.hide()

        head = QHBoxLayout()
        head.addWidget(self.avatar)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.name)
        names.addWidget(self.when)
        head.addLayout(names, 1)
        card = QVBoxLayout(self.card)
        card.addLayout(head)
        card.addWidget(self.text)
        card.addWidget(self.image)
        card.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Preview on"), self))
        top.addWidget(self.network, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.card, 1)
        self._author = ""
        self._body = ""
        self._variants: dict[str, str] = {}
        self._image: Path | None = None
        self._image_key: tuple[Path | None, int] = (None, 0)
        self._cuts: dict[str, int | None] = {}

    def set_networks(self, networks: list[str]) -> None:
        current = self.network.currentData()
        self.network.blockSignals(True)
        self.network.clear()
        for key in networks:
            info = NETWORKS.get(key)
            self.network.addItem(info.name if info else key, key)
        self.network.setCurrentIndex(max(0, self.network.findData(current)))
        self.network.blockSignals(False)
        self.refresh()

    def set_content(
        self,
        author: str,
        body: str,
        variants: dict[str, str],
        image: Path | None,
        cuts: dict[str, int | None] | None = None,
    ) -> None:
        """What to preview; `cuts` are where each network cuts `body` (a worker found them)."""
        self._author, self._body, self._variants, self._image = author, body, variants, image
        self._cuts = cuts or {}
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        key = self.network.currentData()
        self.avatar.setText(initials(self._author))
        self.name.setText(self._author or self.tr("You"))
        if not key:
            self.when.setText("")
            self.text.setText(
                html.escape(self.tr("Choose a network in the Networks tab to see a preview."))
            )
            self.image.hide()
            return
        info = NETWORKS.get(str(key))
        self.when.setText(fmt(self.tr("%1 · just now"), info.name if info else key))
        variant = self._variants.get(str(key))
        text = variant or self._body
        if not text.strip():
            self.text.setText(
                "<span style='color:#888'>"
                + html.escape(self.tr("Your post will appear here as it would in the feed."))
                + "</span>"
            )
            self._show_image()
            return
        if not variant and str(key) in self._cuts:
            cut = self._cuts[str(key)]
        else:
            cut = cut_for(text, str(key))
        self.text.setText(self._cut_html(text, str(key), cut))
        self._show_image()

    def _cut_html(self, text: str, network: str, cut: int | None) -> str:
        info = NETWORKS.get(network)
        fold = preview_spec(network).fold
        shown = text if cut is None else text[:cut]
        parts: list[str] = []
        if fold is not None and len(shown) > fold:
            # Feeds fold at a word boundary before the limit.
            space = shown.rfind(" ", 0, fold)
            head = shown[: space if space > fold * 0.6 else fold]
            parts.append(html.escape(head))
            parts.append(f"<span style='color:#777'>{html.escape(self.tr('… more'))}</span>")
        else:
            parts.append(html.escape(shown[:PREVIEW_CHARS]))
        if cut is not None:
            parts.append(
                "<br><span style='color:#c62828; font-weight:600'>"
                + html.escape(
                    fmt(
                        self.tr("✂ %1 stops here: %2 characters are cut."),
                        info.name if info else network,
                        number(len(text) - cut),
                    )
                )
                + "</span>"
            )
        return "".join(parts).replace("\n", "<br>")

    def _show_image(self) -> None:
        path = self._image
        if path is None or not path.exists():
            self.image.hide()
            return
        width = max(120, self.card.width() - 40)
        if self._image_key != (path, width):
            pix = QPixmap(str(path))
            if pix.isNull():
                self.image.hide()
                return
            # The feed shows the image across the card; capped so the text stays in view.
            self.image.setPixmap(
                pix.scaled(
                    min(width, 480),
                    220,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self._image_key = (path, width)
        self.image.show()
