"""The coach's contract: what goes in (Context) and what comes out (Report)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Category = Literal["spam", "jargon", "off_topic", "voice", "length", "grammar", "style"]
Severity = Literal["info", "warning", "error"]
Kind = Literal["story", "experience", "announcement", "opinion", "promotion", "other"]
CATEGORIES: tuple[Category, ...] = (
    "spam",
    "jargon",
    "off_topic",
    "voice",
    "length",
    "grammar",
    "style",
)
KINDS: tuple[Kind, ...] = ("story", "experience", "announcement", "opinion", "promotion", "other")


@dataclass(frozen=True)
class Context:
    """Who writes and for where. `language` is "en", "fr" or "auto"."""

    language: str = "auto"
    profession: str = ""
    topics: tuple[str, ...] = ()
    allow_list: tuple[str, ...] = ()
    ignored_rules: tuple[str, ...] = ()
    own_jargon: tuple[str, ...] = ()
    company_names: tuple[str, ...] = ()
    networks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    """One thing to look at. `start`/`end` are offsets in Python code points."""

    rule: str
    category: Category
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    suggestion: str | None = None
    principle: int | None = None  # the number of the principle in DESIGN.md it cites
    # What Apply writes in place of `text`, when the coach knows wording that reads there;
    # `suggestion` may be only an idea ("we finally…") that the writer words themselves.
    replacement: str | None = None

    @property
    def key(self) -> str:
        """Stable identity for "Ignore here": survives edits elsewhere in the post."""
        return f"{self.rule}:{self.text.casefold()}"


@dataclass(frozen=True)
class GrammarStatus:
    """Whether grammar checking ran: status is "ok", "off" or "unavailable"."""

    status: str = "off"
    detail: str = ""


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    kind: Kind
    kind_signals: tuple[str, ...]
    score: int
    language: str
    voice: dict[str, int] = field(default_factory=dict)  # counts: "i", "we", "company"
    nudges: tuple[str, ...] = ()
    grammar: GrammarStatus = GrammarStatus()
    readability: float | None = None  # Flesch (en) or Kandel–Moles (fr); higher reads easier
