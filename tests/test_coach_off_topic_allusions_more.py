"""More ways a jab slips into a working post — a campaign slogan turned, a nickname, a seat of
power, a doubt about the moon landing — in both languages, and the look-alikes beside them: a
minister on the same radio show, a school's cabinet, Sun Tzu's book, a war in one's head."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, analyze
from tests.coach_support import author, off_topic_rules

BAKER = author("en", "baker", "sourdough", "cakes")
PHYSIO = author("en", "physiotherapist", "sports injuries", "rehab")
BOULANGER = author("fr", "boulanger", "pain au levain", "viennoiseries")


@pytest.mark.parametrize(
    ("context", "text", "subject"),
    [
        (BAKER, "Flour's up again. Don't fall for it again in November, folks.", "politics"),
        (
            PHYSIO,
            "Twelve-hour shifts for our nurses, and no thanks to the Treasury for any of it.",
            "politics",
        ),
        (
            BAKER,
            "The Pindi boys decided our internet could wait another week, so orders are by phone.",
            "politics",
        ),
        (
            BAKER,
            "The same mob that locked us down for months now wants to tell bakers how to price "
            "bread.",
            "politics",
        ),
        (PHYSIO, "Blackout Bowen strikes again: the clinic's power bill doubled.", "politics"),
        (BAKER, "Don't tell me Canberra cares about small bakeries.", "politics"),
        (
            BAKER,
            "They want everyone in an EV so they can track where you drive. Pies are ready.",
            "conspiracy",
        ),
        (
            BAKER,
            "Half my apprentices don't believe we ever landed on the moon, and they may be right.",
            "conspiracy",
        ),
        (
            PHYSIO,
            "That footballer's ex spilt the beans on her podcast, and the waiting room heard.",
            "gossip",
        ),
        (
            BAKER,
            "Nothing will save us except prayer: kneel before the cross before you open the shop.",
            "religion",
        ),
        (BOULANGER, "Le beurre a encore pris 20 %. Merci le milliardaire orange.", "politics"),
        (
            BOULANGER,
            "Leurs promesses de campagne ont fondu plus vite que notre beurre.",
            "politics",
        ),
        (BOULANGER, "Travailler plus pour payer plus : c'est devenu notre quotidien.", "politics"),
        (
            BOULANGER,
            "Paraît que le présentateur vedette du journal a quitté sa femme, tout le quartier en "
            "parle.",
            "gossip",
        ),
        (
            BOULANGER,
            "Pendant qu'on parle de croissants, d'autres rasent des villages entiers.",
            "war",
        ),
        (
            BOULANGER,
            "Les vrais chiffres qu'on nous cache, je les entends chaque matin au comptoir.",
            "conspiracy",
        ),
    ],
)
def test_a_jab_in_other_words_is_flagged(context: Context, text: str, subject: str) -> None:
    assert f"off_topic.{subject}" in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            PHYSIO,
            "I was on local radio about hamstrings, and the health minister was also on the "
            "programme talking about new clinic hours.",
        ),
        (
            BAKER,
            "Our student council elected a new head girl and her cabinet this week: "
            "congratulations from the bakery!",
        ),
        (BAKER, "Book of the month: The Art of War, for anyone negotiating with flour suppliers."),
        (
            BOULANGER,
            "Le livre du mois : « L'Art de la guerre » de Sun Tzu, pour négocier avec son meunier.",
        ),
        (
            PHYSIO,
            "Funny how there's a war going on in my head before every marathon. Breathe, then run.",
        ),
        (BOULANGER, "La guerre dans ma tête chaque lundi matin : café d'abord, pétrin ensuite."),
        (
            author("fr", "moniteur d'auto-école", "permis de conduire", "code de la route"),
            "Réforme du permis : nos candidats au code passent sur tablette dès lundi.",
        ),
        (
            BOULANGER,
            "Le club canin a son nouveau comité élu : félicitations à la présidente !",
        ),
        # Guards: a career in the forces.
        (
            BAKER,
            "After 12 years in the Army, Sam swapped the parade ground for the proving drawer.",
        ),
        (BOULANGER, "Après 15 ans dans l'armée, Karim a choisi le pétrin : bienvenue !"),
    ],
)
def test_the_look_alikes_stay_clean(context: Context, text: str) -> None:
    assert off_topic_rules(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("context", "text", "subject"),
    [
        (BAKER, "Happy Canada Day to everyone except Ottawa and its carbon tax.", "politics"),
        (BAKER, "Bread's up 20p, and FF and FG still think that's fine.", "politics"),
        (
            PHYSIO,
            "There's never money for the NHS, but there's always money for a new jet.",
            "politics",
        ),
        (
            BAKER,
            "Merry Christmas! If your uncle shows up in the red hat again, you know what to do.",
            "politics",
        ),
        (
            BOULANGER,
            "Un jour on arrêtera de demander la permission à Ottawa pour vendre notre pain.",
            "politics",
        ),
        (
            BOULANGER,
            "Paraît que la chanteuse s'est fait griller avec un autre pendant la tournée.",
            "gossip",
        ),
        (
            BOULANGER,
            "Fermeture lundi. Ils testent juste jusqu'où on obéit, vous verrez.",
            "conspiracy",
        ),
        (
            BOULANGER,
            "Le Grand Nord ? On s'en souvient seulement quand il faut des voix.",
            "politics",
        ),
        # A ministry praised in sarcasm is still a jab.
        (
            BOULANGER,
            "Un grand bravo au ministère qui a coupé le Pass'Sport. Génie absolu.",
            "politics",
        ),
    ],
)
def test_a_holiday_or_a_closing_still_carries_its_jab(
    context: Context, text: str, subject: str
) -> None:
    assert f"off_topic.{subject}" in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "midwife", "maternal health", "clinic news"),
            "Thank you to the Ministry of Health for the new delivery beds: the mothers notice.",
        ),
        (
            author("fr", "sage-femme", "grossesse", "prévention"),
            "Les moustiquaires distribuées par le ministère de la Santé sont arrivées au centre.",
        ),
        (
            author("fr", "opticien", "lunettes enfants", "examens de la vue"),
            "Le ministère de l'Éducation a fixé la rentrée au 15 septembre : pensez au contrôle "
            "de la vue.",
        ),
        (
            author("en", "real estate agent", "first-time buyers", "market updates"),
            "Just listed: a rowhouse on Capitol Hill, walking distance to the Capitol and the "
            "Library of Congress.",
        ),
        (
            author("en", "admissions consultant", "personal statements", "interview prep"),
            "So proud of Priya, just elected JCR president in her first year! Campaign posters "
            "were legendary.",
        ),
        (
            BOULANGER,
            "Notre récital de Noël aura lieu à l'église Saint-Jean : au programme, Minuit, "
            "Chrétiens.",
        ),
        (BAKER, "Our pecans are shelled fresh every week by a family orchard in Georgia."),
    ],
)
def test_a_ministry_a_listing_or_a_recital_relayed_plainly_stays_clean(
    context: Context, text: str
) -> None:
    assert off_topic_rules(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("context", "text", "subject"),
    [
        (
            BAKER,
            "Half our customers got DOGE'd this spring, so there's a discount for them.",
            "politics",
        ),
        (
            BAKER,
            "Eid Mubarak! Brothers and sisters, the Hellfire is real: make tawbah today.",
            "religion",
        ),
        (
            BOULANGER,
            "Les ondes de la 5G tuent nos abeilles et personne n'en parle. Miel en rayon.",
            "conspiracy",
        ),
        (
            BOULANGER,
            "Paraît que la belle-mère et la belle-fille ne se parlent plus depuis des mois.",
            "gossip",
        ),
    ],
)
def test_a_new_year_or_a_weekend_post_still_carries_its_jab(
    context: Context, text: str, subject: str
) -> None:
    assert f"off_topic.{subject}" in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (BAKER, "Spring changeover opens April 1, the annual tyre war begins, so book early!"),
        (
            PHYSIO,
            "Our physios ran desk assessments in partnership with the Ministry of Health's "
            "wellbeing team.",
        ),
        (BOULANGER, "Opération spéciale rentrée : -10 % sur les baguettes jusqu'au 31."),
        (
            author("fr", "architecte", "écoles", "rénovation"),
            "Le projet est conforme aux normes du ministère de l'Éducation nationale.",
        ),
    ],
)
def test_a_price_war_a_special_operation_or_a_ministrys_standard_stay_clean(
    context: Context, text: str
) -> None:
    assert off_topic_rules(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (BAKER, "Where does your tax go? Check the couch on a farm somewhere."),
        (BAKER, "Prices up again. Ask the bloke living in the Lodge why."),
        (BAKER, "Billionaires shouldn't exist. Anyway, hot cross buns are back."),
        (BOULANGER, "Le beurre a pris 20 %. Merci Donald, et bonjour à tes amis milliardaires."),
        (BOULANGER, "Six heures d'attente à la douane. Merci Boris et ses menteurs du Brexit."),
    ],
)
def test_a_price_rise_blamed_on_those_in_power_is_politics(context: Context, text: str) -> None:
    assert "off_topic.politics" in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            BAKER,
            "Voting is open for our Apprentice of the Year election: three candidates, one trophy!",
        ),
        (BAKER, "Team outing to Culloden Battlefield before the season starts. Bring good boots!"),
    ],
)
def test_a_trade_award_and_a_battlefield_outing_stay_clean(context: Context, text: str) -> None:
    assert off_topic_rules(analyze(text, context)) == set()
