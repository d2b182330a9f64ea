"""Fit the kind model (resources/rules/kind_model.json) on the tuning sets, never the held-out ones.

    .venv/bin/pip install -e '.[train]'      # scikit-learn, only for this script
    .venv/bin/python bench/train_kind.py [--check]

For every post of the tuning sets listed in bench/accuracy.py it asks the coach for the signals
its kind model weighs (the rules' vote totals and verdict, who speaks, what was flagged, the
post's shape, and the stems of its words; see firsthand/composer/coach/kind_model.py) and fits a
multinomial logistic regression on the labelled kinds. A word counts only when at least
MIN_POSTS training posts hold it, so one writer's turn of phrase is not learnt. The file
records which sets it was fitted on (with their SHA-256) and a digest of the signals the coach
gave their posts, so a test can tell when a set, a rule pack or the coach's code has changed
them since. It prints the leave-one-set-out accuracy of the rules alone and with the model:
the gain to expect on posts the model has not seen. `--check` prints that without writing.

Run it again after adding or relabelling a tuning set, or after any change to the coach that
alters its findings or votes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# bench/ goes after the standard library, whose calendar module bench/calendar.py would hide.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path[:0] = [str(ROOT)]
sys.path.append(str(ROOT / "bench"))

from accuracy import TUNING_SETS, load  # noqa: E402

from firsthand.composer.coach import Context  # noqa: E402
from firsthand.composer.coach.analyzer import kind_signals  # noqa: E402
from firsthand.composer.coach.kind_model import FORMAT, MODEL_PATH, signals_digest  # noqa: E402
from firsthand.composer.coach.report import KINDS  # noqa: E402

MIN_POSTS = 3
# A post whose writer marked its kind arguable (a second reader could pick another) weighs this
# much (leave one set out: 0.847 against 0.846 at full weight, on 26 sets; 0.853 against 0.857
# on 23, where 0.3 and 0.7 did less well).
ARGUABLE_WEIGHT = 0.5
STRENGTH = 1.0  # scikit-learn's C: lower keeps the weights smaller
DECIMALS = 4


Row = tuple[dict[str, float], str, float]  # the signals, the labelled kind, the post's weight


def signals(path: Path) -> list[Row]:
    rows = []
    for post in load(path):
        context = Context(
            language=post["lang"], profession=post["profession"], topics=tuple(post["topics"])
        )
        weight = ARGUABLE_WEIGHT if post.get("kind_clear") is False else 1.0
        rows.append((kind_signals(post["text"], context), post["kind"], weight))
    return rows


def fit(rows: list[Row]) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(name for features, _, _ in rows for name in features if name.startswith("word:"))
    kept = [
        {k: v for k, v in features.items() if not k.startswith("word:") or seen[k] >= MIN_POSTS}
        for features, _, _ in rows
    ]
    vectors = DictVectorizer()
    matrix = vectors.fit_transform(kept)
    model = LogisticRegression(C=STRENGTH, max_iter=5000)
    model.fit(matrix, [kind for _, kind, _ in rows], sample_weight=[w for _, _, w in rows])
    order = [list(model.classes_).index(kind) for kind in KINDS]
    weights = {}
    for column, name in enumerate(vectors.get_feature_names_out()):
        row = [round(float(model.coef_[k][column]), DECIMALS) for k in order]
        if any(row):
            weights[str(name)] = row
    return {
        "kinds": list(KINDS),
        "bias": [round(float(model.intercept_[k]), DECIMALS) for k in order],
        "weights": dict(sorted(weights.items())),
    }


def model_lines(document: dict[str, Any], table: str = "weights") -> str:
    """A fitted model as JSON with one entry of its `table` per line, so a refitted model diffs
    line by line (train_allusion.py writes its terms so too)."""
    head = {key: value for key, value in document.items() if key != table}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + f', "{table}": {{']
    rows = [
        f"{json.dumps(name, ensure_ascii=False)}: {json.dumps(row)}"
        for name, row in document[table].items()
    ]
    return "\n".join(lines + [",\n".join(rows), "}}"]) + "\n"


def sets_digest(paths: list[Path]) -> dict[str, str]:
    """Each training set's SHA-256, by its path under tests/data: a test tells when a set
    changed since the fit (train_allusion.py records its sets so too)."""
    data = ROOT / "tests" / "data"
    return {
        path.relative_to(data).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in paths
    }


def training_args(doc: str) -> argparse.Namespace | None:
    """The training scripts' command line (`--check`: print figures, write nothing), or None,
    said on stderr, when scikit-learn is missing (train_allusion.py starts so too)."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="print figures, write nothing")
    args = parser.parse_args()
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("scikit-learn is missing: .venv/bin/pip install -e '.[train]'", file=sys.stderr)
        return None
    return args


def main() -> int:
    args = training_args(__doc__ or "")
    if args is None:
        return 2
    from firsthand.composer.coach.kind_model import parse_model

    sets = {path: signals(path) for path in TUNING_SETS if path.exists()}
    right_rules = right_model = total = 0
    for left_out, rows in sets.items():
        others = [row for path, held in sets.items() if path != left_out for row in held]
        model = parse_model({"format": FORMAT, **fit(others)})
        assert model is not None
        rules = sum(f"rules:{kind}" in features for features, kind, _ in rows)  # their verdict
        weighed = sum(model.decide(features)[0] == kind for features, kind, _ in rows)
        print(
            f"{left_out.name:32} {len(rows):4} posts  rules {rules / len(rows):.2f}  "
            f"with the model {weighed / len(rows):.2f}"
        )
        right_rules += rules
        right_model += weighed
        total += len(rows)
    print(
        f"leave one set out, {total} posts: rules {right_rules / total:.3f}, "
        f"with the model {right_model / total:.3f}"
    )
    if args.check:
        return 0
    document = {
        "format": FORMAT,
        "trained_on": sets_digest(list(sets)),
        "signals": signals_digest(f for rows in sets.values() for f, _, _ in rows),
        **fit([row for rows in sets.values() for row in rows]),
    }
    MODEL_PATH.write_text(model_lines(document), encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(document['weights'])} signals")
    return 0


if __name__ == "__main__":
    sys.exit(main())
