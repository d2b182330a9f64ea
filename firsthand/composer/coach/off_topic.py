"""Off-topic subjects (politics, wars, religion, gossip…) unless the author's topics cover them.

Each subject in the pack has strong phrases (one is enough: "election", "minister") and weak
ones that are innocent alone ("vote", "party") and count only next to another hint of the same
subject. Matching is by stem, so "election", "elections", "élections" are one subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from itertools import compress
from typing import Any, cast

from .allusion_model import MIN_WORDS, allusion_terms, in_window, strongest_sentence
from .allusion_model import load_model as load_allusion_model
from .findings import from_rule
from .frequency import zipf
from .packs import Pack, Rule, fill
from .phrases import Match, PhraseIndex, Scan, compile_pattern
from .report import Context, Finding
from .tokens import (
    CLOSING_QUOTES,
    LETTERS_RE,
    OPENING_QUOTES,
    TITLES,
    Token,
    Tokens,
    WordCache,
    positions,
    tokenize,
    word_cache,
    word_count,
)


def check_off_topic(
    text: str, tokens: Tokens, pack: Pack, context: Context, scan: Scan
) -> list[Finding]:
    declared = _declared_phrases(context.topics, context.profession)
    # Per subject: the (first, last) token spans of its strong and weak words, and the weak
    # words' keys (distinct weak words are what count).
    strong: dict[str, list[tuple[int, int]]] = {}
    weak: dict[str, list[tuple[int, int, str]]] = {}
    hints: set[int] = set()  # where a `hints` phrase starts: alone, it counts in an aside
    named: set[int] = set()  # where a `first_names` phrase starts: it counts only in an aside
    disputed: set[tuple[int, int]] = set()  # a `disputed` phrase's span: a side taken counts it
    people: set[tuple[int, int]] = set()  # where a leader is named (`people`)
    for match in scan.of(pack.index):
        strong.setdefault(match.payload.rule.id, []).append((match.first, match.last))
        if match.payload.person:
            people.add((match.first, match.last))
    for match in scan.of(pack.weak):
        key = tokens.forms[match.first].key
        weak.setdefault(match.payload.rule.id, []).append((match.first, match.last, key))
        if match.payload.aside:
            hints.add(match.first)
        if match.payload.only_aside:
            named.add(match.first)
        if match.payload.disputed:
            disputed.add((match.first, match.last))
    _flag_sides(tokens, pack, strong)
    if "tag" in tokens.kinds:
        _hashtags(tokens, pack, strong, weak)
    if "url" in tokens.kinds:
        _link_words(tokens, pack, strong)
    _scare_quoted(tokens, pack, strong)
    _power_quoted(tokens, pack, strong)
    _scripture(tokens, pack, strong)
    if "gate" in text or "Gate" in text:
        _gate_scandals(tokens, pack, strong)
    if not strong and not weak:
        return []
    findings: list[Finding] = []

    # The sentences that step aside, and those that take a side: read once, if ever needed.
    @cache
    def asides() -> set[int]:
        return _asides(tokens, pack)

    @cache
    def said() -> set[int]:
        return _sentences_saying(tokens, pack, "side_taken")

    @cache
    def sides() -> set[int]:
        return _sides(tokens, pack, said())

    @cache
    def verdicts() -> set[int]:
        return _sides(tokens, pack, said(), emoji=False)

    own = declared_keys(context.topics, context.profession)  # the author's words hint at nothing
    for rule_id in sorted(set(strong) | set(weak)):
        rule = pack.rule(rule_id)
        # A subject that gathers several quarrels is covered by the author's own one ("vaccines")
        # but not its memes about the others (`people_never_covered`).
        covered = _covered(pack, rule, declared)
        if covered and not (
            rule.options.get("people_never_covered")
            and any(span in people for span in strong.get(rule_id, ()))
        ):
            continue
        figures = (
            _spans(tokens, pack, rule, "figurative")
            + _emoji_images(tokens, rule)
            + _fight_images(tokens, pack, rule)
        )
        occasion = _occasion_spans(tokens, pack, rule, asides, sides)
        yardsticks = bool(rule.options.get("yardsticks"))
        field: list[tuple[int, int]] = []
        # Once a figure of speech is in the post, its words on their own carry the image on:
        # "office politics… the 'politics' becomes an asset".
        images = {form.key for a, b in figures for form in tokens.forms[a : b + 1]}
        if _covered(pack, rule, declared, "expert_covers"):
            # A lawyer on the law parliament just passed is in their field (but not on a
            # minister's scandal): the `expert_phrases` are theirs, with the words inside.
            figures += _spans(tokens, pack, rule, "expert_phrases")
        if context.topics and rule.options.get("field_in_sentence"):
            # "The health minister widened direct access to physios", for a physio whose
            # topics say "direct access": a sentence naming a declared topic is the field's news.
            field = _topic_sentences(tokens, context.topics, pack.language)
            if field:
                # …but telling readers how to vote is never the field's news, whatever the
                # sentence names ("if you care about your kids' teeth, vote them out"), nor is
                # a wink ("given who just won, you'll be grinding your teeth 😬").
                campaigning = _spans(tokens, pack, rule, "campaigning")
                # (A P.S. may still carry the field's news: "P.S. the heating grant ends in March".)
                winks = _asides(tokens, pack, postscripts=False)
                field = [
                    span
                    for span in field
                    if not _meets(span, campaigning) and tokens.sentences[span[0]] not in winks
                ]
        hits = [
            span
            for span in strong.get(rule_id, [])
            if (span in people or not covered)
            and not _meets(span, figures)
            # A leader named is no news: « Ni Macron ni Le Pen, je vote pain au levain ».
            # …nor a jeer: "those clowns in power doubled the tax on my sourdough".
            and (span in people or not _meets(span, field) or _jeering(tokens, span, pack))
            # "Mr Get-Brexit-Done": a slogan of several words after a title is a nickname.
            and not (_titled(tokens, span[0]) and (span in people or span[0] == span[1]))
            and not (yardsticks and _yardstick(tokens, span, pack))
            and not _carried(tokens, span, images)
            and not _street_named(tokens, span, pack)
            and not _inside(span, occasion)
        ]
        soft = [
            (first, last, key)
            for first, last, key in weak.get(rule_id, [])
            if not covered
            and key not in own
            and not _meets((first, last), figures)
            and (not _meets((first, last), field) or _jeering(tokens, (first, last), pack))
            and not _carried(tokens, (first, last), images)
            and not _hyphen_name(tokens, first, last)
            and not _inside((first, last), occasion)
        ]
        starts = [first for first, _ in hits] + [first for first, _, _ in soft]
        if starts and _likened(tokens, min(starts), pack):
            # The subject came in as an image ("a row like a parliamentary debate"): its
            # other words in the post carry the image on ("points scored, the opposition…").
            # Brought in plainly, it stays ("her divorce… you deserve to feel like a star").
            continue
        # "Happy birthday Cyril, and thanks for the party order, Uhuru!": two clients.
        # A weak word inside a longer weak phrase is that phrase ("our leaders" is one hint,
        # not "our leaders" and "leaders").
        distinct_soft = {
            (tokens.sentences[first], key)
            for first, last, key in soft
            if first not in named
            and (first, last) not in disputed
            and not any(a <= first and last <= b and b - a > last - first for a, b, _ in soft)
        }
        if not hits and _most_within(distinct_soft, int(pack.setting("weak_window", 0))) < int(
            pack.setting("weak_needed", 2)
        ):
            # In an aside one hint is enough: "P.S. may he remove the government next 😄",
            # « un peu comme la Belgique sans gouvernement 😂 » (but "the party was epic 😂").
            soft = [hit for hit in soft if hit[0] in hints]
            # …or a law, tax or strike by name, in a sentence that takes a side: "Glad the
            # Named Person scheme got binned", « la réforme Touraine, merci pour rien ».
            soft = [
                hit
                for hit in soft
                if tokens.sentences[hit[0]] in asides()
                or tokens.sentences[hit[0]] in (sides() if hit[:2] in disputed else verdicts())
            ]
            if not soft:
                continue
        for first, last in [*hits, *((first, last) for first, last, _ in soft)]:
            start, end = tokens.starts[first], tokens.ends[last]
            findings.append(from_rule(text, start, end, rule))
    return findings


def _asides(tokens: Tokens, pack: Pack, *, postscripts: bool = True) -> set[int]:
    """The sentences that step aside, where a jab hides: a postscript ("P.S.", « P.-S. »)
    to the end of its line, a wink or an eye-roll ("thanks, Justin 🙄"), or a knowing phrase
    ("just saying", « suivez mon regard »). An emoji after a sentence's full stop belongs to
    it, and winks at the sentences before it on its line ("a gender dropdown with two options.
    Sorry, Twitter, no room for the other 71 😂")."""
    emoji = _emoji_class(pack, "aside_emoji")
    sentences, starts, text = tokens.sentences, tokens.starts, tokens.text
    bounds = _sentence_bounds(tokens)
    broken = _line_breaks(tokens, bounds)
    found: set[int] = set()

    def mark(j: int, forward: bool, backward: bool, into: set[int] = found) -> None:
        into.add(sentences[bounds[j][0]])
        k = j + 1
        while forward and k < len(bounds) and not broken[k]:
            into.add(sentences[bounds[k][0]])
            k += 1
        k = j
        while backward and not broken[k]:
            k -= 1
            into.add(sentences[bounds[k][0]])

    postscript: set[int] = set()
    for j, (a, _) in enumerate(bounds):
        winks = emoji.search(text, starts[a], _sentence_reach(tokens, bounds, j))
        if postscripts and _POSTSCRIPT_RE.match(text, starts[a]):
            mark(j, forward=True, backward=False, into=found if winks else postscript)
        elif winks:
            mark(j, forward=False, backward=True)
    if postscript:
        # A P.S. that says what, and when, is practical news, not a jab ("P.S. the government
        # grant for boilers ends in March"), unless something else marks it.
        found |= postscript - _practical(tokens, pack)
    clipped = cast(list[str], pack.setting("clipped_asides", []))
    if clipped and len(bounds) > 1:
        # A clipped thank-you or verdict after the post has begun is sarcasm: "…£12.50 a job.
        # Cheers, Sadiq.", "…the bedroom tax on it. Disgrace.", « Merci Koulouba. » (a long
        # one thanks someone: "Thanks, Sarah, for the lovely review").
        limit = int(pack.setting("clipped_aside_words", 5))
        sincere = frozenset(cast(list[str], pack.setting("clipped_not", [])))
        # A thank-you that names no one is a sign-off: "…Open as usual May 13. Salamat po!",
        # "Thanks all!" (`clipped_thanks`, with only `clipped_to_all` words beside it).
        thanks = _index(pack, ":clipped_thanks", pack.setting("clipped_thanks", []))
        to_all = frozenset(cast(list[str], pack.setting("clipped_to_all", [])))
        opening = {a: j for j, (a, _) in enumerate(bounds) if j > 0}
        clipped_at = []
        for match in _index(pack, ":clipped_asides", clipped).find(tokens):
            at = opening.get(match.first)
            if at is not None:
                a, b = bounds[at]
                if tokens.kinds[a : b + 1].count("word") <= limit and sincere.isdisjoint(
                    forms.norm for forms in tokens.forms[a : b + 1]
                ):
                    clipped_at.append(at)
        thanked = thanks.find(tokens) if clipped_at else []
        for at in clipped_at:
            if not _signed_off(tokens, bounds[at], thanked, to_all):
                mark(at, forward=False, backward=True)
    markers = cast(list[str], pack.setting("aside_markers", []))
    matches = _index(pack, ":aside_markers", markers).find(tokens)
    if matches:
        # A knowing phrase colours its whole line: "Meanwhile, …", "…, just saying".
        where = {sentences[a]: j for j, (a, _) in enumerate(bounds)}
        for match in matches:
            mark(where[sentences[match.first]], forward=True, backward=True)
    return found


def _signed_off(
    tokens: Tokens, sentence: tuple[int, int], thanked: list[Match[int]], to_all: frozenset[str]
) -> bool:
    """Whether a sentence is only a thank-you (`thanked`: the post's `clipped_thanks`
    matches) to no one in particular ("Thanks all!"; « Merci à tous ! » is already sincere
    by its « à »)."""
    a, b = sentence
    said = [match for match in thanked if a <= match.first and match.last <= b]
    if not said:
        return False
    inside = {i for match in said for i in range(match.first, match.last + 1)}
    return all(
        tokens.kinds[i] != "word" or i in inside or tokens.forms[i].fold in to_all
        for i in range(a, b + 1)
    )


def _practical(tokens: Tokens, pack: Pack) -> set[int]:
    """The sentences that hold practical news: what (a grant, a deadline) and when."""
    what = _sentences_saying(tokens, pack, "practical_news")
    return what & _sentences_saying(tokens, pack, "practical_when") if what else set()


def _sides(tokens: Tokens, pack: Pack, said: set[int], *, emoji: bool = True) -> set[int]:
    """The sentences that take a side, by a word of `side_taken` (`said`: the sentences that
    hold one) or an emoji of `side_emoji` (a raised fist, a flag), and the sentences beside them
    on their line: "…the bedroom tax on a box room. Nanny knows best.", "Azadi March shut
    Islamabad for days. Khan zindabad!"."""
    bounds = _sentence_bounds(tokens)
    broken = _line_breaks(tokens, bounds)
    starts, text, sentences = tokens.starts, tokens.text, tokens.sentences
    flags = _emoji_class(pack, "side_emoji", also="\U0001f1e6-\U0001f1ff")  # and any flag
    found: set[int] = set()
    for j, (a, _) in enumerate(bounds):
        if sentences[a] not in said and not (
            emoji and flags.search(text, starts[a], _sentence_reach(tokens, bounds, j))
        ):
            continue
        found.add(sentences[a])
        if not broken[j]:
            found.add(sentences[bounds[j - 1][0]])
        if j + 1 < len(bounds) and not broken[j + 1]:
            found.add(sentences[bounds[j + 1][0]])
    return found


def _line_breaks(tokens: Tokens, bounds: list[tuple[int, int]]) -> list[bool]:
    """For each sentence, whether a line ends between it and the one before (the first always
    starts a line)."""
    starts, ends, text = tokens.starts, tokens.ends, tokens.text
    return [True] + [
        "\n" in text[ends[bounds[j - 1][1]] : starts[bounds[j][0]]] for j in range(1, len(bounds))
    ]


def _sentence_reach(tokens: Tokens, bounds: list[tuple[int, int]], j: int) -> int:
    """Where sentence j's text ends: at the next sentence's first word, so an emoji after its
    full stop belongs to it."""
    return tokens.starts[bounds[j + 1][0]] if j + 1 < len(bounds) else len(tokens.text)


def _emoji_class(pack: Pack, setting: str, also: str = "") -> re.Pattern[str]:
    """One of the emoji a pack's setting lists (`aside_emoji`, `side_emoji`), or of the ranges
    in `also`."""
    return _emoji_re(str(pack.setting(setting, "")), also)


@lru_cache(maxsize=32)
def _emoji_re(chars: str, ranges: str = "") -> re.Pattern[str]:
    """One of `chars` or of the character `ranges`; compiled once."""
    body = re.escape(chars) + ranges
    return re.compile(f"[{body}]" if body else "(?!)")


def _emoji_images(tokens: Tokens, rule: Rule) -> list[tuple[int, int]]:
    """The sentences holding one of a subject's `figurative_emoji`: a slug or an ant beside
    "invasion" makes it the garden's ("c'est l'invasion 🐌 !"). An emoji after a sentence's
    full stop belongs to it."""
    chars = str(rule.options.get("figurative_emoji", ""))
    if not chars or not any(char in tokens.text for char in chars):
        return []
    emoji = _emoji_re(chars)
    bounds = _sentence_bounds(tokens)
    return [
        (a, b)
        for j, (a, b) in enumerate(bounds)
        if emoji.search(tokens.text, tokens.starts[a], _sentence_reach(tokens, bounds, j))
    ]


def _fight_images(tokens: Tokens, pack: Pack, rule: Rule) -> list[tuple[int, int]]:
    """A war declared on something that is no side (`fights`: "war on", « guerre aux ») is an
    image: "the WAR ON SCORPIONS is on", « guerre aux ampoules ». It stays a war when what it is
    declared on is a side people fight over (`fights_real`: "the war on drugs", « la guerre aux
    automobilistes ») or a name ("the war against Ukraine")."""
    if "fights" not in rule.options:
        return []
    declared = _spans(tokens, pack, rule, "fights")
    if not declared:
        return []
    skip = frozenset(cast(list[str], rule.options.get("fight_skip", [])))
    real = {first for first, _ in _spans(tokens, pack, rule, "fights_real")}
    kinds, forms, sentences, texts = tokens.kinds, tokens.forms, tokens.sentences, tokens.texts
    images = []
    for first, last in declared:
        k = last + 1
        while k < len(kinds) and kinds[k] == "word" and forms[k].fold in skip:
            k += 1
        if (
            k < len(kinds)
            and kinds[k] == "word"
            and sentences[k] == sentences[first]
            and real.isdisjoint(range(last + 1, k + 1))
            and not (texts[k][:1].isupper() and not texts[k].isupper())
        ):
            images.append((first, k))
    return images


def _sentences_saying(tokens: Tokens, pack: Pack, setting: str) -> set[int]:
    """The sentences where a phrase of one of the pack's phrase-list settings starts."""
    phrases = cast(list[str], pack.setting(setting, []))
    index = _index(pack, f":{setting}", phrases)
    return {tokens.sentences[match.first] for match in index.find(tokens)}


_POSTSCRIPT_RE = re.compile(r"(?:P\.?-?S|N\.?B)\b")


def _topic_sentences(
    tokens: Tokens, topics: tuple[str, ...], language: str
) -> list[tuple[int, int]]:
    """The token spans of the sentences that name a declared topic with all its words (both
    of "direct access", not "access" alone)."""
    phrases = [keys for keys in (_phrase_keys(topic, language) for topic in topics) if keys]
    spans: list[tuple[int, int]] = []
    forms = tokens.forms
    parts = (part for bound in _sentence_bounds(tokens) for part in tokens.emoji_parts(*bound))
    for first, last in parts:
        said = {key for k in range(first, last + 1) for key in (forms[k].key, forms[k].fold)}
        if any(all(not word.isdisjoint(said) for word in keys) for keys in phrases):
            spans.append((first, last))
    return spans


def _sentence_bounds(tokens: Tokens) -> list[tuple[int, int]]:
    """Each sentence's first and last token."""
    sentences = tokens.sentences
    bounds: list[tuple[int, int]] = []
    first = 0
    for i in range(1, len(sentences) + 1):
        if i == len(sentences) or sentences[i] != sentences[first]:
            bounds.append((first, i - 1))
            first = i
    return bounds


def _titled(tokens: Tokens, first: int) -> bool:
    """ "Dr Harris", "Mrs May", « Me Bayrou », "W. Harris": a capitalised name after a title or
    an initial is someone the author met, not the politician who shares the name."""
    if first == 0 or not tokens.texts[first][:1].isupper() or tokens.kinds[first - 1] != "word":
        return False
    before = tokens.texts[first - 1]
    if before in TITLES:
        return True
    between = tokens.text[tokens.ends[first - 1] : tokens.starts[first]]
    at = tokens.starts[first - 1]
    if tokens.text[max(0, at - 2) : at] in ("P.", "N."):
        return False  # "P.S. Vivement 2027", "N.B. Trump…": a postscript, not an initial
    return len(before) == 1 and before.isupper() and between.strip() == "."


def _street_named(tokens: Tokens, span: tuple[int, int], pack: Pack) -> bool:
    """ "Oginga Odinga Street", "Kenyatta National Hospital", « avenue Houphouët-Boigny »,
    « lycée Charles de Gaulle »: a leader's name given to a place (`street_words`, after the
    name in English, before it in French, a capitalised word, « de » or a word of
    `street_qualifiers` between: "Ruto community hall", « lycée hôtelier Georges-Frêche ») is an
    address."""
    first, last = span
    texts, kinds = tokens.texts, tokens.kinds
    if not texts[first][:1].isupper():
        return False
    streets = pack.word_set("street_words")
    qualifiers = pack.word_set("street_qualifiers")
    forms, sentences, size = tokens.forms, tokens.sentences, len(texts)

    def word(k: int) -> bool:
        return 0 <= k < size and kinds[k] == "word" and sentences[k] == sentences[first]

    def street(k: int) -> bool:
        return word(k) and forms[k].fold in streets

    def joins(k: int) -> bool:  # "National", « Général », « de », « des 50-Otages », "community"
        return word(k) and (
            texts[k][:1].isupper()
            or texts[k].isdigit()
            or forms[k].fold in _NAME_PARTICLES
            or forms[k].fold in qualifiers
        )

    def tight(a: int, b: int) -> bool:  # no comma or stop between: « Au lycée, Macron… »
        starts, ends = tokens.starts, tokens.ends
        return all(
            not tokens.text[ends[k] : starts[k + 1]].strip(_SPACES + "-'’") for k in range(a, b)
        )

    if street(last + 1) and tight(last, last + 1):
        return True
    if street(first - 1) and tight(first - 1, first):
        return True
    if joins(last + 1):
        if street(last + 2) and tight(last, last + 2):
            return True
        if joins(last + 2) and street(last + 3) and tight(last, last + 3):
            return True
    if joins(first - 1):
        if street(first - 2) and tight(first - 2, first):
            return True
        if joins(first - 2) and street(first - 3) and tight(first - 3, first):
            return True
    return False


_NAME_PARTICLES = frozenset(("de", "du", "d", "des"))


def _scare_quoted(tokens: Tokens, pack: Pack, strong: dict[str, list[tuple[int, int]]]) -> None:
    """A pronoun alone in quotes is the faceless power of conspiracy talk: "the day 'they'
    decide you've driven enough", « le jour où « ils » décideront »; but not a word held up to
    talk about it ("the singular 'they'", `grammar_words`), nor what someone else was heard
    saying ("she'd read online that 'they' were hiding it", `reported_words`)."""
    found = _written(tokens, pack, "scare_quoted", lower=True)
    if not found:
        return
    grammar = pack.word_set("grammar_words")
    reported = pack.word_set("reported_words")
    text, starts, ends, forms = tokens.text, tokens.starts, tokens.ends, tokens.forms
    sentences = tokens.sentences
    for i in found:
        before = text[max(0, starts[i] - 3) : starts[i]].rstrip(_SPACES)[-1:]
        after = text[ends[i] : ends[i] + 3].lstrip(_SPACES)[:1]
        if before not in OPENING_QUOTES or after not in CLOSING_QUOTES:
            continue
        near = forms[max(0, i - 3) : i + 4]
        if any(other.fold in grammar or other.key in grammar for other in near):
            continue
        k = i - 1
        while k >= 0 and sentences[k] == sentences[i] and forms[k].fold not in reported:
            k -= 1
        if k < 0 or sentences[k] != sentences[i]:
            strong.setdefault("off_topic.conspiracy", []).append((i, i))


_SPACES = " \u00a0\u202f"

# A few lower-case words in quotes ("the coalition 'announcement'", « la « réforme » du
# gouvernement »), right after a word for those in power or just before it.
_QUOTED_AFTER_RE = re.compile(
    r"(?:['’]s)?[ \u00a0\u202f]+[\'\"“‘«][ \u00a0\u202f]?"
    r"([^\W\d_A-Z][^\W\d_]*(?:[ '’-][^\W\d_]+){0,2})[ \u00a0\u202f]?[\'\"”’»](?![^\W\d_])"
)
_QUOTED_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])[\'\"“‘«][ \u00a0\u202f]?([^\W\d_A-Z][^\W\d_]*(?:[ '’-][^\W\d_]+){0,2})"
    r"[ \u00a0\u202f]?[\'\"”’»][ \u00a0\u202f]+(?:[^\W\d_]+['’]?[ \u00a0\u202f]*){0,2}$"
)


def _power_quoted(tokens: Tokens, pack: Pack, strong: dict[str, list[tuple[int, int]]]) -> None:
    """Words of those in power held up in scare quotes are a sneer at them: "reading the latest
    coalition 'announcement'", "the government's 'plan'", « le « bouclier » du gouvernement »,
    "the 'reform' of the ministry" (`power_words`; a name in quotes, "the government's 'Help to
    Buy' scheme", is a title, not a sneer)."""
    text, starts, ends = tokens.text, tokens.starts, tokens.ends
    for i in _written(tokens, pack, "power_words", lower=True):
        after = _QUOTED_AFTER_RE.match(text, ends[i], min(len(text), ends[i] + 48))
        before = _QUOTED_BEFORE_RE.search(text, max(0, starts[i] - 48), starts[i])
        if any(found is not None and found.group(1)[0].islower() for found in (after, before)):
            strong.setdefault("off_topic.politics", []).append((i, i))


def _written(tokens: Tokens, pack: Pack, setting: str, *, lower: bool) -> list[int]:
    """Where a word of the list `setting` stands, capitalised or in capitals, and in lower case
    too when `lower` ("they", but only "Jeremiah"). Found by a C-level scan: most posts hold
    none."""
    memo = pack.memo(setting)
    spellings: frozenset[str] | None = memo.get("")
    if spellings is None:
        spellings = memo[""] = frozenset(
            spelling
            for word in pack.word_set(setting, accents=True)
            for spelling in (*((word,) if lower else ()), word.capitalize(), word.upper())
        )
    return list(compress(range(len(tokens.texts)), map(spellings.__contains__, tokens.texts)))


def _scripture(tokens: Tokens, pack: Pack, strong: dict[str, list[tuple[int, int]]]) -> None:
    """ "Jeremiah 29:11 🙏", « Jean 3.16 », "Surah 94:5": a verse cited by book, chapter and
    verse (`scripture_books`, capitalised) is scripture handed to the readers."""
    found = _written(tokens, pack, "scripture_books", lower=False)
    if not found:
        return
    texts, starts, ends, text = tokens.texts, tokens.starts, tokens.ends, tokens.text
    for i in found:
        if (
            i + 2 < len(texts)
            and len(texts[i + 1]) <= 3
            and len(texts[i + 2]) <= 3
            and texts[i + 1].isdecimal()
            and texts[i + 2].isdecimal()
            and text[ends[i + 1] : starts[i + 2]] in _VERSE_MARKS
            and text[ends[i] : starts[i + 1]].strip(_SPACES) == ""
            # "call Marc 06.12.34", "Luc 3,50 €", "see Mark 10:30 am": a phone, a price, a time.
            and texts[i + 1][0] != "0"
            and texts[i + 2][0] != "0"
            and not _AFTER_VERSE_RE.match(text, ends[i + 2])
            # "Jean 9.30 lundi" is a time, where the book is also someone's name
            and not (
                int(texts[i + 1]) < 24
                and texts[i + 2] in _QUARTERS
                and tokens.forms[i].fold in pack.word_set("scripture_names")
            )
        ):
            strong.setdefault("off_topic.religion", []).append((i, i + 2))


def _gate_scandals(tokens: Tokens, pack: Pack, strong: dict[str, list[tuple[int, int]]]) -> None:
    """ "Partygate", "#Cashgate", « le Qatargate », "Party-gate": a name coined with "-gate" is
    a scandal. Capitalised (or a hashtag), and rare as a whole word: "Southgate", "tailgate",
    "Harrogate" and "investigate" are everyday words and places (`gate_words` lists the rarer
    ones: "Kirkgate", "Ramsgate"), and so is a name one walks along ("on Deansgate")."""
    texts, kinds, forms = tokens.texts, tokens.kinds, tokens.forms
    known = pack.word_set("gate_words")
    streets = pack.word_set("gate_street_before")
    for i, word in enumerate(texts):
        folded = forms[i].fold
        if not folded.endswith("gate"):
            continue
        first = i
        if folded == "gate":
            # "Party-gate": the name and "gate", joined by a hyphen.
            if not tokens.hyphen_joins(i - 1):
                continue
            first = i - 1
            word = texts[first] + "gate"
            folded = forms[first].fold + "gate"
        name = folded.lstrip("#")
        if first and forms[first - 1].fold in streets:
            continue  # "open Mon–Sat on Deansgate": a street
        if (
            len(name) >= 7
            and name[:-4].isalpha()
            and (word[:1].isupper() or kinds[i] == "tag")
            and name not in known
            and zipf(word.lstrip("#").casefold(), pack.language) < 2.5
            # …coined from a known word or name ("Party", « Pénélope »), not an old street's
            # name ("Allhallowgate").
            and zipf(word.lstrip("#")[:-4].rstrip("-").casefold(), pack.language) >= 2.5
        ):
            strong.setdefault("off_topic.controversy", []).append((first, i))


_VERSE_MARKS = frozenset((":", ".", ",", "v"))
_QUARTERS = frozenset(("00", "15", "30", "45"))
_AFTER_VERSE_RE = re.compile(
    r"\s*(?:[€$£%₦¢]|[.,:]\d|(?:am|pm|a\.m|p\.m|h|euros?|dollars?|kg|km)\b)", re.I
)


def _hyphen_name(tokens: Tokens, first: int, last: int) -> bool:
    """« Saint-Martin », "Mont-Royal": a capitalised word joined by a hyphen to another
    capitalised one makes a name, a place or a street, and no longer means what it says."""
    texts, kinds = tokens.texts, tokens.kinds
    if not texts[first][:1].isupper():
        return False
    # Each join as (the hyphen's left word, the neighbour): the hit and the word after it,
    # then the word before it and the hit.
    joins = ((last, last + 1), (first - 1, first - 1))
    return any(
        tokens.hyphen_joins(left) and kinds[other] == "word" and texts[other][:1].isupper()
        for left, other in joins
    )


def _likened(tokens: Tokens, first: int, pack: Pack) -> bool:
    """Whether the hit is what something is likened to: "a row like a parliamentary debate",
    "treating practice as a war", « on dirait une séance de questions au gouvernement »: the
    comparison (`similes`, a word and the article after it) sits at most six words before."""
    similes = _SIMILES.get(pack.language)
    if similes is None:
        pairs = (str(simile).split() for simile in pack.setting("similes", []))
        similes = _SIMILES[pack.language] = frozenset(
            (pair[0], pair[1]) for pair in pairs if len(pair) == 2
        )
    if not similes:
        return False
    forms, sentences, text = tokens.forms, tokens.sentences, tokens.text
    breaks = pack.word_set("simile_breaks")
    pointers = pack.word_set("simile_pointers")
    roles = pack.word_set("simile_roles")
    return any(
        sentences[k] == sentences[first]
        and (forms[k].fold, forms[k + 1].fold) in similes
        # "she used to work as a housekeeper at a palace": a job, not an image.
        and not (k and forms[k - 1].fold in roles)
        # "like a certain ginger prince": someone pointed at, not an image.
        and (k + 2 >= len(forms) or forms[k + 2].fold not in pointers)
        # "as a father of four: life begins at…", "as a mum, I think…": a role, then the point;
        # "like a scene from a film 😷 Feku ji promised…": an emoji closes the image.
        and not _CLAUSE_BREAK_RE.search(text, tokens.ends[k + 1], tokens.starts[first])
        # "the naira is falling like a pack of cards and our so-called leaders…": a new clause.
        and not any(forms[j].fold in breaks for j in range(k + 2, first))
        for k in range(max(0, first - 7), first)
    )


_CLAUSE_BREAK_RE = re.compile(r"[,:;\u2600-\u27bf\U0001f000-\U0001faff]")


_SIMILES: dict[str, frozenset[tuple[str, str]]] = {}


def _carried(tokens: Tokens, span: tuple[int, int], images: set[str]) -> bool:
    """Whether every word of a hit was already used in a figure of speech in the post."""
    return bool(images) and all(form.key in images for form in tokens.forms[span[0] : span[1] + 1])


def _most_within(found: set[tuple[int, str]], window: int) -> int:
    """The most distinct words found within `window` sentences of each other (0: the post)."""
    if not window:
        return len({key for _, key in found})
    return max(
        (len({key for at, key in found if first <= at < first + window}) for first, _ in found),
        default=0,
    )


def _jeering(tokens: Tokens, span: tuple[int, int], pack: Pack) -> bool:
    """Whether a hit calls those in power names ("those clowns in power": `jeer_words`)."""
    jeers = pack.word_set("jeer_words")
    return any(form.fold in jeers for form in tokens.forms[span[0] : span[1] + 1])


def _meets(span: tuple[int, int], figures: list[tuple[int, int]]) -> bool:
    """Whether a hit shares a word with a figure of speech ("la « guerre des écrans »")."""
    return any(first <= span[1] and span[0] <= last for first, last in figures)


def _yardstick(tokens: Tokens, span: tuple[int, int], pack: Pack) -> bool:
    """A star's name as a yardstick, between an article and "of" and a word in lower case:
    "our 36-month Comté, the Beyoncé of cheeses", « la Beyoncé des fromages »."""
    first, last = span
    texts, kinds = tokens.texts, tokens.kinds
    if first == 0 or last + 2 >= len(texts) or not texts[first][:1].isupper():
        return False
    return (
        tokens.forms[first - 1].fold in pack.word_set("yardstick_before")
        and tokens.forms[last + 1].fold in pack.word_set("yardstick_after")
        and kinds[last + 2] == "word"
        and texts[last + 2][:1].islower()
        and tokens.sentences[last + 2] == tokens.sentences[first]
    )


def _occasion_spans(
    tokens: Tokens,
    pack: Pack,
    rule: Rule,
    asides: Callable[[], set[int]],
    sides: Callable[[], set[int]],
) -> list[tuple[int, int]]:
    """The subject's everyday words that an occasion named in the post makes harmless. A
    contest's or a club's vote, a holiday's blessings (`occasions`): "nominated… voting is
    open", « Aïd moubarak… vos prières » (`occasion_words`). A strike or a march that closes a
    street or moves the opening hours (`disruptions`) is practical news (`disruption_words`),
    unless the post takes a side or says it in an aside. A longer phrase around one of those
    words still counts ("vote them out")."""
    spans: list[tuple[int, int]] = []
    options = rule.options
    if "occasions" in options and _spans(tokens, pack, rule, "occasions"):
        spans += _spans(tokens, pack, rule, "occasion_words")
    if "disruptions" in options and _spans(tokens, pack, rule, "disruptions"):
        words = _spans(tokens, pack, rule, "disruption_words")
        if words and not sides():
            spans += [span for span in words if tokens.sentences[span[0]] not in asides()]
    return spans


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether a hit lies wholly inside one of the spans."""
    return any(first <= span[0] and span[1] <= last for first, last in spans)


def _spans(tokens: Tokens, pack: Pack, rule: Rule, option: str) -> list[tuple[int, int]]:
    """Token spans matched by one of a subject's extra phrase lists: `figurative` ("the war on
    plaque", « la guerre des écrans » use the subject's words for something else),
    `expert_phrases`, `campaigning`, `occasions`… Each list is compiled on first need, and each
    match's payload is how many words after it the phrase covers too."""
    phrases = cast(list[str], rule.options.get(option, []))
    if not phrases:
        return []
    index = _index(pack, f"{rule.id}:{option}", phrases)
    sentences, end = tokens.sentences, len(tokens.sentences) - 1
    spans = []
    for match in index.find(tokens):
        last = match.last
        for _ in range(match.payload):
            if last == end or sentences[last + 1] != sentences[match.first]:
                break
            last += 1
        spans.append((match.first, last))
    return spans


def _index(pack: Pack, key: str, phrases: list[str]) -> PhraseIndex[int]:
    """A phrase list compiled once per pack, by "rule:list" (see `_spans`)."""
    return pack.kept(f"off_topic:{key}", _compiled, phrases, pack.language)


def _compiled(phrases: list[str], language: str) -> PhraseIndex[int]:
    index: PhraseIndex[int] = PhraseIndex()
    for phrase in map(str, phrases):
        # A phrase ending in a gap covers the words after it too: "a song by *2" takes in the
        # singer's name.
        tail = _TAIL_GAP_RE.search(phrase)
        after = int(tail.group(1) or 2) if tail else 0
        for pattern in compile_pattern(phrase, language, after):
            index.add(pattern)
    return index


_TAIL_GAP_RE = re.compile(r"\s\*(\d*)$")


_CAMEL_RE = re.compile(r"[A-ZÀ-Ý]?[a-zà-ÿ]+|[A-ZÀ-Ý]+(?![a-zà-ÿ])|\d+")


def _flag_sides(tokens: Tokens, pack: Pack, strong: dict[str, list[tuple[int, int]]]) -> None:
    """A side taken with a flag of a country at war: "Free 🇵🇸", "proud to stand with 🇷🇺",
    « soutien total au 🇺🇦 » (`flag_sides` right before one of `war_flags`, in the war rule)."""
    for rule in pack.rules.values():
        flags = cast(list[str], rule.options.get("war_flags", []))
        if not flags or not any(flag in tokens.text for flag in flags):
            continue
        sides = cast(list[str], rule.options.get("flag_sides", []))
        index = _index(pack, f"{rule.id}:flag_sides", sides)
        for match in index.find(tokens):
            after = tokens.text[tokens.ends[match.last] :].lstrip(" \u00a0")
            if after.startswith(tuple(flags)):
                strong.setdefault(rule.id, []).append((match.first, match.last))


def _hashtags(
    tokens: Tokens,
    pack: Pack,
    strong: dict[str, list[tuple[int, int]]],
    weak: dict[str, list[tuple[int, int, str]]],
) -> None:
    """Subjects named in hashtags: "#présidentielle", "#VoteForChange", "#votez"."""
    memo: dict[str, list[tuple[str, bool, str]]] = pack.memo("off_topic_tags")
    kinds = tokens.kinds
    soft: list[tuple[str, int, str]] = []
    for i in positions(kinds, "tag"):
        tag = tokens.texts[i]
        found = memo.get(tag)
        if found is None:
            found = memo[tag] = _tag_subjects(tag, pack)
        for rule_id, is_strong, key in found:
            if is_strong:
                strong.setdefault(rule_id, []).append((i, i))
            else:
                soft.append((rule_id, i, key))
    # A weak word in a tag ("#party", "#vote") only counts beside a strong one: tag walls
    # string everyday words together.
    for rule_id, i, key in soft:
        if rule_id in strong:
            weak.setdefault(rule_id, []).append((i, i, key))


def _link_words(tokens: Tokens, pack: Pack, strong: dict[str, list[tuple[int, int]]]) -> None:
    """Subjects a link's address names: a petition at ".../destitution-macron-maintenant" or an
    article at ".../the-election-results" is shared for its subject, whatever the post says."""
    memo: dict[str, list[str]] = pack.memo("off_topic_links")
    for i in positions(tokens.kinds, "url"):
        link = tokens.texts[i]
        found = memo.get(link)
        if found is None:
            found = memo[link] = _link_subjects(link, pack)
        for rule_id in found:
            strong.setdefault(rule_id, []).append((i, i))


def _link_subjects(link: str, pack: Pack) -> list[str]:
    path = link.split("//", 1)[-1].partition("/")[2]  # the site's own name says little
    parts = [part for part in LETTERS_RE.findall(path.casefold()) if len(part) >= 3]
    if not parts:
        return []
    found = [hit for hit in _named(parts, _tag_words(pack), word_cache(pack.language)) if hit[1]]
    return list(dict.fromkeys(hit[0] for hit in _spelled_subjects(parts, pack, found)))


def _tag_subjects(tag: str, pack: Pack) -> list[tuple[str, bool, str]]:
    """The subjects a hashtag's words name: (subject, strong, the word's key) for each."""
    words = _tag_words(pack)
    cache = word_cache(pack.language)
    parts = _CAMEL_RE.findall(tag[1:]) or [tag[1:]]
    found = _named(parts, words, cache)
    if len(parts) > 1:
        # A slogan listed whole is the tag, or a run of its words, whatever its capitals:
        # "#IndyRef2", "#YesScotland", "#IndyRef2Now".
        n = len(parts)
        runs = ["".join(parts[a:b]) for a in range(n) for b in range(a + 2, n + 1)]
        found.extend(hit for hit in _named(runs, words, cache) if hit[1])
    if len(parts) < 2:
        # "#medicalfreedom": the everyday words it may be written from, if any.
        # A subject's own rare word first: "#neverforgetrobodebt" also cuts as "robo debt".
        parts = _around_known(tag[1:].casefold(), pack)
        if parts:
            found.extend(hit for hit in _named(parts, words, cache) if hit[1])
        else:
            parts = list(_segmented(tag[1:].casefold(), pack.language))
            if len(parts) < 2:
                return found
            # A strong word read in it counts as in a camel-case tag ("#stopmacron"); a weak
            # one, or a cut that leaves a scrap of two letters ("#trumpet": "trump" + "et"),
            # is too likely chance.
            if min(map(len, parts)) >= 3:
                found.extend(hit for hit in _named(parts, words, cache) if hit[1])
    return _spelled_subjects(parts, pack, found, disputed=True)


def _spelled_subjects(
    parts: list[str], pack: Pack, found: list[tuple[str, bool, str]], *, disputed: bool = False
) -> list[tuple[str, bool, str]]:
    """`found`, with the subjects whose phrase the words spell ("#NonALaRéformeDesRetraites",
    ".../the-election-results"), less those a figure of speech written so explains
    ("#WarOnPlaque"). With `disputed`, a fought-over law or scheme spelled in a hashtag takes
    a side too ("#BedroomTax", "#ObligationVaccinale"), as a one-word one does ("#Brexit")."""
    spelled = tokenize(" ".join(parts), pack.language)
    for match in pack.index.find(spelled):
        if match.last > match.first:
            found.append((match.payload.rule.id, True, spelled.forms[match.first].key))
    if disputed:
        for match in pack.weak.find(spelled):
            if match.payload.disputed and match.last > match.first:
                found.append((match.payload.rule.id, True, spelled.forms[match.first].key))
    return [hit for hit in found if not _spans(spelled, pack, pack.rule(hit[0]), "figurative")]


def _around_known(tag: str, pack: Pack) -> list[str]:
    """A lowercase tag cut around a subject's own word that no word list knows as common
    ("#neverforgetrobodebt": "never forget" + "robodebt"), when the rest reads as everyday
    words; [] when none does."""
    if len(tag) < 8 or not tag.isalpha():
        return []
    for known in _rare_tag_words(pack):
        at = tag.find(known)
        if at < 0:
            continue
        rest = [piece for piece in (tag[:at], tag[at + len(known) :]) if piece]
        words = [_everyday(piece, pack.language) for piece in rest]
        if all(words):
            head = list(words[0]) if at else []
            return [*head, known, *(list(words[-1]) if at + len(known) < len(tag) else [])]
    return []


def _everyday(piece: str, language: str) -> tuple[str, ...]:
    """A scrap of a tag as one or more everyday words ("never forget", « non au »), or ()."""
    if zipf(piece, language) >= 3.0:
        return (piece,)
    return _segmented(piece, language, shortest=4)


def _rare_tag_words(pack: Pack) -> list[str]:
    """The strong one-word subjects of six letters or more, as the lists write them, that the
    everyday-word cut cannot read (a scheme's or a scandal's name), longest first."""
    return pack.kept("off_topic:rare_tag_words", _find_rare_tag_words, pack)


def _find_rare_tag_words(pack: Pack) -> list[str]:
    cache = word_cache(pack.language)
    words = {
        cache.forms(word.lstrip("=")).fold
        for rule in pack.rules.values()
        for name in ("phrases", "people", "disputed")
        for word in _single_words(rule.options, name)
    }
    rare = (
        word
        for word in words
        if len(word) >= 6 and word.isalpha() and zipf(word, pack.language) < 3.0
    )
    return sorted(rare, key=len, reverse=True)


def _named(
    parts: list[str], words: dict[str, tuple[str, bool]], cache: WordCache
) -> list[tuple[str, bool, str]]:
    """The subjects the words of a tag name: (subject, strong, the word's key) for each."""
    found = []
    for part in parts:
        forms = cache.forms(part)
        subject = words.get("=" + forms.fold) or words.get(forms.key)
        if subject is not None:
            found.append((subject[0], subject[1], forms.key))
    return found


@lru_cache(maxsize=4096)  # a draft's tags come back on every pause in typing
def _segmented(tag: str, language: str, shortest: int = 6) -> tuple[str, ...]:
    """A lowercase tag cut into everyday words ("medical freedom"): in as few words as read
    so, up to four ("non au pass sanitaire"); of the cuts, the one whose rarest word is most
    common; () when none reads so, or when the tag is shorter than `shortest` letters."""
    if len(tag) < shortest or not tag.isalpha():
        return ()
    floor = 3.0  # every word at least this common (Zipf)
    n = len(tag)
    # best[i]: the best cut of tag[:i] into as many words as the round has reached, each of two
    # letters or more: (its rarest word's Zipf, where it cuts).
    best: dict[int, tuple[float, tuple[int, ...]]] = {
        i: (score, (i,)) for i in range(2, n - 1) if (score := zipf(tag[:i], language)) >= floor
    }
    for _ in range(3):  # two, three, then four words
        whole = [(min(score, zipf(tag[i:], language)), cuts) for i, (score, cuts) in best.items()]
        found = max(whole, default=(0.0, ()))
        if found[0] >= floor:
            bounds = (0, *found[1], n)
            return tuple(tag[a:b] for a, b in zip(bounds, bounds[1:], strict=False))
        longer: dict[int, tuple[float, tuple[int, ...]]] = {}
        for i, (score, cuts) in best.items():
            for j in range(i + 2, n - 1):
                word = min(score, zipf(tag[i:j], language))
                if word >= floor and (j not in longer or (word, cuts) > longer[j]):
                    longer[j] = (word, (*cuts, j))
        best = longer
    return ()


def _tag_words(pack: Pack) -> dict[str, tuple[str, bool]]:
    """The one-word phrases of every subject, by the key a hashtag's word is looked up by
    ("=" + the folded word for an exact phrase, the stem otherwise), with the subject and
    whether the word is strong; kept with the pack, so a clinic's own rules count too."""
    return pack.kept("off_topic:tag_words", _find_tag_words, pack)


def _find_tag_words(pack: Pack) -> dict[str, tuple[str, bool]]:
    words: dict[str, tuple[str, bool]] = {}
    cache = word_cache(pack.language)
    # A disputed law or tax in a hashtag is a side taken: "#Brexit", "#loi96".
    named = (("weak", False), ("phrases", True), ("people", True), ("disputed", True))
    for rule in pack.rules.values():
        for name, is_strong in named:
            for word in _single_words(rule.options, name):
                if not word.lstrip("=").isalnum():
                    continue  # "re-election", "49.3": not one word of a hashtag ("indyref2" is)
                if name == "disputed" and len(word.lstrip("=")) < 4:
                    continue  # the union "SUD" is not the "Sud" of "#RiveSud"
                forms = cache.forms(word.lstrip("="))
                key = "=" + forms.fold if word.startswith("=") else forms.key
                words[key] = (rule.id, is_strong)
    return words


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
_COVER_KEYS: dict[
    tuple[str, str, str], tuple[tuple[tuple[frozenset[str], ...], frozenset[str] | None], ...]
] = {}


@lru_cache(maxsize=64)
def _declared_phrases(topics: tuple[str, ...], profession: str) -> tuple[frozenset[str], ...]:
    """`declared_keys` of each declared topic, and of the profession, apart."""
    return tuple(
        keys
        for keys in (
            *(declared_keys((topic,), "") for topic in topics),
            declared_keys((), profession),
        )
        if keys
    )


def _covered(
    pack: Pack, rule: Rule, declared: tuple[frozenset[str], ...], option: str = "covers"
) -> bool:
    """A subject is the author's own when a declared topic names it (or one of its words).

    A covering phrase of several words needs all of them in one topic: "public health" covers
    a public health officer, not every author whose topics say "health", nor one whose topics
    are "climat social" and « relations au travail » for « relations sociales ». A word marked
    "!" covers only as a whole topic: "defence" is a defence analyst's, "criminal defence" is
    not war.
    """
    if not declared:
        return False
    cache_key = (pack.language, rule.id, option)
    phrases = _COVER_KEYS.get(cache_key)
    if phrases is None:
        words = [*cast(list[str], rule.options.get(option, []))]
        if option == "covers":
            words += _single_words(rule.options)
            words += _single_words(rule.options, "people")
        phrases = _COVER_KEYS[cache_key] = tuple(
            (keys, declared_keys((word[1:],), "") if word.startswith("!") else None)
            for word in words
            if (keys := _phrase_keys(word.lstrip("!"), pack.language))
        )
    return any(
        topic_keys == whole
        if whole is not None
        else all(not word.isdisjoint(topic_keys) for word in keys)
        for topic_keys in declared
        for keys, whole in phrases
    )


def _phrase_keys(phrase: str, language: str) -> tuple[frozenset[str], ...]:
    """One set of keys per meaningful word of a covering phrase."""
    exact = phrase.startswith("=")  # "=primaries" names the vote, not "primary care"
    return tuple(
        frozenset((token.fold,) if exact else (token.key, token.fold))
        for token in tokenize(phrase.lstrip("="), language)
        if _meaningful(token, language)
    )


def _single_words(options: Any, name: str = "phrases") -> Iterable[str]:
    """The words of a subject's one-word phrases in list `name` ("vote", "=élus|=élue")."""
    for phrase in options.get(name, []):
        words = str(phrase).split()
        if len(words) == 1 and not words[0].startswith(("~", "*")):
            yield from words[0].rstrip("?").split("|")


def _keys(words: Iterable[str], language: str) -> set[str]:
    keys: set[str] = set()
    for word in words:
        for token in tokenize(word, language):
            if _meaningful(token, language):
                keys.add(token.key)
                keys.add(token.fold)
    return keys


def check_allusion(
    text: str, tokens: Tokens, pack: Pack, context: Context, found: list[Finding]
) -> list[Finding]:
    """An allusion no phrase names, weighed by the allusion model (allusion_model.py): only when
    the pack found nothing, and never for an author whose field borders on public life (a
    subject's `covers` or `expert_covers` in their topics: a tax adviser on the budget)."""
    rule = pack.rules.get(ALLUSION)
    if rule is None or any(finding.severity != "info" for finding in found):
        return []
    model = load_allusion_model()
    if model is None:
        return []
    if word_count(tokens) < MIN_WORDS:
        return []  # it learnt from whole posts: on a line or two, one word would weigh it all
    declared = _declared_phrases(context.topics, context.profession)
    if declared:
        key = (pack.language, declared)  # one look per profile: the packs don't change
        near = _BORDERS.get(key)
        if near is None:
            if len(_BORDERS) > 64:
                _BORDERS.clear()
            near = _BORDERS[key] = any(
                _covered(pack, subject, declared)
                or _covered(pack, subject, declared, "expert_covers")
                for subject in pack.rules.values()
                if subject is not rule
            )
        if near:
            return []
    probability, windows = model.reading(tokens)
    if not model.speaks(probability, (read for _, read in windows)):
        return []
    terms, starts = allusion_terms(tokens)
    if probability <= model.threshold:  # a window spoke: its own sentences hold the jab
        window, _ = max(windows, key=lambda window: window[1])
        kept = in_window(tokens, starts, window)
        terms, starts = list(compress(terms, kept)), list(compress(starts, kept))
    shares = model.shares(terms)
    sentence, cues = strongest_sentence(tokens, terms, starts, shares, pack.language)
    first, after = tokens.sentence_tokens(sentence)
    start, end = tokens.starts[first], tokens.ends[after - 1]
    while end < len(text) and text[end] in _SENTENCE_TAIL:
        end += 1  # the sentence's own stop and closing quote belong to it
    cited = (" », « " if pack.language == "fr" else "”, “").join(cues)
    because = fill(str(rule.options.get("because", "")), cues=cited) if cues else ""
    return [from_rule(text, start, end, rule, because=because)]


ALLUSION = "off_topic.allusion"
_BORDERS: dict[tuple[str, tuple[frozenset[str], ...]], bool] = {}
_SENTENCE_TAIL = frozenset(".!?…»”\"’')")


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
