"""Building findings from rules and spans, so every analyzer words and bounds them the same way."""

from __future__ import annotations

from collections.abc import Iterable

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
    **values: object,
) -> Finding:
    """A finding for text[start:end]; the rule's message gets {text} and {suggestion} filled in."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    matched = text[start:end]
    plain = suggestion if suggestion is not None else rule.suggestion
    message = fill(rule.message, text=matched, suggestion=plain or "", **values)
    return Finding(
        rule=rule.id,
        category=rule.category,
        severity=severity or rule.severity,
        start=start,
        end=end,
        text=matched,
        message=message,
        suggestion=fill(plain, text=matched, **values) or None if plain else None,
        principle=rule.principle,
    )


def without_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Within one category, keep the longest of overlapping findings (the earliest on ties)."""
    kept: list[Finding] = []
    ordered = sorted(findings, key=lambda f: (f.category, f.start, -(f.end - f.start), f.rule))
    last_end: dict[str, int] = {}
    for finding in ordered:
        if finding.start < last_end.get(finding.category, -1) and finding.end > finding.start:
            continue
        kept.append(finding)
        last_end[finding.category] = max(last_end.get(finding.category, -1), finding.end)
    return kept
