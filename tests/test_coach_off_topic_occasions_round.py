"""Off-topic asides in the posts of a working year (thank-yous and milestones, tips, hiring,
holidays, price rises, charity events, replies to reviews, a day behind the scenes), and the
same subjects met harmlessly in such posts: a rule relayed, a club's vote, a screening at a
place of worship, a minister at a ribbon-cutting."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, Report, analyze

BAKER = Context(language="en", profession="baker", topics=("bread", "cakes"))
PLUMBER = Context(language="en", profession="plumber", topics=("boilers", "leaks"))
BOULANGER = Context(language="fr", profession="boulanger", topics=("pain", "viennoiseries"))
COIFFEUSE = Context(language="fr", profession="coiffeuse", topics=("coupes", "couleurs"))


def off_topic(report: Report) -> set[str]:
    return {
        f.rule.removeprefix("off_topic.")
        for f in report.findings
        if f.category == "off_topic" and f.severity != "info"
    }


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        # A seat of power with little to show.
        (
            "Only good thing Macquarie Street has done for us in years is the long weekend.",
            BAKER,
            "politics",
        ),
        ("Our two interns did more in a week than the Beehive has all year.", PLUMBER, "politics"),
        # Telling readers how to vote, in other words than the usual ones.
        (
            "Remember who tried to cut your pension when you go to vote this spring.",
            BAKER,
            "politics",
        ),
        ("Don't let them take your vote for granted this time round.", PLUMBER, "politics"),
        (
            "Typical Labour, never run a business in their lives, and now they want to tax ours.",
            BAKER,
            "politics",
        ),
        ("Our menu stays bilingual, whatever the language cops say.", BAKER, "politics"),
        # Plots, preaching, a side in a war, the nativist line.
        (
            "If you think this queue is long, wait till you hear about the 2020 count.",
            PLUMBER,
            "conspiracy",
        ),
        ("Go back to where you came from if you won't learn the language.", PLUMBER, "controversy"),
        ("The day will come when Famagusta is free again.", BAKER, "war"),
        (
            "Honor Him with your body and get right with God before it's too late.",
            BAKER,
            "religion",
        ),
        ("Romans 12:15 tells us to weep with those who weep.", PLUMBER, "religion"),
        # The same in French.
        ("Ici, c'est Paris qui décide, pas nous.", BOULANGER, "politics"),
        ("Et la bande de gaspilleurs là-haut se sert encore.", BOULANGER, "politics"),
        ("Les gouvernements successifs ont fermé notre maternité.", COIFFEUSE, "politics"),
        ("Merci aux militaires, le pays respire enfin.", BOULANGER, "politics"),
        ("Le covid c'était prévu, tout le monde le sait.", COIFFEUSE, "conspiracy"),
        (
            "Pour être inclusifs, ils veulent renommer Noël en fête de l'hiver.",
            BOULANGER,
            "controversy",
        ),
        ("Revenez à la Sunna, mes frères, au lieu de suivre ces fêtes.", COIFFEUSE, "religion"),
    ],
)
def test_an_aside_in_an_everyday_post_is_flagged(text: str, context: Context, rule: str) -> None:
    assert rule in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # A rule or a budget relayed with its practical effect.
        (
            "The government's updated building rules mean loft conversions no longer need full "
            "planning permission.",
            PLUMBER,
        ),
        ("The budget was read in Parliament yesterday: the VAT threshold is unchanged.", BAKER),
        # A business's "war", a degree, a staff vote, a school's council, an address.
        ("Our war on sore knees continues with a free workshop on Saturday.", PLUMBER),
        ("Meet Ola, who is doing politics and history at uni and bakes on Sundays.", BAKER),
        ("The votes are in: the team elected Joy as Employee of the Month!", PLUMBER),
        ("Congrats to Dami, elected SRC president; she campaigned for better dorm lights.", BAKER),
        (
            "Our new shop is two streets away from the Union Buildings, parking at the back.",
            PLUMBER,
        ),
        # Faith's places and words as a venue, a greeting or a kindness.
        (
            "Orders open for Holy Week, and as every year we bake extra for the church soup "
            "kitchen.",
            BAKER,
        ),
        (
            "Thanks so much for the review, Pastor Mensah! Praying your mum's recovery goes well.",
            PLUMBER,
        ),
        # The same in French.
        (
            "Élection de notre représentante du personnel au CSE : merci à tous d'avoir voté !",
            BOULANGER,
        ),
        (
            "Le Conseil des ministres a adopté de nouvelles règles pour les sièges auto : on vous "
            "explique.",
            COIFFEUSE,
        ),
        ("Journée de consultation gratuite samedi à l'église évangélique du quartier.", BOULANGER),
        ("Guerre totale aux poux cette rentrée !", COIFFEUSE),
        (
            "Ramadan Mabrouk à tous ! Pendant le mois saint, le garage ouvre de 8 h à 15 h, et "
            "contrôle gratuit avant l'Aïd.",
            BOULANGER,
        ),
        ("Merci beaucoup Madame la députée pour votre message, et bon rétablissement !", COIFFEUSE),
        (
            "Séance de dédicace samedi avec une ancienne ministre qui publie ses mémoires.",
            BOULANGER,
        ),
    ],
)
def test_the_same_subjects_met_harmlessly_stay_clean(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A book that is nobody's name, cited by chapter and verse: scripture, even at ":15".
        ("Romans 12:15 says it all.", {"religion"}),
        # A book that is also a first name, followed by a time: an appointment.
        ("Rendez-vous avec Marc 10.30 mardi pour la coupe.", set()),
    ],
)
def test_a_verse_on_the_quarter_hour_is_scripture_unless_the_book_is_a_name(
    text: str, found: set[str]
) -> None:
    context = COIFFEUSE if "Rendez-vous" in text else BAKER
    assert off_topic(analyze(text, context)) == found


@pytest.mark.parametrize(
    ("text", "profession", "language", "rule"),
    [
        # One or two lines, the seat of power named in a clipped thank-you or a comparison.
        ("Deck consent took 12 weeks. Cheers, Beehive.", "builder", "en", "politics"),
        (
            "Flour up 20% again, so well done lads in Government Buildings, take a bow.",
            "baker",
            "en",
            "politics",
        ),
        (
            "Our mocks come with a timetable, unlike some promises from State House.",
            "tutor",
            "en",
            "politics",
        ),
        (
            "Desexed four kittens today. Wish we could do a few pollies up on the Hill.",
            "vet",
            "en",
            "politics",
        ),
        (
            "The WEF's plan is to have you eating bugs. Real pork here.",
            "butcher",
            "en",
            "conspiracy",
        ),
        # …and in French, where a wink makes the seat a jab.
        (
            "Séance illimitée ce week-end, comme certains mandats chez nous 😏",
            "photographe",
            "fr",
            "politics",
        ),
        ("Notre fondue prend mieux qu'au Conseil fédéral 🙃", "fromager", "fr", "politics"),
        (
            "Livraison partout, sauf quand les gens d'en haut bloquent la route 😤",
            "menuisier",
            "fr",
            "politics",
        ),
        ("Ciment arrivé. À bas les valets de l'impérialisme !", "quincaillier", "fr", "politics"),
        (
            "Internet coupé encore hier : quand on a peur du peuple, on coupe le réseau.",
            "vendeur de téléphones",
            "fr",
            "politics",
        ),
        (
            "Non, votre Linky ne vous espionne pas… c'est ce qu'ils veulent vous faire croire.",
            "électricien",
            "fr",
            "conspiracy",
        ),
    ],
)
def test_a_short_post_ending_in_a_jab_is_flagged(
    text: str, profession: str, language: str, rule: str
) -> None:
    context = Context(language=language, profession=profession, topics=("news",))
    assert rule in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "profession", "language"),
    [
        ("We're declaring war on doggy breath this February!", "vet", "en"),
        (
            "Élisez le membre du mois : votez pour le plus régulier, urnes à l'accueil !",
            "gérant de salle de sport",
            "fr",
        ),
    ],
)
def test_a_members_vote_and_a_war_on_bad_breath_stay_clean(
    text: str, profession: str, language: str
) -> None:
    context = Context(language=language, profession=profession, topics=("news",))
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "profession", "topics", "language"),
    [
        (
            "Revision classes start Monday 📚 Unlike the promises from State House, ours come "
            "with a timetable.",
            "tutor",
            ("revision classes",),
            "en",
        ),
        (
            "New paint colours in store 🎨 Downing Street could learn a thing about keeping "
            "promises.",
            "hardware store owner",
            ("paint",),
            "en",
        ),
        (
            "Votre cuisine sera prête lundi 🔨 Bon courage au 16 rue de la Loi.",
            "cuisiniste",
            ("cuisines",),
            "fr",
        ),
    ],
)
def test_an_emoji_before_a_capital_ends_the_part_of_a_sentence_that_is_the_fields_news(
    text: str, profession: str, topics: tuple[str, ...], language: str
) -> None:
    # The topic's news and the jab after the emoji are two statements: the jab is not news.
    context = Context(language=language, profession=profession, topics=topics)
    assert "politics" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "profession", "language", "rule"),
    [
        (
            "Galette des rois en vitrine. Son trône à lui, il est payé avec nos impôts.",
            "pâtissier",
            "fr",
            "politics",
        ),
        (
            "Vous avez vu les traînées dans le ciel ? On nous arrose, c'est sûr.",
            "prothésiste ongulaire",
            "fr",
            "conspiracy",
        ),
    ],
)
def test_a_one_line_jab_in_french_is_flagged(
    text: str, profession: str, language: str, rule: str
) -> None:
    context = Context(language=language, profession=profession, topics=("nouveautés",))
    assert rule in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "profession", "topics"),
    [
        (
            "Election Day is Tuesday! Show us your I Voted sticker for a free drip coffee, no "
            "matter who you voted for.",
            "coffee roaster",
            ("coffee",),
        ),
        (
            "Had the chance to hear the Minister of Finance speak at the Chamber breakfast this "
            "week.",
            "insurance agent",
            ("life insurance",),
        ),
        (
            "Thrilled to be elected to the Royal Cork Yacht Club's sailing committee this week.",
            "sailing instructor",
            ("sailing courses",),
        ),
        (
            "In 2005 the earthquake flattened Balakot, and I saw what bad construction does.",
            "architect",
            ("housing",),
        ),
    ],
)
def test_a_career_told_beside_public_life_stays_clean(
    text: str, profession: str, topics: tuple[str, ...]
) -> None:
    context = Context(language="en", profession=profession, topics=topics)
    assert off_topic(analyze(text, context)) == set()


def test_a_clipped_thanks_to_a_seat_of_power_is_a_jab() -> None:
    groomer = Context(language="en", profession="dog groomer", topics=("dogs",))
    text = "Running late, doing 20 everywhere now thanks to Holyrood 🐌"
    assert "politics" in off_topic(analyze(text, groomer))


def test_a_one_line_question_about_a_stars_new_partner_is_gossip() -> None:
    coiffeuse = Context(language="fr", profession="coiffeuse", topics=("coupes",))
    text = "Sa nouvelle copine vous pensez que c'est sérieux ? 👀"
    assert "gossip" in off_topic(analyze(text, coiffeuse))


@pytest.mark.parametrize(
    ("text", "profession", "topics", "language"),
    [
        ("Cette saison, notre guerre, c'est contre les criquets.", "agronome", ("maïs",), "fr"),
        (
            "My gran raised me in the church, so I prayed before my first calving.",
            "vet",
            ("calving",),
            "en",
        ),
    ],
)
def test_a_war_on_pests_and_faith_in_a_life_story_stay_clean(
    text: str, profession: str, topics: tuple[str, ...], language: str
) -> None:
    context = Context(language=language, profession=profession, topics=topics)
    assert off_topic(analyze(text, context)) == set()
