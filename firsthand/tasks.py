"""Background work over QThreadPool; results and errors come back on the GUI thread.

`run_task(fn, on_done, on_error)` is the one way widgets run slow work: `fn` runs on a
worker and must not touch widgets; the callbacks run on the thread that owns `owner`
(the GUI thread).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001  (reported to the caller, never lost)
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_live: set[_Relay] = set()


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    owner: QObject | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run `fn` off the GUI thread; call `on_done(result)` or `on_error(exc)` back on it."""
    relay = _Relay()
    if owner is not None:
        # The relay lives on the owner's thread, so queued signals land there.
        relay.moveToThread(owner.thread())
    _live.add(relay)

    def finish() -> None:
        _live.discard(relay)
        relay.deleteLater()

    def done(result: Any) -> None:
        try:
            if on_done is not None:
                on_done(result)
        finally:
            finish()

    def failed(exc: BaseException) -> None:
        try:
            if on_error is not None:
                on_error(exc)
        finally:
            finish()

    relay.done.connect(done)
    relay.failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(_Job(fn, relay))


def wait_for_tasks(msecs: int = 30000) -> bool:
    """Block until background tasks finish (used at shutdown and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
