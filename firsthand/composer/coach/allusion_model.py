"""Allusions, weighed: a linear model over a post's words for jabs no phrase list names.

People bring politics, faith, wars and feuds into a post by allusion ("the big man's convoy
again", « ceux d'en haut ont encore frappé »), a different way each time. The off-topic pack
names the ways it knows; this model, fitted by `bench/train_allusion.py` on the tuning sets
and the blind off-topic probes (never the held-out sets), weighs the words and word pairs such
sentences share. It speaks only when the pack found nothing and the post reads off-topic with
a probability above the model's threshold; the finding underlines the sentence whose words
weighed most and names those words.
A jab often takes one sentence of a long post, and the post's other words dilute it: the model
also reads each run of two sentences (a window) when the whole post leans off-topic, and speaks
when one window reads off-topic above a stricter threshold of its own. The words by which a post
points at a group ("for those who asked", « pour ceux qui veulent ») are not learnt: businesses
address their customers so every day, and only what is said of the group should weigh. Emoji
weigh too, each as a term of its own: a jab often ends on "🙄" or a flag, a warm offer on "✨"
(the laughing and winking ones are not learnt: shops joke with them all day).

A missing or damaged model file leaves the pack to decide alone: the coach never fails on it.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import compress, repeat
from operator import add, attrgetter, mul

from .frequency import zipf
from .networks import emoji_in
from .pack_cache import cached
from .packs import RULES_DIR, read_model
from .tokens import Tokens

MODEL_PATH = RULES_DIR / "allusion_model.json"
FORMAT = 1
CUES = 3  # how many of the sentence's weightiest words the finding names
CUE_ZIPF = 5.5  # a cue holds a word rarer than this ("again", « ceux » are not; "promised" is)
# The tuning posts it learnt from run to a few hundred words; under this many words (one post in
# twenty there) a single word would decide, so it stays silent.
MIN_WORDS = 25
WINDOW = 2  # sentences a window spans
WINDOW_WORDS = 12  # fewer words than this, and a window is too short to weigh


_PAIR = "{} {}".format


def _words(tokens: Tokens) -> tuple[list[int], list[str]]:
    """Where the words and hashtags stand, and each one folded (a hashtag's form is its
    casefolded text)."""
    at = list(compress(range(len(tokens.kinds)), map(_WORDLIKE.__contains__, tokens.kinds)))
    return at, list(map(_FOLD, map(tokens.forms.__getitem__, at)))


_WORDLIKE = frozenset(("word", "tag"))
_FOLD = attrgetter("fold")


def _emoji(tokens: Tokens) -> tuple[list[int], list[str]]:
    """Each emoji of the post and the token before it, whose sentence the emoji closes."""
    found = emoji_in(tokens.text)
    if not found or not tokens.starts:
        return [], []
    at = [max(0, bisect_right(tokens.starts, start) - 1) for start, _ in found]
    return at, [emoji for _, emoji in found]


def allusion_terms(tokens: Tokens) -> tuple[list[str], list[int]]:
    """The post's terms, in order: each word (folded) or hashtag, then each pair of neighbours,
    then each emoji; with the token each term starts at (an emoji's: the token before it).
    Training and the explanation read them so; `AllusionModel.read` weighs the same terms
    without spelling the pairs out."""
    at, words = _words(tokens)
    pairs = list(map(_PAIR, words, words[1:]))
    emoji_at, emoji = _emoji(tokens)
    return words + pairs + emoji, at + at[:-1] + emoji_at


def allusion_windows(tokens: Tokens) -> list[tuple[int, list[str]]]:
    """Each window of `WINDOW` sentences holding at least `WINDOW_WORDS` words: its first
    sentence and its terms as `allusion_terms` spells them (a pair belongs to the sentence of
    its first word). `AllusionModel.windows` weighs the same terms without spelling them."""
    at, words = _words(tokens)
    emoji_at, emoji = _emoji(tokens)
    found = []
    for first, lo, hi in _spans(tokens, at):
        pairs = list(map(_PAIR, words[lo:hi], words[lo + 1 : hi + 1]))
        inside = in_window(tokens, emoji_at, first)
        found.append((first, words[lo:hi] + pairs + list(compress(emoji, inside))))
    return found


def in_window(tokens: Tokens, at: list[int], first: int) -> list[bool]:
    """Whether each of the tokens `at` is in the window from sentence `first`."""
    sentences = tokens.sentences
    return [0 <= sentences[k] - first < WINDOW for k in at]


def _spans(tokens: Tokens, at: list[int]) -> list[tuple[int, int, int]]:
    """Each window's first sentence and the range of word numbers (lo, hi) it holds."""
    sentences = list(map(tokens.sentences.__getitem__, at))
    spans = []
    for first in dict.fromkeys(sentences):  # ascending, each once
        lo = bisect_left(sentences, first)
        hi = bisect_left(sentences, first + WINDOW, lo)
        if hi - lo >= WINDOW_WORDS:
            spans.append((first, lo, hi))
    return spans


@dataclass(frozen=True)
class AllusionModel:
    bias: float
    threshold: float  # the probability above which the post reads off-topic
    # The terms by number: each known word's number (from 1), and each known pair, as
    # first * (len(numbers) + 1) + second, its row; a number or a row indexes `idf_rows`
    # (inverse document frequency) and `signed_rows` (idf times the term's weight).
    numbers: dict[str, int]
    pairs: dict[int, int]
    idf_rows: list[float]
    signed_rows: list[float]
    # The probability above which a window reads off-topic (None: windows are not read), and
    # the post's own probability above which its windows are read at all.
    window_threshold: float | None = None
    window_floor: float = 0.5

    def row(self, term: str) -> int | None:
        """A spelled term's row ("butter", "gone up"), or None when the model does not know it."""
        first, _, second = term.partition(" ")
        if not second:
            return self.numbers.get(first)
        a, b = self.numbers.get(first), self.numbers.get(second)
        return self.pairs.get(a * (len(self.numbers) + 1) + b) if a and b else None

    def probability(self, terms: list[str]) -> float:
        """The probability that the post brings in an off-topic subject: sublinear tf-idf,
        L2-normalised, weighed (as bench/train_allusion.py reads the spelled terms)."""
        _, rows, tfs = self._known(terms)
        return self._total(rows, tfs)

    def read(self, tokens: Tokens) -> float:
        """`probability` of the post's terms, run on every pause in typing: words become
        numbers and pairs sums of numbers, so no pair is spelled out, and every step is a
        C-level pass."""
        _, words = _words(tokens)
        numbers, keys = self._numbered(words)
        return self._counted(numbers + self._emoji_numbers(tokens)[1], keys)

    def windows(self, tokens: Tokens) -> list[tuple[int, float]]:
        """Each window's first sentence and `probability` (as `allusion_windows` spells its
        terms), read the fast way as `read` is."""
        at, words = _words(tokens)
        numbers, keys = self._numbered(words)
        return self._windows(tokens, at, numbers, keys, self._emoji_numbers(tokens))

    def reading(self, tokens: Tokens) -> tuple[float, list[tuple[int, float]]]:
        """`read`, and `windows` when they may decide (the post leans off-topic but is not
        over the threshold), with the words numbered once."""
        at, words = _words(tokens)
        numbers, keys = self._numbered(words)
        emoji = self._emoji_numbers(tokens)
        probability = self._counted(numbers + emoji[1], keys)
        if not self._leans(probability):
            return probability, []
        return probability, self._windows(tokens, at, numbers, keys, emoji)

    def speaks(self, probability: float, windows: Iterable[float] = ()) -> bool:
        """The model's verdict, in the app and in training alike: the post reads off-topic
        above the threshold, or, leaning off-topic (above the floor), one of its windows does
        above the window threshold. `windows` is only read when it may decide."""
        if probability > self.threshold:
            return True
        threshold = self.window_threshold
        return (
            threshold is not None
            and self._leans(probability)
            and any(window > threshold for window in windows)
        )

    def _leans(self, probability: float) -> bool:
        return self.window_threshold is not None and self.window_floor < probability <= (
            self.threshold
        )

    def _windows(
        self,
        tokens: Tokens,
        at: list[int],
        numbers: list[int],
        keys: list[int],
        emoji: tuple[list[int], list[int]],
    ) -> list[tuple[int, float]]:
        emoji_at, emoji_numbers = emoji
        return [
            (
                first,
                self._counted(
                    numbers[lo:hi]
                    + list(compress(emoji_numbers, in_window(tokens, emoji_at, first))),
                    keys[lo:hi],
                ),
            )
            for first, lo, hi in _spans(tokens, at)
        ]

    def _emoji_numbers(self, tokens: Tokens) -> tuple[list[int], list[int]]:
        """Each emoji's token (as `_emoji`) and its number (0: unknown)."""
        at, emoji = _emoji(tokens)
        return at, list(map(self.numbers.get, emoji, repeat(0)))

    def _numbered(self, words: list[str]) -> tuple[list[int], list[int]]:
        """Each word's number (0: unknown) and each pair of neighbours' key."""
        numbers = list(map(self.numbers.get, words, repeat(0)))
        width = len(self.numbers) + 1
        return numbers, list(map(add, map(mul, numbers, repeat(width)), numbers[1:]))

    def _counted(self, numbers: list[int], keys: list[int]) -> float:
        singles, doubles = Counter(numbers), Counter(keys)
        singles.pop(0, None)
        known = doubles.keys() & self.pairs.keys()
        rows = [*singles, *map(self.pairs.__getitem__, known)]
        return self._total(rows, [*singles.values(), *map(doubles.__getitem__, known)])

    def shares(self, terms: list[str]) -> dict[str, float]:
        """Each known term's share of the total: what the explanation cites."""
        known, rows, tfs = self._known(terms)
        signed, norm = self._weighed(rows, tfs)
        return {term: share / norm for term, share in zip(known, signed, strict=True)}

    def _known(self, terms: list[str]) -> tuple[list[str], list[int], list[int]]:
        """The spelled terms the model knows, each once, with its row and its count."""
        counts = Counter(terms)
        known = {term: row for term in counts if (row := self.row(term))}
        return list(known), list(known.values()), [counts[term] for term in known]

    def _total(self, rows: list[int], tfs: list[int]) -> float:
        signed, norm = self._weighed(rows, tfs)
        return _sigmoid(self.bias + sum(signed) / norm)

    def _weighed(self, rows: list[int], tfs: list[int]) -> tuple[list[float], float]:
        """Each term's weighed value (sublinear tf times idf times weight), and the L2 norm of
        the tf-idf vector that divides them all."""
        idfs = list(map(self.idf_rows.__getitem__, rows))
        signed = list(map(self.signed_rows.__getitem__, rows))
        most = max(tfs, default=1)
        if most > 1:
            scale = (
                list(map(_SUBLINEAR.__getitem__, tfs))
                if most < len(_SUBLINEAR)
                else [1.0 + math.log(tf) for tf in tfs]
            )
            idfs = list(map(mul, idfs, scale))
            signed = list(map(mul, signed, scale))
        return signed, math.sqrt(sum(map(mul, idfs, idfs))) or 1.0


_SUBLINEAR = (0.0, *(1.0 + math.log(tf) for tf in range(1, 64)))  # a term's weight by its count


def _sigmoid(total: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, total))))


def strongest_sentence(
    tokens: Tokens, terms: list[str], starts: list[int], shares: dict[str, float], language: str
) -> tuple[int, list[str]]:
    """The sentence whose terms weigh most towards off-topic, and its weightiest words that say
    something ("in charge", "promised"; not "up" or « nous »: `CUE_ZIPF`), as the post spells
    them."""
    by_sentence: dict[int, float] = {}
    cues: dict[int, dict[str, tuple[float, int]]] = {}
    sentences = tokens.sentences
    for term, start in zip(terms, starts, strict=True):
        share = shares.get(term)
        if share is None:
            continue
        sentence = sentences[start]
        by_sentence[sentence] = by_sentence.get(sentence, 0.0) + share
        if (
            share > 0
            and (term[:1].isalnum() or term.startswith("#"))  # emoji weigh, but cues are words
            and any(zipf(word, language) < CUE_ZIPF for word in term.split())
        ):
            named = cues.setdefault(sentence, {})
            if term not in named:
                named[term] = (share, start)
    best = max(by_sentence, key=lambda s: (by_sentence[s], -s))
    ranked = sorted(cues.get(best, {}).items(), key=lambda item: -item[1][0])
    chosen: list[str] = []
    spelled: list[str] = []
    for term, (_, start) in ranked:
        if any(term in other or other in term for other in chosen):
            continue  # "so-called leaders" and "leaders" are one cue
        chosen.append(term)
        spelled.append(_as_written(tokens, start, term.count(" ") + 1))
        if len(chosen) == CUES:
            break
    return best, spelled


def _as_written(tokens: Tokens, start: int, words: int) -> str:
    """The text of `words` words (or hashtags) from token `start`, as the post spells them."""
    end = start
    for _ in range(words - 1):
        end += 1
        while end < len(tokens) and tokens.kinds[end] not in ("word", "tag"):
            end += 1
    end = min(end, len(tokens) - 1)
    return tokens.text[tokens.starts[start] : tokens.ends[end]]


def parse_model(data: object) -> AllusionModel | None:
    """The model in a JSON document, or None when it is not one this version reads."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    try:
        bias = float(data["bias"])
        threshold = float(data["threshold"])
        window = data.get("window_threshold")
        window_threshold = None if window is None else float(window)
        window_floor = float(data.get("window_floor", 0.5))
        entries = [
            (str(term), float(inverse), float(weight))
            for term, (inverse, weight) in data["terms"].items()
        ]
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    if not 0.0 < threshold < 1.0:
        return None
    if window_threshold is not None and not 0.0 < window_threshold < 1.0:
        return None
    if not 0.0 <= window_floor < 1.0:
        return None
    numbers: dict[str, int] = {}
    idf_rows, signed_rows = [0.0], [0.0]  # row 0: a word the model does not know
    for term, inverse, weight in entries:
        if " " not in term:
            numbers[term] = len(idf_rows)
            idf_rows.append(inverse)
            signed_rows.append(inverse * weight)
    width = len(numbers) + 1
    pairs: dict[int, int] = {}
    for term, inverse, weight in entries:
        first, _, second = term.partition(" ")
        # A pair in at least as many posts as the fit asked of a term has both its words known.
        if second and first in numbers and second in numbers:
            pairs[numbers[first] * width + numbers[second]] = len(idf_rows)
            idf_rows.append(inverse)
            signed_rows.append(inverse * weight)
    return AllusionModel(
        bias, threshold, numbers, pairs, idf_rows, signed_rows, window_threshold, window_floor
    )


@cache
def load_model() -> AllusionModel | None:
    return cached(
        "allusion-model", AllusionModel, MODEL_PATH, lambda: read_model(MODEL_PATH, parse_model)
    )
