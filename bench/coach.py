"""Speed of the coach against proselint, on the same text.

    .venv/bin/python bench/coach.py [--runs N]

Prints the median time of `analyze` (grammar off) on a 2,000-character post in English and in
French and on a 20,000-character text; proselint 0.16's median time (all its checks) on the same
English texts and the ratio; the rule packs' load time (compiled, as on a first run, and read
back from the disk cache, as on every run after it) and memory. The last line is
`speedup vs proselint: N.N×` for the 2,000-character English post.

Medians are of warm runs: in the composer the coach runs on every pause in typing, so the
per-word caches (stems, frequencies) are warm after the first analysis of a draft. The two tools
are timed in alternating blocks (20 runs of one, then 20 of the other), so both see the same
machine load and each runs as it would on its own. Timed turn by turn instead, each run finds
the processor's caches filled by the other tool: the coach then takes about half as long again
(proselint hardly changes); that figure is printed too, as "turn by turn".
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Python puts bench/ first on sys.path, and bench/calendar.py would then shadow the standard
# library's calendar module (proselint imports it): drop bench/, add the checkout's root.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))

EN_PARTS = [
    "Last Tuesday a little girl walked into my office holding her dad's hand so tightly that "
    "her knuckles were white. She had decided, on the way, that the dentist was a monster. ",
    "So we made a deal: she would count my teeth first. Thirty-two, she announced, and one is "
    "crooked. She was right. Then she opened her mouth without a single tear. ",
    "My tip after twelve years of doing this: let the child be the boss for two minutes. ",
    "Most parents think fear starts at the dentist; in my practice it usually starts in the car. ",
    "Smith Dental is pleased to offer a full range of services with a professional approach. ",
    "Untreated gingivitis can turn into periodontitis, and we leverage modern tools to stop it. ",
    "Book now, places are limited!!! Contact us today for a free consultation. ",
    "Honestly, I think the fashion for whitening every month is a mistake. ",
    "Hooray, we finally launched evening appointments on Thursdays, and I'm so proud of the team. ",
    "#dentist #kids #smile ",
]
FR_PARTS = [
    "Mardi dernier, une petite fille est entrée dans le cabinet en serrant la main de son papa. "
    "Elle avait décidé, en chemin, que la dentiste était un monstre. ",
    "Alors on a fait un marché : elle comptait mes dents d’abord. Trente-deux, a-t-elle annoncé, "
    "et une est de travers. Elle avait raison. ",
    "Mon conseil après douze ans de métier : laissez l'enfant être le chef pendant deux minutes. ",
    "La plupart des parents pensent que la peur commence chez le dentiste ; dans ma pratique, "
    "elle commence souvent dans la voiture. ",
    "Le cabinet Martin est heureux de vous proposer une large gamme de services de qualité. ",
    "Une gingivite non soignée peut devenir une parodontite, et le détartrage reste la base. ",
    "N’hésitez pas à nous contacter, offre limitée !!! Réservez dès maintenant. ",
    "Franchement, je pense que la mode du blanchiment tous les mois est une erreur. ",
    "Youpi, on a enfin ouvert le samedi matin, et je suis fière de l'équipe. ",
    "#dentiste #enfants #sourire ",
]


def text_of(parts: list[str], size: int) -> str:
    """Repeat the parts until `size` characters, cut at a word boundary."""
    text = ""
    while len(text) < size:
        text += "".join(parts)
    cut = text[:size]
    return cut[: cut.rfind(" ")] if " " in cut else cut


def interleaved_ms(
    first: Callable[[], object], second: Callable[[], object], runs: int, block: int = 1
) -> tuple[float, float]:
    """Medians of two functions timed in alternating blocks of `block` runs each, so both
    see the same machine load (block=1: turn by turn)."""
    first()
    second()
    a: list[float] = []
    b: list[float] = []
    while len(a) < runs:
        for fn, times in ((first, a), (second, b)):
            for _ in range(block):
                started = time.perf_counter()
                fn()
                times.append(time.perf_counter() - started)
    return statistics.median(a) * 1000, statistics.median(b) * 1000


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm-up (caches, first-use loading)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="runs per 2,000-character text")
    args = parser.parse_args()

    # A cache of our own: the first load compiles, as on a user's first run.
    os.environ["FIRSTHAND_CACHE"] = cache_dir = tempfile.mkdtemp(prefix="firsthand-bench-")
    atexit.register(shutil.rmtree, cache_dir, ignore_errors=True)
    started = time.perf_counter()
    from firsthand.composer.coach import Context, analyze, load_rule_packs
    from firsthand.composer.coach.allusion_model import load_model as load_allusions
    from firsthand.composer.coach.frequency import warm
    from firsthand.composer.coach.kind_model import load_model
    from firsthand.composer.coach.packs import RULES_DIR, load_all, load_pack
    from firsthand.composer.coach.tokens import word_cache

    import_s = time.perf_counter() - started
    started = time.perf_counter()
    load_rule_packs()
    packs_s = time.perf_counter() - started
    load_pack.cache_clear()
    started = time.perf_counter()
    load_rule_packs()
    cached_s = time.perf_counter() - started
    started = time.perf_counter()
    warm("en")
    warm("fr")
    wordfreq_s = time.perf_counter() - started
    started = time.perf_counter()
    load_model()
    model_s = time.perf_counter() - started
    started = time.perf_counter()
    load_allusions()
    allusions_s = time.perf_counter() - started
    # Memory: load the packs again from scratch under tracemalloc (it slows what it traces,
    # so the times above are taken without it).
    load_pack.cache_clear()
    word_cache.cache_clear()
    tracemalloc.start()
    load_rule_packs()
    packs_mem = tracemalloc.get_traced_memory()[0]
    load_model.cache_clear()
    load_model()
    model_mem = tracemalloc.get_traced_memory()[0] - packs_mem
    load_allusions.cache_clear()
    load_allusions()
    allusions_mem = tracemalloc.get_traced_memory()[0] - packs_mem - model_mem
    tracemalloc.stop()

    en_2k = text_of(EN_PARTS, 2000)
    fr_2k = text_of(FR_PARTS, 2000)
    en_20k = text_of(EN_PARTS, 20000)
    context = Context(
        language="auto",
        profession="dentist",
        topics=("teeth", "children"),
        networks=("x", "linkedin", "bluesky", "instagram"),
    )
    findings = len(analyze(en_2k, context).findings)

    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(__register__)
    checks = len(registry.checks)

    # The machine may be shared: the coach and proselint take turns on the same text.
    coach_en, prose_en = interleaved_ms(
        lambda: analyze(en_2k, context),
        lambda: LintFile("<bench>", en_2k).lint(),
        args.runs,
        block=20,
    )
    cold_en, cold_prose_en = interleaved_ms(
        lambda: analyze(en_2k, context),
        lambda: LintFile("<bench>", en_2k).lint(),
        max(20, args.runs // 2),
    )
    coach_fr = median_ms(lambda: analyze(fr_2k, context), args.runs)
    coach_20k, prose_20k = interleaved_ms(
        lambda: analyze(en_20k, context),
        lambda: LintFile("<bench>", en_20k).lint(),
        max(10, args.runs // 10),
        block=2,
    )

    packs = load_all()
    pack_files = len(list(RULES_DIR.glob("*/*.toml")))
    pack_terms = sum(len(pack.index) for pack in packs)
    print(
        f"rule packs (en+fr, {pack_files} files, {pack_terms:,} patterns): "
        f"compiled in {packs_s * 1000:.0f} ms, read from the cache in {cached_s * 1000:.0f} ms, "
        f"{packs_mem / 1e6:.1f} MB (tracemalloc); import {import_s * 1000:.0f} ms; "
        f"wordfreq's lists on first look-up: {wordfreq_s * 1000:.0f} ms; "
        f"kind model: {model_s * 1000:.0f} ms, {model_mem / 1e6:.1f} MB; "
        f"allusion model: {allusions_s * 1000:.0f} ms, {allusions_mem / 1e6:.1f} MB"
    )
    print(
        f"coach analyze, {len(en_2k):,} chars EN (grammar off): {coach_en:.2f} ms median "
        f"({findings} findings)"
    )
    print(f"coach analyze, {len(fr_2k):,} chars FR (grammar off): {coach_fr:.2f} ms median")
    print(f"coach analyze, {len(en_20k):,} chars EN (grammar off): {coach_20k:.2f} ms median")
    print(f"proselint 0.16 ({checks} checks), {len(en_2k):,} chars EN: {prose_en:.2f} ms median")
    print(f"proselint 0.16 ({checks} checks), {len(en_20k):,} chars EN: {prose_20k:.2f} ms median")
    print(f"ratio on {len(en_20k):,} chars: {prose_20k / coach_20k:.1f}×")
    print(
        f"turn by turn, {len(en_2k):,} chars EN: coach {cold_en:.2f} ms, proselint "
        f"{cold_prose_en:.2f} ms, ratio {cold_prose_en / cold_en:.1f}×"
    )
    print(f"speedup vs proselint: {prose_en / coach_en:.1f}×")


if __name__ == "__main__":
    main()
