"""Jargon: buzzwords, trade terms a client would not know, rare words, long and hard sentences."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .findings import from_rule
from .frequency import family_zipf, zipf
from .off_topic import declared_keys
from .packs import Hit, Pack, Rule
from .phrases import Match, PhraseIndex, Scan, compile_pattern
from .readability import reading_ease
from .report import Context, Finding
from .tokens import Token, sentence_spans


def check_jargon(
    text: str,
    tokens: Sequence[Token],
    pack: Pack,
    context: Context,
    allowed: frozenset[str],
    scan: Scan,
) -> tuple[list[Finding], float | None]:
    """Jargon findings, and the whole post's reading ease."""
    findings: list[Finding] = []
    covered: set[int] = set()
    explained = [match.first for match in scan.of(pack.explain)]
    matches = list(scan.of(pack.index))
    if context.own_jargon:
        own = _own_index(context.own_jargon, pack.language, _own_rule(pack))
        matches.extend(own.find(tokens))
    for match in _closest_forms(matches, tokens, text):
        covered.update(range(match.first, match.last + 1))
        if not _is_explained(match.first, match.last, explained, pack):
            findings.append(_finding(text, tokens, match.first, match.last, match.payload))
    # The author's own profession and topics are words they chose to write about, not rarities.
    own_words = allowed | declared_keys(context.topics, context.profession)
    for first in _unknown_words(tokens, pack, covered, own_words):
        if not _is_explained(first, first, explained, pack):
            findings.append(_word_finding(text, tokens[first], pack))
    sentence_findings, ease = _sentences(text, tokens, pack)
    findings.extend(sentence_findings)
    return findings, ease


def _closest_forms(
    matches: list[Match[Hit]], tokens: Sequence[Token], text: str
) -> list[Match[Hit]]:
    """Of several terms matching the same words ("condition suspensive" and its plural), keep
    the one written like the text, so the plainer wording agrees with it."""
    chosen: dict[tuple[int, int], Match[Hit]] = {}
    for match in matches:
        span = (match.first, match.last)
        written = text[tokens[match.first].start : tokens[match.last].end].casefold()
        if span not in chosen or match.pattern.casefold().replace("’", "'") == written.replace(
            "’", "'"
        ):
            chosen[span] = match
    return list(chosen.values())


def _finding(text: str, tokens: Sequence[Token], first: int, last: int, hit: Hit) -> Finding:
    return from_rule(text, tokens[first].start, tokens[last].end, hit.rule, hit.suggestion)


def _own_rule(pack: Pack) -> Rule:
    return pack.rules.get("jargon.own-list") or Rule(
        "jargon.own-list", "jargon", "warning", pack.messages.get("own_list", "{text}"), 5
    )


@lru_cache(maxsize=32)
def _own_index(terms: tuple[str, ...], language: str, rule: Rule) -> PhraseIndex[Hit]:
    index: PhraseIndex[Hit] = PhraseIndex()
    for term in terms:
        for pattern in compile_pattern(term, language, Hit(rule, None)):
            index.add(pattern)
    return index


def _is_explained(first: int, last: int, explained: list[int], pack: Pack) -> bool:
    """A trade word with an explanation just after (or just before) it is good teaching."""
    after = int(pack.setting("explain_window_after", 25))
    before = int(pack.setting("explain_window_before", 8))
    return any(first - before <= at <= last + after for at in explained)


def _unknown_words(
    tokens: Sequence[Token], pack: Pack, covered: set[int], allowed: frozenset[str]
) -> list[int]:
    """Indexes of words no list explains that a client may not know: trade acronyms ("CBT")
    and words rare in everyday language; capitalised names are skipped."""
    threshold = float(pack.setting("rare_below_zipf", 2.4))
    min_length = int(pack.setting("rare_min_length", 6))
    acronyms = set(pack.setting("common_acronyms", []))
    found: list[int] = []
    seen: set[str] = set()
    for i, token in enumerate(tokens):
        if token.kind != "word" or i in covered:
            continue
        word = token.text
        if token.norm in seen or token.fold in allowed or token.key in allowed:
            continue
        if word.isupper():
            # Trade shorthand ("CBT", "EBE"), not a shouted word ("CALL NOW", "YES").
            if 2 <= len(word) <= 6 and word.isalpha() and token.fold not in acronyms:
                if zipf(token.norm, pack.language) < 3.8 and not _shouting_run(tokens, i):
                    seen.add(token.norm)
                    found.append(i)
            continue
        if len(word) < min_length or not word.isalpha():
            continue
        if word[0].isupper() and not token.first:
            continue  # a name: "Dr Okafor", "Lyon"
        if _stretched(token.norm):
            continue  # "sooooo", "hourraaa": emphasis, not jargon
        if family_zipf(token.norm, pack.language) >= threshold:
            continue
        seen.add(token.norm)
        found.append(i)
    return found


def _shouting_run(tokens: Sequence[Token], i: int) -> bool:
    """Whether a capitalised word sits next to another one ("BOOK NOW"): that's shouting."""
    for k in (i - 1, i + 1):
        if 0 <= k < len(tokens) and tokens[k].kind == "word" and tokens[k].text.isupper():
            return tokens[k].sentence == tokens[i].sentence
    return False


def _word_finding(text: str, token: Token, pack: Pack) -> Finding:
    rule_id = "jargon.acronym" if token.text.isupper() else "jargon.rare-word"
    rule = pack.rules.get(rule_id) or Rule(rule_id, "jargon", "info", "{text}", 5)
    return from_rule(text, token.start, token.end, rule)


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
        # One-letter tokens are mostly elisions ("l'", "d'", "j'"): they are not words to a reader.
        if token.kind == "word" and len(token.text) > 1:
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
