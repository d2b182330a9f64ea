"""Trade words read this round in delays, before-and-after captions, call-outs, advice, service
lists and replies to reviews, each said in other words ("the zirconia copings need a remake",
« on a fait un antibiogramme »); and the words everyone around the author knows, which stay plain
(a price in shillings, IGCSE, the MLS, « la SPCA », a ring passed "to the next generation")."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, analyze
from tests.coach_support import author, jargon_flagged


@pytest.mark.parametrize(
    ("context", "text", "term"),
    [
        (
            author("en", "dentist", "crowns", "nervous patients"),
            "Two copings came back from the lab cracked, so your crown fit moves to Friday.",
            "copings",
        ),
        (
            author("en", "financial adviser", "pensions", "retirement planning"),
            "Your transfer is waiting on the ceding scheme, which is taking six weeks to reply.",
            "ceding scheme",
        ),
        (
            author("en", "IT support", "small business IT", "backups"),
            "The server is up again, though the RAID array needs a night to rebuild.",
            "RAID array",
        ),
        (
            author("en", "vet", "pet surgery", "dog health"),
            "The histopath on Bella's lump should be back on Thursday.",
            "histopath",
        ),
        (
            author("en", "farrier", "hoof care", "laminitis"),
            "His X-rays showed a negative palmar angle on the left fore, so we reset him in pads.",
            "palmar angle",
        ),
        (
            author("en", "family lawyer", "divorce", "child support"),
            "We asked the court for pendente lite support the same week she called.",
            "pendente lite",
        ),
        (
            author("en", "optician", "lenses", "frames"),
            "Swapped his old glasses for thin aspheric lenses in a titanium frame.",
            "aspheric",
        ),
        (
            author("en", "practice nurse", "wound care", "dressings"),
            "After a month of dressings the slough has cleared from the ulcer.",
            "slough",
        ),
        (
            author("en", "AC technician", "AC repairs", "refrigerant leaks"),
            "The unit was blowing warm and the superheat was way up, so we looked for a leak.",
            "superheat",
        ),
        (
            author("en", "financial adviser", "investing", "market updates"),
            "We kept your portfolio in low-beta funds, which is why it fell less this year.",
            "low-beta",
        ),
        (
            author("fr", "pharmacien", "médicaments", "conseils"),
            "Le grossiste ne nous a livré qu'un reliquat ce matin, on sert d'abord ceux qui n'ont "
            "plus rien.",
            "reliquat",
        ),
        (
            author("fr", "architecte", "maisons individuelles", "permis de construire"),
            "Le sol est argileux, on passe donc à un radier pour la maison de Vandœuvres.",
            "radier",
        ),
        (
            author("fr", "consultante web", "sites internet", "référencement"),
            "La mise en ligne glisse d'une semaine, le backlog est encore trop chargé.",
            "backlog",
        ),
        (
            author("fr", "biologiste médical", "analyses", "résultats"),
            "Votre résultat arrivera jeudi, l'antibiogramme demande deux jours de plus.",
            "antibiogramme",
        ),
        (
            author("fr", "vétérinaire", "chiens", "parasites"),
            "Le chien est arrivé avec une myiase sur le flanc, on l'a soigné sous sédation.",
            "myiase",
        ),
        (
            author("fr", "plombier", "évacuations", "salles de bain"),
            "On a posé un té de dégorgement sous l'évier, fini les bouchons.",
            "té de dégorgement",
        ),
        (
            author("fr", "coach sportif", "seniors actifs", "équilibre"),
            "Deux séances par semaine suffisent pour freiner la sarcopénie après 65 ans.",
            "sarcopénie",
        ),
        (
            author("fr", "avocate", "protection des aînés", "successions"),
            "Sans mandat, le juge peut prononcer une curatelle de portée générale.",
            "curatelle de portée générale",
        ),
    ],
)
def test_a_trade_word_read_this_round_is_jargon(context: Context, text: str, term: str) -> None:
    assert any(
        term.lower() in flagged.lower() for flagged in jargon_flagged(analyze(text, context))
    )


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "optometrist", "eye tests", "glasses"),
            "He only needed reading glasses at USh 45,000 in the end.",
        ),
        (
            author("en", "private tutor", "exam preparation", "maths"),
            "IGCSE English classes start in January, small groups of four.",
        ),
        (
            author("en", "home-based childcare educator", "childcare", "early learning"),
            "20 Hours ECE is free for three and four year olds, sunhats provided.",
        ),
        (
            author("en", "dietitian", "gut health", "healthy eating"),
            "IBS support sessions are €70, and we go through your food diary together.",
        ),
        (
            author("en", "real estate agent", "selling homes", "open houses"),
            "Every home we sell is listed on Zillow and the MLS the same day.",
        ),
        (
            author("en", "travel agent", "holiday packages", "travel insurance"),
            "Take travel insurance that covers pre-existing conditions for your parents.",
        ),
        (
            author("en", "jeweller", "ring repairs", "heirloom jewellery"),
            "Polished and resized, ready to pass on to the next generation.",
        ),
        (
            author("fr", "vétérinaire", "chiens et chats", "vaccins"),
            "Bienvenue à Pistache, adoptée à la SPCA, premier vaccin fait ce matin.",
        ),
        (
            author("fr", "pharmacienne", "moustiques", "voyages"),
            "Pour les adultes, prenez un répulsif avec du DEET, c'est écrit sur le flacon.",
        ),
        (
            author("fr", "kinésithérapeute", "rééducation du genou", "sport"),
            "Camille revient d'une rupture du ligament croisé, premier match en juillet.",
        ),
        (
            author("fr", "menuisier", "portes et fenêtres", "choix du bois"),
            "Pour une porte d'entrée à Douala, je conseille l'iroko ou le sapelli.",
        ),
        (
            author("fr", "plombier", "réservoirs d'eau", "fuites"),
            "Faites nettoyer la bâche à eau une fois par an, surtout avant l'été.",
        ),
        (
            author("fr", "conseiller en efficacité énergétique", "rénovation", "subventions"),
            "Avec les subventions Rénoclimat, l'isolation de l'entretoit vaut la peine.",
        ),
    ],
)
def test_words_everyone_around_the_author_knows_stay_plain(context: Context, text: str) -> None:
    assert jargon_flagged(analyze(text, context)) == []


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "midwife", "pregnancy care", "postnatal visits"),
            "Six weeks of home visits after baby arrives. LMC = your main midwife for the whole "
            "journey.",
        ),
        (
            author("en", "plumber", "heating", "bathrooms"),
            "We fitted a TRV = the little valve that sets each radiator's heat.",
        ),
        (
            author("fr", "infirmière libérale", "soins à domicile", "seniors"),
            "Demandez à votre médecin un BSI = le bilan qui nous permet de passer chaque jour.",
        ),
    ],
)
def test_a_term_explained_after_an_equals_sign_is_plain(context: Context, text: str) -> None:
    assert jargon_flagged(analyze(text, context)) == []


def test_an_equals_sign_followed_by_a_number_explains_nothing() -> None:
    midwife = author("en", "midwife", "pregnancy care", "postnatal visits")
    assert jargon_flagged(analyze("The LMC = 3 visits a week.", midwife)) == ["LMC"]
