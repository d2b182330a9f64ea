"""What the coach's tests read off a report, and the authors they write as."""

from __future__ import annotations

from firsthand.composer.coach import Context, Report


def author(language: str, profession: str, *topics: str) -> Context:
    return Context(language=language, profession=profession, topics=topics)


def jargon_flagged(report: Report) -> list[str]:
    """The words the coach warns about as jargon (hints aside)."""
    return [f.text for f in report.findings if f.category == "jargon" and f.severity != "info"]


def off_topic_rules(report: Report) -> set[str]:
    """The off-topic subjects the coach warns about (the gentle note aside)."""
    return {f.rule for f in report.findings if f.category == "off_topic" and f.severity != "info"}
