"""Grammar findings from a LanguageTool server (a local stand-in) merge into the composer."""

from __future__ import annotations

import pytest

from firsthand.composer.page import ComposerPage
from firsthand.tasks import wait_for_tasks
from tests.lt_server import FakeLanguageTool, dead_lt_url, lt_server  # noqa: F401 (fixtures)


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def grammar_page(qtbot, ctx, url: str) -> ComposerPage:  # type: ignore[no-untyped-def]
    ctx.settings.grammar_mode = "server"
    ctx.settings.grammar_server_url = url
    ctx.settings.grammar_timeout_s = 2.0
    page = ComposerPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_grammar_findings_from_the_server_appear(qtbot, ctx, lt_server: FakeLanguageTool) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = grammar_page(qtbot, ctx, lt_server.url)
    try:
        page.editor.setFocus()
        page.editor.insertPlainText("😀 I saw teh patient today and I told her.")
        cursor = page.editor.textCursor()
        cursor.setPosition(5)
        page.editor.setTextCursor(cursor)
        qtbot.waitUntil(
            lambda: any(f.category == "grammar" for f in page.findings.findings()), timeout=8000
        )
        grammar = [f for f in page.findings.findings() if f.category == "grammar"]
        assert grammar[0].text == "teh"
        assert grammar[0].suggestion == "the"
        # The underline sits on "teh" although an emoji (2 UTF-16 units) comes first.
        marks = [m for m in page.editor.marks() if m.finding.category == "grammar"]
        under = page.editor.underlines()[page.editor.marks().index(marks[0])]
        assert under.selectedText() == "teh"
        assert page.editor.textCursor().position() == 5  # merging did not move the cursor
        assert page.editor.document().isUndoAvailable()
        assert "on" in page.findings.grammar_status.text()
        assert lt_server.requests, "the server was asked"
        page.findings.select_finding(grammar[0])
        page.findings.apply_button.click()
        assert "the patient" in page.editor.toPlainText()
    finally:
        page.close()
        wait_for_tasks()


def test_a_dead_server_only_changes_the_status(qtbot, ctx, dead_lt_url: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = grammar_page(qtbot, ctx, dead_lt_url)
    try:
        page.editor.setPlainText("Our clinic is pleased to offer teh best care.")
        qtbot.waitUntil(lambda: "unavailable" in page.findings.grammar_status.text(), timeout=10000)
        cats = {f.category for f in page.findings.findings()}
        assert "spam" in cats  # the coach's own findings are all there
        assert "grammar" not in cats
        assert page.editor.isEnabled() and not page.editor.isReadOnly()
    finally:
        page.close()
        wait_for_tasks()


def test_grammar_off_says_so(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = ComposerPage(ctx)
    qtbot.addWidget(page)
    assert "off" in page.findings.grammar_status.text()
    assert page.live.grammar_check is None


def test_a_slow_server_only_changes_the_status(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    slow = FakeLanguageTool(delay_s=3.0).start()
    try:
        ctx.settings.grammar_mode = "server"
        ctx.settings.grammar_server_url = slow.url
        ctx.settings.grammar_timeout_s = 0.5
        page = ComposerPage(ctx)
        qtbot.addWidget(page)
        page.show()
        page.editor.setFocus()
        qtbot.keyClicks(page.editor, "We are pleased to offer teh best care.")
        qtbot.waitUntil(
            lambda: any(f.category == "spam" for f in page.findings.findings()), timeout=5000
        )
        # Typing goes on while LanguageTool is silent; then only the status line tells.
        qtbot.keyClicks(page.editor, " I am")
        assert page.editor.toPlainText().endswith("I am")
        qtbot.waitUntil(lambda: "unavailable" in page.findings.grammar_status.text(), timeout=10000)
        assert "grammar" not in {f.category for f in page.findings.findings()}
        page.close()
        wait_for_tasks()
    finally:
        slow.stop()
