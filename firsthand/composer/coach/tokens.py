"""Split a post into word tokens, links, hashtags and mentions, with cached per-word work.

Every rule in the coach walks these tokens instead of running regular expressions over the
text: the per-word work (case folding, accent folding, stemming) is done once per distinct word
and cached, so a 2,000-character post costs a few hundred dictionary look-ups.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import accumulate
from operator import attrgetter, ne
from typing import TypeVar, cast, overload

import regex
import snowballstemmer

from .networks import PICTOGRAPHIC_RE

# Possessive quantifiers (`++`) and the look-behind keep every branch linear: a megabyte
# without spaces must not make the e-mail branch rescan the whole run from every position.
# The first branch is the common case, tried first: a word that cannot start a link or an
# e-mail (nothing of theirs follows it) is one, without trying the other branches. Otherwise
# the branches below decide in their order, and the last one takes the word. VERSION0 (the
# default) matches these classes twice as fast as VERSION1, and they mean the same in both.
# One group around it all: split() then hands back the gaps and the pieces in turn, and a
# piece's first characters tell its kind (see tokenize).
_TOKEN_SPLIT_RE = regex.compile(
    r"([\p{L}\p{N}][\p{L}\p{M}\p{N}]*+(?![\w.+@:-])"
    r"|(?:https?://|www\.)[^\s<>\"”’»]++"  # a closing quote ends a link: “www.site.fr”
    r"|(?<![\w.+-])[\w.+-]++@[\w-]++\.[\w.-]++"
    r"|#[\p{L}\p{M}\p{N}_]++"
    r"|@[\p{L}\p{M}\p{N}_.]++"
    r"|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*+)"
)
# Without "@", "http" or "www." in the text only words and hashtags can match above, and this
# finds the same pieces in half the time.
# A word starts with a letter or a digit: a mark alone, such as the emoji variation selector
# in "➡️" (U+FE0F), belongs to the symbol before it, not to a word.
_PLAIN_SPLIT_RE = regex.compile(r"([\p{L}\p{N}][\p{L}\p{M}\p{N}]*+|#[\p{L}\p{M}\p{N}_]++)")
# The same pieces with the standard library's engine, twice as fast: its `\w` is letters,
# digits and "_" (`[^\W_]` drops the "_"), but it knows no combining marks, so it is only
# used on a text without any.
_FAST_PLAIN_SPLIT_RE = re.compile(r"([^\W_]++|#\w++)")
_MARK_RE = regex.compile(r"\p{M}")
_ASCII_PLAIN_SPLIT_RE = re.compile(r"([A-Za-z0-9]++|#[A-Za-z0-9_]++)")
_URL_STARTS = ("http://", "https://", "www.")
# Sentence ends: terminal punctuation followed by a space or the text's end (closing quotes and
# brackets may come between), or a line break; "www.'a" (a link, a typo) ends nothing.
_SENTENCE_END_RE = regex.compile(r"[.!?…]++(?=[\"'”»)\]]*+(?:\s|$))|\n")
# Titles written with a period before a name: "Dr. Okafor", "M. Durand", "Mme. Roux", "St. Paul's
# Church", "Gov. Abbott". For the reader the sentence goes on after that period. The pattern
# finds candidates quickly (a capital, a few letters, a period, a space); the set decides.
TITLES = frozenset(
    {"Dr", "Drs", "Dre", "Mr", "Mrs", "Ms", "Mx", "Prof", "Pr", "Mme", "Mmes", "Mlle", "Mlles"}
    | {"M", "MM", "Me", "Maître", "Maitre", "Mgr", "St", "Ste", "Rev", "Revd", "Fr", "Mt", "Hon"}
    | {"Gen", "Col", "Capt", "Sgt", "Lt", "Gov", "Sen", "Rep", "Pres"}
)
_TITLE_RE = re.compile(r"[A-Z][A-Za-z]{0,4}\.[^\S\n]")
# A sentence end inside the gap between two pieces: never at the gap's last character.
_GAP_END_RE = re.compile(r"[.!?…]++(?=[\"'”»)\]]*\s)|\n")
_URL_TRAILING = ".,;:!?)]}'\"”»"

# A word as the tokenizer reads one: letters, marks and digits, nothing else.
WORD_PIECE_RE = regex.compile(r"[\p{L}\p{M}\p{N}]++")
# A run of letters only: the words of a long form ("diagnostic de performance énergétique") or
# of a link's address ("destitution-macron-maintenant").
LETTERS_RE = re.compile(r"[^\W\d_]+")
_STEMMER_NAMES = {"en": "english", "fr": "french"}
_CACHE_LIMIT = 200_000  # distinct words kept per language before the cache starts over


def fold_accents(word: str) -> str:
    """`Élection` → `election`: drop combining marks after compatibility decomposition."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class WordForms:
    """What the rules need to know about one distinct written word."""

    norm: str  # casefolded, NFC
    fold: str  # norm without accents
    key: str  # accent-folded stem shared by inflections: "élections", "Election" → "elect"
    keys: frozenset[str]  # what phrase patterns look it up by (see phrases.token_keys)


class WordCache:
    """Per-language cache of word forms; stemming is the costly part."""

    def __init__(self, language: str) -> None:
        self._stemmer = snowballstemmer.stemmer(_STEMMER_NAMES.get(language, "english"))
        self.known: dict[str, WordForms] = {}

    def forms(self, word: str) -> WordForms:
        cached = self.known.get(word)
        if cached is not None:
            return cached
        if word[:1] == "#":
            self.known[word] = forms = _other_forms(word)  # a hashtag: no phrase keys
            return forms
        norm = unicodedata.normalize("NFC", word.casefold())
        fold = fold_accents(norm)
        key = fold_accents(self._stemmer.stemWord(norm))
        # An exact phrase word written with accents matches them as written; one written
        # without matches the word however it is accented (see phrases._keys).
        keys = {key, "=" + norm, "=" + fold}
        if norm == fold:
            keys.add("~" + fold)  # typed without accents: an accented exact word may mean it
        if len(word) >= 2 and word.isupper():
            keys.add("^" + word)  # acronyms match in capitals only
        if fold.isdigit():
            keys.add("<num>")
        forms = WordForms(norm, fold, key, frozenset(keys))
        if len(self.known) > _CACHE_LIMIT:
            self.known.clear()
        self.known[word] = forms
        return forms


@lru_cache(maxsize=4)
def word_cache(language: str) -> WordCache:
    return WordCache(language)


_NO_KEYS: frozenset[str] = frozenset()
_KEYS_OF = attrgetter("keys")


class Token:
    """One piece of the post: a word, a URL, an e-mail, a #hashtag or an @mention."""

    __slots__ = ("start", "end", "text", "kind", "norm", "fold", "key", "keys", "sentence", "first")

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        kind: str,
        norm: str,
        fold: str,
        key: str,
        keys: frozenset[str],
        sentence: int,
        first: bool,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind  # "word", "url", "email", "tag", "mention"
        self.norm = norm
        self.fold = fold
        self.key = key
        self.keys = keys
        self.sentence = sentence
        self.first = first  # first word of its sentence: capitals there say nothing

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.kind})"


class Tokens(Sequence[Token]):
    """A post's tokens as parallel lists, one entry per token: the rules read the lists they
    need (a list comprehension over `keys` is a C loop), and a `Token` object is only made for
    an index someone asks for, once.

    `forms` holds the cached `WordForms` of each word (shared by every occurrence of it); a
    non-word's forms are its casefolded text, with no keys.
    """

    __slots__ = (
        "starts",
        "ends",
        "texts",
        "kinds",
        "sentences",
        "firsts",
        "forms",
        "_made",
        "_keys",
        "text",
        "_quotes",
    )

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.texts: list[str] = []
        self.kinds: list[str] = []  # "word", "url", "email", "tag", "mention"
        self.sentences: list[int] = []
        self.firsts: list[bool] = []  # first token of its sentence: capitals there say nothing
        self.forms: list[WordForms] = []
        self._made: list[Token | None] = []
        self._keys: list[frozenset[str]] | None = None
        self.text = ""  # what was tokenized: the gaps between tokens are read from it
        self._quotes: list[tuple[int, int]] | None = None

    @property
    def keys(self) -> list[frozenset[str]]:
        """Each token's phrase keys (see phrases.token_keys); worked out on first use."""
        if self._keys is None:
            self._keys = list(map(_KEYS_OF, self.forms))
        return self._keys

    def sentence_tokens(self, sentence: int) -> tuple[int, int]:
        """The tokens lo…hi (hi excluded) of sentence number `sentence` (sentences ascend)."""
        sentences = self.sentences
        return bisect_left(sentences, sentence), bisect_right(sentences, sentence)

    def quotations(self) -> list[tuple[int, int]]:
        """(start, end) of every quotation in the text, in order; found once, on first use."""
        if self._quotes is None:
            text = self.text
            self._quotes = quotations(text)
        return self._quotes

    def emoji_parts(self, first: int, last: int) -> list[tuple[int, int]]:
        """Tokens first…last, cut again where an emoji is followed by a capital: "KCSE classes
        start Monday 📚 Unlike some promises from State House…" reads as two statements. (The
        sentences themselves stay whole: the kind and allusion models were fitted on them.)"""
        text, starts, ends, texts = self.text, self.starts, self.ends, self.texts
        parts: list[tuple[int, int]] = []
        begin = first
        for k in range(first + 1, last + 1):
            if texts[k][:1].isupper() and PICTOGRAPHIC_RE.search(text, ends[k - 1], starts[k]):
                parts.append((begin, k - 1))
                begin = k
        parts.append((begin, last))
        return parts

    def hyphen_joins(self, i: int) -> bool:
        """Whether token i and the next one are joined by a lone hyphen ("co-insurance")."""
        return 0 <= i < len(self.starts) - 1 and self.text[self.ends[i] : self.starts[i + 1]] == "-"

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...

    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        made = self._made
        if not made:
            made.extend([None] * len(self.starts))
        token = made[index]
        if token is None:
            forms = self.forms[index]
            token = made[index] = Token(
                self.starts[index],
                self.ends[index],
                self.texts[index],
                self.kinds[index],
                forms.norm,
                forms.fold,
                forms.key,
                forms.keys,
                self.sentences[index],
                self.firsts[index],
            )
        return token

    def __iter__(self) -> Iterator[Token]:
        for i in range(len(self.starts)):
            yield self[i]


V = TypeVar("V")


class PieceVerdicts(dict[str, V]):
    """One check's verdict per written word (a token's text), worked out the first time the
    word is met: a rule reads a post's verdicts with one C-level map over the token texts,
    `map(verdicts.__getitem__, tokens.texts)`, and only unseen words run Python code."""

    def __init__(self, verdict: Callable[[str], V]) -> None:
        super().__init__()
        self._verdict = verdict

    def __missing__(self, piece: str) -> V:
        verdict = self[piece] = self._verdict(piece)
        return verdict


def positions(items: list[str], value: str) -> Iterator[int]:
    """Where `value` stands in `items`, in order: list.index finds each in C, so a value that
    stands in a few places costs a few calls, not a step per item."""
    at = -1
    try:
        while True:
            at = items.index(value, at + 1)
            yield at
    except ValueError:
        return


def word_count(tokens: Tokens) -> int:
    """How many of the tokens are words (a list's count is quicker than a generator's sum)."""
    return tokens.kinds.count("word")


def title_breaks(text: str) -> set[int]:
    """Offsets just after the period of a title followed by more of the sentence: no end."""
    found: set[int] = set()
    if "." not in text:
        return found
    for match in _TITLE_RE.finditer(text):
        start, end = match.span()
        if text[start : end - 2] in TITLES and (start == 0 or not text[start - 1].isalnum()):
            if text[start - 1 : start] != "." and text[end : end + 1].strip(" ")[:1].isalnum():
                found.add(end - 1)
    return found


# A quotation: “…”, «…», "…", or '…' opened after a space (not the apostrophe of "don't"), of
# 1 to 300 characters on one line. The marks are few: each is looked at in turn (a pattern
# with these branches tried at every position costs a scan of the whole post).
_OPENING_MARKS_RE = re.compile("[“«\"'‘]")
_CLOSING_MARK = {"“": "”", "«": "»", '"': '"'}
_QUOTE_LIMIT = 300


def quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quotations in `text`, in order, none inside another."""
    found: list[tuple[int, int]] = []
    after = 0  # the end of the last quotation: marks before it are inside it
    for mark in _OPENING_MARKS_RE.finditer(text):
        at = mark.start()
        if at < after:
            continue
        opening = mark.group()
        closing = _CLOSING_MARK.get(opening)
        if closing is not None:
            close = text.find(closing, at + 1, at + _QUOTE_LIMIT + 2)
        else:
            # An apostrophe opens a quotation only after a space or a bracket, and closes it
            # only before one: "don't" and "the clinic's" are words.
            if at and (text[at - 1].isalnum() or text[at - 1] in "_'’"):
                continue
            close = _first_apostrophe(text, at + 1, at + _QUOTE_LIMIT + 2)
            if close >= 0 and close + 1 < len(text):
                following = text[close + 1]
                if following.isalnum() or following == "_":
                    continue
        if close <= at + 1 or "\n" in text[at + 1 : close]:
            continue
        found.append((at, close + 1))
        after = close + 1
    return found


def _first_apostrophe(text: str, start: int, stop: int) -> int:
    """The first ' or ’ in text[start:stop], or -1."""
    straight, curly = text.find("'", start, stop), text.find("’", start, stop)
    if straight < 0 or 0 <= curly < straight:
        return curly
    return straight


# The marks that open and close a quotation ("…", «…», '…', ’).
OPENING_QUOTES = frozenset("'\"“‘«")
CLOSING_QUOTES = frozenset("'\"”’»")


def quoted(tokens: Tokens, start: int, end: int) -> bool:
    """Whether text[start:end] sits inside a quotation (of at most 300 characters)."""
    spans = tokens.quotations()
    if not spans:
        return False
    k = bisect_right(spans, (start, len(tokens.text) + 1)) - 1
    # Quotations don't overlap: only the last one opening before `start` can hold the span.
    return k >= 0 and spans[k][0] < start and end < spans[k][1]


def sentence_at(tokens: Tokens, offset: int, default: int) -> int:
    """The sentence of the token at or before `offset` (`default` before the first one)."""
    at = bisect_right(tokens.starts, offset) - 1
    return tokens.sentences[at] if at >= 0 else default


R = TypeVar("R")


def per_text(compute: Callable[[str], R]) -> Callable[[str], R]:
    """`compute(text)`, kept for the last text it was asked about: several checks of one
    analysis ask about the same text. The pair is one tuple, so a second thread reads a whole
    one."""
    last: list[tuple[str | None, R | None]] = [(None, None)]

    def remembered(text: str) -> R:
        seen, value = last[0]
        if seen is not text:
            value = compute(text)
            last[0] = (text, value)
        return cast(R, value)

    remembered.__doc__ = compute.__doc__
    return remembered


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of whitespace; index n is tokens' `sentence` n.

    Empty sentences (two line breaks in a row) keep their place, as an empty span, so the
    numbering stays the tokenizer's.
    """
    spans: list[tuple[int, int]] = []
    begin = 0
    titles = title_breaks(text)
    for match in _SENTENCE_END_RE.finditer(text):
        end = match.end()
        if end in titles:
            continue
        spans.append(_trimmed(text, begin, end))
        begin = end
    spans.append(_trimmed(text, begin, len(text)))
    return spans


def _trimmed(text: str, begin: int, end: int) -> tuple[int, int]:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    return begin, end


def tokenize(text: str, language: str) -> Tokens:
    """Tokens of `text` in order; word forms come from the language's cache.

    No Python loop over the tokens: splitting on the token pattern hands back the gaps and the
    pieces in turn, so the running total of their lengths gives every start and end, and a
    piece's sentence is how many sentence ends come before its start.
    """
    cache = word_cache(language)
    plain = "@" not in text and "http" not in text and "www." not in text
    if not plain:
        return _tokenize_links(text, cache)
    # Without combining marks the standard library's engine finds the same pieces, faster
    # still when the letters are all ASCII (a plain class is quicker than a Unicode one).
    if text.isascii():
        splitter = _ASCII_PLAIN_SPLIT_RE
    else:
        splitter = _PLAIN_SPLIT_RE if _MARK_RE.search(text) else _FAST_PLAIN_SPLIT_RE
    parts: list[str] = splitter.split(text)
    tokens = _placed(text, parts)
    pieces = tokens.texts
    if not pieces:
        return tokens
    # Words and hashtags hold no sentence end: the gaps between them hold them all, and a gap
    # before a piece cannot end a sentence at its last character (a piece follows it).
    gap_ends = list(map(_ENDS_IN_GAP.__getitem__, parts[0:-1:2]))
    for at in title_breaks(text):  # "Dr. Okafor": the period ends no sentence
        k = bisect_left(tokens.starts, at)  # the piece after that gap
        if k < len(pieces) and gap_ends[k]:
            gap_ends[k] -= 1
    sentences = tokens.sentences = list(accumulate(gap_ends))
    known = cache.known  # the hot path: a dictionary hit for every word seen before
    found: list[WordForms | None] = list(map(known.get, pieces))
    if all(found):  # (`None in found` would call each WordForms' __eq__)
        tokens.forms = cast(list[WordForms], found)
    else:
        forms = cache.forms
        tokens.forms = [hit or forms(piece) for hit, piece in zip(found, pieces, strict=True)]
    firsts = tokens.firsts = [True, *map(ne, sentences[1:], sentences[:-1])]
    if "#" not in text:
        tokens.kinds = ["word"] * len(pieces)
        return tokens
    kinds = tokens.kinds = ["word"] * len(pieces)
    # The opening of a sentence lasts until its first word: a hashtag before it doesn't end it.
    starts = tokens.starts
    at = text.find("#")
    while at >= 0:
        i = bisect_left(starts, at)
        if i < len(starts) and starts[i] == at:
            kinds[i] = "tag"
            if firsts[i] and i + 1 < len(pieces) and sentences[i + 1] == sentences[i]:
                firsts[i + 1] = True
        at = text.find("#", at + 1)
    return tokens


def _placed(text: str, parts: list[str]) -> Tokens:
    """Tokens for the pieces of a split that hands back gap, piece, gap, piece, …, gap: the
    running total of their lengths gives every start and end."""
    offsets = list(accumulate(map(len, parts)))
    tokens = Tokens()
    tokens.text = text
    tokens.texts = parts[1::2]
    tokens.starts = offsets[0:-1:2]
    tokens.ends = offsets[1::2]
    return tokens


class _GapEnds(dict[str, int]):
    """How many sentence ends a gap between two pieces holds (remembered per gap: most are
    a space, ". " or ", ")."""

    def __missing__(self, gap: str) -> int:
        count = len(_GAP_END_RE.findall(gap))
        if len(self) < _CACHE_LIMIT:
            self[gap] = count
        return count


_ENDS_IN_GAP = _GapEnds()


def _tokenize_links(text: str, cache: WordCache) -> Tokens:
    """Tokens of a text that may hold links, e-mails or mentions (a link can hold a sentence
    end: "see x.fr/a. Then" ends after the link's last character)."""
    titles = title_breaks(text)
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text) if m.end() not in titles]
    ends.append(len(text) + 1)
    tokens = _placed(text, _TOKEN_SPLIT_RE.split(text))
    pieces = tokens.texts
    sentences = tokens.sentences = list(map(partial(bisect_right, ends), tokens.starts))
    known = cache.known
    forms = cache.forms
    # A word is only letters, marks and digits: no "#", "@", ":" or "." in it.
    kinds = tokens.kinds = [
        "word"
        if piece[0] != "#" and "@" not in piece and not piece.startswith(_URL_STARTS)
        else _kind_of(piece)
        for piece in pieces
    ]
    if "url" in kinds:
        _trim_links(text, tokens)
    tokens.forms = [
        known.get(piece) or forms(piece) if kind == "word" else _other_forms(piece)
        for piece, kind in zip(pieces, kinds, strict=True)
    ]
    # The opening of a sentence lasts until its first word: a hashtag before it doesn't end it.
    firsts = tokens.firsts
    first = True
    sentence = 0
    for here, kind in zip(sentences, kinds, strict=True):
        if here != sentence:
            sentence = here
            first = True
        firsts.append(first)
        first = first and kind != "word"
    return tokens


def _trim_links(text: str, tokens: Tokens) -> None:
    """A link ends before the punctuation after it: "(see https://x.fr/a)." is "…/a"."""
    for k, kind in enumerate(tokens.kinds):
        if kind == "url":
            start = tokens.starts[k]
            stop = tokens.ends[k]
            while stop > start and text[stop - 1] in _URL_TRAILING:
                stop -= 1
            tokens.ends[k] = stop
            tokens.texts[k] = text[start:stop]


def _other_forms(piece: str) -> WordForms:
    """A link's, a hashtag's or a mention's forms: its casefolded text, and no phrase keys."""
    norm = piece.casefold()
    return WordForms(norm, norm, norm, _NO_KEYS)


def _kind_of(piece: str) -> str:
    """The kind of a piece that is not a word, as the token pattern's branches decide it (a
    link is tried before an e-mail, so "www.a@b.fr" is a link)."""
    if piece[0] == "#":
        return "tag"
    if piece[0] == "@":
        return "mention"
    if piece.startswith(_URL_STARTS):
        return "url"
    return "email"
