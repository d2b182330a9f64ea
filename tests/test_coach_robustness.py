"""Bad input never breaks the coach, and every span points at the text it quotes."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from firsthand.composer.coach import Context, Report, analyze, network_count

CONTEXT = Context(
    language="auto",
    profession="dentist",
    topics=("teeth", "kids"),
    company_names=("Smile Co",),
    own_jargon=("bruxism",),
    networks=("x", "bluesky", "instagram", "linkedin", "ok"),
)


def assert_spans_valid(text: str, report: Report) -> None:
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text
    assert 0 <= report.score <= 100
    assert report.language in ("en", "fr")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t  ",
        "a\x00b\x00 Smile Co is pleased to offer\x00!!!",
        "lone \ud800 surrogate \udfff here, CALL NOW",
        "👩🏽‍⚕️👨‍👩‍👧‍👦🏳️‍🌈🇫🇷 family 👍🏿👍🏿👍🏿👍🏿",
        "e\u0301lections e\u0301lectorales, cafe\u0301 cre\u0300me",
        "שלום, זה פוסט בעברית עם מילה English ו-123 #תג",
        "مرحبا بكم في العيادة، نحن سعداء",
        "Это пост на русском языке про зубы.",
        "这是一个关于牙齿的帖子。",
        "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
        "#" * 500,
        "http://" + "x" * 5000,
        "a@" * 2000,
        "'" * 300 + "’" * 300,
    ],
)
def test_bad_input_never_raises_and_spans_are_valid(text: str) -> None:
    report = analyze(text, CONTEXT)
    assert_spans_valid(text, report)
    for network in CONTEXT.networks:
        count, _limit = network_count(text, network)
        assert count >= 0


def test_a_megabyte_of_text_is_handled_quickly() -> None:
    text = ("I saw a patient today. We are pleased to offer whitening!!! " * 20_000)[:1_000_000]
    started = time.perf_counter()
    report = analyze(text, CONTEXT)
    elapsed = time.perf_counter() - started
    assert_spans_valid(text, report)
    assert any(f.rule == "length.over-limit" for f in report.findings)
    assert elapsed < 30  # a guard against runaway work, not a benchmark (see bench/coach.py)


def test_a_megabyte_without_spaces_does_not_backtrack() -> None:
    text = "a." * 500_000
    report = analyze(text, Context(language="en"))
    assert_spans_valid(text, report)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec=None), max_size=400))
def test_arbitrary_unicode_never_raises_and_spans_match(text: str) -> None:
    assert_spans_valid(text, analyze(text, CONTEXT))


WORDS = st.sampled_from(
    [
        "is",
        "pleased",
        "to",
        "offer",
        "FREE",
        "NOW",
        "!!!",
        "#tag",
        "👍🏽",
        "élection",
        "d’",
        "l'",
        "n’hésitez",
        "pas",
        "periodontitis",
        "https://x.org",
        "Smile",
        "Co",
        "\u0301",
        "the",
        "clinic",
        "offers",
        "\x00",
        "\n",
        "I",
        "we",
        "Clinique",
        "propose",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=60).map(" ".join))
def test_rule_shaped_noise_never_raises_and_spans_match(text: str) -> None:
    assert_spans_valid(text, analyze(text, CONTEXT))
