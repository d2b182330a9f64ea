"""Those in power by where they sit, judged in the sentence ("Macquarie Street reckoned nurses
were worth 3%. Disgraceful."), wars declared on what is no side ("the WAR ON SCORPIONS",
« guerre aux ampoules »), which are images, and a thank-you to no one, which signs a closing
notice off ("…Open as usual May 13. Salamat po!") where "Cheers, Westminster." is a jab."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, analyze
from tests.coach_support import author, off_topic_rules

PHYSIO = author("en", "physiotherapist", "sports injuries", "rehab")
BAKER = author("en", "baker", "sourdough", "cakes")
BOULANGER = author("fr", "boulanger", "pain au levain", "viennoiseries")


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            PHYSIO,
            "Forty years caring for everyone else and Macquarie Street reckoned nurses were worth "
            "a 3% rise. Disgraceful.",
        ),
        (BAKER, "The Beehive has no clue about farming, a disgrace."),
        (BAKER, "The Treasury ruined small bakeries with this one."),
        (BAKER, "Putrajaya got it wrong on the new levy for small traders."),
        (BAKER, "A request to Didi in Nabanna: bring some jobs instead of paint. Shame."),
        (
            BOULANGER,
            "Bref, ce qu'on pond rue de la Loi, c'est une honte pour les petits commerces.",
        ),
    ],
)
def test_a_seat_of_power_judged_in_its_sentence_is_politics(context: Context, text: str) -> None:
    assert "off_topic.politics" in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        # A flag is a greeting's, not a side taken against the seat of government.
        (
            author("en", "dentist", "braces", "clinic news"),
            "Pakistan Day greetings 🇵🇰 Free check-ups for the children at SOS Village "
            "Islamabad all this week.",
        ),
        (BAKER, "We toured Parliament Hill with the kids on Saturday, what a shame it rained."),
        (
            author("fr", "orthophoniste", "bilinguisme", "infos du cabinet"),
            "Le cabinet, juste derrière le Palais fédéral, sera fermé l'après-midi. Rappel : on "
            "propose des bilans pour les enfants bilingues, de plus en plus nombreux à Berne.",
        ),
    ],
)
def test_a_seat_of_power_as_a_place_stays_clean(context: Context, text: str) -> None:
    assert off_topic_rules(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "personal trainer", "strength training", "nutrition"),
            "Our 6-week WAR ON THE COUCH starts Monday 💪 3 sessions a week, all levels.",
        ),
        (
            author("en", "pest control technician", "termites", "home protection"),
            "🦂 The war on scorpions is on. Monsoon season brings them inside.",
        ),
        (BAKER, "Our war against soggy bottoms continues: new tins, hotter oven."),
        (
            author("fr", "plombier", "chauffe-eau", "dépannage"),
            "GUERRE AU CALCAIRE 💥🚿 Détartrage du ballon tous les 2-3 ans, anode à vérifier.",
        ),
        (
            author("fr", "podologue", "semelles orthopédiques", "sport"),
            "Guerre aux ampoules avant la course ! Passez pour un dernier ajustement.",
        ),
        (
            author("fr", "moniteur d'auto-école", "permis de conduire", "sécurité routière"),
            "Guerre contre les excès de vitesse sur l'axe Bafoussam–Douala !",
        ),
    ],
)
def test_a_war_declared_on_what_is_no_side_is_an_image(context: Context, text: str) -> None:
    assert off_topic_rules(analyze(text, context)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Another war on motorists from the council, this time parking. Disgraceful.",
        "The war on drugs filled the prisons and emptied nothing.",
        "The war against Ukraine has pushed flour up again.",
        "They have waged a war on the poor for ten years.",
    ],
)
def test_a_war_on_a_side_stays_off_topic(text: str) -> None:
    assert off_topic_rules(analyze(text, BAKER))


@pytest.mark.parametrize(
    "text",
    [
        "Encore une guerre aux automobilistes, cette fois le stationnement.",
        "La guerre contre l'Ukraine a encore fait monter le prix du blé.",
        "La guerre à la drogue ne marche pas, tout le monde le sait.",
    ],
)
def test_une_guerre_a_un_camp_reste_hors_sujet(text: str) -> None:
    assert off_topic_rules(analyze(text, BOULANGER))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "optometrist", "eye exams", "frames"),
            "Our clinic will be closed on May 12 for the elections, since the school beside us is "
            "a voting precinct. Open as usual May 13. Salamat po!",
        ),
        (
            BAKER,
            "Closed Monday for the election, the hall next door is a polling station. Back "
            "Tuesday. Thanks all!",
        ),
        (
            BOULANGER,
            "Dimanche c'est le second tour : on est ouverts comme d'habitude de 7h à 13h. Merci !",
        ),
    ],
)
def test_a_closing_for_the_vote_signed_off_with_thanks_is_practical(
    context: Context, text: str
) -> None:
    assert off_topic_rules(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (BAKER, "Flour up 30% since the new lot got in. Thanks, Ottawa."),
        (BAKER, "Another tax on small bakeries. Cheers, Westminster."),
        (BOULANGER, "Encore une taxe sur le beurre. Merci Bercy."),
    ],
)
def test_a_thank_you_that_names_those_in_power_is_still_a_jab(context: Context, text: str) -> None:
    assert "off_topic.politics" in off_topic_rules(analyze(text, context))
