"""The 0–100 score: how firsthand the post reads (personal, plain, on-topic, not salesy)."""

from __future__ import annotations

from collections.abc import Sequence

from .report import Finding, Kind

# What one finding costs, by category and severity: spam and off-topic hurt most, since
# they are what makes readers scroll past; an "info" is a hint and costs little.
_COST = {
    ("spam", "error"): 20,
    ("spam", "warning"): 12,
    ("spam", "info"): 5,
    ("off_topic", "warning"): 15,
    ("off_topic", "info"): 4,
    ("jargon", "warning"): 6,
    ("jargon", "info"): 3,
    ("voice", "warning"): 10,
    ("voice", "info"): 4,
    ("length", "error"): 8,
}
_KIND_BONUS: dict[str, int] = {
    "story": 10,
    "experience": 10,
    "announcement": 6,
    "opinion": 6,
    "promotion": -15,
    "other": -5,
}
_CATEGORY_CAP = 40  # ten buzzwords should not zero a post that is otherwise a good story


def score(findings: Sequence[Finding], kind: Kind, voice: dict[str, int], words: int) -> int:
    if words == 0:
        return 0
    costs: dict[str, int] = {}
    for finding in findings:
        cost = _COST.get((finding.category, finding.severity), 3)
        costs[finding.category] = min(_CATEGORY_CAP, costs.get(finding.category, 0) + cost)
    total = 85 - sum(costs.values()) + _KIND_BONUS.get(kind, 0)
    personal = voice.get("i", 0) + voice.get("we", 0)
    if personal > voice.get("company", 0):
        total += 5
    elif words >= 10:
        total -= 10
    return max(0, min(100, total))
