"""Whose field celebrity gossip is: a showbiz journalist's, an entertainment reporter's, an
influencer-marketing consultant's, not a fashion designer's or a social-media manager's, whose
clients still read the gossip as gossip. A star's outfit told as fashion stays clean."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, analyze
from tests.coach_support import author, off_topic_rules

DESIGNER = author("en", "fashion designer", "ready-to-wear", "bridal", "fashion tips")
SOCIAL = author("en", "social media manager", "social media", "content for small businesses")
STYLISTE = author("fr", "styliste", "prêt-à-porter", "mode", "mariage")
BOUTIQUE = author("fr", "gérante de boutique", "mode", "nouveautés")


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            DESIGNER,
            "New bridal samples in this week. Also, that singer and her footballer are splitting "
            "up, apparently he cheated with her stylist.",
        ),
        (
            SOCIAL,
            "Three tips for your shop's reels this week. And did you see the actress who left "
            "the awards party with someone who was very much not her husband?",
        ),
        (
            STYLISTE,
            "Nouvelle collection en boutique. Et vous avez vu la chanteuse, son mari la trompe "
            "avec sa meilleure amie, tout le monde en parle.",
        ),
        (
            BOUTIQUE,
            "Robes d'été arrivées. On a bien vu qui n'était pas au bras de qui en tribune "
            "samedi, on dit ça on dit rien.",
        ),
    ],
)
def test_gossip_outside_showbiz_is_gossip_for_a_fashion_or_social_media_author(
    context: Context, text: str
) -> None:
    assert "off_topic.gossip" in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            DESIGNER,
            "Loved the structured shoulders on the red carpet this year. Our new blazers take "
            "the same line, in linen for summer.",
        ),
        (
            STYLISTE,
            "Les épaules structurées étaient partout sur le tapis rouge cette année. Nos vestes "
            "reprennent la ligne, en lin pour l'été.",
        ),
    ],
)
def test_a_look_told_as_fashion_stays_clean(context: Context, text: str) -> None:
    assert off_topic_rules(analyze(text, context)) == set()


@pytest.mark.parametrize(
    "context",
    [
        author("en", "entertainment reporter", "celebrity news", "showbiz"),
        author("en", "consultant", "influencer marketing", "brand deals"),
        author("fr", "journaliste", "people", "divertissement"),
    ],
)
def test_showbiz_is_still_a_showbiz_authors_field(context: Context) -> None:
    text = (
        "That singer and her footballer are splitting up, apparently he cheated with her stylist."
        if context.language == "en"
        else "La chanteuse et son footballeur se séparent, il l'aurait trompée avec sa styliste."
    )
    assert "off_topic.gossip" not in off_topic_rules(analyze(text, context))
