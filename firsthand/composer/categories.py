"""How each finding category looks: its colour in the editor and its name in the panels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from firsthand.composer.coach.report import CATEGORIES, Category, Finding
from firsthand.shell.i18n import fmt

# Distinct hues, readable as thin wavy lines on white; grammar is the familiar spell-check red.
COLORS: dict[str, str] = {
    "spam": "#c2410c",
    "jargon": "#7c3aed",
    "off_topic": "#b45309",
    "voice": "#2563eb",
    "length": "#64748b",
    "grammar": "#dc2626",
    "style": "#0f766e",
}


# "Allow this word" takes a word or a short name, not a sentence (too long, a jab).
_ALLOWABLE_WORDS = 4


def allowable(finding: Finding) -> bool:
    """Whether a finding's words can go on the allow-list."""
    return finding.category in ("jargon", "off_topic", "grammar", "style") and (
        len(finding.text.split()) <= _ALLOWABLE_WORDS
    )


def apply_label(finding: Finding, fit: Callable[[str], str] = str) -> str | None:
    """What Apply does with a finding, as the panel's button and the editor's menu say it
    ("Add “(gum disease)” after it", "Write “use” in its place"), or None when it has nothing
    to write. `fit` shortens the quoted words where room is short."""
    replacement = finding.replacement
    if replacement is None:
        return None
    if replacement.startswith(finding.text + " ("):  # a trade's word explained, not replaced
        added = replacement[len(finding.text) + 1 :]
        return fmt(QCoreApplication.translate("Categories", "Add “%1” after it"), fit(added))
    return fmt(
        QCoreApplication.translate("Categories", "Write “%1” in its place"), fit(replacement)
    )


def color(category: str) -> QColor:
    return QColor(COLORS.get(category, "#64748b"))


def label(category: str) -> str:
    """The category's name in the UI language."""
    names = {
        "spam": QCoreApplication.translate("Categories", "Sounds like an ad"),
        "jargon": QCoreApplication.translate("Categories", "Jargon"),
        "off_topic": QCoreApplication.translate("Categories", "Off your topic"),
        "voice": QCoreApplication.translate("Categories", "Your own voice"),
        "length": QCoreApplication.translate("Categories", "Length"),
        "grammar": QCoreApplication.translate("Categories", "Grammar and spelling"),
        "style": QCoreApplication.translate("Categories", "Style"),
    }
    return names.get(category, category)


def kind_label(kind: str) -> str:
    names = {
        "story": QCoreApplication.translate("Categories", "Story"),
        "experience": QCoreApplication.translate("Categories", "Experience / tip"),
        "announcement": QCoreApplication.translate("Categories", "First-person announcement"),
        "opinion": QCoreApplication.translate("Categories", "Opinion"),
        "portfolio": QCoreApplication.translate("Categories", "Portfolio / case"),
        "promotion": QCoreApplication.translate("Categories", "Promotion"),
        "other": QCoreApplication.translate("Categories", "Not clear yet"),
    }
    return names.get(kind, kind)


def principle(number: int) -> str:
    """The short name of principle `number` (DESIGN.md), as the tooltips cite it."""
    names = {
        1: QCoreApplication.translate("Categories", "Talk with people, not at them"),
        2: QCoreApplication.translate("Categories", "Your own name and your own voice"),
        3: QCoreApplication.translate("Categories", "Tell stories"),
        4: QCoreApplication.translate("Categories", "Share your experience"),
        5: QCoreApplication.translate("Categories", "Write simply"),
        6: QCoreApplication.translate("Categories", "Your opinion, within your field"),
        7: QCoreApplication.translate("Categories", "Announce in your own words, not as an ad"),
        8: QCoreApplication.translate("Categories", "Don't just repost, don't shout"),
        9: QCoreApplication.translate("Categories", "Show your work"),
        10: QCoreApplication.translate("Categories", "Start from a goal, end with results"),
    }
    return names.get(number, "")


ORDER: tuple[Category, ...] = CATEGORIES
