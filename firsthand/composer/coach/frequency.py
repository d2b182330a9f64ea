"""How common a word is in everyday language (wordfreq's Zipf scale), cached per word.

Zipf 6 is "the", 3 is a word most adults know but rarely write, below 2.5 is specialist or rare.
wordfreq loads its word list (~0.25 s) on the first look-up; later look-ups hit our cache.
"""

from __future__ import annotations

import wordfreq

_CACHE: dict[tuple[str, str], float] = {}
_CACHE_LIMIT = 200_000


def zipf(word: str, language: str) -> float:
    """Zipf frequency of a lower-case word in "en" or "fr" (0 when wordfreq never saw it)."""
    key = (word, language)
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    try:
        value = float(wordfreq.zipf_frequency(word, language))
    except (ValueError, LookupError, UnicodeError):
        value = 0.0
    if len(_CACHE) > _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE[key] = value
    return value


# Inflected forms are rarer than their dictionary form ("levaient" vs "lever"): a word is only
# as rare as the most common form we can guess for it by undoing a usual ending.
_ENDINGS = {
    "fr": (
        ("aient", "er"),
        ("erais", "er"),
        ("erait", "er"),
        ("ais", "er"),
        ("ait", "er"),
        ("ant", "er"),
        ("ent", "er"),
        ("ent", "e"),  # "dérèglent" → "dérègle", where the infinitive's accent differs
        ("ez", "er"),
        ("ons", "er"),
        ("ées", "er"),
        ("és", "er"),
        ("ée", "er"),
        ("é", "er"),
        ("ées", "ée"),
        ("es", "e"),
        ("s", ""),
        ("x", ""),
        ("ues", "re"),
        ("ue", "re"),
        ("ies", "ir"),
        ("ie", "ir"),
        ("issent", "ir"),
        ("issait", "ir"),
        ("iraient", "ir"),
        ("ables", "able"),
        ("ements", "ement"),
        # Future and conditional ("consulterai", "recevrons"), present participles used as
        # adjectives ("blanchissantes"), imperfect plurals ("levions").
        ("erai", "er"),
        ("eras", "er"),
        ("era", "er"),
        ("erons", "er"),
        ("erez", "er"),
        ("eront", "er"),
        ("erions", "er"),
        ("eriez", "er"),
        ("irai", "ir"),
        ("ira", "ir"),
        ("irons", "ir"),
        ("iront", "ir"),
        ("issantes", "ir"),
        ("issante", "ir"),
        ("issants", "ir"),
        ("issant", "ir"),
        ("antes", "er"),
        ("ante", "er"),
        ("ants", "er"),
        ("ions", "er"),
        ("iez", "er"),
        ("ions", "re"),
        ("iez", "re"),
        # Imperfect and conditional of any verb, through its third person ("viendriez",
        # "pourrions", "vouliez" → "viendrait", "pourrait", "voulait").
        ("iez", "ait"),
        ("ions", "ait"),
        # Verbs in -re and -ire ("vendaient", "prescrivaient", "lisaient", "conduisait").
        ("aient", "re"),
        ("ait", "re"),
        ("ant", "re"),
        ("ez", "re"),  # "tondez" → "tondre"
        ("ent", "re"),
        ("ons", "re"),
        ("ivaient", "ire"),
        ("ivait", "ire"),
        ("ivant", "ire"),
        ("ivent", "ire"),
        ("isaient", "ire"),
        ("isait", "ire"),
        ("isant", "ire"),
        # A noun that is a verb's stem: "débord" (déborder), "apport" (apporter).
        ("", "er"),
    ),
    "en": (
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("es", ""),
        ("s", ""),
        ("er", ""),
        ("ers", ""),
        ("ly", ""),
        ("ness", ""),
        # British spellings are rarer in the lists than American ones ("sterilisation").
        ("isation", "ization"),
        ("ised", "ized"),
        ("ise", "ize"),
        ("ising", "izing"),
        ("ment", ""),
        # An adjective made from a noun: "sandpapery", "bony", "stony".
        ("y", ""),
        ("y", "e"),
    ),
}


_FAMILY: dict[tuple[str, str], float] = {}


def family_zipf(word: str, language: str) -> float:
    """Zipf of the word or of its likeliest dictionary form, whichever is higher."""
    cached = _FAMILY.get((word, language))
    if cached is not None:
        return cached
    best = _family_zipf(word, language)
    if len(_FAMILY) > _CACHE_LIMIT:
        _FAMILY.clear()
    _FAMILY[(word, language)] = best
    return best


def _family_zipf(word: str, language: str) -> float:
    best = zipf(word, language)
    for ending, replacement in _ENDINGS.get(language, ()):
        if len(word) - len(ending) >= 3 and word.endswith(ending):
            stem = word[: len(word) - len(ending)]  # not word[:-0], which is ""
            best = max(best, zipf(stem + replacement, language))
    return best


def warm(language: str) -> None:
    """Load wordfreq's list for a language now (the benchmark counts it as load time)."""
    zipf("the" if language == "en" else "le", language)
