"""`backup` and `restore`: the same backups as the app's "Back up now" / "Restore…"."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from firsthand.paths import Paths
from firsthand.services.database import choose_db_path
from firsthand.settings import Settings
from firsthand.store import StoreError, backup_now, list_backups, open_store, restore


def run(args: argparse.Namespace) -> int:
    paths = Paths.default()
    settings = Settings.load(paths.settings_file)
    db = choose_db_path(paths, settings, args.db)
    folder = paths.backup_dir_for(db)
    try:
        if args.command == "backup":
            if args.list:
                for b in list_backups(folder, db):
                    when = b.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
                    print(f"{when}\t{b.size}\t{b.path}")
                return 0
            if not db.exists():
                print(f"firsthand: error: no database at {db}", file=sys.stderr)
                return 2
            # Opening first refuses a damaged or foreign file instead of backing it up.
            open_store(db, folder, keep=settings.backup_keep).dispose()
            print(backup_now(db, folder, keep=settings.backup_keep))
            return 0
        if args.backup:
            chosen = Path(args.backup)
            if not chosen.is_file():
                print(f"firsthand: error: no backup file {chosen}", file=sys.stderr)
                return 2
        else:
            found = list_backups(folder, db)
            if not found:
                print(f"firsthand: error: no backups in {folder}", file=sys.stderr)
                return 2
            chosen = found[0].path
        aside = restore(chosen, db)
        print(f"restored {chosen} to {db}" + (f"; previous file kept as {aside}" if aside else ""))
        return 0
    except StoreError as err:
        print(f"firsthand: error: {err}", file=sys.stderr)
        return 1
