"""Voice and kind: who speaks ("I", "we" or the company) and what the post is (story, tip, news…).

Kind signals are phrases in the voice pack, each voting for a kind with a weight; past-tense
narration and time markers vote for a story, advice and numbers from practice for experience,
"finally"/"we launched" for an announcement, "I think" for an opinion, and sales phrasing (the
spam findings, prices) for promotion.

The kind is what most of the post does, so votes are counted sentence by sentence: each
sentence has a capped say per kind (a shouted sales tail or a one-line lesson is one sentence),
the opening sentence counts more (the hook says what the post is), and a past case told after
an opinion, a tip or news counts less (it is their evidence, however long), as does advice
after an opinion (its conclusion). The kind with the most votes wins; too few votes is "other".
News said under a condition ("quand on commence…") is no news, news in a brochure's voice is
still news, and news that names its price is an offer.

What the opening does decides more than words: one that thanks someone or asks the readers for
their say ("Has anyone read…?") is neither of the good kinds; a last paragraph on an off-topic
subject is an aside and doesn't vote. Some signals are about grammar, not words: "should" said of
someone else argues (opinion), said to "you" it advises; capitals and "!!!" are how a post is
written, not what it is, so they don't vote for promotion.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat

from .findings import from_rule
from .frequency import zipf
from .kind_model import kind_features, load_model
from .packs import Pack
from .phrases import Scan
from .report import KINDS, Context, Finding, Kind
from .spam import PRICE_RE, company_subjects, has_currency
from .tokens import CLOSING_QUOTES, Tokens, WordForms, fold_accents, quoted, sentence_at

_WORD_RE = re.compile(r"\w+")
# Words at least this common (Zipf: "the", "came", « de », « fait ») are in every post: they
# weigh in the model but make a poor reason to show.
_EVERYWHERE_ZIPF = 5.5
_GOOD_KINDS: tuple[Kind, ...] = ("story", "experience", "announcement", "opinion")
# Kinds whose words, inside a quotation, are someone else's: a client's "Il faut que…" or "Je
# pense que…" quoted by the author is no view of the author's.
_NOT_QUOTED = frozenset({"opinion"})
# Jargon that says nothing about trade knowledge: buzzwords, rare words, long sentences.
_NOT_TRADE = frozenset(
    {"jargon.buzzword", "jargon.rare-word", "jargon.long-sentence", "jargon.hard-sentence"}
)


@dataclass
class Voice:
    kind: Kind = "other"
    signals: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    nudges: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    features: dict[str, float] = field(default_factory=dict)  # what the kind model weighs


def check_voice(
    text: str,
    tokens: Tokens,
    pack: Pack,
    spam_pack: Pack,
    context: Context,
    others: Sequence[Finding],
    scan: Scan,
    subjects: list[tuple[int, int]] | None = None,
) -> Voice:
    """Kind, signals, voice counts, nudges; `others` are the other analyzers' findings,
    `subjects` the business-as-subject spans when the caller has them (spam.company_subjects)."""
    voice = Voice()
    kinds = tokens.kinds
    words = list(compress(range(len(kinds)), map("word".__eq__, kinds)))  # token indexes
    priced = has_currency(text) and PRICE_RE.search(text) is not None
    i_count, we_count, you_count, past, commands, oughts = _word_counts(
        text, tokens, words, pack, priced
    )
    if subjects is None:
        subjects = company_subjects(tokens, spam_pack, context)
    names = _name_mentions(tokens, context)
    company_count = len(subjects) + sum(
        1 for n in names if not any(a <= n <= b for a, b in subjects)
    )
    voice.counts = {"i": i_count, "we": we_count, "company": company_count}

    # Votes are counted per sentence, each sentence's say per kind capped: the kind is what
    # most of the post does, so a tail ("Book now!!!", a one-line lesson) or one sentence
    # crowded with signals cannot outvote the rest. The opening sentence counts more: the
    # hook usually says what the post is ("Unpopular opinion:", "Yesterday…").
    first_sentence = tokens.sentences[words[0]] if words else 0
    votes = _Votes(
        first_sentence,
        float(pack.setting("opening_weight", 1.0)),
        float(pack.setting("sentence_cap", 1e9)),
        float(pack.setting("illustration_weight", 1.0)),
    )
    votes.backing_share = float(pack.setting("backing_share", 0.0))
    _phrase_votes(votes, text, tokens, scan, pack)
    if past:
        weight = float(pack.setting("past_tense_weight", 0.5))
        for sentence, count in past.items():
            votes.add("story", weight * count, "", sentence)
        votes.label("story", f"{pack.text('past_tense_label')} ×{sum(past.values())}")
    if commands:
        weight = float(pack.setting("imperative_weight", 0.5))
        for sentence, count in commands.items():
            votes.add("experience", weight * count, "", sentence)
        votes.label("experience", f"{pack.text('imperative_label')} ×{sum(commands.values())}")
    if oughts:
        # "The council should…", "Le législateur devrait…": how others ought to act is a
        # position argued; "you should" is advice (see _word_counts).
        weight = float(pack.setting("ought_weight", 0.0))
        for sentence, count in oughts.items():
            votes.add("opinion", weight * count, "", sentence)
        votes.label("opinion", f"{pack.text('ought_label')} ×{sum(oughts.values())}")
    if you_count >= int(pack.setting("second_person_min", 3)):
        votes.add(
            "experience", float(pack.setting("second_person_weight", 0.5)), pack.text("you_label")
        )

    price_votes = _sales_votes(votes, text, tokens, others, pack, spam_pack, priced)
    trade = [f for f in others if f.category == "jargon" and f.rule not in _NOT_TRADE]
    if len(trade) >= 2:
        # Dense trade talk is someone sharing what they know, even if it needs plainer words.
        votes.add("experience", min(1.0, 0.5 * len(trade)), pack.text("trade_label"))
    mush = sum(1 for f in others if f.rule == "jargon.buzzword")
    if mush:
        # Office buzzwords say nothing a reader can use: empty corporate talk is no kind.
        weight = float(pack.setting("buzzword_weight", 0.0))
        votes.add("other", min(3 * weight, weight * mush), pack.text("buzzword_label"))
    # The opening says what the post is (see _Votes): one that thanks someone is a thank-you,
    # whatever it thanks them for ("To the lady who brought flapjacks on Tuesday: thank you").
    # A sentence that asks the readers for their say ("Has anyone read…?", "Vous votez pour
    # qui ?") hands them the floor: a post made of such questions, not answered by the rest,
    # is none of the kinds (the opening one counts more, as every opening vote does).
    opening = tokens.sentence_tokens(first_sentence)
    folds = {form.fold for form in tokens.forms[opening[0] : opening[1]]}
    if folds & pack.word_set("announcing_words"):
        # "X is pleased to announce the opening of…": the news is the point, and the sales
        # talk that follows (new hours, "book now") is its small print.
        votes.asides = ("story", "promotion")
    if folds & pack.word_set("thanks_words"):
        # What it thanks for is told as its reason, not as a story (see _ASIDES).
        votes.drop("story", first_sentence)
        votes.add("other", float(pack.setting("thanks_weight", 0.0)), "", first_sentence)
        votes.label("other", pack.text("thanks_label"))
    asked = _audience_questions(text, tokens, pack) if "?" in text else set()
    for sentence in asked:
        votes.add("other", float(pack.setting("audience_question_weight", 0.0)), "", sentence)
    if asked:
        votes.label("other", pack.text("audience_question_label"))
    # A later paragraph on a subject outside the trade, after a first paragraph that names
    # none, is an aside ("On a different note, the minister…"): the off-topic check warns
    # about it, and the post is what its first paragraph does.
    offside = [f for f in others if f.category == "off_topic"]
    aside = _aside(text, tokens, offside, first_sentence) if offside else None
    told, kept = text, words  # what the kind model reads: the post without its aside
    if aside is not None:
        # Only the paragraphs the subject is in: the work the post comes back to after the
        # aside (an offer, a tip) still counts.
        dropped = _aside_sentences(text, tokens, offside, aside)
        for key in [key for key in votes.by_sentence if key[1] in dropped]:
            del votes.by_sentence[key]
        kept = [index for index in words if tokens.sentences[index] not in dropped]
        if dropped:
            told = text[: tokens.starts[bisect_left(tokens.sentences, min(dropped))]].rstrip()
        offside = []
    # A hashtag names a subject without arguing it: a tag wall stays a tag wall; and asking
    # the readers about a hot subject is not taking a side on it.
    heated = [
        f
        for f in offside
        if f.category == "off_topic"
        and _takes_a_side(pack, f.rule)
        and f.text[:1] != "#"
        and sentence_at(tokens, f.start, first_sentence) not in asked
    ]
    side = min(1.5, 0.75 * len(heated))
    if heated:
        # Writing about politics or a war is taking a side: an opinion, whatever the form.
        votes.add("opinion", side, pack.text("heated_label"))
    if company_count and company_count >= i_count + we_count:
        votes.add(
            "promotion",
            float(pack.setting("company_voice_weight", 1.0)),
            pack.text("company_label"),
        )
    # A question doesn't narrate or announce: "Did you watch the debate last night?", "What
    # made you finally start?" ask, they tell nothing.
    if "?" in text:
        for kind in ("story", "announcement"):
            for sentence in votes.sentences(kind):
                if _is_question(text, tokens, sentence):
                    votes.drop(kind, sentence)
    scores = votes.totals()
    ends = votes.ends(tokens.sentences[words[-1]] if words else first_sentence)
    if i_count + we_count:
        # A first-person voice is what the good kinds have in common: it tips close calls.
        for kind in _GOOD_KINDS:
            if scores[kind] > 0:
                scores[kind] += float(pack.setting("first_person_bonus", 0.25))

    voice.scores = dict(scores)
    if any(f.rule == "spam.link-only" for f in others):
        # A bare link tells nothing, whatever its words, unless they sell ("Spaces left 👉").
        selling = scores["promotion"]
        scores = {kind: 0.0 for kind in KINDS}
        scores["promotion"] = selling
    elif _relayed(pack, offside, i_count):
        # Gossip or a prayer passed on with no "I" in it tells no story and shares no
        # practice; only a view argued in its words ("… should not be promoted") still
        # makes it an opinion, not the hot subject it names.
        # A sale that uses the gossip as its hook still sells.
        argued, selling = scores["opinion"] - side, scores["promotion"]
        scores = {kind: 0.0 for kind in KINDS}
        scores["opinion"] = max(0.0, argued)
        scores["promotion"] = selling
    winner = max(KINDS, key=lambda kind: (scores[kind], -KINDS.index(kind)))
    price_news = pack.text("price_news_label")
    if (
        winner == "announcement"
        and price_votes
        and scores["promotion"] > 0
        # …unless the news is the change of prices itself ("my rates go up in January").
        and not any(
            isinstance(label, tuple) and label[0] == price_news
            for label in votes.labels["announcement"]
        )
    ):
        # News that names its price ("a beginners' weekend in April… £45") is an offer,
        # however warmly told.
        winner = "promotion"
        scores["promotion"] = max(scores["promotion"], scores["announcement"])
    threshold = float(pack.setting("kind_threshold", 1.0))
    rule_kind: Kind = winner if scores[winner] >= threshold else "other"
    # The rules' verdict is one of the signals the kind model weighs with the post's words.
    voice.features = kind_features(
        told,
        tokens,
        kept,
        pack.language,
        voice.scores,
        rule_kind,
        voice.counts,
        [f for f in others if f.start < len(told)],  # not the aside's own finding
        ends,
    )
    # The model learnt from whole posts; a sentence or two is the rules' call.
    model = load_model() if len(words) >= int(pack.setting("kind_model_min_words", 30)) else None
    cues: list[str] = []
    voice.kind = rule_kind
    if model is not None:
        voice.kind, cues = model.decide(voice.features)
    if voice.kind != "other" or scores["other"] >= threshold:
        voice.signals = [
            label if isinstance(label, str) else _quoted(text, tokens, *label)
            for label in votes.labels[voice.kind]
        ]
    shown = _cue_words(text, tokens, kept, pack, cues) if cues else ""
    if shown:
        voice.signals.append(shown)
    voice.findings = _company_voice(text, tokens, pack, subjects, i_count + we_count)
    voice.nudges = _nudges(voice, pack, len(words))
    return voice


def _phrase_votes(votes: _Votes, text: str, tokens: Tokens, scan: Scan, pack: Pack) -> None:
    """The voice pack's phrases, each voting in its sentence for its kind: one vote per kind
    per starting word (the strongest), so "tip" and "tips" listed side by side don't count
    twice."""
    best: dict[tuple[str, int], tuple[float, int, str]] = {}
    for match in scan.of(pack.signals):
        signal = match.payload
        at = match.first
        word = tokens.texts[at]
        if at == match.last and word[:1].isupper() and not word.isupper() and not tokens.firsts[at]:
            continue  # a capitalised word mid-sentence is a name ("Patrimoine Conseil")
        if signal.kind == "announcement" and _conditional(tokens, at, pack):
            continue  # "Quand on commence…", "If we open late…": said of any time, no news
        if tokens.texts[at][:1].isdigit() and _timetable(text, tokens, at, match.last):
            continue  # "de 8 h à 12 h 30", "9am–1pm", "24 h/24": opening hours, not a scene
        if signal.kind in _NOT_QUOTED and quoted(
            tokens, tokens.starts[at], tokens.ends[match.last]
        ):
            continue  # « Il faut qu'il apprenne… », a client's words: not the author's view
        # Ties go to the longer phrase, then the label: the scan's order follows hashing.
        found = (signal.weight, match.last, signal.label or signal.kind)
        key = (signal.kind, at)
        if key not in best or best[key] < found:
            best[key] = found
    sentences = tokens.sentences
    by_sentence, labels = votes.by_sentence, votes.labels  # the hot loop adds in place
    for (kind, at), (weight, last, label) in sorted(best.items(), key=lambda item: item[0][1]):
        if kind in labels:
            key = (kind, sentences[at])
            by_sentence[key] = by_sentence.get(key, 0.0) + weight
            labels[kind].append((label, at, last))  # worded only if this kind wins


# A time of day that opens or closes a span: "de 8 h à 12 h 30", "8am–4pm", "24 h/24".
_SPAN_BEFORE_RE = re.compile(
    r"(?:\b(?:de|from|until|till|jusqu'à|jusqu’à)|(?:\d|\bh|am|pm)\s*(?:à|to|et|and|[–—/-]))\s*$"
)
_SPAN_AFTER_RE = re.compile(r"^\s*(?:[–—/-]|(?:à|to|until|till|et|and)\b)")


def _timetable(text: str, tokens: Tokens, first: int, last: int) -> bool:
    """Whether the clock time at tokens first..last is one end of a span of hours, or opens a
    line of a programme ("– 10 h 45 : atelier brossage", "• 2pm: Q&A")."""
    start, end = tokens.starts[first], tokens.ends[last]
    return bool(
        any(mark in text[start:end] for mark in "/–—-")
        or _SPAN_BEFORE_RE.search(text, max(0, start - 12), start)
        or _SPAN_AFTER_RE.match(text[end : end + 8])
        or _LINE_START_RE.search(text, max(0, start - 6), start)
    )


# A line's start, then at most a bullet or a dash: the time is the programme's, not a scene's.
_LINE_START_RE = re.compile(r"(?:^|\n)[^\S\n]*(?:[-–—•·*▪►✅🔹]|\d+[.)])?[^\S\n]*$")


def _conditional(tokens: Tokens, at: int, pack: Pack) -> bool:
    """Whether the words from `at` sit in a clause of condition or time ("when we start",
    "lorsqu'on ouvre", "dès qu'on commence"): what happens whenever it happens is no news."""
    if at and not tokens.firsts[at] and tokens.forms[at - 1].fold in pack.word_set("subjects"):
        at -= 1  # "(quand) on | déménage", "(if) we | open"
    if not at or tokens.firsts[at]:
        return False
    before = tokens.forms[at - 1].fold
    if before in pack.word_set("conditional_words"):
        return True
    # French "qu'" is a condition only after some words ("dès qu'on", "tant qu'on"); after a
    # verb it brings the news itself ("je vous annonce qu'on ouvre").
    return (
        at >= 2
        and before in pack.word_set("conditional_que")
        and not tokens.firsts[at - 1]
        and tokens.forms[at - 2].fold in pack.word_set("conditional_before_que")
    )


def _sales_votes(
    votes: _Votes,
    text: str,
    tokens: Tokens,
    others: Sequence[Finding],
    pack: Pack,
    spam_pack: Pack,
    priced: bool,
) -> bool:
    """Sales findings and prices (`priced`: the post names one), each voting for promotion in
    its sentence; whether the prices voted."""
    first_sentence = votes.opening
    # Shouting (capitals, "!!!", emoji and hashtag walls) is how a post is written, not what
    # it is: news and a tip can shout too. Only what a finding says votes for promotion.
    form = pack.word_set("form_rules", accents=True)
    spam = [f for f in others if f.category == "spam" and f.rule not in form]
    if spam:
        # Several sales findings in one sentence are one pitch: the sentence votes with its
        # strongest ("LIMITED OFFER!!! BOOK NOW" is shouting, urgency and a call, said once).
        pitches: dict[int, float] = {}
        weights = _promotion_weights(spam_pack)
        # "X is pleased to announce…": news in a brochure's voice; its sentence tells the
        # news (the business as its subject is the announcer), it doesn't pitch.
        placed = [(f, sentence_at(tokens, f.start, first_sentence)) for f in spam]
        announcing = pack.word_set("announcing_words")
        news: set[int] = set()
        if announcing:
            for f, sentence in placed:
                said = fold_accents(f.text.casefold())
                if any(word in said for word in announcing) and not announcing.isdisjoint(
                    _WORD_RE.findall(said)
                ):
                    news.add(sentence)
                    votes.add("announcement", weights.get(f.rule, 1.0), "", sentence)
        for f, sentence in placed:
            if sentence in news:
                continue
            weight = weights.get(f.rule, 1.0)
            if weight > pitches.get(sentence, 0.0):
                pitches[sentence] = weight
        for sentence, weight in pitches.items():
            votes.add("promotion", weight, "", sentence)
        votes.label("promotion", f"{pack.text('sales_label')} ×{len(spam)}")
    price_weight = float(pack.setting("price_weight", 0.0))
    if price_weight and priced:
        # "£95", "120 €": a price with its currency sign, like "95 pounds" among the signals.
        prices = [
            sentence_at(tokens, found.start(), first_sentence) for found in PRICE_RE.finditer(text)
        ]
        for sentence in prices:
            votes.add("promotion", price_weight, "", sentence)
        if prices:
            votes.label("promotion", f"{pack.text('price_label')} ×{len(prices)}")
        return bool(prices)
    return False


class _Votes:
    """Votes per kind and sentence; a sentence's say per kind is capped, the opening's weighed."""

    def __init__(
        self, opening: int, opening_weight: float, cap: float, illustration: float = 1.0
    ) -> None:
        self.opening, self.opening_weight, self.cap = opening, opening_weight, cap
        self.illustration = illustration
        self.asides: tuple[str, ...] | None = None  # set when the opening decides them
        self.backing_share = 0.0  # the asides' ceiling, as a share of the hook's say (0: none)
        self.by_sentence: dict[tuple[str, int], float] = {}
        self.whole: dict[str, float] = {kind: 0.0 for kind in KINDS}
        # A label is its words, or (label, first token, last token) for a phrase found.
        self.labels: dict[str, list[str | tuple[str, int, int]]] = {kind: [] for kind in KINDS}

    def add(self, kind: str, weight: float, label: str, sentence: int | None = None) -> None:
        """A vote in one sentence, or (no sentence) about the whole post."""
        if not weight or kind not in self.whole:
            return
        if sentence is None:
            self.whole[kind] += weight
        else:
            by_sentence = self.by_sentence
            key = (kind, sentence)
            by_sentence[key] = by_sentence.get(key, 0.0) + weight
        if label:
            self.labels[kind].append(label)

    def sentences(self, kind: str) -> list[int]:
        return [sentence for (k, sentence) in self.by_sentence if k == kind]

    def drop(self, kind: str, sentence: int) -> None:
        self.by_sentence.pop((kind, sentence), None)

    def label(self, kind: str, label: str) -> None:
        self.labels[kind].append(label)

    def ends(self, last: int) -> dict[str, float]:
        """What the opening sentence and the last one (`last`) each speak for most, and how
        strongly (up to 1): the hook says what the post is, the close often what it wants."""
        said: dict[str, float] = {}
        for end, sentence in (("opens", self.opening), ("closes", last)):
            if end == "closes" and sentence == self.opening:
                break
            weight, kind = max((self.by_sentence.get((k, sentence), 0.0), k) for k in KINDS)
            if weight > 0:
                said[f"{end}:{kind}"] = min(1.0, weight)
        return said

    def totals(self) -> dict[str, float]:
        scores = dict(self.whole)
        by_sentence, cap, opening = self.by_sentence, self.cap, self.opening
        hook, strongest = "", 0.0
        for candidate in KINDS:
            said = min(by_sentence.get((candidate, opening), 0.0), cap)
            if said > strongest:
                hook, strongest = candidate, said
        # What follows the hook backs it up: a case told after an opinion or a tip is its
        # evidence. It counts for less than the hook.
        asides = _ASIDES.get(hook, ())
        if hook == "announcement" and self.asides is not None:
            asides = self.asides
        backing: dict[str, float] = {}
        for (kind, sentence), weight in by_sentence.items():
            if weight > cap:
                weight = cap
            if sentence == opening:
                weight *= self.opening_weight
            elif kind in asides:
                backing[kind] = backing.get(kind, 0.0) + weight * self.illustration
                continue
            scores[kind] += weight
        # However long the case told under a hook, it stays its evidence: together its votes
        # count at most `backing_share` of the hook's own say.
        ceiling = strongest * self.opening_weight * self.backing_share
        for kind, weight in backing.items():
            scores[kind] += min(weight, ceiling) if self.backing_share else weight
        return scores


# The kinds a hook's followers may back it up with: a past case under an opinion, a tip or
# news, or the occasion of a thank-you or a greeting; advice after an opinion is what it
# concludes ("Eat the biscuit."), not a tip post; the topics a poll offers ("the fear of the
# dentist and how we can help") are its choices, not tips.
_ASIDES: dict[str, tuple[str, ...]] = {
    "opinion": ("story", "experience"),
    "experience": ("story",),
    "announcement": ("story",),
    "other": ("story", "experience"),
}


def _cue_words(text: str, tokens: Tokens, words: Sequence[int], pack: Pack, cues: list[str]) -> str:
    """The model's reason: the words that weighed most for its kind, as written in the post.
    Words like "the" or « de » weigh too, but they explain nothing to the writer."""
    wanted = {cue.rsplit(":", 1)[1] for cue in cues}
    first: dict[str, int] = {}
    forms = tokens.forms
    for index in words:
        key = forms[index].key
        if key in wanted and key not in first:
            first[key] = index
    shown: list[str] = []
    for cue in cues:
        index = first.pop(cue.rsplit(":", 1)[1], -1)  # a word weighs as itself and in the hook
        if index >= 0 and zipf(forms[index].norm, pack.language) < _EVERYWHERE_ZIPF:
            shown.append(f"“{text[tokens.starts[index] : tokens.ends[index]]}”")
            if len(shown) == 3:
                break
    return f"{pack.text('model_words_label')}: {', '.join(shown)}" if shown else ""


def _quoted(text: str, tokens: Tokens, label: str, first: int, last: int) -> str:
    """A phrase signal's reason: its label and the words found, “quoted”."""
    return f"{label}: “{text[tokens.starts[first] : tokens.ends[last]]}”"


_SPACES = " \u00a0\u202f"


def _is_question(text: str, tokens: Tokens, sentence: int) -> bool:
    """Whether the sentence ends with a question mark (French puts a space before it); a
    question inside quotes is someone's words reported in a story, not the post asking."""
    last = bisect_right(tokens.sentences, sentence) - 1
    if last < 0 or tokens.sentences[last] != sentence:
        return False
    end = tokens.ends[last]
    after = text[end : end + 8].lstrip(_SPACES)
    return after[:1] == "?" and after[1:].lstrip(_SPACES)[:1] not in CLOSING_QUOTES


def _audience_questions(text: str, tokens: Tokens, pack: Pack) -> set[int]:
    """The sentences that ask the readers for their say (see _asks_the_audience)."""
    sentences, starts = tokens.sentences, tokens.starts
    found: set[int] = set()
    at = text.find("?")
    while at >= 0:
        before = bisect_right(starts, at) - 1
        if before >= 0:
            sentence = sentences[before]
            span = tokens.sentence_tokens(sentence)
            folds = {form.fold for form in tokens.forms[span[0] : span[1]]}
            if sentence not in found and _asks_the_audience(text, tokens, pack, span, folds):
                found.add(sentence)
        at = text.find("?", at + 1)
    return found


def _asks_the_audience(
    text: str, tokens: Tokens, pack: Pack, span: tuple[int, int], folds: set[str]
) -> bool:
    """Whether the sentence (its tokens `span`, their accent-folded words `folds`) is a question
    that asks the readers for their say: it ends with a question mark and asks
    "anyone"/"quelqu'un", opens with "who"/"qui" (after a colon too: "Quick question: who…?"),
    or asks "what"/"which" of "you" ("what's your rule…?"). "Why" and "how" questions are hooks
    the post goes on to answer, and so is "Your boiler is due?"."""
    first, last = span
    if first >= last or not _is_question(text, tokens, tokens.sentences[first]):
        return False
    anyone, asking = pack.word_set("audience_words"), pack.word_set("asking_words")
    which, you = pack.word_set("which_words"), pack.word_set("second_person")
    if folds & anyone or (folds & which and folds & you):
        return True
    if not folds & asking:
        return False
    forms, firsts, starts, ends = tokens.forms, tokens.firsts, tokens.starts, tokens.ends
    return any(
        forms[at].fold in asking
        and (firsts[at] or (at > first and ":" in text[ends[at - 1] : starts[at]]))
        for at in range(first, last)
    )


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")


def _aside(text: str, tokens: Tokens, offside: Sequence[Finding], opening: int) -> int | None:
    """The first sentence of an off-topic aside: the paragraph of the first off-topic finding
    and all after it, when a first paragraph of at least two sentences comes before it."""
    start = min(f.start for f in offside)
    breaks = [found.end() for found in _PARAGRAPH_BREAK.finditer(text, 0, start)]
    if not breaks:
        return None
    first = sentence_at(tokens, breaks[-1], opening)
    if tokens.starts[bisect_left(tokens.sentences, first)] < breaks[-1]:
        first += 1  # the token before the break ends the previous paragraph
    # Sentence numbers jump at a paragraph break: count the sentences that have words.
    end = bisect_left(tokens.sentences, first)
    before = {
        sentence
        for sentence, kind in zip(tokens.sentences[:end], tokens.kinds[:end], strict=True)
        if kind == "word" and sentence >= opening
    }
    return first if len(before) >= 2 else None


def _aside_sentences(text: str, tokens: Tokens, offside: Sequence[Finding], aside: int) -> set[int]:
    """The sentences, from `aside` on, of the paragraphs that hold an off-topic finding."""
    bounds = [0, *(found.end() for found in _PARAGRAPH_BREAK.finditer(text)), len(text) + 1]
    hot = {bisect_right(bounds, f.start) for f in offside}
    return {
        sentence
        for start, sentence in zip(tokens.starts, tokens.sentences, strict=True)
        if sentence >= aside and bisect_right(bounds, start) in hot
    }


def _relayed(pack: Pack, others: Sequence[Finding], i_count: int) -> bool:
    """Whether the post passes on a subject that is nobody's practice (gossip, a prayer)
    without the author in it: then no kind of the coach's fits."""
    relayed = set(pack.setting("relayed_subjects", []))
    return not i_count and any(f.category == "off_topic" and f.rule in relayed for f in others)


def _takes_a_side(pack: Pack, rule_id: str) -> bool:
    return rule_id in set(pack.setting("opinion_subjects", []))


def _promotion_weights(spam_pack: Pack) -> dict[str, float]:
    """How much each spam rule makes a post a promotion (its `promotion_weight`), once per pack."""
    table: dict[str, float] = spam_pack.memo("promotion_weights")
    if not table:
        for rule_id, rule in spam_pack.rules.items():
            table[rule_id] = float(rule.options.get("promotion_weight", 1.5))
    return table


def _name_mentions(tokens: Tokens, context: Context) -> list[int]:
    firsts = {name.split()[0].casefold() for name in context.company_names if name.split()}
    if not firsts:
        return []
    kinds = tokens.kinds
    return [
        n for n, forms in enumerate(tokens.forms) if forms.norm in firsts and kinds[n] == "word"
    ]


# What a word can say about the voice, worked out once per distinct word (see _word_class);
# most words say nothing (0), and the walk in _word_counts skips them at once.
_SINGULAR, _PLURAL, _YOU = 1, 2, 4
_PAST_WORD, _PAST_SUFFIX, _PARTICIPLE = 8, 16, 32
_COMMAND_VERB, _COMMAND_SUFFIX = 64, 128
_OUGHT = 256
_NOT_COMMANDS = frozenset({"vous", "que", "si", "quand", "comme"})
_TO_THE_AUTHOR = frozenset({"me", "us", "moi", "nous"})


def _word_class(forms: WordForms, pack: Pack) -> int:
    fold = forms.fold
    found = 0
    if fold in pack.word_set("first_person_singular"):
        found |= _SINGULAR
    if fold in pack.word_set("first_person_plural"):
        found |= _PLURAL
    if fold in pack.word_set("second_person"):
        found |= _YOU
    suffixes = tuple(pack.setting("past_suffixes", []))
    participles = tuple(pack.setting("participle_endings", []))
    if fold in pack.word_set("past_exclude"):
        pass
    elif fold in pack.word_set("past_words"):
        found |= _PAST_WORD
    elif suffixes and len(fold) > 4 and fold.endswith(suffixes):
        found |= _PAST_SUFFIX
    elif participles and len(fold) > 2 and forms.norm.endswith(participles):
        found |= _PARTICIPLE
    if fold in pack.word_set("ought_words"):
        found |= _OUGHT
    suffix = str(pack.setting("imperative_suffix", ""))
    if fold not in pack.word_set("imperative_exclude"):
        if fold in pack.word_set("imperatives"):
            found |= _COMMAND_VERB
        if suffix and len(fold) > 4 and fold.endswith(suffix):
            found |= _COMMAND_SUFFIX
    return found


def _word_counts(
    text: str, tokens: Tokens, words: Sequence[int], pack: Pack, priced: bool = False
) -> tuple[int, int, int, dict[int, int], dict[int, int], dict[int, int]]:
    """In one walk: "I"s, "we"s, "you"s, and per sentence the words narrating in the past,
    the imperatives and what others ought to do.

    Past: "asked", "came", "était", "j'ai restauré". French tells stories in the passé
    composé, an auxiliary then a participle ("m'a demandé", "sont venus"): a participle counts
    when an auxiliary sits just before it. Advice is given in the imperative: "Try…", "Stop…",
    "Prenez…", "évitez…". `words` are the indexes of the word tokens.
    """
    classes: dict[str, int] = pack.memo("voice")
    subjects = pack.word_set("past_subjects")
    not_after = pack.word_set("past_not_after")
    determiners = pack.word_set("past_determiners")
    i_count = we_count = you_count = 0
    past: list[int] = []  # the sentence of each word narrating in the past
    commands: list[int] = []  # the sentence of each imperative
    oughts: list[int] = []  # the sentence of each "should" said of someone else
    speakers = pack.word_set("second_person") | pack.word_set("first_person_singular")
    speakers |= pack.word_set("first_person_plural")
    # Most words belong to no class: a comprehension keeps only the others (and unseen words).
    texts, firsts, sentences, forms = tokens.texts, tokens.firsts, tokens.sentences, tokens.forms
    # (C-level maps: a word seen before costs one look-up; an unseen one reads as -1, to visit)
    marks = map(classes.get, map(texts.__getitem__, words), repeat(-1, len(words)))
    for n in compress(range(len(words)), marks):
        at = words[n]
        word = texts[at]
        found = classes.get(word)
        if found is None:
            found = classes[word] = _word_class(forms[at], pack)
        if not found:
            continue
        if found & _SINGULAR and not (word == "i" and firsts[at]):
            # "(i)" in an enumerated list is not the author speaking; French "i" never is either.
            i_count += 1
        if found & _PLURAL:
            we_count += 1
        if found & _YOU:
            you_count += 1
        if found & _PAST_WORD:
            if not n or forms[words[n - 1]].fold not in not_after:
                past.append(sentences[at])
        elif found & _PAST_SUFFIX:
            # "she opened", "we checked": a regular past needs a subject just before it,
            # otherwise it is an adjective ("rebalanced annually", "a detailed plan").
            before = {
                forms[i].fold for i in words[max(0, n - 2) : n] if sentences[i] == sentences[at]
            }
            if (
                not subjects
                or before & subjects
                or _noun_subject(forms, sentences, words, n, determiners)
                or _dropped_subject(forms, firsts, sentences, words, n, determiners)
            ) and (not n or forms[words[n - 1]].fold not in not_after):
                past.append(sentences[at])
        elif found & _PARTICIPLE and _compound_past(tokens, words, n, pack):
            past.append(sentences[at])
        if (
            found & _OUGHT
            and not any(
                forms[i].fold in speakers
                for i in words[max(0, n - 2) : n]
                if sentences[i] == sentences[at]
            )
            and not quoted(tokens, tokens.starts[at], tokens.ends[at])
        ):
            # Not "you should" (advice) nor "I should", nor a client's words quoted.
            oughts.append(sentences[at])
        if not found & (_COMMAND_VERB | _COMMAND_SUFFIX):
            continue
        if n + 1 < len(words) and forms[words[n + 1]].fold in _TO_THE_AUTHOR:
            continue  # "call me", "envoyez-moi": a call to the seller, not advice
        if priced and forms[at].fold in pack.word_set("buying_verbs"):
            continue  # "Send DM to order", « Réservez » beside a price: a call to buy
        if found & _COMMAND_VERB and (firsts[at] or _starts_a_clause(text, tokens, words, n)):
            commands.append(sentences[at])
        elif found & _COMMAND_SUFFIX:
            if (forms[words[n - 1]].fold if n else "") not in _NOT_COMMANDS:
                commands.append(sentences[at])
    return i_count, we_count, you_count, Counter(past), Counter(commands), Counter(oughts)


def _noun_subject(
    forms: Sequence[WordForms],
    sentences: Sequence[int],
    words: Sequence[int],
    n: int,
    determiners: frozenset[str],
) -> bool:
    """Whether a determiner and a noun come just before the word, in its sentence: "the
    homeowner handed", "that video turned" (but "the detailed plan" has no noun between, and
    "Check the date. Expired cards…" has its noun in the sentence before)."""
    return (
        n >= 2
        and sentences[words[n - 2]] == sentences[words[n]]
        and forms[words[n - 2]].fold in determiners
        and forms[words[n - 1]].fold not in determiners
    )


def _dropped_subject(
    forms: Sequence[WordForms],
    firsts: Sequence[bool],
    sentences: Sequence[int],
    words: Sequence[int],
    n: int,
    determiners: frozenset[str],
) -> bool:
    """Whether the word opens its sentence with its object after it: "Pulled the shoes",
    "Checked her bite again", a diary's narration with the "I" left out (an adjective opening a
    sentence is followed by its noun: "Expired cards…")."""
    return (
        firsts[words[n]]
        and n + 1 < len(words)
        and sentences[words[n + 1]] == sentences[words[n]]
        and forms[words[n + 1]].fold in determiners
    )


def _starts_a_clause(text: str, tokens: Tokens, words: Sequence[int], n: int) -> bool:
    """Whether the word at `words[n]` follows a colon or a dash: "My advice: walk…" gives the
    advice after the colon, as a sentence would."""
    if not n:
        return False
    gap = text[tokens.ends[words[n - 1]] : tokens.starts[words[n]]]
    return ":" in gap or "—" in gap or "–" in gap or "," in gap or ";" in gap


def _compound_past(tokens: Tokens, words: Sequence[int], n: int, pack: Pack) -> bool:
    """Whether the participle at `words[n]` is a passé composé: an auxiliary just before it,
    with at most two adverbs between ("m'a dit", "n'ai pas voulu", "a quand même offert").

    "Être" makes a past only with the verbs of coming and going ("est venue", "sont partis")
    or a reflexive ("s'est arrêtée", "je me suis rendu compte"); otherwise "est fermée",
    "sont ouvertes", "suis ravie" say how things are now, not what happened.
    """
    forms, sentences = tokens.forms, tokens.sentences
    sentence = sentences[words[n]]
    adverbs = pack.word_set("past_adverbs")
    if forms[words[n]].fold in adverbs or forms[words[n]].fold in pack.word_set("not_participles"):
        return False  # "il n'y a plus", "elle a aussi", "ils ont tous": shaped like one, not one
    k = n - 1
    while k >= 0 and n - k <= 2 and forms[words[k]].fold in adverbs:
        k -= 1
    if k < 0 or sentences[words[k]] != sentence:
        return False
    auxiliary = forms[words[k]].norm  # with accents: "à" is not the auxiliary "a"
    if auxiliary in pack.word_set("past_auxiliaries", accents=True):
        return True
    if auxiliary not in pack.word_set("past_auxiliaries_be", accents=True):
        return False
    if forms[words[n]].fold.rstrip("s").rstrip("e") in pack.word_set("be_participles"):
        return True
    return k > 0 and forms[words[k - 1]].fold in pack.word_set("reflexives")


def _company_voice(
    text: str,
    tokens: Tokens,
    pack: Pack,
    subjects: list[tuple[int, int]],
    first_person: int,
) -> list[Finding]:
    rule = pack.rules.get("voice.company-voice")
    if rule is None or not subjects or first_person > len(subjects):
        return []
    first, last = subjects[0]
    return [from_rule(text, tokens.starts[first], tokens.ends[last], rule)]


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
