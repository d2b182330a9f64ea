"""The trades' word lists: a pack file of their own, read only for the author's own trade."""

from __future__ import annotations

from pathlib import Path

from firsthand.composer.coach.packs import build_pack, read_pack_data
from firsthand.composer.coach.tokens import tokenize

MAIN = """
[settings]
rare_below_zipf = 2.1

[[rule]]
id = "jargon.dentistry"
[rule.terms]
"periodontitis" = "gum disease"
"""

CLINIC = """
[settings]
rare_below_zipf = 9.0

[[rule]]
id = "jargon.clinic"
message = "“{text}” is one of our own words."
[rule.terms]
"pocket charting" = "measuring the gums"
"""


def _found(folder: Path, text: str) -> list[str]:
    pack = build_pack("en", "jargon", read_pack_data(folder, "jargon"))
    return [match.payload.rule.id for match in pack.index.find(tokenize(text, "en"))]


def test_a_file_beside_the_pack_adds_its_rules_and_keeps_the_main_settings(tmp_path: Path) -> None:
    (tmp_path / "jargon.toml").write_text(MAIN, encoding="utf-8")
    (tmp_path / "jargon.clinic.toml").write_text(CLINIC, encoding="utf-8")
    (tmp_path / "spam.extra.toml").write_text('[[rule]]\nid = "spam.other"\n', encoding="utf-8")
    data = read_pack_data(tmp_path, "jargon")
    assert [rule["id"] for rule in data["rule"]] == ["jargon.dentistry", "jargon.clinic"]
    assert data["settings"] == {"rare_below_zipf": 2.1}
    text = "Pocket charting showed early periodontitis."
    assert _found(tmp_path, text) == ["jargon.clinic", "jargon.dentistry"]


def test_a_file_beside_a_missing_pack_still_counts(tmp_path: Path) -> None:
    (tmp_path / "jargon.clinic.toml").write_text(CLINIC, encoding="utf-8")
    assert _found(tmp_path, "We did your pocket charting today.") == ["jargon.clinic"]
    assert _found(tmp_path / "nowhere", "pocket charting") == []
