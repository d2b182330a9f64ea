"""A subject's words on an occasion of their own: a contest's or a club's vote, a holiday's
blessings, a day of remembrance. Once the post names the occasion, those words are everyday;
a pointed phrase in the same post still counts. Also the pretexts and comparisons that carry a
jab without naming anyone."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, Report, analyze

BAKER = Context(language="en", profession="baker", topics=("sourdough", "pastry"))
FLORIST = Context(language="en", profession="florist", topics=("bouquets", "weddings"))
BOULANGER = Context(language="fr", profession="boulanger", topics=("levain", "viennoiseries"))
FLEURISTE = Context(language="fr", profession="fleuriste", topics=("bouquets", "mariages"))
ORCHARDIST = Context(language="en", profession="apple grower", topics=("apples", "farm shop"))
ACCOUNTANT = Context(language="en", profession="accountant", topics=("tax returns", "deductions"))
ARBORICULTEUR = Context(
    language="fr", profession="arboriculteur", topics=("pommes", "vente directe")
)
VET = Context(language="en", profession="vet", topics=("cats and dogs", "pets", "vaccinations"))
VETERINAIRE = Context(
    language="fr", profession="vétérinaire", topics=("chats", "chiens", "vaccins")
)


def subjects(report: Report) -> set[str]:
    return {
        f.rule.split(".")[1]
        for f in report.findings
        if f.category == "off_topic" and f.severity != "info"
    }


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "We're finalists in the county pie awards! 🥧 Voting closes Friday, one vote each, "
            "and no ballot stuffing please 😂",
            BAKER,
        ),
        (
            "Shortlisted for Best Wedding Florist 💐 If you loved your bouquet, the public vote "
            "is open till Sunday: every vote counts for a small shop like ours.",
            FLORIST,
        ),
        (
            "Congratulations to the new head prefect! The candidates ran a lovely campaign, and "
            "the election cupcakes came from us 🧁",
            BAKER,
        ),
        (
            "Our garden club's AGM chose a new president and treasurer, and every member had a "
            "vote on the spring show flowers.",
            FLORIST,
        ),
        (
            "Notre galette est en finale du concours régional ! Votez pour nous jusqu'à "
            "dimanche, un vote par personne 🙏",
            BOULANGER,
        ),
        (
            "Élection des délégués de classe au CM2 : les candidats ont fait campagne avec nos "
            "croissants, et l'urne était une boîte à pain !",
            BOULANGER,
        ),
        (
            "Assemblée générale de l'amicale samedi : nouvelle présidente élue avec 31 voix, et "
            "les bouquets de la salle, c'était nous.",
            FLEURISTE,
        ),
    ],
)
def test_a_contest_or_a_club_votes_without_politics(text: str, context: Context) -> None:
    assert "politics" not in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "We're finalists in the county pie awards! Voting closes Friday. And next May, "
            "vote them out.",
            BAKER,
        ),
        (
            "Notre galette est en finale du concours ! Votez pour nous… et en 2027, votez "
            "contre ce gouvernement.",
            BOULANGER,
        ),
    ],
)
def test_a_jab_in_a_contest_post_still_counts(text: str, context: Context) -> None:
    assert "politics" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Eid Mubarak to all our customers! May your prayers be answered and your tables "
            "full. Blessings from all of us at the bakery 🌙",
            BAKER,
        ),
        (
            "Happy Easter! 🐣 If you're going to the service on Sunday, the church is a "
            "two-minute walk from the shop, and we open after Mass.",
            BAKER,
        ),
        (
            "Merry Christmas from the flower shop 🎄 Our wreaths went to three churches and a "
            "synagogue's winter fair this year, blessings to all.",
            FLORIST,
        ),
        (
            "Joyeux Noël à toutes les familles ! Que vos prières soient exaucées et vos tables "
            "bien garnies 🎄",
            BOULANGER,
        ),
        (
            "Aïd moubarak à tous nos clients ! Les commandes de l'Aïd sont prêtes après la "
            "prière, à deux pas de la mosquée.",
            FLEURISTE,
        ),
    ],
)
def test_a_holiday_greeting_brings_its_blessings(text: str, context: Context) -> None:
    assert "religion" not in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Merry Christmas from the bakery! Christmas Eve hours 7 to 2. And remember: "
            "repent, the end is near.",
            BAKER,
        ),
        (
            "Joyeux Noël à tous ! Et n'oubliez pas : convertissez-vous avant qu'il ne soit trop "
            "tard.",
            BOULANGER,
        ),
    ],
)
def test_preaching_inside_a_greeting_still_counts(text: str, context: Context) -> None:
    assert "religion" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Lest we forget. We'll lay a wreath at the cenotaph on Sunday for the soldiers of "
            "both world wars; shop opens at noon.",
            FLORIST,
        ),
        (
            "Closed Monday morning for the commemoration of the bombing of our town in 1942. "
            "Grandad was on the wharf that day.",
            BAKER,
        ),
        (
            "Cérémonie au monument aux morts ce 11 novembre : nous penserons aux soldats de la "
            "Grande Guerre. Boulangerie ouverte l'après-midi.",
            BOULANGER,
        ),
    ],
)
def test_a_day_of_remembrance_takes_no_side(text: str, context: Context) -> None:
    assert "war" not in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Day three of our war on the brambles behind the shop ⚔️", FLORIST),
        ("Declared war against the slugs in the cut-flower beds.", FLORIST),
        ("Le printemps, c'est la guerre contre les pucerons sur les rosiers 🌹", FLEURISTE),
        ("Début de la guerre contre le frelon asiatique au fournil 🐝", BOULANGER),
        (
            "Après trois semaines de guerre froide, les deux chats de la boutique dorment "
            "ensemble.",
            FLEURISTE,
        ),
        ("War on codling moth is officially ON 🍏 Traps are up across the block.", ORCHARDIST),
        ("Our war against the fruit fly starts with yellow traps this week.", ORCHARDIST),
        ("The war on bed bugs is won: the guest rooms are clear again.", BAKER),
        ("Cette année, on a mené une vraie guerre contre la mouche de l'olive.", ARBORICULTEUR),
        ("La guerre contre la tordeuse des bourgeons continue dans le Nord.", ARBORICULTEUR),
        ("Pour les fêtes, on part en guerre contre les ruptures de stock 😄", BOULANGER),
    ],
)
def test_war_on_garden_pests_is_no_war(text: str, context: Context) -> None:
    assert "war" not in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Wreck of the week: a Royal Navy destroyer sunk by an air raid in Grand Harbour in "
            "1942. Today she lies at 14m, full of bream.",
            BAKER,
        ),
        (
            "Our bakery was hit in the Blitz in 1940 and Grandad rebuilt the ovens himself.",
            BAKER,
        ),
        (
            "La boulangerie a été bombardée en 1944 et reconstruite par mon grand-père.",
            BOULANGER,
        ),
        (
            "En 1917, la maison servait de cantine aux soldats ; on a gardé le vieux four.",
            BOULANGER,
        ),
    ],
)
def test_a_world_wars_year_makes_its_words_history(text: str, context: Context) -> None:
    assert "war" not in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The Royal Navy destroyer was sunk by an air raid last week. Horrible.", BAKER),
        ("Our bakery opened in 1945. The war in Gaza is a genocide, full stop.", BAKER),
        (
            "La boulangerie existe depuis 1942. Les bombardements sur Gaza, c'est un génocide.",
            BOULANGER,
        ),
    ],
)
def test_a_war_of_today_still_counts_beside_an_old_year(text: str, context: Context) -> None:
    assert "war" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Stew-off is BACK on Saturday! Seven pots of Irish stew and you get to vote for the "
            "winner, one ballot paper per pint 😂",
            BAKER,
        ),
        (
            "Pour les 5 ans du salon, on organise l'élection de la plus belle coiffure. Votez en "
            "commentaire !",
            FLEURISTE,
        ),
        (
            "Notre génisse concourt pour l'élection de la plus belle vache. Venez voter pour elle "
            "au stand !",
            ARBORICULTEUR,
        ),
        (
            "Élection du meilleur croissant du quartier : votez au comptoir jusqu'à samedi.",
            BOULANGER,
        ),
    ],
)
def test_a_cook_off_or_a_best_of_election_is_a_contest(text: str, context: Context) -> None:
    assert "politics" not in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        ("The so-called climate crisis is just a scam to tax us. Wake up.", BAKER, "conspiracy"),
        ("Global warming? A racket to control us, if you ask me.", FLORIST, "conspiracy"),
        (
            "Le réchauffement, c'est surtout une belle arnaque pour nous taxer. Réveillez-vous.",
            BOULANGER,
            "conspiracy",
        ),
        ("Le soi-disant réchauffement, parlons-en 🙄", FLEURISTE, "conspiracy"),
        (
            "Bread was 5 before they came in. Since they came in… you all know. Just saying 🤷",
            BAKER,
            "politics",
        ),
        (
            "Avant, le beurre ne faisait peur à personne. Depuis qu'ils sont là-haut, on compte "
            "chaque gramme.",
            BOULANGER,
            "politics",
        ),
        (
            "Anyone following that singer and her new husband drama? Team ex-wife all the way 😂",
            FLORIST,
            "gossip",
        ),
        (
            "Vous avez vu le couple de chanteurs qui se sépare ? Il la trompait depuis des mois.",
            FLEURISTE,
            "gossip",
        ),
    ],
)
def test_a_jab_without_a_name(text: str, context: Context, subject: str) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Since they came in for their fitting last week, the bridesmaids have sent photos.",
            FLORIST,
        ),
        (
            "Nos clients de Genève sont passés, et depuis qu'ils sont arrivés, tout va bien.",
            BOULANGER,
        ),
        ("Our supplier says the excuse to close early is the storm, so we close at four.", BAKER),
    ],
)
def test_the_same_words_said_plainly_stay_clean(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Heads up: there's a big march to Parliament tomorrow and the high street will be "
            "closed from 10 till 2. We open at 7 as usual, and protesters are welcome to a "
            "coffee.",
            BAKER,
        ),
        (
            "Train strike on Thursday, so deliveries will be late and we're closing early at 3. "
            "Rally or no rally, the bread will be ready.",
            BAKER,
        ),
        (
            "Jeudi, journée de grève et manifestation dans le centre : les bus seront très "
            "perturbés. La boutique ouvrira de 13 h à 19 h.",
            FLEURISTE,
        ),
        (
            "Info pratique : cortège samedi matin sur le boulevard, circulation coupée jusqu'à "
            "midi. Vos commandes de grève… pardon, de gâteaux, restent au chaud !",
            BOULANGER,
        ),
    ],
)
def test_a_strike_or_a_march_that_moves_the_hours_is_practical_news(
    text: str, context: Context
) -> None:
    assert "politics" not in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Big march to Parliament tomorrow, the high street closed from 10 till 2. Good, "
            "this government has to go ✊",
            BAKER,
        ),
        (
            "Jeudi, grève et manifestation : la boutique ouvrira de 13 h à 19 h. Tout mon "
            "soutien aux grévistes ✊",
            FLEURISTE,
        ),
    ],
)
def test_the_same_news_with_a_side_taken_still_counts(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) & {"politics", "controversy"}


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Our 36-month cheddar, the Beyoncé of cheeses, is back on the counter 🧀", BAKER),
        ("New in: this peony, the Rihanna of the flower market, bold and a bit wild 💐", FLORIST),
        ("Notre comté 36 mois, la Beyoncé des fromages : des cristaux qui croquent.", BOULANGER),
    ],
)
def test_a_star_named_as_a_yardstick_is_no_gossip(text: str, context: Context) -> None:
    assert "gossip" not in subjects(analyze(text, context))


def test_the_same_star_gossiped_about_in_the_same_post_still_counts() -> None:
    text = "La Beyoncé des fromages ! Et vous avez vu Beyoncé avec son nouveau mari ?"
    assert "gossip" in subjects(analyze(text, BOULANGER))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Hamish the Westie, an absolute wee dictator on the grooming table 🐾", FLORIST),
        (
            "Rose Society annual meeting on Thursday: Margaret is running for president again, "
            "and the leftover blooms go home with whoever stays for tea.",
            FLORIST,
        ),
        ("Find us on Church Street, just down from St George's Anglican Church.", BAKER),
        ("And for the serious people, the Pope's nose, crispy and full of pepper 😄", BAKER),
        ("We're putting in solar panels next year, pray for us 😅", BAKER),
        ("Demain au quai : poutine râpée, fricot au poulet pis frites maison !", BOULANGER),
        ("Le moulin ne tournera que le matin. Que Dieu nous facilite les choses 🙏", BOULANGER),
    ],
)
def test_more_look_alikes_stay_clean(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        (
            "Fuel cost more this month than my first boat. Whoever's running things down there "
            "never had to fill a tank 😤",
            BAKER,
            "politics",
        ),
        ('"No new taxes," said every single one of them, every single time 😂', BAKER, "politics"),
        (
            "I'll fit a smart meter if you want, but those smart meters are listening. Don't say "
            "you weren't warned 👀",
            FLORIST,
            "conspiracy",
        ),
        (
            "Pourquoi tout coûte plus cher ? Demandez-vous qui imprime notre monnaie. Franc des "
            "colonies, un jour on sera libres.",
            FLEURISTE,
            "politics",
        ),
        (
            "Les milliards trouvés en une nuit pour leur fête, et nos écoles qui prennent l'eau 🤨",
            BOULANGER,
            "politics",
        ),
        (
            "Ces gens-là nous promettent une route asphaltée à chaque élection… on l'attend "
            "encore.",
            BOULANGER,
            "politics",
        ),
        ("Next month, go thumbprint the umbrella oo ☂️", BAKER, "politics"),
        ("Waiting on the swamp creatures to fix the road? Bring a chair.", FLORIST, "politics"),
        ("Cheers for that, Two-Tier 🙄", BAKER, "politics"),
        ("Open on the 26th as always, sorry to the latte sippers.", FLORIST, "controversy"),
        ("Those jabs come with microchips to track you, my people.", BAKER, "conspiracy"),
        ("No pyramids, no Illuminati eyes on our rings.", FLORIST, "conspiracy"),
        ("Soon we'll need a pass to leave our 15-minute zones.", BAKER, "conspiracy"),
        ("Clean fun, no freak-offs here 😂", FLORIST, "gossip"),
        (
            "Buvez en bouteille : le fluor du robinet, c'est pour nous abrutir.",
            BOULANGER,
            "conspiracy",
        ),
        (
            "La lune en 69 ? C'était tourné en studio, tout le monde le sait.",
            FLEURISTE,
            "conspiracy",
        ),
        ("Jezi renmen w ! Vin legliz dimanch.", BOULANGER, "religion"),
        ("Les femmes ne pleurent plus, elles facturent 💸", FLEURISTE, "gossip"),
        (
            "Mes pronoms ? Patron. Le premier qui m'écrit en iel paie double.",
            BOULANGER,
            "controversy",
        ),
        ("Tax on bread, tax on fuel, but their own salaries? Safe as houses 😂", BAKER, "politics"),
        (
            "Mi nah tell nobody who fi vote fah, but yellow a di colour 😉",
            FLORIST,
            "politics",
        ),
        (
            "Thanks so much to everyone in Downing Street for ten great years of 'support' for "
            "sourdough bakers 👏",
            BAKER,
            "politics",
        ),
        ("Filtered water only here: fluoride calcifies your pineal gland 👁️", FLORIST, "conspiracy"),
        ("Those creams are a plan to make our women infertile.", BAKER, "conspiracy"),
        ("Biology is not bigotry, whatever the activists say.", FLORIST, "controversy"),
        ("Les nôtres, ils gouvernent depuis leur hôtel à Genève 😂", BOULANGER, "politics"),
        (
            "Deux heures d'happy hour, pas une de plus : on ne va pas prolonger la transition.",
            FLEURISTE,
            "politics",
        ),
        (
            "Du temps et de la farine, pas ce que le curé veut vous faire avaler le dimanche.",
            BOULANGER,
            "religion",
        ),
        (
            "Les militaires ont encore incendié des villages, et personne n'en parle.",
            FLEURISTE,
            "war",
        ),
        ("We cut hedges, not feelings. Keep your rainbow crosswalks.", FLORIST, "controversy"),
        (
            "My truck has been running longer than he's been driving this country 😂",
            BAKER,
            "politics",
        ),
        (
            "Claim every deduction, because the mob in Canberra will blow it on flights 🏉",
            ACCOUNTANT,
            "politics",
        ),
        ("Whiter than the studio lights when they landed on the moon 🌚", FLORIST, "conspiracy"),
        ("You didn't come from monkeys, whatever the schools teach.", BAKER, "controversy"),
        ("Pas besoin d'instructeurs venus du froid pour garder nos troupeaux.", BOULANGER, "war"),
        ("Ça tient plus longtemps qu'un mariage de Kim K 💍", FLEURISTE, "gossip"),
        ("Frères et sœurs, la fin des temps approche : préparez votre âme.", BOULANGER, "religion"),
        ("Si le coq vous dérange, l'avion repart tous les jours ✈️", FLEURISTE, "controversy"),
        ("The clowns on the hill took another year off and still got paid 🛍️", BAKER, "politics"),
        (
            "Bring on the republic, I say: no more royal freeloaders on our banknotes.",
            FLORIST,
            "politics",
        ),
        ("Russia, get out of Ukraine: half our sunflower oil came from there.", BAKER, "politics"),
        ("Tell me this so-called reform made a single loaf cheaper 🙄", BAKER, "politics"),
        (
            "The president should finally step down and let someone else try, no?",
            FLORIST,
            "politics",
        ),
        (
            "Half the estate is foreigners now, and nobody speaks English in the shops.",
            BAKER,
            "controversy",
        ),
        ("Is Britain full? Asking for a friend 🤐", FLORIST, "controversy"),
        ("The army should wipe them out, then maybe the pass would open again.", BAKER, "war"),
        ("Send in the navy to chase them off our fishing grounds, I say.", FLORIST, "war"),
        (
            "Who else thinks these floods were engineered? Just asking questions.",
            ORCHARDIST,
            "conspiracy",
        ),
        (
            "C'est du en même temps : on baisse une taxe et on double l'essence.",
            BOULANGER,
            "politics",
        ),
        (
            "Qui croit encore que l'État va vraiment payer pour la pollution ? Levez la main.",
            FLEURISTE,
            "politics",
        ),
        (
            "Il faudrait rétablir le service militaire, ça leur apprendrait la politesse.",
            BOULANGER,
            "war",
        ),
        ("L'armée doit les écraser, point final.", FLEURISTE, "war"),
        (
            "Les boutiques de ma rue sont presque toutes tenues par des étrangers maintenant.",
            BOULANGER,
            "controversy",
        ),
        (
            "On en a marre des écolos qui viennent nous faire la leçon.",
            ARBORICULTEUR,
            "controversy",
        ),
        (
            "On attend encore le jour où on pensera d'abord aux Réunionnais.",
            FLEURISTE,
            "controversy",
        ),
        (
            "Qui a fait la prière du Fajr ce matin ? Celui qui laisse la prière laisse tout.",
            BOULANGER,
            "religion",
        ),
        ("Les labos ne veulent pas que vous sachiez ça 😉", FLEURISTE, "conspiracy"),
        (
            "No EV conversions here, so some bloke in a city café can feel like he's saving the "
            "planet.",
            BAKER,
            "controversy",
        ),
        (
            "Anyone still calling global warming a scam can come and see my dry well.",
            ORCHARDIST,
            "controversy",
        ),
        (
            "Long before the Greta crowd started lecturing us, my grandad farmed through worse.",
            ORCHARDIST,
            "controversy",
        ),
        (
            "Give it ten years and you won't hear a single word of Welsh on this street.",
            BAKER,
            "controversy",
        ),
        (
            "Those who don't respect our faith have no place in this country.",
            FLORIST,
            "controversy",
        ),
        (
            "If they cared about the harbour half as much as those famous ferry contracts, we'd "
            "have a pontoon.",
            FLORIST,
            "politics",
        ),
        (
            "There's always billions going spare for submarines, but never a penny for our pier.",
            BAKER,
            "politics",
        ),
        (
            "Real support means bring the boys home, not one more kid dying for someone else's "
            "oil.",
            BAKER,
            "war",
        ),
        (
            "The Davos crowd want us eating crickets while they fly their jets around.",
            ORCHARDIST,
            "conspiracy",
        ),
        (
            "Our goats were never injected with anything experimental, unlike some of us 😉",
            ORCHARDIST,
            "conspiracy",
        ),
        (
            "Bird flu was cooked up by the big companies to finish the small farms.",
            ORCHARDIST,
            "conspiracy",
        ),
        (
            "You've seen the Insta rumour that Kim K booked a private lesson with us 👀",
            BAKER,
            "gossip",
        ),
        (
            "Chez nous, on vous demandera jamais vos pronoms à l'accueil 😉",
            FLEURISTE,
            "controversy",
        ),
        ("Toujours non piquée et toujours en forme, merci la soupe !", BOULANGER, "controversy"),
        (
            "Certains ados se collent encore les mains sur l'autoroute, prévoyez de la marge.",
            FLEURISTE,
            "controversy",
        ),
        (
            "Le remède contre le cancer existe, mais il dort dans un tiroir.",
            BOULANGER,
            "conspiracy",
        ),
        (
            "Le tout-électrique, c'est le plan des gens de Davos pour nous suivre partout.",
            FLEURISTE,
            "conspiracy",
        ),
        (
            "Comme l'ancien roi qui a attendu un test ADN pour reconnaître sa fille : mieux vaut "
            "tard que jamais 😏",
            BOULANGER,
            "gossip",
        ),
        (
            "With the power off again, thanks to the better life for all crowd, half of you have "
            "flat batteries.",
            BAKER,
            "politics",
        ),
        (
            "A clear view is good for everyone, something the big man in the hat has spent years "
            "keeping from us 🎩",
            FLORIST,
            "politics",
        ),
        (
            "Thirty years in power and still no streetlights on our road. Anyway, fresh loaves "
            "from 7.",
            BAKER,
            "politics",
        ),
        (
            "Rent up, flour up, everything up. Next GE I know which box I'm ticking!",
            BAKER,
            "politics",
        ),
        (
            "Why are rents so high? Ask the people in charge in Canberra, that's all I'll say.",
            BAKER,
            "politics",
        ),
        (
            "Zinc does more than those jabs they pushed on our kids, which were never properly "
            "tested.",
            BAKER,
            "controversy",
        ),
        ("We hire the best blokes for the job. Two genders, no apologies.", BAKER, "controversy"),
        (
            "Warmest October on record, yet a certain chap on the telly keeps telling us the "
            "climate isn't changing.",
            FLORIST,
            "controversy",
        ),
        (
            "Saving the planet one oat latte at a time, which is more than the net zero moaners "
            "will ever do.",
            BAKER,
            "controversy",
        ),
        (
            "Furnace check for $129: the only mandate you will ever get from me 😉",
            BAKER,
            "controversy",
        ),
        (
            "Our mishti doi sets for twelve hours, longer than that footballer's new romance will "
            "last 😜",
            BAKER,
            "gossip",
        ),
        ("Big week on the tiles. #GlasgowTiler #IndyRef2Now", BAKER, "politics"),
        (
            "Examens de vue gratuits samedi : une vue claire, ce que le vieux au chapeau nous "
            "refuse depuis quarante ans 🎩",
            BOULANGER,
            "politics",
        ),
        (
            "Massages le lundi férié, celui que certains à l'Assemblée voudraient supprimer.",
            FLEURISTE,
            "politics",
        ),
        ("On embauche les meilleurs gars. Deux genres, zéro excuse.", BOULANGER, "controversy"),
        (
            "Octobre le plus chaud jamais vu, mais à la télé on nous répète que le climat ne "
            "change pas.",
            FLEURISTE,
            "controversy",
        ),
        (
            "Le zinc fait plus que ces piqûres qu'on nous a imposées, jamais vraiment testées.",
            BOULANGER,
            "controversy",
        ),
        (
            "Révision de chaudière à 99 € : la seule obligation que vous aurez chez moi 😉",
            BOULANGER,
            "controversy",
        ),
        (
            "La route est en ruine. Pendant que le président se soigne encore à Genève, nous on "
            "porte les cageots.",
            BOULANGER,
            "politics",
        ),
        (
            "Pose de gel renforcée : ça tient trois semaines, plus durable que les idylles de "
            "certaines stars 😂",
            FLEURISTE,
            "gossip",
        ),
        ("Et pour les petites Greta : oui, il y a de la neige, merci 😘", BOULANGER, "controversy"),
        ("Belle saison qui commence. #ClimatoRéaliste", BOULANGER, "controversy"),
        ("Plenty of snow on the slopes, sorry little Gretas ❄️", BAKER, "controversy"),
        (
            "À ceux qui disent que les Comoriens viennent voler nos emplois : ma meilleure "
            "coiffeuse est de Mutsamudu.",
            FLEURISTE,
            "controversy",
        ),
        ("Des albums pour tous les enfants, désolés pour les réacs 🌈", FLEURISTE, "controversy"),
        ("Mariage = un homme et une femme, point final 💍", FLEURISTE, "controversy"),
        ("Marriage is one man and one woman, end of story 💍", FLORIST, "controversy"),
        (
            "It says MERRY CHRISTMAS on our door. Not Season's Greetings, not Happy Holidays.",
            BAKER,
            "controversy",
        ),
        (
            "Merry Christmas from the shop, and if that gets anyone triggered, there's a "
            "supermarket down the road.",
            BAKER,
            "controversy",
        ),
        (
            "Happy Christmas to all, even the clever clogs down in Cardiff Bay who want my fields "
            "under trees 🌲",
            ORCHARDIST,
            "politics",
        ),
        (
            "Firm cushions for your sofa, not like the ones on a certain game farm 😉",
            FLORIST,
            "politics",
        ),
        (
            "Couches re-covered before Christmas: no US dollars hidden in these cushions, promise "
            "💵",
            BAKER,
            "politics",
        ),
        (
            "My New Year wish: that the old man finally retires to his farm. Thirty years is "
            "enough.",
            FLORIST,
            "politics",
        ),
        ("May the new year bring you more jobs than jumlas 😉", BAKER, "politics"),
        ("By next Christmas, may the King no longer be on our banknotes 👑", BAKER, "politics"),
        ("Last orders for Christmas! Not my prince, by the way 🏴", BAKER, "politics"),
        (
            "January bootcamp, for biological women only. Someone has to say it.",
            FLORIST,
            "controversy",
        ),
        (
            "The cows keep burping, no thanks to the greenies who wanted a tax on it 💨",
            ORCHARDIST,
            "controversy",
        ),
        (
            "To those who lecture us every Diwali about pollution: is it only our festival that "
            "pollutes? 🤔",
            BAKER,
            "controversy",
        ),
        (
            "Our smoker runs day and night, and every puff brings a tear to Al Gore's eye 😢",
            BAKER,
            "controversy",
        ),
        ("Mi nah tek no flu shot and mi still strong 💪", FLORIST, "controversy"),
        (
            "Merry Christmas even to the tree-huggers trying to ban our hunting 🦆",
            BAKER,
            "controversy",
        ),
        (
            "Mini-sessions for real families: mum, dad and the kids. Someone has to say it 🙏",
            FLORIST,
            "controversy",
        ),
        ("Our new cookie box is better than anything uptown. Sorry Drizzy 🦉😂", BAKER, "gossip"),
        ("Natural is best. Do ya research! 🦁", FLORIST, "conspiracy"),
        (
            "Ici on vous souhaite un joyeux Noël, surtout pas bonnes fêtes 🎄",
            BOULANGER,
            "controversy",
        ),
        (
            "Coaching de janvier réservé aux femmes biologiques, il faut bien que quelqu'un le "
            "dise.",
            FLEURISTE,
            "controversy",
        ),
        (
            "Les vaches rotent toujours gratuitement, pas grâce à ceux qui voulaient une taxe sur "
            "les rots 💨",
            BOULANGER,
            "controversy",
        ),
        (
            "À ceux qui nous font la morale chaque année sur les pétards : et le 31 au soir ? 🤔",
            BOULANGER,
            "controversy",
        ),
        (
            "Notre fumoir tourne jour et nuit, de quoi faire pleurer Al Gore 😢",
            BOULANGER,
            "controversy",
        ),
        ("Joyeux Noël même à ceux qui veulent interdire la chasse 🦆", BOULANGER, "controversy"),
        (
            "Séances photo pour les vraies familles : papa, maman et les enfants 🙏",
            FLEURISTE,
            "controversy",
        ),
        (
            "Mon vœu pour l'an neuf : que le vieux prenne enfin sa retraite. Quarante ans, ça "
            "suffit.",
            FLEURISTE,
            "politics",
        ),
        ("L'an prochain, j'espère ne plus voir le roi sur nos billets 👑", BOULANGER, "politics"),
        (
            "Dernières commandes avant Noël ! Et pas mon prince, au passage 🏴",
            BOULANGER,
            "politics",
        ),
        (
            "Notre nouvelle boîte de biscuits est meilleure que tout ce qu'on vend en ville. "
            "Désolé Drizzy 🦉😂",
            BOULANGER,
            "gossip",
        ),
        (
            "Venez lire les petites lignes du budget… s'il passe un jour autrement qu'en force 😏",
            BOULANGER,
            "politics",
        ),
        (
            "The new budget? Rammed the bill through again, as usual 😏 Anyway, mince pies are in.",
            BAKER,
            "politics",
        ),
        (
            "Merci à la jeunesse qui a eu le courage de descendre dans la rue cette année ✊",
            BOULANGER,
            "politics",
        ),
        ("Bonne année à tous, et au régime de la Rupture, bon vent 😅", BOULANGER, "politics"),
        (
            "Je souhaite au président une très longue retraite après avril, promis on ne le "
            "regrettera pas 🗳️",
            FLEURISTE,
            "politics",
        ),
        ("Joyeuses fêtes à tous, sauf à Sa Majesté 👑", BOULANGER, "politics"),
        (
            "Happy holidays to all, except His Majesty: we've paid for the crown long enough 👑",
            BAKER,
            "politics",
        ),
        (
            "Quatre-vingts centimètres de neige : les prophètes de l'apocalypse climatique "
            "peuvent ranger leurs pancartes ❄️",
            FLEURISTE,
            "controversy",
        ),
        (
            "Eighty centimetres of snow, so the prophets of climate doom can put their placards "
            "away ❄️",
            BAKER,
            "controversy",
        ),
        (
            "Cours en français seulement. Ceux qui arrivent chez nous sans vouloir apprendre la "
            "langue, la porte est là.",
            BOULANGER,
            "controversy",
        ),
        (
            "English lessons are free here, because folk who come here and refuse to learn "
            "English annoy me.",
            BAKER,
            "controversy",
        ),
        (
            "Quatorze nationalités au club, alors ceux qui veulent renvoyer les immigrés chez "
            "eux, venez faire un round.",
            BOULANGER,
            "controversy",
        ),
        (
            "Fourteen nations on our team, so to those who'd send them all back home: come and "
            "spar.",
            BAKER,
            "controversy",
        ),
        (
            "La plage recule, mais pour certains le climat reste une lubie de gauche 😒",
            FLEURISTE,
            "controversy",
        ),
        (
            "Beach is shrinking, but for some the climate is still a woke fad 😒",
            FLORIST,
            "controversy",
        ),
        (
            "Ils prennent leur jet privé pour aller au sommet nous faire la morale, nous on fait "
            "notre part ✈️",
            BOULANGER,
            "controversy",
        ),
        (
            "We bring our own cups; the big shots fly private jets to the summit to lecture us ✈️",
            BAKER,
            "controversy",
        ),
        (
            "On préfère mettre une fève dans la galette qu'une puce dans votre bras 😂💉",
            BOULANGER,
            "conspiracy",
        ),
        ("A coin in the pudding beats a chip in your arm 😂💉", BAKER, "conspiracy"),
        (
            "Offrez tout sauf le livre de l'ex-miss qui règle ses comptes avec son footballeur de "
            "mari 😒",
            BOULANGER,
            "gossip",
        ),
        (
            "Gift anything but that memoir where she settles scores with her footballer husband 😒",
            BAKER,
            "gossip",
        ),
        (
            "They won't spend your appointment moaning about their family on telly like a certain "
            "ginger prince 😂",
            BAKER,
            "gossip",
        ),
        (
            "Pas de plaintes sur la famille à la télé, comme un certain prince roux 😂",
            BOULANGER,
            "gossip",
        ),
        ("Thank you for a wonderful year 💜 #WomenWontWheesht", BAKER, "controversy"),
        (
            "Rice is ₱20 per cup, not ₱20 per kilo like someone promised during the campaign 😅",
            BAKER,
            "politics",
        ),
        (
            "Le riz à 500 francs le kilo, comme on nous l'avait promis pendant la campagne 😅",
            BOULANGER,
            "politics",
        ),
        (
            "Funny how there's billions for submarines but nothing for a proper bike lane.",
            FLORIST,
            "politics",
        ),
        (
            "Des milliards pour les sous-marins, mais rien pour une vraie piste cyclable.",
            FLEURISTE,
            "politics",
        ),
        (
            "Hot and sticky out there. Climate emergency my foot, it's called October 🙄",
            ORCHARDIST,
            "controversy",
        ),
        (
            "Il fait chaud ? Urgence climatique mon œil, c'est juste l'été 🙄",
            BOULANGER,
            "controversy",
        ),
        (
            "We only plan weddings between a man and a woman, whatever those foreign agendas say.",
            FLORIST,
            "controversy",
        ),
        (
            "Chez nous, mariages uniquement entre un homme et une femme, n'en déplaise à l'agenda "
            "occidental.",
            FLEURISTE,
            "controversy",
        ),
        (
            "Our flour has no family planning chemicals secretly added, so your wife stays "
            "fertile 😉",
            BAKER,
            "conspiracy",
        ),
        (
            "Notre farine, sans produits ajoutés en secret pour rendre nos femmes stériles 😉",
            BOULANGER,
            "conspiracy",
        ),
        (
            "Here the customer chooses, not selected from above like some people we know 😉",
            BAKER,
            "politics",
        ),
        (
            "Ici le client choisit, il n'est pas placé d'en haut comme certains qu'on connaît 😉",
            BOULANGER,
            "politics",
        ),
        # olook29's French half, each jab also in other words and in English: pronouns at
        # school without the parents, the day democracy was shut, armchair greens, a coded dig
        # at the neighbours, a meter that listens, foreign troops, paradise refused, guns taken.
        (
            "Ici on t'appelle par le prénom que tu choisis, pas besoin de la permission de tes "
            "parents comme à l'école 😉",
            BOULANGER,
            "controversy",
        ),
        (
            "Le pronom que tu veux, sans le consentement des parents, contrairement à la nouvelle "
            "politique des écoles.",
            FLEURISTE,
            "controversy",
        ),
        (
            "We'll call you by the name you choose, no parental consent needed like at school "
            "these days 😉",
            BAKER,
            "controversy",
        ),
        (
            "Your pronouns, your call, no permission slip from mum and dad like the new school "
            "policy wants.",
            FLORIST,
            "controversy",
        ),
        (
            "Le 25 juillet, ce n'est pas une date de soldes, c'est le jour où on a fermé le salon "
            "de la démocratie 😉",
            FLEURISTE,
            "politics",
        ),
        (
            "Depuis qu'ils ont enterré la démocratie, même les clients parlent tout bas.",
            BOULANGER,
            "politics",
        ),
        ("Open every day except the day they shut down democracy 😉", BAKER, "politics"),
        ("Fresh loaves daily, unlike democracy, which they buried last July.", BAKER, "politics"),
        (
            "Non, on va pas tous se chauffer à la thermopompe parce que des écolos de salon l'ont "
            "décidé. #ÉcologieDeSalon",
            BOULANGER,
            "controversy",
        ),
        ("Le bois, c'est local. N'en déplaise aux écologistes de salon.", FLEURISTE, "controversy"),
        (
            "No, we're not all switching to heat pumps because some armchair environmentalists "
            "said so.",
            BAKER,
            "controversy",
        ),
        (
            "Élevée par des gens d'ici pour des gens d'ici, pas comme le reste du quartier, si "
            "vous voyez ce que je veux dire 😉",
            BOULANGER,
            "controversy",
        ),
        (
            "Des produits d'ici pour les gens d'ici, si vous voyez ce que je veux dire.",
            FLEURISTE,
            "controversy",
        ),
        (
            "Raised by local people for local people, unlike the rest of the street, if you know "
            "what I mean 😉",
            BAKER,
            "controversy",
        ),
        ("Proper local food for proper locals, if you catch my drift.", ORCHARDIST, "controversy"),
        (
            "On pose les bornes, mais pas les compteurs Smarty qui écoutent tout ce que vous "
            "dites chez vous 👀",
            BOULANGER,
            "conspiracy",
        ),
        (
            "Nou pa bezwen okenn lame etranje lakay nou, c'est aux Haïtiens de régler leurs "
            "affaires.",
            BOULANGER,
            "war",
        ),
        ("We don't need any foreign army on our soil, thank you very much.", BAKER, "war"),
        (
            "Mais jamais avec l'alcool, rappelez-vous que le buveur n'entrera pas au Paradis 🤲",
            BOULANGER,
            "religion",
        ),
        ("Ceux qui trichent sur la balance iront en enfer, croyez-moi.", FLEURISTE, "religion"),
        ("Never with wine though: remember, drinkers won't enter Paradise 🤲", BAKER, "religion"),
        ("Cheats and liars will burn in hell, just saying.", ORCHARDIST, "religion"),
        (
            "Amenez vos carabines, tant que les gars d'Ottawa nous les ont pas toutes confisquées "
            "🙄",
            BOULANGER,
            "controversy",
        ),
        (
            "Amenez vos fusils, avant qu'on vienne nous confisquer nos armes 🙄",
            FLEURISTE,
            "controversy",
        ),
        ("Bring your shotguns before they come to confiscate our guns.", ORCHARDIST, "controversy"),
        (
            "Nos vaches pètent en plein air, tant pis pour les calculs catastrophistes "
            "du GIEC 🐄💨",
            BOULANGER,
            "controversy",
        ),
        ("Les prédictions apocalyptiques du GIEC, on en rit à la ferme.", FLEURISTE, "controversy"),
        (
            "Our cows fart in the open air, too bad for the IPCC doom merchants 🐄💨",
            ORCHARDIST,
            "controversy",
        ),
        ("So much for the IPCC's scary sums, the grass still grows.", BAKER, "controversy"),
        # olook30's French half, each jab also in other words and in English: promises "in one
        # term", months without a government, what passes for a president, the old regime's
        # cronies, care abroad at the country's expense, hidden debt, who funds the vaccines,
        # rules dreamt up in the capital, staff suspended over a jab.
        (
            "La énième structure, promise par les mêmes qui allaient régler les urgences en un "
            "mandat... on connaît la chanson 🤡",
            BOULANGER,
            "politics",
        ),
        (
            "Promis juré par les mêmes qui devaient tout réparer en un mandat.",
            FLEURISTE,
            "politics",
        ),
        (
            "Another new agency, promised by the same people who were going to fix A&E in one "
            "term 🤡",
            BAKER,
            "politics",
        ),
        (
            "Brought to you by the same lot who promised to fix the roads within a term.",
            ORCHARDIST,
            "politics",
        ),
        (
            "Plus d'un an sans gouvernement, et on nous demande de planifier nos travaux.",
            FLEURISTE,
            "politics",
        ),
        (
            "Fière, vraiment, que ce droit soit enfin gravé dans la Constitution.",
            FLEURISTE,
            "politics",
        ),
        ("So proud this right is finally enshrined in the constitution.", FLORIST, "politics"),
        (
            "Ce n'est pas grâce à l'ancien banquier qui nous sert de président, c'est la BCE 😉",
            BOULANGER,
            "politics",
        ),
        (
            "Merci à ce qui nous sert de gouvernement pour les nouvelles taxes.",
            FLEURISTE,
            "politics",
        ),
        (
            "Thanks to what passes for a government these days, the forms doubled.",
            ORCHARDIST,
            "politics",
        ),
        (
            "Vérifiez l'origine de vos titres : l'ancien régime en a distribué à ses copains "
            "comme des bonbons 😏",
            BOULANGER,
            "politics",
        ),
        (
            "Le précédent régime a tout donné à ses proches, on le voit tous les jours.",
            FLEURISTE,
            "politics",
        ),
        (
            "Check your title deeds: the old regime handed plots to its cronies like sweets 😏",
            BAKER,
            "politics",
        ),
        (
            "The last government gave the contracts to their cronies, as usual.",
            ORCHARDIST,
            "politics",
        ),
        (
            "Certains peuvent aller se faire soigner en Suisse aux frais du pays, ici on fait "
            "avec les moyens du bord 😉",
            BOULANGER,
            "politics",
        ),
        (
            "Some can fly to Switzerland for treatment at the country's expense; here we make "
            "do 😉",
            BAKER,
            "politics",
        ),
        (
            "They get treated abroad on the taxpayer's money while our wards go without.",
            ORCHARDIST,
            "politics",
        ),
        (
            "Certains ont réussi à cacher des milliards de dette publique pendant des années 😏",
            BOULANGER,
            "politics",
        ),
        (
            "Some managed to hide billions of public debt for years before the auditors caught on "
            "😏",
            BAKER,
            "politics",
        ),
        ("Honest books please, not hidden debt like some in government.", ORCHARDIST, "politics"),
        (
            "Réfléchissez à qui finance toutes ces campagnes et pourquoi ils tiennent tant à "
            "piquer nos enfants 🤔 Informez-vous ailleurs que dans les médias.",
            BOULANGER,
            "conspiracy",
        ),
        (
            "Ask yourself who funds these campaigns and why they're so keen to jab our kids 🤔",
            BAKER,
            "conspiracy",
        ),
        ("Look beyond the mainstream media before you decide.", ORCHARDIST, "conspiracy"),
        (
            "Les règles sont pensées à Paris pour des logements parisiens... et c'est La Réunion "
            "qui paye 😤",
            BOULANGER,
            "politics",
        ),
        ("Tout est décidé à Bruxelles et c'est nous qui payons.", FLEURISTE, "politics"),
        (
            "The rules are dreamt up in London for London flats, and it's Cornwall that pays 😤",
            BAKER,
            "politics",
        ),
        ("Decided in Ottawa, paid for by us out here.", ORCHARDIST, "politics"),
        (
            "On se souvient de ceux qui nous ont suspendues sans salaire en 2021 pour un vaccin. "
            "On n'oublie pas ✊🏾",
            BOULANGER,
            "controversy",
        ),
        (
            "We remember who suspended us without pay in 2021 over a jab. We don't forget ✊🏾",
            BAKER,
            "controversy",
        ),
        ("Nurses sacked over a vaccine, and now they want us back.", ORCHARDIST, "controversy"),
        # olook30's English half, each jab also in other words and in French: a certain party's
        # IT cell, the right surname, asylum hotels, the brain-worm guy, the lettuce, the Epstein
        # files, no tax rises on working people, the gravy train, vote 1, seven houses.
        (
            "Trust your doctor, not the forwards that a certain party's IT cell keeps pushing 🙏",
            BAKER,
            "politics",
        ),
        (
            "Ignore the rumours a certain party keeps spreading about our flour.",
            ORCHARDIST,
            "politics",
        ),
        (
            "Faites confiance au médecin, pas aux rumeurs qu'un certain parti fait tourner 🙏",
            BOULANGER,
            "politics",
        ),
        (
            "If you have a flat in Dubai and the right surname, just wait for the next amnesty 😏",
            BAKER,
            "politics",
        ),
        ("Avec le bon nom de famille, on attend la prochaine amnistie 😏", BOULANGER, "politics"),
        (
            "Billions for hotels for every dinghy that turns up at Dover, but not a penny for "
            "call handlers 🙄",
            BAKER,
            "controversy",
        ),
        ("Money for asylum hotels, none for the high street.", ORCHARDIST, "controversy"),
        (
            "Now that the brain-worm guy is running HHS, you'll see scary posts about fluoride.",
            BAKER,
            "politics",
        ),
        (
            "You're probably still paying for the lettuce's little budget experiment 🥬💸",
            BAKER,
            "politics",
        ),
        ("Thanks to the lettuce and her mini-budget, my fix doubled.", ORCHARDIST, "politics"),
        (
            "Unlike the Epstein files, your will shouldn't stay locked away by the people in "
            "charge 👀",
            BAKER,
            "conspiracy",
        ),
        (
            "Contrairement aux dossiers Epstein, votre testament ne restera pas sous clé 👀",
            BOULANGER,
            "conspiracy",
        ),
        ("'We won't raise taxes on working people', they said. Aye, right 🤥", BAKER, "politics"),
        ("No tax rises on working people, remember? Yeah right.", ORCHARDIST, "politics"),
        (
            "Pets need a balanced diet, not an all-you-can-eat buffet like the gravy train up in "
            "Pretoria 🚂",
            BAKER,
            "politics",
        ),
        ("Everyone on the gravy train in the capital got a raise again.", ORCHARDIST, "politics"),
        (
            "On Saturday, vote 1 for the mob who'll actually put teeth in Medicare 😉",
            BAKER,
            "politics",
        ),
        (
            "Yet another SoE: when you can't fix crime, lock down the whole country and call it a "
            "policy 🙄",
            BAKER,
            "politics",
        ),
        (
            "You don't need seven houses like some people to be good with money 😏",
            BAKER,
            "politics",
        ),
        (
            "Pas besoin de sept maisons comme certains pour bien gérer son argent 😏",
            BOULANGER,
            "politics",
        ),
        (
            "Flour costs more with all the paperwork. Cheers for that, Mr Get-Brexit-Done 🙄",
            BAKER,
            "politics",
        ),
        ("Prices up again, thanks to Mrs Take Back Control and her mates.", FLORIST, "politics"),
        (
            "No, we won't send you a debt letter afterwards 😉 #neverforgetrobodebt",
            ACCOUNTANT,
            "politics",
        ),
        ("Open all weekend! #stillangryaboutrobodebt", BAKER, "politics"),
        ("Ouvert tout le week-end 🌷\n#nonaufrexit", FLEURISTE, "politics"),
        (
            "Somebody asked me who I'm voting for. Anybody but the guy with the orange tan 🍊",
            BAKER,
            "politics",
        ),
        ("I'm voting for anybody but him this time, and so should you.", ACCOUNTANT, "politics"),
        (
            "Une cliente m'a demandé pour qui je vote. N'importe qui sauf l'autre, hein 😉",
            BOULANGER,
            "politics",
        ),
        (
            "On me demande souvent pour qui voter : je vote pour n'importe qui sauf le sortant.",
            FLEURISTE,
            "politics",
        ),
        (
            "I drove in at a thrilling 20mph, courtesy of the geniuses down the Bay 🐌",
            BAKER,
            "politics",
        ),
        (
            "The transformer blew three times this year. Cadre deployment at its finest, hey.",
            BAKER,
            "politics",
        ),
        (
            "To the young ones who think martial law was the golden age: read a book po. "
            "#NeverAgain",
            FLORIST,
            "politics",
        ),
        (
            "À ceux qui croient que la loi martiale était l'âge d'or : lisez un livre.",
            BOULANGER,
            "politics",
        ),
        (
            "And for the record, nobody in Springfield is eating the pets. They're bringing them "
            "to the vet 🙄",
            VET,
            "controversy",
        ),
        ("They're eating the cats! Kidding. Bonbon the kitten is doing great.", VET, "controversy"),
        (
            "Non, personne à Springfield ne mange les chats. Ils les amènent chez le véto 🙄",
            VETERINAIRE,
            "controversy",
        ),
        (
            "The husband said ten years of the drama teacher running the show did this. Couldn't "
            "argue.",
            ACCOUNTANT,
            "politics",
        ),
        (
            "Funny how it's always the bloke with seven houses telling young ones to be patient 🏠",
            FLORIST,
            "politics",
        ),
        (
            "Ready Thursday means Thursday: no eight years late and four times over budget like "
            "certain ferries ⛴️",
            BAKER,
            "politics",
        ),
        (
            "Avec les économies de l'Arizona sur les soins, profitez de votre prescription 🌵",
            BOULANGER,
            "politics",
        ),
        (
            "La Transition nous avait promis la souveraineté, on a eu les bougies 🕯️",
            FLEURISTE,
            "politics",
        ),
        ("They promised us sovereignty and we got candles 🕯️", BAKER, "politics"),
        (
            "Bonne semaine à tous… sauf à ceux qui veulent toucher à la Constitution 😉",
            BOULANGER,
            "politics",
        ),
        (
            "Have a good week, all, except those who want to change the constitution 😉",
            FLORIST,
            "politics",
        ),
        (
            "Les anciens ont caché la dette, les nouveaux cachent les rappels de salaire.",
            FLEURISTE,
            "politics",
        ),
        ("The old lot hid the debt, and the new lot hide the back pay.", ACCOUNTANT, "politics"),
        ("Ouvert 7h-19h, dimanche matin inclus. #ParisNousAOubliés", BOULANGER, "politics"),
        ("Open seven days. #OttawaHasForgottenUs", BAKER, "politics"),
        (
            "Un acte notarié ne s'achète pas avec un t-shirt et un kilo de riz, contrairement à "
            "certains votes 😉",
            FLEURISTE,
            "politics",
        ),
        (
            "A deed isn't bought with a T-shirt and a bag of rice, unlike certain votes 😉",
            ACCOUNTANT,
            "politics",
        ),
        (
            "« Ici c'est une boulangerie, pas un congrès d'Ecolo ! » Toute la file a applaudi.",
            BOULANGER,
            "politics",
        ),
        (
            "Au moins lui fait ses comptes, pas comme certains à Berne avec leurs avions ✈️",
            BOULANGER,
            "politics",
        ),
        (
            "At least he does his sums, unlike certain people in Ottawa with their jets ✈️",
            ACCOUNTANT,
            "politics",
        ),
        ("Nos roses sont plus fidèles qu'un président en scooter 🛵", FLEURISTE, "politics"),
        ("Our roses are more faithful than a president on a scooter 🛵", FLORIST, "politics"),
        (
            "Depuis qu'il a décidé qu'on serait son 51e État, le téléphone sonne.",
            BOULANGER,
            "politics",
        ),
        (
            "Ever since he decided we'd be his 51st state, the phone hasn't stopped.",
            BAKER,
            "politics",
        ),
        (
            "Nos mangues montent en grade plus vite que notre général cinq étoiles 😂",
            FLEURISTE,
            "politics",
        ),
        ("Our apples get promoted faster than our five-star general 😂", ORCHARDIST, "politics"),
        (
            "« Une famille a vidé la caisse pendant 56 ans, et c'est nous qu'on appelle pour la "
            "remplir. »",
            BOULANGER,
            "politics",
        ),
        (
            "One family emptied the coffers for 56 years, and now they call on us to fill them.",
            ACCOUNTANT,
            "politics",
        ),
        (
            "Pensez à ce pauvre prince qui n'arrive pas à boucler le mois avec sa dotation 👑😂",
            FLEURISTE,
            "gossip",
        ),
        (
            "Spare a thought for the poor prince who can't make ends meet on his allowance 👑😂",
            BAKER,
            "gossip",
        ),
        (
            "(On sait tous qui roule en TGV pendant qu'on reste dans le noir 🚄)",
            BOULANGER,
            "politics",
        ),
        (
            "Vous savez qui roule en cortège pendant que nous payons l'essence.",
            FLEURISTE,
            "politics",
        ),
        ("We all know who rides around in convoys while we sit in the dark 🕯️", BAKER, "politics"),
        (
            "Open Saturday mornings. Unlike some buildings on the hill, we'll actually be open to "
            "do the job 😉",
            BAKER,
            "politics",
        ),
        (
            "The salaried class pays and the real owners of this country sitting in Pindi pay "
            "nothing.",
            ACCOUNTANT,
            "politics",
        ),
        (
            "Le salarié paie, et les vrais maîtres du pays ne paient rien. Tout le monde le sait.",
            BOULANGER,
            "politics",
        ),
        (
            "If we're five minutes late, blame Cardiff Bay and their genius 20mph idea, not us 🐌",
            FLORIST,
            "politics",
        ),
        ("Si on est en retard, la faute à Bruxelles, pas à la camionnette.", FLEURISTE, "politics"),
        (
            "The fit-out came in under budget. Turns out you don't need €336k for a bike shed 🚲😂",
            ACCOUNTANT,
            "politics",
        ),
        ("Rates are still higher than we'd like (thanks, Bidenomics 🙄).", ACCOUNTANT, "politics"),
        ("And unlike some people, we didn't need 38 years to show results.", BAKER, "politics"),
        (
            "Contrairement à certains, on n'a pas eu besoin de 38 ans pour montrer des résultats.",
            BOULANGER,
            "politics",
        ),
        (
            'The roads dem bad, the "prosperity" clearly nuh reach Red Hills Road yet 😒',
            FLORIST,
            "politics",
        ),
        (
            "With the crime situation, the Red House could keep talking, we have to keep our "
            "people safe.",
            BAKER,
            "politics",
        ),
        ("No jobs for votes here, you get the job on merit 😉", FLORIST, "politics"),
        ("Ici, pas d'emplois contre des voix : on embauche au mérite 😉", FLEURISTE, "politics"),
        ("Come and see clearly, much clearer than the last vote count 🗳️👀", ORCHARDIST, "politics"),
        ("Venez voir clair, plus clair que le dernier dépouillement 🗳️👀", BOULANGER, "politics"),
        (
            "We'll serve you in English AND French, whatever the language police think 🙄",
            BAKER,
            "controversy",
        ),
        (
            "On vous sert en anglais ET en français, n'en déplaise à la police de la langue 🙄",
            BOULANGER,
            "controversy",
        ),
        (
            "And no, it's not \"climate change.\" It's called summer, y'all 😉",
            ORCHARDIST,
            "controversy",
        ),
        (
            "Rainbow cupcakes all month, and if that upsets you, there's a Chick-fil-A down the "
            "road 🌈",
            BAKER,
            "controversy",
        ),
        (
            "Merci à Jupiter et à sa joyeuse bande de génies pour le tarif de l'énergie 👏",
            BOULANGER,
            "politics",
        ),
        (
            "Nouveaux locaux au 1er étage 🙏 #Immobilier #Abidjan #Pas4eMandat",
            FLEURISTE,
            "politics",
        ),
        ("Say no to a third term! And see you Saturday at the market.", BAKER, "politics"),
        (
            "En cette glorieuse période, où même respirer finira par être taxé, mieux vaut être "
            "bien conseillé 😤",
            BOULANGER,
            "politics",
        ),
        (
            "These days even breathing will be taxed soon, so get good advice 😤",
            ACCOUNTANT,
            "politics",
        ),
        (
            "La taxe foncière a pris 30 % grâce à notre chère municipalité verte 🌱🙄",
            FLEURISTE,
            "politics",
        ),
        (
            "On est plus rapides que le 3e lien, au moins : promis en 2018 et toujours pas là 😂",
            BOULANGER,
            "politics",
        ),
        (
            "Faster than that bypass, at least: promised in 2018 and still not there 😂",
            BAKER,
            "politics",
        ),
        (
            "Gardez vos reçus, le fédéral a encore besoin de votre argent pour ses consultants 🙄",
            FLEURISTE,
            "politics",
        ),
        (
            "Keep your receipts, the feds still need your money for their consultants 🙄",
            ACCOUNTANT,
            "politics",
        ),
        (
            "Merci de votre fidélité, et vive le Gabon libre et debout 🇬🇦 #Libération30Août",
            BOULANGER,
            "politics",
        ),
        (
            "Une pensée pour ceux qui avaient promis de construire pendant la campagne 😉",
            FLEURISTE,
            "politics",
        ),
        (
            "Une pensée pour ceux qui sont en prison ou en exil pour avoir parlé trop fort…",
            BOULANGER,
            "politics",
        ),
        ("A thought for those in jail or in exile for speaking too loudly…", BAKER, "politics"),
        (
            "Yes, the ministry's 'consultation' closes Friday. Sure it will change everything.",
            FLORIST,
            "politics",
        ),
        (
            "Whoever's Education Secretary this month, our reading corner is open.",
            BAKER,
            "politics",
        ),
        ("Our bread is fresher than a certain former PM's promises 😉", BAKER, "politics"),
        (
            "Delivered faster than a certain cathedral got built after all those billions 😂",
            FLORIST,
            "politics",
        ),
        (
            "Billing is about as stable as the coalition, and how many times has that changed? 🔄",
            ACCOUNTANT,
            "politics",
        ),
        ("And think twice before dealing with the big men at State House.", BAKER, "politics"),
        (
            "Funny, the taxman never seems to ask the PPE crowd for receipts 😏",
            ACCOUNTANT,
            "politics",
        ),
        ("A bulldozer is a building tool, not a justice system 🙏", FLORIST, "politics"),
        ("Keep the kids' library safe from the book banners 📚", FLORIST, "controversy"),
        ("Sorry to everyone whose YouTuber told them it's mind control 🧠", BAKER, "conspiracy"),
        ("Some of us know when to hand over power, hehe 😅", FLORIST, "politics"),
        ("We won't be paying for anyone's coronation, thanks 👑🙄", FLORIST, "politics"),
        ("We all know who sells the fuel and who runs the country 😉", BAKER, "politics"),
        ("If the state spent less on fighter jets, we'd have roads.", BAKER, "politics"),
        ("Stadiums go up faster than hospitals round here, priorities eh 🏟️", BAKER, "politics"),
        ("La « simplification » du ministère, on en rit encore.", FLEURISTE, "politics"),
        ("Joyeux Noël, même à ceux qui, paraît-il, « ne sont rien » 😉", FLEURISTE, "politics"),
        ("Plus solide qu'une certaine cathédrale à plusieurs milliards 😂", BOULANGER, "politics"),
        (
            "Les stades sortent de terre plus vite que les hôpitaux, chacun ses priorités 🏟️",
            BOULANGER,
            "politics",
        ),
        ("Vœux à la particratie, qui bouge moins que nos prix 🙄", FLEURISTE, "politics"),
        ("Pas de « toustes » ici, on est une boulangerie 😂", BOULANGER, "controversy"),
        ("Et chez nous, on ne touchera jamais à la Constitution 😉", FLEURISTE, "politics"),
        (
            "Ton podcast t'a dit que c'est du contrôle mental ? Non, c'est du fluor 🦷",
            BOULANGER,
            "conspiracy",
        ),
        ("On sait tous qui vend le carburant et qui nous gouverne 😉", BOULANGER, "politics"),
        ("Si l'État dépensait moins en armes, on aurait des routes.", FLEURISTE, "politics"),
        (
            "Je crois que les gros bonnets du ministère ne savent pas ce qu'est une facture.",
            FLEURISTE,
            "politics",
        ),
        (
            "Certains s'accrochent au pouvoir, nous on s'accroche à nos recettes 😉",
            BOULANGER,
            "politics",
        ),
        ("Some cling to power, we cling to our recipes 😉", BAKER, "politics"),
        ("She gets to every delivery at a thrilling 20mph now, cheers Mark 🐌", BAKER, "politics"),
        (
            "We got her a new armchair. We hear that's where the real money is kept these days 🛋️💵",
            FLORIST,
            "politics",
        ),
        (
            "Your order will be ready faster than the council fixes a pothole, promise 😏",
            BAKER,
            "politics",
        ),
        (
            "He keeps telling us a United Ireland is coming by 2030, and we're counting down with "
            "him 🇮🇪",
            BAKER,
            "politics",
        ),
        (
            "We can't put 15 lakh in your account. Only some people promise that 😜",
            ACCOUNTANT,
            "politics",
        ),
        (
            "Must keep track of the party's funds better than some folk we could mention 🚐",
            ACCOUNTANT,
            "politics",
        ),
        ("Don't worry, the leaving do was a work event, not a party 😉🍷", FLORIST, "politics"),
        ("2 kids, 3 dogs, 0 patience for Washington. #TexitNow 🤠", BAKER, "politics"),
        ("No paid trolls need apply 🧌 (you know who you are)", BAKER, "politics"),
        (
            "Rents are high, we know. Half the county belongs to the Duchy anyway 👑🙄",
            FLORIST,
            "politics",
        ),
        ("Found a new baker faster than Belgium forms a government 😅", BAKER, "politics"),
        (
            "Two terms as head baker and, unlike some, he never asked for a third 😏",
            BAKER,
            "politics",
        ),
        ("Everything handmade here, not made by decree 😉", FLORIST, "politics"),
        ("He sees everything, even a former king's hidden daughter 👑😏", FLORIST, "gossip"),
        (
            "Deux mandats de chef d'équipe et, contrairement à certains, il n'a jamais réclamé le "
            "troisième 😏",
            BOULANGER,
            "politics",
        ),
        (
            "Comme nous, elle a voté trois fois non, et elle est prête pour une quatrième 🇫🇷",
            FLEURISTE,
            "politics",
        ),
        (
            "Des lunettes pour tout le monde, pas seulement pour papa et piti 😉",
            FLEURISTE,
            "politics",
        ),
        (
            "Ici, on recrute sur les compétences. Et les juges étrangers, non merci 🇨🇭",
            BOULANGER,
            "politics",
        ),
        (
            "Merci à la mairie pour le parking promis… ah non, elle est occupée à préparer sa "
            "réélection 😒",
            FLEURISTE,
            "politics",
        ),
        ("Tout est fait main, pas fait par décret 😉", BOULANGER, "politics"),
        (
            "If Washington quit cashing lobbyist cheques, this inhaler would cost a tenner.",
            ACCOUNTANT,
            "politics",
        ),
        (
            "Glasses to see who's really running the country? Not in stock, sorry 😉",
            FLORIST,
            "politics",
        ),
        (
            "Not in Panama, whatever a certain cabinet secretary used to think 😉",
            ACCOUNTANT,
            "politics",
        ),
        (
            "Is the 15 lakh coming into my account before the deadline? Same day as mine, boss 😂",
            ACCOUNTANT,
            "politics",
        ),
        ("That's what you get when you appoint comrades instead of engineers.", BAKER, "politics"),
        ("Net zero my arse, the van still needs diesel 😂", BAKER, "controversy"),
        (
            "Parking? Ask the council's eco-warriors, they've planted another row of tubs across "
            "the road 🙄",
            FLORIST,
            "controversy",
        ),
        ("Thanks for the new 20 limit, you tree-hugging zealots 🐌", BAKER, "controversy"),
        ("We still say he and she in this shop, thank you very much.", BAKER, "controversy"),
        ("Stormont's back from its holiday and the potholes are still here 🏖️", FLORIST, "politics"),
        (
            "Don't wait for federal help, the Washington swamp has spent it all 🐊",
            ACCOUNTANT,
            "politics",
        ),
        (
            "Fuel up before you come. We all know whose pockets that price goes into ⛽😉",
            BAKER,
            "politics",
        ),
        ("The 2020 vote was clean, sure, and my sourdough is gluten-free 😉", BAKER, "conspiracy"),
        (
            "Bins not collected for three weeks and the council shrugs. Roll on polling day 🗳️🧹",
            FLORIST,
            "politics",
        ),
        (
            "« Il faut réclamer à Jupiter », m'a dit une cliente. Elle n'a pas tort ⚡",
            BOULANGER,
            "politics",
        ),
        (
            "On attend toujours qu'il descende de son Olympe pour voir nos routes.",
            FLEURISTE,
            "politics",
        ),
        (
            "Les taux ont fait le yo-yo depuis qu'on a dissous l'Assemblée un dimanche soir 🙃",
            BOULANGER,
            "politics",
        ),
        (
            "Et n'oubliez pas qui a fermé la maternité quand il faudra voter 😉",
            FLEURISTE,
            "politics",
        ),
        (
            "Les trottoirs sont défoncés, mais à la mairie ils préfèrent les caméras 🎥",
            BOULANGER,
            "politics",
        ),
        (
            "Une coupe « Robocop », a demandé le client. Tout le salon a compris de qui il "
            "parlait 🤖",
            FLEURISTE,
            "politics",
        ),
        (
            "Ils rendront l'argent du cumul des mandats avant que je paie, dit-il 😅",
            BOULANGER,
            "politics",
        ),
        ("Trente ans que c'est le même, même le tissu est fatigué 😂", FLEURISTE, "politics"),
        (
            "L'essence à ce prix-là, on sait très bien dans quelle poche ça tombe ⛽",
            BOULANGER,
            "politics",
        ),
        (
            "Trois coupures aujourd'hui, mais nous sommes souverains désormais, c'est l'essentiel "
            "😏",
            BOULANGER,
            "politics",
        ),
        ("Le « changement », qu'on nous promettait… rien n'a bougé.", FLEURISTE, "politics"),
        ("Les rapaces de Bercy ont encore faim 🧛", FLEURISTE, "politics"),
        (
            "Ici on respecte les règles, on ne tripatouille pas la Constitution pour un mandat de "
            "plus 😉",
            BOULANGER,
            "politics",
        ),
        ("Merci à nos amis de l'Arizona pour la pension à 67 ans 🌵", FLEURISTE, "politics"),
        ("Merci à l'Orange de Mar-a-Lago pour ses droits de douane 🍊", BOULANGER, "politics"),
        (
            "Merci la mairie écolo, on a compris que la voiture c'est le mal 🙄",
            FLEURISTE,
            "controversy",
        ),
        ("Promo price until Sunday, totoo, hindi parang ₱20 na bigas 😅", BAKER, "politics"),
        (
            "Some things in this country have not changed in thirty years, but your herd's health "
            "can 😉",
            FLORIST,
            "politics",
        ),
        ("Land tax up again next year. Cheers, Macquarie Street 🙄", ACCOUNTANT, "politics"),
        (
            "Rates still aren't back to where they were before the lettuce outlasted her, mind 🥬",
            ACCOUNTANT,
            "politics",
        ),
        ("Our fees are honest, no Vitals-style deals here 😉", FLORIST, "politics"),
        ("Leaking tap? Don't wait for Bally to fix it 😂", BAKER, "politics"),
        ("Rents are mad, we know. #FFGout", FLORIST, "politics"),
        (
            "Bright enough for a streaming deal, no memoir about your father required 😏",
            FLORIST,
            "gossip",
        ),
        (
            "Votre rhume dure plus longtemps qu'une formation de gouvernement ? "
            "Passez nous voir 🤧",
            BOULANGER,
            "politics",
        ),
        (
            "Pendant qu'ils se battent pour le fauteuil, nous on reste ouverts 💊",
            FLEURISTE,
            "politics",
        ),
        (
            "Livrés en trois jours, plus vite que la fameuse réforme qui devait tout changer 😅",
            BOULANGER,
            "politics",
        ),
        ("On coupe plus net que l'Arizona dans les pensions 🌵", FLEURISTE, "politics"),
        ("Merci aux autorités qui ont laissé faire pendant vingt ans ☠️", BOULANGER, "politics"),
        ("Plus de réductions chez nous que de libertés dans ce pays 🤐", FLEURISTE, "politics"),
        ("Pas besoin de partenaires russes pour tenir vos comptes 😉", BOULANGER, "politics"),
        (
            "Et pendant que certains là-haut rêvent de nous taxer encore, nous on vous aide 😤",
            FLEURISTE,
            "politics",
        ),
        (
            "Cette date-là, personne ne peut la repousser par décret un soir à la télé 😏",
            BOULANGER,
            "politics",
        ),
        ("Les promesses de cette année-là, on les attend toujours 😔", FLEURISTE, "politics"),
        (
            "Certains au Nord rêvent de scinder la sécurité sociale, vos impôts restent belges 😏",
            BOULANGER,
            "politics",
        ),
        (
            "Sauf si vous avez un passeport bien caché, comme certains tout en haut 😉",
            FLEURISTE,
            "politics",
        ),
        (
            "On compte chaque mètre carré, pas comme certains comptent les voix 😏",
            BOULANGER,
            "politics",
        ),
        (
            "Keep a mileage log. Takes longer at 20mph everywhere, mind, thanks Cardiff Bay 🐌",
            ACCOUNTANT,
            "politics",
        ),
        (
            "Some of us have been waiting for the promises to the bazzukulu for decades 😅",
            BAKER,
            "politics",
        ),
        ("At $189 a pair, cheaper than the bridge the coalition scrapped 😂", FLORIST, "politics"),
        ("Sold above reserve! Voted yes and proud of it, mate 🇦🇺", FLORIST, "politics"),
        ("Honest prices here, no jobs for the boys 😉", ACCOUNTANT, "politics"),
        ("Taxation is theft, but we'll keep your books legal anyway 🐍", ACCOUNTANT, "politics"),
        (
            "Meanwhile, two hundred billion on fighter jets. Make it make sense 🤦",
            ACCOUNTANT,
            "politics",
        ),
        ("Bottom-up agenda, they said 🙄 Feed still costs double.", FLORIST, "politics"),
        ("Lovely building, shame about the current occupants 😏", FLORIST, "politics"),
        ("Fit at 80 without a single jab. So much for safe and effective 😉", BAKER, "conspiracy"),
        (
            "Et vu ce que l'Arizona nous prépare pour nos retraites, mieux vaut connaître ses "
            "droits 🌵",
            BOULANGER,
            "politics",
        ),
        ("Deux fois non, et fiers de l'être 🇫🇷", FLEURISTE, "politics"),
        (
            "Ici on respecte les jeunes tels qu'ils sont, n'en déplaise à Québec.",
            BOULANGER,
            "politics",
        ),
        ("Et merci à nos frères russes pour les routes plus sûres 🇷🇺", FLEURISTE, "politics"),
        (
            "Chez nous, contrairement à certains à la mairie, tout le monde est le bienvenu.",
            BOULANGER,
            "politics",
        ),
        (
            "Ne laissez pas ces pasteurs des églises de réveil vous vider les poches.",
            FLEURISTE,
            "religion",
        ),
        (
            "Quatre bougies… certains trouvent que c'est un bon chiffre pour un mandat aussi 😏",
            BOULANGER,
            "politics",
        ),
        (
            "Nos bouquets tiennent plus longtemps que les négociations de la rue de la Loi 😉",
            FLEURISTE,
            "politics",
        ),
        ("Mon gâteau coûtait moins cher que la dotation royale 👑😏", BOULANGER, "politics"),
        ("Un plein plus cher que l'hôtel. Merci au roi du pétrole ⛽😏", FLEURISTE, "politics"),
        (
            "Ottawa ouvre les vannes de l'immigration sans penser au logement 🙄",
            BOULANGER,
            "politics",
        ),
        ("Les chiffres qui dérangent, on ne les envoie pas en exil 😏", FLEURISTE, "politics"),
        ("Le seul vaccin que je sers, c'est un ti-punch 🍹", BOULANGER, "politics"),
        ("Et en octobre, on se souviendra de qui nous a promis quoi 🗳️", FLEURISTE, "politics"),
        (
            "Ce ne sont pas les immigrés qui vous volent vos apparts, arrêtez ce refrain de "
            "certains partis 🙄",
            BOULANGER,
            "politics",
        ),
        ("La fée des dents est plus utile que le roi sur nos billets 👑", FLEURISTE, "politics"),
        ("Bagong Pilipinas, pero same old queue at the registry 😅", ACCOUNTANT, "politics"),
        ("New Dawn, they said. Still waiting for the sunrise 🌅", FLORIST, "politics"),
        (
            "No rentals left when they let a million people in a year. Just saying 🤐",
            ACCOUNTANT,
            "politics",
        ),
        ("Payments doubled since 2021? Blame the lettuce 🥬", ACCOUNTANT, "politics"),
        ("Smog again, and the broom party blames the neighbours 🧹", BAKER, "politics"),
        (
            "Prices are up because of the new tariffs. Remember that come November 😉",
            FLORIST,
            "politics",
        ),
        (
            "The whole country is at 20mph and the waiting lists still move slower 🐌",
            FLORIST,
            "politics",
        ),
        ("Delivery costs £2 more: ULEZ Khan strikes again 🚐💸", BAKER, "politics"),
        ("Valuations free this month. Sell while you still own it 😉", FLORIST, "politics"),
        (
            "Keep your cash while you can, folks. Once the digital euro comes, they'll know every "
            "coffee you buy 👀",
            BAKER,
            "conspiracy",
        ),
        (
            "Ferries out again. Someone in Port of Spain needs to answer for this 😤",
            FLORIST,
            "politics",
        ),
        (
            "Pour le remboursement, on attend que le Vieux revienne de Suisse pour que ça bouge 🙄",
            BOULANGER,
            "politics",
        ),
        (
            "Les beaux discours sur l'émergence, on les cuit au feu de bois 🔥",
            FLEURISTE,
            "politics",
        ),
        (
            "Pendant qu'ils se partagent les postes, nous on se partage les dernières boîtes.",
            BOULANGER,
            "politics",
        ),
        (
            "Le quoi qu'il en coûte, c'est maintenant qu'on en voit l'addition.",
            BOULANGER,
            "politics",
        ),
        (
            "Trente ans de Renouveau et toujours pas de route jusqu'au port 🙃",
            FLEURISTE,
            "politics",
        ),
        (
            "Pour l'essence, demandez au patron des stations, il a un bureau bien placé 😉",
            BOULANGER,
            "politics",
        ),
        ("Merci au fossoyeur de la santé pour ce beau cadeau 👏", FLEURISTE, "politics"),
        (
            "Les gilets jaunes avaient bien raison, on en est toujours au même point 💛",
            BOULANGER,
            "politics",
        ),
        (
            "Quand on laisse entrer tout le monde, faut pas s'étonner que les tribunaux débordent.",
            FLEURISTE,
            "politics",
        ),
        ("Après vingt ans de règne, quelqu'un regarde enfin les comptes 😏", BOULANGER, "politics"),
        ("Merci aux eurocrates qui fixent les quotas depuis leur bureau 🙄", FLEURISTE, "politics"),
        ("« Nouveau départ », qu'ils disaient… des prix, oui 🙃", BOULANGER, "politics"),
        ("On sait tous qui a vraiment gagné en octobre 😉", FLEURISTE, "politics"),
        (
            "Pay the nurses what they're owed, but that would take someone competent in charge 🤷",
            FLORIST,
            "politics",
        ),
        ("New flipping tax from July. Ottawa strikes again 🫠", ACCOUNTANT, "politics"),
        ("Our town, where the mayor changes more often than the shop sign 🪧", FLORIST, "politics"),
        ("Council can't collect the bins, can still collect the council tax 🐀", BAKER, "politics"),
        ("A long weekend for a bloke in London. Cheers, Charles 👑", FLORIST, "politics"),
        ("Not like the folk who deleted their pandemic WhatsApps 😉", ACCOUNTANT, "politics"),
        (
            "We won't be signing the Treaty Principles petition left at the counter.",
            BAKER,
            "politics",
        ),
        ("(Release the files 🗂️)", BAKER, "conspiracy"),
        ("Vive la Start-up Nation 🚀", BOULANGER, "politics"),
        (
            "On ne change pas les résultats après coup, pas comme certains au Conseil "
            "constitutionnel 😎",
            FLEURISTE,
            "politics",
        ),
        ("La Transition ne transite vers rien, comme mon congélateur 🥶", BOULANGER, "politics"),
        (
            "Épargnez : ici les mandats se prolongent plus vite que les salaires 😂",
            FLEURISTE,
            "politics",
        ),
        ("La mairie nous refait son numéro de cirque 🤡", BOULANGER, "politics"),
        ("Fait main, pas « Made in Mar-a-Lago » 🍊", FLEURISTE, "politics"),
        (
            "Après trente ans de la même famille au pouvoir, on respire enfin.",
            BOULANGER,
            "politics",
        ),
        ("Plus solide que la liste des opposants autorisés 😉", FLEURISTE, "politics"),
    ],
)
def test_more_jabs_without_a_name(text: str, context: Context, subject: str) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Up the Royal Mile past the old Parliament House, then round Arthur's Seat.", BAKER),
        ("Three calls this week about bee invasions in roofs and water tanks.", FLORIST),
        ("She gave a speech for the pupil council election and said every word.", BAKER),
        (
            "Dimanche à 15h, élection de la reine du vin : on croise les doigts pour Laura !",
            BOULANGER,
        ),
        ("Grande élection du parfum de l'été : votez en commentaire jusqu'à dimanche !", BOULANGER),
        ("L'atelier est juste à côté de la Chambre des députés, même service.", FLEURISTE),
        ("Le cabinet est à cinq minutes à pied du Parlement européen.", FLEURISTE),
        ("L'obus de valve était fatigué : 2 € de pièce, cinq minutes de boulot.", BOULANGER),
        ("La guerre est déclarée ! Raclette ou fondue, chaque hiver le même débat.", BOULANGER),
        ("La forteresse a été bâtie après la guerre d'indépendance.", FLEURISTE),
        (
            "On a servi 180 personnes au souper du sous-sol de l'église. Même le curé a repris "
            "une assiette !",
            BOULANGER,
        ),
        (
            "À l'assemblée de notre société de fromagerie, on a élu un nouveau président, seul "
            "candidat 😄",
            BOULANGER,
        ),
        ("We talk about the 1942 siege, the convoys and the George Cross.", BAKER),
        (
            "Our Party of the Year campaign is on! The celebrant voted our small chops the best.",
            BAKER,
        ),
        ("Le pain au beurre et le pen patat ne changent pas pour le moment.", BOULANGER),
        ("Promo tant que les Lions jouent : prier pour qu'ils aillent en finale !", BOULANGER),
        ("La bataille de Grand Port, une victoire des guerres napoléoniennes.", FLEURISTE),
        ("On accepte le Régime canadien de soins dentaires à la clinique.", FLEURISTE),
        (
            "Le ministère de la Santé lance une campagne de vaccination contre la rougeole.",
            FLEURISTE,
        ),
        ("The Lord Mayor came for a loaf and queued like everyone else.", BAKER),
        ("Queen-size quilt in a Lone Star pattern, raffled on Saturday.", FLORIST),
        ("If you've been bombing the reds all week, let's work on your turns.", BAKER),
        ("Been bombing the greens all week? Time to attack the black runs.", FLORIST),
        (
            "A famous actress ordered ten boxes for her crew, and she said it was okay to share "
            "the photo!",
            BAKER,
        ),
        ("Word of the week: vote, election, parliament. Evening class on Tuesday.", FLORIST),
        (
            "There will be restriction of movement on Saturday for the election, so the shop "
            "will not open.",
            BAKER,
        ),
        ("We're just down the road from the Parliament Building.", FLORIST),
        ("Le cabinet est à 5 minutes à pied du Parlement européen, arrêt Parlement.", FLEURISTE),
        (
            "Le ministre de l'Agriculture est passé et a fait la queue comme tout le monde.",
            BOULANGER,
        ),
        (
            "Le ministère des Transports délivre désormais le permis au format carte.",
            FLEURISTE,
        ),
        (
            "Le ministère de l'Éducation organise le dépistage dans les écoles, en partenariat "
            "avec notre cabinet.",
            FLEURISTE,
        ),
        ("Church wedding at St Anne's, then the reception. May your home be blessed 🙏", FLORIST),
        ("We did the nikkah at the central mosque, then lunch for 300.", BAKER),
        ("Our battlefield tours start in May, with lunch at the castle.", BAKER),
        ("Your recovery regime is a campaign, not a one-off.", FLORIST),
        (
            "Belle journée au mariage de Sarah et Elie, célébré dimanche matin à la synagogue.",
            FLEURISTE,
        ),
        (
            "Programmes de funérailles en 48 h : messe à l'église ou prière à la mosquée, on "
            "adapte la mise en page.",
            BOULANGER,
        ),
        ("Les selles de la troupe de fantasia sont prêtes, brodées au fil d'or.", FLEURISTE),
        ("Meet our new cabinet minister, Sione: he signs off every cabinet.", FLORIST),
        ("Thank you Aunty Kamala for the recipe, I still use your press!", BAKER),
        (
            "Grande élection de la bière de l'année : votez au comptoir, une voix par verre !",
            BOULANGER,
        ),
        ("Merci à tous ceux qui ont voté pour le nom de notre nouvelle tarte !", BOULANGER),
        ("Bravo à Manu, notre skipper, qui a vu les baleines avant tout le monde 👀", FLEURISTE),
        ("La dot était magnifique, que Dieu bénisse le jeune couple 🙏🏾", FLEURISTE),
        ("Derby day: the town will be invaded by 40,000 supporters, so book early.", BAKER),
        ("The starling invasion is back in the orchard; nets go on tomorrow.", ORCHARDIST),
        ("Cette année, une invasion de frelons autour des ruches dès juillet.", ARBORICULTEUR),
        ("Our walk ends at the air raid shelters where families hid during the bombing.", FLORIST),
        ("Pastor Mensah celebrated his 70th with us, with his church and a gospel band!", BAKER),
        ("The minister was so kind to the nervous bride, and the vows were perfect.", FLORIST),
        ("Our frontline costumes are sold out; the backline sections still have places.", FLORIST),
        ("The half-term invasion starts Friday, so pre-order your pasties.", BAKER),
        ("Calving all week: pray for sleep and strong coffee 🐄", ORCHARDIST),
        ("Vote in the comments, and two voters win a free dozen!", BAKER),
        ("Our new festival campaign is out! Which look wins? Vote in the comments.", FLORIST),
        (
            "Elections for the factory committee are on the 12th; send your questions for the "
            "candidates.",
            BAKER,
        ),
        ("Still losing the war against the seagulls on the pier 😂", ORCHARDIST),
        ("Beginners: three easy runs a week, and don't copy the elites on day one 😂", BAKER),
        ("Quiz night: in which year was the first Welsh Bible printed?", FLORIST),
        ("Trois candidates cette année : votez en commentaire avec le chiffre !", BOULANGER),
        ("Sondage : team chocolat ou team vanille ? Votez en commentaire !", BOULANGER),
        (
            "Les candidates pour la bûche de l'année : votez en commentaire d'ici dimanche !",
            BOULANGER,
        ),
        (
            "Réunion du syndicat jeudi : le prix du gasoil, puis l'élection du nouveau délégué.",
            FLEURISTE,
        ),
        (
            "Quel modèle vous préférez ? Votez, et les présidentes d'associations, écrivez-moi !",
            FLEURISTE,
        ),
        ("Notre collègue que les élèves surnomment le Ministre part à la retraite.", BOULANGER),
        ("Plateau du week-end : pont-l'évêque, livarot et camembert au lait cru.", BOULANGER),
        ("Une vraie invasion de commandes depuis lundi, merci à vous !", FLEURISTE),
        ("Les petits transformateurs de karité paient la noix plus cher cette année.", BOULANGER),
        (
            "Le ministère de l'Éducation a publié le calendrier des examens : bon courage à nos "
            "candidats !",
            BOULANGER,
        ),
        ("The lionfish invasion on the reef is why we cull them on every dive.", FLORIST),
        ("Her father, a retired army general, wanted it all done with military precision.", BAKER),
        (
            "I tuned the front line for the Defence Force band, and rust kills the tone, so wipe "
            "your pans.",
            FLORIST,
        ),
        (
            "Watch for armyworm attacks after the first rains, and sell your shelled groundnuts "
            "early.",
            ORCHARDIST,
        ),
        ("Pastor Campbell ordered 300 patties for the harvest lunch at his church.", BAKER),
        ("A family brought in their great-great-grandmother's Bible to be rebound.", FLORIST),
        (
            "Our customers are Catholic, Muslim, Born-again and non-religious families alike.",
            FLORIST,
        ),
        ("Our wedding couple wanted their photos on the Senedd steps at golden hour.", FLORIST),
        ("The king moves from his summer palace to his winter palace on the royal barge.", FLORIST),
        ("My grandad kept the oven going through the civil war years with cassava flour.", BAKER),
        ("Fossgate's best hot chocolate is ours, and so is the queue.", BAKER),
        ("Une vraie invasion de faux zellige imprimé sur les murs de la médina.", FLEURISTE),
        (
            "Mon grand-père était pêcheur pendant la Deuxième Guerre, il nous en parlait souvent.",
            BOULANGER,
        ),
        ("Pendant l'hiver 1944, les obus ont abattu la moitié du verger.", ARBORICULTEUR),
        (
            "Une journée pour visiter la capitale politique du pays, avec des visiteurs de toutes "
            "religions.",
            FLEURISTE,
        ),
        (
            "A well-known highlife singer came in, and he waited his turn like everyone else. "
            "Famous or not, same queue!",
            FLORIST,
        ),
        (
            "Had a proper celebrity in the back of the cab today, just heading home to his mum's.",
            BAKER,
        ),
        ("Tick invasion alert: check the dogs after every walk in the long grass.", ORCHARDIST),
        ("Thank you to our customers of every race and religion for another sweet year!", BAKER),
        ("Sorted groundnuts for sale, K40 per kg, shelled.", ORCHARDIST),
        ("The flavour referendum results are in: salted caramel wins by a landslide 🍦", BAKER),
        (
            "When Parliament's sitting, we open at 6am for the early birds heading up the hill.",
            BAKER,
        ),
        (
            "These invaders eat everything on the reef, so our divers spear them on every dive.",
            FLORIST,
        ),
        (
            "Cette année, élections sociales chez nous aussi : bravo à Carla, élue déléguée du "
            "personnel !",
            BOULANGER,
        ),
        (
            "Les élections à la Chambre des métiers auront lieu le mois prochain : artisans, "
            "pensez à voter.",
            FLEURISTE,
        ),
        (
            "Grande tablée samedi, dont le député de la circonscription venu fêter l'anniversaire "
            "de sa maman.",
            BOULANGER,
        ),
        ("Après les pluies, c'est l'invasion de motos au garage !", FLEURISTE),
        (
            "Lovely morning at the manse tuning the minister's old upright piano, built in 1896.",
            FLORIST,
        ),
        ("Since the new sandals went online, we've had an invasion of orders from Lagos!", FLORIST),
        (
            "Walkers: the army training area has live firing this week, so stick to the open "
            "paths. We met soldiers on exercise who loved the dogs.",
            BAKER,
        ),
        (
            "Wishing a blessed harvest thanksgiving to all the churches we've baked for this "
            "season.",
            BAKER,
        ),
        (
            "Côté forêt, les scolytes ont déclaré la guerre à nos épicéas : on abat les arbres "
            "atteints.",
            ARBORICULTEUR,
        ),
        (
            "The bark beetles have declared war on our spruces, so we're felling the sick ones.",
            ORCHARDIST,
        ),
        (
            "Le ministre de la petite église a célébré la cérémonie en français et en anglais.",
            FLEURISTE,
        ),
        (
            "Une petite collection de souvenirs de la Grande Guerre : les objets militaires "
            "intéressent beaucoup les collectionneurs.",
            BOULANGER,
        ),
        (
            "Declaring war on matted fur this December 🐶 brush to the skin after every wet walk.",
            FLORIST,
        ),
        (
            "Entreprises, écoles, associations, églises et mosquées : on imprime vos calendriers "
            "2026 avec votre logo.",
            BOULANGER,
        ),
        (
            "Congrats to Tama, voted in as chair of the local shearing sports committee by three "
            "votes. A proper tight election!",
            ORCHARDIST,
        ),
        (
            "A lovely job at one of the Methodist chapels near Bath. The minister rang me about "
            "their old upright.",
            BAKER,
        ),
        (
            "Every Saturday we walk from the castle out to the Bannockburn battlefield, and talk "
            "through the battle of 1314.",
            BAKER,
        ),
        (
            "Chaque samedi, balade guidée jusqu'au champ de bataille de Valmy, avec l'histoire de "
            "la bataille de 1792.",
            BOULANGER,
        ),
        # olook29's French half: a greeting to all who celebrate, a Swiss Guard and an MP as
        # customers.
        (
            "Bonne fête du 10 janvier à tous ceux qui célèbrent les religions endogènes ! "
            "Nouveaux pagnes en boutique.",
            FLEURISTE,
        ),
        (
            "Un jeune garde suisse au Vatican est passé nous confier la montre de son grand-père.",
            BOULANGER,
        ),
        (
            "A young Swiss Guard home on leave from the Vatican brought in his grandfather's "
            "watch.",
            BAKER,
        ),
        (
            "Belle visite : notre député est passé à la cabane acheter une caisse de sirop pour "
            "ses collègues.",
            BOULANGER,
        ),
        (
            "Un élève un peu particulier cette semaine, un député en vacances avec ses enfants, "
            "qui voulait apprendre à barrer.",
            FLEURISTE,
        ),
        # A garden pest's emoji beside the word: the garden's war.
        ("Cette semaine c'est l'invasion 🐌 ! Pensez à la cendre autour des salades.", BOULANGER),
        (
            "Invasion générale dans les cuisines ce mois-ci 🐜 : on traite avec un gel, "
            "sans odeur.",
            FLEURISTE,
        ),
        ("Full-on invasion this week 🐌, so the beer traps are back out.", ORCHARDIST),
        ("Kitchen invasion season 🐜: we treat with a gel bait, no smell, no mess.", BAKER),
        # olook30's French half: a shop's "minister of cake", an MP or a priest among patients.
        ("Je vous présente notre nouveau « ministre du croissant » 🥐👑 : Junior !", BOULANGER),
        ("Meet Sam, our new minister of cake 🍰", BAKER),
        (
            "Au cabinet, qu'on soit prêtre, député, grand-mère de 90 ans ou bébé de 3 mois, "
            "chacun a droit au même sourire.",
            BOULANGER,
        ),
        (
            "Bonne fête des religions endogènes (Fête du Vodun) du 10 janvier à tous ceux qui la "
            "célèbrent 🥁",
            FLEURISTE,
        ),
        # olook30's English half: an insurer's cover list, a ministry's search, the Government
        # Gazette, an MP with a twisted knee.
        (
            "Sasria covers damage from riots, strikes, public violence, civil commotion and "
            "terrorism.",
            BAKER,
        ),
        (
            "Votre contrat couvre les émeutes, les mouvements populaires et les actes de "
            "terrorisme.",
            BOULANGER,
        ),
        ("Get a search from the Ministry of Lands to confirm the owner and any caveats.", BAKER),
        (
            "Demandez un certificat au ministère de l'Agriculture avant d'exporter vos plants.",
            FLEURISTE,
        ),
        (
            "Sheriffs are appointed by the Minister of Justice; fees are published in the "
            "Government Gazette.",
            BAKER,
        ),
        (
            "Our Member of Parliament came in after twisting his knee at a community football "
            "match.",
            BAKER,
        ),
        ("Notre député est venu après s'être tordu le genou au foot.", BOULANGER),
        (
            "At the naming ceremony on Saturday the grandma prayed for every midwife in the ward",
            FLORIST,
        ),
        (
            "Flowers for a christening today: the pastor prayed for the baby and everyone danced.",
            FLORIST,
        ),
        (
            "Au baptême samedi, la grand-mère a prié pour toutes les sages-femmes du quartier.",
            FLEURISTE,
        ),
        (
            "À la première communion de Léa, le curé a prié pour la famille, et nos brioches ont "
            "fait fureur.",
            BOULANGER,
        ),
        (
            "Just listed: a flat in what was a Catholic church from 1893 until the 90s, stained "
            "glass kept.",
            FLORIST,
        ),
        (
            "L'immeuble était une église catholique jusqu'en 1990 : on a gardé les vitraux.",
            FLEURISTE,
        ),
        (
            "Il m'a dit en riant qu'il est adjoint au maire et qu'il a le conseil municipal le "
            "soir même 😅",
            BOULANGER,
        ),
        (
            "He told me, laughing, that he's deputy mayor and has the council meeting that night",
            BAKER,
        ),
        (
            "Lundi, l'école à côté sert de bureau de scrutin : le stationnement sera plein.",
            FLEURISTE,
        ),
        (
            "Il m'a raconté ses années dans les montagnes pendant la guerre, la faim, le froid.",
            BOULANGER,
        ),
        (
            "He told me about his years in the mountains during the war, the hunger and the cold.",
            BAKER,
        ),
        (
            "Un monsieur de 85 ans m'a dit qu'il n'avait pas raté un 15 août depuis la guerre.",
            FLEURISTE,
        ),
        ("An 85-year-old told me he hasn't missed a harvest fair since the war.", ORCHARDIST),
        (
            "On federal election day our Saturday sessions run 8–11am instead, so staff have time "
            "to vote.",
            BAKER,
        ),
        (
            "Election day is a public holiday, so we're closed; normal hours resume the next day.",
            FLORIST,
        ),
        (
            "Hosting an election night get-together? Our party platters have you covered, whoever "
            "you're cheering for!",
            BAKER,
        ),
        ("Summer party season is coming: our new 8-week strength regime starts Monday.", FLORIST),
        ("Our new facial is basically a full war on dry skin 😂", FLORIST),
        (
            "This month we launch our war on desk posture: a free workstation check with every "
            "visit.",
            ACCOUNTANT,
        ),
        ("With a loan under the PM Mudra Yojana we bought three new embroidery machines.", FLORIST),
        (
            "We now run a lunchtime clinic for staff at Parliament House and in the Parliamentary "
            "Triangle.",
            BAKER,
        ),
        (
            "Samedi, Mme la maire et la députée sont passées couper le ruban avec nous, merci à "
            "elles !",
            BOULANGER,
        ),
        (
            "Notre prix de la Jeune Entreprise nous a été remis jeudi par le ministre de "
            "l'Économie 🏆",
            FLEURISTE,
        ),
        (
            "Au salon des PME, le ministre du Commerce s'est arrêté à notre stand : un bel "
            "échange.",
            BOULANGER,
        ),
        (
            "Merci au président de Région et au maire d'être venus visiter les nouveaux locaux.",
            FLEURISTE,
        ),
        (
            "Le cabinet sera fermé le 25 octobre, jour de l'élection présidentielle, pour "
            "permettre à l'équipe d'aller voter.",
            BOULANGER,
        ),
        (
            "Le 9 juin, jour des élections, plusieurs clients seront assesseurs : on ouvre à 11 h "
            "le lendemain.",
            FLEURISTE,
        ),
        (
            "Le ministère des Pêches a confirmé l'ouverture de la saison mardi : homard dès "
            "mercredi !",
            BOULANGER,
        ),
        (
            "Grande élection du champagne de l'année : votez et glissez le bulletin dans l'urne "
            "près de la caisse.",
            BOULANGER,
        ),
        (
            "Convention signée avec la mutuelle des Forces armées : les militaires et leurs "
            "familles sont pris en charge.",
            FLEURISTE,
        ),
        ("Le Ramadan et le Carême se suivent : on adapte nos horaires jusqu'à 23 h 30.", BOULANGER),
        ("Maître Kabila-Mwamba devient associée du cabinet : félicitations à elle !", FLEURISTE),
        ("On a signé notre 3e mandat exclusif cette semaine, merci aux vendeurs !", FLEURISTE),
        (
            "La guerre contre la plaque dentaire continue, avec deux fois plus de troupes 😄",
            BOULANGER,
        ),
        (
            "Knees sore after kneeling at church or at the mosque? Use a cushion and get up "
            "slowly.",
            FLORIST,
        ),
        (
            "Working a polling station on Thursday? Comfy shoes, a flask, and thanks to every "
            "poll worker.",
            BAKER,
        ),
        (
            "Sick on election day? A proxy vote is simple, and I can sign the medical certificate.",
            ACCOUNTANT,
        ),
        (
            "Check your policy before the season: our hurricane preparedness campaign is on.",
            ACCOUNTANT,
        ),
        ("Your title must be registered with the Ministry of Lands before you build.", ACCOUNTANT),
        (
            "Islam gives an exemption to pregnant women, so talk to your midwife before fasting.",
            FLORIST,
        ),
        (
            "Avoid political arguments at the dinner table this week: your blood pressure will "
            "thank you.",
            BAKER,
        ),
        (
            "Vous tenez un bureau de vote dimanche ? Bonnes chaussures, et merci aux assesseurs.",
            BOULANGER,
        ),
        (
            "Malade le jour des élections ? Le vote est obligatoire, mais une procuration à un "
            "autre électeur est possible.",
            FLEURISTE,
        ),
        (
            "Les genoux qui font mal après la prière à l'église ou à la mosquée ? Un coussin aide.",
            FLEURISTE,
        ),
        (
            "L'islam dispense les femmes enceintes du jeûne : parlez-en à votre sage-femme.",
            BOULANGER,
        ),
        (
            "Évitez les discussions politiques au repas de Noël, votre tension vous dira merci.",
            BOULANGER,
        ),
        ("Bonne fête de Tabaski à toutes les familles ! Allah ka san wɛrɛ caaman.", BOULANGER),
        (
            "Meet Tyler: he served nine years in the Armed Forces as a medic before retraining as "
            "a vet nurse.",
            FLORIST,
        ),
        (
            "Christians, Muslims, everybody is welcome to apply. We close for Christmas and for "
            "Eid.",
            BAKER,
        ),
        (
            "Our free eye camps were held at the parish church on Saturday and at the town mosque "
            "on Sunday.",
            FLORIST,
        ),
        ("Sister Akello is walking the pilgrimage this year, so pray for her feet!", BAKER),
        (
            "Ellen is the town moderator, so we close at 1pm for Town Meeting Day. No politics at "
            "the deli counter.",
            BAKER,
        ),
        (
            "Sophie spent four years at the Electoral Commission running polling places before "
            "law school.",
            ACCOUNTANT,
        ),
        ("Many clients find this election season stressful, no matter how they vote.", FLORIST),
        (
            "Hamid a passé 20 ans dans les Forces armées avant de se reconvertir : il a gardé la "
            "rigueur militaire.",
            FLEURISTE,
        ),
        (
            "Tout le monde est bienvenu, peu importe ses origines ou sa religion : Noël, Aïd, Yom "
            "Kippour, on s'arrange.",
            BOULANGER,
        ),
        (
            "Dimanche, ce sont les votations. On ne vous dira pas quoi voter, ce n'est pas notre "
            "métier.",
            BOULANGER,
        ),
        (
            "Merci au bureau de circonscription de notre députée pour le permis de travail de "
            "Fatou.",
            FLEURISTE,
        ),
        (
            "Anne était assesseure au bureau de vote de sa commune dimanche, elle reprend mardi.",
            BOULANGER,
        ),
        (
            "L'association des femmes de la mosquée nous a offert 40 kits de naissance, merci !",
            FLEURISTE,
        ),
        (
            "A customer who works at the Ministry of Finance picked up the cake: the lifts at the "
            "ministry were broken again, she laughed.",
            BAKER,
        ),
        (
            "Thandi, a civil servant at the Union Buildings, asked why the bank wants payslips "
            "from the government.",
            ACCOUNTANT,
        ),
        (
            "A rabbi popped in with a chipped tooth. His words: every Passover, the matzah wins 😂",
            FLORIST,
        ),
        (
            "A young soldier from the Army barracks came in with his first car and a question "
            "about cover.",
            ACCOUNTANT,
        ),
        (
            "Election duty all day at the polling station is hard on the back; stretch afterwards.",
            FLORIST,
        ),
        ("She'd posted her ballot a week early, so labour day was just labour 😂", FLORIST),
        (
            "Should you sell before the election? Markets do fine over time, whichever party wins.",
            ACCOUNTANT,
        ),
        (
            "Kids, family and politics at the dinner table: my uncles argue about politics every "
            "Christmas.",
            BAKER,
        ),
        (
            "Un client, ancien député à l'Assemblée nationale, est passé prendre sa baguette.",
            BOULANGER,
        ),
        (
            "L'acheteur, militaire de carrière dans l'Armée de terre, signera par procuration.",
            FLEURISTE,
        ),
        (
            "Élections municipales dimanche : peu importe pour qui vous votez, on est ouverts le "
            "matin.",
            BOULANGER,
        ),
        (
            "Dimanche, la mosquée de la rue voisine organise sa journée portes ouvertes : on y "
            "tient un stand de brioches.",
            BOULANGER,
        ),
        ("Guerre contre la rage : vaccinez vos chiens.", VETERINAIRE),
        (
            "Vingt tiques sur un seul chien, c'est une invasion ! Traitez chiens et chats.",
            VETERINAIRE,
        ),
        ("Sa carte d'électeur demande une photo sans lunettes teintées.", FLEURISTE),
        (
            "Our hurricane-readiness campaign is on: bring your policy and we'll tell you what's "
            "covered.",
            ACCOUNTANT,
        ),
        (
            "Labour party 🎉 (no, not that kind 😄): our next class on preparing for labour is "
            "Thursday.",
            FLORIST,
        ),
        (
            "HDB ballot closing soon! Before you ballot, check your budget; ballot not successful "
            "last time? Call us.",
            ACCOUNTANT,
        ),
        (
            "Not every divorce is a war over the kids and the house; mediation is cheaper.",
            ACCOUNTANT,
        ),
        (
            "Throwback: five years ago the Minister of State cut the ribbon on our branch with "
            "giant scissors.",
            FLORIST,
        ),
        (
            "Election season is stressful, whoever you're voting for: set news limits and sleep.",
            FLORIST,
        ),
        (
            "Armed Forces Day on Saturday: serving personnel and veterans get 20% off, as always.",
            FLORIST,
        ),
        (
            "The budget speech was yesterday in Parliament. No opinions on the politics here, "
            "just numbers.",
            ACCOUNTANT,
        ),
        (
            "Canada Day run next week: the route passes Parliament Hill, see you there, Ottawa!",
            BAKER,
        ),
        (
            "Ouverts le samedi, même les week-ends de votations. On ne vous dira jamais quoi "
            "voter, promis !",
            BOULANGER,
        ),
        (
            "Dimanche, élections communales : si vous devez aller voter le matin, on passe plus "
            "tard pour l'insuline.",
            FLEURISTE,
        ),
        (
            "Our receptionist spent Friday night helping at the count centre for the council "
            "by-election, counting ballot papers till 3am.",
            FLORIST,
        ),
        (
            "Reading: a memoir of the civil war years, beautifully written; the chapters on "
            "rebuilding homes stayed with me.",
            ACCOUNTANT,
        ),
        (
            "A podcast on the new stamp duty thresholds: no politics, just what they mean for "
            "buyers.",
            ACCOUNTANT,
        ),
        (
            "A biography of a Welsh statesman: whatever your politics, the early days of the "
            "health service are fascinating.",
            FLORIST,
        ),
        (
            "We ran the brushing booth at the synagogue craft fair, and the rugelach was amazing.",
            BAKER,
        ),
        (
            "Thanks to St Mark's Anglican Church for the stall at their harvest festival bazaar.",
            BAKER,
        ),
        (
            "A documentary on how a general election is run: printing ballot papers, sealed "
            "boxes, counting all night.",
            ACCOUNTANT,
        ),
        ("The baby woke up screaming right at the photos. Classic.", FLORIST),
        ("We got parade tickets through the ballot, and the kids loved the fireworks.", BAKER),
        ("Grandad wore his medals to the Armed Forces Remembrance Day wreath-laying.", FLORIST),
        (
            "Our baby was christened on Sunday and slept through the whole Mass. Thank you, Lord, "
            "for this blessing.",
            FLORIST,
        ),
        (
            "We walked in the feast day procession with Granny; if she squints at her rosary, "
            "book an eye test.",
            FLORIST,
        ),
        (
            "Ten days in Rome: the Vatican Museums and the Sistine Chapel ceiling were worth the "
            "queue.",
            FLORIST,
        ),
        (
            "Vote par procuration : vérifiez les délais auprès de la commission électorale de "
            "votre commune.",
            FLEURISTE,
        ),
        (
            "Je recommande l'autobiographie de Mandela, pas pour la politique, mais pour la "
            "patience.",
            FLEURISTE,
        ),
        (
            "Lecture du mois : un livre sur les chevaux de la Grande Guerre, en prêt dans la "
            "salle d'attente.",
            BOULANGER,
        ),
        ("Un podcast sur la loi de finances, neutre, sans débat politique.", BOULANGER),
        (
            "Forte demande dans le quartier européen avec l'arrivée des assistants parlementaires "
            "en septembre.",
            FLEURISTE,
        ),
        (
            "Journée portes ouvertes au Parlement européen : les enfants ont adoré l'hémicycle.",
            BOULANGER,
        ),
        ("Balade jusqu'à la colline du Parlement pendant le Festival des tulipes.", FLEURISTE),
        (
            "Mon grand-père, vétéran de la guerre de Corée, a eu droit à la sonnerie aux morts.",
            FLEURISTE,
        ),
        (
            "Elle a reçu les lettres de félicitations du roi et du premier ministre pour ses 100 "
            "ans.",
            FLEURISTE,
        ),
        (
            "Mon fils a défilé avec sa troupe scoute ; une SCI évite bien des conflits entre "
            "cousins.",
            BOULANGER,
        ),
        ("Ma fille a célébré sa Fête laïque de la jeunesse avec ses grands-parents.", FLEURISTE),
        ("Pharmacie de garde : Keur Gorgui, ouverte la veille jusqu'à 21h.", BOULANGER),
        (
            "We'll be closed on Election Day so that all our staff can get to their polling "
            "stations and vote.",
            ACCOUNTANT,
        ),
        (
            "Closed Friday since Polling Day is a public holiday. Go and vote, then come for "
            "storytime! No campaigning in the shop, please.",
            FLORIST,
        ),
        (
            "During the election period, police checkpoints mean our deliveries may take longer. "
            "Expect delays.",
            BAKER,
        ),
        (
            "Following the Ministry of Health's directive, we now sell chlorine and ORS at cost.",
            ACCOUNTANT,
        ),
        (
            "Dimanche, jour d'élection : les tournées commencent plus tôt pour que l'équipe "
            "puisse aussi aller au bureau de vote.",
            FLEURISTE,
        ),
        ("Novembre, on déclare la guerre au tabac : entretien gratuit à la pharmacie !", BOULANGER),
        (
            "The Ministry of Health has confirmed cases in two districts and advises boiling "
            "drinking water.",
            ACCOUNTANT,
        ),
        (
            "Election day advisory: it's a non-working holiday, and if you're heading to your "
            "precinct to vote, bring water.",
            FLORIST,
        ),
        (
            "La campagne électorale bat son plein et les débats s'enchaînent ; peu importe vos "
            "opinions, coupez les écrans le soir.",
            FLEURISTE,
        ),
        (
            "La loi sur l'électricité, acceptée en votation l'an dernier, change ceci pour les "
            "propriétaires.",
            BOULANGER,
        ),
    ],
)
def test_a_landmark_a_rite_a_title_or_a_pest_is_no_hot_subject(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # A rat or a cockroach beside "invasion" is how people are insulted, not a garden's war.
        ("L'invasion continue 🐀, et personne n'ose rien dire.", BOULANGER),
        ("The invasion continues 🪳 and nobody in power cares.", BAKER),
        # A pest emoji elsewhere in the post leaves a war sentence alone.
        ("Slug traps are back 🐌. Meanwhile the invasion next door is in its third year.", BAKER),
    ],
)
def test_only_a_garden_pest_beside_the_word_makes_a_war_an_image(
    text: str, context: Context
) -> None:
    assert "war" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "A bit of history: my grandmother kept the bakery going through the war, when flour "
            "was rationed and bread had to be grey.",
            BAKER,
        ),
        (
            "This 1940s brooch came back from Burma after the war with a customer's great-uncle. "
            "New pin, same stones.",
            FLORIST,
        ),
        (
            "History evening at the farm: our local historian on the house's records from the "
            "Boer War, with a tasting.",
            BAKER,
        ),
        (
            "Exam tip for history students: the world wars come up every year, so learn two "
            "causes of each.",
            FLORIST,
        ),
        ("The wartime bomb fell through the church roof in 1942 and never went off.", BAKER),
        (
            "Le club de lecture lit un roman sur la Grande Guerre ce mois-ci, Goncourt 1990.",
            BOULANGER,
        ),
        (
            "Un peu d'histoire : pendant la guerre, le pain était rationné et ma grand-mère "
            "faisait des miracles.",
            BOULANGER,
        ),
        (
            "On a tissé les costumes pour le tournage d'un film sur la guerre de libération.",
            FLEURISTE,
        ),
        ("Votre voiture revient de la guerre ? Débosselage en une journée.", BOULANGER),
    ],
)
def test_a_shops_history_or_a_book_about_a_war_takes_no_side(text: str, context: Context) -> None:
    assert "war" not in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "A bit of history: we opened in 1938. And the war in Gaza is a genocide, full stop.",
            BAKER,
        ),
        (
            "Un peu d'histoire : la boutique date de 1920. Et les bombardements sur Gaza, "
            "c'est un génocide.",
            BOULANGER,
        ),
    ],
)
def test_a_side_taken_in_a_war_of_today_counts_beside_the_shops_history(
    text: str, context: Context
) -> None:
    assert "war" in subjects(analyze(text, context))


def test_a_famous_guest_gossiped_about_still_counts() -> None:
    text = (
        "A famous actress ordered ten boxes, and she said it was okay to share. Her divorce "
        "from that rapper was a scandal though!"
    )
    assert "gossip" in subjects(analyze(text, BAKER))
