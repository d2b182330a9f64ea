"""Off-topic subjects dropped as an aside at the end of a work post: the clergy, the election
night, the celebrity saga. The same words in their everyday sense stay clean."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, analyze

BAKER_EN = Context(language="en", profession="baker", topics=("sourdough", "bakery"))
BAKER_FR = Context(language="fr", profession="boulanger", topics=("pain", "viennoiseries"))

WORK_EN = "Power cut at 3am, so we baked the lot in the old wood-fired oven until seven. "
WORK_FR = "Coupure de courant à 3 h, alors on a tout cuit dans le vieux four à bois jusqu'à 7 h. "


def off_topic(text: str, context: Context) -> list[str]:
    return [f.rule for f in analyze(text, context).findings if f.category == "off_topic"]


@pytest.mark.parametrize(
    ("aside", "rule"),
    [
        ("On a different note, the Archbishop's comments were a disgrace.", "off_topic.religion"),
        ("And the bishops still haven't apologised, have they?", "off_topic.religion"),
        ("The Church has a lot to answer for, frankly.", "off_topic.religion"),
        ("Meanwhile the Vatican stays silent. Typical.", "off_topic.religion"),
        ("Is anyone else tired of the royal feud in the papers?", "off_topic.gossip"),
    ],
)
def test_an_english_aside_on_a_hot_subject_is_flagged(aside: str, rule: str) -> None:
    assert rule in off_topic(WORK_EN + aside, BAKER_EN)


@pytest.mark.parametrize(
    ("aside", "rule"),
    [
        ("Qui regarde le second tour dimanche ?", "off_topic.politics"),
        ("Vivement la fin de l'entre-deux-tours, on ne parle que de ça.", "off_topic.politics"),
        ("Les législatives, encore : les clients ne parlent que de ça.", "off_topic.politics"),
        (
            "Rien à voir, mais l'héritage de Johnny Hallyday, ça ne finira jamais ?",
            "off_topic.gossip",
        ),
        ("Et l'archevêque qui en rajoute cette semaine, quelle honte.", "off_topic.religion"),
        ("Les évêques devraient enfin s'expliquer.", "off_topic.religion"),
    ],
)
def test_a_french_aside_on_a_hot_subject_is_flagged(aside: str, rule: str) -> None:
    assert rule in off_topic(WORK_FR + aside, BAKER_FR)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("We did a second tour of the house with the buyers; they loved the garden.", BAKER_EN),
        ("I baked forty rolls for the church hall's jumble sale on Saturday.", BAKER_EN),
        ("Au premier tour de piste, le poney boitait déjà un peu.", BAKER_FR),
        ("On a fait un second tour du quartier avec la tournée de pain.", BAKER_FR),
        ("Le gâteau pour la communion de Léa est prêt : trois étages de chantilly.", BAKER_FR),
    ],
)
def test_the_same_words_in_their_everyday_sense_stay_clean(text: str, context: Context) -> None:
    assert off_topic(text, context) == []


def test_a_chaplain_may_speak_of_the_bishops() -> None:
    chaplain = Context(language="en", profession="hospital chaplain", topics=("faith", "grief"))
    text = "The bishops visited the ward today and sat with families for hours."
    assert off_topic(text, chaplain) == []
