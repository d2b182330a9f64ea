"""Jargon: buzzwords, trade terms a client would not know, rare words, long and hard sentences."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .findings import from_rule
from .frequency import zipf
from .packs import Hit, Pack, Rule
from .phrases import PhraseIndex, compile_pattern
from .readability import reading_ease
from .report import Context, Finding
from .tokens import Token, sentence_spans


def check_jargon(
    text: str, tokens: Sequence[Token], pack: Pack, context: Context, allowed: frozenset[str]
) -> tuple[list[Finding], float | None]:
    """Jargon findings, and the whole post's reading ease."""
    findings: list[Finding] = []
    covered: set[int] = set()
    for match in pack.index.find(tokens):
        findings.append(_finding(text, tokens, match.first, match.last, match.payload))
        covered.update(range(match.first, match.last + 1))
    if context.own_jargon:
        own = _own_index(context.own_jargon, pack.language, _own_rule(pack))
        for match in own.find(tokens):
            findings.append(_finding(text, tokens, match.first, match.last, match.payload))
            covered.update(range(match.first, match.last + 1))
    findings.extend(_rare_words(text, tokens, pack, covered, allowed))
    sentence_findings, ease = _sentences(text, tokens, pack)
    findings.extend(sentence_findings)
    return findings, ease


def _finding(text: str, tokens: Sequence[Token], first: int, last: int, hit: Hit) -> Finding:
    return from_rule(text, tokens[first].start, tokens[last].end, hit.rule, hit.suggestion)


def _own_rule(pack: Pack) -> Rule:
    return pack.rules.get("jargon.own-list") or Rule(
        "jargon.own-list", "jargon", "info", pack.text("own_list"), 5
    )


@lru_cache(maxsize=32)
def _own_index(terms: tuple[str, ...], language: str, rule: Rule) -> PhraseIndex[Hit]:
    index: PhraseIndex[Hit] = PhraseIndex()
    for term in terms:
        for pattern in compile_pattern(term, language, Hit(rule, None)):
            index.add(pattern)
    return index


def _rare_words(
    text: str, tokens: Sequence[Token], pack: Pack, covered: set[int], allowed: frozenset[str]
) -> list[Finding]:
    """Words rare in everyday language that no list explains; capitalised names are skipped."""
    rule = pack.rules.get("jargon.rare-word")
    if rule is None:
        return []
    threshold = float(pack.setting("rare_below_zipf", 2.4))
    min_length = int(pack.setting("rare_min_length", 6))
    findings: list[Finding] = []
    seen: set[str] = set()
    for i, token in enumerate(tokens):
        if token.kind != "word" or i in covered or len(token.text) < min_length:
            continue
        word = token.text
        if not word.isalpha() or word.isupper():
            continue
        if word[0].isupper() and not token.first:
            continue  # a name: "Dr Okafor", "Lyon"
        if token.norm in seen or token.fold in allowed or token.key in allowed:
            continue
        if _stretched(token.norm):
            continue  # "sooooo", "hourraaa": emphasis, not jargon
        if zipf(token.norm, pack.language) >= threshold:
            continue
        seen.add(token.norm)
        findings.append(from_rule(text, token.start, token.end, rule))
    return findings


def _stretched(word: str) -> bool:
    return any(word[k] == word[k + 1] == word[k + 2] for k in range(len(word) - 2))


def _sentences(
    text: str, tokens: Sequence[Token], pack: Pack
) -> tuple[list[Finding], float | None]:
    long_rule = pack.rules.get("jargon.long-sentence")
    hard_rule = pack.rules.get("jargon.hard-sentence")
    long_words = int(pack.setting("long_sentence_words", 30))
    hard_min_words = int(pack.setting("hard_sentence_min_words", 14))
    hard_below = float(pack.setting("hard_sentence_below", 25.0))
    words_by_sentence: dict[int, list[str]] = {}
    for token in tokens:
        if token.kind == "word":
            words_by_sentence.setdefault(token.sentence, []).append(token.norm)
    spans = sentence_spans(text)
    findings: list[Finding] = []
    all_words: list[str] = []
    for n, words in words_by_sentence.items():
        all_words.extend(words)
        if n >= len(spans):
            continue
        start, end = spans[n]
        if long_rule is not None and len(words) > long_words:
            findings.append(from_rule(text, start, end, long_rule, count=len(words)))
            continue
        if hard_rule is not None and len(words) >= hard_min_words:
            ease = reading_ease(words, 1, pack.language)
            if ease is not None and ease < hard_below:
                findings.append(from_rule(text, start, end, hard_rule, score=round(ease)))
    ease = reading_ease(all_words, max(1, len(words_by_sentence)), pack.language)
    return findings, ease
