"""Corporate-spam phrasing: press-release voice, the business as a third-person subject, sales
pressure, shouting, hashtag and emoji walls, and a post that is little more than a link."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import compress
from operator import and_, not_

import regex

from .findings import from_rule
from .frequency import zipf
from .networks import EMOJI, hashtags
from .packs import Pack
from .phrases import Scan, word_keys
from .report import Context, Finding
from .tokens import (
    WORD_PIECE_RE,
    Token,
    Tokens,
    per_text,
    positions,
    quoted,
    sentence_at,
    word_cache,
    word_count,
)

_EXCLAIM_RE = regex.compile(r"!{3,}+|[!?]{3,}+|(?:!\s){2,}+!")
_EMOJI_RE = regex.compile(EMOJI, regex.VERSION1)
_EMOJI_RUN_RE = regex.compile(rf"{EMOJI}(?:\s*+{EMOJI})++", regex.VERSION1)
# A cut price, not any percentage ("a 5% cap rate" is a fact): "-30%", "20% off", "15 % de remise".
_PERCENT_RE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:[-–]\s?\d{1,3}(?:[.,]\d+)?\s?%"
    r"|\d{1,3}(?:[.,]\d+)?\s?%\s?(?:off|discount|de\s+remise|de\s+réduction|de\s+rabais"
    r"|d['’]économie|on\s+all|sur\s+tou[ts]))",
    regex.VERSION1 | regex.IGNORECASE,
)


def check_spam(
    text: str,
    tokens: Tokens,
    pack: Pack,
    context: Context,
    scan: Scan,
    subjects: list[tuple[int, int]] | None = None,
) -> list[Finding]:
    """Spam findings; `subjects` are company_subjects() when the caller has them already."""
    findings: list[Finding] = []
    selling: bool | None = None  # worked out only when a rule needs it
    for match in scan.of(pack.index):
        rule = match.payload.rule
        if rule.options.get("needs_sales_context"):
            # "Act now" is pressure only in a post that sells something ("NATO should act now").
            if selling is None:
                selling = _sells(text, tokens, pack)
            if not selling:
                continue
        start, end = tokens.starts[match.first], tokens.ends[match.last]
        if quoted(tokens, start, end):
            continue  # "Nobody reads 'we are pleased to offer'": brochure talk held up, not used
        if rule.options.get("not_before") and _followed_by(text, end, rule.options["not_before"]):
            continue  # « n'hésitez pas à lui souhaiter la bienvenue »: a greeting, not a sale
        if rule.options.get("not_after") and _preceded_by(text, start, rule.options["not_after"]):
            continue  # "on a call today": the noun, not an order to call
        findings.append(from_rule(text, start, end, rule, match.payload.suggestion))
    if subjects is None:
        subjects = company_subjects(tokens, pack, context)
    findings.extend(_company_subject(text, tokens, pack, subjects))
    findings.extend(_shouting(text, tokens, pack))
    findings.extend(_walls(text, pack))
    findings.extend(_link_only(text, tokens, pack))
    findings.extend(_discount_headline(text, tokens, pack))
    findings.extend(_keyword_stuffing(text, tokens, pack))
    findings.extend(_struck_prices_and_keywords(text, tokens, pack))
    return _sliding_scale(findings, tokens, pack)


def _followed_by(text: str, end: int, words: list[str]) -> bool:
    """Whether one of `words` comes right after `end`, whatever the case (a rule's
    `not_before`)."""
    after = text[end : end + 40].lstrip().casefold()
    return any(after.startswith(str(word).casefold()) for word in words)


def _preceded_by(text: str, start: int, words: list[str]) -> bool:
    """Whether one of `words` comes right before `start`, whatever the case (a rule's
    `not_after`)."""
    before = text[max(0, start - 40) : start].rstrip().casefold()
    return any(
        before.endswith(word) and not before[: -len(word)][-1:].isalnum()
        for word in map(str.casefold, map(str, words))
    )


def _sliding_scale(findings: list[Finding], tokens: Tokens, pack: Pack) -> list[Finding]:
    """A discount in a sentence that names who it is for because they need it ("half price for
    anyone whose money's tight", « 35 € au lieu de 60 € pour les étudiants ») is a sliding
    scale: a hint, not an advert."""
    if not any(f.rule == "spam.discount" for f in findings):
        return findings
    words = pack.word_set("social_price_words")
    needy = {tokens.sentences[i] for i, form in enumerate(tokens.forms) if form.fold in words}
    if not needy:
        return findings
    return [
        replace(f, severity="info")
        if f.rule == "spam.discount" and sentence_at(tokens, f.start, tokens.sentences[0]) in needy
        else f
        for f in findings
    ]


# Currency signs, and the codes and words written after an amount where no sign is used
# ("350 DH", "2 500 FCFA", "₦85k", "Rs. 499"): a price, wherever the practice is.
_SIGNS = "€£$₦₹₱¥₩₺₽₵"
_AFTER = r"(?:DH|Dhs?|MAD|F\s?CFA|FCFA|XOF|CFA|naira|dirhams?|euros?)\b"
_CURRENCY_WORD_RE = regex.compile(r"\d\s?[kKM]?\s?" + _AFTER + r"|\bRs\.?\s?\d")
# A price: a sign before or after an amount, or a currency written after it.
PRICE_RE = regex.compile(rf"[{_SIGNS}]\s?\d|\d\s?[{_SIGNS}]|\d\s?[kKM]?\s?{_AFTER}|\bRs\.?\s?\d")
_AMOUNT = rf"(?:[{_SIGNS}]\s?\d+(?:[.,\s]\d+)*|\d+(?:[.,\s]\d+)*\s?(?:[{_SIGNS}]|{_AFTER}))"
# "$299 instead of $420", « 150 € au lieu de 180 € », "£199 (usually £299)", "350 DH au lieu de
# 500 DH": the old price next to the new one is a discount, however warmly written.
_STRUCK_PRICE_RE = regex.compile(
    _AMOUNT + r"\s*\(?\s*"
    r"(?i:instead\ of|rather\ than|usually|normally|was|au\ lieu\ de|normalement|habituellement|"
    r"prix\ normal|au\ lieu\ des)\s*:?\s*"
    rf"(?:[{_SIGNS}]\s?)?\d+(?:[.,\s]\d+)*(?:\s?(?:[{_SIGNS}]|{_AFTER}))?\)?"
)
# "DM me "BACK"", « Commente « OUI » », "comment 'READY'": a keyword asked for in capitals. The
# quoted capitals are found first (rare); the verb is looked for just before them.
_QUOTED_CAPITALS_RE = regex.compile(r"[\"“«‘']\s*\p{Lu}[\p{Lu}\d]{1,}\s*[\"”»’']")
_ASK_BEFORE_RE = regex.compile(
    r"\b(?i:dm|message|comment|commente[rsz]?|écri(?:s|vez|re)|tape[rsz]?|envoie[sz]?)"
    r"(?:[\s-]+(?i:me|moi|us|nous))?\s*$"
)


def _struck_prices_and_keywords(text: str, tokens: Tokens, pack: Pack) -> list[Finding]:
    findings: list[Finding] = []
    if "spam.discount" in pack.rules and has_currency(text):
        rule = pack.rule("spam.discount")
        for match in _STRUCK_PRICE_RE.finditer(text):
            if not quoted(tokens, match.start(), match.end()):
                findings.append(from_rule(text, match.start(), match.end(), rule))
    if "spam.bait" in pack.rules and any(mark in text for mark in "\"“«‘'"):
        rule = pack.rule("spam.bait")
        for match in _QUOTED_CAPITALS_RE.finditer(text):
            ask = _ASK_BEFORE_RE.search(text, max(0, match.start() - 24), match.start())
            if ask is not None:
                findings.append(from_rule(text, ask.start(), match.end(), rule))
    return findings


def _keyword_stuffing(text: str, tokens: Tokens, pack: Pack) -> list[Finding]:
    """The same two words over and over, one of them a name ("dentist Leeds", "avocat
    Toulouse"): keywords for a search engine. Everyday pairs ("the patient") and times ("Dec
    9am") don't count."""
    if "spam.keyword-stuffing" not in pack.rules:
        return []
    repeats = int(pack.setting("keyword_repeats", 5))
    texts = tokens.texts
    # Most posts name no town or brand that often: one C-level count of the capitalised words
    # inside sentences (a sentence's first word is capitalised anyway) settles them.
    names = Counter(compress(texts, map(and_, map(str.istitle, texts), map(not_, tokens.firsts))))
    if max(names.values(), default=0) < repeats:
        return []
    language = pack.language
    forms = word_cache(language).forms
    # Per written word, its folded form if it may be a keyword (a name, a noun), else "".
    table = pack.verdicts(
        "keyword_pieces",
        lambda piece: (
            forms(piece).fold
            if len(piece) >= 3 and piece.isalpha() and zipf(forms(piece).norm, language) < 5.5
            else ""
        ),
    )
    often = {name for name, count in names.items() if count >= repeats and table[name]}
    if not often:
        return []
    # Only the places where such a name stands are visited, with the word on either side.
    kinds, sentences, last = tokens.kinds, tokens.sentences, len(texts) - 1
    places: dict[tuple[str, str], set[int]] = {}
    for i in compress(range(len(texts)), map(often.__contains__, texts)):
        for left in (i - 1, i):
            right = left + 1
            if left < 0 or right > last or kinds[left] != "word" or kinds[right] != "word":
                continue
            if sentences[left] != sentences[right]:
                continue
            pair = (table[texts[left]], table[texts[right]])
            if pair[0] and pair[1]:
                places.setdefault(pair, set()).add(left)
    for found in places.values():
        if len(found) >= repeats:
            at = min(found)
            rule = pack.rule("spam.keyword-stuffing")
            return [from_rule(text, tokens.starts[at], tokens.ends[at + 1], rule, count=len(found))]
    return []


@per_text
def has_currency(text: str) -> bool:
    """Whether a currency sign or code stands in the text: a quick test before looking for
    prices (most posts have none; each sign or code is one C-level look, and the pattern runs
    only when a code is there). Spam and voice both ask about the same text."""
    if "€" in text or "£" in text or "$" in text or any(s in text for s in _SIGNS[3:]):
        return True
    return any(code in text for code in _CODES) and _CURRENCY_WORD_RE.search(text) is not None


_CODES = ("DH", "CFA", "Rs", "naira", "dirham")


def _sells(text: str, tokens: Tokens, pack: Pack) -> bool:
    """Whether the post speaks of buying: an offer, a booking (settings.sales_context), or a
    price with its currency sign ("49 €", "£95")."""
    if has_currency(text):
        return True
    memo = pack.memo("sales_context")
    keys: frozenset[str] | None = memo.get("keys")
    if keys is None:
        cache = word_cache(pack.language)
        words = [str(w) for w in pack.setting("sales_context", [])]
        # Both numbers of each word: the French stemmer cuts "forfait" and "forfaits" apart.
        keys = frozenset(
            key for w in words if w[:1] != "=" for key in word_keys(w, cache, pack.language)
        )
        # "=appelez" is that very word: « J'appelle tous ceux qui me suivent » sells nothing.
        memo["exact"] = frozenset(w[1:] for w in words if w[:1] == "=")
        memo["keys"] = keys
    exact: frozenset[str] = memo["exact"]
    kinds = tokens.kinds
    return any(
        (forms.key in keys or forms.norm in exact) and kinds[i] == "word"
        for i, forms in enumerate(tokens.forms)
    )


def company_subjects(tokens: Tokens, pack: Pack, context: Context) -> list[tuple[int, int]]:
    """(first, last) token indexes of the business named as the subject of a sentence.

    A subject is the author's company name (from the profile), or a business noun ("clinic",
    "cabinet") with its capitalised name or a determiner ("the clinic", "Smith Dental"), near the
    start of a sentence and followed closely by a third-person verb ("is", "offers", "propose").
    """
    nouns, verbs, determiners, particles = _subject_words(pack)
    as_written = pack.word_set("third_person_verbs", accents=True)
    names = _company_names(context, tokens)
    found: list[tuple[int, int]] = []
    # Only a profile name, a business noun or a capital opening a sentence can start a
    # subject: C-level scans find them (a remembered verdict per written word, the sentence
    # openings), and the walk below visits only those.
    firsts, texts, kinds = tokens.firsts, tokens.texts, tokens.kinds
    everywhere = range(len(texts))
    forms_of = word_cache(pack.language).forms
    noun_at = pack.verdicts(
        "business_noun_pieces",
        lambda piece: WORD_PIECE_RE.fullmatch(piece) is not None and forms_of(piece).fold in nouns,
    )
    candidates = set(compress(everywhere, map(noun_at.__getitem__, texts)))
    candidates.update(
        i for i in compress(everywhere, firsts) if texts[i][:1].isupper() and kinds[i] == "word"
    )
    candidates.update(i for i in names if kinds[i] == "word")
    starts = sorted(candidates)
    after = 0  # the walk resumes here after a subject
    for i in starts:
        if i < after:
            continue
        forms = tokens.forms[i]
        span = names.get(i)
        if span is None and forms.fold in nouns:
            span = _grow_business_name(tokens, i, determiners, particles)
        if (
            span is None
            and firsts[i]
            and texts[i][:1].isupper()
            # (most openers are followed by a small word: a quick look spares the walk)
            and i + 1 < len(texts)
            and (texts[i + 1][:1].isupper() or tokens.forms[i + 1].fold in particles)
            and zipf(forms.norm, pack.language) < 5.0  # "Que Dieu…", "When Anna…": not a name
        ):
            # Two capitalised words opening a sentence ("Harbour Physio is proud…") name a
            # business as often as a person; the brochure verb after it decides.
            last = _extend_name(tokens, i, tokens.sentences[i], particles)
            if last > i:
                span = (i, last)
        if span is None:
            continue
        first, last = span
        if _after_preposition(tokens, first, determiners, pack):
            continue  # « À la clinique, on le voit… », "At the clinic we…": a place
        if _near_sentence_start(tokens, first, determiners) and _verb_follows(
            tokens, last, verbs, as_written
        ):
            found.append((first, last))
            after = last + 1
    return found


def _subject_words(
    pack: Pack,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Business nouns, third-person verbs, determiners and name particles, accent-folded like
    tokens' `fold`, so « equipe » typed without accents is « équipe »."""
    return (
        pack.word_set("business_nouns"),
        pack.word_set("third_person_verbs"),
        pack.word_set("determiners"),
        pack.word_set("name_particles"),
    )


def _company_names(context: Context, tokens: Tokens) -> dict[int, tuple[int, int]]:
    """Where the profile's company names occur: first token index → (first, last)."""
    spans: dict[int, tuple[int, int]] = {}
    if not context.company_names:
        return spans
    norms = [forms.norm for forms in tokens.forms]
    for name in context.company_names:
        words = [w.casefold() for w in WORD_PIECE_RE.findall(name)]
        if not words:
            continue
        size = len(words)
        for i in positions(norms, words[0]):  # a name's first word, found by a scan in C
            if norms[i : i + size] == words:
                spans[i] = (i, i + size - 1)
    return spans


def _grow_business_name(
    tokens: Tokens, i: int, determiners: frozenset[str], particles: frozenset[str]
) -> tuple[int, int] | None:
    """Extend a business noun to its name: capitalised neighbours ("Smith Dental", "Clinique
    des Tilleuls", joined by small words) or a determiner before it ("the clinic")."""
    sentence = tokens.sentences[i]
    first = last = i
    while first > 0 and _capitalised(tokens, first - 1, sentence):
        first -= 1
    last = _extend_name(tokens, last, sentence, particles)
    named = first < i or last > i or (tokens.texts[i][:1].isupper() and not tokens.firsts[i])
    if named:
        return first, last
    before = first - 1
    if (
        before >= 0
        and tokens.forms[before].fold in determiners
        and tokens.sentences[before] == sentence
    ):
        return before, last
    return None


def _extend_name(tokens: Tokens, last: int, sentence: int, particles: frozenset[str]) -> int:
    """The last token of a name going right: capitalised words, possibly joined by particles."""
    while True:
        nxt = last + 1
        if nxt < len(tokens) and _capitalised(tokens, nxt, sentence):
            last = nxt
            continue
        if (
            nxt + 1 < len(tokens)
            and tokens.forms[nxt].fold in particles
            and tokens.sentences[nxt] == sentence
            and _capitalised(tokens, nxt + 1, sentence)
        ):
            last = nxt + 1
            continue
        return last


def _capitalised(tokens: Tokens, k: int, sentence: int) -> bool:
    return (
        tokens.kinds[k] == "word"
        and tokens.sentences[k] == sentence
        and tokens.texts[k][:1].isupper()
    )


def _with_determiner(tokens: Tokens, first: int, determiners: frozenset[str]) -> int:
    """Where a business noun's phrase starts: its determiner ("the clinic"), or the noun."""
    return first - 1 if first > 0 and tokens.forms[first - 1].fold in determiners else first


def _after_preposition(tokens: Tokens, first: int, determiners: frozenset[str], pack: Pack) -> bool:
    """Whether the business noun (or its determiner) follows a preposition in its sentence."""
    k = _with_determiner(tokens, first, determiners) - 1
    return (
        k >= 0
        and tokens.sentences[k] == tokens.sentences[first]
        and tokens.forms[k].fold in pack.word_set("prepositions")
    )


def _near_sentence_start(tokens: Tokens, first: int, determiners: frozenset[str]) -> bool:
    """At most two words before `first` in its sentence, or `first` (or its determiner)
    opening a clause after an opening that a comma, a colon or a dash closes ("Depuis 20 ans,
    le cabinet Martin accompagne…")."""
    sentences, starts, ends, text = tokens.sentences, tokens.starts, tokens.ends, tokens.text
    sentence = sentences[first]
    opening = _with_determiner(tokens, first, determiners)
    if opening > 0 and sentences[opening - 1] == sentence:
        if _CLAUSE_BREAK.intersection(text[ends[opening - 1] : starts[opening]]):
            return True
    before = 0
    k = first - 1
    while k >= 0 and sentences[k] == sentence:
        before += 1
        k -= 1
    return before <= 2


_CLAUSE_BREAK = frozenset(",;:—–")


def _verb_follows(
    tokens: Tokens, last: int, verbs: frozenset[str], as_written: frozenset[str]
) -> bool:
    """A brochure verb within two words. A word written with its accents must match as
    written: « Diplôme souhaité » is no « souhaite »; without them, its folded form does."""
    sentence = tokens.sentences[last]
    for k in range(last + 1, min(len(tokens), last + 3)):
        if tokens.sentences[k] != sentence:
            return False
        forms = tokens.forms[k]
        if forms.fold in verbs and (forms.norm == forms.fold or forms.norm in as_written):
            return True
    return False


def _company_subject(
    text: str, tokens: Tokens, pack: Pack, subjects: list[tuple[int, int]]
) -> list[Finding]:
    if "spam.company-third-person" not in pack.rules:
        return []
    rule = pack.rule("spam.company-third-person")
    return [
        from_rule(text, tokens.starts[first], tokens.ends[last], rule) for first, last in subjects
    ]


def own_voice(
    findings: list[Finding],
    tokens: Tokens,
    pack: Pack,
    subjects: list[tuple[int, int]],
    first_person: int,
) -> list[Finding]:
    """A post told as "I" or "we" that once says "the shop welcomes you" or « le salon vous
    attend » speaks in the author's voice: that lone plain-noun subject is a hint, not brochure
    talk. A name ("Smith Dental offers…") or a second such subject stays a warning."""
    if first_person < int(pack.setting("own_voice_first_person", 3)):
        return findings
    findings = _quiet_discounts(_glad_bangs(findings), tokens)
    if len(subjects) != 1:
        return findings
    first, last = subjects[0]
    determiners = _subject_words(pack)[2]
    if last != first + 1 or tokens.forms[first].fold not in determiners:
        return findings
    start, end = tokens.starts[first], tokens.ends[last]
    return [
        replace(f, severity="info")
        if f.rule == "spam.company-third-person" and f.start == start and f.end == end
        else f
        for f in findings
    ]


def _glad_bangs(findings: list[Finding]) -> list[Finding]:
    """One "!!!" in a post told as "I" or "we", with nothing else of an advert ("On a
    déménagé !!! 🎉", "We did it!!!"), is joy, not shouting: a hint."""
    flagged = [f for f in findings if f.severity != "info"]
    if len(flagged) != 1 or flagged[0].rule != "spam.shouting" or flagged[0].text.strip("!?"):
        return findings
    return [replace(f, severity="info") if f is flagged[0] else f for f in findings]


def _quiet_discounts(findings: list[Finding], tokens: Tokens) -> list[Finding]:
    """A reduced price told in the body of a post written as "I" or "we", with no other sales
    talk ("I'm offering it at £250 instead of £350 through May"), is a detail of the offer, not
    its headline: a hint."""
    flagged = [f for f in findings if f.severity != "info"]
    if not flagged or any(f.rule != "spam.discount" for f in flagged):
        return findings
    opening = tokens.sentences[0] if tokens.sentences else 0
    if any(sentence_at(tokens, f.start, opening) == opening for f in flagged):
        return findings  # the discount is the headline
    return [replace(f, severity="info") if f.rule == "spam.discount" else f for f in findings]


def _shouting(text: str, tokens: Tokens, pack: Pack) -> list[Finding]:
    """Capitals used to shout ("BOOK NOW", "FREE"), and "!!!".

    One word in capitals for emphasis ("ten years ago TODAY") is a voice, not an advert, and
    acronyms ("CBT/ACT", "USA") are not shouting: a run needs two ordinary words in capitals,
    and a single word only counts when it is a sales word.
    """
    if "spam.shouting" not in pack.rules:
        return []
    rule = pack.rule("spam.shouting")
    # Folded like the words they are compared with: « RÉDUCTION » is « réduction ».
    acronyms = pack.word_set("acronyms")
    sales_words = pack.word_set("shout_words")
    news = pack.word_set("headline_news_words")
    reported = pack.word_set("reporting_words")
    findings: list[Finding] = []
    forms, texts, kinds, sentences = tokens.forms, tokens.texts, tokens.kinds, tokens.sentences
    run: list[int] = []  # token indexes
    opening = kinds.index("word") if "word" in kinds else -1

    def close_run() -> None:
        if run[0] > 0 and forms[run[0] - 1].fold in reported:
            run.clear()  # "stickers saying MEAT IS MURDER": what was written, reported
            return
        ordinary = [
            i
            for i in run
            if forms[i].fold not in acronyms and zipf(forms[i].norm, pack.language) >= 3.5
        ]
        start, end = tokens.starts[run[0]], tokens.ends[run[-1]]
        if len(ordinary) >= 2 and not quoted(tokens, start, end):
            # A title or a caption quoted in capitals ("a printout titled "RARE TROPICAL
            # DISEASES"") is how it was written, not the post raising its voice.
            finding = from_rule(text, start, end, rule)
            if (
                run[0] == opening
                and len(run) <= 3
                and not news.isdisjoint(forms[i].fold for i in run)
                and sales_words.isdisjoint(forms[i].fold for i in run)
            ):
                # A short news headline the post opens with ("WE'VE MOVED… well, two doors
                # down", « GRANDE NOUVELLE ») is a hint; "WAKE UP PEOPLE" and shouting again
                # later are not.
                finding = replace(finding, severity="info")
            findings.append(finding)
        elif len(run) == 1 and forms[run[0]].fold in sales_words and not quoted(tokens, start, end):
            # (Quoted, it is the word to write: 'text "URGENT" and I'll call back'.)
            findings.append(from_rule(text, start, end, rule))
        run.clear()

    # Words in capitals are found by a C-level scan; a run of them lasts while nothing but a
    # link or a mention sits between two, within one sentence.
    # Codes are not shouting either: a capital with a digit ("D2", "PM10") or capitals joined
    # to another piece by a hyphen, a dash or a slash ("WAIS-IV", "BRIEF-A", "CI/CD",
    # "types IV–VI").
    starts, ends = tokens.starts, tokens.ends
    shouted = [
        i
        for i in compress(range(len(texts)), map(str.isupper, texts))
        if kinds[i] == "word"
        and len(texts[i]) >= 2
        and texts[i].isalpha()
        and text[ends[i] : ends[i] + 1] not in _JOINERS
        and text[starts[i] - 1 : starts[i]] not in _JOINERS
    ]
    for i in shouted:
        if run:
            previous = run[-1]
            between = kinds[previous + 1 : i]
            if sentences[i] != sentences[previous] or "word" in between or "tag" in between:
                close_run()
        run.append(i)
    if run:
        close_run()
    # Every branch needs three of "!?": most posts are spared the scan.
    bangs = text.count("!")
    if bangs + text.count("?") >= 3:
        matches = _EXCLAIM_RE.finditer(text)
    else:
        matches = iter(())
    for match in matches:
        findings.append(from_rule(text, match.start(), match.end(), rule))
    return findings


_JOINERS = ("-", "/", "–")


def _walls(text: str, pack: Pack) -> list[Finding]:
    findings: list[Finding] = []
    if "spam.hashtag-wall" in pack.rules:
        rule = pack.rule("spam.hashtag-wall")
        wall = int(pack.setting("hashtag_wall", 5))
        total_wall = int(pack.setting("hashtag_total", 8))
        tags = hashtags(text)
        runs = _runs(text, tags)
        walled = [run for run in runs if len(run) >= wall]
        for run in walled:
            findings.append(from_rule(text, run[0][0], run[-1][1], rule, count=len(run)))
        if not walled and len(tags) >= total_wall:
            findings.append(from_rule(text, tags[0][0], tags[-1][1], rule, count=len(tags)))
    if "spam.emoji-wall" in pack.rules:
        rule = pack.rule("spam.emoji-wall")
        wall = int(pack.setting("emoji_wall", 4))
        # No emoji is ASCII: a plain-ASCII post skips the scan.
        for match in () if text.isascii() else _EMOJI_RUN_RE.finditer(text):
            emoji = _EMOJI_RE.findall(match.group())
            if len(emoji) >= wall and not _rating(emoji) and not _flag_list(emoji):
                findings.append(from_rule(text, match.start(), match.end(), rule))
    return findings


def _rating(emoji: list[str]) -> bool:
    """Whether a run of emoji is a review's stars ("⭐⭐⭐⭐⭐"): a rating, not decoration."""
    return len(emoji) <= 5 and all(e.rstrip("\ufe0f") in _STARS for e in emoji)


_STARS = frozenset("⭐🌟★")


def _flag_list(emoji: list[str]) -> bool:
    """Whether a run of emoji is a short list of flags ("🇫🇷🇬🇧🇺🇸🇨🇦": the countries a group
    comes from, the languages spoken): information, not decoration. One flag repeated cheers."""
    return (
        len(emoji) <= _FLAG_LIST
        and len(set(emoji)) == len(emoji)
        and all(_FLAG_RE.fullmatch(e) for e in emoji)
    )


_FLAG_LIST = 6
_FLAG_RE = regex.compile(r"[\U0001F1E6-\U0001F1FF]{2}")


def _runs(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group spans separated only by whitespace or commas."""
    runs: list[list[tuple[int, int]]] = []
    for span in spans:
        if runs and text[runs[-1][-1][1] : span[0]].strip(" \t\r\n,") == "":
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


def _link_only(text: str, tokens: Tokens, pack: Pack) -> list[Finding]:
    if "spam.link-only" not in pack.rules:
        return []
    bare = _bare_links(text, tokens, pack)
    kinds = tokens.kinds
    link = kinds.index("url") if "url" in kinds else -1
    if link < 0 and not bare:
        return []
    in_links = sum(last - first + 1 for first, last in bare)
    # As a reader counts: "l'assurance" is one word, not two.
    elided = sum(
        1
        for i, kind in enumerate(kinds)
        if kind == "word"
        and len(tokens.texts[i]) <= 2
        and text[tokens.ends[i] : tokens.ends[i] + 1] in ("'", "’")
    )
    words = word_count(tokens) - in_links - elided
    if words >= int(pack.setting("link_only_words", 12)) and not _teaser(text, words, pack):
        return []
    rule = pack.rule("spam.link-only")
    starts = tokens.starts
    if link >= 0 and (not bare or starts[link] < starts[bare[0][0]]):
        return [from_rule(text, starts[link], tokens.ends[link], rule)]
    first, last = bare[0]
    return [from_rule(text, starts[first], tokens.ends[last], rule)]


def _teaser(text: str, words: int, pack: Pack) -> bool:
    """A few lines that only send the reader to the link ("New on the blog: five questions…
    👇", « À lire absolument… tout est dit. ») are little more than the link."""
    if words >= int(pack.setting("link_teaser_words", 0)):
        return False
    said = text.casefold()
    return any(str(teaser) in said for teaser in pack.setting("teasers", []))


_PATH_CHARACTERS = frozenset("/.-_?=&#%+~")
_GLUED_DOT_RE = regex.compile(r"(?<=[\p{L}\p{N}])\.(?=[a-z])")


def _bare_links(text: str, tokens: Tokens, pack: Pack) -> list[tuple[int, int]]:
    """(first, last) word indexes of links written without "http" or "www": "bit.ly/abc",
    "mysite.fr": a word, a dot, a lower-case top-level domain from settings.link_domains."""
    memo = pack.memo("link_domains")
    domains: frozenset[str] | None = memo.get("domains")
    if domains is None:
        domains = memo["domains"] = frozenset(str(d) for d in pack.setting("link_domains", []))
    found: list[tuple[int, int]] = []
    n = len(tokens)
    starts: dict[int, int] | None = None
    after = -1  # a link's last word: dots inside it were already taken
    # A dot glued between a letter and a lower-case letter is rare in prose: look only there.
    for dot in _GLUED_DOT_RE.finditer(text):
        if starts is None:
            starts = {start: k for k, start in enumerate(tokens.starts)}
        i = starts.get(dot.end())
        if i is None or i < 1 or i <= after:
            continue
        head, tld = tokens[i - 1], tokens[i]
        if (
            tld.text in domains
            and head.kind == "word"
            and tld.kind == "word"
            and head.end == dot.start()
            and (tld.end == len(text) or not text[tld.end].isalnum())
        ):
            first, last = i - 1, i
            while first > 0 and _joined(text, tokens[first - 1], tokens[first], "."):
                first -= 1
            while last + 1 < n and _joined(text, tokens[last], tokens[last + 1], _PATH_CHARACTERS):
                last += 1
            found.append((first, last))
            after = last
    return found


def _joined(text: str, left: Token, right: Token, glue: str | frozenset[str]) -> bool:
    """Whether two tokens are one piece of a link: one glue character between them."""
    return (
        left.kind == "word"
        and right.kind == "word"
        and right.start == left.end + 1
        and text[left.end] in glue
    )


def _discount_headline(text: str, tokens: Tokens, pack: Pack) -> list[Finding]:
    """A percentage in the first sentence reads as an advert's headline ("-30% this week!")."""
    if "spam.discount-headline" not in pack.rules:
        return []
    # The headline is the first sentence, or the first two when the first is only a title of
    # a few words ("FRENCH DAYS 🇫🇷" then "-30 % sur toutes les montures").
    first_sentence = first_sentence_end = -1
    seen = 0  # sentences met so far
    words = 0  # words in the first sentence
    for kind, sentence, start in zip(tokens.kinds, tokens.sentences, tokens.starts, strict=True):
        if kind != "word":
            continue
        if first_sentence < 0:
            first_sentence, seen = sentence, 1
        elif sentence != first_sentence:
            if seen == 1 and words <= 4:
                first_sentence, seen = sentence, 2
                continue
            first_sentence_end = start
            break
        if seen == 1:
            words += 1
    if first_sentence < 0:
        return []  # no words
    if first_sentence_end < 0:
        first_sentence_end = len(text)
    stop = min(first_sentence_end, 400)
    # Every branch needs a "%": where there is none, the costly pattern need not run.
    match = _PERCENT_RE.search(text, 0, stop) if "%" in text[:stop] else None
    if match is None:
        return []
    rule = pack.rule("spam.discount-headline")
    start = match.start()
    while start < match.end() and text[start].isspace():
        start += 1
    if quoted(tokens, start, match.end()):
        return []  # « -70 % sur les montures » held up to be criticised, not offered
    return [from_rule(text, start, match.end(), rule)]
