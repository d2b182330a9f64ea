"""A tiny stand-in for a LanguageTool server on 127.0.0.1, speaking /v2/languages and /v2/check.

Import the fixtures into a test module (`from tests.lt_server import lt_server, dead_lt_url`)
or use `FakeLanguageTool` directly. Rules are (word, message, replacement): every occurrence
of the word is reported, with LanguageTool's offsets in UTF-16 code units, as the real one does.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

LANGUAGES = [
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "French", "code": "fr", "longCode": "fr"},
]


def _utf16_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


class FakeLanguageTool:
    def __init__(
        self,
        rules: list[tuple[str, str, str]] | None = None,
        delay_s: float = 0.0,
    ) -> None:
        self.rules = rules if rules is not None else [("teh", "Possible spelling mistake.", "the")]
        self.delay_s = delay_s
        self.requests: list[dict[str, str]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: Any) -> None:
                pass

            def _json(self, payload: object) -> None:
                body = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                try:
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting: what the slow-server tests want

            def do_GET(self) -> None:  # noqa: N802 (http.server API)
                if self.path.startswith("/v2/languages"):
                    self._json(LANGUAGES)
                else:
                    self.send_error(404)

            def do_POST(self) -> None:  # noqa: N802 (http.server API)
                length = int(self.headers.get("Content-Length", 0))
                form = urllib.parse.parse_qs(self.rfile.read(length).decode())
                params = {k: v[0] for k, v in form.items()}
                owner.requests.append(params)
                if owner.delay_s:
                    time.sleep(owner.delay_s)
                if not self.path.startswith("/v2/check"):
                    self.send_error(404)
                    return
                self._json({"matches": owner.matches(params.get("text", ""))})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def matches(self, text: str) -> list[dict[str, object]]:
        out: list[dict[str, object]] = []
        for word, message, replacement in self.rules:
            start = text.find(word)
            while start >= 0:
                offset = _utf16_offset(text, start)
                length = _utf16_offset(text, start + len(word)) - offset
                out.append(
                    {
                        "message": message,
                        "shortMessage": "Spelling mistake",
                        "replacements": [{"value": replacement}],
                        "offset": offset,
                        "length": length,
                        "context": {"text": text, "offset": offset, "length": length},
                        "sentence": text,
                        "rule": {
                            "id": "MORFOLOGIK_RULE_EN_US",
                            "description": "Possible spelling mistake",
                            "issueType": "misspelling",
                            "category": {"id": "TYPOS", "name": "Possible Typo"},
                        },
                    }
                )
                start = text.find(word, start + len(word))
        return out

    def start(self) -> FakeLanguageTool:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def free_port_url() -> str:
    """The address of a port nobody listens on (a dead server)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def lt_server() -> Iterator[FakeLanguageTool]:
    server = FakeLanguageTool().start()
    yield server
    server.stop()


@pytest.fixture
def dead_lt_url() -> str:
    return free_port_url()
