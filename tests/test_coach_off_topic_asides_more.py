"""Off-topic asides in everyday posts — polls, conference reports, apologies, jokes, the
weather — and the look-alikes beside them: a minister who opens a congress, a vote on the
hamster's name, a war on flab, a job told "as a housekeeper"."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, analyze
from tests.coach_support import author, off_topic_rules

BAKER = author("en", "baker", "sourdough", "cakes")
BOULANGER = author("fr", "boulanger", "pain au levain", "viennoiseries")
PHYSIO = author("en", "physiotherapist", "sports injuries", "rehab")
KINE = author("fr", "kinésithérapeute", "rééducation", "sport")
PODIATRIST = author("en", "podiatrist", "foot care", "nail surgery")


@pytest.mark.parametrize(
    ("context", "text"),
    [
        # A job told with "as a" is no comparison: what follows still counts.
        (
            PODIATRIST,
            "Lovely patient today who used to work as a housekeeper at a palace. She says the "
            "Sussexes were a nightmare to work for.",
        ),
        (
            BAKER,
            "My aunt worked as a cook for a famous family, and she says the Sussexes were rude "
            "to every single one of the staff.",
        ),
    ],
)
def test_a_job_told_with_as_a_is_no_image(context: Context, text: str) -> None:
    assert "off_topic.gossip" in off_topic_rules(analyze(text, context))


def test_a_real_comparison_still_carries_the_image() -> None:
    text = "Our Saturday queue moved like a parliamentary debate: slowly, loudly, going nowhere."
    assert off_topic_rules(analyze(text, BAKER)) == set()


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "funeral director", "funeral planning", "cremation"),
            "We laid my mother to rest on Saturday. Hell is real, friends. Give your life to "
            "Christ today, before it is too late.",
        ),
        (
            author("fr", "conseiller funéraire", "obsèques", "prévoyance"),
            "Merci pour vos messages après le décès de mon père. Convertissez-vous pendant qu'il "
            "est encore temps, revenez à la prière.",
        ),
    ],
)
def test_preaching_is_flagged_for_funeral_directors_too(context: Context, text: str) -> None:
    assert "off_topic.religion" in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text", "subject"),
    [
        (BAKER, "Double stamps on loyalty cards all week. #NotMyPM", "off_topic.politics"),
        (
            author("fr", "quincaillier", "outillage", "matériaux"),
            "Achetez local, les gars 🇨🇦 #ElbowsUp",
            "off_topic.politics",
        ),
        (BOULANGER, "Thiéboudienne vendredi comme d'habitude 🐟 #SunuProjet", "off_topic.politics"),
        (BOULANGER, "Fermé mercredi soir exceptionnellement. #Autonomia 🏴", "off_topic.politics"),
    ],
)
def test_a_slogan_in_a_hashtag_is_read_by_its_words(
    context: Context, text: str, subject: str
) -> None:
    assert subject in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        # Polls among followers.
        (
            author("fr", "restauratrice", "poissons", "réservations"),
            "Sondage ☀️ Couscous au poisson ou riz djerbien pour vendredi ? Votez !",
        ),
        (
            author("fr", "vétérinaire", "chiens", "chats"),
            "Sondage : le nom le plus populaire cette année ? Les candidats : Luna, Milo, Bella. "
            "Votez ! On dévoile le gagnant lundi.",
        ),
        (
            author("en", "vet", "pet health", "practice events"),
            "PET OF THE YEAR ELECTION: send us your photos and clients will vote for the winner. "
            "Candidates may bribe the judges with biscuits.",
        ),
        (
            author("en", "brewer", "craft beer", "taproom"),
            "Vote for our next seasonal: pumpkin ale or märzen? Campaign ends Sunday, winner gets "
            "brewed Monday.",
        ),
        # A club's officers and a class's hamster.
        (
            author("en", "swim coach", "kids' swimming", "club news"),
            "Our AGM is on the 12th and we're electing a new chairperson and treasurer.",
        ),
        (
            author("en", "nursery manager", "early years", "parent tips"),
            "Our Caterpillar room held its first election to name the class hamster: 9 votes for "
            "Biscuit!",
        ),
        (
            author("fr", "plombier", "chauffe-eau", "urgences"),
            "Mon gars a été élu président du conseil étudiant ! Campagne faite avec des affiches "
            "maison et des beignes.",
        ),
    ],
)
def test_polls_and_club_votes_stay_harmless(context: Context, text: str) -> None:
    assert off_topic_rules(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            PHYSIO,
            "Back from the national conference: the Minister of Health opened it on Friday and "
            "spoke about the workforce plan.",
        ),
        (
            author("en", "optician", "eye tests", "frames"),
            "We sponsored the marathon stall, and the minister flagged off the full race at 5am.",
        ),
        (
            author("en", "lawyer", "property law", "contracts"),
            "Well done to every runner! The Minister for Sport handed out the trophies in Sliema.",
        ),
        (
            author("fr", "producteur d'huile d'olive", "huile bio", "export"),
            "Le salon a été inauguré par le ministre de l'Agriculture, qui a goûté notre huile.",
        ),
        (
            author("fr", "vigneron", "vins", "visites"),
            "Le trail des vignes part samedi : le ministre du Tourisme donnera le départ.",
        ),
        (
            author("fr", "entrepreneur BTP", "construction", "rénovation"),
            "Inauguration des gradins samedi en présence du ministre des Sports et du maire.",
        ),
    ],
)
def test_a_minister_at_the_opening_is_no_politics(context: Context, text: str) -> None:
    assert off_topic_rules(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (BAKER, "No lessons Monday, it's the Election Day public holiday."),
        (
            author("fr", "serrurier", "ouverture de porte", "dépannage"),
            "Enfermé dehors le dimanche du second tour en rentrant du bureau de vote : on est "
            "venus en 25 minutes.",
        ),
        (BAKER, "Taylor Swift was playing the MCG and half the city walked past our door."),
        (author("en", "gym owner", "HIIT", "promotions"), "TOTAL WAR ON FLAB starts Monday!"),
        (
            author("fr", "infirmière", "prévention", "soins"),
            "On fait la guerre aux gîtes larvaires : videz les soucoupes chaque semaine.",
        ),
        (author("fr", "friteur", "frites", "carnaval"), "La guerre des frites est déclarée !"),
        (
            author("en", "upholsterer", "reupholstery", "fabrics"),
            "This couch is so comfy it should run for mayor 😂",
        ),
        (
            author("fr", "pâtissier", "makroudh", "mariages"),
            "Les baklawas ont formé un gouvernement d'union nationale avec les makroudhs 😂",
        ),
    ],
)
def test_wordplay_and_dates_stay_harmless(context: Context, text: str) -> None:
    assert off_topic_rules(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("context", "text", "subject"),
    [
        (BAKER, "The committee is re-electing nobody: his re-election bid is a joke.", None),
        (
            BAKER,
            "Flat white or long black? The lot up at the Beehive reckon everyone's doing fine.",
            "off_topic.politics",
        ),
        (
            PHYSIO,
            "Half my caseload could be discharged if the man in the Oval Office slept at night.",
            "off_topic.politics",
        ),
        (BAKER, "Make Mondays Great Again: two croissants for one!", "off_topic.politics"),
        (
            KINE,
            "Un patient plié en deux : « j'ai lu ma fiche de paie après les trouvailles de "
            "Jupiter ».",
            "off_topic.politics",
        ),
        (
            author("fr", "courtier en assurances", "assurance auto", "habitation"),
            "— Même le risque d'avoir Bart au 16 pendant cinq ans ? — Exclu du contrat.",
            "off_topic.politics",
        ),
        (
            author("fr", "psychologue", "anxiété", "jeunes"),
            "Si l'orange à la Maison-Blanche vous angoisse, vous n'êtes pas seuls.",
            "off_topic.politics",
        ),
        (
            author("fr", "pâtissier", "tartes", "gâteaux"),
            "Une certaine actrice a commandé 300 roses, si vous voyez de qui je parle 😏",
            "off_topic.gossip",
        ),
    ],
)
def test_jabs_by_allusion_are_caught(context: Context, text: str, subject: str | None) -> None:
    found = off_topic_rules(analyze(text, context))
    assert (subject in found) if subject else found
