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


def kind_name(kind: str) -> str:
    names = {
        "story": QCoreApplication.translate("CalendarNames", "Story"),
        "experience": QCoreApplication.translate("CalendarNames", "Experience"),
        "announcement": QCoreApplication.translate("CalendarNames", "Announcement"),
        "opinion": QCoreApplication.translate("CalendarNames", "Opinion"),
        "promotion": QCoreApplication.translate("CalendarNames", "Promotion"),
        "other": QCoreApplication.translate("CalendarNames", "Other"),
    }
    return names.get(kind, kind)


def status_name(status: str) -> str:
    names = {
        "idea": QCoreApplication.translate("CalendarNames", "Idea"),
        "draft": QCoreApplication.translate("CalendarNames", "Draft"),
        "ready": QCoreApplication.translate("CalendarNames", "Ready"),
        "scheduled": QCoreApplication.translate("CalendarNames", "Scheduled"),
        "published": QCoreApplication.translate("CalendarNames", "Published"),
        "archived": QCoreApplication.translate("CalendarNames", "Archived"),
    }
    return names.get(status, status)


def network_mark(network: str) -> str:
    return NETWORK_MARKS.get(network, network[:2])


def kind_color(kind: str) -> QColor:
    return QColor(KIND_COLORS.get(kind, KIND_COLORS["other"]))
