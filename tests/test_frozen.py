"""The PyInstaller bundle, when one was built (`pyinstaller packaging/firsthand.spec`)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

BUNDLE = Path(
    os.environ.get("FIRSTHAND_BUNDLE")
    or Path(__file__).resolve().parent.parent / "dist" / "Firsthand" / "firsthand"
)

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.skipif(not BUNDLE.exists(), reason="no bundle built (dist/Firsthand)"),
]


def test_bundle_reports_its_version() -> None:
    out = subprocess.run([str(BUNDLE), "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.startswith("Firsthand ")


def test_bundle_migrates_and_backs_up_a_new_database(tmp_path: Path) -> None:
    db = tmp_path / "bundle.db"
    env = {"FIRSTHAND_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [str(BUNDLE), "backup", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    # No database yet: a clear refusal, not a traceback.
    assert out.returncode == 2 and "no database" in out.stderr


def test_bundle_checks_a_post_with_its_rule_packs(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text("Our clinic is pleased to offer a full range of services!!!", encoding="utf-8")
    out = subprocess.run(
        [str(BUNDLE), "check", str(post), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0 and '"spam"' in out.stdout
