"""The LanguageTool adapter, driven through the real language_tool_python client.

A small HTTP server on 127.0.0.1 answers LanguageTool's `/v2/languages` and `/v2/check` the way
the Java server does: offsets and lengths in UTF-16 code units. It can also be down, slow, or
answer garbage, and the report must still come with a status that says so.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from firsthand.composer.coach import grammar
from firsthand.composer.coach.grammar import (
    NOT_LANGUAGETOOL,
    GrammarConfig,
    check_grammar,
    merge_grammar,
)
from firsthand.composer.coach.report import Context, Finding, GrammarStatus, Report
from firsthand.settings import Settings

LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "French", "code": "fr", "longCode": "fr"},
]

# What the fake server flags: (pattern, rule id, category id, issue type, message, replacement).
RULES = [
    (r"\bteh\b", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", "Possible typo.", "the"),
    (r"\bspeling\b", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", "Possible typo.", "spelling"),
    (r"\bvery unique\b", "EN_UNIQUE", "STYLE", "style", "'Unique' needs no 'very'.", "unique"),
    (r"\bhe go\b", "HE_VERB_AGR", "GRAMMAR", "grammar", "Use 'goes'.", "he goes"),
    (r"\bun erreur\b", "UN_ERREUR", "GRAMMAR", "grammar", "Accord de genre.", "une erreur"),
    (r"💥+", "EMOJI_REPEAT", "TYPOGRAPHY", "typographical", "Many emoji in a row.", "💥"),
    (r"  +", "WHITESPACE_RULE", "TYPOGRAPHY", "whitespace", "Two spaces.", " "),
]


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def lt_matches(text: str) -> list[dict[str, object]]:
    """Matches as LanguageTool's JSON has them: Java (UTF-16) offsets and lengths."""
    out: list[dict[str, object]] = []
    for pattern, rule_id, category, issue, message, replacement in RULES:
        for m in re.finditer(pattern, text):
            offset, length = utf16_len(text[: m.start()]), utf16_len(m.group())
            out.append(
                {
                    "message": message,
                    "shortMessage": "",
                    "replacements": [{"value": replacement}],
                    "offset": offset,
                    "length": length,
                    "context": {"text": text[:80], "offset": offset, "length": length},
                    "sentence": text,
                    "type": {"typeName": "Other"},
                    "rule": {
                        "id": rule_id,
                        "description": message,
                        "issueType": issue,
                        "category": {"id": category, "name": category.title()},
                    },
                    "ignoreForIncompleteSentence": False,
                    "contextForSureMatch": 0,
                }
            )
    return sorted(out, key=lambda m: int(str(m["offset"])))


@dataclass
class FakeLT:
    """What the fake server does and what it was asked."""

    url: str = ""
    behaviour: str = "ok"  # ok | slow | slow-languages | html | wrong-json | refuse
    delay_s: float = 5.0
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def paths(self) -> list[str]:
        return [p for p, _ in self.requests]


def _handler(fake: FakeLT) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _answer(self, path: str, params: dict[str, str]) -> None:
            fake.requests.append((path, params))
            slow_here = (fake.behaviour == "slow" and path.endswith("/check")) or (
                fake.behaviour == "slow-languages" and path.endswith("/languages")
            )
            if slow_here:
                fake.release.wait(fake.delay_s)
            if fake.behaviour == "html":
                self._send(200, b"<html><body>Welcome to nginx!</body></html>", "text/html")
            elif fake.behaviour == "wrong-json" and path.endswith("/check"):
                self._send(200, json.dumps({"status": "fine", "items": []}).encode())
            elif fake.behaviour == "refuse" and path.endswith("/check"):
                msg = b"Error: Your text exceeds the limit of 20000 characters"
                self._send(413, msg, "text/plain")
            elif path == "/v2/languages":
                self._send(200, json.dumps(LANGUAGES).encode())
            elif path == "/v2/check":
                text = params.get("text", "")
                body = {
                    "software": {"name": "LanguageTool", "version": "6.8"},
                    "language": {"name": params.get("language", ""), "code": "en-US"},
                    "matches": lt_matches(text),
                }
                self._send(200, json.dumps(body).encode())
            else:
                self._send(404, b"Error: not found", "text/plain")

        def do_GET(self) -> None:  # noqa: N802 — the stdlib's name
            parts = urllib.parse.urlsplit(self.path)
            self._answer(parts.path, dict(urllib.parse.parse_qsl(parts.query)))

        def do_POST(self) -> None:  # noqa: N802
            size = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(size).decode("utf-8")
            params = dict(urllib.parse.parse_qsl(raw, keep_blank_values=True))
            self._answer(urllib.parse.urlsplit(self.path).path, params)

    return Handler


@pytest.fixture
def fake_lt() -> Iterator[FakeLT]:
    """A LanguageTool look-alike on 127.0.0.1 on a free port, in a thread."""
    fake = FakeLT()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    fake.url = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield fake
    fake.release.set()  # let slow handlers finish
    server.shutdown()
    server.server_close()
    grammar.close_all()


def server_config(fake: FakeLT, timeout_s: float = 5.0) -> GrammarConfig:
    return GrammarConfig("server", fake.url, timeout_s)


# --- matches become findings, offsets in code points ------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("I think teh answer is simple.", "en", [("teh", "grammar", "the")]),
        (
            "Our clinic is very unique, he go there.",
            "en",
            [("very unique", "style", "unique"), ("he go", "grammar", "he goes")],
        ),
        ("Big day 😀 and teh cake!", "en", [("teh", "grammar", "the")]),
        ("😀😀😀 teh", "en", [("teh", "grammar", "the")]),
        (
            "Nurse 👩‍⚕️ says teh vaccine is ready 👨‍👩‍👧 and teh kids too",
            "en",
            [("teh", "grammar", "the"), ("teh", "grammar", "the")],
        ),
        ("Thumbs 👍🏽👍🏿 teh end", "en", [("teh", "grammar", "the")]),
        ("Wow 💥💥💥 teh roof", "en", [("💥💥💥", "style", "💥"), ("teh", "grammar", "the")]),
        ("Café crème, résumé, teh naïve coöperation", "en", [("teh", "grammar", "the")]),
        ("Cafe\u0301 teh", "en", [("teh", "grammar", "the")]),  # combining acute accent
        ("C'est un erreur 🙈 de débutant.", "fr", [("un erreur", "grammar", "une erreur")]),
        ("Two  spaces", "en", [("  ", "style", " ")]),
        ("𝐁𝐨𝐥𝐝 𝐮𝐧𝐢𝐜𝐨𝐝𝐞 teh", "en", [("teh", "grammar", "the")]),  # math bold: astral letters
    ],
)
def test_matches_map_to_findings_at_the_right_code_points(
    fake_lt: FakeLT, text: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    findings, status = check_grammar(text, language, server_config(fake_lt))
    assert status == GrammarStatus("ok", fake_lt.url)
    got = [(f.text, f.category, f.suggestion) for f in findings]
    assert got == expected
    for f in findings:
        assert text[f.start : f.end] == f.text
        assert f.rule.startswith(f.category + ".")
        assert f.severity == ("info" if f.category == "style" else "warning")
        assert f.message


def test_language_is_sent_with_the_variant_that_checks_spelling(fake_lt: FakeLT) -> None:
    check_grammar("teh", "en", server_config(fake_lt))
    check_grammar("un erreur", "fr", server_config(fake_lt))
    sent = [params["language"] for path, params in fake_lt.requests if path == "/v2/check"]
    assert sent == ["en-US", "fr"]


def test_client_is_reused_across_checks(fake_lt: FakeLT) -> None:
    for _ in range(3):
        check_grammar("teh one", "en", server_config(fake_lt))
    assert fake_lt.paths().count("/v2/languages") == 1
    assert fake_lt.paths().count("/v2/check") == 3


def test_lone_surrogates_and_nul_are_sent_and_offsets_still_fit(fake_lt: FakeLT) -> None:
    text = "bad \ud800 half \x00 teh end \udfff"
    findings, status = check_grammar(text, "en", server_config(fake_lt))
    assert status.status == "ok"
    assert [(text[f.start : f.end], f.text) for f in findings] == [("teh", "teh")]


def test_empty_or_blank_text_asks_nothing(fake_lt: FakeLT) -> None:
    for text in ("", "  \n\t "):
        assert check_grammar(text, "en", server_config(fake_lt)) == ([], GrammarStatus("ok", ""))
    assert fake_lt.requests == []


def test_off_mode_sends_nothing(fake_lt: FakeLT) -> None:
    assert check_grammar("teh", "en", GrammarConfig("off", fake_lt.url)) == (
        [],
        GrammarStatus("off", ""),
    )
    assert fake_lt.requests == []


def test_url_typed_with_v2_or_without_scheme_reaches_the_same_server(fake_lt: FakeLT) -> None:
    bare = fake_lt.url.removeprefix("http://").rstrip("/")
    for url in (fake_lt.url + "v2/", fake_lt.url + "v2/check", bare):
        findings, status = check_grammar("teh", "en", GrammarConfig("server", url, 5.0))
        assert status.status == "ok", (url, status)
        assert [f.text for f in findings] == ["teh"]


# --- unavailable servers: the report still comes --------------------------------------------


def test_server_down_says_not_reachable() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # The port is closed now: connection refused.
    url = f"http://127.0.0.1:{port}/"
    findings, status = check_grammar("teh", "en", GrammarConfig("server", url, 2.0))
    assert findings == []
    assert status == GrammarStatus("unavailable", f"server not reachable at {url}")


@pytest.mark.parametrize("behaviour", ["slow", "slow-languages"])
def test_slow_server_costs_one_timeout_and_says_too_slow(fake_lt: FakeLT, behaviour: str) -> None:
    fake_lt.behaviour = behaviour
    started = time.monotonic()
    findings, status = check_grammar("teh", "en", server_config(fake_lt, timeout_s=0.4))
    elapsed = time.monotonic() - started
    assert findings == []
    assert status == GrammarStatus("unavailable", "server too slow (no answer within 0.4 s)")
    # The server would answer after 5 s; one attempt, not the library's default retry/300 s.
    assert elapsed < fake_lt.delay_s - 1


@pytest.mark.parametrize("behaviour", ["html", "wrong-json"])
def test_garbage_answer_says_not_languagetool(fake_lt: FakeLT, behaviour: str) -> None:
    fake_lt.behaviour = behaviour
    findings, status = check_grammar("teh", "en", server_config(fake_lt))
    assert findings == []
    assert status == GrammarStatus("unavailable", NOT_LANGUAGETOOL)


def test_refusal_from_languagetool_is_passed_on(fake_lt: FakeLT) -> None:
    fake_lt.behaviour = "refuse"
    findings, status = check_grammar("teh " * 10, "en", server_config(fake_lt))
    assert findings == []
    assert status.status == "unavailable"
    assert (
        status.detail == "server refused the text: Your text exceeds the limit of 20000 characters"
    )


def test_server_recovers_after_being_down(fake_lt: FakeLT) -> None:
    fake_lt.behaviour = "html"
    assert check_grammar("teh", "en", server_config(fake_lt))[1].status == "unavailable"
    fake_lt.behaviour = "ok"
    findings, status = check_grammar("teh", "en", server_config(fake_lt))
    assert status.status == "ok" and [f.text for f in findings] == ["teh"]


def test_no_server_address() -> None:
    assert check_grammar("teh", "en", GrammarConfig("server", "  ")) == (
        [],
        GrammarStatus("unavailable", "no LanguageTool server address set"),
    )


# --- local mode: Java and consent checked before anything starts ------------------------------


def test_local_without_java_says_java_not_found(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no java on PATH
    findings, status = check_grammar("teh", "en", GrammarConfig("local"))
    assert findings == []
    assert status == GrammarStatus("unavailable", "Java not found")


def test_local_not_downloaded_needs_consent_and_downloads_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(grammar, "java_problem", lambda: None)
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)

    def no_download(progress: object = None) -> None:
        raise AssertionError("downloaded without consent")

    monkeypatch.setattr(grammar, "download_local_languagetool", no_download)
    assert grammar.local_languagetool_installed() is False
    findings, status = check_grammar("teh", "en", GrammarConfig("local", allow_download=False))
    assert findings == []
    assert status.status == "unavailable"
    assert status.detail.startswith("LanguageTool is not downloaded yet")
    assert not any((tmp_path / "lt").glob("LanguageTool*"))


def test_download_reports_progress_through_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    download_lt: Any = importlib.import_module("language_tool_python.download_lt")

    monkeypatch.setattr(grammar, "java_problem", lambda: None)

    def fake_download(self: object) -> None:
        # What the library does while downloading: a tqdm bar fed chunk by chunk.
        bar = download_lt.tqdm.tqdm(unit="B", unit_scale=True, total=300, desc="x")
        for _ in range(3):
            bar.update(100)
        bar.close()

    monkeypatch.setattr(download_lt.ReleaseLocalLanguageTool, "download", fake_download)
    real_tqdm = download_lt.tqdm
    seen: list[tuple[int, int | None]] = []
    grammar.download_local_languagetool(lambda done, total: seen.append((done, total)))
    assert seen == [(100, 300), (200, 300), (300, 300)]
    assert download_lt.tqdm is real_tqdm


def test_download_failure_is_a_plain_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    from language_tool_python import download_lt

    monkeypatch.setattr(grammar, "java_problem", lambda: None)

    def failing(self: object) -> None:
        raise TimeoutError("Request to https://example.invalid timed out.")

    monkeypatch.setattr(download_lt.ReleaseLocalLanguageTool, "download", failing)
    with pytest.raises(grammar.GrammarUnavailable, match="LanguageTool download failed"):
        grammar.download_local_languagetool()


# --- config and merge --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "mode", "url"),
    [
        ("off", "off", ""),
        ("", "off", ""),
        ("local", "local", ""),
        ("LOCAL", "local", ""),
        ("http://lt.clinic.lan:8081", "server", "http://lt.clinic.lan:8081"),
    ],
)
def test_config_from_one_word(value: str, mode: str, url: str) -> None:
    config = GrammarConfig.from_setting(value, timeout_s=2.0)
    assert (config.mode, config.url, config.timeout_s) == (mode, url, 2.0)


def test_config_from_app_settings() -> None:
    settings = Settings(
        grammar_mode="server",
        grammar_server_url=" http://lt:8081 ",
        grammar_timeout_s=1.5,
        language_tool_download_ok=True,
    )
    assert GrammarConfig.from_settings(settings) == GrammarConfig(
        "server", "http://lt:8081", 1.5, True
    )
    assert GrammarConfig.from_settings(Settings(grammar_mode="weird")).mode == "off"


def _finding(start: int, end: int, text: str, rule: str, category: str = "grammar") -> Finding:
    return Finding(rule, category, "warning", start, end, text, "m")  # type: ignore[arg-type]


def test_merge_adds_sorted_findings_and_status() -> None:
    report = Report(
        findings=(_finding(10, 14, "spam", "spam.x", "spam"),),
        kind="story",
        kind_signals=(),
        score=80,
        language="en",
    )
    extra = [_finding(20, 23, "teh", "grammar.T"), _finding(0, 3, "Teh", "grammar.T")]
    merged = merge_grammar(report, extra, GrammarStatus("ok", "x"))
    assert [f.start for f in merged.findings] == [0, 10, 20]
    assert merged.grammar == GrammarStatus("ok", "x")
    assert (merged.kind, merged.score, merged.language) == ("story", 80, "en")
    assert report.findings == (_finding(10, 14, "spam", "spam.x", "spam"),)  # unchanged


def test_merge_respects_ignored_rules_and_allow_list() -> None:
    report = Report(findings=(), kind="other", kind_signals=(), score=50, language="en")
    extra = [
        _finding(0, 8, "Invisalign", "grammar.MORFOLOGIK_RULE_EN_US"),
        _finding(9, 12, "teh", "grammar.MORFOLOGIK_RULE_EN_US"),
        _finding(13, 20, "x  y", "style.WHITESPACE_RULE", "style"),
    ]
    ctx = Context(allow_list=("invisalign",), ignored_rules=("style.WHITESPACE_RULE",))
    merged = merge_grammar(report, extra, GrammarStatus("ok", ""), ctx)
    assert [f.text for f in merged.findings] == ["teh"]


# --- a real LanguageTool, when one is reachable ------------------------------------------------


def _real_languagetool_url() -> str | None:
    url = os.environ.get("FIRSTHAND_LT_URL")
    if url:
        return url
    try:
        with socket.create_connection(("127.0.0.1", 8081), timeout=0.3):
            return "http://127.0.0.1:8081/"
    except OSError:
        return None


@pytest.mark.languagetool
def test_real_languagetool_finds_a_typo_after_emoji() -> None:
    url = _real_languagetool_url()
    if url is None:
        pytest.skip("no LanguageTool reachable (set FIRSTHAND_LT_URL or run one on :8081)")
    text = "Big day 😀👩‍⚕️ at the clinic: this is a sentense with a mistake."
    findings, status = check_grammar(text, "en", GrammarConfig("server", url, 20.0))
    grammar.close_all()
    assert status.status == "ok", status
    typo = [f for f in findings if f.text == "sentense"]
    assert typo and typo[0].category == "grammar"
    assert text[typo[0].start : typo[0].end] == "sentense"


def test_local_with_consent_downloads_in_the_background_then_checks(
    monkeypatch: pytest.MonkeyPatch, fake_lt: FakeLT
) -> None:
    """A check never waits for the 250 MB: it says how far the download is, then works."""
    grammar.close_all()
    installed = threading.Event()
    halfway = threading.Event()
    release = threading.Event()

    def slow_download(progress: Any = None) -> None:
        progress(50, 200)
        halfway.set()
        release.wait(10)
        progress(200, 200)
        installed.set()

    real_make = grammar._make_client

    def local_server_stand_in(*, timeout_s: float, **kwargs: Any) -> Any:
        # Instead of starting Java, talk to the fake server: the rest of the path is real.
        assert "remote_server" not in kwargs
        return real_make(timeout_s=timeout_s, remote_server=fake_lt.url, **kwargs)

    monkeypatch.setattr(grammar, "java_problem", lambda: None)
    monkeypatch.setattr(grammar, "local_languagetool_installed", installed.is_set)
    monkeypatch.setattr(grammar, "download_local_languagetool", slow_download)
    monkeypatch.setattr(grammar, "_make_client", local_server_stand_in)
    config = GrammarConfig("local", allow_download=True)

    findings, status = check_grammar("teh", "en", config)
    assert findings == []
    assert status.status == "unavailable"
    assert status.detail.startswith("downloading LanguageTool (")
    assert halfway.wait(5)
    status = check_grammar("teh", "en", config)[1]
    assert status == GrammarStatus("unavailable", "downloading LanguageTool (25 %)")
    release.set()
    assert installed.wait(5)
    findings, status = check_grammar("I saw teh cat", "en", config)
    assert status == GrammarStatus("ok", "local LanguageTool")
    assert [f.text for f in findings] == ["teh"]
    # One server for both languages: French switches the language, it starts nothing new.
    findings, status = check_grammar("C'est un erreur", "fr", config)
    assert [f.text for f in findings] == ["un erreur"]
    sent = [params["language"] for path, params in fake_lt.requests if path == "/v2/check"]
    assert sent == ["en-US", "fr"]
    grammar.close_all()


def test_failed_background_download_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    grammar.close_all()

    def failing(progress: Any = None) -> None:
        raise grammar.GrammarUnavailable("LanguageTool download failed: no network")

    monkeypatch.setattr(grammar, "java_problem", lambda: None)
    monkeypatch.setattr(grammar, "local_languagetool_installed", lambda: False)
    monkeypatch.setattr(grammar, "download_local_languagetool", failing)
    config = GrammarConfig("local", allow_download=True)
    check_grammar("teh", "en", config)
    thread = grammar._download.thread
    assert thread is not None
    thread.join(5)
    assert check_grammar("teh", "en", config) == (
        [],
        GrammarStatus("unavailable", "LanguageTool download failed: no network"),
    )
    grammar.close_all()
