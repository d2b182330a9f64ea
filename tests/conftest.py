"""Shared fixtures: a fresh database file, a profile, settings and an app context."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One compiled-pack cache for the run (set before any test module loads a pack), shared with
# the CLI's subprocesses, and never the user's own.
os.environ["FIRSTHAND_CACHE"] = _CACHE = tempfile.mkdtemp(prefix="firsthand-test-cache-")
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

from firsthand.paths import Paths  # noqa: E402
from firsthand.services.profiles import ProfileData, create_profile  # noqa: E402
from firsthand.settings import Settings  # noqa: E402
from firsthand.store import Store, open_store  # noqa: E402


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    """Data and config folders inside tmp_path; nothing touches the real user folders."""
    monkeypatch.setenv("FIRSTHAND_HOME", str(tmp_path / "home"))
    return Paths.default()


@pytest.fixture
def db_path(paths: Paths) -> Path:
    return paths.default_db


@pytest.fixture
def store(db_path: Path, paths: Paths) -> Iterator[Store]:
    s = open_store(db_path, paths.backup_dir_for(db_path))
    yield s
    s.dispose()


@pytest.fixture
def profile(store: Store) -> ProfileData:
    return create_profile(
        store,
        "Dr Ana Lopes",
        profession="dentist",
        topics=["teeth", "dental care", "braces"],
        languages=["en", "fr"],
        networks=["linkedin", "facebook", "x"],
        timezone="Europe/Paris",
    )


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def ctx(paths: Paths, settings: Settings, store: Store, profile: ProfileData):  # type: ignore[no-untyped-def]
    """An AppContext for pages and dialogs (needs a QApplication: use with qtbot)."""
    from firsthand.context import AppContext

    return AppContext(paths=paths, settings=settings, store=store, profile_id=profile.id)


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    """French translators for the widgets built during the test; English again afterwards."""
    from PySide6.QtCore import QLocale

    from firsthand.shell.i18n import install_translators

    locale = QLocale()
    installed = install_translators(qapp, "fr")
    assert installed, "firsthand_fr.qm did not load"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest) -> str:
    """Runs the test twice: with the UI in English, then in French."""
    if request.param == "fr":
        request.getfixturevalue("french")
    return str(request.param)


def show_active(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Show `widget` as the active window, so keyboard shortcuts reach it (offscreen too)."""
    from PySide6.QtWidgets import QApplication

    widget.show()
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
