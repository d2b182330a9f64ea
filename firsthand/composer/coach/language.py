"""Tell English from French by their most common little words (enough for a social post)."""

from __future__ import annotations

import regex

_WORD_RE = regex.compile(r"\p{L}+(?:['’]\p{L}+)?", regex.VERSION1)
_SAMPLE = 4000  # the first few thousand characters decide; a post does not switch language

_EN = frozenset(
    """the and of to a in is it that for you was with on are this my i we our be have at
    not but they his her she he what so if about just can will your from all there their
    were been had would when which one do did me us how who then than its it's i'm don't
    today yesterday week last after because very""".split()
)
_FR = frozenset(
    """le la les de des du un une et est en que qui pour pas dans sur au aux ce cette ces
    je j nous vous il elle on ils elles mon ma mes notre nos votre vos son sa ses mais avec
    plus très été était avons avez ont sont suis c l d qu n s m t y où aujourd hier semaine
    dernier dernière parce car après chez fait""".split()
)
_FR_LETTERS = frozenset("éèêàâçùûôîïëœ")


def detect_language(text: str) -> str:
    """ "fr" when French little words (and accents) outweigh English ones, else "en"."""
    sample = text[:_SAMPLE]
    en = fr = 0.0
    for match in _WORD_RE.finditer(sample):
        word = match.group().casefold().replace("’", "'")
        if "'" in word:
            head = word.split("'", 1)[0]
            if head in {"l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu", "lorsqu"}:
                fr += 1
                continue
        if word in _EN:
            en += 1
        elif word in _FR:
            fr += 1
        elif any(ch in _FR_LETTERS for ch in word):
            fr += 0.5
    if fr == en and regex.search(r"\.fr\b", sample):
        return "fr"  # nothing to count (a bare link): a French address is the best hint
    return "fr" if fr > en else "en"
