"""The composer's editor: underlines in the right place (emoji too), plain-text paste, Apply."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from firsthand.composer.offsets import OffsetMap, utf16_len
from firsthand.composer.page import ComposerPage
from tests.composer_support import wait_analysis

pytest_plugins = ("tests.composer_fixtures",)  # the `page` fixture

SPAM = "is pleased to offer"


def type_text(qtbot, page: ComposerPage, text: str) -> None:  # type: ignore[no-untyped-def]
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, text)


def underlined(page: ComposerPage) -> list[str]:
    """The text under each wavy underline, read back from the editor itself."""
    out = []
    for cursor in page.editor.underlines():
        out.append(cursor.selectedText())
    return out


@pytest.mark.parametrize(
    ("text", "cp", "u16"),
    [
        ("plain", 3, 3),
        ("😀 hi", 1, 2),  # an emoji is one code point, two UTF-16 units
        ("a👍🏽b", 3, 5),  # emoji + skin tone: two astral code points
        ("🇫🇷 ok", 2, 4),  # a flag is two regional indicators
        ("café", 4, 4),  # e + combining accent: same count in both
    ],
)
def test_offsets_convert_both_ways(text: str, cp: int, u16: int) -> None:
    m = OffsetMap(text)
    assert m.to_utf16(cp) == u16
    assert m.to_codepoint(u16) == cp
    assert utf16_len(text) == len(text.encode("utf-16-le")) // 2


def test_offset_inside_a_surrogate_pair_maps_to_the_character_start() -> None:
    m = OffsetMap("a😀b")
    assert m.to_codepoint(2) == 1  # between the two halves of the emoji
    assert m.to_codepoint(3) == 2


def test_typing_a_spam_phrase_underlines_it(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    type_text(qtbot, page, f"Our team {SPAM} teeth whitening.")
    wait_analysis(qtbot, page)
    assert any(SPAM.startswith(u) or u in SPAM for u in underlined(page) if u)
    spam = [f for f in page.findings.findings() if f.category == "spam"]
    assert spam, "the findings panel lists the spam phrase"


def test_underline_after_emoji_is_at_the_right_place(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    text = f"🎉🦷👍🏽 Our practice {SPAM} a full range of services."
    page.editor.setPlainText(text)
    wait_analysis(qtbot, page)
    under = underlined(page)
    assert under, "something is underlined"
    # Each underline covers exactly the finding's text, even after 4 astral code points.
    marks = page.editor.marks()
    for mark, cursor in zip(marks, page.editor.underlines(), strict=True):
        assert cursor.selectedText() == mark.finding.text
    assert any("pleased" in u for u in under)


def test_nothing_is_analysed_on_the_keystroke_path(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    wait_analysis(qtbot, page)
    before = page.live.last
    qtbot.keyClicks(page.editor, "I")
    assert page.live.last is before  # the result only changes after the debounce
    wait_analysis(qtbot, page)
    assert page.live.last is not before


def test_stale_results_are_dropped(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    from firsthand.composer.live import compute

    wait_analysis(qtbot, page)
    current = page.live.last
    stale = compute("old text " + SPAM, page.live.context, page.live.revision)
    page.live._busy = True
    page.live._done(stale)  # a late worker result for a text the editor no longer holds
    assert page.live.last is current


def test_pasted_rich_text_becomes_plain(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    data = QMimeData()
    data.setHtml("<b>Bold</b> and <i>italic</i> <a href='x'>link</a>")
    data.setText("Bold and italic link")
    QApplication.clipboard().setMimeData(data)
    page.editor.setFocus()
    page.editor.paste()
    assert page.editor.toPlainText() == "Bold and italic link"
    cursor = QTextCursor(page.editor.document())
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    assert not cursor.charFormat().font().bold()
    assert "<b>" not in page.editor.document().toHtml()


def test_apply_replaces_in_one_undo_step(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    original = "😀 We leverage the waiting room for short talks on brushing."
    page.editor.setPlainText(original)
    wait_analysis(qtbot, page)
    finding = next(f for f in page.findings.findings() if f.text == "leverage")
    page.findings.select_finding(finding)
    assert page.editor.textCursor().selectedText() == finding.text  # clicking selects it
    assert page.findings.apply_button.isEnabled()
    page.findings.apply_button.click()
    assert page.editor.toPlainText() == original.replace("leverage", "use")
    page.editor.undo()
    assert page.editor.toPlainText() == original  # one step back is the whole replacement


@pytest.mark.parametrize(
    ("text", "word", "after"),
    [
        (
            "Her third molar came through sideways 😬 and the gum flap over it swelled up.",
            "third molar",
            "third molar (wisdom tooth)",
        ),
        (
            "We rebuilt the tooth with an onlay last week, and she chews on it again.",
            "onlay",
            "onlay (lab-made partial crown)",
        ),
        (
            "Le petit avait une pulpotomie à faire 😬 et il a tenu comme un chef.",
            "pulpotomie",
            "pulpotomie (",
        ),
    ],
)
def test_apply_explains_a_trade_word_in_brackets_and_the_warning_goes(  # type: ignore[no-untyped-def]
    qtbot, page, text: str, word: str, after: str
) -> None:
    page.editor.setPlainText(text)
    wait_analysis(qtbot, page)
    finding = next(f for f in page.findings.findings() if f.text == word)
    page.findings.select_finding(finding)
    assert "Apply writes:" in page.findings.detail.text()
    assert page.findings.apply_button.toolTip().startswith("Add “(")
    page.findings.apply_button.click()
    wait_analysis(qtbot, page)
    written = page.editor.toPlainText()
    assert after in written and written.startswith(text[: text.index(word)])
    assert text[text.index(word) + len(word) :] in written  # the rest of the sentence stands
    assert not [f for f in page.findings.findings() if f.category == "jargon" and word in f.text]


def test_a_suggestion_that_is_an_idea_is_not_pasted_in(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    # "we finally…" and "I / we" say how to reword a sentence; written in place of "is
    # pleased to announce" or of the clinic's name they would break it.
    original = "Bright Smile Dental Care is pleased to announce new opening hours."
    page.editor.setPlainText(original)
    wait_analysis(qtbot, page)
    ideas = [f for f in page.findings.findings() if f.category == "spam" and f.suggestion]
    assert len(ideas) >= 2
    for finding in ideas:
        page.findings.select_finding(finding)
        assert not page.findings.apply_button.isEnabled()
        assert "own words" in page.findings.detail.text()
        page.action_apply.trigger()
        assert page.editor.toPlainText() == original


def test_next_finding_shortcut_selects_in_text_order(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.editor.setPlainText(f"We {SPAM} a full range of services. High quality!!!")
    wait_analysis(qtbot, page)
    findings = sorted(page.findings.findings(), key=lambda f: f.start)
    assert len(findings) >= 2
    page.editor.setFocus()
    page.action_next.trigger()
    assert page.findings.current() == findings[0]
    page.action_next.trigger()
    assert page.findings.current() == findings[1]
    page.action_prev.trigger()
    assert page.findings.current() == findings[0]


def test_tooltip_text_names_principle_and_suggestion(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    from firsthand.composer.editor import tooltip_html

    page.editor.setPlainText(f"Our clinic {SPAM} braces.")
    wait_analysis(qtbot, page)
    mark = page.editor.marks()[0]
    assert mark in page.editor.marks_at(mark.start)
    html = tooltip_html(mark.finding)
    assert mark.finding.message.split()[0] in html
    if mark.finding.principle:
        assert f"Principle {mark.finding.principle}:" in html


def test_shortcuts_dialog_lists_every_action(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableWidget

    from firsthand.composer.dialogs import ShortcutsDialog

    dialog = ShortcutsDialog(page.shortcut_actions(), page)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "shortcuts_table")
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Next finding"] == "F8"
    assert rows["Save now"] == "Ctrl+S"
    assert all(rows.values())


def _menu_over(page, finding):  # type: ignore[no-untyped-def]
    """The editor's right-click menu over the middle of `finding`'s underline."""
    mark = page._mark_for(finding)
    start, end = page.editor.current_span(mark)
    cursor = QTextCursor(page.editor.document())
    cursor.setPosition((start + end) // 2)
    return page.editor.context_menu(page.editor.cursorRect(cursor).center())


def _actions(menu):  # type: ignore[no-untyped-def]
    return {a.objectName(): a for a in menu.actions() if a.objectName()}


def test_right_click_on_an_underline_offers_what_the_panel_does(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    original = "😀 We leverage the waiting room for short talks on brushing."
    page.editor.setPlainText(original)
    wait_analysis(qtbot, page)
    finding = next(f for f in page.findings.findings() if f.text == "leverage")
    menu = _menu_over(page, finding)
    texts = [a.text() for a in menu.actions()]
    assert any("office talk" in t for t in texts)  # what the finding says, first
    assert len(texts) > 6  # …above the usual undo, cut, copy and paste
    actions = _actions(menu)
    assert "“use”" in actions["menu_apply"].text()
    actions["menu_apply"].trigger()
    assert page.editor.toPlainText() == original.replace("leverage", "use")
    page.editor.undo()
    assert page.editor.toPlainText() == original


def test_right_click_on_an_idea_offers_ignore_but_nothing_to_write(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.editor.setPlainText("Bright Smile Dental Care is pleased to announce new opening hours.")
    wait_analysis(qtbot, page)
    finding = next(f for f in page.findings.findings() if f.rule == "spam.press-release")
    actions = _actions(_menu_over(page, finding))
    assert "menu_apply" not in actions and "menu_allow" not in actions
    actions["menu_ignore"].trigger()
    qtbot.waitUntil(lambda: finding not in page.findings.findings(), timeout=5000)


def test_right_click_allows_a_word_for_every_post(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.editor.setPlainText("We fitted an onlay instead of a full crown, and she chews again.")
    wait_analysis(qtbot, page)
    finding = next(f for f in page.findings.findings() if f.text == "onlay")
    actions = _actions(_menu_over(page, finding))
    assert actions["menu_apply"].text() == "Add “(lab-made partial crown)” after it"
    actions["menu_allow"].trigger()
    qtbot.waitUntil(
        lambda: not [f for f in page.findings.findings() if f.text == "onlay"], timeout=5000
    )


def test_right_click_away_from_underlines_is_the_usual_menu(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.editor.setPlainText("We leverage the waiting room.\n\nSee you on Tuesday.")
    wait_analysis(qtbot, page)
    cursor = QTextCursor(page.editor.document())
    cursor.setPosition(page.editor.toPlainText().index("Tuesday") + 2)
    menu = page.editor.context_menu(page.editor.cursorRect(cursor).center())
    assert not _actions(menu).keys() & {"menu_apply", "menu_ignore", "menu_allow"}
