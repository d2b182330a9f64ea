"""Length per network: limits from networks.toml, graphemes for Bluesky, URLs as 23 on X."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from firsthand.composer.coach import NETWORKS, Context, analyze, network_count


def test_networks_metadata_comes_from_the_data_file() -> None:
    assert NETWORKS["x"].limit == 280 and NETWORKS["x"].url_length == 23
    assert NETWORKS["bluesky"].unit == "graphemes" and NETWORKS["bluesky"].limit == 300
    assert NETWORKS["instagram"].hashtag_limit == 30
    assert NETWORKS["linkedin"].name == "LinkedIn"
    assert NETWORKS["ok"].limit is None  # no published limit: no counter


@pytest.mark.parametrize(
    ("text", "network", "count"),
    [
        ("hello", "linkedin", 5),
        ("see https://example.com/a/very/long/path/that/goes/on?and=on", "x", 4 + 23),
        ("two links www.example.org and https://example.net/x", "x", 10 + 23 + 5 + 23),
        ("👍🏽", "bluesky", 1),
        ("👨‍👩‍👧‍👦 family", "bluesky", 8),
        ("e\u0301te\u0301", "bluesky", 3),  # combining accents are part of their letter
        ("日本", "x", 4),  # X counts CJK as 2
        ("👍🏽", "x", 2),  # and an emoji sequence as 2
    ],
)
def test_network_count_counts_like_the_network(text: str, network: str, count: int) -> None:
    assert network_count(text, network)[0] == count


def test_unknown_network_has_no_limit_and_aliases_work() -> None:
    assert network_count("abc", "myspace") == (3, None)
    assert network_count("abc", "Twitter") == (3, 280)
    assert network_count("abc", " LinkedIn ") == (3, 3000)


def test_over_the_limit_the_overflow_is_highlighted() -> None:
    text = "a" * 275 + " " + "b" * 10
    report = analyze(text, Context(language="en", networks=("x", "linkedin")))
    over = [f for f in report.findings if f.rule == "length.over-limit"]
    assert len(over) == 1
    assert over[0].start == 280 and over[0].end == len(text)
    assert "X (Twitter)" in over[0].message and "286" in over[0].message


def test_bluesky_overflow_starts_at_the_301st_grapheme() -> None:
    text = "👍🏽" * 301
    report = analyze(text, Context(language="en", networks=("bluesky",)))
    over = [f for f in report.findings if f.rule == "length.over-limit"]
    assert len(over) == 1 and over[0].start == 600 and over[0].text == "👍🏽"


def test_instagram_hashtag_cap() -> None:
    text = "Portfolio day " + " ".join(f"#tag{n}" for n in range(32))
    report = analyze(text, Context(language="en", networks=("instagram",)))
    capped = [f for f in report.findings if f.rule == "length.hashtags"]
    assert len(capped) == 1
    assert capped[0].text == "#tag30 #tag31"
    french = analyze(
        "Séance du jour " + " ".join(f"#photo{n}" for n in range(31)),
        Context(language="fr", networks=("instagram",)),
    )
    assert any("hashtags" in f.message and "31" in f.message for f in french.findings)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_fast_counts_agree_with_the_plain_definitions(text: str) -> None:
    # The counters skip slow scans when they can; they must still count what the networks count.
    assert network_count(text, "bluesky")[0] == len(regex.findall(r"\X", text))
    assert network_count(text, "linkedin")[0] == len(text)
    over = analyze(text * 20, Context(language="en", networks=("bluesky",)))
    for finding in over.findings:
        if finding.rule == "length.over-limit":
            assert len(regex.findall(r"\X", (text * 20)[: finding.start])) == 300


def test_the_networks_file_is_read_once_not_on_every_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    # The coach runs on every pause in typing: re-reading the data file each time doubled its
    # cost once, unnoticed by any other test.
    import tomllib

    network_count("warm up", "x")
    reads: list[object] = []
    real_load = tomllib.load
    monkeypatch.setattr(tomllib, "load", lambda handle: reads.append(handle) or real_load(handle))
    context = Context(language="en", networks=("x", "linkedin", "bluesky", "instagram"))
    for _ in range(3):
        analyze("Our new opening hours start on Monday. " * 10, context)
    assert reads == []
