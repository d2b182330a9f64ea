"""The plan in and out: CSV import and export, .ics export, and the headless commands."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from firsthand.cli import main
from firsthand.paths import Paths
from firsthand.services.plan_io import (
    PlanInputError,
    build_preview,
    event_uid,
    export_csv,
    export_ics,
    import_preview,
    posts_for_export,
    read_csv_bytes,
)
from firsthand.services.posts import create_post, list_posts, record_results
from firsthand.services.profiles import ProfileData, list_profiles
from firsthand.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
PARIS = ZoneInfo("Europe/Paris")

GOOD = (
    "date,time,timezone,networks,text,status\n"
    "2026-03-27,09:30,Europe/Paris,linkedin x,The day a patient brought us cake,scheduled\n"
    "2026-03-30,09:30,Europe/Paris,LinkedIn,What I tell every parent about first visits,\n"
    ',,,facebook,"An idea, still raw",idea\n'
    "2026-11-01,01:30,America/New_York,twitter,Honest take on charcoal toothpaste,draft\n"
)


def _plan(store: Store, profile: ProfileData) -> None:
    a = create_post(
        store,
        profile.id,
        "Yesterday a six-year-old left showing everyone her tooth.\nShe was so proud.",
        networks=["linkedin", "x"],
        status="published",
        kind="story",
        labels=["kids", "smiles"],
        scheduled_at=datetime(2026, 3, 29, 7, tzinfo=UTC),
        timezone="Europe/Paris",
    )
    record_results(
        store,
        a.id,
        "linkedin",
        published_at=datetime(2026, 3, 29, 7, 2, tzinfo=UTC),
        url="https://linkedin.example/p/1",
        reactions=42,
        comments=7,
        inquiries=1,
    )
    create_post(
        store,
        profile.id,
        'Flossing: what nobody tells you, with "quotes", commas; and semicolons',
        networks=["facebook"],
        status="scheduled",
        kind="experience",
        scheduled_at=datetime(2026, 11, 1, 5, 30, tzinfo=UTC),
        timezone="America/New_York",
    )
    create_post(store, profile.id, "An undated idea", status="idea", kind="other")


def test_preview_checks_rows_and_writes_nothing(store: Store, profile: ProfileData) -> None:
    preview = build_preview(read_csv_bytes(GOOD.encode()), default_zone="Europe/Paris")
    assert preview.ok, preview.issues
    assert list_posts(store, profile.id) == []
    first, second, idea, ny = preview.posts
    assert first.networks == ["linkedin", "x"] and first.status == "scheduled"
    assert first.scheduled_at == datetime(2026, 3, 27, 8, 30, tzinfo=UTC)
    assert second.status == "scheduled" and second.scheduled_at == datetime(
        2026, 3, 30, 7, 30, tzinfo=UTC
    )
    assert idea.scheduled_at is None and idea.status == "idea" and idea.body == "An idea, still raw"
    assert ny.networks == ["x"] and ny.scheduled_at == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
    ids = import_preview(store, profile.id, preview)
    assert len(ids) == 4 and len(list_posts(store, profile.id)) == 4


@pytest.mark.parametrize(
    ("csv_text", "row", "column"),
    [
        ("date,time,timezone,networks,text\n2026-03-01,09:00,UTC,x,hi\n", 1, "status"),
        (GOOD + "next tuesday,09:00,UTC,x,Hello,scheduled\n", 6, "date"),
        (GOOD + "2026-03-01,9h,UTC,x,Hello,scheduled\n", 6, "time"),
        (GOOD + "2026-03-01,09:00,Mars/Olympus,x,Hello,scheduled\n", 6, "timezone"),
        (GOOD + "2026-03-01,09:00,UTC,myspace,Hello,scheduled\n", 6, "networks"),
        (GOOD + "2026-03-01,09:00,UTC,x,Hello,sent\n", 6, "status"),
        (
            "date,time,timezone,networks,text,status,kind\n2026-03-01,09:00,UTC,x,Hi,,ad\n",
            2,
            "kind",
        ),
    ],
)
def test_bad_rows_are_named_and_nothing_is_imported(
    store: Store, profile: ProfileData, csv_text: str, row: int, column: str
) -> None:
    preview = build_preview(read_csv_bytes(csv_text.encode()), default_zone="UTC")
    assert not preview.ok
    issue = preview.issues[0]
    assert (issue.row, issue.column) == (row, column)
    with pytest.raises(PlanInputError, match=f"row {row}, column {column}"):
        import_preview(store, profile.id, preview)
    assert list_posts(store, profile.id) == []


def test_other_encodings_and_delimiters_are_read() -> None:
    text = (
        "Date;Heure;Fuseau;Réseaux;Texte;Statut\n"
        "2026-03-02;08:15;Europe/Paris;linkedin;Café offert à l'accueil, en été;programmé\n"
    )
    for data in (text.encode("cp1252"), text.encode("utf-16"), ("\ufeff" + text).encode()):
        table = read_csv_bytes(data)
        assert table.delimiter == ";"
        preview = build_preview(table)
        assert preview.ok, preview.issues
        (post,) = preview.posts
        assert post.body == "Café offert à l'accueil, en été" and post.status == "scheduled"
    assert read_csv_bytes(text.replace(";", "\t").encode()).delimiter == "\t"


def test_kind_is_detected_when_the_column_is_absent() -> None:
    preview = build_preview(
        read_csv_bytes(GOOD.encode()), detect_kind=lambda body: "story" if "cake" in body else "x"
    )
    assert [p.kind for p in preview.posts] == ["story", "other", "other", "other"]
    assert all(p.kind_detected for p in preview.posts)


def test_csv_round_trip_keeps_plan_and_results(
    store: Store, profile: ProfileData, tmp_path: Path
) -> None:
    _plan(store, profile)
    exported = export_csv(posts_for_export(store, profile.id))
    other = open_store(tmp_path / "other.db", tmp_path / "bk")
    try:
        from firsthand.services.profiles import create_profile

        p2 = create_profile(other, "Copy", timezone="Europe/Paris")
        preview = build_preview(read_csv_bytes(exported.encode()))
        assert preview.ok, preview.issues
        import_preview(other, p2.id, preview)

        def shape(s: Store, pid: int) -> list[tuple[object, ...]]:
            return sorted(
                (
                    p.body,
                    p.kind,
                    p.status,
                    tuple(p.labels),
                    p.scheduled_at,
                    p.timezone,
                    tuple(
                        (t.network, t.reactions, t.comments, t.inquiries, t.url) for t in p.targets
                    ),
                )
                for p in list_posts(s, pid)
            )

        assert shape(other, p2.id) == shape(store, profile.id)
        assert (
            export_csv(posts_for_export(other, p2.id)).replace("\r\n", "\n").splitlines()[1:] != []
        )
    finally:
        other.dispose()


def test_ics_has_one_event_per_post_and_network_with_stable_uids(
    store: Store, profile: ProfileData
) -> None:
    _plan(store, profile)
    posts = posts_for_export(store, profile.id)
    first = icalendar.Calendar.from_ical(export_ics(posts))
    events = list(first.walk("VEVENT"))
    dated = [p for p in posts if p.scheduled_at is not None]
    assert len(events) == sum(len(p.targets) for p in dated) == 3
    by_uid = {str(e["UID"]): e for e in events}
    for p in dated:
        for t in p.targets:
            event = by_uid[event_uid(p.id, t.network)]
            start = event.decoded("DTSTART")
            assert start.astimezone(UTC) == p.scheduled_at
            assert str(event["DTSTART"].params["TZID"]) == p.timezone
    assert {str(tz["TZID"]) for tz in first.walk("VTIMEZONE")} == {
        "Europe/Paris",
        "America/New_York",
    }
    again = icalendar.Calendar.from_ical(export_ics(posts_for_export(store, profile.id)))
    assert sorted(str(e["UID"]) for e in again.walk("VEVENT")) == sorted(by_uid)


# ---------------------------------------------------------------- the headless commands


def test_cli_import_creates_the_profile_then_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], paths: Paths
) -> None:
    src = tmp_path / "plan.csv"
    src.write_text(GOOD, encoding="utf-8")
    db = tmp_path / "cli.db"
    assert main(["import", str(src), "--db", str(db), "--profile", "Dr Ana", "--dry-run"]) == 0
    assert "would import 4 posts" in capsys.readouterr().out
    assert not db.exists() or _count(db) == 0
    assert main(["import", str(src), "--db", str(db), "--profile", "Dr Ana"]) == 0
    assert "imported 4 posts" in capsys.readouterr().out
    store = open_store(db, tmp_path / "bk")
    try:
        assert [p.name for p in list_profiles(store)] == ["Dr Ana"]
    finally:
        store.dispose()
    out = tmp_path / "plan.ics"
    args = ["export", "--format", "ics", "--db", str(db), "-o", str(out)]
    assert main([*args, "--from", "2026-03-28", "--to", "2026-12-31"]) == 0
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert len(list(cal.walk("VEVENT"))) == 2  # 30 March on LinkedIn, 1 November on X
    csv_out = tmp_path / "plan.csv.out"
    assert main(["export", "--format", "csv", "--db", str(db), "-o", str(csv_out)]) == 0
    assert "An idea, still raw" in csv_out.read_text(encoding="utf-8")


def _count(db: Path) -> int:
    store = open_store(db, db.parent / "bk")
    try:
        return len(list_posts(store))
    finally:
        store.dispose()


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("date,time,timezone,networks,text\n2026-03-01,09:00,UTC,x,hi\n", "row 1, column status"),
        (GOOD + "2026-02-30,09:00,UTC,x,Bad day,scheduled\n", "row 6, column date"),
        (
            GOOD.replace("09:30,Europe/Paris,linkedin x", "half past nine,Europe/Paris,linkedin x"),
            "row 2, column time",
        ),
    ],
)
def test_cli_bad_input_exits_2_naming_row_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], paths: Paths, content: str, needle: str
) -> None:
    src = tmp_path / "bad.csv"
    src.write_text(content, encoding="utf-8")
    db = tmp_path / "cli.db"
    assert main(["import", str(src), "--db", str(db), "--profile", "Me"]) == 2
    err = capsys.readouterr().err.strip()
    assert needle in err and len(err.splitlines()) == 1
    assert _count(db) == 0


def test_cli_export_bad_date_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], paths: Paths
) -> None:
    code = main(
        [
            "export",
            "--format",
            "csv",
            "--db",
            str(tmp_path / "x.db"),
            "--from",
            "soon",
            "-o",
            str(tmp_path / "o.csv"),
        ]
    )
    assert code == 2 and "--from" in capsys.readouterr().err


def test_main_py_import_in_a_subprocess(tmp_path: Path) -> None:
    src = tmp_path / "plan.csv"
    # Windows-1252 and semicolons, as a French spreadsheet saves it.
    src.write_bytes(
        "date;time;timezone;networks;text;status\n"
        "2026-03-02;08:15;Europe/Paris;linkedin;Café offert à l'accueil;scheduled\n"
        "2026-03-03;8 heures;Europe/Paris;linkedin;Deuxième;scheduled\n".encode("cp1252")
    )
    env = {**os.environ, "FIRSTHAND_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    db = tmp_path / "sub.db"
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", str(src), "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "row 3, column time" in done.stderr
    assert _count(db) == 0
    src.write_bytes(src.read_bytes().replace(b"8 heures", b"08:00"))
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", str(src), "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert _count(db) == 2


def test_results_typed_into_the_exported_plan_come_back(store: Store, profile: ProfileData) -> None:
    from firsthand.services.plan_io import build_results_preview, import_results
    from firsthand.services.results import post_ids

    _plan(store, profile)
    exported = list(csv.reader(io.StringIO(export_csv(posts_for_export(store, profile.id)))))
    header, records = exported[0], exported[1:]
    col = {name: header.index(name) for name in header}
    rows = []
    for cells in records:
        if cells[col["kind"]] == "story" and cells[col["network"]] == "x":
            cells[col["reactions"]] = "18"  # the numbers X shows, typed in a spreadsheet
            cells[col["shares"]] = "3"
            cells[col["url"]] = "https://x.example/s/9"
        rows.append(cells)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    preview = build_results_preview(
        read_csv_bytes(buf.getvalue().encode()), known_posts=post_ids(store, profile.id)
    )
    assert preview.ok, preview.issues
    assert import_results(store, preview) == 2  # LinkedIn (unchanged numbers) and X
    story = next(p for p in list_posts(store, profile.id) if p.kind == "story")
    x = next(t for t in story.targets if t.network == "x")
    assert (x.reactions, x.shares, x.url) == (18, 3, "https://x.example/s/9")
    linkedin = next(t for t in story.targets if t.network == "linkedin")
    assert linkedin.reactions == 42  # untouched


def test_results_for_an_unknown_post_import_nothing(store: Store, profile: ProfileData) -> None:
    from firsthand.services.plan_io import build_results_preview, import_results
    from firsthand.services.results import post_ids

    _plan(store, profile)
    story = next(p for p in list_posts(store, profile.id) if p.kind == "story")
    data = f"id,network,reactions\n{story.id},linkedin,99\n999,x,5\n{story.id},x,lots\n"
    preview = build_results_preview(
        read_csv_bytes(data.encode()), known_posts=post_ids(store, profile.id)
    )
    assert [(i.row, i.column) for i in preview.issues] == [(3, "id"), (4, "reactions")]
    with pytest.raises(PlanInputError, match="row 3, column id"):
        import_results(store, preview)
    # Even without the check, a vanished post undoes the whole file.
    unchecked = build_results_preview(read_csv_bytes(data.replace(",lots", ",4").encode()))
    with pytest.raises(PlanInputError, match="row 3, column id"):
        import_results(store, unchecked)
    story = next(p for p in list_posts(store, profile.id) if p.kind == "story")
    assert next(t for t in story.targets if t.network == "linkedin").reactions == 42


@pytest.mark.parametrize(
    ("row", "line"),
    [
        (
            "2026-02-30,09:00,UTC,x,Bad day,scheduled",
            "row 6, column date: '2026-02-30' is not a date (use YYYY-MM-DD)",
        ),
        (
            "2026-03-01,09:00,UTC,x,Hello,sent",
            "row 6, column status: unknown status 'sent' "
            "(use idea, draft, ready, scheduled, published, archived)",
        ),
        (
            "2026-03-01,09:00,UTC,x,Hello,scheduled,extra",
            "row 6, column -: 7 cells but the header has 6 columns",
        ),
    ],
)
def test_cli_errors_stay_in_english_word_for_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], paths: Paths, row: str, line: str
) -> None:
    """The import dialog translates these messages; scripts reading the CLI see no change."""
    src = tmp_path / "bad.csv"
    src.write_text(GOOD + row + "\n", encoding="utf-8")
    assert main(["import", str(src), "--db", str(tmp_path / "cli.db"), "--dry-run"]) == 2
    assert capsys.readouterr().err == f"firsthand: error: {line}\n"
