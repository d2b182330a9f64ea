"""Where Firsthand keeps its files: per-user folders from platformdirs.

`FIRSTHAND_HOME` points everything at one folder (tests, portable installs);
`FIRSTHAND_CACHE` points the cache elsewhere (a test run shares one).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP = "Firsthand"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    cache_dir: Path  # what can be made again (compiled rule packs): safe to delete

    @classmethod
    def default(cls) -> Paths:
        home = os.environ.get("FIRSTHAND_HOME")
        cache = os.environ.get("FIRSTHAND_CACHE")
        if home:
            root = Path(home)
            return cls(root / "data", root / "config", Path(cache or root / "cache"))
        return cls(
            Path(platformdirs.user_data_dir(APP, appauthor=False)),
            Path(platformdirs.user_config_dir(APP, appauthor=False)),
            Path(cache or platformdirs.user_cache_dir(APP, appauthor=False)),
        )

    @property
    def default_db(self) -> Path:
        return self.data_dir / "firsthand.db"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    def backup_dir_for(self, db_path: Path) -> Path:
        """Backups sit beside the database, so a shared file's backups are shared too."""
        return db_path.parent / "backups"

    def media_dir_for(self, db_path: Path) -> Path:
        """Attached images live beside the database they belong to."""
        return db_path.parent / "media"
