"""Small shared widget pieces: comma-separated list fields and network choices."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

from firsthand.composer.coach import NETWORKS


def network_names() -> dict[str, str]:
    """Network id → display name, from the one data file with the limits."""
    return {key: info.name for key, info in NETWORKS.items()}


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class ListEdit(QLineEdit):
    """A line edit holding a comma-separated list."""

    def values(self) -> list[str]:
        return split_list(self.text())

    def set_values(self, values: list[str]) -> None:
        self.setText(", ".join(values))


class NetworkChoice(QWidget):
    """Check boxes for the networks, three columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, (key, label) in enumerate(network_names().items()):
            box = QCheckBox(label, self)
            box.setObjectName(f"network_{key}")
            box.setAccessibleName(label)
            grid.addWidget(box, i // 3, i % 3)
            self.boxes[key] = box

    def values(self) -> list[str]:
        return [k for k, b in self.boxes.items() if b.isChecked()]

    def set_values(self, values: list[str]) -> None:
        for k, b in self.boxes.items():
            b.setChecked(k in values)
