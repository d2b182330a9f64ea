"""The composer tests' `page` fixture (a pytest plugin: `pytest_plugins = (...)` in a module)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from firsthand.composer.page import ComposerPage
from firsthand.context import AppContext
from firsthand.tasks import wait_for_tasks
from tests.composer_support import make_page


@pytest.fixture
def page(qtbot, ctx: AppContext) -> Iterator[ComposerPage]:  # type: ignore[no-untyped-def]
    p = make_page(qtbot, ctx)
    yield p
    p.flush()
    wait_for_tasks()
