"""The store against real SQLite files: schema, round-trips, locking, search, faults."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel, select

from firsthand.services.posts import (
    create_post,
    delete_post,
    get_post,
    list_revisions,
    record_results,
    search_posts,
    update_post,
)
from firsthand.services.profiles import ProfileData, allow_word, create_profile, update_profile
from firsthand.store import (
    ConflictError,
    DatabaseLocked,
    DatabaseTooNew,
    NotADatabase,
    NotFound,
    Store,
    StoreError,
    Unwritable,
    head_revision,
    open_store,
)
from firsthand.store import models as m
from firsthand.store.migrate import include_object
from tests.lock_holder import lock_held


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_at_head_with_wal_and_foreign_keys(store: Store) -> None:
    with store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_models_and_migrations_agree(store: Store) -> None:
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        diff = compare_metadata(ctx, SQLModel.metadata)
    assert diff == []


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(StoreError), store.write() as s:
        s.add(m.Post(profile_id=999, body="orphan"))


def test_every_table_round_trips(store: Store, profile: ProfileData) -> None:
    when = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    with store.write() as s:
        camp = m.Campaign(
            profile_id=profile.id,
            name="Spring smiles",
            starts_on=date(2026, 3, 1),
            ends_on=date(2026, 4, 30),
            goal="10 new patients",
            goal_kind="inquiries",
            networks=["facebook"],
        )
        s.add(camp)
        s.flush()
        assert camp.id is not None
        s.add(m.BudgetLine(campaign_id=camp.id, label="ads", currency="EUR", planned_minor=15000))
        s.add(
            m.Criterion(campaign_id=camp.id, metric="inquiries", target=10, due_on=date(2026, 5, 1))
        )
        s.add(m.Activity(profile_id=profile.id, campaign_id=camp.id, title="Q&A", happens_at=when))
        post = m.Post(
            profile_id=profile.id,
            campaign_id=camp.id,
            body="Last Tuesday…",
            labels=["kids", "fear"],
            scheduled_at=when,
            timezone="Europe/Paris",
            status="scheduled",
            kind="story",
        )
        s.add(post)
        s.flush()
        assert post.id is not None
        s.add(m.PostTarget(post_id=post.id, network="facebook", reactions=12))
        s.add(m.Revision(post_id=post.id, body="Last Tues", post_version=1))
        s.add(m.Media(post_id=post.id, path="media/a.jpg", width=1200, height=630))
        s.add(m.FollowUp(post_id=post.id, network="facebook", due_at=when))
        post_id = post.id
    with store.read() as s:
        got = s.get(m.Post, post_id)
        assert got is not None
        assert got.scheduled_at == when and got.scheduled_at.tzinfo is not None
        assert got.labels == ["kids", "fear"]
        assert s.exec(select(m.PostTarget)).one().reactions == 12
        assert s.exec(select(m.Revision)).one().body == "Last Tues"
        assert s.exec(select(m.Media)).one().width == 1200
        assert s.exec(select(m.FollowUp)).one().due_at == when
        assert s.exec(select(m.Campaign)).one().ends_on == date(2026, 4, 30)
        assert s.exec(select(m.BudgetLine)).one().planned_minor == 15000
        assert s.exec(select(m.Criterion)).one().target == 10
        assert s.exec(select(m.Activity)).one().happens_at == when


def test_naive_datetimes_are_refused(store: Store, profile: ProfileData) -> None:
    with pytest.raises(ValueError):
        create_post(store, profile.id, "x", scheduled_at=datetime(2026, 1, 1, 9))


def test_optimistic_lock_conflict_raises(store: Store, profile: ProfileData) -> None:
    post = create_post(store, profile.id, "first words")
    mine = update_post(store, post.id, post.version, body="my edit")
    # A second window still holds the old version.
    with pytest.raises(ConflictError):
        update_post(store, post.id, post.version, body="their edit")
    assert get_post(store, post.id).body == "my edit"
    assert update_post(store, post.id, mine.version, body="again").version == mine.version + 1


def test_profile_conflict_and_allow_list(store: Store, profile: ProfileData) -> None:
    allow_word(store, profile.id, "periodontitis")
    allow_word(store, profile.id, "Periodontitis")  # same word, different case: kept once
    with pytest.raises(ConflictError):
        update_profile(store, profile.id, profile.version, name="Other")
    assert create_profile(store, "Second").allow_list == []


def test_edit_keeps_the_previous_body_as_a_revision(store: Store, profile: ProfileData) -> None:
    post = create_post(store, profile.id, "draft one")
    update_post(store, post.id, None, body="draft two")
    revisions = list_revisions(store, post.id)
    assert [r.body for r in revisions] == ["draft one"]


def test_search_finds_after_edit_and_not_after_delete(store: Store, profile: ProfileData) -> None:
    post = create_post(store, profile.id, "My first week with braces")
    assert [p.id for p in search_posts(store, "braces")] == [post.id]
    update_post(store, post.id, None, body="Un détartrage sans douleur")
    assert search_posts(store, "braces") == []
    # Accents are ignored and words match by prefix.
    assert [p.id for p in search_posts(store, "detartr")] == [post.id]
    delete_post(store, post.id)
    assert search_posts(store, "detartrage") == []
    with pytest.raises(NotFound):
        get_post(store, post.id)


def test_search_survives_fts_syntax_in_the_query(store: Store, profile: ProfileData) -> None:
    create_post(store, profile.id, 'He said "NEAR" AND left')
    assert len(search_posts(store, '"NEAR" AND (')) == 1


def test_results_are_recorded_per_network(store: Store, profile: ProfileData) -> None:
    post = create_post(store, profile.id, "x", networks=["facebook", "linkedin"])
    record_results(store, post.id, "facebook", reactions=5, comments=2, url="https://fb/1")
    got = {t.network: t for t in get_post(store, post.id).targets}
    assert got["facebook"].reactions == 5 and got["facebook"].url == "https://fb/1"
    assert got["linkedin"].reactions is None
    with pytest.raises(ValueError):
        record_results(store, post.id, "facebook", reactions=-1)


# --- faults -------------------------------------------------------------------


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("Dear diary, this is not a database.\n" * 50)
    before = digest(bad)
    with pytest.raises(NotADatabase) as err:
        open_store(bad, tmp_path / "backups")
    assert str(bad) in str(err.value)
    assert digest(bad) == before
    assert not (tmp_path / "backups").exists()


def test_a_corrupt_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    db = tmp_path / "firsthand.db"
    open_store(db).dispose()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    raw = bytearray(db.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # the schema page, after the header
    db.write_bytes(bytes(raw))
    before = digest(db)
    with pytest.raises(NotADatabase):
        open_store(db, tmp_path / "backups")
    assert digest(db) == before


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = digest(other)
    with pytest.raises(NotADatabase):
        open_store(other)
    assert digest(other) == before


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "firsthand.db"
    open_store(db).dispose()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = digest(db)
    with pytest.raises(DatabaseTooNew) as err:
        open_store(db, tmp_path / "backups")
    assert "newer version" in str(err.value)
    assert digest(db) == before


def test_a_locked_database_says_so_and_nothing_is_half_written(
    tmp_path: Path, profile: ProfileData, store: Store
) -> None:
    with lock_held(store.path, "exclusive") as holder:
        impatient = Store(store.path, busy_timeout=0.3)
        started = time.monotonic()
        with pytest.raises(DatabaseLocked) as err:
            create_post(impatient, profile.id, "written while locked")
        assert time.monotonic() - started < 5
        assert "in use by another program" in str(err.value)
        holder.release()
    # Retry after the other program let go: it works, and only once.
    create_post(impatient, profile.id, "written after")
    with store.read() as s:
        bodies = [p.body for p in s.exec(select(m.Post)).all()]
    assert bodies == ["written after"]


def test_a_read_only_place_gives_a_clear_error_naming_the_path() -> None:
    # /proc is read-only even for root, unlike a chmod'ed folder.
    target = Path("/proc/firsthand-test/firsthand.db")
    with pytest.raises(Unwritable) as err:
        open_store(target)
    assert str(target.parent) in str(err.value)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_folder_gives_a_clear_error(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root ignores folder permissions; the /proc test covers this case")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(Unwritable) as err:
            open_store(folder / "firsthand.db")
        assert str(folder) in str(err.value)
    finally:
        folder.chmod(0o755)


def test_a_full_disk_is_reported_and_earlier_data_kept(store: Store, profile: ProfileData) -> None:
    kept = create_post(store, profile.id, "saved before the disk filled up")
    with store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    full = Store(store.path)
    from sqlalchemy import event

    @event.listens_for(full.engine, "connect")
    def _cap(dbapi_conn, _rec):  # type: ignore[no-untyped-def]
        # SQLite answers SQLITE_FULL exactly as it does when the disk runs out.
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(Unwritable) as err:
        create_post(full, profile.id, "x" * 200_000)
    assert "full" in str(err.value) and str(store.path) in str(err.value)
    assert get_post(store, kept.id).body == "saved before the disk filled up"
    with store.read() as s:
        assert len(s.exec(select(m.Post)).all()) == 1


def test_upgrading_an_older_database_backs_it_up_first_and_keeps_its_data(
    tmp_path: Path,
) -> None:
    from alembic import command

    from firsthand.store import list_backups
    from firsthand.store.engine import create_file
    from firsthand.store.migrate import alembic_config, known_revisions

    assert len(known_revisions()) > 1, "needs at least two migrations to upgrade across"
    db = tmp_path / "old.db"
    create_file(db)  # a Store never makes its file
    old = Store(db)
    cfg = alembic_config()
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO profile (name, profession, topics, languages, networks,"
            " allow_list, ignored_rules, own_jargon, company_names, timezone, created_at, version)"
            " VALUES ('Ana', '', '[]', '[]', '[]', '[]', '[]', '[]', '[]', 'UTC',"
            " '2026-01-01 00:00:00', 1)"
        )
    old.dispose()

    upgraded = open_store(db, tmp_path / "backups")
    try:
        with upgraded.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        with upgraded.read() as s:
            assert [p.name for p in s.exec(select(m.Profile)).all()] == ["Ana"]
    finally:
        upgraded.dispose()
    [backup] = list_backups(tmp_path / "backups", db)
    assert "before-upgrade" in backup.path.name
    conn = sqlite3.connect(backup.path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()
