"""Refresh the French translation: extract UI strings (.ts), then compile (.qm).

    .venv/bin/python packaging/translations.py

Edit firsthand/resources/i18n/firsthand_fr.ts with Qt Linguist (pyside6-linguist), then
run this again to rebuild the .qm the app loads.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "firsthand" / "resources" / "i18n"
BIN = Path(sys.executable).parent


def main() -> int:
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "firsthand").rglob("*.py")
        if "coach" not in p.parts and "migrations" not in p.parts
    )
    for lang in ("fr",):
        ts = I18N / f"firsthand_{lang}.ts"
        subprocess.run(
            [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
            cwd=ROOT,
            check=True,
        )
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
