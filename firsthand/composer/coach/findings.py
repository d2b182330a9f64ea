"""Building findings from rules and spans, so every analyzer words and bounds them the same way."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .packs import Rule, fill
from .report import Finding, Severity


def from_rule(
    text: str,
    start: int,
    end: int,
    rule: Rule,
    suggestion: str | None = None,
    *,
    severity: Severity | None = None,
    replacement: str | None = None,
    **values: object,
) -> Finding:
    """A finding for text[start:end]; the rule's message gets {text} and {suggestion} filled in."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    matched = text[start:end]
    plain = suggestion if suggestion is not None else rule.suggestion
    wording = _WORDINGS.get((rule.message, plain, matched)) if not values else None
    if wording is None:
        wording = (
            fill(rule.message, text=matched, suggestion=plain or "", **values),
            fill(plain, text=matched, **values) or None if plain else None,
        )
        if not values:
            if len(_WORDINGS) > _WORDINGS_LIMIT:
                _WORDINGS.clear()
            _WORDINGS[(rule.message, plain, matched)] = wording
    # A post gets dozens of findings on every pause in typing: filled in directly, as the
    # dataclass's own __init__ would (it sets each frozen field through object.__setattr__).
    finding: Finding = object.__new__(Finding)
    finding.__dict__.update(
        rule=rule.id,
        category=rule.category,
        severity=severity or rule.severity,
        start=start,
        end=end,
        text=matched,
        message=wording[0],
        suggestion=wording[1],
        principle=rule.principle,
        replacement=replacement,
    )
    return finding


# A rule's message and suggestion for a matched wording: the same phrases come back in every
# analysis of a draft.
_WORDINGS: dict[tuple[str, str | None, str], tuple[str, str | None]] = {}
_WORDINGS_LIMIT = 50_000


# Findings about a whole sentence (or the tail past a limit) sit on another layer than
# findings about words: a long sentence must not hide the trade word inside it.
WHOLE_SPAN_RULES = frozenset(
    {"jargon.long-sentence", "jargon.hard-sentence", "length.over-limit", "length.hashtags"}
)


def without_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Within one category, keep the longest of overlapping findings (the earliest on ties);
    overlapping findings of the same rule merge into one span."""
    kept: list[Finding] = []
    ordered = sorted(findings, key=lambda f: (f.category, f.start, -(f.end - f.start), f.rule))
    last: dict[str, int] = {}  # layer → index in `kept` of the finding that reaches furthest
    for finding in ordered:
        layer = finding.rule if finding.rule in WHOLE_SPAN_RULES else finding.category
        previous = kept[last[layer]] if layer in last else None
        if previous is not None and finding.start < previous.end and finding.end > finding.start:
            if previous.rule == finding.rule and finding.end > previous.end:
                kept[last[layer]] = _merged(previous, finding)
            continue
        kept.append(finding)
        last[layer] = len(kept) - 1
    return kept


def _merged(first: Finding, second: Finding) -> Finding:
    """One finding over both spans ("is pleased to" + "pleased to offer"); the first's
    replacement was worded for its own words only, so the whole has none."""
    whole = first.text + second.text[first.end - second.start :]
    return replace(
        first,
        end=second.end,
        text=whole,
        message=first.message.replace(first.text, whole, 1),
        replacement=None,
    )
