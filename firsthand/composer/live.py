"""Live coaching: debounced analysis off the keystroke path, stale results dropped.

Every change to the document bumps `revision` and restarts a single-shot timer; only when
typing pauses does the coach run, on a worker, over a snapshot of the text. Each result
carries the revision it was computed for and is dropped if the text moved on meanwhile.
Grammar (LanguageTool) runs after that, also on a worker, one request at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument

from firsthand.composer.coach.report import Context, Finding, GrammarStatus, Report
from firsthand.composer.offsets import OffsetMap
from firsthand.tasks import run_task

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
GRAMMAR_DEBOUNCE_MS = 600
# Coaching a post is about its first screens; past this many characters (no network takes
# more than 63,206) the rest is counted but not analysed, so a 1 MB paste costs the same
# as a long post.
ANALYZE_LIMIT = 20_000


@dataclass(frozen=True)
class Analysis:
    revision: int
    text: str  # the whole document text at that revision
    report: Report
    offsets: OffsetMap
    truncated: bool


@dataclass
class GrammarResult:
    revision: int
    findings: tuple[Finding, ...] = ()
    status: GrammarStatus = field(default_factory=GrammarStatus)


def _analyze(text: str, context: Context) -> Report:
    from firsthand.composer.coach import analyze

    return analyze(text, context)


def compute(text: str, context: Context, revision: int) -> Analysis:
    """The worker's job: analyse (a capped prefix of) `text`. No Qt, no database."""
    truncated = len(text) > ANALYZE_LIMIT
    report = _analyze(text[:ANALYZE_LIMIT] if truncated else text, context)
    return Analysis(revision, text, report, OffsetMap(text), truncated)


GrammarCheck = Callable[[str, str], tuple[Sequence[Finding], GrammarStatus]]


class LiveCoach(QObject):
    """Runs the coach (and grammar, when `grammar_check` is set) as the document changes."""

    analyzed = Signal(object)  # Analysis, current when emitted
    grammar_checked = Signal(object)  # GrammarResult, current when emitted
    failed = Signal(str)

    def __init__(self, document: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.context = Context()
        self.revision = 0
        self.grammar_check: GrammarCheck | None = None
        self.last: Analysis | None = None
        self._busy = False
        self._pending = False
        self._grammar_busy = False
        self._grammar_pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._grammar_timer = QTimer(self)
        self._grammar_timer.setSingleShot(True)
        self._grammar_timer.setInterval(GRAMMAR_DEBOUNCE_MS)
        self._grammar_timer.timeout.connect(self._start_grammar)
        document.contentsChanged.connect(self._changed)

    def _changed(self) -> None:
        # The keystroke path: two integer/timer operations, nothing else.
        self.revision += 1
        self._timer.start()

    def set_context(self, context: Context) -> None:
        self.context = context
        self.analyze_now()

    def analyze_now(self) -> None:
        self.revision += 1
        self._timer.stop()
        self._start()

    def _start(self) -> None:
        if self._busy:
            self._pending = True
            return
        self._busy = True
        text, context, revision = self.document.toPlainText(), self.context, self.revision
        run_task(lambda: compute(text, context, revision), self._done, self._error, owner=self)

    def _finish_one(self) -> bool:
        """Bookkeeping after a worker returns; False if this object is already gone."""
        if not shiboken6.isValid(self):
            return False
        self._busy = False
        if self._pending:
            self._pending = False
            self._start()
        return True

    def _done(self, analysis: Any) -> None:
        if not self._finish_one():
            return
        assert isinstance(analysis, Analysis)
        if analysis.revision != self.revision:
            return  # the text changed while we worked: a newer run is due
        self.last = analysis
        self.analyzed.emit(analysis)
        if self.grammar_check is not None:
            self._grammar_timer.start()

    def _error(self, exc: BaseException) -> None:
        if not self._finish_one():
            return
        log.error("coach failed: %s", getattr(exc, "__traceback_text__", exc))
        self.failed.emit(str(exc))

    def _start_grammar(self) -> None:
        check, analysis = self.grammar_check, self.last
        if check is None or analysis is None or analysis.revision != self.revision:
            return
        if self._grammar_busy:
            self._grammar_pending = True
            return
        self._grammar_busy = True
        text = analysis.text[:ANALYZE_LIMIT]
        language, revision = analysis.report.language, analysis.revision

        def work() -> GrammarResult:
            findings, status = check(text, language)
            return GrammarResult(revision, tuple(findings), status)

        run_task(work, self._grammar_done, self._grammar_error, owner=self)

    def _grammar_finish(self) -> bool:
        if not shiboken6.isValid(self):
            return False
        self._grammar_busy = False
        if self._grammar_pending:
            self._grammar_pending = False
            self._grammar_timer.start()
        return True

    def _grammar_done(self, result: Any) -> None:
        if not self._grammar_finish():
            return
        assert isinstance(result, GrammarResult)
        if result.revision == self.revision:
            self.grammar_checked.emit(result)
        else:
            # Stale findings are dropped, but the status (on, unavailable) is still news.
            self.grammar_checked.emit(GrammarResult(-1, (), result.status))

    def _grammar_error(self, exc: BaseException) -> None:
        if not self._grammar_finish():
            return
        status = GrammarStatus("unavailable", str(exc) or type(exc).__name__)
        self.grammar_checked.emit(GrammarResult(-1, (), status))

    def busy(self) -> bool:
        return self._busy or self._grammar_busy or self._timer.isActive()
