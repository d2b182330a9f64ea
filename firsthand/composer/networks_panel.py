"""Target networks: choice, live counters (red past the limit), per-network variants, copy."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from firsthand.composer.coach.networks import NETWORKS
from firsthand.composer.live import count_for
from firsthand.shell.i18n import fmt, number

OVER_STYLE = "color: #c62828; font-weight: 600;"
OK_STYLE = "color: #3d4f4a;"


class NetworksPanel(QWidget):
    changed = Signal()  # the choice of networks or a variant changed
    copied = Signal(str)  # network id whose text went to the clipboard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networks_panel")
        self.body_provider: Callable[[], str] = lambda: ""
        self._variants: dict[str, str] = {}
        self._loading = False
        self.boxes: dict[str, QCheckBox] = {}
        self.counters: dict[str, QLabel] = {}
        self.copy_buttons: dict[str, QPushButton] = {}

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for row, (key, info) in enumerate(NETWORKS.items()):
            box = QCheckBox(info.name, self)
            box.setObjectName(f"target_{key}")
            box.setAccessibleName(fmt(self.tr("Post on %1"), info.name))
            box.toggled.connect(self._choice_changed)
            counter = QLabel(self)
            counter.setObjectName(f"counter_{key}")
            counter.setAccessibleName(fmt(self.tr("Length on %1"), info.name))
            counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            counter.setMinimumWidth(96)
            if info.note:
                counter.setToolTip(info.note)
            copy = QPushButton(self.tr("Copy"), self)
            copy.setObjectName(f"copy_{key}")
            copy.setAccessibleName(fmt(self.tr("Copy for %1"), info.name))
            copy.setToolTip(fmt(self.tr("Copy for %1"), info.name))
            copy.clicked.connect(lambda _c=False, k=key: self.copy_for(k))
            grid.addWidget(box, row, 0)
            grid.addWidget(counter, row, 1)
            grid.addWidget(copy, row, 2)
            self.boxes[key] = box
            self.counters[key] = counter
            self.copy_buttons[key] = copy
        grid.setColumnStretch(0, 1)

        self.variant_network = QComboBox(self)
        self.variant_network.setObjectName("variant_network")
        self.variant_network.setAccessibleName(self.tr("Network of the variant"))
        self.variant_network.currentIndexChanged.connect(self._show_variant)
        self.variant = QPlainTextEdit(self)
        self.variant.setObjectName("variant_text")
        self.variant.setAccessibleName(self.tr("Text for this network only"))
        self.variant.setPlaceholderText(
            self.tr("Empty: this network gets the main text. Write here to adapt it.")
        )
        self.variant.setMaximumHeight(110)
        self.variant.textChanged.connect(self._variant_edited)
        self.variant_count = QLabel(self)
        self.variant_count.setObjectName("variant_counter")

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(lambda: self.update_counts(self.body_provider()))

        variant_row = QHBoxLayout()
        variant_row.addWidget(QLabel(self.tr("Variant for"), self))
        variant_row.addWidget(self.variant_network, 1)
        variant_row.addWidget(self.variant_count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Where will this post go? Counters turn red past a limit."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addLayout(variant_row)
        layout.addWidget(self.variant)
        layout.addStretch(1)
        self._refresh_choice()

    # -- state -----------------------------------------------------------------------------
    def networks(self) -> list[str]:
        return [k for k, b in self.boxes.items() if b.isChecked()]

    def variants(self) -> dict[str, str]:
        return {k: v for k, v in self._variants.items() if v.strip()}

    def set_state(self, networks: list[str], variants: dict[str, str]) -> None:
        self._loading = True
        try:
            for key, box in self.boxes.items():
                box.setChecked(key in networks)
            self._variants = dict(variants)
            self._refresh_choice()
        finally:
            self._loading = False

    def text_for(self, network: str, body: str | None = None) -> str:
        variant = self._variants.get(network, "")
        if variant.strip():
            return variant
        return self.body_provider() if body is None else body

    def copy_for(self, network: str) -> None:
        QGuiApplication.clipboard().setText(self.text_for(network))
        self.copied.emit(network)

    # -- counters --------------------------------------------------------------------------
    def update_counts(
        self, body: str, counted: dict[str, tuple[int, int | None]] | None = None
    ) -> None:
        """Show each chosen network's count; `counted` holds the body's, made by a worker."""
        counted = counted or {}
        chosen = set(self.networks())
        for key, label in self.counters.items():
            if key not in chosen:
                label.setText("")
                label.setProperty("over", False)
                continue
            variant = self._variants.get(key, "")
            if not variant.strip() and key in counted:
                count, limit = counted[key]
            else:
                count, limit = count_for(self.text_for(key, body), key)
            self._show_count(label, count, limit)
        current = self.variant_network.currentData()
        if current:
            text = self._variants.get(str(current), "")
            if text.strip():
                count, limit = count_for(text, str(current))
                self._show_count(self.variant_count, count, limit)
            else:
                self.variant_count.setText("")

    def _show_count(self, label: QLabel, count: int, limit: int | None) -> None:
        over = limit is not None and count > limit
        if limit is None:
            label.setText(fmt(self.tr("%1"), number(count)))
        else:
            label.setText(fmt(self.tr("%1 / %2"), number(count), number(limit)))
        if label.property("over") is not over or not label.styleSheet():
            label.setProperty("over", over)
            label.setStyleSheet(OVER_STYLE if over else OK_STYLE)  # restyling costs; only on change
        if over:
            label.setAccessibleDescription(
                fmt(self.tr("%1 characters over the limit"), number(count - (limit or 0)))
            )
        else:
            label.setAccessibleDescription("")

    # -- events ----------------------------------------------------------------------------
    def _choice_changed(self) -> None:
        self._refresh_choice()
        if not self._loading:
            self.changed.emit()

    def _refresh_choice(self) -> None:
        chosen = self.networks()
        for key, button in self.copy_buttons.items():
            button.setEnabled(key in chosen)
        current = self.variant_network.currentData()
        self.variant_network.blockSignals(True)
        self.variant_network.clear()
        for key in chosen:
            self.variant_network.addItem(NETWORKS[key].name, key)
        index = self.variant_network.findData(current)
        self.variant_network.setCurrentIndex(max(0, index))
        self.variant_network.blockSignals(False)
        self.variant_network.setEnabled(bool(chosen))
        self.variant.setEnabled(bool(chosen))
        self._show_variant()
        self._timer.start()

    def _show_variant(self) -> None:
        key = self.variant_network.currentData()
        self.variant.blockSignals(True)
        self.variant.setPlainText(self._variants.get(str(key), "") if key else "")
        self.variant.blockSignals(False)
        self._timer.start()

    def _variant_edited(self) -> None:
        key = self.variant_network.currentData()
        if not key:
            return
        self._variants[str(key)] = self.variant.toPlainText()
        self._timer.start()
        if not self._loading:
            self.changed.emit()
