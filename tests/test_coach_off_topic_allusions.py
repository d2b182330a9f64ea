"""Off-topic subjects raised without their obvious word: a verse cited by book, chapter and
verse, a slogan, a seat of power, conspiracy talk in its own vocabulary; and the look-alikes
that stay clean (a time, a phone number or a price after a first name, a sudden death in a
probate story, a chaplain who quotes scripture)."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, Report, analyze

BAKER = Context(language="en", profession="baker", topics=("sourdough", "pastry"))
SOLICITOR = Context(language="en", profession="solicitor", topics=("wills", "probate"))
CHAPLAIN = Context(language="en", profession="hospital chaplain", topics=("faith", "grief"))
BOULANGER = Context(language="fr", profession="boulanger", topics=("levain", "viennoiseries"))
NOTAIRE = Context(language="fr", profession="notaire", topics=("successions", "donations"))
AUMONIER = Context(language="fr", profession="aumônier", topics=("foi", "accompagnement"))


def subjects(report: Report) -> set[str]:
    return {f.rule.split(".")[1] for f in report.findings if f.category == "off_topic"}


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        ("New week, new loaves. Jeremiah 29:11 🙏", BAKER, "religion"),
        ("Closed Sunday. Remember Philippians 4:13, friends.", BAKER, "religion"),
        ("Proverbs 3:5-6 got me through the whole refit.", BAKER, "religion"),
        ("Surah 94:5 has carried me through this year.", BAKER, "religion"),
        ("Nouvelle semaine, nouveau levain. Jean 3.16 🙏", BOULANGER, "religion"),
        ("Jérémie 29,11 : ma devise pour la nouvelle boutique.", BOULANGER, "religion"),
        ("1 Corinthiens 13:4, à méditer avant d'ouvrir.", BOULANGER, "religion"),
        ("Sourate 2:286, pour ceux qui traversent une mauvaise passe.", BOULANGER, "religion"),
    ],
)
def test_a_verse_cited_by_book_chapter_and_verse_is_scripture(
    text: str, context: Context, subject: str
) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Delivery for Mark 10:30 am sharp, then the café order.", BAKER),
        ("Ring John 07 700 900 123 for the wedding cake.", BAKER),
        ("Matthew 3, Luke 2: the boys' scores at the bake-off.", BAKER),
        ("Appelez Marc au 06.12.34.56.78 pour les commandes.", BOULANGER),
        ("Luc 3,50 € la tarte, Pierre 4,20 € le pain de seigle : merci les garçons !", BOULANGER),
        ("Rendez-vous avec Jean 9.30 lundi pour la livraison.", BOULANGER),
    ],
)
def test_a_first_name_before_a_time_a_phone_or_a_price_is_no_verse(
    text: str, context: Context
) -> None:
    assert "religion" not in subjects(analyze(text, context))


def test_a_chaplain_may_cite_scripture() -> None:
    assert subjects(analyze("On the ward today we read Psalm 23:4 together.", CHAPLAIN)) == set()
    texte = "Ce matin, au chevet d'une patiente, nous avons lu Jean 14,27."
    assert subjects(analyze(texte, AUMONIER)) == set()


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        ("Pureblood and proud, no jab in this kitchen.", BAKER, "conspiracy"),
        ("So many young people dying suddenly lately. Makes you think.", BAKER, "conspiracy"),
        ("Agenda 2030 is why they want you eating crickets instead of bread.", BAKER, "conspiracy"),
        ("The moon landing was filmed in a studio, change my mind.", BAKER, "conspiracy"),
        ("They put it in the water to keep us docile, look it up.", BAKER, "conspiracy"),
        ("Soros money is behind every march in this town.", BAKER, "conspiracy"),
        ("Tant de morts subites chez les sportifs, comme par hasard.", BOULANGER, "conspiracy"),
        ("L'alunissage a été filmé en studio, évidemment.", BOULANGER, "conspiracy"),
        ("L'agenda 2030, c'est pour nous faire manger des grillons.", BOULANGER, "conspiracy"),
        ("Ivermectin sorted my whole family out, just saying.", BAKER, "controversy"),
        ("Stop the steal! Still not over it. Croissants at 8.", BAKER, "controversy"),
        ("Raoult avait raison, on le sait tous.", BOULANGER, "controversy"),
        ("Touche pas à ma retraite ! Bon week-end à tous.", BOULANGER, "controversy"),
        ("Axe the tax! Our ovens burn enough gas already.", BAKER, "politics"),
        ("Red wave or blue wave, our rolls are still two dollars.", BAKER, "politics"),
        ("Aso Rock doesn't care about bakers, clearly.", BAKER, "politics"),
        ("Beauvau nous a encore oubliés, les artisans.", BOULANGER, "politics"),
        ("Koulouba ne répond plus, et la farine flambe.", BOULANGER, "politics"),
    ],
)
def test_hot_subjects_in_their_own_vocabulary(text: str, context: Context, subject: str) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Her partner died suddenly at 58 and had never made a will.", SOLICITOR),
        ("He died suddenly last spring; the estate took a year to settle.", SOLICITOR),
        ("Son mari est mort subitement à 60 ans, sans testament.", NOTAIRE),
        ("Le décès soudain d'un parent laisse souvent une succession en désordre.", NOTAIRE),
    ],
)
def test_a_sudden_death_in_an_estate_story_is_no_conspiracy(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        ("Taylor and Travis splitting up? Heart cookies half price to cope.", BAKER, "gossip"),
        ("Davido and Chioma are back together, love wins ❤️ Cake orders open.", BAKER, "gossip"),
        ("Shakira back with Piqué? Spotted together in Miami, apparently.", BAKER, "gossip"),
        ("Diddy's trial is wild. Anyway, back to bread.", BAKER, "gossip"),
        (
            "Mbappé et le PSG, quel feuilleton ! Bref, les galettes sont prêtes.",
            BOULANGER,
            "gossip",
        ),
        ("Benzema fait encore parler de lui. Bon, à demain !", BOULANGER, "gossip"),
        ("Libtards crying again today. Rye loaves are in.", BAKER, "controversy"),
        ("Pronouns in bio, personality zero.", BAKER, "controversy"),
        ("Sleepy Joe strikes again, and the flour price with him.", BAKER, "controversy"),
        (
            "To the change the date crowd in our comments: we're having a barbie.",
            BAKER,
            "controversy",
        ),
        ("The climate zealots said no snow by now, yet here we are.", BAKER, "controversy"),
        ("Pour les ayatollahs du climat : oui, il a neigé en Valais.", BOULANGER, "controversy"),
        ("Les ayatollahs de l'écologie vont encore râler, tant pis.", BOULANGER, "controversy"),
        ("Baba Go Slow has done it again: diesel at 1,500 naira.", BAKER, "politics"),
        ("Le président des riches a encore frappé.", BOULANGER, "politics"),
        ("Boko Haram struck again near Maiduguri, pray for the north.", BAKER, "war"),
        ("The Houthis are hitting ships again, hence our flour delay.", BAKER, "war"),
        ("Tigray still suffers while the world looks away.", BAKER, "war"),
        ("Les djihadistes ont encore attaqué près de Mopti.", BOULANGER, "war"),
        ("Les séparatistes anglophones ont encore bloqué la route de Bamenda.", BOULANGER, "war"),
        ("Les gangs de Port-au-Prince contrôlent tout, même la farine.", BOULANGER, "war"),
    ],
)
def test_stars_nicknames_and_armed_groups_by_name(
    text: str, context: Context, subject: str
) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Honestly, she's the Beyoncé of buoyancy control: never touches the coral.", BAKER),
        ("He's the Taylor Swift of the bakery: every loaf sells out in minutes.", BAKER),
        ("Call him the Kim Kardashian of sourdough, he photographs every crumb.", BAKER),
        ("Notre apprentie, c'est la Beyoncé du brushing : trois coupes à l'heure.", BOULANGER),
        ("Julie, c'est carrément la Shakira des fourneaux : elle danse en pétrissant.", BOULANGER),
        ("On l'appelle le Kanye de la viennoiserie, il a un avis sur tout.", BOULANGER),
    ],
)
def test_a_star_as_a_yardstick_is_no_gossip(text: str, context: Context) -> None:
    assert "gossip" not in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Did you see Beyoncé and Jay-Z last night? Rumour says they're splitting.", BAKER),
        ("Taylor Swift and her new boyfriend again, the whole internet is obsessed.", BAKER),
        ("Vous avez vu Beyoncé et Jay-Z hier soir ? On dit qu'ils vont divorcer.", BOULANGER),
        ("Shakira et Piqué se sont séparés, et elle le chante dans tous ses tubes.", BOULANGER),
    ],
)
def test_the_same_stars_private_lives_are_still_gossip(text: str, context: Context) -> None:
    assert "gossip" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Travis from the mill dropped off forty sacks of rye this morning.", BAKER),
        ("Snowflake cookies are back for December, iced by hand.", BAKER),
        ("Roadworks on the M23 again, so deliveries run late this morning.", BAKER),
        ("Mbappé a marqué, quel match ! Les croissants du dimanche sont en vitrine.", BOULANGER),
        ("Notre apprentie Zari a réussi son CAP : bravo à elle !", BOULANGER),
    ],
)
def test_a_star_or_a_code_alone_in_everyday_news_is_no_gossip(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        ("Those in charge clearly never queue at a pharmacy.", BAKER, "politics"),
        ("The clowns running this country couldn't run a bath.", BAKER, "politics"),
        (
            "The power bill tripled and the geniuses running the country say bake less.",
            BAKER,
            "politics",
        ),
        ("Butter has doubled and those clowns in power say everything is fine.", BAKER, "politics"),
        (
            "Le beurre a doublé et ces clowns au pouvoir disent que tout va bien.",
            BOULANGER,
            "politics",
        ),
        (
            "La facture a triplé et les génies qui dirigent le pays disent de moins cuire.",
            BOULANGER,
            "politics",
        ),
        ("Our taxes pay for their private jets, and we pay for the generator.", BAKER, "politics"),
        ("They keep looting the treasury while we bake by candlelight.", BAKER, "politics"),
        ("Another cabinet scandal, what's new. Bagels at 7.", BAKER, "politics"),
        (
            "This country is going to the dogs, but the croissants are still good.",
            BAKER,
            "politics",
        ),
        (
            "Ceux qui nous gouvernent n'ont jamais fait la queue à la boulangerie.",
            BOULANGER,
            "politics",
        ),
        ("Nos impôts paient leurs jets privés, pendant qu'on pétrit à 4 h.", BOULANGER, "politics"),
        ("Les élus se gavent pendant qu'on galère.", BOULANGER, "politics"),
        ("Trente ans de pouvoir, ça suffit. Bon, la fournée est prête.", BOULANGER, "politics"),
        ("On sait pour qui voter dimanche 😉", BOULANGER, "politics"),
        ("Solidarity with the nurses on strike, they deserve every penny.", BAKER, "controversy"),
        ("Solidarity to the junior doctors, by the way. Pay them ✊", BAKER, "controversy"),
        ("Greedy junior doctors again. Scones are in the window.", BAKER, "controversy"),
        ("Bring back national service, I say.", BAKER, "controversy"),
        ("Soutien total aux grévistes, ils ont raison.", BOULANGER, "controversy"),
    ],
)
def test_grievances_at_those_in_charge_and_strikes_taken_as_a_side(
    text: str, context: Context, subject: str
) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Those in charge of the rota this week: Amy and Tom.", BAKER),
        ("The train strike is on Thursday, so we open at 9 instead of 7.", BAKER),
        ("Grève des transports jeudi : on ouvre à 9 h au lieu de 7 h.", BOULANGER),
        ("Le mardi, c'est Léa qui est en charge des commandes.", BOULANGER),
    ],
)
def test_people_in_charge_and_strike_notices_stay_clean(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()


TAX_ADVISER = Context(language="en", profession="accountant", topics=("Scottish income tax",))
FIDUCIAIRE = Context(language="fr", profession="fiduciaire", topics=("fiscalité", "immobilier"))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Thanks to the staff who gave up their day off to work it. Ye're stars.", BAKER),
        ("You guys are absolute stars, every single one of you.", BAKER),
        ("Vous avez été des stars ce week-end, merci l'équipe !", BOULANGER),
        ("Our second shop opens a two-minute walk from Parliament Hill.", BAKER),
        ("Quarante places en terrasse, avec vue sur l'Hôtel du Parlement.", BOULANGER),
        ("Taqabbal Allah minna wa minkoum, et à lundi !", BOULANGER),
        ("Allah y barek fik, merci pour la commande.", BOULANGER),
        ("Je prends les commandes jusqu'au 25 ramadan, après on ne dort plus.", BOULANGER),
        ("Les plateaux de l'Aïd sont prêts à emporter.", BOULANGER),
        ("Orders for Eid trays close on the 25th of Ramadan.", BAKER),
        ("Income tax on wages is set by Holyrood, not Westminster.", TAX_ADVISER),
        ("Le peuple a voté le 28 septembre : la réforme entrera en vigueur en 2028.", FIDUCIAIRE),
    ],
)
def test_stars_landmarks_festival_dates_and_a_tax_advisers_news_stay_clean(
    text: str, context: Context
) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        ("Fourteen years of 'fixing' things from SW1, and now Two-Tier Keir.", BAKER, "politics"),
        (
            "Must be nice to have dollars stuffed in your sofa while we bake by candlelight.",
            BAKER,
            "politics",
        ),
        ("The ones sitting up in Abuja will never queue for bread.", BAKER, "politics"),
        ("Some people in Pindi decided our internet can wait.", BAKER, "politics"),
        ("Achhe din, they said. Flour is ₹60 a kilo.", BAKER, "politics"),
        ("Green and white cupcakes for the Obidient family 💚", BAKER, "politics"),
        ("We still remember what happened on J6. Pies at noon.", BAKER, "politics"),
        (
            "The yes sticker stays on the till, and next time we'll get it over the line.",
            BAKER,
            "politics",
        ),
        ("Cookies for your party, whichever side of the aisle you sit on 😉", BAKER, "politics"),
        ("Don't wait for the ones in charge to fix the power. Get a generator.", BAKER, "politics"),
        ("Holding patients to ransom for a pay rise is a disgrace.", BAKER, "controversy"),
        ("Everyone has an opinion on a certain Duke and his wife these days.", BAKER, "gossip"),
        ("Own nothing by 2030? Not in my kitchen.", BAKER, "conspiracy"),
        (
            "Scinder le pays en deux ? Nos frites, au moins, resteront belges.",
            BOULANGER,
            "politics",
        ),
        ("Merci au 16 pour la énième réforme annoncée un vendredi soir 🙃", BOULANGER, "politics"),
        ("Merci Justin pour les soirées de calcul. 🙄", BOULANGER, "politics"),
        (
            "Eux, ils se soignent à Paris ; nous, on attend le camion de farine.",
            BOULANGER,
            "politics",
        ),
        ("Respect au Capitaine, la patrie ou la mort !", BOULANGER, "politics"),
        ("Le TGV nous avait promis la lumière. On attend toujours.", BOULANGER, "politics"),
        ("Vive la nouvelle Algérie, comme on dit 🙃", BOULANGER, "politics"),
        (
            "Ceux à Ottawa qui trouvent ça compliqué peuvent venir pétrir avec nous.",
            BOULANGER,
            "politics",
        ),
        (
            "Des cheminots qui prennent en otage des millions de gens, encore.",
            BOULANGER,
            "controversy",
        ),
        (
            "Pendant des années, le chemin Roxham laissait passer n'importe qui.",
            BOULANGER,
            "controversy",
        ),
    ],
)
def test_power_by_its_address_slogans_and_nicknames(
    text: str, context: Context, subject: str
) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Someone in Ottawa ordered forty croissants for a retirement party!", BAKER),
        ("Those in charge of the ovens this weekend: Priya and Sam.", BAKER),
        ("Merci à la transition énergétique : le nouveau four consomme moitié moins.", BOULANGER),
        ("Ceux de Dakar qui ont commandé : vos paniers partent demain.", BOULANGER),
        ("Le projet avance : la nouvelle boutique ouvre en mars.", BOULANGER),
    ],
)
def test_an_address_a_transition_or_a_coincidence_said_plainly_is_no_jab(
    text: str, context: Context
) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Remigration now, and sourdough on Saturdays.", BAKER),
        ("Feminazis are at it again, apparently.", BAKER),
        ("Net zero is a scam, and so is decaf.", BAKER),
        ("Blue lives matter. Doughnuts half price for officers.", BAKER),
        ("Colonialism did some good, let's be honest.", BAKER),
        ("L'ensauvagement de nos quartiers, personne n'en parle.", BOULANGER),
        ("La préférence nationale pour les logements, enfin !", BOULANGER),
        ("La submersion migratoire est une réalité, ouvrez les yeux.", BOULANGER),
        ("Soutien total au peuple palestinien, et bonne journée à tous.", BOULANGER),
        ("La colonisation a eu des bons côtés, quand même.", BOULANGER),
        ("La Françafrique n'est pas morte, croyez-moi.", BOULANGER),
    ],
)
def test_culture_war_and_immigration_in_their_own_vocabulary(text: str, context: Context) -> None:
    assert "controversy" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Our net zero oven: the new electric deck runs on the roof panels.", BAKER),
        ("La préférence des clients va au pain de seigle, cette année.", BOULANGER),
    ],
)
def test_the_same_words_in_a_practical_post_stay_clean(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("God has a plan for your life, friends. Trust Him.", BAKER),
        ("The devil is a liar: we reopened anyway!", BAKER),
        ("Come back to church this Sunday, you won't regret it.", BAKER),
        ("Only God can heal this nation. Loaves at 7.", BAKER),
        ("Dieu a un plan pour vous, faites-lui confiance.", BOULANGER),
        ("Le diable est un menteur : on a rouvert quand même !", BOULANGER),
        ("Revenez à l'église dimanche, vous ne le regretterez pas.", BOULANGER),
        ("Seul Dieu peut relever ce pays. Bonne journée !", BOULANGER),
    ],
)
def test_preaching_in_its_own_words(text: str, context: Context) -> None:
    assert "religion" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        ("Russia is the aggressor, full stop. Open as usual.", BAKER, "war"),
        ("Sudan is burning and the world is silent.", BAKER, "war"),
        ("Remember Bakhmut? Nobody here does.", BAKER, "war"),
        ("La Russie est l'agresseur, point final.", BOULANGER, "war"),
        ("Le Soudan brûle et le monde se tait.", BOULANGER, "war"),
        ("Kate's photo was clearly edited, so what are they hiding?", BAKER, "gossip"),
        ("Charles should abdicate for William, honestly.", BAKER, "gossip"),
        ("Team Rooney's wife or team Vardy's wife? 😂", BAKER, "gossip"),
        ("La photo de Kate, retouchée évidemment. Qu'est-ce qu'ils cachent ?", BOULANGER, "gossip"),
    ],
)
def test_wars_and_royals_by_allusion(text: str, context: Context, subject: str) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Fuel up again. Thanks for nothing, government.", BAKER),
        ("Well done to the council geniuses, the road is shut again.", BAKER),
        ("Merci pour rien, le gouvernement.", BOULANGER),
        ("Bravo les génies de la mairie, la rue est encore fermée.", BOULANGER),
    ],
)
def test_sarcastic_thanks_to_those_in_power(text: str, context: Context) -> None:
    assert "politics" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Thanks to the council for the new bins outside the shop!", BAKER),
        ("Merci à la mairie pour les nouveaux bancs devant la boutique !", BOULANGER),
    ],
)
def test_plain_thanks_to_the_council_stay_clean(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The jab changed your DNA, that's a fact.", BAKER),
        ("Fluoride is a neurotoxin and they put it in the water on purpose.", BAKER),
        ("Digital ID is the first step to total control.", BAKER),
        ("Smart meters are spying on you, unplug them.", BAKER),
        ("The pandemic treaty will take away what's left of our freedom.", BAKER),
        ("Le vaccin a modifié votre ADN, c'est un fait.", BOULANGER),
        ("L'identité numérique, c'est le début du contrôle total.", BOULANGER),
        ("Les compteurs Linky nous espionnent, débranchez-les.", BOULANGER),
        ("Les médias aux ordres vous mentent depuis le début.", BOULANGER),
        ("Réveillez-vous, tout est lié.", BOULANGER),
    ],
)
def test_conspiracy_claims_about_dna_water_meters_and_treaties(text: str, context: Context) -> None:
    assert "conspiracy" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Our smart meter finally works: the oven's night tariff saves us £40 a month.", BAKER),
        (
            "Le fluor du dentifrice protège l'émail : un petit pois suffit pour les enfants.",
            BOULANGER,
        ),
    ],
)
def test_meters_and_fluoride_in_practical_posts_stay_clean(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Thanks to you-know-who, fuel is up again 🙄", BAKER),
        ("He who must not be named raised taxes again.", BAKER),
        ("The old man at the palace is on holiday again, while we queue for fuel.", BAKER),
        ("A certain someone in power should try queuing here.", BAKER),
        ("Forty years of the same party and the road is still mud.", BAKER),
        ("Celui qu'on ne nomme pas a encore augmenté les taxes.", BOULANGER),
        ("Notre cher guide a parlé, et la farine a encore pris 10 %.", BOULANGER),
        ("L'homme fort du pays nous avait promis des routes.", BOULANGER),
        ("Quarante ans du même régime, et toujours pas d'eau au robinet.", BOULANGER),
    ],
)
def test_the_leader_everyone_knows_without_his_name(text: str, context: Context) -> None:
    assert "politics" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Our head baker is the big man in the kitchen, and a gentle one.", BAKER),
        ("Quarante ans du même four à bois, et le pain est toujours aussi bon.", BOULANGER),
    ],
)
def test_a_big_man_and_forty_years_of_an_oven_stay_clean(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Polling day Thursday: we open at 7, and the school next door is the polling station.",
            BAKER,
        ),
        ("Votez pour nous au concours de la meilleure boulangerie du quartier !", BOULANGER),
    ],
)
def test_a_polling_station_next_door_and_a_vote_for_a_prize_stay_clean(
    text: str, context: Context
) -> None:
    assert subjects(analyze(text, context)) == set()


def test_a_call_to_vote_beside_the_polling_station_is_still_politics() -> None:
    text = "Vote them out on Thursday: the school next door is the polling station."
    assert "politics" in subjects(analyze(text, BAKER))
    assert "politics" in subjects(analyze("Votez pour moi dimanche aux municipales !", BOULANGER))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("My cat is the dictator of my calendar.", BAKER),
        ("Biblical rain today, stay dry and come in for a coffee.", BAKER),
        ("Tax season is a war zone in our office.", BAKER),
        ("The election of our employee of the month: congrats Sam!", BAKER),
        ("Coup d'État en cuisine : le nouveau four prend le pouvoir.", BOULANGER),
        ("Mon chat est le dictateur de mon agenda.", BOULANGER),
        ("L'élection de l'employé du mois : bravo Sam !", BOULANGER),
        ("Ministre de la bonne humeur : c'est notre Julie.", BOULANGER),
    ],
)
def test_figures_of_speech_from_politics_war_and_religion_stay_clean(
    text: str, context: Context
) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        ("Gaza is a war zone and nobody cares.", BAKER, "war"),
        ("The dictator of North Korea is at it again.", BAKER, "politics"),
        ("Encore un coup d'État au Niger.", BOULANGER, "politics"),
    ],
)
def test_the_real_thing_beside_those_figures_is_still_flagged(
    text: str, context: Context, subject: str
) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The Pope's visit closes the roads on Sunday, so deliveries move to Monday.", BAKER),
        ("Monarchy of one: our cat rules this shop.", BAKER),
        ("Notre client, un ancien député, a enfin vendu son appartement.", BOULANGER),
    ],
)
def test_a_papal_visit_a_cats_monarchy_and_a_former_mp_as_client_stay_clean(
    text: str, context: Context
) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("A special mention to the crowd up at Stormont, paid for two years of nothing.", BAKER),
        ("The clowns in DC could learn a thing or two about a budget from my till.", BAKER),
        ("Greetings to our friends in Aso Rock, hope the diesel is cheaper up there.", BAKER),
        ("Those geniuses at Capitol Hill have never baked a thing in their lives.", BAKER),
        ("The fat cats in Westminster won't notice the price of butter.", BAKER),
        # …with the author's own topic in the sentence: a jeer is never the field's news.
        ("The suits in Canberra have never tasted proper sourdough.", BAKER),
        ("Merci aux génies de Bercy pour la nouvelle taxe sur le beurre.", BOULANGER),
        ("Ceux de là-haut à Koulouba ne connaissent pas le prix du levain.", BOULANGER),
        ("Nos amis d'Etoudi ont sûrement du courant, eux.", BOULANGER),
        ("Ceux d'en haut s'en fichent bien, de nos taxes qui montent.", BOULANGER),
        ("Les guignols de Matignon n'ont jamais pétri une pâte.", BOULANGER),
    ],
)
def test_those_in_power_jeered_at_by_their_seat(text: str, context: Context) -> None:
    assert "politics" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("I'm sick of watching Canberra approve new coal mines while homes flood.", BAKER),
        ("Ottawa keeps printing money and my flour bill keeps climbing.", BAKER),
        ("Number 10 could try running a bakery on these margins.", BAKER),
        ("Bruxelles a encore décidé pour nous, cette fois sur les emballages.", BOULANGER),
        ("Matignon a promis, comme d'habitude.", BOULANGER),
    ],
)
def test_the_seat_of_government_governing_is_politics(text: str, context: Context) -> None:
    assert "politics" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The crowd in Ottawa loved the parade, and we sold out of buns by noon.", BAKER),
        ("Our friends in Ottawa ordered sixty croissants for their wedding.", BAKER),
        ("We now deliver to Canberra and Queanbeyan every Friday.", BAKER),
        ("Victoria decided to stay on for another year. Lucky us!", BAKER),
        ("Les gens du Plateau Mont-Royal adorent notre pain au levain.", BOULANGER),
        ("Nos amis de Bruxelles sont passés goûter la nouvelle tarte.", BOULANGER),
        ("On livre à Berne et à Fribourg dès le mois prochain.", BOULANGER),
    ],
)
def test_customers_deliveries_and_friends_in_those_cities_stay_clean(
    text: str, context: Context
) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        ("Our books are cleaner than anything in the 1MDB files.", BAKER, "politics"),
        (
            "Heating the bakery costs a fortune; wish I'd had some of that Cash for Ash money.",
            BAKER,
            "politics",
        ),
        ("Our new fire pool is finished, and no, it's not at Nkandla 😂", BAKER, "politics"),
        ("Invoices always correct here, unlike Robodebt.", BAKER, "politics"),
        ("New van on the road, tiocfaidh ár lá lads 🇮🇪", BAKER, "politics"),
        ("Back the #FixTheCountry lads, and grab a meat pie on your way.", BAKER, "politics"),
        ("Our cakes rise faster than the Fishrot money disappeared.", BAKER, "politics"),
        ("Kindly note: we sell real gold rings, not Tallano gold.", BAKER, "politics"),
        ("Our scones are staying put, no Megxit in this tearoom 👑", BAKER, "gossip"),
        ("Mi nah tek no vaccine, dat a the mark of the beast.", BAKER, "religion"),
        ("Chez nous pas de LuxLeaks : nos tarifs sont affichés en vitrine.", BOULANGER, "politics"),
        (
            "Depuis l'époque Tèt Kale, le prix de la farine n'a jamais redescendu.",
            BOULANGER,
            "politics",
        ),
        ("La pwofitasyon continue : trois euros le yaourt à Jarry.", BOULANGER, "politics"),
        ("Faure Must Go, et le pain reste à 250 francs chez nous.", BOULANGER, "politics"),
        ("Nos croissants montent plus vite que la issaba ne vole.", BOULANGER, "politics"),
        (
            "Le fluor dans le dentifrice, faites vos recherches avant de me contredire.",
            BOULANGER,
            "conspiracy",
        ),
        ("Les anti-balaka ont encore bloqué la route de Boali.", BOULANGER, "war"),
    ],
)
def test_scandals_nicknames_and_slogans_only_politics_names(
    text: str, context: Context, subject: str
) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("My toddler is a tiny dictator, so Saturday hours are 9 to 1 this week.", BAKER),
        ("We're the blue building across from the polling station, park round the back.", BAKER),
        ("Roads around Whitehall are shut for Trooping the Colour, so deliveries run late.", BAKER),
        ("Catch our food stall at the Lake of Stars festival this weekend 🌟", BAKER),
        ("Ma fille est un petit dictateur : c'est elle qui a choisi la vitrine 😄", BOULANGER),
        ("Coup d'État dans la vitrine : le flan a détrôné l'éclair au chocolat 😄", BOULANGER),
        ("Fiers d'avoir coiffé Miss Réunion pour son élection ce samedi !", BOULANGER),
        ("Complot confirmé : l'équipe a organisé une fête surprise pour le patron 🎉", BOULANGER),
        ("Le salon Élysée Coiffure vous accueille désormais aussi le lundi.", BOULANGER),
        (
            "Le garage est juste en face du bureau de vote de l'école, impossible de se tromper.",
            BOULANGER,
        ),
        ("Ce gâteau au chocolat, c'est un coup d'État contre votre régime 😂", BOULANGER),
    ],
)
def test_little_dictators_pageants_parades_and_shop_names_stay_clean(
    text: str, context: Context
) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        (
            "P.S. Did anyone else think the King looked dreadful at Trooping the Colour?",
            BAKER,
            "gossip",
        ),
        ("Vous avez vu ? La reine avait une mine affreuse hier soir.", BOULANGER, "gossip"),
        ("L'Hexagone décide et La Réunion paie, même pour la farine.", BOULANGER, "politics"),
        ("Bercy s'en fout, de nos fours qui chauffent au prix fort.", BOULANGER, "politics"),
    ],
)
def test_how_the_royals_looked_and_the_mainland_deciding(
    text: str, context: Context, subject: str
) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Our staff golf outing had six people, not Golfgate numbers.", BAKER),
        ("Remember #Partygate? We stayed open all through lockdown.", BAKER),
        ("No Party-gate here, just cake for the team.", BAKER),
        ("Our books are tidier than anything in Cashgate.", BAKER),
        ("Laissons les valises de billets au Qatargate.", BOULANGER),
        ("Le Pénélopegate, on s'en souvient tous au fournil.", BOULANGER),
    ],
)
def test_a_name_coined_with_gate_is_a_scandal(text: str, context: Context) -> None:
    assert "controversy" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("We deliver to Southgate, Harrogate, Ramsgate and Kirkgate on Fridays.", BAKER),
        ("Our new shop on Allhallowgate opens on Monday.", BAKER),
        ("The tailgate on the van is broken, so we'll investigate on Monday.", BAKER),
        ("Floodgate open: the new menu is out! Colgate smiles all round.", BAKER),
        ("On livre jusqu'à Margate et Ramsgate cet été.", BOULANGER),
    ],
)
def test_places_and_words_ending_in_gate_stay_clean(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("A big thank you to Cyril and his comrades for all the candlelit dinners.", BAKER),
        ("Funny how he and his cronies never queue for fuel.", BAKER),
        ("Merci au Vieux et à ses sbires pour les coupures de courant.", BOULANGER),
        ("Lui et sa clique ne paient jamais le pain.", BOULANGER),
    ],
)
def test_a_leader_and_his_crew(text: str, context: Context) -> None:
    assert "politics" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Grandad and his mates loved the pies; the chef and his team did it again.", BAKER),
        ("Le chef pâtissier et ses apprentis ont tout préparé.", BOULANGER),
        ("Le roi et sa cour ont adoré la galette des rois.", BOULANGER),
    ],
)
def test_a_chef_and_his_team_stay_clean(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("ULEZ means the old van is off the road, cheers Sadiq 🙄", BAKER),
        ("Thanks Rishi, the fuel duty was a treat. Just saying.", BAKER),
        ("Le gazole à 2 euros, merci Manu 🙄", BOULANGER),
        ("P.S. Merci Macky pour les coupures, vraiment.", BOULANGER),
    ],
)
def test_a_leaders_first_name_in_an_aside_is_a_jab(text: str, context: Context) -> None:
    assert "politics" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Thanks Cyril for the lovely review, see you Saturday!", BAKER),
        ("Happy birthday Cyril, and thanks for the party order, Uhuru!", BAKER),
        ("Merci Manu pour la belle commande !", BOULANGER),
    ],
)
def test_a_client_who_shares_a_leaders_first_name_stays_clean(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Huge thanks to those in charge for the third price hike on flour this year.", BAKER),
        ("The people at the top say the economy is booming; tell that to my order book.", BAKER),
        ("They promised us steady light, and here I am frosting cupcakes by torchlight.", BAKER),
        ("Where did the budget go? Not to the drains outside my shop.", BAKER),
        ("Stuck an hour so some important convoy could race past with its sirens.", BAKER),
        ("I lost the school job to a bid triple mine from somebody's nephew.", BAKER),
        ("Our honourables just got new cars again while the ambulance sits broken.", BAKER),
        ("Ceux d'en haut s'en fichent bien, de nos taxes qui montent.", BOULANGER),
        ("Nos chers dirigeants nous parlent de croissance, venez faire mes courses.", BOULANGER),
        ("Ils avaient juré la fin des coupures avant le dernier vote.", BOULANGER),
        ("L'argent des routes s'est encore évaporé, et mon scooter est dans un trou.", BOULANGER),
        ("Les gros bonnets ont l'électricité jour et nuit dans leurs villas.", BOULANGER),
    ],
)
def test_those_who_govern_unnamed_beside_what_people_hold_against_them(
    text: str, context: Context
) -> None:
    assert "politics" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Those in charge of the kitchen this weekend: Jess and Tom. The budget is sorted.", BAKER),
        ("They promised the road would reopen by Friday and it did, hooray.", BAKER),
        ("The supplier promised the new oven by Monday; they promised the same last week.", BAKER),
        ("Those who rule our kitchen at the weekend are the pastry team.", BAKER),
        (
            "Ceux d'en haut (nos voisins du premier) ont fait des travaux toute la semaine.",
            BOULANGER,
        ),
        (
            "Un coucou à ceux d'en haut, les habitants des collines, qui viennent à pied !",
            BOULANGER,
        ),
        ("Avec les dirigeants de PME, on construit une feuille de route claire.", BOULANGER),
        ("Grande élection de la meilleure galette du quartier : votez en boutique !", BOULANGER),
    ],
)
def test_kitchens_neighbours_upstairs_and_suppliers_promises_stay_clean(
    text: str, context: Context
) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        ("Our cakes last longer than Kimye did 💅", BAKER, "gossip"),
        ("More drama in our group chat than Wagatha Christie.", BAKER, "gossip"),
        ("Sow a seed faith offering and your breakthrough will come!", BAKER, "religion"),
        ("No miracle wheat here, just honest flour, Pastor Ng'ang'a.", BAKER, "religion"),
        ("Closed Monday for the IPOB sit-at-home, sorry everyone.", BAKER, "war"),
        ("Up the Ra, and up the soda bread 🇮🇪", BAKER, "war"),
        ("Do your homework on QAnon before you laugh at me.", BAKER, "conspiracy"),
        ("Epstein didn't kill himself, and my croissants aren't frozen.", BAKER, "conspiracy"),
        (
            "Proud to have joined the Aurat March this morning; shop opens at noon.",
            BAKER,
            "controversy",
        ),
        ("The tukde tukde gang can buy their cakes elsewhere.", BAKER, "controversy"),
    ],
)
def test_stars_feuds_preachers_armed_groups_and_fights_by_name(
    text: str, context: Context, subject: str
) -> None:
    assert subject in subjects(analyze(text, context))


def test_a_pastor_named_as_a_client_stays_clean() -> None:
    text = "Thanks Pastor Chris for the big order for Sunday's lunch!"
    assert subjects(analyze(text, BAKER)) == set()


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        ("Plus de rebondissements au fournil que dans Sidiki et Mamacita !", BOULANGER, "gossip"),
        ("On livre en scooter, mais pas façon Hollande en scooter 😄", BOULANGER, "gossip"),
        ("Partage si tu crois en Dieu, et passe prendre ta baguette.", BOULANGER, "religion"),
        ("Soutien total aux Amba boys, la boutique reste fermée lundi.", BOULANGER, "war"),
        ("Du fleuve à la mer, et nos pâtisseries orientales en vitrine.", BOULANGER, "war"),
        ("Les forces occultes ne feront pas lever ma pâte plus vite.", BOULANGER, "conspiracy"),
        ("Justice pour Adama : on ferme à midi pour la marche.", BOULANGER, "controversy"),
        ("Ici on dit Bonjour-Hi et on sert tout le monde.", BOULANGER, "controversy"),
    ],
)
def test_french_feuds_sects_armed_groups_and_fights_by_name(
    text: str, context: Context, subject: str
) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("We rolled out the red carpet for the school prom: 200 canapés and a fountain.", BAKER),
        ("My client wore this gown on the red carpet at the Durban film festival!", BAKER),
        ("VIP night on Friday: a tasting menu for our regulars, booking only.", BAKER),
        ("Our leaders at the Rotary club found us a new oven for the soup kitchen.", BAKER),
        ("Thanks to our team leaders, the night shift finally has a proper kettle.", BAKER),
        ("On vous déroule le tapis rouge samedi pour les portes ouvertes du fournil !", BOULANGER),
        (
            "Cette robe a brillé sur le tapis rouge du FESPACO, je suis si fière de ma cliente.",
            BOULANGER,
        ),
        ("Soirée VIP vendredi : menu dégustation pour nos clients fidèles.", BOULANGER),
        ("Carte VIP : un café offert tous les dix passages.", BOULANGER),
        ("Nos chefs d'équipe du club de foot nous ont trouvé un four pour la kermesse.", BOULANGER),
    ],
)
def test_a_red_carpet_a_vip_night_and_club_leaders_stay_clean(text: str, context: Context) -> None:
    report = analyze(text, context)
    assert subjects(report) == set()
    assert not [f for f in report.findings if f.category == "jargon" and f.text == "VIP"]


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        (
            "Did you see the red carpet last night? Apparently she and her ex are back together.",
            BAKER,
            "gossip",
        ),
        ("Our glorious leaders promised cheaper flour. Still waiting.", BAKER, "politics"),
        ("Our leaders promised us cheaper bread 🙄", BAKER, "politics"),
        (
            "La star a fait sensation sur le tapis rouge de Cannes avec son chignon.",
            BOULANGER,
            "gossip",
        ),
        (
            "Soirée VIP chez le footballeur et sa nouvelle compagne, tout Abidjan en parle.",
            BOULANGER,
            "gossip",
        ),
    ],
)
def test_the_red_carpet_and_leaders_beside_another_hint_are_still_flagged(
    text: str, context: Context, subject: str
) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        (
            "Van's not ULEZ compliant, so every job costs me £12.50 more. Cheers, Sadiq.",
            BAKER,
            "politics",
        ),
        ("Mrs P still pays the bedroom tax on a box room. Disgrace.", BAKER, "politics"),
        ("Glad the Named Person scheme got binned, my kids have two parents.", BAKER, "politics"),
        (
            "Same guy robbed the till twice this week. Bail reform working as designed.",
            BAKER,
            "politics",
        ),
        (
            "Demonetisation nearly closed my mithai shop. Masterstroke, they said.",
            BAKER,
            "politics",
        ),
        ("The E-levy takes a cut of every MoMo payment 🙄", BAKER, "politics"),
        ("Le seuil de TVA à 25 000 €, c'est la mort des petits artisans.", BOULANGER, "politics"),
        (
            "Trois formulaires de plus chaque dimanche avec la loi Travail. Honteux.",
            BOULANGER,
            "politics",
        ),
        (
            "Tout mon soutien au SCFP : concierges et chauffeurs, tenez bon.",
            BOULANGER,
            "politics",
        ),
        ("Notre bœuf vient d'une ferme à 12 km. Le Mercosur, non merci.", BOULANGER, "politics"),
        (
            "Cinq bases étrangères et toujours pas d'eau le soir. Cherchez l'erreur.",
            BOULANGER,
            "politics",
        ),
    ],
)
def test_a_disputed_law_tax_or_strike_with_a_side_taken(
    text: str, context: Context, subject: str
) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        ("Our coffee cups are compostable, and so is our patience. #StopAdani", BAKER, "politics"),
        ("Three Years Jotna. He promised three, we remember.", BAKER, "politics"),
        ("Le Balai citoyen nous a appris qu'on pouvait dire non.", BOULANGER, "politics"),
        ("Tournons la page, oui, mais pas pour un chapitre en treillis.", BOULANGER, "politics"),
    ],
)
def test_movements_by_their_names_and_hashtags(text: str, context: Context, subject: str) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("We're closed Thursday for the RMT walkout. Thanks for your patience!", BAKER),
        ("Our vans are ULEZ compliant, so London deliveries carry on as normal.", BAKER),
        ("Proud to say all three of our vans are ULEZ compliant now.", BAKER),
        (
            "Congestion pricing starts Sunday, so deliveries below 60th Street cost $9 more. "
            "Thanks for sticking with us!",
            BAKER,
        ),
        (
            "Great news: with the carbon tax gone from April 1, our fuel surcharge drops to $15.",
            BAKER,
        ),
        (
            "Because of tomorrow's hartal we'll open at 4pm. Thanks to everyone for understanding!",
            BAKER,
        ),
        (
            "Avec la grève du Front commun, la garderie reste ouverte. Bravo à notre équipe !",
            BOULANGER,
        ),
        (
            "Fermeture samedi : le cortège de l'OGBL passe devant la boutique. Merci de votre "
            "compréhension.",
            BOULANGER,
        ),
        ("Nos prix sont en franc CFA, et on accepte Wave. Merci à tous !", BOULANGER),
        ("Tant mieux pour nos clients : l'écotaxe est déjà incluse dans nos prix.", BOULANGER),
        (
            "Depuis la ZFE, les Crit'Air 3 ne rentrent plus en semaine : le parking relais est "
            "gratuit avec votre ticket.",
            BOULANGER,
        ),
        (
            "Depuis la loi 96, nos étiquettes sont d'abord en français ; les autres langues "
            "suivent en petit.",
            BOULANGER,
        ),
        (
            "Avec le peyi lòk annoncé pour lundi, nos livraisons vers Pétion-Ville partent "
            "dimanche soir.",
            BOULANGER,
        ),
    ],
)
def test_the_same_laws_and_strikes_in_a_practical_notice_stay_clean(
    text: str, context: Context
) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Tajir Dost scheme, a tax that costs me more than my lights. Very friendly indeed.",
            BAKER,
        ),
        ("The Azadi March shut the roads for days. Zindabad!", BAKER),
        ("Groundswell tractors rolled past the bakery this morning ✊", BAKER),
        ("The E-levy took its cut of every MoMo payment again 🇬🇭", BAKER),
        (
            "La loi sur les symboles, pour qu'on ne rie plus de personne. On se souviendra de "
            "ceux qui l'ont votée.",
            BOULANGER,
        ),
        ("Le Mercosur arrive dans nos assiettes ✊", BOULANGER),
        (
            "Peyi lòk ou pas, le salon reste ouvert, mais mon cœur est avec ceux qui bloquent.",
            BOULANGER,
        ),
        ("La loi 21, on en pense quoi ? De tout cœur avec nos collègues voilées.", BOULANGER),
        ("La ZFE ? Non merci, je livre en Kangoo de 2009 et j'en suis fier.", BOULANGER),
        ("Loi 96 ou pas, notre cœur va aux petits commerçants qui réétiquettent tout.", BOULANGER),
    ],
)
def test_the_side_taken_may_sit_in_the_next_sentence_or_an_emoji(
    text: str, context: Context
) -> None:
    assert "politics" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "With the RMT walkout on Thursday we'll open at 10. Online orders go out as usual.",
            BAKER,
        ),
        (
            "Great turnout at the bail reform panel our law firm hosted, thanks to everyone who "
            "came.",
            BAKER,
        ),
        (
            "Avec le cortège de l'OGBL samedi, on ferme à midi. Les commandes partent lundi.",
            BOULANGER,
        ),
    ],
)
def test_a_practical_notice_beside_a_plain_sentence_stays_clean(
    text: str, context: Context
) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Eid Mubarak from the kitchen! May Allah accept your sacrifices and bless your homes.",
            BAKER,
        ),
        ("Ramadan hours: 9pm to 1am. May God reward your fasts, friends.", BAKER),
        ("Barka da Sallah to all our Muslim customers and friends! Ram suya on order.", BAKER),
        ("Iftar boxes for offices and mosques, order a day ahead.", BAKER),
        (
            "We start the heritage walk at St George's Church, the oldest Anglican church in town.",
            BAKER,
        ),
        ("Platters for First Holy Communion parties, from €120.", BAKER),
        ("The ceremony was led by a priest and a Presbyterian minister, side by side.", BAKER),
        ("I'm running for president of our Rotary club, vote at Tuesday's breakfast!", BAKER),
        ("Thank you to everyone who voted for us in the Best Chippy awards!", BAKER),
        ("In most houses the thermostat is a political hot potato 😂", BAKER),
        ("Desk workers, your upper backs are a war zone 😅", BAKER),
        ("The jollof war continues: blind tasting on Saturday!", BAKER),
        ("We'll watch the stars come up over the bay, then breakfast.", BAKER),
        ("The Capitol Hill café opens at 8am during the bus strike.", BAKER),
    ],
)
def test_blessings_places_of_worship_club_elections_and_figures_stay_clean(
    text: str, context: Context
) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Only Allah can heal this nation, so turn back to Him before it is too late.", "religion"),
        ("Everyone who voted for him should own what comes next.", "politics"),
        ("The minister of finance has wrecked small shops with this budget.", "politics"),
        ("Did you see the stars at the Met Gala? Apparently they split up after.", "gossip"),
    ],
)
def test_the_same_words_still_count_outside_those_figures(text: str, subject: str) -> None:
    assert subject in subjects(analyze(text, BAKER))


@pytest.mark.parametrize(
    "text",
    [
        "Tabaski approche inch'Allah, dernier délai pour déposer le tissu samedi.",
        "Bonne fête à tous nos clients musulmans et chrétiens, que Dieu vous garde !",
        "Le 25 mars, fête nationale islamo-chrétienne, chrétiens et musulmans réunis : fermé.",
        "Appartement rénové avec vue directe sur la mosquée Hassan II.",
        "On a livré 40 bancs en iroko pour la nouvelle église du quartier.",
        "Ce samedi c'est la Saint-Vincent : messe le matin, puis dégustation au caveau.",
        "Je me présente comme président du club de motoneige à l'assemblée de jeudi.",
        "Élection des délégués de classe la semaine prochaine : affiches A3 en stock !",
        "Votez pour votre motif de bogolan préféré pour nos prochains coussins !",
        "Chez nous, le riz gras, c'est le président de la table, avec de bons ministres.",
        "Remaniement dans l'équipe du café : Clara passe ministre des pâtisseries 😄",
        "Guerre déclarée aux mauvaises herbes : forfaits d'entretien dès ce mois-ci.",
        "Armistice signé avec ma belle-mère sur la recette du ndolé 😂",
        "15 % de rabais aux vétérans et membres des forces armées, sur présentation de la carte.",
        "On m'appelle la reine des gâteaux, et je fais aussi les châteaux de princesse.",
        "Une manifestation passe sur le cours des 50-Otages : entrez par la rue de derrière.",
        "Les abords des Champs-Élysées seront fermés mardi, les leçons sont décalées.",
        "Merci à nos mariés Divine et Christian pour leur confiance !",
    ],
)
def test_french_blessings_landmarks_clubs_and_figures_stay_clean(text: str) -> None:
    assert subjects(analyze(text, BOULANGER)) == set()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Seul Dieu peut sauver ce pays, convertissez-vous avant qu'il ne soit trop tard.",
            "religion",
        ),
        (
            "Le président a encore promis la lune, et on paie l'essence deux fois plus cher.",
            "politics",
        ),
        ("La Russie a déclaré la guerre à l'Ukraine et tout le monde regarde ailleurs.", "war"),
    ],
)
def test_the_same_french_words_still_count_outside_those_figures(text: str, subject: str) -> None:
    assert subject in subjects(analyze(text, BOULANGER))


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Solar-ready homes sell fastest, because we all know who isn't going to fix the grid.",
            "politics",
        ),
        (
            "Internet was shut again last week. Everyone knows who really runs this country.",
            "politics",
        ),
        (
            "Prices went up, sorry. We're still paying for what those clowns did to this country.",
            "politics",
        ),
        (
            "The naira is falling like a pack of cards and our so-called leaders fly private jets.",
            "politics",
        ),
        (
            "Valuations done properly, not like certain people... ownself check ownself 😏",
            "politics",
        ),
        ("And don't let anybody tell you they counted the votes right in 2020.", "politics"),
        ("Christmas family portraits are open. Free 🇵🇸🍉", "war"),
        ("New fish in the shop. Proud to stand with 🇷🇺 against the Western bullies.", "war"),
        ("Sunday platters, order by Friday. Am Yisrael Chai 🇮🇱", "war"),
        ("Apparently you can't even say Happy Christmas these days 🙄", "controversy"),
        ("No pronoun badges, no safe spaces. Just iron and hard work 😂", "controversy"),
        ("At this gym we have men and we have women. Only two genders here.", "controversy"),
        ("To the folks coming up from the city: leave our guns alone.", "controversy"),
    ],
)
def test_jabs_that_name_no_one_in_their_own_words(text: str, subject: str) -> None:
    assert subject in subjects(analyze(text, BAKER))


@pytest.mark.parametrize(
    "text",
    [
        "Shoutout to my old team, who survived two reorgs. You know who you are.",
        "Our Ukrainian honey cake is back 🇺🇦, baked by Olena every Friday.",
        "Happy Independence Day to all our Ghanaian customers 🇬🇭!",
        "The dough rose like a balloon and our new oven held the heat all night.",
        "Everyone knows who makes the best croissant in town: come and taste.",
    ],
)
def test_a_flag_a_shoutout_and_a_simile_stay_clean(text: str) -> None:
    assert subjects(analyze(text, BAKER)) == set()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Le gaz flambe, avec ces gens-là qui décident pour nous depuis Paris.", "politics"),
        ("Quand c'est le même dans le même fauteuil depuis 40 ans, faut pas rêver 🙄", "politics"),
        ("Un grand merci à notre guide éclairé pour la nouvelle route.", "politics"),
        ("On va voter bientôt, mais les résultats sont déjà connus d'avance 😏", "politics"),
        (
            "Nos clients arrivent à pied, grâce aux grévistes qui prennent tout le monde en otage.",
            "politics",
        ),
        ("Merci aux pièces qui doublent, et merci à vous-savez-qui 😒", "politics"),
        ("🍉🍉🍉 On n'oublie pas, jusqu'à ce qu'elle soit libre.", "war"),
        ("Nouveau café éthiopien au comptoir. Soutien total au 🇺🇦 !", "war"),
        ("Et à ceux qui veulent des menus sans viande dans les cantines : non.", "controversy"),
        ("Paraît qu'on ne peut plus rien dire dans ce pays 🤐", "controversy"),
        ("Tapez AMEN si vous voulez que Dieu bénisse votre semaine 🙏🏾", "religion"),
        ("Regardez les logos des marques : rien n'est un hasard.", "conspiracy"),
    ],
)
def test_french_jabs_that_name_no_one_in_their_own_words(text: str, subject: str) -> None:
    assert subject in subjects(analyze(text, BOULANGER))


@pytest.mark.parametrize(
    "text",
    [
        "Notre gâteau ukrainien est de retour 🇺🇦, fait par Olena chaque vendredi.",
        "Je prêche à des convertis : vous qui me suivez, vous passez déjà la soie dentaire.",
        "La pâte a monté comme un ballon et le nouveau four a tenu toute la nuit.",
    ],
)
def test_a_french_flag_a_sermon_figure_and_a_simile_stay_clean(text: str) -> None:
    assert subjects(analyze(text, BOULANGER)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Congrats to Emma, just elected president of the 4-H dairy club! She won the vote.",
            BAKER,
        ),
        ("My son was elected head boy today! His campaign promise: more cricket at lunch.", BAKER),
        ("No sifarish, no selection politics: if you can bowl straight, you're in.", BAKER),
        ("Sixtieth birthday at Hotel Presidential, gold and emerald theme.", BAKER),
        ("We'll float out to watch the fireworks over the Legislature tonight.", BAKER),
        ("Our office manager has been called a dictator more than once 😂", BAKER),
        ("Separation doesn't have to become a civil war: mediation is kinder.", BAKER),
        ("Happy Easter from all of us! Christ is risen, and the shop opens Monday at noon.", BAKER),
        ("Everybody wants a Hollywood smile, but healthy gums come first 😁", BAKER),
        ("Élections du gouvernement scolaire vendredi : affiches et badges en stock !", BOULANGER),
        ("Dans beaucoup de familles, c'est maman la vraie ministre des Finances 😄", BOULANGER),
        ("Révisions du brevet : cette semaine on attaque la Seconde Guerre mondiale.", BOULANGER),
        ("La guerre contre les mauvaises herbes est déclarée, sans désherbant !", BOULANGER),
        ("Bonne fête du Maouloud à toute la communauté, que Dieu vous accorde la paix.", BOULANGER),
        ("Cours d'allemand en petits groupes près du Parlement européen.", BOULANGER),
    ],
)
def test_second_round_of_look_alikes_stays_clean(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "A big thank you to the geniuses who gave us this border paperwork. Cheers lads 🙄",
            "politics",
        ),
        ("Property taxes up 30%. Thanks a lot, you geniuses in Columbus 😤", "politics"),
        (
            "I wish the crowd above would look after our own first, but what do I know 🤷‍♂️",
            "politics",
        ),
        (
            "This table will be finished before the old man on the hill agrees to retire 😂",
            "politics",
        ),
        ("Well done to our selected rulers, truly a miracle of economics 👏", "politics"),
        ("Still proud of the truckers who stood up for our freedom 🚛", "politics"),
        ("Men are men and women are women, whatever the rainbow brigade says 🙄", "controversy"),
        (
            "No airline flies over Antarctica. Makes you wonder what they don't want us to see 🤔",
            "conspiracy",
        ),
    ],
)
def test_more_jeers_that_name_no_one(text: str, subject: str) -> None:
    assert subject in subjects(analyze(text, BAKER))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the one above who keeps my hands steady on every cake.",
        "Our geniuses in the kitchen came up with a new rye loaf!",
        "The geniuses at the garden centre found the right compost for my herb pots.",
        "The comedians at Friday's open-mic night ate half a tray of brownies.",
        "The old man on the hill is my grandad, and he still bakes on Sundays.",
    ],
)
def test_the_same_words_in_warm_posts_stay_clean(text: str) -> None:
    assert subjects(analyze(text, BAKER)) == set()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Ces gens-là, là-haut, vident nos comptes depuis 2019. Honte à eux.", "politics"),
        ("Toute l'équipe sera dans la rue jeudi : ce pouvoir doit partir ✊", "politics"),
        (
            "Pendant que nos « honorables » s'achètent des villas, nous on bâtit ce pays 😒",
            "politics",
        ),
        ("Un grand merci à ceux qui nous avaient promis la lumière 😂", "politics"),
        ("Tant qu'on n'aura pas un homme fort au sommet, rien ne changera 😤", "politics"),
        ("Icitte c'est le Québec : apprenez la langue ou restez chez vous 🙄", "controversy"),
        ("Éteignez la télé : les médias sont payés pour vous faire peur 🐑", "conspiracy"),
        ("Mes sœurs, revenez à la prière avant qu'il ne soit trop tard.", "religion"),
        ("Vous avez suivi le feuilleton chez les royals anglais ? 🍿", "gossip"),
    ],
)
def test_more_french_jeers_that_name_no_one(text: str, subject: str) -> None:
    assert subject in subjects(analyze(text, BOULANGER))


@pytest.mark.parametrize(
    "text",
    [
        "La livraison est gratuite, et ça le restera.",
        "Le chantier du salon, c'est fini ! On rouvre lundi.",
        "Personne en haut de l'immeuble n'a entendu la sonnette, on repasse demain.",
    ],
)
def test_the_same_french_words_in_plain_posts_stay_clean(text: str) -> None:
    assert subjects(analyze(text, BOULANGER)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Flowers for the parish wedding on Saturday. The minister, Rev. Alan Watt, asked for "
            "white lilies.",
            BAKER,
        ),
        ("Our chapel's minister came by for a dozen rolls after the service.", BAKER),
        (
            "Our Rotary club elects its new president next week. Every member gets a vote, and "
            "I'm hoping for Jean.",
            BAKER,
        ),
        ("The bowls club voted for a new treasurer, so the tea fund is safe. Vote early!", BAKER),
        (
            "Nous avons servi le cocktail au Palais du Peuple pour le sommet des femmes "
            "entrepreneures.",
            BOULANGER,
        ),
        ("Nos pagnes seront exposés au Palais du Peuple lors du salon de l'artisanat.", BOULANGER),
    ],
)
def test_a_church_minister_a_club_election_and_a_venue_of_power_stay_clean(
    text: str, context: Context
) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The minister promised cheap flour and we got nothing. Rev up your patience.", BAKER),
        ("Every member gets a vote at the club, unlike the ones who rigged the last poll.", BAKER),
        ("Au Palais du Peuple ils ont encore voté une taxe sur la farine. Merci bien.", BOULANGER),
    ],
)
def test_a_minister_jeered_and_a_palace_that_votes_taxes_are_still_flagged(
    text: str, context: Context
) -> None:
    assert "politics" in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("We re-pointed the war memorial on the green ahead of Remembrance Sunday.", BAKER),
        ("Veterans and active military eat free on Monday, thank you for your service.", BAKER),
        ("We've declared war on limescale: descale the kettle every fortnight.", BAKER),
        ("The cold war between our two shop cats is over, they shared the radiator today.", BAKER),
        ("Class 10 revised the first war of independence of 1857 for the exam.", BAKER),
        ("15% off all agbada and senator styles until Independence Day.", BAKER),
        ("The bank sends them back to us if they're torn, so bring whole notes please.", BAKER),
        ("Blazers for the newly elected student council leaders are ready to collect.", BAKER),
        ("Presidents' Day sale this weekend: every loaf half price after 4pm.", BAKER),
        ("Our famous cinnamon buns are back, and the Queen Mother once tried one here.", BAKER),
        ("Cake for a white wedding at St. Mary's Catholic Church on Saturday.", BAKER),
        ("God bless the new couple, it was an honour to bake their cake.", BAKER),
        ("Open Mon–Sat on Deansgate, just past the cathedral.", BAKER),
        ("My student got into Political Science, and our debate practice helped.", BAKER),
    ],
)
def test_more_look_alikes_of_war_politics_religion_and_fame_stay_clean(
    text: str, context: Context
) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Qu'Allah accepte votre Omra, bon voyage à tous nos pèlerins.", BOULANGER),
        ("Programme Omra de mars : départs le 3 et le 17, places limitées.", BOULANGER),
        ("Le madjlis à la mosquée vendredi, le grand repas dimanche : 600 couverts !", BOULANGER),
        ("Joyeux Noël à tous, que l'Enfant Jésus bénisse vos maisons.", BOULANGER),
        ("La guerre contre les limaces est déclarée au potager, on envoie les troupes.", BOULANGER),
        ("On vous fait voter : quel parfum de glace pour cet été ?", BOULANGER),
        ("La salle communale sert de local de vote dimanche, le cours est déplacé.", BOULANGER),
        ("Élections des représentants de parents d'élèves vendredi à l'école.", BOULANGER),
        ("La vedette de la semaine à la boutique : Biscotte, notre chatte.", BOULANGER),
        ("Mon élève en sciences politiques a eu 16 à sa dissertation.", BOULANGER),
        ("Merci au conseil de paroisse pour la restauration des bancs de l'église.", BOULANGER),
    ],
)
def test_more_french_look_alikes_stay_clean(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        (
            "New chargers fitted in Bearsden. Still one of the 45 and still waiting 💙",
            BAKER,
            "politics",
        ),
        ("Today we remember the Lekki toll gate. We no go forget.", BAKER, "politics"),
        ("Gen Z stood up for all of us in June. Hatutasahau ✊", BAKER, "politics"),
        ("To the truckers in Ottawa: never forget. Honk honk 🇨🇦", BAKER, "politics"),
        ("Before they came in, petrol was half this price. Just saying.", BAKER, "politics"),
        ("Dem promised us cheaper living, and look at the price of flour now.", BAKER, "politics"),
        (
            "Cups up 20 cents. Thank you to whoever said the GST hike won't hurt 🙃",
            BAKER,
            "politics",
        ),
        ("Blame you know who for the VAT hike, not me 😒", BAKER, "politics"),
        ("Stay strong, patriots. Trust the plan. WWG1WGA", BAKER, "conspiracy"),
        ("They want you owning nothing and eating bugs by 2030.", BAKER, "conspiracy"),
        ("Let's keep girls' sports for girls, and order your pizza here.", BAKER, "controversy"),
        (
            "Depuis qu'ils sont arrivés, le carton de poulet est passé de 16 000 à 24 000.",
            BOULANGER,
            "politics",
        ),
        ("On nous avait promis la lumière, on a eu les bougies.", BOULANGER, "politics"),
        ("Les donneurs de leçons peuvent rester chez eux.", BOULANGER, "politics"),
        (
            "Un grand merci à ceux d'en haut pour les délestages de six heures.",
            BOULANGER,
            "politics",
        ),
        ("Les soins coûtent un pognon de dingue, paraît-il.", BOULANGER, "politics"),
        ("Paraît qu'il suffit de traverser la rue pour trouver du boulot.", BOULANGER, "politics"),
        ("Allez voir ceux qui roulent en 4x4 neufs pendant qu'on rame.", BOULANGER, "politics"),
        ("Pensez à passer par l'isoloir dimanche, et à bien choisir.", BOULANGER, "politics"),
        ("Libérez la Palestine, et tant pis pour ceux que ça dérange.", BOULANGER, "war"),
        ("Ici on dit joyeux Noël, pas joyeuses fêtes.", BOULANGER, "controversy"),
        ("Vérifiez ce qu'on apprend à vos gosses avec leur EVRAS.", BOULANGER, "controversy"),
        ("On a ouvert les yeux sur ce qu'on nous a injecté.", BOULANGER, "conspiracy"),
        (
            "Pas de farines d'insectes qu'ils veulent nous faire avaler en douce.",
            BOULANGER,
            "conspiracy",
        ),
        (
            "Vous avez vu la vidéo de l'attaquant ? Sa femme a tout découvert en live.",
            BOULANGER,
            "gossip",
        ),
    ],
)
def test_more_allusions_by_code_slogan_and_side(text: str, context: Context, subject: str) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        (
            "A big thank you to whoever decided a stadium mattered more than her hip 👏",
            BAKER,
            "politics",
        ),
        (
            "Cheers to whoever signed off the new parking fees, really appreciate it.",
            BAKER,
            "politics",
        ),
        (
            "Forty-five minutes behind a tractor thanks to the limit Cardiff Bay dreamed up.",
            BAKER,
            "politics",
        ),
        (
            "Rest assured, unlike a certain campervan, nothing in our van would interest "
            "the police 😏",
            BAKER,
            "politics",
        ),
        ("Remember what we were told from the podium every day: be kind 🙃", BAKER, "politics"),
        ("Team Jen all the way, that man will never settle 😂", BAKER, "gossip"),
        (
            "If the orange paint brigade glue themselves to the A5 again, I'm not towing them.",
            BAKER,
            "controversy",
        ),
        (
            "Grand merci au Nouveau Départ pour toutes les nouvelles taxes sur nos motos 🙃",
            BOULANGER,
            "politics",
        ),
        (
            "On était tous sur le rond-point de la sortie d'Abbeville en 2018, je le "
            "referais demain.",
            BOULANGER,
            "politics",
        ),
        (
            "Qu'on vienne me dire qu'ils peuvent tenir jusqu'à 64 ans… c'est toujours non.",
            BOULANGER,
            "politics",
        ),
        (
            "Ceux qui savaient pour le chlordécone devront un jour rendre des comptes.",
            BOULANGER,
            "politics",
        ),
        (
            "Pas de divorce à la Brad et Angelina pour savoir qui garde la cave 😂",
            BOULANGER,
            "gossip",
        ),
    ],
)
def test_sarcastic_thanks_seats_at_work_and_couples_from_a_tuning_writer(
    text: str, context: Context, subject: str
) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "The waterfront closes Thursday while the Governor General visits, so we open at 1.",
            BAKER,
        ),
        ("S-corp elections and quarterly estimates: book your review before March.", BAKER),
        (
            "Some of your savings in treasury bills, which are loans to the government, very safe.",
            BAKER,
        ),
        ("Thanks to everyone who came to the open day, the kettle's still warm.", BAKER),
        ("Notre chat a fait un véritable coup d'État : il a annexé le canapé du chiot.", BOULANGER),
        (
            "Merci à tous pour les 30 ans, et merci pour les nouvelles recettes que vous "
            "nous soufflez !",
            BOULANGER,
        ),
    ],
)
def test_a_visit_a_tax_election_and_a_cats_coup_stay_clean(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        ("Diesel's up again this month. Thanks, Justin 🙃", BAKER, "politics"),
        ("Would be nice if the galahs in Canberra remembered the bush exists.", BAKER, "politics"),
        ("And yes, my chair still has the sticker. Qaidi No. 804 zindabad ✌️", BAKER, "politics"),
        ("Not everyone has a brother in the cabinet when times get hard 😏", BAKER, "politics"),
        (
            "None of our pools is a fire pool, we don't have that kind of budget 😂",
            BAKER,
            "politics",
        ),
        ("Open till six on Saturday. Still Yes 💙", BAKER, "politics"),
        ("Hands off our water, Wellington 💧", BAKER, "politics"),
        (
            "Meanwhile some people can buy another jet and nobody asks them to buy local 🙄",
            BAKER,
            "politics",
        ),
        ("Et n'oubliez pas : on est chez nous, on est chez nous !", BOULANGER, "politics"),
        (
            "Tant que les copains de Bart ne nous coupent pas en deux, on reste ouverts 😉",
            BOULANGER,
            "politics",
        ),
        (
            "De ce côté-ci de la rivière, on sait qu'un jour ce sera un pays ⚜️",
            BOULANGER,
            "politics",
        ),
        ("Passez quand vous voulez. Force à IB 💪🏾", BOULANGER, "politics"),
        (
            "Ceux qui défendent le loup depuis leur bureau peuvent venir garder le troupeau.",
            BOULANGER,
            "controversy",
        ),
        ("Courage à tous. Goma n'est pas à vendre #StopRwandaInCongo", BOULANGER, "war"),
    ],
)
def test_coded_sides_from_a_second_tuning_writer(text: str, context: Context, subject: str) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("A strike is only protected after a postal ballot where enough members voted.", BAKER),
        ("Roads close Thursday for the official visit of the New Zealand Prime Minister.", BAKER),
        ("Thanks, Justin, for the lovely review of our sourdough!", BAKER),
    ],
)
def test_a_strike_ballot_an_official_visit_and_a_customer_thanked_stay_clean(
    text: str, context: Context
) -> None:
    assert subjects(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The man in charge has been promising us tarmac roads since before I was born 🙄", BAKER),
        ("Ruling since before I was born and still no electricity in the market.", BAKER),
        ("Twenty years the same party has ruled this province, and we still have no buses.", BAKER),
        ("Everything goes to the taxman, as I have no little company in Panama 😉", BAKER),
        ("Millions vanished from the road fund and nobody dey jail.", BAKER),
        ("The circus in Congress is back on, so the price of flour is anyone's guess.", BAKER),
        ("Those crooks at City Hall doubled my rates again.", BAKER),
        (
            "Quand celui qui vend le gasoil est le même que celui qui nous gouverne, faut pas "
            "s'attendre à une baisse.",
            BOULANGER,
        ),
        (
            "Dans ce pays, ce sont toujours les mêmes familles qui se passent le fauteuil.",
            BOULANGER,
        ),
        (
            "Tant que les copains des assureurs siègent sous la Coupole, c'est nous qui payons.",
            BOULANGER,
        ),
        (
            "Voilà les routes du Renouveau : toujours pas de bitume jusqu'à la boulangerie.",
            BOULANGER,
        ),
    ],
)
def test_a_ruler_for_ever_money_offshore_and_families_passing_the_chair(
    text: str, context: Context
) -> None:
    assert subjects(analyze(text, context)) == {"politics"}


@pytest.mark.parametrize(
    ("text", "language", "profession"),
    [
        ("My grandad has been baking here since before I was born.", "en", "baker"),
        ("The same family has run this bakery since 1962.", "en", "baker"),
        (
            "We print flyers for every party and every candidate, same prices for all, and we "
            "don't talk politics in the shop.",
            "en",
            "printer",
        ),
        (
            "Election day Saturday: find us next to the democracy sausage stall. However you "
            "vote, grab a jar of honey on the way out.",
            "en",
            "beekeeper",
        ),
        (
            "Our tea growers' cooperative holds its AGM on Saturday: we elect three board "
            "members, so come and vote. Candidates are on the notice board.",
            "en",
            "tea farmer",
        ),
        ("Our war on potato blight is on: we spray every ten days.", "en", "potato farmer"),
        (
            "Walking tour update: the House of Commons now sits in the West Block, so the tour "
            "stops at the Library of Parliament instead.",
            "en",
            "tour guide",
        ),
        ("Le camion passe mardi à Gnamangui. Que Dieu bénisse la récolte 🙏", "fr", "planteur"),
        (
            "Merci à tous ceux qui ont voté pour nous au concours culinaire du quartier !",
            "fr",
            "traiteur",
        ),
        (
            "Fête des Cuisinières : on défile pour Saint Laurent, patron des cuisinières, et à "
            "la sortie de la messe, venez au stand.",
            "fr",
            "traiteur",
        ),
        (
            "Joyeuses fêtes à tous, chrétiens, musulmans, tout le monde est invité à manger la "
            "bûche 😄",
            "fr",
            "pâtissière",
        ),
        (
            "Séances photo devant la basilique, un décor que les mariés adorent, quelle que soit "
            "leur religion.",
            "fr",
            "photographe",
        ),
        (
            "Le riad a été la maison d'un caïd, puis une école coranique, puis une maison d'hôtes.",
            "fr",
            "zelligeur",
        ),
        (
            "Nous avons restauré deux chaises d'époque de l'Hôtel du Parlement : un honneur de "
            "travailler sur notre patrimoine.",
            "fr",
            "ébéniste",
        ),
    ],
)
def test_a_coop_vote_a_tour_of_parliament_and_a_blessing_on_the_harvest_stay_clean(
    text: str, language: str, profession: str
) -> None:
    context = Context(language=language, profession=profession, topics=())
    assert subjects(analyze(text, context)) == set()


# Each camp's own words, from vaccines to royals: slogans, nicknames and jeers that take a side
# whatever the post is about.
@pytest.mark.parametrize(
    ("text", "context", "subject"),
    [
        ("Clot shot? No thanks, I'll stick to my espresso ☕", BAKER, "controversy"),
        (
            "Delivery van stuck behind the freedom convoy again, but we made it.",
            BAKER,
            "controversy",
        ),
        ("Shall not be infringed 🇺🇸 and neither shall my Sunday brunch.", BAKER, "controversy"),
        (
            "Greedy union bosses holding us all to ransom again, so the bus ran late.",
            BAKER,
            "controversy",
        ),
        ("Solidarity forever ✊ and fresh rolls at 7.", BAKER, "controversy"),
        ("Trans women are women, and everyone is welcome in this salon.", BAKER, "controversy"),
        ("Ireland for the Irish. Spuds in stock.", BAKER, "controversy"),
        ("Tory scum put the energy bill up again, so the oven runs less.", BAKER, "politics"),
        ("Rolls half price for anyone in a Let's Go Brandon hat 😂", BAKER, "politics"),
        ("Genocide Joe won't get my vote, but my pies will get yours.", BAKER, "war"),
        ("The Kyiv regime won't see a penny of my taxes if I can help it.", BAKER, "war"),
        ("He's a serial cheater, everyone knows it, poor girl 💔", BAKER, "gossip"),
        ("Waity Katie finally got her crown, and we got new cake stands 👑", BAKER, "gossip"),
        ("Jesus is the only way, friends. Loaves ready at 8.", BAKER, "religion"),
        ("Bible thumpers, you can have the day-old bread 😂", BAKER, "religion"),
        ("Wake up sheeple, the weather isn't natural anymore.", BAKER, "conspiracy"),
        ("Epstein didn't kill himself and our croissants aren't frozen 😉", BAKER, "conspiracy"),
        (
            "Les wokistes vont encore râler contre notre galette, tant pis.",
            BOULANGER,
            "controversy",
        ),
        ("La Manif pour tous avait raison, un papa une maman 🙏", BOULANGER, "controversy"),
        ("L'arnaque climatique, parlons-en : il a gelé hier matin !", BOULANGER, "controversy"),
        ("Le président des riches a encore frappé, le beurre augmente.", BOULANGER, "politics"),
        (
            "Les macronards peuvent passer leur chemin, le pain est pour le peuple.",
            BOULANGER,
            "politics",
        ),
        ("Les va-t-en-guerre de l'OTAN n'auront pas mes impôts.", BOULANGER, "war"),
        ("Vous brûlerez en enfer sans la vraie foi, mes amis.", BOULANGER, "religion"),
        (
            "Les grenouilles de bénitier vont encore râler contre notre bûche, tant pis 😂",
            BOULANGER,
            "religion",
        ),
        ("Camilla la briseuse de ménage sur la couronne, quelle époque.", BOULANGER, "gossip"),
        ("Il l'a trompée avec sa meilleure amie, tout le monde en parle 💔", BOULANGER, "gossip"),
        ("Les médias aux ordres n'en parlent pas, mais le blé a doublé.", BOULANGER, "conspiracy"),
        ("Brigitte est un homme, et moi je suis boulanger 😂", BOULANGER, "conspiracy"),
        # Jabs hidden in the trade talk: a seat, a regime's nickname, a junta's promises.
        (
            "Every cent accounted for, unlike some people up the road at Castille 😉",
            BAKER,
            "politics",
        ),
        ("Shukriya, hybrid regime, for this month's bills 🙏", BAKER, "politics"),
        ("Biology isn't a feeling, and our changing rooms stay as they are.", BAKER, "controversy"),
        (
            "Big stores pull their Pride range the minute the bigots start yelling.",
            BAKER,
            "controversy",
        ),
        ("We saw the clip. We believe her, cry on Instagram all you want.", BAKER, "controversy"),
        ("No DEI quotas in my kitchen, mate: fastest baker gets the oven.", BAKER, "controversy"),
        ("Never forget the mandates. We won't comply next time.", BAKER, "controversy"),
        (
            "The ones who sent those lads to die in other people's wars should carve the names.",
            BAKER,
            "war",
        ),
        (
            "Les colonels nous avaient promis l'engrais à moitié prix. On attend.",
            BOULANGER,
            "politics",
        ),
        (
            "Certains devraient s'en inspirer avant de réécrire la Constitution 😉",
            BOULANGER,
            "politics",
        ),
        (
            "Aux antispécistes qui taguent les vitrines : venez faire une moisson.",
            BOULANGER,
            "controversy",
        ),
        (
            "Les pasteurs de réveil promettent des miracles à 50 000 F l'onction.",
            BOULANGER,
            "religion",
        ),
        ("Des beignets de la liberté depuis la chute du boucher de Damas.", BOULANGER, "war"),
        # Plain opinions, said in a sentence of their own.
        ("Israel has every right to defend itself, full stop.", BAKER, "war"),
        ("What the generals are doing to their own people is horrific.", BAKER, "war"),
        ("This whole climate emergency thing is a money grab.", BAKER, "controversy"),
        ("I lost my job because I wouldn't take the jab.", BAKER, "controversy"),
        ("Washington has been spending like drunks for years.", BAKER, "politics"),
        ("Four miracle crusades this month, and the pastor's new car 🙏", BAKER, "religion"),
        ("Le vodou ne soigne rien, c'est l'œuvre du diable.", BOULANGER, "religion"),
        ("Ce virus a été fabriqué exprès dans un laboratoire.", BOULANGER, "controversy"),
        ("Je suis contre ces cours sur le genre à l'école.", BOULANGER, "controversy"),
    ],
)
def test_sides_taken_in_each_camps_own_words(text: str, context: Context, subject: str) -> None:
    assert subject in subjects(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Blood oranges are back: pure, sweet and juicy.", BAKER),
        ("Our van joined the convoy of farmers delivering flour to the food bank.", BAKER),
        ("Solidarity with our neighbours after the flood: free bread all week.", BAKER),
        ("Do your own taste test: sourdough versus the supermarket loaf.", BAKER),
        ("Les médias locaux ont parlé de notre boulangerie !", BOULANGER),
        ("Mon corps me dit stop : congés la semaine prochaine.", BOULANGER),
    ],
)
def test_the_camps_everyday_words_in_a_trade_post_stay_clean(text: str, context: Context) -> None:
    assert subjects(analyze(text, context)) == set()
