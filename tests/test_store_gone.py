"""A database file deleted or moved away while the store has it open (no Qt).

SQLite would quietly make a new, empty file in its place and the next save would fail with
SQLAlchemy's "no such table" and its SQL; the store says what happened instead, and never
makes a file except when asked to (first run, a new file).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from firsthand.paths import Paths
from firsthand.services.database import try_open
from firsthand.services.posts import create_post, list_posts
from firsthand.services.profiles import ProfileData, list_profiles
from firsthand.store import (
    DatabaseGone,
    Store,
    StoreError,
    backup_now,
    open_store,
    restore,
)
from firsthand.store.engine import translate


def _delete(db: Path) -> Path | None:
    db.unlink()
    return None


def _move_away(db: Path) -> Path | None:
    tidied = db.parent / "Old stuff" / db.name
    tidied.parent.mkdir()
    db.rename(tidied)
    return tidied


@pytest.mark.parametrize("take_away", [_delete, _move_away], ids=["deleted", "moved away"])
def test_a_save_after_the_file_went_says_so_and_makes_no_new_file(
    store: Store, profile: ProfileData, take_away: Callable[[Path], Path | None]
) -> None:
    db = store.path
    create_post(store, profile.id, "Saved before the tidy-up")
    moved = take_away(db)
    with pytest.raises(DatabaseGone) as err:
        create_post(store, profile.id, "Typed after it")
    assert str(err.value) == (
        f"The database file {db} was moved or deleted while Firsthand had it open."
    )
    assert err.value.path == db
    assert "[SQL:" not in str(err.value) and "\n" not in str(err.value)
    # No empty stand-in at the old place, not even after reading too.
    with pytest.raises(DatabaseGone):
        list_posts(store)
    assert not db.exists()
    assert not db.with_name(db.name + "-wal").exists()
    if moved is not None:  # the moved file is untouched by the failed save
        assert [p.body for p in list_posts(Store(moved))] == ["Saved before the tidy-up"]


def test_putting_the_file_back_lets_the_same_store_save_again(
    store: Store, profile: ProfileData, tmp_path: Path
) -> None:
    db = store.path
    away = tmp_path / "elsewhere.db"
    db.rename(away)
    with pytest.raises(DatabaseGone):
        create_post(store, profile.id, "Not yet")
    away.rename(db)
    create_post(store, profile.id, "Now it lands")
    assert [p.body for p in list_posts(store)] == ["Now it lands"]


def test_a_file_deleted_while_a_write_is_open_does_not_count_as_saved(
    store: Store, profile: ProfileData
) -> None:
    db = store.path
    with pytest.raises(DatabaseGone), store.write() as session:
        session.connection().exec_driver_sql("UPDATE profile SET name = 'Ana L.'")
        db.unlink()  # the commit goes to a file nobody can open again


def test_the_first_run_still_makes_the_file(paths: Paths) -> None:
    db = paths.default_db
    assert not db.exists()
    store = open_store(db, paths.backup_dir_for(db))
    try:
        assert db.exists() and list_profiles(store) == []
    finally:
        store.dispose()


def test_a_store_never_makes_its_file(tmp_path: Path) -> None:
    db = tmp_path / "never-made.db"
    store = Store(db)
    with pytest.raises(DatabaseGone):
        list_profiles(store)
    assert not db.exists()


def test_a_lost_file_with_backups_is_not_made_again_at_start_up(
    store: Store, profile: ProfileData, paths: Paths
) -> None:
    db = store.path
    backup_now(db, paths.backup_dir_for(db))
    store.dispose()
    db.unlink()
    failure = try_open(paths, db, keep=10)
    assert not isinstance(failure, Store)
    assert isinstance(failure.error, DatabaseGone)
    assert str(failure.error) == (
        f"The database file {db} is missing: it was moved or deleted after Firsthand last used it."
    )
    assert failure.choices()[0] == "restore"
    assert not db.exists()
    made = try_open(paths, db, keep=10, create=True)  # the user chose a new, empty database
    assert isinstance(made, Store)
    made.dispose()


def test_restoring_in_place_of_a_deleted_file_leaves_its_stale_wal_aside(
    store: Store, profile: ProfileData, paths: Paths
) -> None:
    db = store.path
    create_post(store, profile.id, "In the backup")
    backup = backup_now(db, paths.backup_dir_for(db))
    # A connection still open when the file is deleted leaves its -wal behind.
    holder = sqlite3.connect(db)
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("DELETE FROM post")
    holder.commit()
    db.unlink()
    wal = db.with_name(db.name + "-wal")
    assert wal.exists()
    try:
        assert restore(backup, db) is None  # nothing was there to set aside
    finally:
        holder.close()
    assert [p.body for p in list_posts(store)] == ["In the backup"]
    assert list(db.parent.glob(f"{db.name}.gone-*-wal"))


def test_a_path_with_uri_characters_opens_the_right_file(tmp_path: Path) -> None:
    db = tmp_path / "Clinic #2 ? 100% sure" / "posts.db"
    store = open_store(db)
    try:
        assert list_profiles(store) == []
    finally:
        store.dispose()
    assert db.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Clinic #2 ? 100% sure"]


def test_an_unexpected_sqlalchemy_error_quotes_sqlite_not_the_statement(tmp_path: Path) -> None:
    db = tmp_path / "clinic.db"
    wrapped = OperationalError(
        "INSERT INTO post (body) VALUES (?)",
        ("hello",),
        sqlite3.OperationalError("no such table: post"),
    )
    err = translate(wrapped, db)
    assert type(err) is StoreError
    assert str(err) == f"The database {db} could not be used: no such table: post"
