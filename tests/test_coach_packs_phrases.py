"""The rule packs' phrases are written so the matcher can read them (see rules/README.md)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from firsthand.composer.coach import Context, analyze

RULES = Path(__file__).resolve().parents[1] / "firsthand" / "resources" / "rules"
# voice.toml is being reworked elsewhere; its phrases are checked once that lands.
PACKS = sorted(p for p in RULES.glob("*/*.toml") if p.stem in ("spam", "jargon", "off_topic"))


def _phrases(path: Path) -> list[str]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for table in [*data.get("rule", []), *data.get("signal", [])]:
        for key in ("phrases", "weak", "figurative", "expert_phrases"):
            found += table.get(key, [])
    found += data.get("settings", {}).get("explained_by", [])
    return found


@pytest.mark.parametrize("path", PACKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_alternative_of_several_words_outside_a_group(path: Path) -> None:
    # In "a|b c", each alternative is one word: "e-mail" or "d'hier" there would only keep
    # its first piece. Several words go in a group: "(e-mail|call) us".
    bad = []
    for phrase in _phrases(path):
        outside = re.sub(r"\([^)]*\)", " ", phrase)
        for raw in outside.split():
            alternatives = raw.rstrip("?").split("|")
            if len(alternatives) > 1 and any(re.search(r"[-'’]", a) for a in alternatives):
                bad.append(phrase)
    assert bad == []


@pytest.mark.parametrize(
    ("text", "language", "rule"),
    [
        ("E-mail us today for a slot.", "en", "spam.call-to-action"),
        ("Vous avez regardé le débat d'hier soir ?", "fr", "off_topic.politics"),
        ("Les vaccins causent l'autisme, tout le monde le sait.", "fr", "off_topic.controversy"),
    ],
)
def test_alternatives_of_several_words_match_in_a_group(
    text: str, language: str, rule: str
) -> None:
    assert rule in {f.rule for f in analyze(text, Context(language=language)).findings}
