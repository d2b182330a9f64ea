"""One typed settings object with defaults, stored as JSON in the config folder.

Created at start-up and passed in; nothing reads settings behind the caller's back.
Profile data (allow-lists, topics) lives in the database, not here.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

SCHEMA = 1


@dataclass
class Settings:
    db_path: str = ""  # empty: the default file in the data folder
    ui_language: str = "system"  # "system", "en" or "fr"
    backup_keep: int = 10
    grammar_mode: str = "off"  # "off", "local" or "server"
    grammar_server_url: str = ""
    grammar_timeout_s: float = 3.0
    language_tool_download_ok: bool = False
    default_slot: str = "09:00"
    promo_threshold: float = 0.2
    crowded_day: int = 3
    gap_days: int = 7
    calendar_view: str = "month"
    calendar_filters: dict[str, Any] = field(default_factory=dict)
    last_profile_id: int = 0
    window_geometry: str = ""
    schema: int = SCHEMA

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read settings; a missing or unreadable file gives the defaults (and is kept)."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        defaults = cls()
        for key, val in raw.items():
            if key in known and type(val) is type(getattr(defaults, key)):
                values[key] = val
            elif (
                key in known and isinstance(getattr(defaults, key), float) and isinstance(val, int)
            ):
                values[key] = float(val)
        return cls(**values)

    def save(self, path: Path) -> None:
        """Write atomically, so a crash mid-save never leaves half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(asdict(self), fh, indent=2, sort_keys=True)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
