"""Accuracy of the coach on the hand-labelled evaluation sets (tests/data/eval_posts*.jsonl).

    .venv/bin/python bench/accuracy.py [--set FILE]... [--lang en|fr] [--quiet]

Eighty-four sets by default. Fifty-three are for tuning, and their misses are listed so rule
authors can see what to improve: tests/data/eval_posts.jsonl (172 posts), eval_posts_tuning2.jsonl
and eval_posts_tuning3.jsonl (160 posts each, written blind; the third with many more professions),
eval_posts_tuning4.jsonl (200, blind), eval_posts_tuning5.jsonl (160, blind, in many forms and
regional variants), eval_posts_tuning6.jsonl (80, blind, around the kinds' boundaries),
eval_posts_tuning7.jsonl (120, blind, the core users: dental, property, finance, physio, clinic
staff), eval_posts_tuning8.jsonl (120, blind, messy writing: lowercase, no accents, text-speak),
eval_posts_tuning9.jsonl (120, blind, sales and corporate voice in many disguises with honest
look-alikes), eval_posts_tuning10.jsonl (80, blind, everyday first-person sales talk),
eval_posts_tuning11.jsonl (160, blind, an ordinary week of posts), eval_posts_tuning12.jsonl (120,
blind, sales talk across networks and regional varieties), eval_posts_tuning13.jsonl (120, blind,
purposes wearing another kind's clothes), eval_posts_tuning14.jsonl (120, blind, the core users
across a year), eval_posts_tuning15.jsonl (120, blind, off-topic subjects slipping in),
eval_posts_tuning16.jsonl (100, blind, every form of spam in subtle wordings),
eval_posts_tuning17.jsonl (160, blind, the six kinds evenly, each in many forms),
eval_posts_tuning18.jsonl (120, blind, off-topic subjects and jargon slipping in) and
eval_posts_tuning19.jsonl (160, blind, a month of small practices and shops),
eval_posts_tuning20.jsonl (160, blind, off-topic subjects slipping in quietly, and look-alikes),
eval_posts_tuning21.jsonl (160, blind, jargon from many trades, and plain posts around it),
eval_posts_tuning22.jsonl (160, blind, one quiet slip per post), eval_posts_tuning23.jsonl (160,
blind, the aside, harmful or harmless), eval_posts_tuning24.jsonl (160, blind, the jargon
boundary), eval_posts_tuning25.jsonl (160, blind, off-topic in everyday posts, half harmless)
eval_posts_tuning26.jsonl (160, blind, off-topic on LinkedIn from trades near public life,
half harmless), eval_posts_tuning27.jsonl (160, blind, off-topic in casual local posts, half
harmless), eval_posts_tuning28.jsonl (160, blind, the kinds' boundaries),
eval_posts_tuning29.jsonl (160, blind, off-topic from many countries, and look-alikes),
eval_posts_tuning30.jsonl (160, blind, off-topic by allusion in twenty countries, and look-alikes),
eval_posts_tuning31.jsonl and eval_posts_tuning32.jsonl (120 each, blind, the kinds'
boundaries again, in new places), eval_posts_tuning33.jsonl to
eval_posts_tuning36.jsonl (120 each, blind, off-topic by allusion from overlooked places,
held-outs 17–25's brief), eval_posts_tuning37.jsonl and eval_posts_tuning38.jsonl (120
each, blind, everyday grievances said plainly or with a jab at those in power), and
eval_posts_tuning39.jsonl (120, blind, jargon in regional voices: dialect, local words and
prices beside real trade terms), eval_posts_tuning40.jsonl and eval_posts_tuning41.jsonl (120
each, blind, twin posts: each jab at public life beside a post by the same author on the same
matter that stays practical or harmless), eval_posts_tuning42.jsonl and eval_posts_tuning43.jsonl
(120 each, blind, twin posts that point at groups of people: customers, or those in power),
eval_posts_tuning44.jsonl and eval_posts_tuning45.jsonl (120 each, blind, twin posts again:
faith, war, fame and plots beside their look-alikes; short, dry jabs beside long grumbles),
eval_posts_tuning46.jsonl and eval_posts_tuning47.jsonl (120 each, blind, twin posts: an everyday
business post with one aside, a jab at public life or a harmless one) and
eval_posts_tuning48.jsonl (120, blind, twin posts: the jab woven into the body of the post),
eval_posts_tuning49.jsonl (120, tuning 46's brief in more places), eval_posts_tuning50.jsonl
(120, tuning 48's brief in more places), eval_posts_tuning51.jsonl (120, blind, the quiet slip
into one trade word), eval_posts_tuning52.jsonl (120, tuning 46's brief again) and
eval_posts_tuning53.jsonl (120, tuning 46's brief with the jab woven into the post).
Thirty-one are held out:
tests/data/eval_posts_holdout.jsonl (66 posts written separately, other professions and wordings),
eval_posts_holdout2.jsonl and eval_posts_holdout3.jsonl (120 posts each), eval_posts_holdout4.jsonl
(200), eval_posts_holdout5.jsonl to eval_posts_holdout16.jsonl (160 each) and
eval_posts_holdout17.jsonl to eval_posts_holdout27.jsonl (120 each, off-topic allusions from
many countries), eval_posts_holdout28.jsonl (120, tuning 39's brief) and
eval_posts_holdout29.jsonl (120, tuning 40's brief), eval_posts_holdout30.jsonl (120,
tuning 46's brief) and eval_posts_holdout31.jsonl (120, the quiet slip into one trade word),
written blind, without reading the rule
packs or the other sets. Where a set's writer marked whether each post's kind is
clear-cut (`kind_clear`, with the second choice in `kind_alt`: tunings 11, 13, 14, 17, 19 to
53, held-outs 7 to 31), the kind on clear-cut posts and either choice on arguable ones are
printed too. The held-out sets print figures only, so they keep measuring unseen posts; a set
whose file is missing is skipped with a note. A set may have a second reader's kinds beside it
(`<set>_kind2.jsonl`: held-out 2's, held-out 4's and tuning 13's were labelled by a second reader
who saw neither the labels nor the rules); then the agreement of the two readers is printed: no
coach can be expected to agree with one reader much more than the readers agree with each other.
For each of spam, jargon and off_topic it prints recall (labelled posts that were flagged) and
the false-positive rate (unlabelled posts that were flagged), per language and overall, then
kind accuracy.

The kind model (resources/rules/kind_model.json, fitted by bench/train_kind.py) learnt from the
tuning sets, so its kind accuracy there is how well it learnt them, near 1.0: on those sets the
rules' own kind accuracy is printed too, and train_kind.py prints the figure that measures,
each tuning set read by a model fitted on the others. The held-out sets it never saw.

A post counts as *flagged* for a category when the report has at least one finding of that
category with severity "warning" or "error". "info" findings are gentle nudges (e.g. "this post
touches none of your topics", or one rare word alone in a post) and do not count: the user sees
them as hints, not as a problem.

Goals (DESIGN/issue 3): recall >= 0.9, false positives <= 0.1 per category, kind accuracy >= 0.8.
The sets are samples, not the target: fix rules so they generalise, not to fit these sentences.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

CATEGORIES = ("spam", "jargon", "off_topic")
FLAGGING = frozenset({"warning", "error"})
GOAL_RECALL = 0.9
GOAL_FP = 0.1
GOAL_KIND = 0.8
DEFAULT_SET = ROOT / "tests" / "data" / "eval_posts.jsonl"
# A second tuning set, written blind, with other professions and wordings.
TUNING2_SET = ROOT / "tests" / "data" / "eval_posts_tuning2.jsonl"
# A third one, written blind, with many more professions.
TUNING3_SET = ROOT / "tests" / "data" / "eval_posts_tuning3.jsonl"
# A fourth one, written blind, 200 posts.
TUNING4_SET = ROOT / "tests" / "data" / "eval_posts_tuning4.jsonl"
# A fifth, written blind in many forms: short posts, captions, long LinkedIn posts; UK and US
# English; French from France, Belgium, Switzerland and Québec.
TUNING5_SET = ROOT / "tests" / "data" / "eval_posts_tuning5.jsonl"
# A sixth, written blind around the boundaries between kinds and between clean and flagged.
TUNING6_SET = ROOT / "tests" / "data" / "eval_posts_tuning6.jsonl"
# A seventh, written blind, from the core users: dental clinics, property, finance, physio.
TUNING7_SET = ROOT / "tests" / "data" / "eval_posts_tuning7.jsonl"
# An eighth, written blind in messy real-world writing: lowercase, no accents, text-speak.
TUNING8_SET = ROOT / "tests" / "data" / "eval_posts_tuning8.jsonl"
# A ninth, written blind: sales and corporate voice in many disguises, and honest look-alikes.
TUNING9_SET = ROOT / "tests" / "data" / "eval_posts_tuning9.jsonl"
# A tenth, written blind: everyday first-person sales talk, and honest look-alikes.
TUNING10_SET = ROOT / "tests" / "data" / "eval_posts_tuning10.jsonl"
# An eleventh, written blind: an ordinary week of posts, with the kind's second choice marked.
TUNING11_SET = ROOT / "tests" / "data" / "eval_posts_tuning11.jsonl"
# A twelfth, written blind: sales talk across networks and regional varieties of both languages.
TUNING12_SET = ROOT / "tests" / "data" / "eval_posts_tuning12.jsonl"
# A thirteenth, written blind: posts whose purpose wears another kind's clothes.
TUNING13_SET = ROOT / "tests" / "data" / "eval_posts_tuning13.jsonl"
# A fourteenth, written blind: the core users' posts across a year.
TUNING14_SET = ROOT / "tests" / "data" / "eval_posts_tuning14.jsonl"
# A fifteenth, written blind: off-topic subjects slipping in, and their clean look-alikes.
TUNING15_SET = ROOT / "tests" / "data" / "eval_posts_tuning15.jsonl"
# A sixteenth, written blind: every form of spam in subtle wordings, and clean look-alikes.
TUNING16_SET = ROOT / "tests" / "data" / "eval_posts_tuning16.jsonl"
# A seventeenth, written blind: the six kinds evenly, each in many forms, arguable ones marked.
TUNING17_SET = ROOT / "tests" / "data" / "eval_posts_tuning17.jsonl"
# An eighteenth, written blind: off-topic subjects and jargon slipping in, and look-alikes.
TUNING18_SET = ROOT / "tests" / "data" / "eval_posts_tuning18.jsonl"
# A nineteenth, written blind: a month of posts from small practices and shops, of every length.
TUNING19_SET = ROOT / "tests" / "data" / "eval_posts_tuning19.jsonl"
# A twentieth, written blind: off-topic subjects slipping in quietly, and their look-alikes.
TUNING20_SET = ROOT / "tests" / "data" / "eval_posts_tuning20.jsonl"
# A twenty-first, written blind: jargon from many trades, and the plain posts around it.
TUNING21_SET = ROOT / "tests" / "data" / "eval_posts_tuning21.jsonl"
# A twenty-second, written blind: ordinary posts where one thing goes wrong, quietly.
TUNING22_SET = ROOT / "tests" / "data" / "eval_posts_tuning22.jsonl"
TUNING23_SET = ROOT / "tests" / "data" / "eval_posts_tuning23.jsonl"
# Written blind this round: the jargon boundary, then off-topic in everyday posts and on LinkedIn.
TUNING24_SET = ROOT / "tests" / "data" / "eval_posts_tuning24.jsonl"
TUNING25_SET = ROOT / "tests" / "data" / "eval_posts_tuning25.jsonl"
TUNING26_SET = ROOT / "tests" / "data" / "eval_posts_tuning26.jsonl"
TUNING27_SET = ROOT / "tests" / "data" / "eval_posts_tuning27.jsonl"
TUNING28_SET = ROOT / "tests" / "data" / "eval_posts_tuning28.jsonl"
TUNING29_SET = ROOT / "tests" / "data" / "eval_posts_tuning29.jsonl"
TUNING30_SET = ROOT / "tests" / "data" / "eval_posts_tuning30.jsonl"
TUNING31_SET = ROOT / "tests" / "data" / "eval_posts_tuning31.jsonl"
TUNING32_SET = ROOT / "tests" / "data" / "eval_posts_tuning32.jsonl"
TUNING33_SET = ROOT / "tests" / "data" / "eval_posts_tuning33.jsonl"
TUNING34_SET = ROOT / "tests" / "data" / "eval_posts_tuning34.jsonl"
TUNING35_SET = ROOT / "tests" / "data" / "eval_posts_tuning35.jsonl"
TUNING36_SET = ROOT / "tests" / "data" / "eval_posts_tuning36.jsonl"
TUNING37_SET = ROOT / "tests" / "data" / "eval_posts_tuning37.jsonl"
TUNING38_SET = ROOT / "tests" / "data" / "eval_posts_tuning38.jsonl"
TUNING39_SET = ROOT / "tests" / "data" / "eval_posts_tuning39.jsonl"
TUNING40_SET = ROOT / "tests" / "data" / "eval_posts_tuning40.jsonl"
TUNING41_SET = ROOT / "tests" / "data" / "eval_posts_tuning41.jsonl"
TUNING42_SET = ROOT / "tests" / "data" / "eval_posts_tuning42.jsonl"
TUNING43_SET = ROOT / "tests" / "data" / "eval_posts_tuning43.jsonl"
TUNING44_SET = ROOT / "tests" / "data" / "eval_posts_tuning44.jsonl"
TUNING45_SET = ROOT / "tests" / "data" / "eval_posts_tuning45.jsonl"
TUNING46_SET = ROOT / "tests" / "data" / "eval_posts_tuning46.jsonl"
TUNING47_SET = ROOT / "tests" / "data" / "eval_posts_tuning47.jsonl"
TUNING48_SET = ROOT / "tests" / "data" / "eval_posts_tuning48.jsonl"
TUNING49_SET = ROOT / "tests" / "data" / "eval_posts_tuning49.jsonl"
TUNING50_SET = ROOT / "tests" / "data" / "eval_posts_tuning50.jsonl"
TUNING51_SET = ROOT / "tests" / "data" / "eval_posts_tuning51.jsonl"
TUNING52_SET = ROOT / "tests" / "data" / "eval_posts_tuning52.jsonl"
TUNING53_SET = ROOT / "tests" / "data" / "eval_posts_tuning53.jsonl"
TUNING_SETS = (
    DEFAULT_SET,
    TUNING2_SET,
    TUNING3_SET,
    TUNING4_SET,
    TUNING5_SET,
    TUNING6_SET,
    TUNING7_SET,
    TUNING8_SET,
    TUNING9_SET,
    TUNING10_SET,
    TUNING11_SET,
    TUNING12_SET,
    TUNING13_SET,
    TUNING14_SET,
    TUNING15_SET,
    TUNING16_SET,
    TUNING17_SET,
    TUNING18_SET,
    TUNING19_SET,
    TUNING20_SET,
    TUNING21_SET,
    TUNING22_SET,
    TUNING23_SET,
    TUNING24_SET,
    TUNING25_SET,
    TUNING26_SET,
    TUNING27_SET,
    TUNING28_SET,
    TUNING29_SET,
    TUNING30_SET,
    TUNING31_SET,
    TUNING32_SET,
    TUNING33_SET,
    TUNING34_SET,
    TUNING35_SET,
    TUNING36_SET,
    TUNING37_SET,
    TUNING38_SET,
    TUNING39_SET,
    TUNING40_SET,
    TUNING41_SET,
    TUNING42_SET,
    TUNING43_SET,
    TUNING44_SET,
    TUNING45_SET,
    TUNING46_SET,
    TUNING47_SET,
    TUNING48_SET,
    TUNING49_SET,
    TUNING50_SET,
    TUNING51_SET,
    TUNING52_SET,
    TUNING53_SET,
)
# Written after the rules, kept out of rule tuning: the figures that say how the coach does on
# posts it has never seen (the goal the issue states).
HOLDOUT_SET = ROOT / "tests" / "data" / "eval_posts_holdout.jsonl"
# A second held-out set, written blind (without reading the rule packs or the other sets).
HOLDOUT2_SET = ROOT / "tests" / "data" / "eval_posts_holdout2.jsonl"
# A third one, written blind like the second.
HOLDOUT3_SET = ROOT / "tests" / "data" / "eval_posts_holdout3.jsonl"
# A fourth one, written blind, 200 posts.
HOLDOUT4_SET = ROOT / "tests" / "data" / "eval_posts_holdout4.jsonl"
# A fifth one, written blind, 160 posts.
HOLDOUT5_SET = ROOT / "tests" / "data" / "eval_posts_holdout5.jsonl"
# A sixth, seventh and eighth, written blind, 160 posts each (the last two mark arguable kinds).
HOLDOUT6_SET = ROOT / "tests" / "data" / "eval_posts_holdout6.jsonl"
HOLDOUT7_SET = ROOT / "tests" / "data" / "eval_posts_holdout7.jsonl"
HOLDOUT8_SET = ROOT / "tests" / "data" / "eval_posts_holdout8.jsonl"
HOLDOUT9_SET = ROOT / "tests" / "data" / "eval_posts_holdout9.jsonl"
HOLDOUT10_SET = ROOT / "tests" / "data" / "eval_posts_holdout10.jsonl"
HOLDOUT11_SET = ROOT / "tests" / "data" / "eval_posts_holdout11.jsonl"
HOLDOUT12_SET = ROOT / "tests" / "data" / "eval_posts_holdout12.jsonl"
HOLDOUT13_SET = ROOT / "tests" / "data" / "eval_posts_holdout13.jsonl"
HOLDOUT14_SET = ROOT / "tests" / "data" / "eval_posts_holdout14.jsonl"
HOLDOUT15_SET = ROOT / "tests" / "data" / "eval_posts_holdout15.jsonl"
HOLDOUT16_SET = ROOT / "tests" / "data" / "eval_posts_holdout16.jsonl"
HOLDOUT17_SET = ROOT / "tests" / "data" / "eval_posts_holdout17.jsonl"
HOLDOUT18_SET = ROOT / "tests" / "data" / "eval_posts_holdout18.jsonl"
HOLDOUT19_SET = ROOT / "tests" / "data" / "eval_posts_holdout19.jsonl"
HOLDOUT20_SET = ROOT / "tests" / "data" / "eval_posts_holdout20.jsonl"
HOLDOUT21_SET = ROOT / "tests" / "data" / "eval_posts_holdout21.jsonl"
HOLDOUT22_SET = ROOT / "tests" / "data" / "eval_posts_holdout22.jsonl"
HOLDOUT23_SET = ROOT / "tests" / "data" / "eval_posts_holdout23.jsonl"
HOLDOUT24_SET = ROOT / "tests" / "data" / "eval_posts_holdout24.jsonl"
HOLDOUT25_SET = ROOT / "tests" / "data" / "eval_posts_holdout25.jsonl"
HOLDOUT26_SET = ROOT / "tests" / "data" / "eval_posts_holdout26.jsonl"
HOLDOUT27_SET = ROOT / "tests" / "data" / "eval_posts_holdout27.jsonl"
HOLDOUT28_SET = ROOT / "tests" / "data" / "eval_posts_holdout28.jsonl"
HOLDOUT29_SET = ROOT / "tests" / "data" / "eval_posts_holdout29.jsonl"
HOLDOUT30_SET = ROOT / "tests" / "data" / "eval_posts_holdout30.jsonl"
HOLDOUT31_SET = ROOT / "tests" / "data" / "eval_posts_holdout31.jsonl"
HOLDOUT_SETS = (
    HOLDOUT_SET,
    HOLDOUT2_SET,
    HOLDOUT3_SET,
    HOLDOUT4_SET,
    HOLDOUT5_SET,
    HOLDOUT6_SET,
    HOLDOUT7_SET,
    HOLDOUT8_SET,
    HOLDOUT9_SET,
    HOLDOUT10_SET,
    HOLDOUT11_SET,
    HOLDOUT12_SET,
    HOLDOUT13_SET,
    HOLDOUT14_SET,
    HOLDOUT15_SET,
    HOLDOUT16_SET,
    HOLDOUT17_SET,
    HOLDOUT18_SET,
    HOLDOUT19_SET,
    HOLDOUT20_SET,
    HOLDOUT21_SET,
    HOLDOUT22_SET,
    HOLDOUT23_SET,
    HOLDOUT24_SET,
    HOLDOUT25_SET,
    HOLDOUT26_SET,
    HOLDOUT27_SET,
    HOLDOUT28_SET,
    HOLDOUT29_SET,
    HOLDOUT30_SET,
    HOLDOUT31_SET,
)


def load(path: Path) -> list[dict[str, Any]]:
    posts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                posts.append(json.loads(line))
    return posts


def flagged(report: Any, category: str) -> list[Any]:
    """The findings that make a post count as flagged for `category`."""
    return [f for f in report.findings if f.category == category and f.severity in FLAGGING]


@dataclass
class Tally:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, expected: bool, got: bool) -> None:
        if expected:
            self.tp += got
            self.fn += not got
        else:
            self.fp += got
            self.tn += not got

    @property
    def recall(self) -> float | None:
        pos = self.tp + self.fn
        return self.tp / pos if pos else None

    @property
    def fp_rate(self) -> float | None:
        neg = self.fp + self.tn
        return self.fp / neg if neg else None


@dataclass
class Result:
    tallies: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in CATEGORIES})
    kind_ok: int = 0
    total: int = 0


def _fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.2f}"


def _snippet(text: str, n: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 1] + "…"


def _second_kinds(path: Path) -> dict[str, str]:
    """A second reader's kinds for the set's posts (`<set>_kind2.jsonl`), labelled without
    seeing the first labels or the rules; empty when there is none."""
    second = path.with_name(path.stem + "_kind2.jsonl")
    if not second.exists():
        return {}
    return {row["id"]: row["kind"] for row in load(second)}


def _fitted_on() -> set[str]:
    """The sets the kind model (resources/rules/kind_model.json) was fitted on."""
    from firsthand.composer.coach.kind_model import MODEL_PATH

    try:
        return set(json.loads(MODEL_PATH.read_text(encoding="utf-8")).get("trained_on", {}))
    except (OSError, ValueError, AttributeError):
        return set()


def evaluate(path: Path, lang: str | None, show_misses: bool) -> bool:
    """Print the figures for one set (and its misses if asked); True when the goals are met."""
    from firsthand.composer.coach import analyze
    from firsthand.composer.coach.analyzer import kind_signals
    from firsthand.composer.coach.report import Context

    posts = [p for p in load(path) if lang in (None, p["lang"])]
    fitted = path.name in _fitted_on()
    rules_ok = 0  # on the sets the kind model learnt from, the rules' own verdicts
    by_lang: dict[str, Result] = {}
    overall = Result()
    misses: list[str] = []
    kind_misses: list[str] = []
    kinds: dict[str, str] = {}  # post id → the coach's kind
    started = time.perf_counter()
    for post in posts:
        context = Context(
            language=post["lang"], profession=post["profession"], topics=tuple(post["topics"])
        )
        report = analyze(post["text"], context)
        kinds[post["id"]] = report.kind
        if fitted:
            rules_ok += f"rules:{post['kind']}" in kind_signals(post["text"], context)
        per = by_lang.setdefault(post["lang"], Result())
        for res in (per, overall):
            res.total += 1
            res.kind_ok += report.kind == post["kind"]
        for cat in CATEGORIES:
            expected = bool(post["labels"][cat])
            hits = flagged(report, cat)
            for res in (per, overall):
                res.tallies[cat].add(expected, bool(hits))
            if expected and not hits:
                infos = [f.rule for f in report.findings if f.category == cat]
                extra = f" (info only: {', '.join(infos)})" if infos else ""
                misses.append(f"  MISS  {cat:9} {post['id']}: {_snippet(post['text'])}{extra}")
            elif hits and not expected:
                rules = ", ".join(sorted({f"{f.rule} «{f.text}»" for f in hits}))
                misses.append(f"  FALSE {cat:9} {post['id']}: {rules}")
        if report.kind != post["kind"]:
            signals = ", ".join(report.kind_signals) or "no signals"
            kind_misses.append(
                f"  {post['id']}: expected {post['kind']}, got {report.kind} ({signals})"
                f" — {_snippet(post['text'], 60)}"
            )
    elapsed = time.perf_counter() - started

    print(
        f"evaluation set: {path.name}, {len(posts)} posts "
        f"({', '.join(f'{k}: {v.total}' for k, v in sorted(by_lang.items()))}); "
        f"analyzed in {elapsed:.2f} s"
    )
    print(f"{'category':10} {'lang':4} {'recall':>6} {'FP rate':>7}   tp  fn  fp  tn")
    ok = True
    for cat in CATEGORIES:
        for name, res in [*sorted(by_lang.items()), ("all", overall)]:
            t = res.tallies[cat]
            print(
                f"{cat:10} {name:4} {_fmt(t.recall):>6} {_fmt(t.fp_rate):>7}  "
                f"{t.tp:3} {t.fn:3} {t.fp:3} {t.tn:3}"
            )
        t = overall.tallies[cat]
        ok &= (t.recall or 0) >= GOAL_RECALL and (t.fp_rate or 0) <= GOAL_FP
    for name, res in [*sorted(by_lang.items()), ("all", overall)]:
        print(
            f"kind accuracy {name:4} {res.kind_ok / max(res.total, 1):5.2f} "
            f"({res.kind_ok}/{res.total})"
        )
    ok &= overall.kind_ok / max(overall.total, 1) >= GOAL_KIND
    if fitted:
        # The model has seen these posts: its figure says how well it learnt them. The rules'
        # own, and train_kind.py's leave-one-set-out figures, say more about new posts.
        print(
            f"  the kind model was fitted on this set; the rules alone: "
            f"{rules_ok / max(overall.total, 1):.2f} ({rules_ok}/{overall.total})"
        )
    clear = [p for p in posts if p.get("kind_clear") is not None]
    if clear:
        # The writer marked the posts any careful reader would give the same kind, and the
        # second choice of the others: the coach's errors are mostly on the clear ones.
        sure = [p for p in clear if p["kind_clear"]]
        unsure = [p for p in clear if not p["kind_clear"]]
        hit = sum(kinds[p["id"]] == p["kind"] for p in sure)
        near = sum(kinds[p["id"]] in (p["kind"], p.get("kind_alt")) for p in unsure)
        print(
            f"kind on clear-cut posts {hit / max(len(sure), 1):.2f} ({hit}/{len(sure)}); "
            f"on arguable ones, either choice {near / max(len(unsure), 1):.2f} "
            f"({near}/{len(unsure)})"
        )
    second = _second_kinds(path)
    if second:
        # How far two careful readers agree on the kind is how far any coach can.
        both = [p for p in posts if p["id"] in second]
        agree = sum(second[p["id"]] == p["kind"] for p in both)
        coach = sum(second[p["id"]] == kinds[p["id"]] for p in both)
        either = sum(kinds[p["id"]] in (p["kind"], second[p["id"]]) for p in both)
        n = max(len(both), 1)
        print(
            f"second reader's kinds ({len(both)} posts): agree with the labels {agree / n:.2f}; "
            f"the coach agrees with the second reader {coach / n:.2f}, with either {either / n:.2f}"
        )
    if show_misses:
        if misses:
            print(
                "\ncategory misses (MISS = labelled, not flagged; FALSE = flagged, not labelled):"
            )
            print("\n".join(misses))
        if kind_misses:
            print("\nkind misses:")
            print("\n".join(kind_misses))
    elif misses or kind_misses:
        print(f"({len(misses)} category and {len(kind_misses)} kind misses not listed)")
    print(
        f"goals (recall >= {GOAL_RECALL}, FP <= {GOAL_FP}, kind >= {GOAL_KIND}): "
        f"{'met' if ok else 'NOT met'}"
    )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        type=Path,
        action="append",
        help="JSONL evaluation set (repeatable; default: the tuning sets, then the held-out sets)",
    )
    parser.add_argument("--lang", choices=("en", "fr"), default=None, help="only one language")
    parser.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    parser.add_argument(
        "--show-holdout-misses",
        action="store_true",
        help="also list the held-out sets' misses (then they no longer measure unseen posts)",
    )
    args = parser.parse_args(argv)
    sets = args.set or [*TUNING_SETS, *HOLDOUT_SETS]
    holdouts = {h.resolve() for h in HOLDOUT_SETS}
    print(
        "flagged = at least one finding of the category with severity warning or error "
        "(info nudges do not count)\n"
    )
    for n, path in enumerate(sets):
        if n:
            print()
        if not path.exists():
            print(f"evaluation set {path.name} not found: skipped")
            continue
        holdout = path.resolve() in holdouts
        if holdout:
            print("held-out set: posts written apart from the rules; do not tune rules on it")
        evaluate(path, args.lang, not args.quiet and (not holdout or args.show_holdout_misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
