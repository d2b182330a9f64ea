"""`main.py check`: the CLI contract (JSON schema, exit codes) and the bad inputs from issue 3.

Most cases run in-process through `firsthand.cli.main([...])`; a few run `main.py check` as a
real subprocess (sys.executable), including stdin and grammar against a local fake LanguageTool.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from firsthand.cli import main
from firsthand.commands.check import report_json
from firsthand.composer.coach import Context, analyze
from tests.lt_server import FakeLanguageTool, dead_lt_url, lt_server  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parent.parent
TOP_KEYS = ["language", "kind", "score", "findings", "grammar"]
FINDING_KEYS = ["rule", "category", "severity", "start", "end", "text", "message", "suggestion"]
CATEGORIES = {"spam", "jargon", "off_topic", "voice", "length", "grammar", "style"}
KINDS = {"story", "experience", "announcement", "opinion", "promotion", "other"}

PRESS_RELEASE = (
    "Smile Dental Clinic is pleased to offer a full range of services 😀. Contact us today!!!\n"
)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Settings are read from FIRSTHAND_HOME; a proxy in the environment must not matter.
    monkeypatch.setenv("FIRSTHAND_HOME", str(tmp_path / "home"))
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def write(tmp_path: Path, data: bytes | str, name: str = "post.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def run_main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["check", *argv])
    except SystemExit as exc:  # argparse errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def run_cli(*argv: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> Any:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "check", *argv],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def assert_schema(payload: dict[str, Any], text: str) -> None:
    """The JSON contract: keys in order, types, and spans that point into the input."""
    assert list(payload) == TOP_KEYS
    assert payload["language"] in ("en", "fr")
    assert payload["kind"] in KINDS
    assert isinstance(payload["score"], int) and 0 <= payload["score"] <= 100
    assert list(payload["grammar"]) == ["status", "detail"]
    for f in payload["findings"]:
        assert list(f) == FINDING_KEYS
        assert f["category"] in CATEGORIES
        assert f["severity"] in ("info", "warning", "error")
        assert isinstance(f["start"], int) and isinstance(f["end"], int)
        assert 0 <= f["start"] <= f["end"] <= len(text)
        assert text[f["start"] : f["end"]] == f["text"]
        assert isinstance(f["message"], str) and f["message"]
        assert f["suggestion"] is None or isinstance(f["suggestion"], str)


# --- the contract -----------------------------------------------------------------------------


def test_json_is_one_object_with_the_documented_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, PRESS_RELEASE)
    code, out, err = run_main(capsys, str(path), "--format", "json", "--topics", "teeth, braces")
    assert (code, err) == (0, "")
    assert out.count("\n") == 1  # one line, one object
    payload = json.loads(out)
    assert_schema(payload, PRESS_RELEASE)
    assert payload["grammar"] == {"status": "off", "detail": ""}
    spam = [f for f in payload["findings"] if f["category"] == "spam"]
    assert any("pleased" in f["text"] for f in spam)


def test_subprocess_json_and_stdin(tmp_path: Path) -> None:
    path = write(tmp_path, PRESS_RELEASE)
    from_file = run_cli(str(path), "--format", "json", "--lang", "en")
    from_stdin = run_cli("-", "--format", "json", "--lang", "en", stdin=PRESS_RELEASE.encode())
    assert from_file.returncode == 0, from_file.stderr
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert json.loads(from_file.stdout) == json.loads(from_stdin.stdout)
    assert_schema(json.loads(from_file.stdout), PRESS_RELEASE)


def test_text_format_is_a_readable_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "Hello.\n" + PRESS_RELEASE)
    code, out, _ = run_main(capsys, str(path))
    assert code == 0
    assert out.startswith("language: en")
    assert "kind: " in out and "score: " in out
    assert "finding(s):" in out
    assert "2:21 " in out and '"is pleased to' in out  # line 2, column 21, quoted text
    assert out.rstrip().endswith("grammar: off")


def test_topics_and_networks_are_split_on_commas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from firsthand.cli import build_parser
    from firsthand.commands.check import build_context

    args = build_parser().parse_args(
        ["check", "--topics", " teeth ,, braces ", "--network", "X, LinkedIn,x", "--lang", "fr"]
    )
    ctx = build_context(args)
    assert ctx.topics == ("teeth", "braces")
    assert ctx.networks == ("x", "linkedin")
    assert ctx.language == "fr"
    long_post = write(tmp_path, "I love my job. " * 30)
    code, out, _ = run_main(capsys, str(long_post), "--network", "x", "--format", "json")
    assert code == 0
    assert any(f["category"] == "length" for f in json.loads(out)["findings"])


# --- exit 2: unusable input or arguments, one line on stderr ----------------------------------


@pytest.mark.parametrize(
    ("make_args", "message"),
    [
        (lambda p: [str(p / "missing.txt")], "no such file"),
        (lambda p: [str(p)], "is a folder"),
        (lambda p: [str(write(p, "Été à Paris".encode("latin-1")))], "is not UTF-8"),
        (lambda p: [str(write(p, b"ok \xff\xfe"))], "is not UTF-8"),
        (lambda p: [str(write(p, "ok")), "--network", "x,myspace"], "unknown network 'myspace'"),
        (lambda p: [str(write(p, "ok")), "--lang", "de"], "invalid choice"),
        (lambda p: [str(write(p, "ok")), "--format", "xml"], "invalid choice"),
        (lambda p: [str(write(p, "ok")), "--grammar", "not a url"], "--grammar takes"),
        (lambda p: [str(write(p, "ok")), "--grammar", "ftp://lt.lan/"], "--grammar takes"),
    ],
)
def test_unusable_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make_args: Any, message: str
) -> None:
    code, out, err = run_main(capsys, *make_args(tmp_path))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and message in err


def test_non_utf8_through_a_real_process(tmp_path: Path) -> None:
    path = write(tmp_path, "Crème brûlée".encode("cp1252"))
    done = run_cli(str(path))
    assert done.returncode == 2
    assert done.stdout == b""
    assert done.stderr.decode().count("\n") == 1
    assert b"not UTF-8" in done.stderr
    piped = run_cli("-", stdin=b"\xe9t\xe9")
    assert piped.returncode == 2 and b"standard input is not UTF-8" in piped.stderr


# --- bad input that is still text: the analysis runs, exit 0 ----------------------------------

BAD_TEXTS = {
    "empty": "",
    "whitespace": " \n\t  \r\n ",
    "nul bytes": "I fixed a crown\x00 today\x00\x00 and the patient smiled.",
    "emoji zwj and skin tones": "👩‍⚕️👨‍👩‍👧‍👦 Our nurse 👍🏽👋🏿 is pleased to offer 🏳️‍🌈 care!!! 🇫🇷",
    "combining accents": "Cafe\u0301 cre\u0300me: the re\u0301sume\u0301 of my day at the clinic.",
    "rtl": "مرحبا بكم في عيادتي! We finally opened. שלום לכולם",
    "neither language (cjk)": "今日は歯医者に行きました。とても良かったです。",
    "neither language (cyrillic)": "Сегодня я открыл новую клинику. Приходите!",
    "crlf and bom": "\ufeffFirst line\r\nSecond line is pleased to offer\r\n",
    "only a link": "https://example.com/blog/10-tips",
}


@pytest.mark.parametrize("name", list(BAD_TEXTS))
def test_bad_text_still_gets_a_report(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = BAD_TEXTS[name]
    path = write(tmp_path, text)
    code, out, err = run_main(capsys, str(path), "--format", "json", "--network", "x,bluesky")
    assert (code, err) == (0, "")
    assert_schema(json.loads(out), text)  # offsets are code points into the file's text
    code, out, _ = run_main(capsys, str(path))
    assert code == 0 and out.startswith("language: ")


def test_one_megabyte_post_through_a_real_process(tmp_path: Path) -> None:
    text = ("I saw a patient today and we talked about her teeth. " * 20_000)[:1_000_000]
    path = write(tmp_path, text)
    done = run_cli(str(path), "--format", "json", "--network", "linkedin")
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert_schema(payload, text)
    assert any(f["category"] == "length" for f in payload["findings"])


@pytest.mark.parametrize(
    "text",
    [
        "lone high \ud800 surrogate",
        "\udfff at the start, pleased to offer!!!",
        "pair split \ud83d and end \ude00",
        "\ud800",
    ],
)
def test_lone_surrogates_cannot_come_from_a_file_but_analyze_copes(text: str) -> None:
    report = analyze(text, Context(language="auto", networks=("x",)))
    payload = json.loads(json.dumps(report_json(report)))  # ensure_ascii keeps them as \udxxx
    assert_schema(payload, text)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_json_report_spans_fit_any_text(text: str) -> None:
    payload = json.loads(json.dumps(report_json(analyze(text, Context()))))
    assert_schema(payload, text)


# --- grammar through the CLI, against a local fake LanguageTool -------------------------------


def test_grammar_server_findings_have_code_point_offsets(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lt_server: FakeLanguageTool,  # noqa: F811
) -> None:
    text = "👩‍⚕️👍🏽 Yesterday I saw teh new patient, and teh kid laughed.\n"
    path = write(tmp_path, text)
    code, out, err = run_main(capsys, str(path), "--grammar", lt_server.url, "--format", "json")
    assert (code, err) == (0, "")
    payload = json.loads(out)
    assert_schema(payload, text)
    assert payload["grammar"]["status"] == "ok"
    typos = [f for f in payload["findings"] if f["category"] == "grammar"]
    assert [(f["text"], f["suggestion"]) for f in typos] == [("teh", "the"), ("teh", "the")]
    assert typos[0]["start"] == text.index("teh")
    assert lt_server.requests and lt_server.requests[0]["language"] == "en-US"


def test_grammar_in_a_real_process(tmp_path: Path, lt_server: FakeLanguageTool) -> None:  # noqa: F811
    text = "C'est teh 🙈 début."
    path = write(tmp_path, text)
    done = run_cli(str(path), "--lang", "fr", "--grammar", lt_server.url, "--format", "json")
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert payload["language"] == "fr"
    assert payload["grammar"]["status"] == "ok"
    assert [f["start"] for f in payload["findings"] if f["category"] == "grammar"] == [6]
    text_out = run_cli(str(path), "--lang", "fr", "--grammar", lt_server.url)
    assert b"grammar: ok" in text_out.stdout and b'"teh"' in text_out.stdout


def test_grammar_server_down_still_reports_exit_0(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    dead_lt_url: str,  # noqa: F811
) -> None:
    path = write(tmp_path, PRESS_RELEASE)
    code, out, _ = run_main(capsys, str(path), "--grammar", dead_lt_url, "--format", "json")
    assert code == 0
    payload = json.loads(out)
    assert payload["grammar"]["status"] == "unavailable"
    assert payload["grammar"]["detail"].startswith("server not reachable at http://127.0.0.1:")
    assert any(f["category"] == "spam" for f in payload["findings"])
    code, out, _ = run_main(capsys, str(path), "--grammar", dead_lt_url)
    assert code == 0 and "grammar: unavailable — server not reachable" in out


def test_grammar_local_without_java(tmp_path: Path) -> None:
    path = write(tmp_path, "I saw teh patient.")
    env = {"PATH": str(tmp_path), "FIRSTHAND_HOME": str(tmp_path / "home")}
    done = run_cli(str(path), "--grammar", "local", "--format", "json", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["grammar"] == {
        "status": "unavailable",
        "detail": "Java not found",
    }
