"""analyze(text, context) -> Report: runs every category's checks over one tokenization."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from .findings import without_overlaps
from .jargon import check_jargon
from .language import detect_language
from .length import check_length
from .off_topic import check_allusion, check_off_topic, no_topic_note
from .packs import LANGUAGES, load_pack
from .phrases import Scan
from .report import Context, Finding, GrammarStatus, Report
from .score import score
from .spam import check_spam, company_subjects, own_voice
from .tokens import Tokens, sentence_at, tokenize, word_count
from .voice import Voice, check_voice

# Beyond this many characters only the beginning is analysed (length limits still see all):
# a social post is a few thousand characters, and a pasted book must not freeze the editor.
MAX_ANALYZED_CHARS = 100_000


def analyze(text: str, context: Context) -> Report:
    """Findings, kind, voice counts and score for a post; grammar is not run here (status "off")."""
    return _analysis(text, context)[0]


def kind_signals(text: str, context: Context) -> dict[str, float]:
    """What the kind model weighs for this post (bench/train_kind.py fits it on these)."""
    return _analysis(text, context)[1].features


def _analysis(text: str, context: Context) -> tuple[Report, Voice]:
    given = context.language.casefold()[:2]  # "en", "EN", "fr-CA" all name a language
    language = given if given in LANGUAGES else detect_language(text)
    head = text[:MAX_ANALYZED_CHARS]
    tokens = tokenize(head, language)
    allowed = allowed_forms(context.allow_list)

    spam_pack = load_pack(language, "spam")
    jargon_pack = load_pack(language, "jargon")
    off_topic_pack = load_pack(language, "off_topic")
    voice_pack = load_pack(language, "voice")
    scan = Scan(
        tokens,
        [
            spam_pack.index,
            jargon_pack.index,
            jargon_pack.explain,
            off_topic_pack.index,
            off_topic_pack.weak,
            voice_pack.signals,
        ],
    )
    subjects = company_subjects(tokens, spam_pack, context)  # spam and voice both need them
    spam = check_spam(head, tokens, spam_pack, context, scan, subjects)
    jargon, ease = check_jargon(head, tokens, jargon_pack, context, allowed, scan)
    off_topic = check_off_topic(head, tokens, off_topic_pack, context, scan)
    unnamed = check_allusion(head, tokens, off_topic_pack, context, off_topic)
    off_topic = [*off_topic, *unnamed]
    jargon = _names_dropped(jargon, off_topic, spam, tokens)
    topic_note = no_topic_note(tokens, off_topic_pack, context)
    length = check_length(text, load_pack(language, "length"), context)
    spam = _honour_profile(spam, context, allowed)
    voice = check_voice(
        head,
        tokens,
        voice_pack,
        spam_pack,
        context,
        [*spam, *_honour_profile(jargon, context, allowed), *off_topic],
        scan,
        subjects,
    )
    spam = own_voice(spam, tokens, spam_pack, subjects, voice.counts["i"] + voice.counts["we"])

    findings = without_overlaps([*spam, *jargon, *off_topic, *voice.findings, *length])
    findings = _honour_profile(findings, context, allowed)
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    words = word_count(tokens)
    report = Report(
        findings=tuple(findings),
        kind=voice.kind,
        kind_signals=tuple(voice.signals),
        score=score(findings, voice.kind, voice.counts, words),
        language=language,
        voice=voice.counts,
        nudges=tuple(voice.nudges) + ((topic_note,) if topic_note else ()),
        grammar=GrammarStatus("off"),
        readability=round(ease, 1) if ease is not None else None,
    )
    return report, voice


# Words no list knows, flagged for their shape or rarity: in a sentence that jabs at public
# life they are the names of its parties, rebels and nicknames ("BJP", "M23", "Jagaban"),
# which the off-topic finding already points at, not a trade's shorthand. Only the pack's
# findings count: the allusion model's reading is a guess, and a dairy farmer's "SCC" in a
# sentence it misreads is still the trade's.
_UNLISTED_WORDS = frozenset({"jargon.acronym", "jargon.rare-word"})


def _names_dropped(
    jargon: list[Finding], off_topic: list[Finding], spam: list[Finding], tokens: Tokens
) -> list[Finding]:
    """Unlisted words in a sentence the off-topic pack flags, or inside the business's own
    name speaking of itself ("Tan & Partners LLP is delighted…": the spam check found it)."""
    if not any(f.rule in _UNLISTED_WORDS for f in jargon):
        return jargon
    jabs: set[int] = set()
    for f in off_topic:
        if f.severity != "info" and f.rule != "off_topic.allusion":
            first = sentence_at(tokens, f.start, 0)
            jabs.update(range(first, sentence_at(tokens, f.end - 1, first) + 1))
    names = [(f.start, f.end) for f in spam if f.rule == "spam.company-third-person"]
    if not jabs and not names:
        return jargon
    return [
        f
        for f in jargon
        if f.rule not in _UNLISTED_WORDS
        or not (
            sentence_at(tokens, f.start, 0) in jabs
            or any(start <= f.start and f.end <= end for start, end in names)
        )
    ]


def _honour_profile(
    findings: Iterable[Finding], context: Context, allowed: frozenset[str]
) -> list[Finding]:
    """Drop what the user chose to ignore (a rule, a category, or one "Ignore here" key), and
    jargon made only of words on their allow-list."""
    ignored = set(context.ignored_rules)
    kept: list[Finding] = []
    for finding in findings:
        if ignored and (
            finding.rule in ignored or finding.category in ignored or finding.key in ignored
        ):
            continue
        if finding.category == "jargon" and finding.text and _all_allowed(finding.text, allowed):
            continue
        kept.append(finding)
    return kept


def _all_allowed(text: str, allowed: frozenset[str]) -> bool:
    if not allowed:
        return False
    if text.casefold() in allowed:
        return True
    for language in LANGUAGES:
        words = [t for t in tokenize(text, language) if t.kind == "word"]
        if words and all(t.fold in allowed or t.key in allowed for t in words):
            return True
    return False


@lru_cache(maxsize=32)
def allowed_forms(allow_list: tuple[str, ...]) -> frozenset[str]:
    """The allow-list as folded words and stems in both languages, plus whole phrases."""
    forms: set[str] = set()
    for entry in allow_list:
        forms.add(entry.casefold().strip())
        for language in LANGUAGES:
            for token in tokenize(entry, language):
                if token.kind == "word":
                    forms.add(token.fold)
                    forms.add(token.key)
    return frozenset(forms)
