"""Voice and kind: who speaks ("I", "we" or the company) and what the post is (story, tip, news…).

Kind signals are phrases in the voice pack, each voting for a kind with a weight; past-tense
narration and time markers vote for a story, advice and numbers from practice for experience,
"finally"/"we launched" for an announcement, "I think" for an opinion, and sales phrasing (the
spam findings) for promotion. The kind with the most votes wins; too few votes is "other".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .findings import from_rule
from .packs import Pack
from .report import KINDS, Context, Finding, Kind
from .spam import company_subjects
from .tokens import Token

_GOOD_KINDS: tuple[Kind, ...] = ("story", "experience", "announcement", "opinion")


@dataclass
class Voice:
    kind: Kind = "other"
    signals: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    nudges: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)


def check_voice(
    text: str,
    tokens: Sequence[Token],
    pack: Pack,
    spam_pack: Pack,
    context: Context,
    spam_findings: Sequence[Finding],
) -> Voice:
    voice = Voice()
    singular = set(pack.setting("first_person_singular", []))
    plural = set(pack.setting("first_person_plural", []))
    words = [t for t in tokens if t.kind == "word"]
    i_count = sum(1 for t in words if t.fold in singular and not _is_letter_i_in_list(t))
    we_count = sum(1 for t in words if t.fold in plural)
    subjects = company_subjects(tokens, spam_pack, context)
    names = _name_mentions(tokens, context)
    company_count = len(subjects) + sum(
        1 for n in names if not any(a <= n <= b for a, b in subjects)
    )
    voice.counts = {"i": i_count, "we": we_count, "company": company_count}

    scores: dict[str, float] = {kind: 0.0 for kind in KINDS}
    labels: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for match in pack.signals.find(tokens):
        signal = match.payload
        scores[signal.kind] = scores.get(signal.kind, 0.0) + signal.weight
        matched = text[tokens[match.first].start : tokens[match.last].end]
        labels.setdefault(signal.kind, []).append(f"{signal.label or signal.kind}: “{matched}”")
    past = _past_tense(words, pack)
    if past:
        weight = float(pack.setting("past_tense_weight", 0.5)) * min(past, 4)
        scores["story"] += weight
        labels["story"].append(f"{pack.text('past_tense_label')} ×{past}")
    sales = [f for f in spam_findings if f.category == "spam"]
    if sales:
        scores["promotion"] += float(pack.setting("spam_weight", 1.5)) * len(sales)
        labels["promotion"].append(f"{pack.text('sales_label')} ×{len(sales)}")
    if company_count and company_count >= i_count + we_count:
        scores["promotion"] += float(pack.setting("company_voice_weight", 1.0))
        labels["promotion"].append(pack.text("company_label"))
    if i_count + we_count:
        # A first-person voice is what the good kinds have in common: it tips close calls.
        for kind in _GOOD_KINDS:
            if scores[kind] > 0:
                scores[kind] += float(pack.setting("first_person_bonus", 0.25))
    voice.scores = scores
    best = max(KINDS, key=lambda kind: (scores[kind], -KINDS.index(kind)))
    if scores[best] >= float(pack.setting("kind_threshold", 1.0)):
        voice.kind = best
        voice.signals = labels[best]
    voice.findings = _company_voice(text, tokens, pack, subjects, i_count + we_count)
    voice.nudges = _nudges(voice, pack, len(words))
    return voice


def _is_letter_i_in_list(token: Token) -> bool:
    # "(i)" in an enumerated list is not the author speaking; French "i" never is either.
    return token.text == "i" and token.first


def _name_mentions(tokens: Sequence[Token], context: Context) -> list[int]:
    firsts = {name.split()[0].casefold() for name in context.company_names if name.split()}
    return [n for n, t in enumerate(tokens) if t.kind == "word" and t.norm in firsts]


def _past_tense(words: Sequence[Token], pack: Pack) -> int:
    """How many words look like past-tense narration ("asked", "came", "était")."""
    past_words = set(pack.setting("past_words", []))
    suffixes = tuple(pack.setting("past_suffixes", []))
    exclude = set(pack.setting("past_exclude", []))
    count = 0
    for token in words:
        fold = token.fold
        if fold in exclude:
            continue
        if fold in past_words or (suffixes and len(fold) > 4 and fold.endswith(suffixes)):
            count += 1
    return count


def _company_voice(
    text: str,
    tokens: Sequence[Token],
    pack: Pack,
    subjects: list[tuple[int, int]],
    first_person: int,
) -> list[Finding]:
    rule = pack.rules.get("voice.company-voice")
    if rule is None or not subjects or first_person > len(subjects):
        return []
    first, last = subjects[0]
    return [from_rule(text, tokens[first].start, tokens[last].end, rule)]


def _nudges(voice: Voice, pack: Pack, words: int) -> list[str]:
    if words < int(pack.setting("nudge_min_words", 6)):
        return []
    nudges: list[str] = []
    counts = voice.counts
    if counts["company"] and counts["company"] >= counts["i"] + counts["we"]:
        nudges.append(pack.text("nudge_company"))
    elif counts["i"] + counts["we"] == 0:
        nudges.append(pack.text("nudge_no_person"))
    if voice.kind == "promotion":
        nudges.append(pack.text("nudge_promotion"))
    elif voice.kind == "other":
        nudges.append(pack.text("nudge_other"))
    return nudges
