"""`import` and `export`: the plan as CSV in, CSV or iCalendar out, without the window.

Exit codes: 0 success, 1 a failure while running (database, disk), 2 unusable input with
one line on stderr naming the row and column.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from firsthand.paths import Paths
from firsthand.services.plan_io import (
    PlanInputError,
    build_preview,
    coach_detector,
    export_csv,
    export_ics,
    import_preview,
    posts_for_export,
    range_bounds,
    read_csv_file,
)
from firsthand.services.profiles import ProfileData, create_profile, list_profiles
from firsthand.settings import Settings
from firsthand.store import Store, StoreError, open_store


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"firsthand: error: {message}\n")
    return code


def _open(args: argparse.Namespace) -> Store:
    paths = Paths.default()
    db = Path(args.db) if getattr(args, "db", None) else paths.default_db
    db.parent.mkdir(parents=True, exist_ok=True)
    return open_store(db, paths.backup_dir_for(db))


def _profile(store: Store, name: str | None, create: bool) -> ProfileData | None:
    """The profile called `name` (or the only/first one); created when the file has none."""
    profiles = list_profiles(store)
    if name:
        for p in profiles:
            if p.name.casefold() == name.strip().casefold():
                return p
        if profiles:
            raise PlanInputError(0, "--profile", f"no profile named {name!r} in this database")
    if profiles:
        return profiles[0]
    if not create:
        return None
    return create_profile(store, name or "Me")


def _date_arg(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise PlanInputError(0, option, f"{value!r} is not a date (use YYYY-MM-DD)") from exc


def _one_line(exc: PlanInputError) -> str:
    if exc.row <= 0:
        return exc.message if exc.column == "-" else f"{exc.column}: {exc.message}"
    return str(exc)


def run_import(args: argparse.Namespace) -> int:
    table = read_csv_file(Path(args.file))
    store = _open(args)
    try:
        profile = _profile(store, args.profile, create=not args.dry_run)
        settings = Settings.load(Paths.default().settings_file)
        detector = coach_detector(profile)
        preview = build_preview(
            table,
            default_zone=profile.timezone if profile else "UTC",
            default_slot=settings.default_slot,
            detect_kind=detector,
        )
        error = preview.first_error()
        if error is not None:
            raise error
        dated = sum(1 for p in preview.posts if p.scheduled_at is not None)
        past = sum(1 for p in preview.posts if p.in_past())
        if args.dry_run:
            print(
                f"would import {len(preview.posts)} posts ({dated} dated, "
                f"{len(preview.posts) - dated} undated, {past} in the past) "
                f"from {args.file} [{table.encoding}, delimiter {table.delimiter!r}]"
            )
            for p in preview.posts:
                when = p.scheduled_at.isoformat() if p.scheduled_at else "no date"
                nets = ",".join(p.networks) or "-"
                print(f"  row {p.row}: {when} {p.timezone or ''} [{nets}] {p.status} {p.kind}")
            return 0
        assert profile is not None
        ids = import_preview(store, profile.id, preview)
        print(f"imported {len(ids)} posts into profile {profile.name!r}")
        return 0
    finally:
        store.dispose()


def run_export(args: argparse.Namespace) -> int:
    first = _date_arg(args.date_from, "--from")
    last = _date_arg(args.date_to, "--to")
    if first and last and last < first:
        raise PlanInputError(0, "--to", "the end date is before the start date")
    store = _open(args)
    try:
        profiles = list_profiles(store)
        zone = profiles[0].timezone if profiles else "UTC"
        start, end = range_bounds(first, last, zone)
        posts = posts_for_export(store, None, start, end)
    finally:
        store.dispose()
    out = Path(args.output)
    if args.format == "ics":
        out.write_bytes(export_ics(posts))
    else:
        out.write_text(export_csv(posts), encoding="utf-8", newline="")
    print(f"wrote {len(posts)} posts to {out}")
    return 0


def run(args: argparse.Namespace) -> int:
    try:
        if args.command == "import":
            return run_import(args)
        return run_export(args)
    except PlanInputError as exc:
        return _fail(_one_line(exc), 2)
    except StoreError as exc:
        return _fail(str(exc).splitlines()[0], 1)
    except OSError as exc:
        return _fail(f"{exc.filename or ''}: {exc.strerror or exc}", 1)
