"""Small shared widget pieces: comma-separated list fields and network choices."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

# Shown in the first-run dialog and settings; the coach's networks.toml has the limits.
NETWORK_NAMES: dict[str, str] = {
    "x": "X (Twitter)",
    "linkedin": "LinkedIn",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "threads": "Threads",
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
    "telegram": "Telegram",
    "vk": "VKontakte",
    "ok": "Odnoklassniki",
    "pinterest": "Pinterest",
    "tiktok": "TikTok",
}


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
        for i, (key, label) in enumerate(NETWORK_NAMES.items()):
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
