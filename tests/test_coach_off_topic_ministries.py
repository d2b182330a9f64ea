"""A ministry named plainly is news ("the Ministry of Health requires food handlers to…"); the
same ministry mocked in an aside, judged in its sentence or given a new name is a jab. Also the
slogans, gossip and conspiracy lines read this round, each in other words, and the look-alikes
that stay clean: a parliament toured, a staff council's vote, the salon's pet "mayor", a derby's
"war", a prayer for the inboxes, Starlink named with its owner."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, analyze
from tests.coach_support import author, off_topic_rules

AGRONOMIST = author("en", "agronomist", "seeds", "advice to growers")
PHARMACIENNE = author("fr", "pharmacienne", "conseils santé", "vaccination")
TRAITEUR = author("fr", "traiteur", "buffets", "cuisine du marché")
BAKER = author("en", "baker", "sourdough", "cakes")
BOULANGER = author("fr", "boulanger", "pain au levain", "viennoiseries")


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "optometrist", "eye tests", "frames"),
            "Free eye screening on Thursday at the clinic, in partnership with the county Ministry "
            "of Health.",
        ),
        (
            author("en", "yoga teacher", "yoga for back pain", "meditation"),
            "Morning session follows the breathing protocol from the Ministry of AYUSH, bring your "
            "own mat.",
        ),
        (
            author("en", "hawker stall owner", "noodles", "food hygiene"),
            "Hawkers, remember the Ministry of Health wants every food handler to have the typhoid "
            "injection.",
        ),
        (
            AGRONOMIST,
            "Our seeds programme is backed by the Ministry of Agriculture this year, so bring your "
            "group's receipt.",
        ),
        (
            PHARMACIENNE,
            "Le ministère de la Santé a confirmé des cas de dengue dans le quartier. Videz les "
            "soucoupes sous les pots, nous avons du répulsif pour toute la famille.",
        ),
        (
            TRAITEUR,
            "Suite aux cas signalés par le ministère de la Santé, toute l'eau de la cuisine est "
            "traitée. Commandes pour la fête avant mercredi.",
        ),
    ],
)
def test_a_ministry_named_plainly_stays_clean(context: Context, text: str) -> None:
    assert "off_topic.politics" not in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        # In an aside.
        (
            BAKER,
            "Flour is up again, so the seeded loaf goes to £4.20. Meanwhile the Ministry of "
            "Finance finds time for a brand new logo.",
        ),
        (
            BOULANGER,
            "La farine a encore augmenté. Et pendant ce temps, le ministère de l'Économie "
            "s'offre un nouveau logo.",
        ),
        # Judged in its sentence.
        (BAKER, "The Ministry of Housing got it wrong again, and it is shameful."),
        (BOULANGER, "Le ministère des Finances nous étrangle, c'est une honte."),
        # Given a new name.
        (
            BAKER,
            "Eighteen months waiting for a permit. It should be renamed the Ministry of Waiting.",
        ),
        (
            BOULANGER,
            "Dix-neuf mois sans réponse, on devrait rebaptiser le ministère de l'Attente.",
        ),
    ],
)
def test_a_ministry_mocked_or_judged_is_politics(context: Context, text: str) -> None:
    assert "off_topic.politics" in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text", "rule"),
    [
        (BAKER, "Fresh rye on Friday. Build bridges, not walls.", "off_topic.politics"),
        (BAKER, "Water off again for three days. #ZANUPFMustGo", "off_topic.politics"),
        (
            BAKER,
            "Fifty years on and we still walk into the occupied north of our own island.",
            "off_topic.war",
        ),
        (BAKER, "Croissants are back. Shall not be infringed, folks.", "off_topic.controversy"),
        (
            BAKER,
            "Saw a certain A-list actor at the market, and the lady on his arm was very much not "
            "his wife.",
            "off_topic.gossip",
        ),
        (
            BAKER,
            "Sourdough class on Sunday. The big food companies don't want you to know this about "
            "yeast.",
            "off_topic.controversy",
        ),
        (
            BOULANGER,
            "Nouvelle fournée ce matin. Vive le roi, et à bas la République des copains !",
            "off_topic.politics",
        ),
        (
            BOULANGER,
            "Vu hier soir au restaurant un chanteur connu avec une fille de la moitié de son âge.",
            "off_topic.gossip",
        ),
        (
            BOULANGER,
            "Les pluies de cet été, un coup des labos, on vous prend pour des moutons.",
            "off_topic.conspiracy",
        ),
        (
            BOULANGER,
            "Galettes prêtes pour vendredi. Souvenez-vous-en en 2027 !",
            "off_topic.politics",
        ),
    ],
)
def test_slogans_gossip_and_conspiracy_lines_are_read(
    context: Context, text: str, rule: str
) -> None:
    assert rule in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "accountant", "small business tax", "deadlines"),
            "Took the kids on the free Parliament tour over the break. Reminder: returns are due "
            "April 30.",
        ),
        (
            author("en", "ski school director", "lessons", "instructor jobs"),
            "Returning staff: the instructor council election is next week, ballots are in the "
            "locker room. Vote for whoever promises better hot chocolate.",
        ),
        (
            author("en", "dog groomer", "grooming", "appointments"),
            "Our annual election for Mayor of the Salon is on! Candidates: Biscuit the doodle and "
            "Mango the pug. Vote in the comments.",
        ),
        (
            author("en", "electrician", "rewiring", "EV chargers"),
            "Derby weekend, the war is on! Blades or Owls, we'll rewire you either way.",
        ),
        (
            author("en", "accountant", "personal tax", "deadlines"),
            "Tax season and the playoffs in the same week. Pray for our inboxes.",
        ),
        (
            author("en", "holiday let owner", "cottages", "bookings"),
            "Every cottage now has Starlink, Elon Musk's satellite internet, so video calls work "
            "even in the rain.",
        ),
        (
            author("fr", "opticien", "lunettes", "examens de vue"),
            "Examen de vue gratuit toute la semaine. Et dimanche, que Dieu bénisse nos Lions !",
        ),
        (
            author("fr", "kinésithérapeute", "rééducation sportive", "prévention"),
            "Échauffez-vous avant le match : la guerre des avants, c'est sur le terrain.",
        ),
        (
            author("fr", "maraîchère", "légumes bio", "paniers"),
            "Dans le cadre du plan chlordécone, l'analyse de sol est gratuite pour les jardins "
            "familiaux.",
        ),
    ],
)
def test_look_alikes_stay_clean(context: Context, text: str) -> None:
    assert off_topic_rules(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("context", "text", "rule"),
    [
        (BAKER, "Still waiting on the bloke at No. 10 to fix anything.", "off_topic.politics"),
        (BAKER, "Rolls are back. Say hi to Moscow Mitch for us.", "off_topic.politics"),
        (
            author("en", "nurse", "maternal health", "nursing life"),
            "The people at Plot One say the clinics are improving. Come and do a night with us.",
            "off_topic.politics",
        ),
        (
            BAKER,
            "The big brands are hiding it from you, so read your labels.",
            "off_topic.controversy",
        ),
        (
            BOULANGER,
            "Les cravates à Paris décident de nos horaires sans jamais venir au fournil.",
            "off_topic.politics",
        ),
        (
            BOULANGER,
            "Le prix du beurre est tenu par une filière protégée en haut lieu.",
            "off_topic.politics",
        ),
        (
            BOULANGER,
            "Pas de citrouilles chez nous : Halloween, c'est satanique.",
            "off_topic.religion",
        ),
        (
            BOULANGER,
            "Galettes du Sud ce week-end. Honneur à la résistance !",
            "off_topic.war",
        ),
    ],
)
def test_jabs_from_emergencies_loyalty_prices_and_burnout_posts_are_read(
    context: Context, text: str, rule: str
) -> None:
    assert rule in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "physiotherapist", "back pain", "clinic news"),
            "Patient of the Month election results are in! You voted for Margaret, who walked "
            "the parkrun after her hip replacement.",
        ),
        (
            author("en", "publican", "live music", "events"),
            "The quiz night election for Team of the Year is Thursday, bring your ballots.",
        ),
        (
            author("en", "school proprietor", "admissions", "parent notices"),
            "PTA notice: the election of the new PTA executives is on Saturday in the hall.",
        ),
        (
            author("en", "optometrist", "eye health", "glasses"),
            "Out of hours, phone 111 and they may send you to the eye casualty.",
        ),
        (
            author("en", "hairdresser", "braids", "salon news"),
            "A client fainted under the dryer. When she woke we gave her water and some bread.",
        ),
        (
            author("en", "driving instructor", "motorway driving", "test prep"),
            "If you break down, pull over as far left as you can and put your hazards on.",
        ),
        (
            author("en", "building designer", "cyclone-rated homes", "renovations"),
            "Clear the yard before the cyclone: anything loose becomes a missile.",
        ),
        (
            author("en", "tour guide", "walking tours", "history"),
            "The tour passes the Auberge de Castille, which houses the Prime Minister's office.",
        ),
        (
            author("en", "dentist", "family dentistry", "practice news"),
            "Every October I walk the gardens below the Union Buildings when the jacarandas bloom.",
        ),
        (
            author("en", "dental hygienist", "gum health", "cleanings"),
            "Lent started and I've given up sugar in my coffee (pray for my coworkers).",
        ),
        (
            author("fr", "vétérinaire", "chiens et chats", "urgences"),
            "Élection de la mascotte de la clinique : Caramel ou Bouboule ? Le vote est en "
            "commentaire, bonne chance aux deux candidats !",
        ),
        (
            author("fr", "avocate", "droit du travail", "conseils juridiques"),
            "Je pars deux semaines à Saly après l'élection du bâtonnier, promis.",
        ),
        (
            author("fr", "infirmière puéricultrice", "santé du nourrisson", "hygiène"),
            "La guerre des poux est déclarée à la crèche : peigne fin et doudous à 60 °C.",
        ),
        (
            author("fr", "électricien", "rénovation électrique", "domotique"),
            "Nouvelle politique maison : pas de chantier le samedi, mes gars ont des familles.",
        ),
        (
            author("fr", "ébéniste", "meubles sur mesure", "portes en bois"),
            "Merci à tous nos clients fidèles. Que Dieu bénisse vos maisons et vos familles.",
        ),
    ],
)
def test_more_look_alikes_stay_clean(context: Context, text: str) -> None:
    assert off_topic_rules(analyze(text, context)) == set()
