"""The kind model: fitted on the tuning sets as they are, never on a held-out one; it explains its
verdict in the post's own words, leaves short posts to the rules, and a damaged file never
breaks the coach."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from firsthand.composer.coach import Context, analyze, kind_model
from firsthand.composer.coach.analyzer import kind_signals
from firsthand.composer.coach.report import KINDS
from tests.model_support import DATA, assert_fitted_on_the_tuning_sets

EN = Context(language="en")
FR = Context(language="fr")

LONG_POSTS = [
    (
        "Last Tuesday a man in his eighties came in with a paper bag. Inside were the dentures "
        "his wife had worn for forty years. She had passed away in March and he wanted to know "
        "whether we could keep them somewhere safe. We talked for an hour. I still think "
        "about him.",
        EN,
    ),
    (
        "Big news: from the first of March we are opening a second practice on Mill Street, with "
        "two new hygienists joining the team. Same phone number, same faces, and finally a lift "
        "for those of you who found our stairs a struggle. Come and say hello at the open day.",
        EN,
    ),
    (
        "Mardi dernier, une patiente est arrivée en larmes au cabinet. Elle avait reporté ses "
        "soins pendant cinq ans par peur de la fraise. On a d'abord parlé, longtemps, sans rien "
        "toucher. Elle est revenue la semaine suivante et m'a dit que c'était la première fois "
        "qu'on l'écoutait.",
        FR,
    ),
    (
        "Pendant les fêtes, profitez de notre offre : le blanchiment à 199 € au lieu de 350 €, "
        "jusqu'au 31 décembre seulement. Places limitées, réservez dès maintenant par téléphone "
        "ou en ligne. Un sourire éclatant pour le réveillon, c'est le cadeau idéal pour vous "
        "faire plaisir.",
        FR,
    ),
]

SHORT_POSTS = [
    ("We moved! New address from Monday: 12 Mill Street.", EN),
    ("Walked in, sat down, cried. Then we laughed about it.", EN),
    ("Nouveaux horaires dès lundi : ouvert le samedi matin.", FR),
    ("Je pense qu'on prescrit trop de radios.", FR),
]

EVERYWHERE = {"the", "and", "a", "of", "to", "in", "de", "la", "le", "et", "les", "des", "un"}


@pytest.fixture
def fresh_model() -> Iterator[None]:
    kind_model.load_model.cache_clear()
    yield
    kind_model.load_model.cache_clear()


def _rules_verdict(text: str, context: Context) -> str:
    (verdict,) = [k.split(":", 1)[1] for k in kind_signals(text, context) if k[:6] == "rules:"]
    return verdict


def test_the_model_was_fitted_on_the_tuning_sets_as_they_are_now() -> None:
    assert_fitted_on_the_tuning_sets(kind_model.MODEL_PATH, "bench/train_kind.py")
    assert kind_model.load_model() is not None


def test_the_coach_still_gives_the_signals_the_model_was_fitted_on() -> None:
    # A rule, a pack or a change to the coach's code that alters the findings or the votes
    # leaves the weights meaning something else.
    document = json.loads(kind_model.MODEL_PATH.read_text(encoding="utf-8"))
    rows = []
    for name in document["trained_on"]:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                post = json.loads(line)
                context = Context(
                    language=post["lang"],
                    profession=post["profession"],
                    topics=tuple(post["topics"]),
                )
                rows.append(kind_signals(post["text"], context))
    assert document.get("signals") == kind_model.signals_digest(rows), (
        "the coach's signals changed since the model was fitted: run bench/train_kind.py"
    )


@pytest.mark.parametrize(("text", "context"), LONG_POSTS)
def test_the_verdict_cites_words_of_the_post(text: str, context: Context) -> None:
    report = analyze(text, context)
    label = "words that point to it: " if context is EN else "mots qui l'indiquent: "
    cited = [s for s in report.kind_signals if s.startswith(label)]
    assert cited, report.kind_signals
    words = [w.strip("“”") for w in cited[0].split(": ", 1)[1].split(", ")]
    assert 1 <= len(words) <= 3
    for word in words:
        assert word in text
        assert word.casefold() not in EVERYWHERE  # "the" or « de » explains nothing


@pytest.mark.parametrize(("text", "context"), SHORT_POSTS)
def test_a_sentence_or_two_is_left_to_the_rules(text: str, context: Context) -> None:
    report = analyze(text, context)
    assert report.kind == _rules_verdict(text, context)
    assert not any("point to it" in s or "l'indiquent" in s for s in report.kind_signals)


@pytest.mark.parametrize(
    "content",
    [
        None,  # deleted
        b"{ not json",
        b"\xff\xfe garbage",
        json.dumps({"format": 99, "kinds": list(KINDS), "bias": [0] * 6, "weights": {}}).encode(),
        json.dumps({"format": 1, "kinds": ["story"], "bias": [0], "weights": {}}).encode(),
        json.dumps(
            {"format": 1, "kinds": list(KINDS), "bias": [0] * 6, "weights": {"x": [1, 2]}}
        ).encode(),
        json.dumps(
            {"format": 1, "kinds": list(KINDS), "bias": [0] * 6, "weights": {"x": ["a"] * 6}}
        ).encode(),
    ],
)
def test_a_missing_or_damaged_model_leaves_the_kind_to_the_rules(
    content: bytes | None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fresh_model: None,
) -> None:
    path = tmp_path / "kind_model.json"
    if content is not None:
        path.write_bytes(content)
    monkeypatch.setattr(kind_model, "MODEL_PATH", path)
    assert kind_model.load_model() is None
    for text, context in LONG_POSTS:
        report = analyze(text, context)
        assert report.kind == _rules_verdict(text, context)
        assert not any("point to it" in s or "l'indiquent" in s for s in report.kind_signals)


@pytest.mark.parametrize(("text", "context"), LONG_POSTS)
def test_the_same_post_reads_the_same_each_time(text: str, context: Context) -> None:
    first, again = analyze(text, context), analyze(text, context)
    assert (first.kind, first.kind_signals) == (again.kind, again.kind_signals)


@pytest.mark.parametrize(
    ("kind", "post"),
    list(zip(["story", "announcement", "story", "promotion"], LONG_POSTS, strict=True)),
)
def test_plain_posts_keep_their_kind(kind: str, post: tuple[str, Context]) -> None:
    assert analyze(*post).kind == kind
