"""Readability per language: Flesch reading ease (English) and Kandel–Moles (its French form).

Both read 0–100, higher is easier: above 60 is plain talk, below 30 reads like a contract.
Syllables are counted as vowel groups, which is what the formulas were tuned on in practice.
"""

from __future__ import annotations

from functools import lru_cache

import regex

_VOWELS = {
    "en": regex.compile(r"[aeiouy]+"),
    "fr": regex.compile(r"[aeiouyàâäéèêëîïôöûùüœæ]+"),
}
# (base, per word-per-sentence, per syllable-per-word)
_FORMULAS = {"en": (206.835, 1.015, 84.6), "fr": (207.0, 1.015, 73.6)}


@lru_cache(maxsize=50_000)
def syllables(word: str, language: str) -> int:
    """Rough syllable count of a lower-case word."""
    pattern = _VOWELS.get(language, _VOWELS["en"])
    count = len(pattern.findall(word))
    if language == "en":
        if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
            count -= 1  # silent final e: "make", "space"
    elif word.endswith(("e", "es", "ent")) and count > 1 and not word.endswith(("ée", "ées")):
        count -= 1  # mute final e: "table", "tables", "parlent"
    return max(1, count)


def reading_ease(words: list[str], sentences: int, language: str) -> float | None:
    """The language's reading-ease score for these (lower-case) words, or None without words."""
    total = sum(syllables(word, language) for word in words)
    return ease_of(len(words), total, sentences, language)


def ease_of(words: int, syllable_total: int, sentences: int, language: str) -> float | None:
    """Reading ease from counts: words, their syllables, sentences (None without words)."""
    if not words or sentences <= 0:
        return None
    base, per_sentence, per_syllable = _FORMULAS.get(language, _FORMULAS["en"])
    return base - per_sentence * (words / sentences) - per_syllable * (syllable_total / words)
