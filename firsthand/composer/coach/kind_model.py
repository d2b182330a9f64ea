"""The kind, weighed: a linear model over the rules' kind votes and the post's words.

The voice pack's phrases see the wordings someone wrote down; a post's purpose also shows in its
plain vocabulary ("opening", "price", "last week", "mistake") and in how the rules' votes stand
against each other. `bench/train_kind.py` fits, on the tuning sets only (never the held-out
ones), one weight per kind for each of these signals and writes resources/rules/kind_model.json;
here the weights are added up. The rules' own verdict is one of the signals, so where the words
say nothing new the rules decide.

A missing or damaged model file leaves the rules to decide alone: the coach never fails on it.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress

from .pack_cache import cached
from .packs import RULES_DIR, read_model
from .report import KINDS, Finding, Kind
from .tokens import Tokens

MODEL_PATH = RULES_DIR / "kind_model.json"
FORMAT = 1
OPENING_WORDS = 12  # how much of the opening sentence counts as its hook
_FLAGGING = frozenset({"warning", "error"})


def kind_features(
    text: str,
    tokens: Tokens,
    words: Sequence[int],
    language: str,
    scores: Mapping[str, float],
    rule_kind: str,
    counts: Mapping[str, int],
    others: Iterable[Finding],
    ends: Mapping[str, float],
) -> dict[str, float]:
    """The signals the model weighs, by name; training and analysis share this function.
    `ends` say what the opening and the closing sentence vote for ("opens:story": 0.5); the
    words of the opening sentence count once more on their own (the hook says what a post is)."""
    features: dict[str, float] = {f"rules:{rule_kind}": 1.0, **ends}
    for kind in KINDS:
        features[f"votes:{kind}"] = math.log1p(max(0.0, scores.get(kind, 0.0)))
    for who in ("i", "we", "company"):
        features[f"voice:{who}"] = math.log1p(counts.get(who, 0))
    flagged: dict[str, int] = {}
    for finding in others:
        if finding.severity in _FLAGGING:
            flagged[finding.category] = flagged.get(finding.category, 0) + 1
    for category in ("spam", "jargon", "off_topic"):
        features[f"flagged:{category}"] = float(min(3, flagged.get(category, 0)))
    features["shape:length"] = math.log1p(len(words)) / 5
    features["shape:questions"] = float(min(3, text.count("?")))
    features["shape:exclamations"] = float(min(3, text.count("!")))
    features["shape:paragraphs"] = math.log1p(text.count("\n\n") + 1)
    forms = tokens.forms
    prefix = f"word:{language}:"
    features.update(dict.fromkeys([prefix + key for key in {forms[i].key for i in words}], 1.0))
    if words:
        # The hook's own words, apart: "Unpopular opinion", "Big news", « Mardi dernier ».
        opening = tokens.sentences[words[0]]
        hook = [forms[i].key for i in words[:OPENING_WORDS] if tokens.sentences[i] == opening]
        features.update(dict.fromkeys([f"opening:{language}:{key}" for key in hook], 1.0))
    return features


@dataclass(frozen=True)
class KindModel:
    kinds: tuple[Kind, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]  # per signal: its weight for each kind
    # Per kind: the words that weigh for it more than for any other kind, and by how much.
    leading: tuple[Mapping[str, float], ...]

    def decide(self, features: Mapping[str, float]) -> tuple[Kind, list[str]]:
        """The kind with the highest total, and the words that weighed for it and for no
        other kind as much, the weightiest first."""
        totals = list(self.bias)
        present: list[tuple[float, ...]] = []  # the rows of signals worth 1: summed by column
        for row, value in zip(map(self.weights.get, features), features.values(), strict=True):
            if row is None:
                continue
            if value == 1.0:
                present.append(row)
            else:
                for k, weight in enumerate(row):
                    totals[k] += weight * value
        if present:
            columns = zip(*present, strict=True)  # every row has one weight per kind
            totals = [t + sum(column) for t, column in zip(totals, columns, strict=True)]
        best = max(range(len(self.kinds)), key=lambda k: (totals[k], -k))
        lead = self.leading[best]
        names = list(features)
        cues = sorted(compress(names, map(lead.__contains__, names)), key=lead.__getitem__)
        return self.kinds[best], cues[::-1]


def parse_model(data: object) -> KindModel | None:
    """The model in a JSON document, or None when it is not one this version reads."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    kinds = data.get("kinds")
    bias = data.get("bias")
    weights = data.get("weights")
    if (
        not isinstance(kinds, list)
        or sorted(kinds) != sorted(KINDS)
        or not isinstance(bias, list)
        or len(bias) != len(kinds)
        or not isinstance(weights, dict)
    ):
        return None
    rows: dict[str, tuple[float, ...]] = {}
    leading: list[dict[str, float]] = [{} for _ in kinds]
    try:
        for key, row in weights.items():
            if not isinstance(row, list) or len(row) != len(kinds):
                return None
            name = str(key)
            rows[name] = floats = tuple(float(w) for w in row)
            top = max(floats)
            if name.startswith(("word:", "opening:")) and top > 0:
                leading[floats.index(top)][name] = top
        return KindModel(tuple(kinds), tuple(float(b) for b in bias), rows, tuple(leading))
    except (TypeError, ValueError):
        return None


def signals_digest(rows: Iterable[Mapping[str, float]]) -> str:
    """A digest of the signals the coach gives the training posts: a model fitted before a rule,
    a pack or the coach's code changed them weighs signals that no longer mean what it learnt."""
    digest = hashlib.sha256()
    for features in rows:
        pairs = sorted((name, round(value, 6)) for name, value in features.items())
        digest.update(json.dumps(pairs, ensure_ascii=False).encode())
    return digest.hexdigest()


@cache
def load_model() -> KindModel | None:
    return cached("kind-model", KindModel, MODEL_PATH, lambda: read_model(MODEL_PATH, parse_model))
