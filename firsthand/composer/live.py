"""Live coaching: debounced analysis off the keystroke path, stale results dropped.

A change to the document restarts a single-shot timer through a C++-to-C++ connection, so
a keystroke runs no Python at all. Only when typing pauses does the coach run, on a worker,
over a snapshot of the text. Each result carries the revision (run number) and the text it
was computed for, and is dropped if the document no longer holds that text. Network counts
and grammar (LanguageTool) follow, also on workers, one request at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument

from firsthand.composer.coach.networks import NETWORKS, network_count, overflow_start
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


# Past this length a post is far beyond every limit: count code points (exact for most
# networks, close enough to say "too long" on X and Bluesky) instead of walking graphemes.
EXACT_COUNT_LIMIT = 100_000
# A preview shows the start of a post; where the network cuts is looked for in this much.
PREVIEW_CHARS = 8000


@dataclass(frozen=True)
class Analysis:
    revision: int
    text: str  # the whole document text at that revision
    report: Report
    offsets: OffsetMap
    truncated: bool


@dataclass(frozen=True)
class Counts:
    """The text measured for each network, computed after the underlines are up."""

    revision: int
    counts: dict[str, tuple[int, int | None]]
    cuts: dict[str, int | None]  # where each network stops showing the text


def count_for(text: str, network: str) -> tuple[int, int | None]:
    """(count, limit) as `network` counts `text`, cheap even for a huge paste."""
    if len(text) > EXACT_COUNT_LIMIT:
        info = NETWORKS.get(network)
        return len(text), info.limit if info else None
    return network_count(text, network)


def cut_for(text: str, network: str) -> int | None:
    """Where `network` stops showing `text` (None: it all fits), looked for in its start."""
    info = NETWORKS.get(network)
    if info is None:
        return None
    head = text[:PREVIEW_CHARS]
    cut = overflow_start(head, info)
    if cut is None and len(text) > len(head) and info.limit is not None:
        return min(info.limit, len(head))
    return cut


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


def measure(text: str, networks: Sequence[str], revision: int) -> Counts:
    """The second worker job: each network's count and cut (X's weights are slow to walk)."""
    return Counts(
        revision,
        {n: count_for(text, n) for n in networks},
        {n: cut_for(text, n) for n in networks},
    )


GrammarCheck = Callable[[str, str], tuple[Sequence[Finding], GrammarStatus]]


class LiveCoach(QObject):
    """Runs the coach (and grammar, when `grammar_check` is set) as the document changes."""

    analyzed = Signal(object)  # Analysis, current when emitted
    counted = Signal(object)  # Counts, current when emitted
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
        self._counting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._grammar_timer = QTimer(self)
        self._grammar_timer.setSingleShot(True)
        self._grammar_timer.setInterval(GRAMMAR_DEBOUNCE_MS)
        self._grammar_timer.timeout.connect(self._start_grammar)
        # The keystroke path: QTimer::start, called from C++ without entering Python.
        document.contentsChanged.connect(self._timer.start)

    def set_context(self, context: Context) -> None:
        self.context = context
        self.analyze_now()

    def analyze_now(self) -> None:
        self._timer.stop()
        self._start()

    def current(self, analysis: Analysis | None) -> bool:
        """Whether `analysis` describes the text the document holds now."""
        return (
            analysis is not None
            and analysis.revision == self.revision
            and not self._timer.isActive()
            and analysis.text == self.document.toPlainText()
        )

    def settled(self) -> bool:
        """Nothing pending: the last analysis, counts and grammar describe the current text."""
        return not self.busy() and self.current(self.last)

    def _start(self) -> None:
        if self._busy:
            self._pending = True
            return
        self._busy = True
        self.revision += 1
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
        if self._pending or analysis.text != self.document.toPlainText():
            return  # the text changed while we worked: a newer run is due
        self.last = analysis
        self.analyzed.emit(analysis)
        self._start_counting(analysis)
        if self.grammar_check is not None:
            self._grammar_timer.start()

    def _start_counting(self, analysis: Analysis) -> None:
        if self._counting:
            return  # the running one's result will be stale; the next analysis counts again
        self._counting = True
        text, networks, revision = analysis.text, self.context.networks, analysis.revision
        run_task(
            lambda: measure(text, networks, revision), self._counted, self._count_error, owner=self
        )

    def _counted(self, counts: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self._counting = False
        assert isinstance(counts, Counts)
        if self.last is not None and counts.revision == self.last.revision:
            self.counted.emit(counts)
        elif self.last is not None:
            self._start_counting(self.last)

    def _count_error(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self._counting = False
            self.failed.emit(str(exc))

    def _error(self, exc: BaseException) -> None:
        if not self._finish_one():
            return
        log.error("coach failed: %s", getattr(exc, "__traceback_text__", exc))
        self.failed.emit(str(exc))

    def _start_grammar(self) -> None:
        check, analysis = self.grammar_check, self.last
        if check is None or not self.current(analysis):
            return
        assert analysis is not None
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
        if (
            self.current(self.last)
            and self.last is not None
            and result.revision == self.last.revision
        ):
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
        return self._busy or self._counting or self._grammar_busy or self._timer.isActive()
