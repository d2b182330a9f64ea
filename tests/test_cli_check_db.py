"""`main.py check --db PATH`: the coach reads with the profile of that database, never writes it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from firsthand.cli import main
from firsthand.paths import Paths
from firsthand.services.profiles import ProfileData, create_profile
from firsthand.settings import Settings
from firsthand.store import open_store
from tests.test_cli_check import run_main

POST = (
    "Brightsmile now offers scaling for periodontitis. Is pleased to offer. "
    "I voted in the election yesterday and the minister lied.\n"
)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FIRSTHAND_HOME", str(tmp_path / "home"))


def make_db(path: Path, *profiles: dict[str, Any]) -> list[ProfileData]:
    """A database file as the app makes it, with these profiles."""
    store = open_store(path)
    try:
        return [create_profile(store, **values) for values in profiles]
    finally:
        store.dispose()


DENTIST: dict[str, Any] = {
    "name": "Dr Ana Lopes",
    "profession": "dentist",
    "topics": ["teeth", "dental care"],
    "allow_list": ["periodontitis"],
    "own_jargon": ["scaling"],
    "company_names": ["Brightsmile"],
    "ignored_rules": ["spam.press-release"],
}


def found(capsys: pytest.CaptureFixture[str], post: Path, *argv: str) -> set[tuple[str, str]]:
    code, out, err = run_main(capsys, str(post), "--format", "json", *argv)
    assert (code, err) == (0, "")
    return {(f["rule"], f["text"]) for f in json.loads(out)["findings"]}


@pytest.fixture
def post(tmp_path: Path) -> Path:
    path = tmp_path / "post.txt"
    path.write_text(POST, encoding="utf-8")
    return path


def test_the_databases_profile_coaches_the_check(
    tmp_path: Path, post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "clinic.db"
    make_db(db, DENTIST)
    before = db.read_bytes()
    plain = found(capsys, post)
    with_profile = found(capsys, post, "--db", str(db))
    # Allowed word and ignored rule: gone. Own jargon and company name: found.
    assert ("jargon.dentistry", "periodontitis") in plain - with_profile
    assert ("spam.press-release", "Is pleased to offer") in plain - with_profile
    assert ("jargon.own-list", "scaling") in with_profile - plain
    assert ("spam.company-third-person", "Brightsmile") in with_profile - plain
    # A dentist's post about an election is off their topic.
    assert ("off_topic.politics", "election") in with_profile
    assert db.read_bytes() == before  # read, never written


def test_profession_and_topics_given_on_the_command_line_win(
    tmp_path: Path, post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "clinic.db"
    make_db(db, DENTIST)
    argv = ("--db", str(db), "--profession", "political journalist")
    mine = found(capsys, post, *argv, "--topics", "elections, politics")
    assert not {rule for rule, _ in mine if rule.startswith("off_topic.")}
    assert ("jargon.own-list", "scaling") in mine  # the rest still comes from the profile
    # An explicit empty value clears the profile's.
    from firsthand.cli import build_parser
    from firsthand.commands.check import build_context, profile_from

    args = build_parser().parse_args(["check", "--db", str(db), "--topics", ""])
    context = build_context(args, profile_from(args.db))
    assert (context.profession, context.topics) == ("dentist", ())
    assert context.allow_list == ("periodontitis",)
    assert context.company_names == ("Brightsmile",)
    assert context.ignored_rules == ("spam.press-release",)
    assert context.language == "auto"  # --lang keeps its own default


def test_the_profile_read_is_the_one_the_app_opens(
    tmp_path: Path, post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "clinic.db"
    _dentist, nurse = make_db(db, DENTIST, {"name": "Sam", "profession": "nurse"})
    assert ("jargon.own-list", "scaling") in found(capsys, post, "--db", str(db))
    settings = Settings(last_profile_id=nurse.id)
    settings.save(Paths.default().settings_file)
    chosen = found(capsys, post, "--db", str(db))
    assert ("jargon.own-list", "scaling") not in chosen
    assert ("jargon.dentistry", "periodontitis") in chosen


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "nowhere" / "clinic.db"


def _folder(tmp_path: Path) -> Path:
    return tmp_path


def _text(tmp_path: Path) -> Path:
    path = tmp_path / "notes.db"
    path.write_text("not a database", encoding="utf-8")
    return path


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    return path


def _no_profile(tmp_path: Path) -> Path:
    path = tmp_path / "new.db"
    make_db(path)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_missing, "There is no database file"),
        (_folder, "There is no database file"),
        (_text, "is not a Firsthand database"),
        (_empty, "is empty, not a Firsthand database"),
        (_no_profile, "has no profile yet"),
    ],
)
def test_a_missing_or_unusable_database_exits_2_with_one_line(
    tmp_path: Path, post: Path, capsys: pytest.CaptureFixture[str], make: Any, message: str
) -> None:
    db = make(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    code, out, err = run_main(capsys, str(post), "--db", str(db))
    assert code == 2 and out == ""
    assert err.startswith("firsthand: error: ") and err.count("\n") == 1 and message in err
    assert sorted(tmp_path.rglob("*")) == before  # nothing created: no file, folder or -wal


def test_without_db_no_database_is_opened_or_made(
    post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, _err = run_main(capsys, str(post))
    assert code == 0
    assert not Paths.default().default_db.exists()


def test_db_given_before_the_subcommand_is_used_too(
    tmp_path: Path, post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--db PATH works everywhere`: before the subcommand as well as after it."""
    db = tmp_path / "clinic.db"
    make_db(db, DENTIST)
    assert main(["--db", str(db), "check", str(post), "--format", "json"]) == 0
    rules = {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert "jargon.own-list" in rules
    out = tmp_path / "plan.csv"
    assert main(["--db", str(db), "export", "--format", "csv", "-o", str(out)]) == 0
    assert out.exists()
    assert not Paths.default().default_db.exists()  # the per-user file was left alone
