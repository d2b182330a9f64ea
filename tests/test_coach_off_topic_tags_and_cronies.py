"""Jabs read from the housing, transport, food and family probes, each in other words: a
"#…MustGo" tag of any name, a leader's cronies, the convoy that closes the road, "the boots",
a culture-war line, a conspiracy's "they want you…", a star's feud or break-up; in French the
mayor who hates cars, « votez en conséquence », the ministry's "geniuses", a well-known singer
left unnamed. And the look-alikes that stay clean: a clearance sale's "#EverythingMustGo", a
club's president, a minister at a prize-giving, parcels for the troops, a scout troop, the
Ugandan rolex, « l'arrêt 50 Otages », the chocolatine's "war", a saint-pierre on the slab.
Then the booking, award, animal and newcomer probes (a pay rise voted by ministers, "the day
we're independent", a minister handing out an award, the CAQ of a student), and the wedding,
scam and strike probes (a marriage "between one man and one woman", a jab after a simile closed
by an emoji, a scam warning that names the ministry, a strike called off, a baptism's blessing).
Then the values, election and world-news probes (an election day or a referendum that changes
the opening hours, the author's own faith said plainly, « tout sauf le bleu cette fois »), and
the rule, charity and regulator probes (a war named as what a refugee family fled, a mosque's
hall as the venue, a minister's announcement relayed, "His Orange Majesty"). A clinic's own
"policies" no longer cover politics."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, analyze
from tests.coach_support import author, off_topic_rules

PLUMBER = author("en", "plumber", "boilers", "leaks")
AGENT = author("en", "estate agent", "home sales", "valuations")
NURSE = author("en", "nurse", "clinic hours", "vaccination")
COIFFEUSE = author("fr", "coiffeuse", "coupes", "colorations")
COMPTABLE = author("fr", "comptable", "TVA", "indépendants")


@pytest.mark.parametrize(
    ("context", "text", "rule"),
    [
        (PLUMBER, "Burst main again this week. #KPLCMustGo", "off_topic.politics"),
        (PLUMBER, "Hot water back on at last 🙏 #CouncilMustFall", "off_topic.politics"),
        (
            PLUMBER,
            "That pothole on Elm St is still there. Don't count on the mayor and his pals at city "
            "hall to fill it.",
            "off_topic.politics",
        ),
        (AGENT, "Three offers on the Paddington cottage! #NSWpol", "off_topic.politics"),
        (AGENT, "The left wants rent caps next, watch this space.", "off_topic.politics"),
        (
            AGENT,
            "That housing target is not going to build itself, Minister.",
            "off_topic.politics",
        ),
        (
            AGENT,
            "Nobody up on the Hill cares about first-home buyers anyway.",
            "off_topic.politics",
        ),
        (
            AGENT,
            "Plots in Borrowdale selling slowly. Ngwena and his cronies have the good ones.",
            "off_topic.politics",
        ),
        (
            AGENT,
            "New estate opened today, by a senator still ducking ethics probes.",
            "off_topic.politics",
        ),
        (
            PLUMBER,
            "Pipes burst across town while the governor is off on his luxury junkets again.",
            "off_topic.politics",
        ),
        (
            AGENT,
            "The only metro where the streetlights work is the one the DA runs.",
            "off_topic.politics",
        ),
        (
            NURSE,
            "A big round of applause for our MPs, off on holiday again while the ward waits.",
            "off_topic.politics",
        ),
        (
            NURSE,
            "Some motorcade blocked the bypass again, so the clinic runs late.",
            "off_topic.politics",
        ),
        (
            AGENT,
            "Whatever the boots decide next month, keep your title deeds in order.",
            "off_topic.politics",
        ),
        (NURSE, "Flu jabs in the hall on Friday. Hands off our hospitals!", "off_topic.politics"),
        (
            PLUMBER,
            "The geniuses at the council have moved bin day to Sunday. Anyway, boilers serviced "
            "this week.",
            "off_topic.politics",
        ),
        (NURSE, "Heatwave warning? Climate change my foot, it's July.", "off_topic.conspiracy"),
        (
            NURSE,
            "They want you scared and docile, that's why the news runs all day.",
            "off_topic.conspiracy",
        ),
        (
            AGENT,
            "Parents, not the state, should decide what our kids are taught.",
            "off_topic.controversy",
        ),
        (AGENT, "Closing on a house is a spiritual war, folks. Stand firm.", "off_topic.religion"),
        (AGENT, "Fifty years this summer. Δεν ξεχνώ.", "off_topic.war"),
        (
            NURSE,
            "Kendrick won that one, Drake took the L and everyone on the ward agrees.",
            "off_topic.gossip",
        ),
        (
            NURSE,
            "So, who do you think called it quits first, him or her?",
            "off_topic.gossip",
        ),
        (
            PLUMBER,
            "Bezos is building another bunker while we wait a week for parts.",
            "off_topic.gossip",
        ),
        (
            COIFFEUSE,
            "Merci au maire qui déteste les voitures : plus une place devant le salon.",
            "off_topic.politics",
        ),
        (
            COIFFEUSE,
            "Du Rif jusqu'à Lagouira, un seul pays. Rendez-vous samedi au salon.",
            "off_topic.politics",
        ),
        (COIFFEUSE, "Dimanche, votez en conséquence.", "off_topic.politics"),
        (
            COIFFEUSE,
            "On se souvient de qui a supprimé la maternité de la ville.",
            "off_topic.politics",
        ),
        (
            COMPTABLE,
            "Déclaration TVA pour le 20. Et ceux qui veulent tout scinder, on en reparle.",
            "off_topic.politics",
        ),
        (
            COMPTABLE,
            "Nouveau formulaire cette année, encore une idée des génies du rectorat.",
            "off_topic.politics",
        ),
        (
            COMPTABLE,
            "Bilans à rendre avant juin. Bart, si tu lis ça : la Belgique tient bon.",
            "off_topic.politics",
        ),
        (
            COMPTABLE,
            "Ceux qui critiquent le Capitaine n'ont rien compris au pays.",
            "off_topic.politics",
        ),
        (
            COIFFEUSE,
            "Ces bobos des beaux quartiers nous expliquent comment vivre.",
            "off_topic.controversy",
        ),
        (
            COIFFEUSE,
            "Ceux qui refusent ce cours ? Ce sont des obscurantistes.",
            "off_topic.controversy",
        ),
        (COIFFEUSE, "Cette règle, une lubie idéologique de plus.", "off_topic.controversy"),
        (
            COIFFEUSE,
            "Personne ne vous dit ce qu'il y avait dans les vaccins.",
            "off_topic.conspiracy",
        ),
        (
            COIFFEUSE,
            "L'État n'a aucun intérêt à ce que vous restiez en bonne santé.",
            "off_topic.conspiracy",
        ),
        (
            COMPTABLE,
            "Gardez du liquide : ils préparent en silence la fin des billets.",
            "off_topic.conspiracy",
        ),
        (
            COIFFEUSE,
            "Une actrice très connue qui jure ne jamais manger de pain en a pris trois ce matin.",
            "off_topic.gossip",
        ),
    ],
)
def test_jabs_from_housing_transport_food_and_family_posts_are_read(
    context: Context, text: str, rule: str
) -> None:
    assert rule in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "air-conditioning installer", "split systems", "servicing"),
            "Wall-mounted splits from $1,990 installed. Book before the heat.",
        ),
        (
            author("en", "furniture shop owner", "sofas", "beds"),
            "Closing-down sale, 60% off every bed. #EverythingMustGo",
        ),
        (
            author("en", "teacher", "homework help", "reading"),
            "Our chess club president was elected by two votes after a fierce campaign of "
            "biscuits.",
        ),
        (
            author("en", "optician", "eye tests", "frames"),
            "The Minister of Health was guest of honour at the school prize-giving we sponsor.",
        ),
        (
            author("en", "dentist", "children's teeth", "clinic news"),
            "Candy buy-back this week: every bag is sent to the troops overseas.",
        ),
        (
            author("en", "dog groomer", "grooming", "nail trims"),
            "My son's scout troop is selling calendars at the counter this week.",
        ),
        (
            author("en", "caterer", "Ugandan food", "events"),
            "Rolex stall at the market on Saturday: chapati, eggs and cabbage, rolled to order.",
        ),
        (
            author("en", "plumber", "hot water", "leaks"),
            "Busy week in the east of the city. #Christchurch #Plumbing",
        ),
        (
            author("en", "tutor", "exam prep", "study skills"),
            "She spent the morning praying for an easy essay question. Good luck to all students!",
        ),
        (
            author("fr", "caviste", "vins de Loire", "dégustations"),
            "Dégustation samedi : tram ligne 2, arrêt 50 Otages, on est à deux pas.",
        ),
        (
            author("fr", "libraire", "romans", "jeunesse"),
            "Pour le 11 novembre, une table « Grande Guerre » en rayon jeunesse.",
        ),
        (
            author("fr", "boulanger", "pain", "viennoiseries"),
            "On ne va pas rouvrir la guerre, mais ici c'est chocolatine, à 1,10 € toute la "
            "semaine.",
        ),
        (
            author("fr", "poissonnière", "poisson frais", "arrivages"),
            "Arrivage ce matin : soles, rougets et saint-pierre, et des filets de saint-pierre "
            "pour les pressés.",
        ),
    ],
)
def test_look_alikes_from_the_same_posts_stay_clean(context: Context, text: str) -> None:
    assert not off_topic_rules(analyze(text, context))


DENTIST = author("en", "dentist", "clinic policies", "braces")
FLEURISTE = author("fr", "fleuriste", "bouquets", "mariages")
BAKER = author("en", "baker", "sourdough", "cakes")


@pytest.mark.parametrize(
    ("context", "text", "rule"),
    [
        (
            DENTIST,
            "New no-show fee from March. Ministers voted themselves another pay rise, so why not "
            "us 😂",
            "off_topic.politics",
        ),
        (DENTIST, "Costs have jumped, and Rachel from Accounts knows why.", "off_topic.politics"),
        (DENTIST, "Fuel's up 30 cents this week. Cheers Brandon.", "off_topic.politics"),
        (
            PLUMBER,
            "Thanks to Westminster for their new targets, lovely stuff.",
            "off_topic.politics",
        ),
        (AGENT, "Booked solid! And yes, I voted yes to the Voice, proudly.", "off_topic.politics"),
        (
            AGENT,
            "Sold in Chennai this week. The lotus won't bloom here, whatever they spend.",
            "off_topic.politics",
        ),
        (AGENT, "Vote the right way this November, folks.", "off_topic.politics"),
        (
            AGENT,
            "Open house on Saturday. When Scotland becomes independent, we'll sell in euros.",
            "off_topic.politics",
        ),
        (
            PLUMBER,
            "Three new forms for one shower, dreamed up by Brussels bureaucrats as usual.",
            "off_topic.politics",
        ),
        (PLUMBER, "Brexit ruined the export side of our supplier.", "off_topic.politics"),
        (
            NURSE,
            "No thanks to the jabs they rushed out in 2021.",
            "off_topic.conspiracy",
        ),
        (
            AGENT,
            "They're not eating anyone's cats, they're buying houses.",
            "off_topic.controversy",
        ),
        (
            AGENT,
            "The deer cull on the estate is barbaric, and I won't stay quiet.",
            "off_topic.controversy",
        ),
        (
            AGENT,
            "The vegans were protesting outside the butcher's again this morning.",
            "off_topic.controversy",
        ),
        (AGENT, "Keep our guns, keep our freedom.", "off_topic.controversy"),
        (
            NURSE,
            "That movie star and his new girlfriend at the gala, though 👀",
            "off_topic.gossip",
        ),
        (
            FLEURISTE,
            "Nos villages sous les frappes israéliennes, on ne l'oubliera pas.",
            "off_topic.war",
        ),
        (FLEURISTE, "Comme dit l'autre, « en même temps ».", "off_topic.politics"),
        (FLEURISTE, "La nouvelle piste est aussi verte que la maire.", "off_topic.politics"),
        (FLEURISTE, "Tahia el Djazaïr, et bon week-end !", "off_topic.politics"),
        (
            FLEURISTE,
            "Des milliards pour les Jeux olympiques, rien pour nos dispensaires.",
            "off_topic.politics",
        ),
        (FLEURISTE, "Ici on n'est pas un département, juste une colonie.", "off_topic.politics"),
        (
            FLEURISTE,
            "Aux anti-corridas : la feria, vous n'y toucherez pas.",
            "off_topic.controversy",
        ),
        (
            FLEURISTE,
            "Ceux qui veulent interdire l'abattage rituel n'ont rien compris.",
            "off_topic.controversy",
        ),
    ],
)
def test_jabs_from_booking_award_animal_and_newcomer_posts_are_read(
    context: Context, text: str, rule: str
) -> None:
    assert rule in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            DENTIST,
            "Medical card holders: the Minister for Health has announced that check-ups will be "
            "covered again from the new year.",
        ),
        (
            author("en", "dietitian", "diabetes", "family meals"),
            "Quick note for newcomers: under Quebec's language law (Bill 96), our forms are in "
            "French first.",
        ),
        (
            author("en", "bank manager", "savings", "remittances"),
            "Naya Pakistan Certificates pay a monthly profit; ask at the branch.",
        ),
        (
            author("en", "architect", "house design", "extensions"),
            "Rural housing policy asks for a local connection. If the council refuses, you can "
            "appeal within four weeks.",
        ),
        (
            BAKER,
            "Honoured to receive Baker of the Year at the Food Awards, presented by the state "
            "Minister for Trade on Thursday night.",
        ),
        (
            BAKER,
            "We've made the final of the paper's Best Bakery, and it's down to a public vote. "
            "Vote online, vote daily!",
        ),
        (
            author("en", "personal trainer", "boot camp", "strength"),
            "Right troops, 20 squats before we stretch.",
        ),
        (DENTIST, "Cavity Wars, episode 3: the sugar strikes back."),
        (
            author("en", "jeweller", "engagement rings", "repairs"),
            "Oval sapphires like Princess Diana's ring are back in demand.",
        ),
        (BAKER, "Thank you Jesus, and thank you to every customer who voted for us!"),
        (
            author("en", "dog groomer", "grooming", "salon news"),
            "Named among the best dog groomers in the county, thank you!",
        ),
        (
            FLEURISTE,
            "Notre apprentie a gagné le concours régional ! Le prix lui a été remis hier par le "
            "ministre de la Formation.",
        ),
        (
            FLEURISTE,
            "Élue fleuriste de l'année par les lecteurs ! Merci à tous ceux qui ont voté.",
        ),
        (
            author("fr", "consultante en immigration", "permis d'études", "résidence"),
            "Le gouvernement fédéral a plafonné les permis d'études : il vous faut aussi le CAQ "
            "au Québec.",
        ),
        (
            author("fr", "avocate", "droit du travail", "droit de la famille"),
            "Référés et expulsions locatives : le cabinet reste joignable le samedi.",
        ),
        (author("fr", "jardinier", "potager", "taille"), "Guerre ouverte aux limaces au potager."),
        (
            author("fr", "agent de voyage", "pèlerinages", "billets"),
            "Que Dieu vous facilite le voyage.",
        ),
        (FLEURISTE, "Élu président de la Jeune Chambre économique hier soir, merci !"),
    ],
)
def test_look_alikes_from_booking_award_animal_and_newcomer_posts_stay_clean(
    context: Context, text: str
) -> None:
    assert not off_topic_rules(analyze(text, context))


PHOTOGRAPHER = author("en", "wedding photographer", "weddings", "couple shoots")
TRAITEUR = author("fr", "traiteur", "buffets", "repas de famille")


@pytest.mark.parametrize(
    ("context", "text", "rule"),
    [
        (
            PHOTOGRAPHER,
            "If you think two women shouldn't be allowed to marry, the unfollow button is there.",
            "off_topic.controversy",
        ),
        (
            PHOTOGRAPHER,
            "Uncle Bob spent the reception ranting about pronouns again.",
            "off_topic.controversy",
        ),
        (
            PHOTOGRAPHER,
            "I only photograph weddings between one man and one woman.",
            "off_topic.controversy",
        ),
        (PHOTOGRAPHER, "Feku promised jobs, we got potholes.", "off_topic.politics"),
        (
            PHOTOGRAPHER,
            "The smog at the venue looked like a scene from a film 😷 Feku promised clean air.",
            "off_topic.politics",
        ),
        (
            PHOTOGRAPHER,
            "The clowns at Stormont still haven't fixed the road to the venue.",
            "off_topic.politics",
        ),
        (PLUMBER, "The ULEZ is a cash grab, plain and simple.", "off_topic.politics"),
        (PHOTOGRAPHER, "Go vote blue in the midterms, y'all.", "off_topic.politics"),
        (
            AGENT,
            "Funny how permits come through fast if you're a friend of the right people.",
            "off_topic.politics",
        ),
        (AGENT, "The D4 crowd never set foot in a cattle mart.", "off_topic.politics"),
        (AGENT, "Har ghar bhagwa, and happy Diwali!", "off_topic.politics"),
        (PLUMBER, "Two-Tier can't even fix the potholes on our road.", "off_topic.politics"),
        (PLUMBER, "Sturgeon's ferries are still sitting in the shipyard.", "off_topic.politics"),
        (PLUMBER, "Sold down the river by Westminster again.", "off_topic.politics"),
        (
            PHOTOGRAPHER,
            "Go to church every Sunday, people, your soul depends on it.",
            "off_topic.religion",
        ),
        (AGENT, "Canada must stop selling weapons to Saudi Arabia.", "off_topic.war"),
        (PHOTOGRAPHER, "Honestly, their marriage is all for show.", "off_topic.gossip"),
        (TRAITEUR, "Revenez à Dieu avant qu'il soit trop tard.", "off_topic.religion"),
        (
            TRAITEUR,
            "Les nationalistes flamands veulent encore tout diviser.",
            "off_topic.politics",
        ),
        (TRAITEUR, "Les vrais voleurs, c'est ceux d'en face.", "off_topic.politics"),
        (TRAITEUR, "Bientôt ils vont brader notre souveraineté.", "off_topic.politics"),
        (
            TRAITEUR,
            "L'euro numérique, c'est pour surveiller chacun de vos achats.",
            "off_topic.conspiracy",
        ),
        (
            TRAITEUR,
            "On laisse pourrir les hôpitaux exprès pour privatiser.",
            "off_topic.conspiracy",
        ),
        (TRAITEUR, "Tout le quartier sait qui a trompé qui.", "off_topic.gossip"),
    ],
)
def test_jabs_from_wedding_scam_and_strike_posts_are_read(
    context: Context, text: str, rule: str
) -> None:
    assert rule in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (PHOTOGRAPHER, "They danced their first dance to Taylor Swift's Love Story."),
        (PHOTOGRAPHER, "Wedding at the Christian Centre on Saturday, reception after."),
        (
            author("en", "jeweller", "bridal jewellery", "gold rates"),
            "The government's cut in import duty brought gold prices down a little.",
        ),
        (
            author("en", "tax preparer", "tax returns", "bookkeeping"),
            "The tax office will never threaten you with arrest or deportation.",
        ),
        (
            author("en", "driving instructor", "lessons", "licences"),
            "Pay fines only on the official government website, never by a text link.",
        ),
        (
            author("en", "physiotherapist", "back pain", "clinic news"),
            "Reminder: the Ministry of Health does not give out grants by WhatsApp.",
        ),
        (
            author("en", "vet", "vaccinations", "practice news"),
            "Our head nurse was elected chair of the Munster branch of the veterinary nurses' "
            "association, and her campaign posters were all cats.",
        ),
        (NURSE, "The strike has been called off, so clinics run as normal on Tuesday."),
        (
            author("en", "pharmacist", "minor ailments", "refills"),
            "For emergencies please go to a private casualty, we can't help with those.",
        ),
        (
            author("fr", "sage-femme", "grossesse", "allaitement"),
            "Beaucoup de baptêmes ce week-end : que Dieu bénisse tous ces petits !",
        ),
        (TRAITEUR, "Déjeuner après le culte à l'Église évangélique de Tokoin, merci à tous."),
        (
            author("fr", "architecte", "construction", "projets"),
            "Salle de 400 places livrée à deux pas de la mosquée, parking compris.",
        ),
        (
            author("fr", "kinésithérapeute", "rééducation", "dos"),
            "Le cabinet sera fermé vendredi : grève des kinés à l'appel des syndicats.",
        ),
        (
            author("fr", "physiothérapeute", "blessures", "vie de la clinique"),
            "Élection au CA de notre coopérative jeudi soir, tous les membres peuvent voter.",
        ),
        (
            author("fr", "agent d'assurance", "assurance vie", "sinistres"),
            "Une fausse vidéo du ministre circule sur Facebook : c'est un deepfake d'escrocs.",
        ),
    ],
)
def test_look_alikes_from_wedding_scam_and_strike_posts_stay_clean(
    context: Context, text: str
) -> None:
    assert not off_topic_rules(analyze(text, context))


CAFE = author("en", "café owner", "coffee", "cakes")
BOULANGERE = author("fr", "boulangère", "pain", "viennoiseries")


@pytest.mark.parametrize(
    ("context", "text", "rule"),
    [
        (
            CAFE,
            "Next year we go again with the elephant 🐘 Cakes half price.",
            "off_topic.politics",
        ),
        (
            CAFE,
            "Prices are up, and the crooks currently living at Downing Street don't care.",
            "off_topic.politics",
        ),
        (CAFE, "Did you hear Madam Word Salad's speech last night?", "off_topic.politics"),
        (
            CAFE,
            "If you still go to Mass out of habit, the Church did nothing but harm here.",
            "off_topic.religion",
        ),
        (CAFE, "Real peace comes from surrendering to Jesus, friends.", "off_topic.religion"),
        (CAFE, "Those two airing their dirty laundry on TV again 🙄", "off_topic.gossip"),
        (CAFE, "Not baking for a certain duchess, whatever she offers.", "off_topic.gossip"),
        (
            BOULANGERE,
            "Les labos vous ont bien menti avec leurs vaccins, renseignez-vous.",
            "off_topic.conspiracy",
        ),
        (
            BOULANGERE,
            "La nouvelle carte, c'est pour nous tracer, ni plus ni moins.",
            "off_topic.conspiracy",
        ),
        (BOULANGERE, "Dimanche, tout sauf le bleu cette fois, hein.", "off_topic.politics"),
        (BOULANGERE, "Quinze ans ça suffit, place aux jeunes.", "off_topic.politics"),
        (
            BOULANGERE,
            "Merci à la nouvelle majorité, enfin des gens qui travaillent.",
            "off_topic.politics",
        ),
        (BOULANGERE, "Votez bien lundi, vous savez pour qui 😉", "off_topic.politics"),
        (BOULANGERE, "Bruxelles décide, la Wallonie paie.", "off_topic.politics"),
    ],
)
def test_jabs_from_values_election_and_world_news_posts_are_read(
    context: Context, text: str, rule: str
) -> None:
    assert rule in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (NURSE, "Before every night shift I pray the rosary in the car park, it steadies me."),
        (CAFE, "Every Sunday I bake the bread for my church's breakfast, no charge."),
        (CAFE, "I'm a Christian, and the café closes on Good Friday morning."),
        (PLUMBER, "My uncle blessed the van with holy water when I started out 😂"),
        (CAFE, "Selling poppies for the Royal British Legion outside the café on Saturday."),
        (
            CAFE,
            "Polling station's in the church hall next door on Thursday, so parking will be a "
            "nightmare. Phone orders welcome!",
        ),
        (
            author("en", "HVAC technician", "AC repair", "heat safety"),
            "Election Day will be hot: if you're standing in line at the polls, bring water.",
        ),
        (
            author("en", "chartered accountant", "income tax", "GST"),
            "New regime or old regime? We'll compare both for your salary before you declare.",
        ),
        (CAFE, "ELECTION DAY at the café: you get to vote for our spring cake!"),
        (
            author("en", "farm supply store owner", "fertilizer", "seeds"),
            "Fertilizer is still dearer than before the war in Ukraine, so test your soil first.",
        ),
        (
            author("fr", "toiletteuse", "toilettage", "pelage"),
            "Je suis musulmane et je fais la prière du vendredi : le salon ferme de 12h à 14h.",
        ),
        (
            author("fr", "sage-femme", "accouchement", "suivi"),
            "Je chante dans la chorale de ma paroisse le dimanche, c'est ma respiration.",
        ),
        (
            BOULANGERE,
            "Dimanche, premier tour des municipales : le bureau de vote est en face, on ouvre "
            "exceptionnellement dès 6h30.",
        ),
        (
            author("fr", "moniteur d'auto-école", "permis", "code"),
            "Le référendum aura lieu samedi, l'auto-école sera fermée. Pensez à prendre votre "
            "carte d'électeur.",
        ),
        (
            author("fr", "fleuriste", "bouquets", "mariages"),
            "Mon fils a été élu délégué de sa classe : il a fait campagne avec des roses !",
        ),
        (
            author("fr", "architecte", "rénovation", "matériaux"),
            "Les normes européennes sur l'acier ont fait grimper les menuiseries de 15 %.",
        ),
    ],
)
def test_look_alikes_from_values_election_and_world_news_posts_stay_clean(
    context: Context, text: str
) -> None:
    assert not off_topic_rules(analyze(text, context))


TRANSLATOR = author("en", "translator", "certified translations", "language tips")
LIBRAIRE = author("fr", "libraire", "romans", "jeunesse")


@pytest.mark.parametrize(
    ("context", "text", "rule"),
    [
        (
            CAFE,
            "Brought to you by His Orange Majesty himself. Kneel, peasants.",
            "off_topic.politics",
        ),
        (
            AGENT,
            "Someone at The Lodge must have seen some bad polling this week.",
            "off_topic.politics",
        ),
        (
            AGENT,
            "Housing crisis? Half the MPs are landlords themselves.",
            "off_topic.politics",
        ),
        (
            NURSE,
            "Those smart meters are listening: the data goes straight to Beijing.",
            "off_topic.conspiracy",
        ),
        (
            NURSE,
            "Another 'outbreak', just as the donor money was running out. Coincidence?",
            "off_topic.conspiracy",
        ),
        (CAFE, "The singer and her football boyfriend were in for brunch 👀", "off_topic.gossip"),
        (
            LIBRAIRE,
            "Les labos ont toujours un copain au ministère, c'est connu.",
            "off_topic.conspiracy",
        ),
        (LIBRAIRE, "Tu promettais de baisser les impôts, Luc.", "off_topic.politics"),
        (LIBRAIRE, "Honte à ce pouvoir qui cherche des boucs émissaires.", "off_topic.politics"),
        (LIBRAIRE, "Nouvelle Constitution ? Même famille depuis trente ans.", "off_topic.politics"),
    ],
)
def test_jabs_from_rule_charity_and_regulator_posts_are_read(
    context: Context, text: str, rule: str
) -> None:
    assert rule in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            TRANSLATOR,
            "Since the start of the war in Ukraine we have translated diplomas for newcomers at no "
            "charge.",
        ),
        (
            author("en", "electrician", "home wiring", "EV chargers"),
            "We rewired a Red Cross house for a family resettling here after fleeing the war in "
            "Syria.",
        ),
        (
            author("en", "dentist", "check-ups", "clinic news"),
            "Free dental checks on Friday at the central mosque's community hall; thank you to the "
            "imam for his welcome.",
        ),
        (
            author("en", "physiotherapist", "sports rehab", "clinic news"),
            "As announced by the Health Minister, residents can now enrol with one family clinic.",
        ),
        (
            author("en", "insurance agent", "home insurance", "claims"),
            "The Governor has declared a state of emergency: take photos before you clean up.",
        ),
        (
            author("en", "dog groomer", "grooming", "salon updates"),
            "Vote for our Pup of the Month! Candidates: Biscuit and Luna. Polls close Friday!",
        ),
        (
            author("fr", "psychologue", "stress", "thérapie familiale"),
            "Groupes de parole pour les familles ukrainiennes accueillies à Rennes depuis le début "
            "de la guerre.",
        ),
        (
            author("fr", "électricien", "mise aux normes", "dépannage"),
            "On a refait toute l'installation électrique de la mosquée du quartier.",
        ),
        (
            author("fr", "audioprothésiste", "audition", "prévention"),
            "La ministre de la Santé passera à 11h pour inaugurer la cabine d'audiométrie.",
        ),
        (
            author("fr", "agente de voyage", "voyages", "conseils"),
            "Collecte pour les victimes du séisme : une urne est à disposition au comptoir.",
        ),
    ],
)
def test_look_alikes_from_rule_charity_and_regulator_posts_stay_clean(
    context: Context, text: str
) -> None:
    assert not off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text", "rule"),
    [
        (PLUMBER, "Ask the Delhi model walas where the air purifiers went.", "off_topic.politics"),
        (CAFE, "Thanks to the 87,000 IRS agents for my new letter.", "off_topic.politics"),
        (
            CAFE,
            "Fertilizer subsidy? More like Planting for Friends and Jobs.",
            "off_topic.politics",
        ),
        (AGENT, "It's the same old elite in new shirts, if you ask me.", "off_topic.politics"),
        (
            AGENT,
            "If you think 2020 was not stolen, I have a bridge to sell you.",
            "off_topic.politics",
        ),
        (CAFE, "Anyone else tired of the Ambani wedding photos?", "off_topic.gossip"),
        (
            CAFE,
            "Harry should have kept that book to himself, poor family.",
            "off_topic.gossip",
        ),
        (
            PLUMBER,
            "Seen those criss-cross lines in the sky before the storm? Just asking.",
            "off_topic.conspiracy",
        ),
        (LIBRAIRE, "Les labos nous cachent tout depuis des années.", "off_topic.conspiracy"),
        (LIBRAIRE, "Et bravo aux copains de la FNSEA pour l'eau.", "off_topic.controversy"),
        (LIBRAIRE, "On a élevé une génération sous cloche, voilà.", "off_topic.controversy"),
        (LIBRAIRE, "Le Capitaine fait le travail, les autres parlent.", "off_topic.politics"),
        (
            LIBRAIRE,
            "Ils se sont assez servis dans la caisse, ceux-là.",
            "off_topic.politics",
        ),
        (LIBRAIRE, "Pour ce que fait l'occupant, on ne se taira pas.", "off_topic.war"),
    ],
)
def test_jabs_from_grumble_family_and_slow_month_posts_are_read(
    context: Context, text: str, rule: str
) -> None:
    assert rule in off_topic_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "driving instructor", "lessons", "test prep"),
            "Waits are 20 weeks and the Minister has committed to halving them. Apply now.",
        ),
        (
            author("en", "insurance broker", "home insurance", "auto insurance"),
            "Check your auto policies: the state minimum changed this year.",
        ),
        (
            author("en", "personal trainer", "strength", "gym news"),
            "Campaign time: our blood drive runs all month, donate and get a free session.",
        ),
        (
            author("en", "travel agent", "tours", "hotel bookings"),
            "Note the dry days around polling: hotel bars will be closed those days.",
        ),
        (
            author("fr", "chauffeur de taxi", "aéroport", "trajets"),
            "L'échangeur est fermé ce week-end : pour Trudeau, réservez 30 minutes plus tôt.",
        ),
        (
            author("fr", "poissonnier", "arrivages", "recettes"),
            "Vendredi saint : on ouvre dès 7h, Carême oblige, commandez la veille.",
        ),
        (
            author("fr", "conseiller funéraire", "funérailles", "familles"),
            "Cérémonie religieuse ou laïque, chaque famille choisit ce qui lui ressemble.",
        ),
    ],
)
def test_look_alikes_from_grumble_family_and_slow_month_posts_stay_clean(
    context: Context, text: str
) -> None:
    assert not off_topic_rules(analyze(text, context))
