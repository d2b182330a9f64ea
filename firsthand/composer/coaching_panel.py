"""The coaching panel: the kind the post reads as, a score gauge, a voice meter, a checklist."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from firsthand.composer import categories
from firsthand.composer.coach.report import Report
from firsthand.composer.templates import AIMS
from firsthand.shell.i18n import fmt

_AUTO = Qt.ItemDataRole.UserRole


def _gauge_color(score: int) -> str:
    if score >= 70:
        return "#2f6f62"
    if score >= 45:
        return "#c08a1e"
    return "#c2410c"


class CoachingPanel(QWidget):
    aim_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coaching_panel")
        self.kind = QLabel(self.tr("Start writing: the coach reads along."), self)
        self.kind.setObjectName("detected_kind")
        self.kind.setAccessibleName(self.tr("The post reads as"))
        self.kind.setWordWrap(True)
        # Why the coach reads it so, in a line the writer sees without hovering.
        self.kind_reason = QLabel(self)
        self.kind_reason.setObjectName("kind_reason")
        self.kind_reason.setAccessibleName(self.tr("Why it reads so"))
        self.kind_reason.setWordWrap(True)
        self.kind_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_reason.setStyleSheet("color: palette(placeholder-text);")
        self.kind_reason.hide()
        self.score = QProgressBar(self)
        self.score.setObjectName("score_gauge")
        self.score.setAccessibleName(self.tr("How firsthand the post reads"))
        self.score.setRange(0, 100)
        self.score.setValue(0)
        self.score.setFormat(self.tr("%v / 100"))
        self.score.setTextVisible(True)

        self.voice_bars: dict[str, QProgressBar] = {}
        voice = QWidget(self)
        grid = QGridLayout(voice)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        voice_names = {
            "i": self.tr("I"),
            "we": self.tr("we"),
            "company": self.tr("company name"),
        }
        for row, (key, name) in enumerate(voice_names.items()):
            label = QLabel(name, voice)
            bar = QProgressBar(voice)
            bar.setObjectName(f"voice_{key}")
            bar.setAccessibleName(fmt(self.tr("Voice: %1"), name))
            bar.setRange(0, 1)
            bar.setValue(0)
            bar.setFormat("%v")
            bar.setMaximumHeight(14)
            grid.addWidget(label, row, 0)
            grid.addWidget(bar, row, 1)
            self.voice_bars[key] = bar
        grid.setColumnStretch(1, 1)

        self.aim = QComboBox(self)
        self.aim.setObjectName("aim_kind")
        self.aim.setAccessibleName(self.tr("The kind of post I am aiming at"))
        self.aim.addItem(self.tr("Not decided yet"), "")
        for kind in AIMS:
            self.aim.addItem(categories.kind_label(kind), kind)
        self.aim.currentIndexChanged.connect(self._aim_changed)

        self.nudges = QLabel(self)
        self.nudges.setObjectName("coach_nudges")
        self.nudges.setWordWrap(True)
        self.nudges.setTextFormat(Qt.TextFormat.PlainText)

        self._report: Report | None = None
        self.checklist = QListWidget(self)
        self.checklist.setObjectName("kind_checklist")
        self.checklist.setAccessibleName(self.tr("Checklist for this kind of post"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        reads = QWidget(self)
        stack = QVBoxLayout(reads)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(self.kind)
        stack.addWidget(self.kind_reason)
        form.addRow(self.tr("Reads as"), reads)
        form.addRow(self.tr("Firsthand score"), self.score)
        form.addRow(self.tr("Voice"), voice)
        form.addRow(self.tr("Aiming at"), self.aim)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.nudges)
        layout.addWidget(QLabel(self.tr("Checklist"), self))
        layout.addWidget(self.checklist, 1)
        self._media_count = 0
        self._fill_checklist()

    def set_aim(self, kind: str) -> None:
        index = self.aim.findData(kind)
        if index >= 0:
            self.aim.setCurrentIndex(index)

    def aim_kind(self) -> str:
        """The kind the writer chose to aim at ("" when not decided)."""
        return str(self.aim.currentData() or "")

    def _checklist_kind(self) -> str:
        """The aim, or else the kind the post reads as (its checklist helps it get there)."""
        if self.aim_kind():
            return self.aim_kind()
        report = self._report
        return report.kind if report is not None and report.kind in AIMS else ""

    def _aim_changed(self) -> None:
        self._fill_checklist()
        self.aim_changed.emit(self.aim_kind())

    def set_media_count(self, count: int) -> None:
        self._media_count = count
        self._tick()

    def set_report(self, report: Report | None) -> None:
        before = self._checklist_kind()
        self._report = report
        if self._checklist_kind() != before:
            self._fill_checklist()
        if report is None:
            self.kind.setText(self.tr("Start writing: the coach reads along."))
            self.kind_reason.hide()
            self.score.setValue(0)
        else:
            self.kind.setText(categories.kind_label(report.kind))
            signals = report.kind_signals
            self.kind.setToolTip("\n".join(signals))
            # The strongest rule's reason, and the last: the words that weighed, when any.
            reason = " · ".join(dict.fromkeys(signals[:1] + signals[-1:]))
            self.kind_reason.setText(reason)
            self.kind_reason.setToolTip(self.kind.toolTip())
            self.kind_reason.setVisible(bool(reason))
            self.score.setValue(max(0, min(100, report.score)))
            style = f"QProgressBar::chunk {{ background: {_gauge_color(report.score)}; }}"
            if self.score.styleSheet() != style:
                self.score.setStyleSheet(style)
        voice = report.voice if report else {}
        top = max([1, *voice.values()])
        for key, bar in self.voice_bars.items():
            bar.setRange(0, top)
            bar.setValue(int(voice.get(key, 0)))
        self.nudges.setText("\n".join(f"• {n}" for n in (report.nudges if report else ())))
        self.nudges.setVisible(bool(report and report.nudges))
        self._tick()

    def _items(self, kind: str) -> list[tuple[str, str]]:
        """(text, automatic check) for `kind`; an empty check means the writer ticks it."""
        first_person = ("first_person", self.tr("Told in the first person (I), not as a company"))
        common = {
            "story": [
                ("", self.tr("One moment with one client, anonymous and kind")),
                first_person,
                ("", self.tr("What you thought or felt")),
                ("", self.tr("What it says about your work")),
                ("no_spam", self.tr("No sales pitch at the end")),
            ],
            "experience": [
                ("", self.tr("Advice clients don't know yet")),
                ("", self.tr("A real case")),
                ("no_jargon", self.tr("Plain words, no jargon")),
                ("", self.tr("Something the reader can do this week")),
            ],
            "announcement": [
                ("no_spam", self.tr("In your own words, not a press release")),
                first_person,
                ("", self.tr("Why you did it")),
                ("", self.tr("What changes for your clients")),
                ("no_style", self.tr("No CAPITALS, no !!!, no hashtag wall")),
            ],
            "opinion": [
                ("", self.tr("One clear opinion")),
                ("", self.tr("Argued from your practice")),
                ("on_topic", self.tr("Within your field")),
                ("", self.tr("A question to your readers")),
            ],
            "portfolio": [
                ("media", self.tr("A good photo attached")),
                ("", self.tr("The client agreed to show it")),
                ("", self.tr("What was hard, and how you solved it")),
                ("", self.tr("The result")),
            ],
        }
        generic = [
            first_person,
            ("no_spam", self.tr("In your own words, not an advert")),
            ("no_jargon", self.tr("Plain words, no jargon")),
            ("on_topic", self.tr("Within your field")),
        ]
        return [(text, auto) for auto, text in common.get(kind, generic)]

    def _fill_checklist(self) -> None:
        self.checklist.clear()
        for text, auto in self._items(self._checklist_kind()):
            item = QListWidgetItem(text)
            item.setData(_AUTO, auto)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if auto:
                item.setToolTip(self.tr("Ticked by the coach as you write."))
            self.checklist.addItem(item)
        self._tick()

    def _tick(self) -> None:
        report = self._report
        cats = {f.category for f in report.findings} if report else set()
        voice = report.voice if report else {}
        state = {
            "first_person": bool(voice.get("i")) and not voice.get("company"),
            "no_spam": report is not None and "spam" not in cats,
            "no_jargon": report is not None and "jargon" not in cats,
            "no_style": report is not None and "style" not in cats,
            "on_topic": report is not None and "off_topic" not in cats,
            "media": self._media_count > 0,
        }
        for i in range(self.checklist.count()):
            item = self.checklist.item(i)
            auto = item.data(_AUTO)
            if auto:
                done = state.get(str(auto), False)
                check = Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
                if item.checkState() != check:
                    item.setCheckState(check)

    def checked_items(self) -> list[str]:
        return [
            self.checklist.item(i).text()
            for i in range(self.checklist.count())
            if self.checklist.item(i).checkState() == Qt.CheckState.Checked
        ]
