"""What the coach's fitted models (kind, allusion) must both hold to: fitted on the tuning sets
as they are now, never on a held-out one."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

DATA = Path(__file__).parent / "data"


def assert_fitted_on_the_tuning_sets(
    model_path: Path, script: str, *, probes: bool = False
) -> dict[str, str]:
    """The model file's `trained_on`, checked: every tuning set (and, with `probes`, every
    off-topic probe), no held-out set, each with the SHA-256 it has now. `script` is what refits
    it, named in the failure."""
    trained_on: dict[str, str] = json.loads(model_path.read_text(encoding="utf-8"))["trained_on"]
    tuning = sorted(
        p.name
        for p in DATA.glob("eval_posts*.jsonl")
        if "holdout" not in p.name and "kind2" not in p.name
    )
    if probes:
        tuning = sorted(
            tuning + [p.relative_to(DATA).as_posix() for p in DATA.glob("off_topic_probes/*.jsonl")]
        )
    # Held-out sets measure posts the coach has never seen: the model must not have read them.
    assert not [name for name in trained_on if "holdout" in name]
    assert sorted(trained_on) == tuning, f"a training set was added or removed: run {script}"
    for name, digest in trained_on.items():
        assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == digest, (
            f"{name} changed since the model was fitted: run {script}"
        )
    return trained_on
