"""Fit the allusion model (resources/rules/allusion_model.json) on the tuning sets and the
off-topic probes (tests/data/off_topic_probes), never the held-out sets.

    .venv/bin/pip install -e '.[train]'      # scikit-learn, only for this script
    .venv/bin/python bench/train_allusion.py [--check]

For every post of the tuning sets listed in bench/accuracy.py and of the probes it takes the
terms the coach's allusion model reads (each word and hashtag, folded, each pair of neighbours,
and each emoji; see firsthand/composer/coach/allusion_model.py) and fits a logistic regression,
over sublinear tf-idf, on the hand labels for off_topic. A term counts only when at least
MIN_POSTS training posts hold it, so one writer's turn of phrase is not learnt. The file records
the sets it was fitted on (with their SHA-256), so a test can tell when one has changed since.

It prints, leaving one fold of sets out at a time (FOLDS folds; the tuning sets and the probes
apart), what the model alone flags on posts it has not seen and what it adds to the rules there:
posts the rules missed that it catches, and false alarms it raises, by the whole post and by its
windows of two sentences (see the model's module). The rules were tuned on these sets, so they
miss few here; the held-out sets and new blind sets read before tuning say more. `--check`
prints that without writing.

Run it again after adding or relabelling a tuning set, or after changing how terms are read.
Emoji became terms after the posts had shown what they carry: leaving one set out on 45 sets,
the model alone went from 0.55 of off-topic posts and 1.0% of clean ones to 0.60 and 0.8%.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# bench/ goes after the standard library, whose calendar module bench/calendar.py would hide.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path[:0] = [str(ROOT)]
sys.path.append(str(ROOT / "bench"))

from accuracy import TUNING_SETS, load  # noqa: E402
from train_kind import model_lines, sets_digest, training_args  # noqa: E402

from firsthand.composer.coach import Context, analyze  # noqa: E402
from firsthand.composer.coach.allusion_model import (  # noqa: E402
    FORMAT,
    MIN_WORDS,
    MODEL_PATH,
    AllusionModel,
    allusion_terms,
    allusion_windows,
    parse_model,
)
from firsthand.composer.coach.tokens import tokenize, word_count  # noqa: E402

# Blind writers' posts, each labelled off-topic or not (and how): allusions with no name, plain
# grievances, and harmless look-alikes (greetings, figures of speech, landmarks, a club's
# election). Written for the rules' probes round after round, they are the model's hard cases;
# tuned on, they measure nothing any more, so they teach it.
PROBE_SETS = tuple(sorted((ROOT / "tests" / "data" / "off_topic_probes").glob("*.jsonl")))
MIN_POSTS = 3
STRENGTH = 10.0  # scikit-learn's C. Leaving one set out on 34 sets: C=3 learnt too little
# (recall 0.40 at the threshold), C=30 raised more false alarms (1.0%) for little more.
# The probability above which a post reads off-topic. 0.7 was chosen leaving one set out on 34
# sets (one false alarm in 150 clean posts), and read on tunings 35 and 36, written blind and not
# yet trained on: off-topic recall 0.76 -> 0.89 and 0.69 -> 0.84, false alarms 0.03 -> 0.03 and
# 0.05 -> 0.06. Blind probes then showed what it cost on plain grievances ("butter has gone up
# again, so croissants are 20p more"): on 460 probe posts, 0.7 caught 29 more allusions for 15
# false alarms, 0.75 caught 25 for 7, 0.8 caught 16 for 5.
# A window of two sentences reads off-topic above WINDOW_THRESHOLD, and windows are read only
# when the whole post reads above WINDOW_FLOOR. The threshold was chosen on the blind allusion
# and grievance probes of two rounds before (460 posts), with the twin tunings 40 and 41 in the
# fit: 0.8 caught 12 more allusions for 7 false alarms, 0.85 8 for 5, 0.9 5 for 1. Leaving one
# set out on the 41 tuning sets, windows at 0.9 caught 13 more of the posts the rules miss for 25
# more false alarms, 12 of them French posts "pour ceux qui…" whose whole post read low; the floor
# of 0.5 keeps 10 of the 13 for 7 false alarms, and every catch on those probes. With the
# probes in the fit, windows read more often off-topic: leaving one set out on the 53 tuning
# sets, of the 415 off-topic posts the rules miss, 0.9 caught 268 for 57 false alarms (240 for 45
# before the probes), 0.93 caught 257 for 43, and on the probes 319 of 422 for 14. With three
# more blind probes in the fit (looks 12-14) the model leans off-topic more readily: of the 411
# posts the rules miss, 0.93 caught 274 for 59 false alarms, 0.95 263 for 46, 0.97 250 for 40;
# on the probes 434, 422 and 414 of 562 for 22, 18 and 16. 0.95 keeps last round's catches for
# about its false alarms; 0.93 bought 11 more catches for 13 more false alarms.
# Looks 15 and 16 in the fit (olook18 and 19, read and tuned on) kept 0.95: leaving one
# set out, it catches 266 of the 412 posts the rules miss for 42 false alarms (263 for 46 before).
# Fitted with looks 17 and 18 too (olook20 and 22, in tests/data/off_topic_probes_unfitted),
# it caught 265 of the 411 posts the rules miss for 55 false alarms at 0.95 (256 for 50 at 0.97;
# 249 for 38 with THRESHOLD at 0.8), and plain jabs of the tests ("since the new crowd took
# over", "since this lot got in") fell below the thresholds: it learnt those probes' harmless
# look-alikes too well. That fit was taken back; the two probes wait there for a better one.
# A round later, four more probes joined them there (olook23, 24 and 26 as looks 19-21, read and
# tuned on; olook25 as look 22). Fitted with looks 17-21 and read on olook25 before any of it was
# read (six folds of the tuning sets instead of one set out, for speed): the model alone caught 68
# of olook25's 120 allusions (61 with the fit kept), 32 of the 53 the rules missed (28), for no
# false alarm in 180; on the tuning folds, 259 of the 411 posts the rules miss for 51 false alarms
# (249 for 44; THRESHOLD at 0.72 on the kept fit gives 260 for 59). Yet the tests' tailor's jab
# read 0.733 and the diluted bakery jab's window 0.941, under the thresholds, so it was not taken.
# The round after, with olook27 and 28 (looks 23 and 24, read and tuned on) in the fit too, and
# read on olook29's English half (look 25) before any of it was read: the model alone caught 35 of
# its 60 allusions (27 with the kept fit), but beside the rules the same 10 of the 20 they missed,
# no false alarm in 90; on six folds of the tuning sets, 260 of the 410 posts the rules miss for
# 55 false alarms (248 for 44); two of the tests' seven plain jabs fell under the thresholds
# again. Not taken either.
# Later every read probe joined the fit (looks 17-97: 250 sets, 36,500 posts, where the kept
# fit had 88 sets). It was read on four blind probes never fitted (olook102-105, 1,200 posts),
# rules and model together, and on the tuning sets in five folds (each fold left out of a fit
# on the rest and on all the probes). At the kept thresholds (0.75, 0.95, floor 0.5) the larger
# fit caught more on both but raised more false alarms on the tuning folds: beside the rules,
# 267 catches of the posts they miss for 113 false alarms (the kept fit: 211 for 43). The
# thresholds were raised until the false alarms came back: at 0.9/0.96 234 for 46, at
# 0.88/0.96 239 for 48, at 0.85/0.95 251 for 69. 0.88/0.96 was taken: on the blind probes it
# catches 441 of 480 allusions for 17 false alarms in 720, where the kept fit caught 434 for 22.
# STRENGTH 5 or 20 and MIN_POSTS 6, in the same folds, read no better. Some jabs of the tests
# fell under the thresholds: see the tests.
# A round later the four probes read then (olook106-109), the four blind ones above once read
# and four more read that round (olook110-113) joined the fit as looks 98-109 (266 sets). Ten
# folds, beside the rules: 239 of the 343 tuning posts they miss for 55 false alarms. On four
# blind probes never fitted (olook114-117, rules of that round): 439 of 480 allusions caught
# for 22 false alarms in 720, against 437 for 22 with the fit before. Thresholds kept.
THRESHOLD = 0.88
WINDOW_THRESHOLD = 0.96
WINDOW_FLOOR = 0.5
# Leaving one set out meant 250 fits; folds of sets (every FOLDS-th set) give the same reading
# in a tenth of the time.
FOLDS = 10
DECIMALS = 5
# Words by which a post points at a group of people ("for those who asked", « pour ceux qui
# veulent », "some of you"). Jabs use them ("those who run this country", « ceux qui nous
# gouvernent »), so the model learnt them as off-topic, but businesses address their customers
# so every day: a blind French probe of 70 such harmless posts had 38 flagged. Unlearnt, only
# what is said of the group weighs (see README, "This round").
ADDRESS = frozenset(("those", "who", "some", "ceux", "celles", "qui", "certains", "certaines"))
# Emoji of everyday fun: the blind writers laughed at those in power with them twice as often as
# at anything else, and the model learnt them as jabs; but shops joke with them all day ("the
# dog thought the grooming table was a trampoline 😂"). Unlearnt, like the words above. It cost,
# leaving one set out on 50 sets, 14 of the 374 posts the rules miss (212 caught, not 226) and
# 7 more false alarms (49, not 42); on nine blind probes, 5 of 540 allusions and 2 fewer false
# alarms of 770; and four funny posts of each language now stay clean (see the tests).
HUMOUR = frozenset("😂🤣😆😄😅😁😉😜")

# The post's terms, its off_topic label, the rules' verdict, whether it is long enough for the
# model to speak (MIN_WORDS), and its windows' terms.
Row = tuple[list[str], bool, bool, bool, list[list[str]]]


def rows_of(path: Path) -> list[Row]:
    rows = []
    for post in load(path):
        context = Context(
            language=post["lang"], profession=post["profession"], topics=tuple(post["topics"])
        )
        report = analyze(post["text"], context)
        by_rules = any(
            f.category == "off_topic"
            and f.severity in ("warning", "error")
            and f.rule != "off_topic.allusion"
            for f in report.findings
        )
        tokens = tokenize(post["text"], report.language)
        terms, _ = allusion_terms(tokens)
        long_enough = word_count(tokens) >= MIN_WORDS
        windows = [window for _, window in allusion_windows(tokens)]
        # A tuning set labels every category; a probe (PROBE_SETS) labels off_topic alone.
        label = post["labels"]["off_topic"] if "labels" in post else post["off_topic"]
        rows.append((terms, bool(label), by_rules, long_enough, windows))
    return rows


def weighed(terms: list[str]) -> list[str]:
    """The terms the model learns: none that holds a word of `ADDRESS`, no emoji of `HUMOUR`."""
    return [term for term in terms if term not in HUMOUR and ADDRESS.isdisjoint(term.split())]


def fit(rows: list[Row]) -> dict[str, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectors = TfidfVectorizer(analyzer=weighed, min_df=MIN_POSTS, sublinear_tf=True)
    matrix = vectors.fit_transform([row[0] for row in rows])
    model = LogisticRegression(C=STRENGTH, max_iter=5000, class_weight="balanced")
    model.fit(matrix, [row[1] for row in rows])
    terms = {
        str(name): [round(float(idf), DECIMALS), round(float(weight), DECIMALS)]
        for name, idf, weight in zip(
            vectors.get_feature_names_out(), vectors.idf_, model.coef_[0], strict=True
        )
    }
    return {
        "threshold": THRESHOLD,
        "window_threshold": WINDOW_THRESHOLD,
        "window_floor": WINDOW_FLOOR,
        "bias": round(float(model.intercept_[0]), DECIMALS),
        "terms": dict(sorted(terms.items())),
    }


def count(model: AllusionModel, rows: list[Row], tally: Counter[str]) -> None:
    """What the model says of posts it was not fitted on, added to `tally`."""
    for terms, label, rules, long_enough, windows in rows:
        probability = model.probability(terms)
        said = long_enough and model.speaks(probability, map(model.probability, windows))
        tally["by window"] += said and probability <= model.threshold
        tally["caught"] += said and label
        tally["flagged"] += said and not label
        tally["labelled"] += label
        tally["clean"] += not label
        tally["missed"] += label and not rules
        tally["added"] += said and label and not rules
        tally["raised"] += said and not label and not rules


def main() -> int:
    args = training_args(__doc__ or "")
    if args is None:
        return 2

    sets = {path: rows_of(path) for path in (*TUNING_SETS, *PROBE_SETS) if path.exists()}
    tallies = {"tuning sets": Counter[str](), "probes": Counter[str]()}
    paths = list(sets)
    for fold in range(FOLDS):
        left_out = set(paths[fold::FOLDS])
        others = [row for path, held in sets.items() if path not in left_out for row in held]
        model = parse_model({"format": FORMAT, **fit(others)})
        assert model is not None
        for path in left_out:
            tally = tallies["probes" if path in PROBE_SETS else "tuning sets"]
            count(model, sets[path], tally)
    for group, t in tallies.items():
        if not t["labelled"] or not t["clean"]:
            continue
        print(
            f"{group}, leaving one fold out, {t['labelled'] + t['clean']} posts: the model alone "
            f"flags {t['caught']} of {t['labelled']} off-topic posts "
            f"({t['caught'] / t['labelled']:.2f}) and {t['flagged']} of {t['clean']} clean "
            f"ones ({t['flagged'] / t['clean']:.3f}), {t['by window']} of them by a window "
            f"alone; beside the rules it catches {t['added']} of the {t['missed']} they miss "
            f"and raises {t['raised']} false alarms"
        )
    if args.check:
        return 0
    document = {
        "format": FORMAT,
        "trained_on": sets_digest(list(sets)),
        **fit([row for rows in sets.values() for row in rows]),
    }
    MODEL_PATH.write_text(model_lines(document, "terms"), encoding="utf-8")
    size = MODEL_PATH.stat().st_size / 1e6
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(document['terms'])} terms, {size:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
