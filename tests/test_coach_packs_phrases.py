"""The rule packs' phrases are written so the matcher can read them (see rules/README.md)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from firsthand.composer.coach import Context, analyze
from firsthand.composer.coach.packs import load_pack
from firsthand.composer.coach.phrases import PhraseIndex, compile_pattern, lint_phrase
from firsthand.composer.coach.tokens import tokenize

RULES = Path(__file__).resolve().parents[1] / "firsthand" / "resources" / "rules"
PACKS = sorted(RULES.glob("*/*.toml"))


def _phrases(path: Path) -> list[str]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for table in [*data.get("rule", []), *data.get("signal", [])]:
        for key in ("phrases", "weak", "figurative", "expert_phrases"):
            found += table.get(key, [])
    found += data.get("settings", {}).get("explained_by", [])
    return found


def _every_phrase(path: Path) -> list[str]:
    """Every phrase list of a pack, settings included (names, hints, asides, explanations)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for table in [*data.get("rule", []), *data.get("signal", []), data.get("settings", {})]:
        for value in table.values():
            if isinstance(value, list):
                found += [item for item in value if isinstance(item, str)]
            elif isinstance(value, dict):
                found += list(value)  # a jargon rule's terms
    return found


@pytest.mark.parametrize("path", PACKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_phrase_of_any_pack_looks_like_a_slip(path: Path) -> None:
    slips = {phrase: lint_phrase(phrase) for phrase in _every_phrase(path)}
    assert {phrase: found for phrase, found in slips.items() if found} == {}


@pytest.mark.parametrize(
    ("phrase", "meant"),
    [
        ("supprimez-le|la", "supprimez-le|supprimez-la"),
        ("what they're|they are spraying", "what (they're|they are) spraying"),
        ("we don't|do not forget", "we (don't|do not) forget"),
        ("(c'est|c est", "(c'est|c est)"),
        ("call|text||email us", "call|text|email us"),
        ("(vote for|) change", "(vote for|back) change"),
        ("la vraie ministre|le vrai ministre", "la|le vraie|vrai ministre"),
        ("turn into|turns into a civil war", "(turn into|turns into) a civil war"),
        ("ne manquez pas|ratez pas", "ne manquez|ratez pas"),
        ("fête des mères|pères|grands mères", "fête des (mères|pères|grands mères)"),
        # The same word again in its plural or feminine form.
        ("vidé la caisse|les caisses", "vidé (la caisse|les caisses)"),
        ("bouquet spiralé|bouquets spiralés", "bouquet spiralé"),
        ("tir|tirs du loup|des loups", "(tir|tirs) (du loup|des loups)"),
        ("selon le ministre|les ministres", "selon (le ministre|les ministres)"),
        ("un député|une députée de", "un|une député|députée de"),
        # Punctuation is no word: its "?" makes the word before it optional ("surprise? surprise"
        # is any "surprise"), and a choice of emoji alone can never match.
        ("surprise,? surprise", "surprise surprise"),
        ("tiens,? tiens,? tiens", "tiens tiens tiens"),
        ("100 %? guaranteed", "100 guaranteed"),
        ("know what to do (💛|🗳️|vote)", "know what to do (vote|voting)"),
        # A hashtag is read by its words: "#notmypm" is never met.
        ("#notmypm", "=notmypm"),
        ("le projet avance (#sunuprojet|gabegie)", "le projet avance (sunuprojet|gabegie)"),
    ],
)
def test_the_usual_slips_in_a_phrase_are_caught(phrase: str, meant: str) -> None:
    assert lint_phrase(phrase) != []
    assert lint_phrase(meant) == []


@pytest.mark.parametrize(
    "phrase",
    [
        "e-mail|call us today",
        "orange-faced|orange president",
        "=government|=governments|=government's",
        "le débat d'hier|d'avant-hier",
        "(on a|nous avons) enfin",
        "heureux de vous? annoncer",
        "team him|her or (team)? her|him",
        "this|the|our country ('s|is) going to the dogs",
        "can|to|and go and vote",
        # An optional word, a number or an elided article may carry their "?".
        "à l'? la? mairie",
        "f <num> <num>?",
    ],
)
def test_a_choice_of_whole_words_is_no_slip(phrase: str) -> None:
    assert lint_phrase(phrase) == []


@pytest.mark.parametrize(
    "phrase",
    [
        # Three choices of several words in a row: 8 × 6 × 5 patterns, each tried on its own.
        "(coup d'état|campagne électorale|vote blanc|second tour|premier tour|bureau de vote"
        "|liste électorale|carte d'électeur) (à la|au|à l'|dans la|dans le|chez)"
        " (petite boulangerie|salle d'attente|grande surface|salle de sport|basse-cour)",
        "(thank you|big thanks|huge thanks|many thanks|thanks so much|cheers mate)"
        " to (everyone in|all in|the lot in|the people in|the geniuses in|those in)"
        " (downing street|the white house|the beehive|leinster house|state house|the hill)",
    ],
)
def test_a_phrase_that_multiplies_into_hundreds_of_patterns_is_caught(phrase: str) -> None:
    assert any("patterns from one phrase" in problem for problem in lint_phrase(phrase))


@pytest.mark.parametrize(
    ("phrase", "language", "texts"),
    [
        (
            "(said|says|agreed) (it's|it was)? (ok|okay|fine|yes) to (post|share|posting)",
            "en",
            ["She said okay to posting her smile.", "He agreed it was fine to share."],
        ),
        (
            "(on|nous) (vous|te) (attend|attendons) (samedi|dimanche|lundi)",
            "fr",
            ["On vous attend samedi !", "Nous vous attendons lundi."],
        ),
    ],
)
def test_a_choice_of_single_words_in_brackets_makes_one_pattern(
    phrase: str, language: str, texts: list[str]
) -> None:
    # Brackets around one-word choices are common in packs; they must not multiply the
    # patterns (memory, and tries at every first word) yet must still find every choice.
    patterns = compile_pattern(phrase, language, True)
    assert len(patterns) <= 3  # only "(it's|it was)?" makes more: either, or neither
    index = PhraseIndex(patterns)
    assert all(index.find(tokenize(text, language)) for text in texts)
    assert lint_phrase(phrase) == []


@pytest.mark.parametrize("path", PACKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_phrase_of_every_pack_becomes_a_pattern(path: Path) -> None:
    # A phrase that compiles to nothing would never match, and nobody would notice.
    language = path.parent.name
    empty = [phrase for phrase in _phrases(path) if not compile_pattern(phrase, language, True)]
    assert empty == []


@pytest.mark.parametrize(
    ("phrase", "language", "text"),
    [
        # A clinic writing its own pack may put several words in one choice: each is whole.
        ("e-mail|call us today", "en", "E-mail us today for a slot."),
        ("e-mail|call us today", "en", "Call us today."),
        ("we're|i'm back", "en", "Guess what: we’re back on Saturdays."),
        ("most|many people don't|won't", "en", "Most people won't floss daily."),
        ("le débat d'hier|d'avant-hier", "fr", "Vous avez vu le débat d’avant-hier ?"),
        ("aujourd'hui|demain chez nous", "fr", "Aujourd'hui chez nous, on teste."),
    ],
)
def test_a_choice_between_several_words_matches_each_whole(
    phrase: str, language: str, text: str
) -> None:
    index = PhraseIndex(compile_pattern(phrase, language, True))
    assert index.find(tokenize(text, language)), phrase


@pytest.mark.parametrize(
    ("phrase", "language", "text"),
    [
        ("e-mail|call us today", "en", "Email us today."),  # "e" alone is not the choice
        ("e-mail|call us today", "en", "E us today."),
        ("we're|i'm back", "en", "We back the plan."),
        ("le débat d'hier|d'avant-hier", "fr", "Le débat d'avant."),
    ],
)
def test_a_choice_between_several_words_needs_all_of_one(
    phrase: str, language: str, text: str
) -> None:
    index = PhraseIndex(compile_pattern(phrase, language, True))
    assert not index.find(tokenize(text, language)), phrase


@pytest.mark.parametrize(
    ("text", "language", "rule"),
    [
        ("E-mail us today for a slot.", "en", "spam.call-to-action"),
        ("Vous avez regardé le débat d'hier soir ?", "fr", "off_topic.politics"),
        ("Les vaccins causent l'autisme, tout le monde le sait.", "fr", "off_topic.controversy"),
    ],
)
def test_alternatives_of_several_words_match_in_a_group(
    text: str, language: str, rule: str
) -> None:
    assert rule in {f.rule for f in analyze(text, Context(language=language)).findings}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Choices between several words, written in brackets so each is matched whole.
        ("fr", "Le problème avec les régimes, c'est la faim."),
        ("fr", "Nous sommes de retour lundi."),
        ("fr", "Le téléphone sonne à 7 h."),
        ("fr", "Mes patients m'ont appris la patience."),
        ("fr", "Mon nouveau livre sort demain."),
        ("en", "No one cares about the brochure."),
        ("en", "Anna joins our team in May."),
        ("en", "I see it all the time."),
        ("en", "My little guide to braces comes out next week."),
    ],
)
def test_a_choice_of_several_words_matches_each_whole(language: str, text: str) -> None:
    pack = load_pack(language, "voice")
    assert pack.signals.find(tokenize(text, language)), text


@pytest.mark.parametrize(
    ("phrase", "text", "found"),
    [
        # The French stemmer cuts many singulars and plurals apart ("religion" → "religion",
        # "religions" → "relig"): a phrase finds both...
        ("religion", "Je ne parle jamais des religions au cabinet.", True),
        ("religions", "La religion n'a rien à faire ici.", True),
        ("rachat de crédit", "Le rachat de crédits n'est pas une solution.", True),
        ("conflit d'intérêts", "Des conflits d'intérêts, j'en vois chaque mois.", True),
        # ...but short words keep to themselves, and "x" makes no plural of a brand.
        ("foi", "Trois fois par jour.", False),
        ("moi", "Depuis six mois.", False),
        ("rolex", "Mon rôle est simple.", False),
    ],
)
def test_french_singular_and_plural_match_each_other(phrase: str, text: str, found: bool) -> None:
    index = PhraseIndex(compile_pattern(phrase, "fr", phrase))
    assert bool(index.find(tokenize(text, "fr"))) is found


@pytest.mark.parametrize(
    ("phrase", "language", "text", "found"),
    [
        ("those who decide (for us)? every time", "en", "Those who decide every time.", True),
        (
            "those who decide (for us)? every time",
            "en",
            "Those who decide for us every time.",
            True,
        ),
        ("those who decide (for us)? every time", "en", "Those who decide us every time.", False),
        (
            "(ces gens-là|ceux) qui décident (de tout)? pour nous",
            "fr",
            "Ces gens-là qui décident pour nous.",
            True,
        ),
        (
            "(ces gens-là|ceux) qui décident (de tout)? pour nous",
            "fr",
            "Ceux qui décident de tout pour nous.",
            True,
        ),
        (
            "(ces gens-là|ceux) qui décident (de tout)? pour nous",
            "fr",
            "Ceux qui décident tout pour nous.",
            False,
        ),
    ],
)
def test_a_bracketed_choice_of_several_words_may_be_missing_whole(
    phrase: str, language: str, text: str, found: bool
) -> None:
    index: PhraseIndex[bool] = PhraseIndex(compile_pattern(phrase, language, True))
    assert bool(index.find(tokenize(text, language))) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Vos péchés seront pardonnés.", True),
        ("Vos peches seront pardonnes.", True),  # typed without accents
        ("Avec Pêches et Océans, le homard arrive en mai.", False),  # accented otherwise
    ],
)
def test_an_accented_exact_word_matches_its_bare_spelling_not_another_accent(
    text: str, found: bool
) -> None:
    index: PhraseIndex[bool] = PhraseIndex(compile_pattern("=péchés", "fr", True))
    assert bool(index.find(tokenize(text, "fr"))) is found


def test_a_new_index_never_finds_what_an_earlier_one_held() -> None:
    # Packs built one after another (a clinic's rules reloaded, the tests' inline packs) may
    # reuse a freed index's memory: each must find its own phrases and no other's.
    tokens = tokenize("We did your pocket charting and a deep clean today.", "en")
    index: PhraseIndex[str] | None = None
    for round_ in range(50):
        phrase = "pocket charting" if round_ % 2 else "deep clean"
        patterns = compile_pattern(phrase, "en", phrase)
        index = None  # the last one is freed just before the next is made
        index = PhraseIndex(patterns)
        assert [match.payload for match in index.find(tokens)] == [phrase]


def test_a_phrase_added_after_a_search_is_found_by_the_next() -> None:
    tokens = tokenize("A deep clean and new pocket charting.", "en")
    index: PhraseIndex[str] = PhraseIndex(compile_pattern("deep clean", "en", "clean"))
    assert [match.payload for match in index.find(tokens)] == ["clean"]
    for pattern in compile_pattern("pocket charting", "en", "charting"):
        index.add(pattern)
    assert [match.payload for match in index.find(tokens)] == ["clean", "charting"]
