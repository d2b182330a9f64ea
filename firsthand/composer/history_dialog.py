"""Revision history: earlier versions of the post, a word-level diff, and restore."""

from __future__ import annotations

import difflib
import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from firsthand.services.posts import RevisionData
from firsthand.shell.i18n import fmt

# A word with the spaces after it: a rewritten sentence shows as one struck run and one new
# run, not as words interleaved with the spaces they shared.
_TOKENS = re.compile(r"^\s+|\S+\s*")
# Word diffs are quadratic in the worst case; past this, compare lines.
WORD_DIFF_LIMIT = 30_000


def diff_html(old: str, new: str) -> str:
    """What changed from `old` to `new`: removed words struck in red, added ones in green."""
    if len(old) + len(new) > WORD_DIFF_LIMIT:
        a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    else:
        a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(html.escape("".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(
                "<span style='background:#fde2e1; color:#9b1c1c; text-decoration:line-through'>"
                + html.escape("".join(a[i1:i2]))
                + "</span>"
            )
        if j2 > j1:
            out.append(
                "<span style='background:#dcf5e3; color:#14532d'>"
                + html.escape("".join(b[j1:j2]))
                + "</span>"
            )
    return "<div style='white-space:pre-wrap'>" + "".join(out) + "</div>"


class HistoryDialog(QDialog):
    """Pick an earlier version; `chosen_body()` is the text to restore."""

    def __init__(self, revisions: list[RevisionData], current: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("Earlier versions"))
        self.resize(820, 520)
        self.revisions = revisions
        self.current = current
        self.list = QListWidget(self)
        self.list.setObjectName("revision_list")
        self.list.setAccessibleName(self.tr("Earlier versions"))
        for rev in revisions:
            local = rev.created_at.astimezone()
            item = QListWidgetItem(
                fmt(self.tr("%1 · version %2"), local.strftime("%Y-%m-%d %H:%M"), rev.post_version)
            )
            item.setData(Qt.ItemDataRole.UserRole, rev.id)
            self.list.addItem(item)
        self.list.setMaximumWidth(240)
        self.diff = QTextBrowser(self)
        self.diff.setObjectName("revision_diff")
        self.diff.setAccessibleName(self.tr("Differences"))
        self.legend = QLabel(
            self.tr("Struck in red: in that version, gone now. Green: written since."), self
        )
        self.legend.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore this version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restore_revision")
        self.restore_button.setAccessibleName(self.tr("Restore this version"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._show)

        right = QVBoxLayout()
        right.addWidget(self.legend)
        right.addWidget(self.diff, 1)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        if revisions:
            self.list.setCurrentRow(0)
        else:
            self.diff.setPlainText(
                self.tr(
                    "No earlier versions yet. Firsthand keeps one at most every minute while "
                    "you write."
                )
            )
            self.restore_button.setEnabled(False)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.revisions):
            self.diff.setHtml(diff_html(self.revisions[row].body, self.current))

    def chosen_body(self) -> str | None:
        row = self.list.currentRow()
        return self.revisions[row].body if 0 <= row < len(self.revisions) else None
