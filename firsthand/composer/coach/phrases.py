"""Phrase patterns matched over tokens, through an index from a word's stem to its phrases.

A pattern is written the way a person would type it (see rules/README.md):
    "pleased to offer|provide"      words match by stem, so "pleases", "offering" match too
    "contact us * today|now"        `*` lets up to 2 other words sit in between (`*4`: up to 4)
    "our team of experienced? professionals"   `word?` may be missing
    "=us"                           exact word, not stemmed
    "ETF"                           capitals (2+ letters): an acronym, matched only in capitals
    "<num> off"                     `<num>` is any number ("20% off": punctuation is not a word)
    "~quality high service"         `~` first: the words may come in any order, close together
    "(on a|nous avons) enfin"       a choice between several words: one pattern per choice
Apostrophes and hyphens split words on both sides, so "n'hésitez" is "n hésitez" and
"best-in-class" also matches "best in class".

Matching is a walk over the tokens: at each word, a dictionary look-up on its stem and exact form
gives the few phrases that can start there, and only those are tried. That keeps the cost per
post proportional to its length, whatever the number of phrases in the packs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import ne
from typing import Any, Generic, NamedTuple, TypeVar, cast

import regex

from .frequency import zipf
from .tokens import Token, Tokens, WordCache, word_cache

P = TypeVar("P")

NUM = "<num>"
_PIECE_RE = regex.compile(r"<num>|[\p{L}\p{M}\p{N}]+", regex.VERSION1)
_GROUP_RE = regex.compile(r"\(([^()]*)\)")
# A bracketed choice of single words standing alone: "(ok|okay|fine)", "(the)?".
_ONE_WORD_GROUP_RE = re.compile(r"(?<!\S)\(([^()\s]+)\)(\??)(?!\S)")
_MOST_VARIANTS = 200  # patterns one written phrase may make
_DEFAULT_GAP = 2
_UNORDERED_SLACK = 2  # extra words allowed inside an any-order window


@dataclass(frozen=True, slots=True)
class Element:
    keys: frozenset[str]
    optional: bool = False
    gap: int = 0  # how many other words may come before this one

    strict: bool = field(init=False)  # must be the very next word (no gap, not optional)

    def __post_init__(self) -> None:
        object.__setattr__(self, "strict", self.gap == 0 and not self.optional)

    def __reduce__(self) -> tuple[type[Element], tuple[frozenset[str], bool, int]]:
        # A slotted dataclass's own pickling looks its fields up per object: packs hold a
        # hundred thousand of these, and reading them back from the pack cache took twice as long.
        return Element, (self.keys, self.optional, self.gap)


@dataclass(frozen=True, slots=True)
class Pattern(Generic[P]):
    source: str
    elements: tuple[Element, ...]
    unordered: bool
    payload: P

    def __reduce__(self) -> tuple[type[Pattern[P]], tuple[str, tuple[Element, ...], bool, P]]:
        return Pattern, (self.source, self.elements, self.unordered, self.payload)  # as Element


class Match(NamedTuple, Generic[P]):
    """A pattern found over tokens (a named tuple: a post has dozens, made in the hot walk)."""

    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    payload: P
    pattern: str


def token_keys(token: Token) -> frozenset[str]:
    """The keys a token can be looked up by: its stem, its exact (folded) form, and "^ETF" for
    a word in capitals or "<num>" for a number; non-words have none."""
    return token.keys


_GROUP_SPLIT_RE = re.compile(r"(\([^)]*\))")


def expand_groups(source: str) -> list[str]:
    """ "(on a|nous avons) enfin" → ["on a enfin", "nous avons enfin"] (groups may repeat); a
    group followed by "?" may be missing: "(de tout)? pour nous" → ["de tout pour nous",
    " pour nous"]."""
    match = _GROUP_RE.search(source)
    if match is None:
        return [source]
    head, tail = source[: match.start()], source[match.end() :]
    choices = [choice.strip() for choice in match.group(1).split("|")]
    if _may_be_missing(source, match):
        tail = tail[1:]
        choices.append("")
    return [expanded for choice in choices for expanded in expand_groups(f"{head}{choice}{tail}")]


def compile_pattern(source: str, language: str, payload: P) -> list[Pattern[P]]:
    """Turn one written phrase into patterns (a group or an optional first word yields more)."""
    if "(" in source:
        source = _one_word_choices(source)
    if "|" in source:
        source = _grouped_alternatives(source)
    if "(" in source:
        return [
            pattern
            for variant in expand_groups(source)
            for pattern in _compile_one(source, variant, language, payload)
        ]
    return _compile_one(source, source, language, payload)


def _one_word_choices(source: str) -> str:
    """ "(ok|okay|fine) to post" → "ok|okay|fine to post": a choice of single words is one
    pattern with a choice at one place, not one pattern per word; brackets stay for choices
    of several words, which each need their own pattern."""
    return _ONE_WORD_GROUP_RE.sub(_unbracket_one_word_choice, source)


def _unbracket_one_word_choice(group: re.Match[str]) -> str:
    # "(d'autres|certains)?" stays: a word of several pieces needs a pattern of its own.
    if any(len(_pieces(choice)) > 1 for choice in group.group(1).split("|")):
        return group.group(0)
    return group.group(1) + group.group(2)


def _grouped_alternatives(source: str) -> str:
    """ "e-mail|call us" → "(e-mail|call) us": a choice at one place whose alternatives hold
    several words ("e-mail", "d'hier", "we're") is read as a group, so each alternative is
    matched whole instead of by its first piece only."""
    parts = _GROUP_SPLIT_RE.split(source)  # groups at odd indexes, left as written
    for n in range(0, len(parts), 2):
        words = parts[n].split(" ")
        for k, word in enumerate(words):
            if "|" in word and not word.endswith("?"):
                if any(len(_pieces(alternative)) > 1 for alternative in word.split("|")):
                    words[k] = f"({word})"
        parts[n] = " ".join(words)
    return "".join(parts)


def lint_phrase(source: str) -> list[str]:
    """What looks like a slip in a written phrase: brackets that do not close, an empty choice,
    or several words meant as one choice without brackets: "supprimez-le|la" reads
    « supprimez-le » or « la », "they're|they are" reads "they're are" or "they are" (write
    "(they're|they are)")."""
    problems: list[str] = []
    groups = _GROUP_SPLIT_RE.split(source)
    if source.count("(") != source.count(")") or any(")" in part for part in groups[::2]):
        problems.append("brackets that do not close")
    if any(not _pieces(choice) for group in groups[1::2] for choice in group[1:-1].split("|")):
        problems.append("an empty choice in brackets")
    elif not problems and (variants := _variants(source)) > _MOST_VARIANTS:
        # Each variant is a pattern held in memory and tried wherever its first word occurs.
        problems.append(
            f"{variants} patterns from one phrase: split it where a choice of several words"
            " meets another"
        )
    if re.search(r"[^\w\s()|?'’>]\?", source):
        # "tiens,? tiens" reads "tiens? tiens": punctuation is no word, so the "?" makes the
        # word before it optional.
        problems.append("a “?” after punctuation: it makes the word before it optional")
    if re.search(r"(?:^|[\s(|])#[^\W\d_]", source):
        # A hashtag is read by its words ("#NotMyPM": "not", "my", "pm", and "notmypm"): a
        # phrase "#notmypm" is never met.
        problems.append("a “#” word: write the hashtag's words (“=notmypm”, “not my pm”)")
    # (inside brackets "|" parts whole alternatives; outside, it makes a choice at one place)
    words = " ".join(groups[::2]).replace("(", " ").replace(")", " ").split()
    # "turn into|turns into a war", « la vraie ministre|le vrai ministre »: a word back again
    # one or two places on, in or out of a choice.
    seen: dict[str, int] = {}
    for n, word in enumerate(words):
        for alternative in {_bare(a) for a in word.rstrip("?").split("|")}:
            before = seen.get(alternative)
            seen[alternative] = n
            if before is None or "|" not in word + words[before] or len(alternative) < 3:
                continue
            if n - before == 1 or (n - before == 2 and len(alternative) >= 5):
                problems.append(
                    f"“{alternative}” twice, in and out of a choice: words meant as one choice"
                    " go in brackets"
                )
    for n, word in enumerate(words):
        if "|" not in word:
            continue
        alternatives = [alternative.lstrip("=") for alternative in word.rstrip("?").split("|")]
        if not all(alternatives):
            problems.append(f"an empty choice in “{word}”")
            continue
        whole = ["".join(_pieces(a)) for a in alternatives if len(_pieces(a)) > 1]
        after = "".join(_pieces(words[n + 1])) if n + 1 < len(words) else ""
        for alternative in alternatives:
            if not whole or len(_pieces(alternative)) > 1:
                continue
            if len(alternative) <= 2 or (
                after and any(_near("".join(_pieces(alternative)) + after, w) for w in whole)
            ):
                problems.append(f"“{alternative}” beside a word of several pieces in “{word}”")
    return problems


def _bare(word: str) -> str:
    """A written word without "=" and its plural or feminine ending, so that "la caisse|les
    caisses" (meant as two choices of two words) shows the same word twice."""
    word = word.lstrip("=").casefold()
    for ending in ("s", "x", "e"):
        if len(word) > 4 and word.endswith(ending):
            word = word[:-1]
    return word


def _variants(source: str) -> int:
    """How many patterns a phrase makes: the product of its bracketed choices."""
    source = _grouped_alternatives(_one_word_choices(source))
    count = 1
    for group in _GROUP_RE.finditer(source):
        count *= group.group(1).count("|") + 1 + _may_be_missing(source, group)
    return count


def _may_be_missing(source: str, group: regex.Match[str]) -> bool:
    """ "(de tout)? pour nous": a group of several words followed by "?" may be missing whole,
    not just its last word."""
    return source.startswith("?", group.end()) and any(
        " " in choice.strip() for choice in group.group(1).split("|")
    )


def _near(a: str, b: str) -> bool:
    """Whether two spellings differ by one letter at most (added, dropped or changed)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _compile_one(source: str, variant: str, language: str, payload: P) -> list[Pattern[P]]:
    text = variant.strip()
    unordered = text.startswith("~")
    if unordered:
        text = text[1:]
    cache = word_cache(language)
    elements: list[Element] = []
    gap = 0
    for raw in text.split():
        if raw.startswith("*"):
            gap += int(raw[1:]) if raw[1:].isdigit() else _DEFAULT_GAP
            continue
        optional = raw.endswith("?") and len(raw) > 1
        if optional:
            raw = raw[:-1]
        alternatives = raw.split("|")
        # A written word may hold several pieces ("e-mail", "aujourd'hui"): they become
        # consecutive elements (a choice between such words was made a group beforehand).
        pieces_per_alt = [_pieces(alt) for alt in alternatives]
        if len(alternatives) == 1 and len(pieces_per_alt[0]) > 1:
            for n, piece in enumerate(pieces_per_alt[0]):
                keys = _keys(piece, cache, language, exact=raw.startswith("="))
                elements.append(Element(keys, optional, gap if n == 0 else 0))
            gap = 0
            continue
        keys = frozenset(
            key
            for alt, pieces in zip(alternatives, pieces_per_alt, strict=True)
            if pieces
            for key in _keys(pieces[0], cache, language, exact=alt.startswith("="))
        )
        if keys:
            elements.append(Element(keys, optional, gap))
        gap = 0
    if not elements:
        return []
    elided = _ELIDED.get(language)
    if elided:
        # After the first word, a word written whole also finds its elided form: "heureux de
        # vous? annoncer" finds "heureuse d'annoncer". (Not as the first word: a phrase
        # starting with "le" or "de" would be tried at every "l'" and "d'" of a post.)
        elements[1:] = [_with_elisions(element, elided) for element in elements[1:]]
    return _expand_leading_optional(source, tuple(elements), unordered, payload)


# French words and their elided forms ("de" → "d'"), by phrase key (stem or "=" exact form).
_ELIDED: dict[str, dict[str, str]] = {
    "fr": {
        "de": "d",
        "le": "l",
        "la": "l",
        "que": "qu",
        "je": "j",
        "ne": "n",
        "se": "s",
        "si": "s",
        "me": "m",
        "te": "t",
        "ce": "c",
        "jusque": "jusqu",
        "lorsque": "lorsqu",
        "puisque": "puisqu",
    }
}


# A word written without its accents that is this common is a word of its own, not a slip.
_BARE_WORD_ZIPF = 2.0


def _with_elisions(element: Element, elided: dict[str, str]) -> Element:
    extra: set[str] = set()
    for key in element.keys:
        exact = key.startswith("=")
        short = elided.get(key[1:] if exact else key)
        if short:
            extra.add("=" + short if exact else short)
    if not extra:
        return element
    return Element(element.keys | extra, element.optional, element.gap)


def _pieces(word: str) -> list[str]:
    return [m.group() for m in _PIECE_RE.finditer(word)]


def word_keys(word: str, cache: WordCache, language: str) -> frozenset[str]:
    """The keys a word of a rule pack's setting matches by (see _keys)."""
    return _keys(word, cache, language, exact=False)


def _keys(piece: str, cache: WordCache, language: str, *, exact: bool) -> frozenset[str]:
    """The keys a written word matches by: its stem, and in French also the stem of its plural
    or singular, which the French stemmer often cuts apart ("religion" → "religion" but
    "religions" → "relig"; "opinion", "crédit", "conflit", "plaisir"…). Short words keep one
    key: "foi" is not "fois", nor "moi" "mois"."""
    key = _key(piece, cache, exact=exact)
    if exact:
        # « =curés » matches « curés » as written, and « cures » only if nobody writes that word
        # for itself (it is « curés » typed without accents): not « les cures détox », nor a word
        # accented otherwise (« =péchés » is not « Pêches et Océans »).
        word = cache.forms(piece)
        if word.fold != word.norm and zipf(word.fold, language) < _BARE_WORD_ZIPF:
            return frozenset((key, "~" + word.fold))
        return frozenset((key,))
    if language != "fr" or len(piece) < 5 or key.startswith(("^", "<")):
        return frozenset((key,))
    if piece[-1:] in ("x", "z"):
        return frozenset((key,))  # "rolex" is no plural of "role"
    other = piece[:-1] if piece[-1:] == "s" else piece + "s"
    return frozenset((key, cache.forms(other).key))


def _key(piece: str, cache: WordCache, *, exact: bool) -> str:
    if piece == NUM:
        return NUM
    if len(piece) >= 2 and piece.isupper():
        return "^" + piece  # an acronym matches only in capitals: "PER" is not "père"
    word = cache.forms(piece)
    return "=" + word.norm if exact else word.key


def _expand_leading_optional(
    source: str, elements: tuple[Element, ...], unordered: bool, payload: P
) -> list[Pattern[P]]:
    head = elements[0]
    if not head.optional:
        return [Pattern(source, (Element(head.keys),) + elements[1:], unordered, payload)]
    required = Pattern(source, (Element(head.keys),) + elements[1:], unordered, payload)
    if len(elements) == 1:
        return [required]
    rest = elements[1:]
    return [required, *_expand_leading_optional(source, rest, unordered, payload)]


class PhraseIndex(Generic[P]):
    """Patterns indexed by the keys of the words that can start them."""

    def __init__(self, patterns: Iterable[Pattern[P]] = ()) -> None:
        self.by_key: dict[str, list[Pattern[P]]] = {}
        self.size = 0
        for pattern in patterns:
            self.add(pattern)

    def add(self, pattern: Pattern[P]) -> None:
        self.size += 1
        starters = (
            {key for element in pattern.elements for key in element.keys}
            if pattern.unordered
            else pattern.elements[0].keys
        )
        for key in starters:
            self.by_key.setdefault(key, []).append(pattern)

    def __len__(self) -> int:
        return self.size

    def find(self, tokens: Tokens) -> list[Match[P]]:
        """Every match, leftmost first; at one start, every pattern that matches."""
        return scan(tokens, (self,))[0]


def scan(tokens: Tokens, indexes: Sequence[PhraseIndex[Any]]) -> list[list[Match[Any]]]:
    """The matches of several indexes over the same tokens, found in one walk.

    Per word, one dictionary look-up per key gives the candidate patterns of every index; a
    candidate whose second word is not the next token is dropped before any recursion.
    """
    merged, by_word, by_pair = _merged(tuple(indexes))
    found: list[list[Match[Any]]] = [[] for _ in indexes]
    keys_of = tokens.keys
    sentences = tokens.sentences
    kinds = tokens.kinds
    n = len(keys_of)
    if not n:
        return found
    # Each word with the next word of its sentence (none past a sentence's end): the patterns
    # worth trying from a word depend only on these two, so one look-up per word, in a C-level
    # map, finds them once the pair has been seen (most words start nothing that survives).
    nexts = keys_of[1:]
    nexts.append(_NO_KEYS)
    for i in compress(range(n - 1), map(ne, sentences[1:], sentences[:-1])):
        nexts[i] = _NO_KEYS
    pairs = list(zip(keys_of, nexts, strict=True))
    remembered = list(map(by_pair.get, pairs))
    if None in remembered:
        for i in [i for i, survivors in enumerate(remembered) if survivors is None]:
            remembered[i] = _pair_survivors(merged, by_word, by_pair, pairs[i])
    ready = cast(list[_Survivors], remembered)  # every None was worked out above
    new_match = tuple.__new__  # a NamedTuple's own __new__ is a Python function
    for i in compress(range(n), ready):
        sentence = sentences[i]
        for slot, pattern, how in ready[i]:
            if how <= _TWO_WORDS:
                last = i + how  # one word, or two that the pair test has matched
            elif how == _FROM_THIRD:
                # The second word is known to match (the pair test): go on from the third,
                # which most often must be the very next word and isn't (a look spares a call).
                k = i + 2
                third = pattern.elements[2]
                if third.strict and (
                    k >= n
                    or sentences[k] != sentence
                    or kinds[k] != "word"
                    or third.keys.isdisjoint(keys_of[k])
                ):
                    continue
                last = _match_ordered(
                    keys_of, sentences, kinds, k, pattern.elements, 2, sentence, i + 1
                )
            elif how == _UNORDERED:
                last = _match_unordered(tokens, i, pattern.elements)
            else:
                last = _match_ordered(
                    keys_of, sentences, kinds, i + 1, pattern.elements, 1, sentence, i
                )
            if last >= 0:
                found[slot].append(new_match(Match, (i, last, pattern.payload, pattern.source)))
    return found


def _pair_survivors(
    merged: dict[str, _Candidates],
    by_word: dict[frozenset[str], _Candidates],
    by_pair: dict[tuple[frozenset[str], frozenset[str]], _Survivors],
    pair: tuple[frozenset[str], frozenset[str]],
) -> _Survivors:
    """The candidates a word starts that survive the test of the next word, remembered."""
    keys, next_keys = pair
    candidates = by_word.get(keys)
    if candidates is None:
        candidates = _gather(merged, keys) if keys else []
        if len(by_word) > _MEMO_LIMIT:
            by_word.clear()
        by_word[keys] = candidates
    survivors = _survivors(candidates, next_keys) if candidates else []
    if len(by_pair) > _MEMO_LIMIT:
        by_pair.clear()
    by_pair[pair] = survivors
    return survivors


# How a candidate that survived the pair test is matched from its first word (the first two
# are also how many words past the first the match ends).
_ONE_WORD, _TWO_WORDS, _FROM_THIRD, _UNORDERED, _FROM_SECOND = range(5)


def _survivors(candidates: _Candidates, next_keys: frozenset[str]) -> _Survivors:
    """The candidates that can still match when the next word has these keys (none when it
    is in another sentence or not a word), each with how to go on matching it."""
    survivors: _Survivors = []
    for slot, pattern in candidates:
        elements = pattern.elements
        if pattern.unordered:
            survivors.append((slot, pattern, _UNORDERED))
        elif len(elements) == 1:
            survivors.append((slot, pattern, _ONE_WORD))
        elif not elements[1].strict:
            survivors.append((slot, pattern, _FROM_SECOND))
        elif not elements[1].keys.isdisjoint(next_keys):
            survivors.append((slot, pattern, _TWO_WORDS if len(elements) == 2 else _FROM_THIRD))
    return survivors


def _gather(merged: dict[str, _Candidates], keys: frozenset[str]) -> _Candidates:
    """Every (index, pattern) that a word with these keys can start, each once."""
    gathered: dict[int, tuple[int, Pattern[Any]]] = {}
    for key in sorted(keys):
        for slot, pattern in merged.get(key, ()):
            gathered[id(pattern)] = (slot, pattern)
    return list(gathered.values())


class Scan:
    """The matches of every index of interest over one post's tokens, from a single walk;
    an index not given up front is matched on first request."""

    def __init__(self, tokens: Tokens, indexes: Sequence[PhraseIndex[Any]]) -> None:
        self.tokens = tokens
        results = scan(tokens, indexes)
        self._found: dict[int, list[Match[Any]]] = {
            id(index): found for index, found in zip(indexes, results, strict=True)
        }

    def of(self, index: PhraseIndex[P]) -> list[Match[P]]:
        found = self._found.get(id(index))
        if found is None:
            found = index.find(self.tokens)
            self._found[id(index)] = found
        return found


_Candidates = list[tuple[int, Pattern[Any]]]
_Survivors = list[tuple[int, Pattern[Any], int]]
_Tables = tuple[
    dict[str, _Candidates],
    dict[frozenset[str], _Candidates],
    dict[tuple[frozenset[str], frozenset[str]], _Survivors],
]
# Keyed by the indexes' ids and sizes; each entry holds its indexes, so that no id in a key can
# pass to a new index while the entry lives, and a pattern added since is seen.
_MERGED: dict[tuple[tuple[int, int], ...], tuple[tuple[PhraseIndex[Any], ...], _Tables]] = {}
_MEMO_LIMIT = 200_000
_NO_KEYS: frozenset[str] = frozenset()


def _merged(indexes: tuple[PhraseIndex[Any], ...]) -> _Tables:
    """For a set of indexes, built once: key → (which index, pattern), and memos from a word's
    keys (and from a pair of neighbouring words' keys) to the candidates worth trying."""
    cache_key = tuple((id(index), index.size) for index in indexes)
    entry = _MERGED.get(cache_key)
    if entry is None:
        table: dict[str, _Candidates] = {}
        for slot, index in enumerate(indexes):
            for key, patterns in index.by_key.items():
                table.setdefault(key, []).extend((slot, pattern) for pattern in patterns)
        if len(_MERGED) > 256:
            _MERGED.clear()
        entry = _MERGED[cache_key] = (indexes, (table, {}, {}))
    return entry[1]


def _match_ordered(
    keys_of: list[frozenset[str]],
    sentences: list[int],
    kinds: list[str],
    i: int,
    elements: tuple[Element, ...],
    j: int,
    sentence: int,
    last: int,
) -> int:
    """Index of the last token of a match of elements[j:] starting at token i, or -1 (the
    tokens' lists are passed in: this runs a hundred times a post)."""
    if j == len(elements):
        return last
    element = elements[j]
    n = len(keys_of)
    for skip in range(element.gap + 1):
        k = i + skip
        if k >= n:
            break
        if sentences[k] != sentence or kinds[k] != "word":
            break
        if not element.keys.isdisjoint(keys_of[k]):
            found = _match_ordered(keys_of, sentences, kinds, k + 1, elements, j + 1, sentence, k)
            if found >= 0:
                return found
    if element.optional:
        return _match_ordered(keys_of, sentences, kinds, i, elements, j + 1, sentence, last)
    return -1


def _match_unordered(tokens: Tokens, i: int, elements: tuple[Element, ...]) -> int:
    """Match when token i is the leftmost of all required elements within a short window."""
    keys_of = tokens.keys
    sentence = tokens.sentences[i]
    pending = list(elements)
    for n, element in enumerate(pending):
        if not element.keys.isdisjoint(keys_of[i]):
            del pending[n]
            break
    else:
        return -1
    window = len(elements) + _UNORDERED_SLACK
    last = i
    for k in range(i + 1, min(len(keys_of), i + window)):
        if tokens.sentences[k] != sentence:
            break
        for n, element in enumerate(pending):
            if not element.keys.isdisjoint(keys_of[k]):
                del pending[n]
                last = k
                break
        if not any(not element.optional for element in pending):
            return last
    return last if not any(not element.optional for element in pending) else -1
