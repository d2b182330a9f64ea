"""Jargon: buzzwords, trade terms a client would not know, rare words, long and hard sentences."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate, compress, pairwise, repeat
from operator import ne
from typing import cast

from .findings import from_rule
from .frequency import family_zipf, zipf
from .morphology import shapes_for
from .networks import emoji_in
from .off_topic import declared_keys
from .packs import Hit, Pack, Rule, Teaching
from .phrases import Match, PhraseIndex, Scan, compile_pattern
from .readability import ease_of, syllables
from .report import Context, Finding, Severity
from .tokens import (
    CLOSING_QUOTES,
    LETTERS_RE,
    OPENING_QUOTES,
    TITLES,
    WORD_PIECE_RE,
    PieceVerdicts,
    Token,
    Tokens,
    fold_accents,
    per_text,
    positions,
    quoted,
    sentence_spans,
    word_cache,
)


def check_jargon(
    text: str,
    tokens: Tokens,
    pack: Pack,
    context: Context,
    allowed: frozenset[str],
    scan: Scan,
) -> tuple[list[Finding], float | None]:
    """Jargon findings, and the whole post's reading ease."""
    findings: list[Finding] = []
    covered: set[int] = set()
    # « on a appelé son médecin »: a call made, not a name given (`explained_not_after`).
    unmade_after = pack.word_set("explained_not_after", accents=True)
    explanations = [
        (match.first, match.last, match.payload)
        for match in scan.of(pack.explain)
        if not _no_definition_after(tokens, match.first, match.last, pack)
        and not (match.first and tokens.texts[match.first - 1].casefold() in unmade_after)
    ]
    explained = [first for first, _, _ in explanations]
    matches = list(scan.of(pack.index))
    opened = _trades_opened(pack, context.profession, context.topics)
    if opened is not None:
        # A plumber's "bed in" is a baker's "three bed in Leeds": a trade's list reads only
        # its own trade's posts.
        matches = [m for m in matches if _reads(m.payload.rule, opened)]
    if context.own_jargon:
        own = _own_index(context.own_jargon, pack.language, _own_rule(pack))
        matches.extend(own.find(tokens))
    # The author's own profession and topics are words they chose to write about, not rarities.
    own_words = allowed | declared_keys(context.topics, context.profession)
    # …and so are the words of the same family: a « podologue » writes « podologie ».
    prefixes = _field_prefixes(context.topics, context.profession)
    # Terms in the order they are read: a term's gloss ("LCA — le ligament croisé antérieur")
    # is plain wording, so the words inside it are not more jargon.
    terms: list[tuple[int, int, int, Hit | None]] = []
    for match in _closest_forms(matches, tokens, text):
        covered.update(range(match.first, match.last + 1))
        terms.append((tokens.starts[match.first], match.first, match.last, match.payload))
    for first in _unknown_words(tokens, pack, covered, own_words, prefixes):
        terms.append((tokens.starts[first], first, first, None))
    terms.sort(key=lambda term: (term[0], -term[2]))  # the longest term first where they meet
    taught = _explained_terms(terms, explanations, pack, tokens.kinds, tokens.sentences)
    glosses: list[tuple[int, int]] = []
    # A term explained once is explained for the whole post, its earlier mentions too
    # ("« Mon DPE est en F ? » … Le DPE, c'est le diagnostic de performance énergétique").
    plain: set[str] = set()
    said_at: dict[int, str] = {}  # a finding's place in `findings`: the stems it was found by
    post_keys: set[str] = set()  # the post's word keys, for _plain_words_beside
    # A listed term that stood excused (glossed, quoted, a name) excuses the shorter terms
    # inside it: "inlay-core (faux moignon…)" leaves no "inlay" to flag.
    excused: list[tuple[int, int]] = []
    last_term: tuple[int, int, int] | None = None  # first, last, findings before it
    for start, first, last, hit in terms:
        if last_term is not None and last_term[2] == len(findings):
            excused.append(last_term[:2])
        last_term = None
        if _inside(start, glosses):
            continue
        if excused and any(
            a <= first and last <= b and (a, b) != (first, last) for a, b in excused
        ):
            continue
        # By stems: "lombalgies" is plain once « la lombalgie, c'est le mal de dos » is said.
        said = " ".join(form.key for form in tokens.forms[first : last + 1])
        if hit is None:
            token = tokens[first]
            if (
                _in_address(text, token)
                or _on_address_line(text, token)
                or _region_after_town(text, tokens, first)
                or _named_place(tokens, first, pack)
                or _a_postcode(tokens, first, pack)
                or _keyword_in_quotes(text, token, pack)
                or _foreign_in_quotes(tokens, token, pack)
            ):
                continue  # "mysite" in "mysite.com/menu" is an address, not a word of the post
            if _a_name(text, tokens, first) or _a_dish(tokens, first, pack):
                continue
            if _shorthand(token.text) and (
                _MODEL_RE.match(text, token.end)  # "a Yamaha MT-07": a model's name
                or _an_organisation(tokens, first, pack)
            ):
                continue
            if (
                _glossed(text, token.end, glosses)
                or _restated(text, token.start, token.end, glosses)
                or _named_in_brackets(text, token.start, token.end)
                or (first, first) in taught
                or _spelled_out(text, token, glosses)
            ):
                plain.add(said)
            else:
                said_at[len(findings)] = said
                findings.append(_word_finding(text, token, pack))
            continue
        last_term = (first, last, len(findings))
        word = tokens.texts[first]
        if (
            first == last
            and word[:1].isupper()
            and not tokens.firsts[first]
            and not (_shorthand(word) or _letter_digit(word))
            and not hit.named
            and not _after_emoji(tokens, first)
        ):
            continue  # "à Dole", "chez Caries & Co": a capital mid-sentence makes it a name
        if first == last and _shorthand(word) and _an_organisation(tokens, first, pack):
            continue  # "ECG says the lights are back": Ghana's power company, not a heart test
        if (
            first == last
            and hit.rule.options.get("professions")
            and (_shorthand(word) or _letter_digit(word))
            and _letters_at_ease(tokens, first, pack)
        ):
            continue  # a trade list's letters read as the acronym rule reads them: "R32 each"
        # Office talk stays office talk when explained: only trade terms may be ("explainable").
        explainable = hit.rule.options.get("explainable", True)
        if not explainable and any(
            match.first <= first and last <= match.last for match in scan.of(pack.literal)
        ):
            continue  # "tournez le levier une fois par mois": a lever, not office talk
        if explainable and (
            _glossed(text, tokens.ends[last], glosses)
            or _restated(text, start, tokens.ends[last], glosses)
            or _named_in_brackets(text, start, tokens.ends[last])
            or _plain_words_beside(tokens, first, last, hit.suggestion, pack, post_keys)
        ):
            plain.add(said)
            continue
        if first == last and _spelled_out(text, tokens[first], glosses):
            plain.add(said)
            continue
        if explainable and _declared(tokens, first, last, own_words, prefixes):
            continue  # "détartrage" for a dentist whose topics say "détartrage"
        if (not explainable or hit.rule.options.get("mocked_when_quoted")) and quoted(
            tokens, tokens.starts[first], tokens.ends[last]
        ):
            continue  # "Nobody reads 'innovative solutions'": office talk held up, not used
        if explainable and (first, last) in taught:
            plain.add(said)
        else:
            said_at[len(findings)] = said
            findings.append(_finding(text, tokens, first, last, hit))
    if plain:
        findings = [
            f
            for n, f in enumerate(findings)
            if not _taught(said_at.get(n), plain) and not _inside(f.start, glosses)
        ]
    findings = _foreign_phrases_dropped(findings, tokens)
    findings = _salutations_dropped(findings, tokens, pack)
    _rare_words_alone_are_hints(findings)
    for first, last in _buzz_compounds(text, tokens, pack, covered):
        if quoted(tokens, tokens.starts[first], tokens.ends[last]):
            continue  # "asked me to 'leverage a human-centric ecosystem'": mocked, not used
        if not _is_explained(first, last, explained, pack):
            findings.append(_compound_finding(text, tokens, first, last, pack))
    sentence_findings, ease = _sentences(text, tokens, pack)
    findings.extend(sentence_findings)
    return findings, ease


def _trades_opened(pack: Pack, profession: str, topics: tuple[str, ...]) -> frozenset[str] | None:
    """The rules with `professions` that the author's profession and topics open (a lawyer
    whose topics say "wills" reads the wills trade's words too):
    none when they name no trade the rules know (a trade's words are a false alarm in another
    trade's post far more often than a catch), and None, every rule, for an author who says
    nothing of their trade."""
    memo = pack.memo("trades_opened")
    key = "\x1f".join((profession, *topics))
    if key in memo:
        return cast(frozenset[str] | None, memo[key])
    gated = [
        (rule.id, tuple(str(p) for p in rule.options["professions"]))
        for rule in pack.rules.values()
        if rule.options.get("professions")
    ]
    found: frozenset[str] | None = None if not (profession.strip() or topics) else frozenset()
    for said in (profession, " ".join(topics)) if gated else ():
        words = f" {' '.join(LETTERS_RE.findall(fold_accents(said.casefold())))} "
        opened = frozenset(
            rule_id for rule_id, prefixes in gated if any(f" {p}" in words for p in prefixes)
        )
        if opened:
            found = opened | (found or frozenset())
    memo[key] = found
    return found


def _reads(rule: Rule, opened: frozenset[str]) -> bool:
    return rule.id in opened or not rule.options.get("professions")


def _taught(said: str | None, plain: set[str]) -> bool:
    """Whether a term's stems were explained somewhere in the post, or the words that make it
    one were: "the RAW files", « les fichiers RAW » are plain once "the RAW, that's the
    digital negative" is said."""
    if said is None:
        return False
    return said in plain or any(f" {taught} " in f" {said} " for taught in plain)


def _foreign_phrases_dropped(findings: list[Finding], tokens: Tokens) -> list[Finding]:
    """ "Diolch yn fawr", « Misaotra betsaka », "bas pyaaz tak nahi pahunche": rare words at
    most two words apart in a sentence are a phrase in the readers' other language (a greeting,
    a saying) or a list of local things, not trade talk, which names one thing at a time."""
    rare = [n for n, f in enumerate(findings) if f.rule == "jargon.rare-word"]
    if len(rare) < 2:
        return findings
    starts, sentences = tokens.starts, tokens.sentences
    at = [bisect_left(starts, findings[n].start) for n in rare]
    foreign: set[int] = set()
    for (n, i), (m, j) in pairwise(zip(rare, at, strict=True)):
        if j - i <= 3 and sentences[i] == sentences[j]:
            foreign.update((n, m))
    if not foreign:
        return findings
    return [f for n, f in enumerate(findings) if n not in foreign]


def _salutations_dropped(findings: list[Finding], tokens: Tokens, pack: Pack) -> list[Finding]:
    """A rare word that greets or thanks in the readers' other language: alone in a short
    sentence that opens or closes the post, stands on its own line or ends in "!" ("Bore da
    pawb!", "Kia ora koutou 🐝", « Jambo wazazi ! »), or opening a thank-you ("Medaase to
    everyone who came", « Tanemmirt à tous ceux qui… »). A word shaped like a trade term
    ("Gingivitis!") stays one."""
    rare = [n for n, f in enumerate(findings) if f.rule == "jargon.rare-word"]
    if not rare:
        return findings
    text, starts, ends, kinds = tokens.text, tokens.starts, tokens.ends, tokens.kinds
    shapes = shapes_for(pack.settings)
    limit = int(pack.setting("salutation_words", 7))
    thanks = [tuple(fold_accents(p.casefold()).split()) for p in pack.setting("thanks_targets", [])]
    dropped: set[int] = set()
    for n in rare:
        i = bisect_left(starts, findings[n].start)
        if i >= len(tokens) or shapes.limit(tokens.forms[i].norm):
            continue
        lo, hi = _sentence_of(tokens, i)
        if kinds[lo:hi].count("word") <= limit:
            exclaimed = _ends_in_bang(tokens, hi)
            # A headline names its term among everyday words ("Bruxism explained.", "Bruxism
            # awareness month!"); a greeting has none but whom it greets ("Oli otya, parents!").
            plain = _everyday_words(tokens, lo, hi, i, pack)
            if (
                plain <= exclaimed
                and (
                    exclaimed
                    or lo == 0  # the post's first sentence, or its last
                    or hi == len(tokens)
                    or (
                        "\n" in text[ends[lo - 1] : starts[lo]]  # a line of its own
                        and "\n" in text[ends[hi - 1] : starts[hi]]
                    )
                )
            ):
                dropped.add(n)
                continue
        if i - lo <= 1 and thanks:
            # (one word may come between: "Asanteni sana to all", "Webale nnyo to all")
            folds = tuple(form.fold for form in tokens.forms[i + 1 : i + 5])
            if any(
                target in (folds[: len(target)], folds[1 : len(target) + 1]) for target in thanks
            ):
                dropped.add(n)
    return [f for n, f in enumerate(findings) if n not in dropped] if dropped else findings


def _everyday_words(tokens: Tokens, lo: int, hi: int, skip: int, pack: Pack) -> int:
    """How many words of tokens lo…hi (but `skip`) are everyday words of the pack's language,
    not counting short ones, names, and whom a greeting addresses ("everyone", « les amis »)."""
    addressed = pack.word_set("addressed_words")
    count = 0
    for k in range(lo, hi):
        form = tokens.forms[k]
        if k == skip or tokens.kinds[k] != "word" or len(form.norm) < 4 or form.fold in addressed:
            continue
        if tokens.texts[k][:1].isupper() and k != lo:
            continue  # "Goeie môre, Pretoria!"
        if zipf(form.norm, pack.language) >= 3.0:
            count += 1
    return count


def _rare_words_alone_are_hints(findings: list[Finding]) -> None:
    """Rare words with no trade term beside them ("gypsophila", « vermifuger », a Jamaican
    carpenter's "likkle" and "grandpickney") are more often words the readers can place than
    trade talk, which comes with terms: hints, not warnings, however many."""
    if findings and all(f.rule == "jargon.rare-word" for f in findings):
        findings[:] = [replace(f, severity="info") for f in findings]


def _closest_forms(matches: list[Match[Hit]], tokens: Tokens, text: str) -> list[Match[Hit]]:
    """Of several terms matching the same words ("condition suspensive" and its plural), keep
    the one written like the text, so the plainer wording agrees with it."""
    chosen: dict[tuple[int, int], Match[Hit]] = {}
    for match in matches:
        span = (match.first, match.last)
        written = text[tokens.starts[match.first] : tokens.ends[match.last]].casefold()
        if span not in chosen or _plain_source(match.pattern) == written.replace("’", "'"):
            chosen[span] = match
    return list(chosen.values())


def _plain_source(pattern: str) -> str:
    """A term as the text would write it: "=leverages" is "leverages"."""
    return pattern.casefold().replace("’", "'").replace("=", "").replace("~", "")


def _finding(text: str, tokens: Tokens, first: int, last: int, hit: Hit) -> Finding:
    start, end = tokens.starts[first], tokens.ends[last]
    return from_rule(
        text, start, end, hit.rule, hit.suggestion, replacement=_replacement(text, start, end, hit)
    )


def _replacement(text: str, start: int, end: int, hit: Hit) -> str | None:
    """What Apply writes for a listed term, or None where the wording would not read there.
    A trade's word stays, explained in brackets as the writer would ("pericoronitis (infected
    gum around a wisdom tooth)"), which reads whatever the sentence; office talk gives way to
    its wording, but only in the form the list writes and where the words before still agree."""
    plain = hit.suggestion
    if not plain or plain.endswith("…") or "/" in plain:
        return None  # an idea to word ("a new way to…"), not words to put in
    matched = text[start:end]
    if hit.rule.options.get("explainable", True):
        return None if plain.casefold() == matched.casefold() else f"{matched} ({plain})"
    # The same draft is read again on every pause in typing: its terms come back unchanged.
    # (A pack's hits live as long as the pack, so their id is theirs.)
    key = (id(hit), text[max(0, start - 12) : end], min(start, 12))
    written = _REPLACEMENTS.get(key, _UNKNOWN)
    if written is _UNKNOWN:
        if len(_REPLACEMENTS) > _REPLACEMENTS_LIMIT:
            _REPLACEMENTS.clear()
        written = _REPLACEMENTS[key] = _office_talk_replaced(text, start, matched, plain, hit)
    return cast(str | None, written)


_REPLACEMENTS: dict[tuple[int, str, int], object] = {}
_UNKNOWN = object()
_REPLACEMENTS_LIMIT = 20_000


def _office_talk_replaced(text: str, start: int, matched: str, plain: str, hit: Hit) -> str | None:
    if " ".join(matched.replace("’", "'").casefold().split()) != hit.form:
        return None  # "leverages": "use" would need inflecting; "deep-dive" may be an adjective
    if "-" in matched and not _BEFORE_ITS_NOUN_RE.match(text, start + len(matched)):
        return None  # "working end-to-end": the wording of an adjective fits before its noun
    first_word = plain.split()[0].casefold()
    if first_word in _CLAUSE_OPENERS:
        return None  # "that puts clients first" does not stand where an adjective stood
    before = _WORD_BEFORE_RE.search(text, max(0, start - 12), start)
    if before is not None and not _agrees(before.group(1).casefold(), first_word):
        return None  # "an end-to-end" → "an from start to finish", « l'ce que… »
    if matched[:1].isupper() and not matched.isupper():
        plain = plain[:1].upper() + plain[1:]
    return plain


# A hyphenated term followed by a word that is not a link word ("an end-to-end, fast service").
_BEFORE_ITS_NOUN_RE = re.compile(
    r",?[^\S\n]+(?!(?:so|to|and|or|but|for|with|from|across|in|on|at|by|of|as|than|that|which"
    r"|et|ou|mais|pour|avec|de|du|des|à|au|aux|en|dans|sur|par|que|qui)\b)[^\W\d_]",
    re.IGNORECASE,
)
# Wordings that open a clause of their own: they need the sentence reworded.
_CLAUSE_OPENERS = frozenset("that which who what qui que ce i we you je on nous vous".split())
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+['’]?)[^\S\n]*$")
_DETERMINERS = frozenset(
    "a an the our your my their his her its this these those le la les un une des du de "
    "notre nos votre vos mon ma mes leur leurs son sa ses ce cet cette ces".split()
)
_VOWEL_START_RE = re.compile(r"[aeiouyàâéèêëîïôœùûh]", re.IGNORECASE)


_ELISIONS = ("'", "’")  # « l'INR », « d'APL »


def _agrees(before: str, first_word: str) -> bool:
    """Whether the word before a replaced term still fits the wording's first word."""
    vowel = _VOWEL_START_RE.match(first_word) is not None
    if before == "a":
        return not vowel or first_word.startswith(("u", "h"))
    if before == "an":
        return vowel and not first_word.startswith(("h", "u"))
    if before.endswith(_ELISIONS):
        return vowel  # « l'expérience » keeps its elision only before a vowel
    if before in ("le", "la", "de", "que", "ce"):
        return not vowel or first_word.startswith("h")
    return before not in _DETERMINERS or first_word not in _DETERMINERS


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


def _no_definition_after(tokens: Tokens, first: int, last: int, pack: Pack) -> bool:
    """Whether an explanation's closing article starts a degree instead ("c'est le DFG qui est
    un peu bas", "the ALT, which is a bit high"): no definition follows, unless a likeness
    does (« qui est un peu la carte grise du logement », "a bit like a bruise"); nor does one
    when a consequence follows ("which means less wear", "it also means I…")."""
    following = last + 1
    if not (following < len(tokens) and tokens.sentences[following] == tokens.sentences[last]):
        return False
    word = tokens.forms[following].fold
    consequences = pack.word_set("consequence_after")
    if tokens.forms[last].fold in pack.word_set("consequence_verbs") and (
        word in consequences
        or any(  # "it also means", "also means"
            tokens.forms[k].fold in consequences and tokens.sentences[k] == tokens.sentences[last]
            for k in range(max(0, first - 2), last)
        )
        or (
            word in pack.word_set("consequence_articles")
            and following + 1 < len(tokens)
            and tokens.forms[following + 1].fold in consequences
        )
    ):
        return True  # "on SRT, which means less wear", "that means a faster turnaround"
    if word not in pack.word_set("degree_after_article"):
        return False
    after = following + 1
    return not (
        after < len(tokens)
        and tokens.sentences[after] == tokens.sentences[last]
        and tokens.forms[after].fold in pack.word_set("likeness_after_degree")
    )


def _explained_terms(
    terms: list[tuple[int, int, int, Hit | None]],
    explanations: list[tuple[int, int, Teaching]],
    pack: Pack,
    kinds: Sequence[str],
    sentences: Sequence[int],
) -> set[tuple[int, int]]:
    """The terms an explanation teaches: each one ("in other words", "we call it") explains the
    term closest to it, before or after (one that says what a word means, "which means", only
    a term before it), not every term around: "the CBCT showed bruxism, which means grinding"
    still leaves "CBCT" unexplained. A term after it is the one it
    names only in its own sentence ("what we call a crown"): "the kids called it 'the hole'.
    Inside, the serpentine springs…" teaches nothing of the springs."""
    if not explanations:
        return set()
    after = int(pack.setting("explain_window_after", 25))
    before = int(pack.setting("explain_window_before", 8))
    spans = [
        (first, last)
        for _, first, last, hit in terms
        if hit is None or hit.rule.options.get("explainable", True)
    ]
    taught: set[tuple[int, int]] = set()
    for begin, end, (across, ahead) in explanations:
        # (words between, 0 for a term before the explanation and 1 after, the term): the
        # closest wins, and a tie goes to the term before ("bruxism, which means…").
        near: list[tuple[int, int, tuple[int, int]]] = []
        for first, last in spans:
            if (
                last < begin
                and begin - last <= after
                and (across or sentences[last] == sentences[begin])
            ):
                near.append((begin - last, 0, (first, last)))
            elif (
                ahead
                and first > end
                and first - end <= before
                and sentences[first] == sentences[end]
            ):
                near.append((first - end, 1, (first, last)))
            elif first <= end and last >= begin:
                near.append((0, 0, (first, last)))
        if near:
            taught.add(min(near)[2])
    # A term followed only by another one is named twice ("the LTV — loan-to-value, meaning…"):
    # explaining the second explains both.
    for first, last in sorted(spans, reverse=True):
        if (first, last) not in taught and any(
            0 < begin - last <= 2 and "word" not in kinds[last + 1 : begin] for begin, _ in taught
        ):
            taught.add((first, last))
    # A term inside a taught one is taught with it ("amortization" in "the amortization
    # schedule, which means…").
    taught.update(
        (first, last) for first, last in spans if any(a <= first and last <= b for a, b in taught)
    )
    return taught


def _is_explained(first: int, last: int, explained: list[int], pack: Pack) -> bool:
    """A trade word with an explanation just after (or just before) it is good teaching."""
    after = int(pack.setting("explain_window_after", 25))
    before = int(pack.setting("explain_window_before", 8))
    return any(first - before <= at <= last + after for at in explained)


# What a word is, as far as rarity goes (worked out once per distinct word, see _verdict).
_PLAIN, _ACRONYM, _RARE, _RARE_CAPITALISED = 0, 1, 2, 3


def _unknown_words(
    tokens: Tokens,
    pack: Pack,
    covered: set[int],
    allowed: frozenset[str],
    prefixes: tuple[str, ...] = (),
) -> list[int]:
    """Indexes of words no list explains that a client may not know: trade acronyms ("CBT")
    and words rare in everyday language; capitalised names are skipped."""
    verdicts: dict[str, int] = pack.memo("rarity")
    found: list[int] = []
    seen: set[str] = set()
    # Most words are plain: a comprehension keeps only the others (and words not seen yet).
    kinds = tokens.kinds
    texts = tokens.texts
    # (a C-level map: a word seen before costs one look-up; an unseen one reads as -1, to visit)
    marks = map(verdicts.get, texts, repeat(-1, len(texts)))
    for i in compress(range(len(texts)), marks):
        if kinds[i] != "word":
            continue
        token = tokens[i]
        verdict = verdicts.get(token.text)
        if verdict is None:
            verdict = verdicts[token.text] = _verdict(token, pack)
        if verdict == _PLAIN or i in covered:
            continue
        if token.norm in seen or token.fold in allowed or token.key in allowed:
            continue
        if prefixes and token.fold.startswith(prefixes):
            continue
        if "_" in tokens.text[max(0, token.start - 1) : token.end + 1]:
            continue  # part of a file's name: "TRESO_v12_final.xlsx"
        if verdict == _ACRONYM:
            # Trade shorthand ("CBT", "EBE"), not a shouted word ("CALL NOW", "YES"), nor a
            # sum of money ("R18,000", "Rs 500" is two words; "EC$5", "TT$250", "HK$80").
            if _letters_at_ease(tokens, i, pack):
                continue
        elif verdict == _RARE_CAPITALISED and (not token.first or _exclaimed(tokens, i)):
            continue  # a name ("Dr Okafor", "Lyon"), or a greeting ("Diolch!", « Misaotra ! »)
        seen.add(token.norm)
        found.append(i)
    return found


def _letters_at_ease(tokens: Tokens, i: int, pack: Pack) -> bool:
    """Whether capitals or letters with digits are no trade shorthand where they stand: shouted
    ("CALL NOW"), a sum ("R32 each", "EC$5": the dollar's country), a road, a unit after a
    number."""
    return (
        _shouting_run(tokens, i)
        or _amount(tokens, i, pack)
        or _road(tokens, i, pack)
        or _after_a_number(tokens, i)
        or tokens.text[tokens.ends[i] : tokens.ends[i] + 1] in _CURRENCY_SIGNS
        or _listed_with_names(tokens, i)
        or _regnal(tokens, i)
    )


# A Roman numeral up to 39: a king's or a type's number ("Louis XV", "Type II"), a test's
# edition after a hyphen ("WISC-V", "WAIS-IV").
_NUMERAL_RE = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


def _regnal(tokens: Tokens, i: int) -> bool:
    """A Roman numeral right after a capitalised name is its number, not shorthand: "Louis XV",
    "Elizabeth II", « Jean-Paul II », "Type II"."""
    word = tokens.texts[i]
    if not word or not _NUMERAL_RE.fullmatch(word) or i == 0 or _joint(tokens, i - 1, i) != "":
        return False
    name = tokens.texts[i - 1]
    return tokens.kinds[i - 1] == "word" and name[:1].isupper() and name[1:].islower()


# What joins the items of a list: a comma, "&", a slash, or one of these words.
_LIST_WORDS = frozenset(("and", "or", "et", "ou"))


def _listed_with_names(tokens: Tokens, i: int) -> bool:
    """Whether capitals stand in a list of names, item next to item: places one delivers to
    ("Lekki, Ajah and VI", "GEC, Agrabad, Nasirabad"), not trade shorthand. One name beside
    them is not a list ("For Max, GA was the safest option")."""
    names = 0
    for step in (-1, 1):
        k = i
        while True:
            joined = _list_item(tokens, k, step)
            if joined is None:
                break
            k = joined
            word = tokens.texts[k]
            if not (word[:1].isupper() and word.isalpha() and not tokens.firsts[k]):
                break
            if not word.isupper():
                names += 1
    return names >= 2


def _list_item(tokens: Tokens, k: int, step: int) -> int | None:
    """The next item of a list from token k, in direction `step`: one word away across a
    comma, "&" or a slash, or two across a list word ("and", « et »); None when none."""
    joint = _joint(tokens, k, k + step)
    if joint in (",", "&", "/"):
        item = k + step
    elif (
        joint == ""
        and tokens.forms[k + step].fold in _LIST_WORDS
        and _joint(tokens, k + step, k + 2 * step) == ""
    ):
        item = k + 2 * step
    else:
        return None
    return item if tokens.kinds[item] == "word" else None


def _joint(tokens: Tokens, a: int, b: int) -> str | None:
    """What stands between two neighbouring tokens of one sentence, spaces trimmed; None when
    either is missing or the sentence ends between them."""
    a, b = min(a, b), max(a, b)
    if not 0 <= a < b < len(tokens) or tokens.sentences[a] != tokens.sentences[b]:
        return None
    return tokens.text[tokens.ends[a] : tokens.starts[b]].strip()


def _verdict(token: Token, pack: Pack) -> int:
    """Whether a written word, wherever it stands, may be a trade acronym or a rare word."""
    word = token.text
    acronyms = pack.setting("common_acronyms", [])
    if _letter_digit(word):
        # "B12", "HbA1c", "PM2", "T4": a lab value or a norm, unless everyone knows it ("A4").
        known = token.fold in acronyms or (token.fold[-1] == "s" and token.fold[:-1] in acronyms)
        return _PLAIN if known else _ACRONYM  # "the U11s" are the U11
    if _BRAND_RE.fullmatch(word):
        return _PLAIN  # "eFiling", "iPhone", "eCitizen": a product's name, not a trade's word
    shorthand = _shorthand(word)
    if shorthand and _ROMAN_RE.fullmatch(word):
        return _PLAIN  # "Louis XIV", "le XIXe siècle", "Henry VIII"
    if shorthand:
        if (
            2 <= len(shorthand) <= 6
            and shorthand.isalpha()
            and shorthand.casefold() not in acronyms
            # Two letters are too many things at once ("ga", "pt", "ct") for their frequency
            # to say the acronym is known: only the list does, or an everyday word stressed
            # in capitals ("I'm SO proud", "C'est LA question").
            and zipf(shorthand.casefold(), pack.language) < (5.0 if len(shorthand) == 2 else 3.8)
        ):
            return _ACRONYM
        return _PLAIN
    if not word.isalpha() or token.fold in pack.word_set("plain_words"):
        return _PLAIN
    limit = float(pack.setting("rare_below_zipf", 2.4))
    if len(word) < int(pack.setting("rare_min_length", 6)):
        # A short word ("stye", "ulna") is jargon only when hardly anyone ever writes it; a
        # capitalised one is far more often a name ("Zaina", "Kubb").
        if len(word) < int(pack.setting("short_rare_min_length", 99)) or not word.islower():
            return _PLAIN
        limit = float(pack.setting("short_rare_below_zipf", 0.0))
    if _stretched(token.norm):
        return _PLAIN  # "sooooo", "hourraaa": emphasis, not jargon
    # A word shaped like a trade term ("tonsillitis", "monetize") is jargon while still fairly
    # common; any other word only when it is rare.
    shapes = shapes_for(pack.settings)
    shaped = shapes.limit(token.norm)
    limit = max(limit, shaped)
    if family_zipf(token.norm, pack.language) >= limit:
        return _PLAIN
    if shaped and any(
        token.norm.startswith(again)
        and len(token.norm) - len(again) >= 5
        and family_zipf(token.norm[len(again) :], pack.language) >= limit
        for again in ("re", "ré", "dé", "pré", "pre")
    ):
        # « rebaptiser », « dédramatiser », « préautorisation », "reorganise": no more a trade
        # word than the word itself.
        return _PLAIN
    if not shaped and _compound(token.norm, pack.language):
        return _PLAIN  # "showerheads", "limescale": two everyday words written as one
    if not shaped and _local_word(token.norm, pack):
        return _PLAIN  # "salamat", "laksa", "tudung": everyday where English lives beside them
    # Names are skipped mid-sentence, but no name ends in "-itis": "Diagnosis: Pericoronitis".
    # One may begin like a trade term: "in Metairie".
    if word[0].isupper() and not shapes.ending_limit(token.norm):
        return _RARE_CAPITALISED
    return _RARE


_BRAND_RE = re.compile(r"[a-z][A-Z][a-z]{2,}")

# A Roman numeral of three letters or more, or an ordinal ("XIXe", "IIIe"), below 100: two
# letters are too often an acronym ("IV" drip, "CV"), and so are hundreds ("CCC", "CLI").
_ROMAN_RE = re.compile(
    r"(?=[IVXLC]{3}|[IVXLC]+(?:e|er|ère|ème|es|th|st|nd|rd)$)(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
    r"(?:e|er|ère|ème|es|th|st|nd|rd)?"
)


def _exclaimed(tokens: Tokens, i: int) -> bool:
    """Whether a word opens a sentence of three words at most that ends in "!": a greeting or a
    thank-you in the readers' other language ("Shwmae parents!", "Karibuni!", « Akwaba ! »)."""
    _, hi = _sentence_of(tokens, i)
    return hi - 1 - i < 3 and _ends_in_bang(tokens, hi)


def _sentence_of(tokens: Tokens, i: int) -> tuple[int, int]:
    """The tokens lo…hi (hi excluded) of token i's sentence."""
    return tokens.sentence_tokens(tokens.sentences[i])


def _ends_in_bang(tokens: Tokens, hi: int) -> bool:
    """Whether the sentence whose tokens end before `hi` ends in "!"."""
    end = tokens.ends[hi - 1]
    return "!" in tokens.text[end : end + 3]


def _local_word(word: str, pack: Pack) -> bool:
    """Whether a word is an everyday one in a language the post's readers speak beside the
    pack's (Filipino, Malay and Indonesian beside English): a greeting or a dish."""
    floor = float(pack.setting("neighbour_zipf", 3.0))
    neighbours = cast(list[str], pack.setting("neighbour_languages", []))
    return any(zipf(word, language) >= floor for language in neighbours)


def _compound(word: str, language: str) -> bool:
    """Whether a word is two everyday words of three letters or more written together."""
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if (
            zipf(head, language) >= 3.5
            and max(zipf(tail, language), zipf(tail[:-1], language) if tail.endswith("s") else 0.0)
            >= 3.5
        ):
            return True
    return False


def _an_organisation(tokens: Tokens, i: int, pack: Pack) -> bool:
    """Whether an acronym names a body rather than a trade term: it announces ("KPLC has
    announced…", « la SENELEC annonce… »), speaks with nothing before it ("ECG says…"; "the
    EPC says" is a certificate's reading), sends a statement ("a statement from the NCDC"), or
    heads a utility's name ("NI Water", "PNG Power") or shares a sentence with a power cut
    (`utility_context`: "ECG took the light again"). Documents confirm and are quoted
    too ("the MRI confirmed", « selon le PLU »): those stay terms."""
    sentences, forms = tokens.sentences, tokens.forms
    same = sentences[i]
    # "ECG took the light again": the company, not the test; but an "EMDR light bar" is a lamp.
    context, lamp = pack.word_set("utility_context"), pack.word_set("utility_context_not_beside")
    lo, hi = _sentence_of(tokens, i)
    if any(
        forms[k].fold in context and not (k == i + 1 and forms[k].fold in lamp)
        for k in range(lo, hi)
        if k != i
    ):
        return True
    before = [forms[k].fold for k in range(max(0, i - 3), i) if sentences[k] == same]
    after = [forms[k].fold for k in range(i + 1, min(i + 4, len(tokens))) if sentences[k] == same]
    if before and before[-1] in pack.word_set("voiced_owners"):
        return False  # "your ECG says": a reading
    bare = not before or before[-1] not in pack.word_set("voiced_articles")
    if after:
        aux = pack.word_set("voiced_aux")
        verb = next((fold for fold in after if fold not in aux), "")  # "has just confirmed"
        if verb in pack.word_set("voiced_after") or (bare and verb in pack.word_set("voiced_bare")):
            return True
        if tokens.texts[i + 1][:1].isupper() and after[0] in pack.word_set("utility_words"):
            return True
    if before and not bare:
        before.pop()
    if before and before[-1] in pack.word_set("schooled_from"):
        # "studied pharmacy at UTAS", « diplômée de l'ULB »: where someone trained (close by:
        # "we studied the results of the MRI" names no school).
        schooling = pack.word_set("schooling_words")
        if any(forms[k].fold in schooling for k in range(max(0, i - 4), i) if sentences[k] == same):
            return True
    if i + 1 < len(tokens) and tokens.texts[i + 1][:1].isdigit():
        return False  # "according to IFRS 9": a standard, quoted as one
    for phrase in pack.setting("voiced_before", []):
        words = fold_accents(str(phrase).casefold()).split()
        if words and before[-len(words) :] == words:
            return True
    return False


def _shouting_run(tokens: Tokens, i: int) -> bool:
    """Whether a capitalised word sits next to another one ("BOOK NOW"): that's shouting. A
    Roman numeral joined after it by a hyphen is a test's edition ("WISC-V", "WAIS-IV"); two
    letters before one read as a model's name all the same ("CR-V"). A numeral after a
    lower-case word is a grade ("a grade II ATFL")."""
    for k in (i - 1, i + 1):
        if 0 <= k < len(tokens) and tokens.kinds[k] == "word" and tokens.texts[k].isupper():
            if tokens.texts[k] == "I" and k + 1 < len(tokens) and tokens.texts[k + 1].islower():
                continue  # "under our PGD I could…": the pronoun, not a shout
            if (
                k == i - 1
                and len(tokens.texts[k]) == 1
                and tokens.text[tokens.ends[k] : tokens.starts[i]] in _ELISIONS
                and not (k > 0 and tokens.texts[k - 1].isupper() and tokens.kinds[k - 1] == "word")
            ):
                continue  # « L'INR » opens a sentence: an article (« À PATTE D'OIE » shouts)
            if k == i + 1 and any(map(str.isdigit, tokens.texts[k])) and not tokens.hyphen_joins(i):
                continue  # "IRVE P1", "EYLF V2.0": a level or a version, not a shout
            if (
                k == i + 1
                and len(tokens.texts[i]) >= 3
                and _NUMERAL_RE.fullmatch(tokens.texts[k])
                and tokens.hyphen_joins(i)
            ):
                continue
            if (
                k == i - 1
                and len(tokens.texts[k]) >= 2
                and _NUMERAL_RE.fullmatch(tokens.texts[k])
                and k > 0
                and tokens.texts[k - 1].islower()
            ):
                continue  # "a grade II ATFL", "type II DM": a grade, then the shorthand
            if tokens.sentences[k] == tokens.sentences[i]:
                return True
    return False


def _a_name(text: str, tokens: Tokens, i: int) -> bool:
    """Whether a capitalised rare word opening a sentence is a name all the same: written with
    a capital inside ("BrightSmile"), followed by another capitalised word ("Harbourview
    Realty"), or capitalised again elsewhere in the post, mid-sentence."""
    word = tokens.texts[i]
    if not word[:1].isupper() or _shorthand(word):
        return False  # "SCPIs" is shorthand
    if _after_title(text, tokens.starts[i]):
        return True
    if len(word) >= 5 and word.isalpha() and any(ch.isupper() for ch in word[1:]):
        return True  # not "HbA1c" or "SaaS": shorthand
    k = i + 1
    if k < len(tokens) and tokens.kinds[k] == "word" and tokens.sentences[k] == tokens.sentences[i]:
        if tokens.texts[k][:1].isupper():
            return True
    texts = tokens.texts
    if texts.count(word) < 2:  # a C count: most rare words are written once
        return False
    return any(at != i and not tokens.firsts[at] for at in positions(texts, word))


@lru_cache(maxsize=64)
def _field_prefixes(topics: tuple[str, ...], profession: str) -> tuple[str, ...]:
    """The stems, cut by hand, of the long words of the author's profession and topics:
    "podologue" → "podolo", which "podologie" also starts with, "kinésithérapeute" →
    "kinesitherap", which "kinésithérapie" also does."""
    words = {
        fold_accents(word.casefold())
        for phrase in (*topics, profession)
        for word in re.findall(r"[^\W\d_]{7,}", phrase)
    }
    cuts = {word[: max(6, len(word) - 3)] for word in words}
    cuts.update(word[: word.rindex("eute")] for word in words if word.endswith(("eute", "eutes")))
    return tuple(sorted(cuts))


def _declared(
    tokens: Tokens,
    first: int,
    last: int,
    own_words: frozenset[str],
    prefixes: tuple[str, ...] = (),
) -> bool:
    """Whether every word of a term is among the author's declared topics (or allow-list), or
    of the same family as a word of them (`prefixes`)."""
    if not own_words and not prefixes:
        return False
    words = [
        forms
        for k, (forms, kind) in enumerate(
            zip(tokens.forms[first : last + 1], tokens.kinds[first : last + 1], strict=True)
        )
        if kind == "word" and (len(forms.fold) > 2 or _hyphened(tokens, first + k))
    ]
    return bool(words) and all(
        f.key in own_words or f.fold in own_words or (prefixes and f.fold.startswith(prefixes))
        for f in words
    )


def _hyphened(tokens: Tokens, i: int) -> bool:
    """Whether a word is joined to the next or the last one by a hyphen: the "co" of
    "co-insurance" is part of the term, not a small word beside it."""
    return tokens.hyphen_joins(i) or tokens.hyphen_joins(i - 1)


def _in_address(text: str, token: Token) -> bool:
    """Whether a word is glued into a web or file address: "mysite.com", "bit.ly/xYz"."""
    before = text[token.start - 1] if token.start else " "
    after = text[token.end : token.end + 2]
    return (before in "./@" and token.start > 1 and not text[token.start - 2].isspace()) or (
        len(after) == 2 and after[0] in "./" and after[1].isalpha()
    )  # "PM2.5" is a number after a dot, not an address


def _on_address_line(text: str, token: Token) -> bool:
    """ "📍 SM North, QC", « 📍 Marché HLM, cantine 42 », "Address: Unit 4, KCCA Rd": a line
    that gives the address names places, whatever their letters."""
    line = text[text.rfind("\n", 0, token.start) + 1 : token.start].lstrip()
    return line.startswith(_ADDRESS_MARKS)


_ADDRESS_MARKS = ("📍", "📌", "🏠", "🏢", "Address", "address", "Adresse", "adresse", "Location")


# "Tampa, FL?", "Austin, TX 78701", "Kingston, ON.": two or three capitals after a town and a
# comma, ending the phrase, are its state or province.
_REGION_END_RE = re.compile(r"[^\S\n]*(?:$|[.,;:!?)\n]|\d)")


def _region_after_town(text: str, tokens: Tokens, i: int) -> bool:
    word = tokens.texts[i]
    return (
        2 <= len(word) <= 3
        and word.isupper()
        and i > 0
        and tokens.texts[i - 1][:1].isupper()
        and tokens.kinds[i - 1] == "word"
        and text[tokens.ends[i - 1] : tokens.starts[i]] == ", "
        and _REGION_END_RE.match(text, tokens.ends[i]) is not None
    )


def _named_place(tokens: Tokens, i: int, pack: Pack) -> bool:
    """Capitals beside a word for a place or a service people use ("the GAA pitch", "an OHIP
    card", « le pont HKB », « le bus de la STIB » is not: `place_nouns`) name it: a local
    institution its readers know, not trade shorthand."""
    word = tokens.texts[i]
    if not (2 <= len(word) <= 5 and word.isupper()):
        return False
    places = pack.word_set("place_nouns")
    forms, kinds = tokens.forms, tokens.kinds
    return any(
        0 <= k < len(forms) and kinds[k] == "word" and forms[k].fold in places
        for k in (i - 1, i + 1)
    )


_POSTCODE_RE = re.compile(r"([A-Z]{1,2})\d{1,2}[A-Z]?")


def _after_emoji(tokens: Tokens, i: int) -> bool:
    """Whether an emoji stands right before the word: it closes a sentence the way a stop does
    ("à Colmar 🍞 Pointage long de 18 heures")."""
    gap = tokens.text[tokens.ends[i - 1] : tokens.starts[i]] if i > 0 else ""
    return bool(gap.strip()) and bool(emoji_in(gap))


def _a_postcode(tokens: Tokens, i: int, pack: Pack) -> bool:
    """A postcode district where a place is meant ("selling in BS7", "homes across LS6 and
    LS7", "the SW19 area"): its letters are one of `postcode_areas` and a word for a place
    stands beside it (`postcode_before`, `postcode_after`) or another district does."""
    areas = pack.word_set("postcode_areas")
    if not areas:
        return False

    def district(k: int) -> bool:
        found = _POSTCODE_RE.fullmatch(tokens.texts[k]) if 0 <= k < len(tokens) else None
        return found is not None and found.group(1).casefold() in areas

    if not district(i):
        return False
    forms, kinds, sentences = tokens.forms, tokens.kinds, tokens.sentences

    def word(k: int) -> str:
        inside = 0 <= k < len(forms) and sentences[k] == sentences[i] and kinds[k] == "word"
        return forms[k].fold if inside else ""

    return (
        word(i - 1) in pack.word_set("postcode_before")
        or word(i + 1) in pack.word_set("postcode_after")
        or any(
            district(k) and sentences[k] == sentences[i] and (k == j or word(j) in ("and", "or"))
            for k, j in ((i - 2, i - 1), (i + 2, i + 1), (i - 1, i - 1), (i + 1, i + 1))
        )
    )


def _keyword_in_quotes(text: str, token: Token, pack: Pack) -> bool:
    """Comment "SHRED", tapez « OUI »: an everyday word in capitals and quotes is a keyword the
    readers are asked to type, not trade shorthand (spam.bait sees to the asking)."""
    return (
        token.text.isupper()
        and text[token.start - 1 : token.start] in OPENING_QUOTES
        and text[token.end : token.end + 1] in CLOSING_QUOTES
        and token.start > 0
        and zipf(token.norm, pack.language) >= 2.5
    )


def _a_dish(tokens: Tokens, i: int, pack: Pack) -> bool:
    """Whether a rare word (not shaped like a trade term, not capitals) sits in a sentence
    about food, or next to one ("Kaju katli, soan papdi… Thank you for making our sweets part
    of your celebration", « le bánh chưng du Têt, un gâteau de riz »): a dish's name from
    somewhere, which its readers know."""
    token = tokens[i]
    if _shorthand(token.text) or shapes_for(pack.settings).limit(token.norm):
        return False  # capitals, and "eGFR" beside "eating a lot of protein" is no dish
    return _words_near(tokens, i, 1, pack.word_set("food_words"))


def _words_near(tokens: Tokens, i: int, reach: int, *lists: frozenset[str]) -> bool:
    """Whether a word of one of `lists` (by its folded form or its stem), other than token
    `i`, sits in i's sentence or within `reach` sentences of it."""
    sentence = tokens.sentences[i]
    forms, sentences = tokens.forms, tokens.sentences
    k = i
    while k > 0 and sentences[k - 1] >= sentence - reach:
        k -= 1
    while k < len(forms) and sentences[k] <= sentence + reach:
        if k != i and any(forms[k].fold in words or forms[k].key in words for words in lists):
            return True
        k += 1
    return False


def _foreign_in_quotes(tokens: Tokens, token: Token, pack: Pack) -> bool:
    """A word of the other language quoted in a post ("sauf faute lourde", « change of
    scenery »): a translator's or a traveller's example, not trade talk."""
    other = "fr" if pack.language == "en" else "en"
    return zipf(token.norm, other) >= 3.5 and quoted(tokens, token.start, token.end)


def _amount(tokens: Tokens, i: int, pack: Pack) -> bool:
    """Whether a letter-digit word is a sum in a currency written with letters before the
    digits: "R350", "R18,000", "Rs1200", and "R85" in a sentence about paying or food ("R85,
    cash or card", "flat whites R32, oat milk free"), but not the refrigerant "R32"."""
    token = tokens[i]
    currency, digits = _letters_and_digits(token.text)
    if currency not in pack.word_set("currency_letters"):
        return False
    if digits[-1:] in ("k", "K") and digits[:-1].isdigit():
        return True  # "N25k", "R250k": thousands, as prices are written
    if not digits.isdigit():
        return False
    if i and tokens.forms[i - 1].fold in _HOLDERS:
        return False  # "his K10 came down": a patient's score, not ten kwacha
    if len(digits) >= 3 or _THOUSANDS_RE.match(tokens.text, token.end) is not None:
        return True
    if _words_near(tokens, i, 0, pack.word_set("price_words"), pack.word_set("food_words")):
        return True
    # A price list: "bunny chow – R95… half chicken – R140", where one sum is sure, so are all.
    prefix = token.text[: len(token.text) - len(digits)]
    written = re.escape(prefix)
    sure = rf"(?<![^\W\d_]){written}(?:\d{{3,}}|\d{{1,3}}{_SEPARATOR}\d{{3}})(?![^\W_])"
    if re.search(sure, tokens.text) is not None:
        return True
    # …and so are three sums in the same letters: "cornflake – RM40, Semperit – RM35, …".
    sums = (t for t in tokens.texts if t.startswith(prefix) and t[len(prefix) :].isdigit())
    return sum(1 for _ in sums) >= 3


_SEPARATOR = "[,.\u202f\u00a0 ]"
_HOLDERS = frozenset(("his", "her", "their", "son", "sa", "ses", "leur", "leurs"))
_CURRENCY_SIGNS = frozenset("$€£¥₦₵₹₱")
_THOUSANDS_RE = re.compile(rf"{_SEPARATOR}\d{{3}}\b")


def _after_a_number(tokens: Tokens, i: int) -> bool:
    """Whether capitals follow a number, a space or a currency sign apart: a currency or a
    unit ("5 000 FBu", "2 000 FD", « 15 $ US », « 100 000 LL »), not trade shorthand."""
    if i == 0 or tokens.sentences[i - 1] != tokens.sentences[i]:
        return False
    gap = tokens.text[tokens.ends[i - 1] : tokens.starts[i]]
    sign = gap.strip()
    return (
        tokens.texts[i - 1].isdigit()
        and 0 < len(gap) <= 3
        and (not sign or sign in _CURRENCY_SIGNS)
        and "\n" not in gap
    )


def _letters_and_digits(word: str) -> tuple[str, str]:
    """ "R350" → ("r", "350"), "A64" → ("a", "64"): the letters before the rest, folded."""
    rest = word.lstrip("".join(filter(str.isalpha, word)))
    return word[: len(word) - len(rest)].casefold(), rest


def _road(tokens: Tokens, i: int, pack: Pack) -> bool:
    """Whether a letter-digit word is a road's number after "the" or a road's name: "stuck
    on the N2", "the M62 was a car park", « bouchons sur l'A31 », « la D906 »; not "B12"."""
    letters, digits = _letters_and_digits(tokens[i].text)
    return (
        i > 0
        and digits.isdigit()
        and len(digits) <= 4
        and letters in pack.word_set("road_letters")
        and tokens[i - 1].fold in pack.word_set("road_before")
    )


def _letter_digit(word: str) -> bool:
    """A capitalised term mixing letters and digits: "B12", "HbA1c", "PM2" (of "PM2.5"), "T4";
    not "10am", "3D" or "iPhone15", which start otherwise."""
    return (
        2 <= len(word) <= 8
        and word[0].isupper()
        and word.isalnum()
        and not word.isalpha()
        and not word.isdigit()
    )


def _shorthand(word: str) -> str:
    """The acronym a word is ("CBT", or "KPI" for the plural "KPIs"; "PLUi", "SCoT", "YoY"
    written with capitals and a small letter or two), or "" when it is none."""
    if word.isupper():
        return word
    if len(word) >= 3 and word.endswith("s") and word[:-1].isupper():
        return word[:-1]
    if 3 <= len(word) <= 6 and word.isalpha():
        capitals = sum(1 for ch in word if ch.isupper())
        if capitals >= 2 and 2 * capitals >= len(word):
            return word
    return ""


def _spelled_out(text: str, token: Token, glosses: list[tuple[int, int]] | None = None) -> bool:
    """An acronym with its long form beside it: in brackets ("CBT (cognitive…)", "…(CBT)"),
    or its words just before or after, whatever the punctuation ("la DMLA, la dégénérescence
    maculaire liée à l'âge", "le diagnostic de performance énergétique, ou DPE"); the long
    form's span is added to `glosses` (its words are the plain wording, not more jargon)."""
    if not (_shorthand(token.text) or _letter_digit(token.text)):
        return False
    if text[token.end : token.end + 2].lstrip().startswith("(") or (
        text[max(0, token.start - 1) : token.start] == "("
    ):
        return True
    letters = _shorthand(token.text).casefold()
    if len(letters) < 2 or not letters.isalpha():
        return False
    after = list(LETTERS_RE.finditer(text, token.end, min(len(text), token.end + 120)))
    before = list(LETTERS_RE.finditer(text, max(0, token.start - 120), token.start))
    span = _initials_spell(after[:14], letters) or _initials_spell(before[-14:], letters)
    if span is None:
        # Right beside it, a small word may count: "an AIP, an agreement in principle".
        near = len(letters) + 2
        span = _initials_spell(after[:near], letters, every=True) or _initials_spell(
            before[-near:], letters, every=True
        )
    if span is None:
        # Further off, the long form must be written as a name ("Employer National Insurance
        # goes up… your NI bill"): two words spell two letters too often by chance.
        span = _initials_spell(_all_words(text), letters, capitalised=True)
    if span is not None and glosses is not None:
        glosses.append(span)
    return span is not None


@per_text
def _all_words(text: str) -> list[re.Match[str]]:
    """The text's words, found once per text however many acronyms look."""
    return list(LETTERS_RE.finditer(text))


# Small words a long form skips: "diagnostic de performance énergétique" is D-P-E.
_LONG_FORM_SKIPS = frozenset(
    "a an and of the for to in on at by with de du des d la le les l et en à au aux pour par "
    "sur c est ce sont it s is that which ou or".split()
)


def _initials_spell(
    words: list[re.Match[str]], letters: str, *, capitalised: bool = False, every: bool = False
) -> tuple[int, int] | None:
    """The span of a run of `words` whose initials spell `letters` (small words skipped, unless
    `every`); with `capitalised`, only a run of words written with a capital and small letters."""
    kept = (
        words
        if every
        else [w for w in words if fold_accents(w.group().casefold()) not in _LONG_FORM_SKIPS]
    )
    initials = "".join(fold_accents(w.group()[0].casefold()) for w in kept)
    at = initials.find(letters)
    while at >= 0:
        run = kept[at : at + len(letters)]
        if not capitalised or all(w.group()[0].isupper() and w.group()[1:].islower() for w in run):
            return run[0].start(), run[-1].end()
        at = initials.find(letters, at + 1)
    return None


# Right after a term (a few words at most), its plain wording may open: "bruxism (grinding
# your teeth)", "periodontitis, or gum disease", "LCA — le ligament croisé…", "PM2.5 is high
# — those are…"; or the next sentence says what it is: "HbA1c. It's a blood test…".
_GLOSS_RE = re.compile(
    r"""
    (?:[.,]\d+)?                                       # the rest of "PM2.5"
    (?:[^\S\n]?[»"”’])?                                # the term quoted: « nue-propriété » : …
    (?:[^\S\n]+\d+(?:[.,]\d+)?[^\S\n]?[^\W\d_]{1,3}\b)?          # a measure: "différentiel 30 mA"
    (?:[^\S\n]+[$€£₹₦]\d[\d,.]*)?                       # a price: "Quarterly BAS $120 (that's…)"
    (?:
        (?:[\s'’]*[^\W\d_]+){0,3}?                     # at most three words ("is high"),
        [\s\u2600-\u27bf\ufe0f\U0001f000-\U0001faff]*    # and an emoji ("terminé 📍 (on pose…")
        (?P<open>\(
          | ,\s(?:i\.e\.|c['’]est-à-dire|autrement\ dit)\s
          | [^\S\n]=[^\S\n](?=(?:the|a|an|your|le|la|les|l['’]|un|une|votre|vos)\b)  # "LMC =
            # your main midwife"
          | ,\s(?:or|ou)\s  # "periodontitis, or gum disease", not a choice that goes on: "a
            # coproscopie, ou vous vermifugez…", "the sauna, or would you rather…"
            (?!(?:vous|tu|on|nous|je|j['’]|il|elle|ils|elles|you|we|they|i|he|she|plutôt|juste
               |just|rather|do|does|did|are|is|was|were|have|has|would|will|should|can|could
               |est|sont|a|ont|préférez|préfères)\b)
          | ,\s(?:(?:a|an|the|un|une|le|la|les|des|ces|cette|cet|these|those|someone|something
                  |quelqu['’]un)\s|l['’])
            # "keratosis, a spot that…", "a new ERP, the software that…"
            (?=(?:[^\W\d_]+[\s'’-]+){0,8}?(?:(?:that|which|who|where|qui|que|dont|où)\b|qu['’]))
          | ,\s(?:ce|this)\s(?=(?:[^\W\d_]+[\s'’-]+){1,8}?(?:that|which|who|qui|que|dont|où)\b)
            # « le psoas, ce muscle qui… », not « la parodontite, ce qui veut dire… »
          | ,\s(?:a|an)\s                              # "sealants, a thin coating we paint…"
            (?!(?:job|thing|one|lot|bit|time|day|week|month|year|first|favourite|favorite|service
               |treatment|procedure|product|offer|deal|package|option)\b)  # "a job we do"
            (?=(?:[^\W\d_]+[\s'’-]+){1,4}?(?:we|you|they|I)\s)
          | ,\sthe\s                                  # "escrow, the account your lender uses"
            (?!(?:job|thing|one|lot|bit|time|day|week|month|year|first|best|last|next|same|rest
               |service|treatment|procedure|product|offer|deal|package|option)\b)
            (?=[^\W\d_]+\s(?:we|you|they|I|your|our)\s)
          | ,\swhere\s(?=(?:we|you|they|I|the|your)\s)  # "dry needling, where we put a thin…",
            # "the sacroiliac joint, where the base of your spine meets…"
          | ,\soù\s(?=(?:on|nous|vous|l['’]on)\b)        # « les ventouses, où l'on pose… »
          | ,\s(?:a|an|the|un|une|le|la|your|votre)\s        # « DMLA, une maladie de la
            (?!lot\b|bit\b|couple\b|peu\b|tas\b|rest\b|reste\b|end\b|fin\b  # rétine… »,
               |whole\b|majority\b|half\b|plupart\b|moitié\b|majorité\b
               |good\b|few\b|handful\b|dozen\b|pair\b|series\b|number\b|bunch\b  # a list's
               |bonne\b|série\b|dizaine\b|poignée\b|paire\b)  # item: "a good few sets of…"
            (?=(?:(?!(?:is|are|was|were|has|have|est|sont|était|a|ont)\s)[^\W\d_]+(?:['’]s)?\s){1,3}
               (?:of|de|du|des|d['’]))  # "the chart of…" ("la hauteur est de" says no more),
            # "a full safety check of the wiring", "your body's sense of where…"
          | \s[—–-]\s(?=(?:the|a|an|your|those|these|that|what|how|when|le|la|les|l['’]|un|une|des
                         |votre|vos|ceux|celui|celle|ce|ces|quand)\b
                         |(?!(?:no|some|any|every)thing\b)[^\W\d_]+(?:ing|er|ir|re)\b  # "— going
                         # over…", « — serrer… », not "— something we'll raise"
                         |[^\W\d_]+\s(?:of|de|du|des|d['’])     # "— patches of sun damage"
                         |[^\W\d_]+-[^\W\d_]+\s[^\W\d_]{3,}  # "— watered-down emulsion"
                         |(?:[^\W\d_]+\s){1,3}(?:that|which|who|qui|que)\b))  # "— safety
                         # switches that cut the power…"
          # A pair of dashes around words, as brackets: "the DSE — Hong Kong's school-leaving
          # exams — and…", « un parage – je raccourcis le sabot, comme on coupe les ongles – »
          | \s[—–]\s(?=(?:[^\W\d_]+(?:[-'’][^\W\d_]+)*,?[^\S\n]+){0,14}[^\W\d_]+[^\S\n][—–][\s,.])
      | ,\s(?:which|qui)\s(?:shows|measures|checks|tests|counts|tracks|records|mesure|montre
                               |indique|contrôle|vérifie)\b  # "HbA1c, which shows your average…",
        # not what follows from it: "SRT, which means less wear…"
      | ,\s(?:c['’]est|ce\ sont|it['’]s|that['’]s|which\ is)\s+  # right after: "Le DPE, c'est le…"
        (?=[«"“]?\s*(?:(?:an?|un|une)\b(?!\s+(?:bit|tad|lot|peu)\b  # "a bit high", not "a bit like"
                        (?!\s+(?:like|comme|le|la|les|l['’]|du|des)\b))
                      |(?:the|le|la|les|l['’]|des|ce|cette|cet|ces|ceux|celle|celui|quand|when|what)\b))
      | [^\S\n]?:\s(?=(?:the|a|an|your|what|how|when|le|la|les|l['’]|un|une|des|votre|vos|ce
                         |quand|they|ils|elles|his|her|their|its|son|sa|ses|leur|leurs
                         )\b
              |on\b(?!\s+(?:l['’]|la\b|le\b|les\b|a\b|avait\b|va\b|vous\b))  # not « la noue :
              # on l'a refaite », an action on it, not what it is
              |(?!(?:no|some|any|every)thing\b)[^\W\d_]{3,}ing\b  # "fronting: swapping…"
              |[^\W\d_]+\s(?:of|de|du|des|d['’])\b)    # "plantar fasciitis: irritation of…"
      | (?:[^\S\n]+[^\W\d_]+){0,3}[^\S\n]*  # words may finish the sentence: "a UMF number."
        (?:[.?!:](?:[^\S\n]+[^\w\s.?!]{1,8})?\s+|[^\w\s.?!]{1,8}[^\S\n]*\n\s*|\s*[—–]\s*
           |[\u2600-\u27bf\ufe0f\U0001f000-\U0001faff]{1,8}[^\S\n]+)
        # or the next sentence says what it is (after an emoji that closes the first:
        # "fasciitis. 👣", « leishmaniose 🐕⏎C'est… », « un certificat récent 📐 C'est… »),
        # maybe after a word of comfort: « une mise en demeure ? Pas de panique. C'est… »
        (?:(?:don['’]t\ worry|no\ panic|relax|pas\ de\ panique|rassurez-vous|pas\ d['’]inquiétude)
           [.!,]?\s+)?
        (?:(?:ce|cet|cette|this)\s+(?:document|papier|terme|mot|formulaire|relevé|form|word|term
                                    |paper|report)\s*,?\s+)?  # « Ce document, c'est… »
        (?:it['’]s|it\ is|that['’]s|this\ is|these\ are|those\ are|c['’]est|ce\ sont
           |il\ s['’]agit)
        \s+(?:tout\s+simplement\s+|simply\s+|just\s+)?
        (?:(?:an?|when|what|how|where|un|une|quand|ce|ceux|celle|celui)\b
             # "C'est une très bonne nouvelle" judges it, it does not say what it is
             (?!\s+(?:très|vraiment|really|so|bonne|bon|belle|beau|super|great|good|excellent
                  |excellente|vraie|vrai|real|huge|énorme|immense|nice|lovely|wonderful|chouette
                  # "It's a quick job" says how long, not what it is ("a quick blood test" does)
                  |(?:quick|simple|easy|small|short|cheap|fast|big|long|petit|petite)\s+(?:job|fix
                    |one|thing|process|visit|call|win|change|boulot|travail|truc)
                  |must|job|fix)\b)
             # "It's the blood test that…", not "It's the law." nor « C'est le code, pis… »
           | (?:(?:the|le|la|les)\s+|l['’])[«"“]?[^\S\n]?[^\W\d_]+[^\S\n]+[^\W\d_])
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)


_WORD3_RE = re.compile(r"[^\W\d_]{3,}")


_EMOJI = "\u2600-\u27bf\ufe0f\U0001f000-\U0001faff"
# After a sentence's end (a stop, a line break, an emoji), the term said again as the subject of
# what it is: "no ACL tears! 🙌 (The ACL is one of the main ligaments…)", "Body comp results 💪
# (Body comp = how much of you is fat…)", « … le SPANC. Le SPANC, c'est… » is read by _GLOSS_RE.
_RESTATED_OPEN = (
    rf"(?:[.!?]|\n|[{_EMOJI}])[^\S\n]*(?:[{_EMOJI}][^\S\n]*)*\s*\(?"
    r"(?:(?:the|a|an|le|la|les|un|une)\s+|l['’])?(?:[^\W\d_]+\s){0,2}"
)
_RESTATED_VERB = (
    r"s?[^\S\n]*(?:=|:|\b(?:is|are|means|stands\s+for|est|sont|désigne|veut\s+dire|signifie)\b"
    r"|,[^\S\n]*(?:c['’]est|it['’]s)\b)"  # « La ferritine, c'est votre réserve de fer »
)


def _restated(text: str, start: int, end: int, glosses: list[tuple[int, int]]) -> bool:
    """Whether a following sentence, within two, says what the term is by naming it again."""
    term = text[start:end]
    reach = min(len(text), end + 200)
    if len(term) < 2 or term.lower() not in text[end:reach].lower():
        return False  # most terms are never named again: no pattern to build
    pattern = re.compile(_RESTATED_OPEN + re.escape(term) + _RESTATED_VERB, re.IGNORECASE)
    found = pattern.search(text, end, reach)
    if found is None:
        return False
    glosses.append((found.end(), _nearest(text, found.end(), (". ", "? ", "! ", ")", "\n"))))
    return True


def _nearest(text: str, begin: int, marks: tuple[str, ...]) -> int:
    """Where the first of `marks` after `begin` stands (the end of the text if none does)."""
    stop = len(text)
    for mark in marks:
        at = text.find(mark, begin)
        if 0 <= at < stop:
            stop = at
    return stop


def _glossed(text: str, end: int, glosses: list[tuple[int, int]]) -> bool:
    """Whether the words after a term, from `end`, explain it in plain words; the gloss's
    span is added to `glosses` (the words in it are plain wording, not more jargon)."""
    found = _GLOSS_RE.match(text, end, min(len(text), end + 120))
    if found is None:
        return False
    opener = found.group("open")
    begin = found.end()
    if opener and opener.strip() == "(":
        close = text.find(")", begin)
        stop = close if close >= 0 else len(text)
        if not _WORD3_RE.search(text, begin, stop):
            return False  # a price or a count in brackets says nothing: "orthonyxie (60 €)"
    else:
        stop = _nearest(text, begin, (". ", "? ", "! ", "\n", " — ", " – "))
    glosses.append((end, stop))
    return True


# "heel pain (plantar fasciitis)", « certains antibiotiques (les cyclines, souvent…) », "the band
# made bigger (called re-shanking)", « (ce qu'on appelle une mise à taille) »: a term opening
# brackets, after plain words, names what they have just said.
_OPENS_BRACKETS_RE = re.compile(
    r"""[^\W\d_][^\S\n]*\(
    (?:(?:also[^\S\n]+)?called|known[^\S\n]+as|aka|what[^\S\n]+we[^\S\n]+call|appel(?:é|ée|és|ées)
      |(?:ce[^\S\n]+)?qu['’]on[^\S\n]+appelle|on[^\S\n]+appelle[^\S\n]+(?:ça|cela)|on[^\S\n]+dit)?[^\S\n]*
    (?:(?:the|a|an|les?|la|l['’]|une?|des)[^\S\n]+|l['’])?$""",
    re.IGNORECASE | re.VERBOSE,
)


def _named_in_brackets(text: str, start: int, end: int) -> bool:
    return text[end : end + 1] in (")", ",") and (
        _OPENS_BRACKETS_RE.search(text, max(0, start - 32), start) is not None
    )


def _plain_words_beside(
    tokens: Tokens, first: int, last: int, plain: str | None, pack: Pack, post_keys: set[str]
) -> bool:
    """Whether the plain wording a list gives for a term is written right beside it ("NSAIDs,
    the anti-inflammatory painkillers"): the writer has explained it already. `post_keys` are
    the post's word keys (filled on first need): most plain wordings are not in it at all."""
    if not plain:
        return False
    memo = pack.memo("plain_keys")
    wanted: frozenset[str] | None = memo.get(plain)
    if wanted is None:
        forms = word_cache(pack.language).forms
        wanted = memo[plain] = frozenset(
            forms(w).key for w in WORD_PIECE_RE.findall(plain) if len(w) >= 4
        )
    if not wanted:
        return False
    if not post_keys:
        post_keys.update(form.key for form in tokens.forms)
    if not wanted <= post_keys:
        return False
    after = int(pack.setting("explain_window_after", 25))
    before = int(pack.setting("explain_window_before", 8))
    lo, hi = max(0, first - before), min(len(tokens), last + after + 1)
    keys = tokens.forms
    near = {keys[i].key for i in (*range(lo, first), *range(last + 1, hi))}
    return wanted <= near


_MODEL_RE = re.compile(r"-\d")


def _inside(start: int, glosses: list[tuple[int, int]]) -> bool:
    return any(a <= start < b for a, b in glosses)


def _word_finding(text: str, token: Token, pack: Pack) -> Finding:
    shorthand = _shorthand(token.text) or _letter_digit(token.text)
    rule_id = "jargon.acronym" if shorthand else "jargon.rare-word"
    if rule_id == "jargon.rare-word" and shapes_for(pack.settings).limit(token.norm):
        rule_id = "jargon.technical-word" if "jargon.technical-word" in pack.rules else rule_id
    rule = pack.rules.get(rule_id) or Rule(rule_id, "jargon", "info", "{text}", 5)
    return from_rule(text, token.start, token.end, rule)


def _buzz_tail_folds(pack: Pack) -> frozenset[str]:
    memo = pack.memo("buzz_compound_tails")
    folds: frozenset[str] | None = memo.get("folds")
    if folds is None:
        folds = memo["folds"] = frozenset(
            str(word) for word in pack.setting("buzz_compound_tails", [])
        )
    return folds


def _buzz_compounds(
    text: str, tokens: Tokens, pack: Pack, covered: set[int]
) -> list[tuple[int, int]]:
    """Hyphenated coinages ending in a buzz word: "cloud-native", "patient-centric"."""
    folds = _buzz_tail_folds(pack)
    if not folds:
        return []
    forms = word_cache(pack.language).forms
    tails = pack.verdicts("buzz_tail_pieces", lambda piece: forms(piece).fold in folds)
    found: list[tuple[int, int]] = []
    # A quick pass finds the buzz tails; the rest is looked at only around them.
    for i in compress(range(len(tokens.texts)), map(tails.__getitem__, tokens.texts)):
        token = tokens[i]
        if not i or i in covered or token.kind != "word":
            continue
        before = tokens[i - 1]
        if before.kind == "word" and tokens.hyphen_joins(i - 1):
            found.append((i - 1, i))
    return found


def _compound_finding(text: str, tokens: Tokens, first: int, last: int, pack: Pack) -> Finding:
    rule = pack.rules.get("jargon.buzzword") or Rule(
        "jargon.buzzword", "jargon", "warning", "{text}", 5
    )
    return from_rule(text, tokens.starts[first], tokens.ends[last], rule)


def _stretched(word: str) -> bool:
    return any(word[k] == word[k + 1] == word[k + 2] for k in range(len(word) - 2))


def _syllable_table(pack: Pack) -> PieceVerdicts[int]:
    """Syllables of a written word, or 0 when a reader doesn't count it as a word: a hashtag,
    a link, or one letter (mostly elisions: "l'", "d'", "j'")."""
    language = pack.language
    forms = word_cache(language).forms
    return pack.verdicts(
        "syllables",
        lambda piece: (
            syllables(forms(piece).norm, language)
            if len(piece) >= 2 and WORD_PIECE_RE.fullmatch(piece)
            else 0
        ),
    )


# The word after a title and its period ("Dr. Okafor", "M. Durand") is a name.
_TITLE_BEFORE_RE = re.compile(rf"(?<![\w.])(?:{'|'.join(sorted(TITLES))})\.[^\S\n]+$")


def _after_title(text: str, start: int) -> bool:
    """Whether the word at `start` follows a title and its period: "Dr. Nwachukwu"."""
    return text[start - 1 : start].isspace() and bool(
        _TITLE_BEFORE_RE.search(text, max(0, start - 8), start)
    )


def _parts_short(tokens: Tokens, sentence: int, per_word: list[int], most: int) -> bool:
    """Whether a sentence cut where an emoji meets a capital leaves parts of at most `most`
    words each (`per_word`: a token's syllables, 0 for what a reader doesn't count)."""
    first, after = tokens.sentence_tokens(sentence)
    parts = tokens.emoji_parts(first, after - 1)
    return len(parts) > 1 and all(
        sum(1 for k in range(a, b + 1) if per_word[k]) <= most for a, b in parts
    )


def _sentences(text: str, tokens: Tokens, pack: Pack) -> tuple[list[Finding], float | None]:
    long_rule = pack.rules.get("jargon.long-sentence")
    hard_rule = pack.rules.get("jargon.hard-sentence")
    long_words = int(pack.setting("long_sentence_words", 30))
    # Past this many words a sentence is no longer a hint but a wall: a warning.
    wall_words = int(pack.setting("wall_sentence_words", 10_000))
    hard_min_words = int(pack.setting("hard_sentence_min_words", 14))
    hard_below = float(pack.setting("hard_sentence_below", 25.0))
    language = pack.language
    # Sentence number → (words, syllables), in order. A word's syllables are remembered per
    # written word (0 for what a reader doesn't count as a word), and the sums per sentence
    # come from running totals: no Python step per token.
    per_word = list(map(_syllable_table(pack).__getitem__, tokens.texts))
    counts = list(compress(per_word, per_word))
    where = list(map(tokens.sentences.__getitem__, compress(range(len(per_word)), per_word)))
    total = len(counts)
    totals = [0, *accumulate(counts)]
    cuts = [0, *compress(range(1, total), map(ne, where[1:], where[:-1])), total]
    sentences: dict[int, tuple[int, int]] = {
        where[a]: (b - a, totals[b] - totals[a]) for a, b in pairwise(cuts) if b > a
    }
    findings: list[Finding] = []
    spans: list[tuple[int, int]] | None = None
    all_words = all_syllables = 0
    for n, (words, syllable_total) in sentences.items():
        all_words += words
        all_syllables += syllable_total
        if words > long_words and long_rule is not None:
            if _parts_short(tokens, n, per_word, long_words):
                continue  # "…devant le frigo s'il le faut 😄 Comptez septante minutes…": two
                # statements an emoji cuts, each short enough
            spans = spans or sentence_spans(text)
            if n < len(spans):
                start, end = spans[n]
                severity: Severity | None = "warning" if words >= wall_words else None
                findings.append(
                    from_rule(text, start, end, long_rule, severity=severity, count=words)
                )
            continue
        if hard_rule is not None and words >= hard_min_words:
            ease = ease_of(words, syllable_total, 1, language)
            if ease is not None and ease < hard_below:
                spans = spans or sentence_spans(text)
                if n < len(spans):
                    start, end = spans[n]
                    findings.append(from_rule(text, start, end, hard_rule, score=round(ease)))
    return findings, ease_of(all_words, all_syllables, max(1, len(sentences)), language)
