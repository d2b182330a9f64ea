"""Rule packs: TOML data files under resources/rules/<lang>/<category>.toml (and
<category>.<name>.toml beside it, and the trades' professions in resources/rules/trades.toml),
loaded once.

The format is documented in resources/rules/README.md. A pack holds rules (each with an id,
severity, message, the principle it cites, and phrases or terms) plus a `[settings]` table of
thresholds the category's analyzer reads.
"""

from __future__ import annotations

import json
import logging
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, TypeVar, cast

from .pack_cache import cached
from .phrases import PhraseIndex, compile_pattern, expand_groups
from .report import Category, Severity
from .tokens import PieceVerdicts, fold_accents

V = TypeVar("V")
log = logging.getLogger(__name__)
RULES_DIR = Path(__file__).resolve().parents[2] / "resources" / "rules"
LANGUAGES: tuple[str, ...] = ("en", "fr")
TRADES_FILE = "trades.toml"  # beside the language folders: the professions each trade names
PACK_CATEGORIES: tuple[Category, ...] = ("spam", "jargon", "off_topic", "voice", "length")
_SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")


@dataclass(frozen=True)
class Rule:
    id: str
    category: Category
    severity: Severity
    message: str
    principle: int | None = None
    suggestion: str | None = None
    # The rule's raw table; left out of equality and hashing so a Rule can key a cache.
    options: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Hit:
    """What a matched phrase points to: its rule and the plainer wording for that phrase."""

    rule: Rule
    suggestion: str | None
    aside: bool = False  # a `hints` phrase: alone, it counts in an aside (off_topic)
    only_aside: bool = False  # a `first_names` phrase: it counts in an aside, and nowhere else
    person: bool = False  # a `people` phrase: a leader named is never the field's news (off_topic)
    disputed: bool = False  # a `disputed` phrase: it also counts where its sentence takes a side
    form: str = ""  # office talk's term: the first form its list writes, casefolded ("empower")
    named: bool = False  # a term its list writes with a capital ("Gumboro"): a capital is no name

    def __reduce__(self) -> tuple[type[Hit], tuple[object, ...]]:
        # Faster from the pack cache than a slotted dataclass's own pickling (see Element).
        fields = (self.aside, self.only_aside, self.person, self.disputed, self.form, self.named)
        return Hit, (self.rule, self.suggestion, *fields)


@dataclass(frozen=True, slots=True)
class Signal:
    """A phrase that hints at the post's kind (voice pack): which kind, how strongly, why."""

    kind: str
    weight: float
    label: str


class Teaching(NamedTuple):
    """What an explanation (settings.explained_by and kin) may teach."""

    across: bool  # a term of the sentence before too ("bruxism. In plain words: …")
    ahead: bool  # a term after it ("what we call a crown"), not only one before


@dataclass
class Pack:
    language: str
    category: Category
    rules: dict[str, Rule]
    index: PhraseIndex[Hit]  # every rule's `phrases` and `terms`
    weak: PhraseIndex[Hit]  # `weak` and `hints` phrases: count only alongside other evidence
    signals: PhraseIndex[Signal]  # `[[signal]]` tables (voice pack)
    explain: PhraseIndex[Teaching]  # settings.explained_by and kin (jargon pack): "en clair"
    literal: PhraseIndex[bool]  # settings.literal (jargon pack): office talk's words as a thing
    settings: dict[str, Any]
    messages: dict[str, str]
    data: Mapping[str, Any]  # the whole parsed file, for tables only one analyzer reads
    # Verdicts worked out per distinct word from this pack's settings ("rare", "past tense"),
    # by table name: they live and die with the pack, so a reloaded pack starts afresh.
    word_memo: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False, repr=False)

    def rule(self, rule_id: str) -> Rule:
        return self.rules[rule_id]

    def setting(self, name: str, default: Any) -> Any:
        return self.settings.get(name, default)

    def memo(self, name: str) -> dict[str, Any]:
        """A per-word table of verdicts for one check (bounded: it starts over when full)."""
        table = self.word_memo.get(name)
        if table is None or len(table) > _MEMO_LIMIT:
            table = self.word_memo[name] = {}
        return table

    def word_set(self, name: str, *, accents: bool = False) -> frozenset[str]:
        """A word list from the settings, lower-cased and, unless `accents`, accent-folded like
        tokens' `fold` (made once per pack)."""
        sets = self.word_memo.setdefault("word_sets", {})
        key = name if not accents else "=" + name
        words: frozenset[str] | None = sets.get(key)
        if words is None:
            lowered = (str(word).casefold() for word in self.setting(name, []))
            words = sets[key] = frozenset(lowered if accents else map(fold_accents, lowered))
        return words

    def kept(self, name: str, make: Callable[..., V], *args: Any) -> V:
        """`make(*args)`, worked out once per pack and kept under `name` (a table or a compiled
        list read from the rules: it lives and dies with the pack, like the word memos)."""
        made = self.word_memo.setdefault("kept", {})
        value = made.get(name)
        if value is None:
            value = made[name] = make(*args)
        return cast(V, value)

    def verdicts(self, name: str, verdict: Callable[[str], V]) -> PieceVerdicts[V]:
        """`verdict(piece)` per written word for one check, remembered like memo(); `verdict`
        is only read when the table is made (or made again, once full)."""
        table = self.word_memo.get(name)
        if not isinstance(table, PieceVerdicts) or len(table) > _MEMO_LIMIT:
            table = self.word_memo[name] = PieceVerdicts(verdict)
        return cast(PieceVerdicts[V], table)

    def text(self, name: str, **values: object) -> str:
        """A message from the pack's [messages] table with {placeholders} filled in."""
        return fill(self.messages.get(name, name), **values)


_MEMO_LIMIT = 200_000


class _Blank(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return ""


def read_model(path: Path, parse: Callable[[object], V | None]) -> V | None:
    """A fitted model's JSON file read by its module's `parse`, or None when it is missing or
    damaged: the coach then decides by its rules alone."""
    try:
        return parse(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def fill(template: str, **values: object) -> str:
    """str.format that leaves unknown placeholders empty instead of raising."""
    if "{" not in template and "}" not in template:
        return template  # nothing to fill (most suggestions)
    try:
        try:
            return template.format_map(values)  # the usual case: every placeholder given
        except KeyError:
            return template.format_map(_Blank(values))
    except (ValueError, IndexError):
        return template


@cache
def load_pack(language: str, category: Category) -> Pack:
    """The pack for a language and category; an absent file gives an empty pack."""
    return cached(
        f"{language}-{category}",
        Pack,
        RULES_DIR,
        lambda: build_pack(language, category, read_pack_data(RULES_DIR / language, category)),
    )


def read_pack_data(folder: Path, category: Category) -> dict[str, Any]:
    """`<category>.toml`, with the rules of every `<category>.<name>.toml` beside it appended:
    a long word list (`jargon.trades.toml`) or a clinic's own rules live in files of their own,
    and the settings stay those of the main file."""
    data: dict[str, Any] = {}
    main = folder / f"{category}.toml"
    if main.is_file():
        with main.open("rb") as handle:
            data = tomllib.load(handle)
    for extra in sorted(folder.glob(f"{category}.*.toml")):
        try:
            with extra.open("rb") as handle:
                more = tomllib.load(handle)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            # A clinic's own file with a slip must not take the bundled rules down with it.
            log.warning("rule file %s left out: %s", extra, error)
            continue
        for table in ("rule", "signal"):
            if more.get(table):
                data[table] = [*data.get(table, []), *more[table]]
    if any("trade" in rule for rule in data.get("rule", [])):
        data["rule"] = _trades_read(data["rule"], folder.parent / TRADES_FILE)
    return data


def _trades_read(rules: list[dict[str, Any]], path: Path) -> list[dict[str, Any]]:
    """A rule naming its `trade` reads the professions the shared trades file gives it, with
    any of its own added: one table serves both languages' lists. A rule whose trade the file
    does not give is left out, as it would otherwise read every trade's posts."""
    try:
        with path.open("rb") as handle:
            shared = dict(tomllib.load(handle).get("professions", {}))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        log.warning("trades file %s not read: %s", path, error)
        shared = {}
    kept = []
    for rule in rules:
        trade = rule.get("trade")
        if trade is None:
            kept.append(rule)
        elif isinstance(trade, str) and isinstance(shared.get(trade), list):
            kept.append({**rule, "professions": [*shared[trade], *rule.get("professions", [])]})
        else:
            log.warning("rule %s left out: no trade %r in %s", rule.get("id"), trade, path)
    return kept


def build_pack(language: str, category: Category, data: Mapping[str, Any]) -> Pack:
    """Compile a pack from its parsed TOML (also used by tests with inline packs)."""
    index: PhraseIndex[Hit] = PhraseIndex()
    weak: PhraseIndex[Hit] = PhraseIndex()
    signals: PhraseIndex[Signal] = PhraseIndex()
    rules: dict[str, Rule] = {}
    for table in cast(list[dict[str, Any]], data.get("rule", [])):
        rule = _rule(category, table)
        rules[rule.id] = rule
        for phrase in table.get("phrases", []):
            for pattern in compile_pattern(str(phrase), language, Hit(rule, rule.suggestion)):
                index.add(pattern)
        person = Hit(rule, rule.suggestion, person=True)
        for phrase in table.get("people", []):
            for pattern in compile_pattern(str(phrase), language, person):
                index.add(pattern)
        # Only office talk is replaced in the form its list writes (a trade's term is kept and
        # explained): the other terms need no form, and packs load faster without it.
        replaced = not table.get("explainable", True)
        for term, plain in cast(dict[str, str], table.get("terms", {})).items():
            form = written_form(term) if replaced else ""
            bare = term.lstrip("=~")
            named = bare[:1].isupper() and not bare.split()[0].isupper()
            hit = Hit(rule, str(plain) or rule.suggestion, form=form, named=named)
            for pattern in compile_pattern(term, language, hit):
                index.add(pattern)
        for name in ("weak", "hints", "first_names", "disputed"):
            hit = Hit(
                rule,
                rule.suggestion,
                aside=name != "weak",
                only_aside=name == "first_names",
                disputed=name == "disputed",
            )
            for phrase in table.get(name, []):
                for pattern in compile_pattern(str(phrase), language, hit):
                    weak.add(pattern)
    for table in cast(list[dict[str, Any]], data.get("signal", [])):
        signal = Signal(
            str(table["kind"]), float(table.get("weight", 1.0)), str(table.get("label", ""))
        )
        for phrase in table.get("phrases", []):
            for signal_pattern in compile_pattern(str(phrase), language, signal):
                signals.add(signal_pattern)
    # A wording set beside its term teaches only a term of its own sentence; one that says
    # what a word means ("which means") only the word before it ("…means your PRV is shot").
    explain: PhraseIndex[Teaching] = PhraseIndex()
    settings = dict(data.get("settings", {}))
    teachings = (
        ("explained_by", Teaching(across=True, ahead=True)),
        ("explained_beside", Teaching(across=False, ahead=True)),
        ("explained_backward", Teaching(across=True, ahead=False)),
    )
    for key, teaching in teachings:
        for phrase in cast(list[str], settings.get(key, [])):
            for explain_pattern in compile_pattern(str(phrase), language, teaching):
                explain.add(explain_pattern)
    literal: PhraseIndex[bool] = PhraseIndex()
    for phrase in cast(list[str], settings.get("literal", [])):
        for literal_pattern in compile_pattern(str(phrase), language, True):
            literal.add(literal_pattern)
    return Pack(
        language=language,
        category=category,
        rules=rules,
        index=index,
        weak=weak,
        signals=signals,
        explain=explain,
        literal=literal,
        settings=dict(data.get("settings", {})),
        messages={str(k): str(v) for k, v in dict(data.get("messages", {})).items()},
        data=data,
    )


def written_form(term: str) -> str:
    """The first form a list writes for a term, casefolded: "=empower|=empowers" → "empower",
    "holistic approach|solution" → "holistic approach". Its wording fits that form; another
    ("empowers") may need the wording inflected, which the coach does not do."""
    source = expand_groups(term)[0] if "(" in term else term
    words = (word.split("|")[0].lstrip("=~") for word in source.split())
    return " ".join(word for word in words if word and not word.endswith("?")).casefold()


def _rule(category: Category, table: Mapping[str, Any]) -> Rule:
    severity = str(table.get("severity", "warning"))
    principle = table.get("principle")
    suggestion = table.get("suggestion")
    return Rule(
        id=str(table["id"]),
        category=category,
        severity=_severity(severity),
        message=str(table.get("message", "")),
        principle=int(principle) if principle is not None else None,
        suggestion=str(suggestion) if suggestion else None,
        options=table,
    )


def _severity(value: str) -> Severity:
    for severity in _SEVERITIES:
        if severity == value:
            return severity
    return "warning"


def load_all() -> list[Pack]:
    """Every bundled pack (for warming the cache and for the benchmark)."""
    return [load_pack(lang, category) for lang in LANGUAGES for category in PACK_CATEGORIES]
