"""Off-topic subjects (politics, wars, religion, gossip…) unless the author's topics cover them.

Each subject in the pack has strong phrases (one is enough: "election", "minister") and weak
ones that are innocent alone ("vote", "party") and count only next to another hint of the same
subject. Matching is by stem, so "election", "elections", "élections" are one subject.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any, cast

from .findings import from_rule
from .frequency import zipf
from .packs import Hit, Pack, Rule
from .phrases import Match, Scan
from .report import Context, Finding
from .tokens import Token, Tokens, tokenize, word_count


def check_off_topic(
    text: str, tokens: Tokens, pack: Pack, context: Context, scan: Scan
) -> list[Finding]:
    topic_keys = declared_keys(context.topics, context.profession)
    strong: dict[str, list[Match[Hit]]] = {}
    weak: dict[str, list[Match[Hit]]] = {}
    for match in scan.of(pack.index):
        strong.setdefault(match.payload.rule.id, []).append(match)
    for match in scan.of(pack.weak):
        weak.setdefault(match.payload.rule.id, []).append(match)
    findings: list[Finding] = []
    for rule_id in sorted(set(strong) | set(weak)):
        rule = pack.rule(rule_id)
        if _covered(pack, rule, topic_keys):
            continue
        hits = strong.get(rule_id, [])
        soft = weak.get(rule_id, [])
        distinct_soft = {tokens.forms[m.first].key for m in soft}
        if not hits and len(distinct_soft) < int(pack.setting("weak_needed", 2)):
            continue
        for match in [*hits, *soft]:
            start, end = tokens.starts[match.first], tokens.ends[match.last]
            findings.append(from_rule(text, start, end, rule))
    return findings


@lru_cache(maxsize=64)
def declared_keys(topics: tuple[str, ...], profession: str) -> frozenset[str]:
    """Stems (in both languages) and folded forms of the words in the profile's topics."""
    keys: set[str] = set()
    for phrase in (*topics, profession):
        for language in ("en", "fr"):
            for token in tokenize(phrase, language):
                if _meaningful(token, language):
                    keys.add(token.key)
                    keys.add(token.fold)
    return frozenset(keys)


def _meaningful(token: Token, language: str) -> bool:
    """A topic word, not a little word ("des", "of") that every post contains."""
    return token.kind == "word" and len(token.fold) >= 3 and zipf(token.norm, language) < 6.2


# Per subject, its covering phrases: each a tuple of its words' keys (stem and folded form).
_COVER_KEYS: dict[tuple[str, str], tuple[tuple[frozenset[str], ...], ...]] = {}


def _covered(pack: Pack, rule: Rule, topic_keys: frozenset[str]) -> bool:
    """A subject is the author's own when a declared topic names it (or one of its words).

    A covering phrase of several words needs all of them: "public health" covers a public
    health officer, not every author whose topics say "health".
    """
    if not topic_keys:
        return False
    cache_key = (pack.language, rule.id)
    phrases = _COVER_KEYS.get(cache_key)
    if phrases is None:
        words = [*cast(list[str], rule.options.get("covers", [])), *_single_words(rule.options)]
        phrases = tuple(
            keys for keys in (_phrase_keys(word, pack.language) for word in words) if keys
        )
        _COVER_KEYS[cache_key] = phrases
    return any(all(not word.isdisjoint(topic_keys) for word in keys) for keys in phrases)


def _phrase_keys(phrase: str, language: str) -> tuple[frozenset[str], ...]:
    """One set of keys per meaningful word of a covering phrase."""
    return tuple(
        frozenset((token.key, token.fold))
        for token in tokenize(phrase.lstrip("="), language)
        if _meaningful(token, language)
    )


def _single_words(options: Any) -> Iterable[str]:
    for phrase in options.get("phrases", []):
        words = str(phrase).split()
        if len(words) == 1 and not words[0].startswith(("~", "*")):
            yield from (word.lstrip("=") for word in words[0].rstrip("?").split("|"))


def _keys(words: Iterable[str], language: str) -> set[str]:
    keys: set[str] = set()
    for word in words:
        for token in tokenize(word, language):
            if _meaningful(token, language):
                keys.add(token.key)
                keys.add(token.fold)
    return keys


def no_topic_note(tokens: Tokens, pack: Pack, context: Context) -> str | None:
    """A gentle note (a nudge, not a finding) when a long-enough post touches none of the
    author's declared topics, nor the everyday words of their trade."""
    if not context.topics:
        return None
    words = word_count(tokens)
    if words < int(pack.setting("no_topic_min_words", 25)):
        return None
    topic_keys = declared_keys(context.topics, context.profession)
    domain = _domain_keys(pack, context.profession)
    for kind, forms in zip(tokens.kinds, tokens.forms, strict=True):
        if forms.key in topic_keys or forms.fold in topic_keys or forms.key in domain:
            return None
        if kind == "tag" and forms.norm[1:] in topic_keys:
            return None
    return pack.text("no_declared_topic", topics=", ".join(context.topics))


_DOMAIN_KEYS: dict[tuple[str, str], frozenset[str]] = {}


def _domain_keys(pack: Pack, profession: str) -> frozenset[str]:
    """Everyday words of the author's trade ("tooth", "smile" for a dentist) count as on-topic."""
    if not profession:
        return frozenset()
    cache_key = (pack.language, profession)
    cached = _DOMAIN_KEYS.get(cache_key)
    if cached is not None:
        return cached
    profession_keys = declared_keys((), profession)
    keys: set[str] = set()
    for table in cast(list[dict[str, Any]], pack.data.get("domain", [])):
        trades = _keys(cast(list[str], table.get("professions", [])), pack.language)
        if not trades.isdisjoint(profession_keys):
            keys |= _keys(cast(list[str], table.get("words", [])), pack.language)
    _DOMAIN_KEYS[cache_key] = frozenset(keys)
    return _DOMAIN_KEYS[cache_key]
