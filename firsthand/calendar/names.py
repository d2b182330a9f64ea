"""What the calendar calls things on screen: kinds, statuses, networks, and their colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from firsthand.services.plan_io import network_name

__all__ = ["kind_color", "kind_name", "network_mark", "network_name", "status_name"]

KIND_COLORS = {
    "story": "#3f9b6b",
    "experience": "#3a78b5",
    "announcement": "#d39432",
    "opinion": "#8a63c2",
    "promotion": "#cc4456",
    "other": "#7d848f",
}
STATUS_MARKS = {
    "idea": "○",
    "draft": "◔",
    "ready": "◑",
    "scheduled": "●",
    "published": "✓",
    "archived": "▫",
}
NETWORK_MARKS = {
    "x": "X",
    "linkedin": "in",
    "facebook": "f",
    "instagram": "IG",
    "threads": "Th",
    "mastodon": "M",
    "bluesky": "Bs",
    "telegram": "Tg",
    "vkontakte": "VK",
    "vk": "VK",
    "ok": "OK",
    "pinterest": "P",
    "tiktok": "TT",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarNames", text)


def kind_name(kind: str) -> str:
    names = {
        "story": _tr("Story"),
        "experience": _tr("Experience"),
        "announcement": _tr("Announcement"),
        "opinion": _tr("Opinion"),
        "promotion": _tr("Promotion"),
        "other": _tr("Other"),
    }
    return names.get(kind, kind)


def status_name(status: str) -> str:
    names = {
        "idea": _tr("Idea"),
        "draft": _tr("Draft"),
        "ready": _tr("Ready"),
        "scheduled": _tr("Scheduled"),
        "published": _tr("Published"),
        "archived": _tr("Archived"),
    }
    return names.get(status, status)


def network_mark(network: str) -> str:
    return NETWORK_MARKS.get(network, network[:2])


def kind_color(kind: str) -> QColor:
    return QColor(KIND_COLORS.get(kind, KIND_COLORS["other"]))
