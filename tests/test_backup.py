"""Backups: made with the online API, rotated, restored without losing the current file."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import timedelta
from pathlib import Path

import pytest

from firsthand.cli import main as cli_main
from firsthand.services.posts import create_post, list_posts
from firsthand.services.profiles import ProfileData
from firsthand.store import (
    NotADatabase,
    Store,
    backup_if_due,
    backup_now,
    list_backups,
    open_store,
    restore,
)


def bodies(store: Store) -> list[str]:
    return sorted(p.body for p in list_posts(store))


def test_backup_is_a_consistent_copy_while_the_app_writes(
    store: Store, profile: ProfileData, tmp_path: Path
) -> None:
    create_post(store, profile.id, "before the backup")
    target = backup_now(store.path, tmp_path / "bk")
    create_post(store, profile.id, "after the backup")
    copy = open_store(target)
    try:
        assert bodies(copy) == ["before the backup"]
    finally:
        copy.dispose()


def test_only_the_newest_backups_are_kept(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "bk"
    made = []
    for _ in range(5):
        made.append(backup_now(store.path, folder, keep=3))
        time.sleep(0.01)
    kept = [b.path for b in list_backups(folder, store.path)]
    assert kept == list(reversed(made[-3:]))


def test_daily_backup_only_when_due(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "bk"
    first = backup_if_due(store.path, folder)
    assert first is not None
    assert backup_if_due(store.path, folder) is None
    old = time.time() - 2 * 86400
    os.utime(first, (old, old))
    assert backup_if_due(store.path, folder, every=timedelta(days=1)) is not None


def test_restore_keeps_the_replaced_file_aside(
    store: Store, profile: ProfileData, tmp_path: Path
) -> None:
    create_post(store, profile.id, "kept in the backup")
    backup = backup_now(store.path, tmp_path / "bk")
    create_post(store, profile.id, "typed after the backup")
    store.dispose()
    aside = restore(backup, store.path)
    assert aside is not None and aside.exists()
    reopened = open_store(store.path)
    try:
        assert bodies(reopened) == ["kept in the backup"]
    finally:
        reopened.dispose()
    # The replaced file still holds what was typed after the backup.
    conn = sqlite3.connect(aside)
    assert ("typed after the backup",) in conn.execute("SELECT body FROM post").fetchall()
    conn.close()


def test_a_damaged_backup_is_not_restored(store: Store, tmp_path: Path) -> None:
    fake = tmp_path / "fake.firsthand-backup.db"
    fake.write_bytes(b"not a database at all" * 100)
    store.dispose()
    with pytest.raises(NotADatabase):
        restore(fake, store.path)
    assert open_store(store.path).path == store.path  # the live file was left alone


def test_cli_backup_list_and_restore(
    store: Store, profile: ProfileData, capsys: pytest.CaptureFixture[str]
) -> None:
    create_post(store, profile.id, "in the backup")
    assert cli_main(["backup", "--db", str(store.path)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.exists()
    create_post(store, profile.id, "not in the backup")
    assert cli_main(["backup", "--list", "--db", str(store.path)]) == 0
    assert str(made) in capsys.readouterr().out
    store.dispose()
    assert cli_main(["restore", "--db", str(store.path)]) == 0
    assert "previous file kept as" in capsys.readouterr().out
    again = open_store(store.path)
    try:
        assert bodies(again) == ["in the backup"]
    finally:
        again.dispose()


def test_cli_backup_refuses_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], paths: object
) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("hello")
    assert cli_main(["backup", "--db", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "not a Firsthand database" in err and err.count("\n") == 1
    assert bad.read_text() == "hello"


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli_main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("Firsthand 0.")
