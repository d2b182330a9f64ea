"""Leaders, ministers and parties named the way each country names them, in both languages;
and the same names where they are harmless: a street, a hospital or a school named after a
leader, and surnames that are everyday words ("a roof truss", « un ado », « la Hollande »)."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, Report, analyze

PHARMACY = Context(language="en", profession="pharmacist", topics=("community pharmacy",))
BUILDER = Context(language="en", profession="builder", topics=("roofing", "extensions"))
PHARMACIE = Context(language="fr", profession="pharmacienne", topics=("officine", "conseil"))
ARTISAN = Context(language="fr", profession="menuisier", topics=("escaliers", "cuisines"))


def politics(report: Report) -> list[str]:
    return [f.text for f in report.findings if f.rule == "off_topic.politics"]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Fuel up again. Cheers Tinubu, we're all loving the renewed pain.", PHARMACY),
        ("Thirty years of Museveni and the road to my shop still floods.", PHARMACY),
        ("Load-shedding again while Ramaphosa talks about a new dawn.", PHARMACY),
        ("Prices doubled since Mnangagwa promised us a new era.", BUILDER),
        ("Whatever Kejriwal says, the water in our lane is still brown.", PHARMACY),
        ("Did anyone else watch Luxon dodge the question last night?", BUILDER),
        ("Wouldn't trust Nicola Sturgeon to build a garden shed.", BUILDER),
        ("Sinn Féin or Fianna Fáil, the planning office stays shut on Fridays.", BUILDER),
        ("Raila Odinga on the radio again this morning, the same old promises.", PHARMACY),
        ("Honestly, Bongbong and Sara Duterte deserve each other.", PHARMACY),
    ],
)
def test_leaders_and_parties_are_named_in_english(text: str, context: Context) -> None:
    assert politics(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Avec Lecornu ou un autre, nos charges montent pareil.", ARTISAN),
        ("Trois mandats de Ouattara et toujours pas de route goudronnée ici.", ARTISAN),
        ("Merci Tebboune pour les pénuries de ciment, vraiment.", ARTISAN),
        ("Tshisekedi promet, Kinshasa attend, et nous on paie le générateur.", PHARMACIE),
        ("Qu'on vote Legault ou Plamondon, les délais de la RAMQ restent les mêmes.", PHARMACIE),
        ("Bart De Wever a encore frappé, et les indépendants trinquent.", PHARMACIE),
        ("Rajoelina nous a encore oubliés, comme d'habitude.", ARTISAN),
        ("Depuis que Diomaye est là, on attend toujours les commandes de l'État.", ARTISAN),
        ("Franchement, François Hollande avait au moins de l'humour.", PHARMACIE),
        ("Martelly, Jovenel, Henry… et le quartier n'a toujours pas d'eau.", PHARMACIE),
    ],
)
def test_leaders_and_parties_are_named_in_french(text: str, context: Context) -> None:
    assert politics(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Ten years ago I opened a tiny pharmacy on Oginga Odinga Street.", PHARMACY),
        ("We're moving next to Kenyatta National Hospital in March.", PHARMACY),
        ("Turn left after the Ramaphosa Bridge and we're the blue door.", PHARMACY),
        ("Our new branch faces Nnamdi Azikiwe Airport, arrivals side.", PHARMACY),
        ("The Divali lights on Harris Promenade look lovely, go and see them.", PHARMACY),
        ("Fresh snapper landed this morning at Bolsonaro Quay, come early.", BUILDER),
        ("We deliver to Modi Plaza and the old harbour every Friday.", PHARMACY),
        ("Replaced a rotten roof truss and two rafters this week.", BUILDER),
        ("Smoked sturgeon and brown bread for the site lads on Friday.", BUILDER),
        ("Dr Zuma came in for her flu jab and stayed for a chat.", PHARMACY),
    ],
)
def test_a_leaders_name_on_a_street_or_an_everyday_word_is_not_politics_in_english(
    text: str, context: Context
) -> None:
    assert politics(analyze(text, context)) == []


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("La pharmacie déménage avenue Houphouët-Boigny, juste après le carrefour.", PHARMACIE),
        ("On ouvre boulevard Gbagbo lundi, venez voir les nouveaux rayons.", PHARMACIE),
        ("Livraison au lycée Mohammed V ce matin : trois escaliers en chêne.", ARTISAN),
        ("Notre stand est au marché Tshisekedi tous les samedis.", PHARMACIE),
        ("Livraison gratuite jusqu'à la gare Macron tous les samedis matin.", PHARMACIE),
        ("Le marché de Noël s'installe sur le quai Sarkozy à partir de vendredi.", ARTISAN),
        ("Un ado m'a aidé à poncer tout l'après-midi, quel talent.", ARTISAN),
        ("Du bois venu de Hollande, séché deux ans, pour cette cuisine.", ARTISAN),
    ],
)
def test_a_leaders_name_on_a_street_or_an_everyday_word_is_not_politics_in_french(
    text: str, context: Context
) -> None:
    assert politics(analyze(text, context)) == []


def test_a_street_still_leaves_the_leaders_own_name_flagged() -> None:
    text = "Our shop is on Kenyatta Avenue. Ruto promised to fix it, and nothing."
    assert politics(analyze(text, PHARMACY)) == ["Ruto"]
    texte = "On est rue Félix-Éboué. Merci Biya pour les nids-de-poule."
    assert politics(analyze(texte, PHARMACIE)) == ["Biya"]


BAKER = Context(language="en", profession="baker", topics=("bread", "pastry"))
BOULANGER = Context(language="fr", profession="boulanger", topics=("pain", "viennoiserie"))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Bread is up again. Thanks, Tinubu.", BAKER),
        (
            "More hot air in this boiler than Boris at a press conference, but the bread's fine.",
            BAKER,
        ),
        ("Neither Trudeau nor Poilievre will ever knead bread at four in the morning.", BAKER),
        ("Ni Macron ni Le Pen : moi, je vote pain au levain.", BOULANGER),
        ("Le prix du pain, Bardella n'en parle jamais.", BOULANGER),
        ("Merci Tebboune : le pain manque encore ce matin.", BOULANGER),
    ],
)
def test_a_leader_named_in_a_sentence_about_the_trade_is_still_politics(
    text: str, context: Context
) -> None:
    assert politics(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The health minister says bread in school canteens will be free from May.", BAKER),
        ("Le ministre annonce une aide pour le pain des cantines scolaires.", BOULANGER),
    ],
)
def test_the_trades_news_without_a_name_stays_clean(text: str, context: Context) -> None:
    assert politics(analyze(text, context)) == []


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Wes Streeting should try running a dental practice for a week.", PHARMACY),
        ("Jim Chalmers' budget did nothing for small chemists.", PHARMACY),
        ("Drill baby drill, and fuel is still dear at the pump.", BUILDER),
        ("Free Sonko! Anyway, the shop is open till six.", PHARMACY),
        ("Biya must go, but our opening hours stay the same.", PHARMACY),
        ("Roland Lescure veut encore taxer les artisans.", ARTISAN),
        ("Amélie de Montchalin et son budget : merci pour rien.", ARTISAN),
        ("Bercy veut encore taxer les indépendants.", ARTISAN),
        ("Travailler plus pour gagner plus, qu'ils disaient.", ARTISAN),
        ("Les macronards nous prennent pour des idiots.", PHARMACIE),
    ],
)
def test_ministers_of_the_day_and_their_slogans(text: str, context: Context) -> None:
    assert politics(analyze(text, context))


@pytest.mark.parametrize(
    "text",
    [
        "Starmer, Meloni, même combat pour les artisans : aucun.",
        "Musk au gouvernement, on aura tout vu.",
        "Modi ou Sunak, la livraison de safran arrive toujours en retard.",
    ],
)
def test_world_leaders_named_in_french_posts(text: str) -> None:
    assert politics(analyze(text, ARTISAN))


def test_musk_the_scent_is_no_leader() -> None:
    assert (
        politics(analyze("Une bougie au musc et au santal, parfaite pour l'hiver.", ARTISAN)) == []
    )


def test_a_midwife_on_reproductive_health_law_is_in_her_field() -> None:
    sage_femme = Context(
        language="fr", profession="sage-femme", topics=("suivi de grossesse", "santé reproductive")
    )
    texte = (
        "Depuis l'inscription de l'IVG dans la Constitution, mes patientes me posent des questions."
    )
    assert politics(analyze(texte, sage_femme)) == []
    assert politics(analyze("L'IVG dans la Constitution, enfin ! Bravo les députés.", ARTISAN))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Insurance up 40% again. Thanks for nothing, Governor DeSanctimonious.", BAKER),
        ("Malinauskas wants a new stadium; I want a new oven.", BAKER),
        ("Sogavare or Manele, Honiara's water is still off at six.", BAKER),
        ("Hassanal Bolkiah's birthday parade closed the road, so we opened late.", BAKER),
        ("The Toshakhana gifts cost more than my whole shop.", BAKER),
        ("Our till is Mingo-proof, unlike the SWAPO lot's books.", BAKER),
        ("Ferries fiasco, part nine: my deliveries to Arran are late again.", BAKER),
        ("Holyrood, please: a deposit scheme that actually launches.", BAKER),
        ("Number 10 wants more apprentices but won't shorten the paperwork.", BAKER),
        ("Whatever Stormont decides this week, the waiting list is still two years.", BAKER),
        ("Martine Vassal a encore refait la place, et nos livraisons tournent en rond.", BOULANGER),
        ("Oscar Temaru ou Édouard Fritch, le prix de la farine monte pareil.", BOULANGER),
        ("Touadéra promet, nous on pétrit.", BOULANGER),
        ("Le Cameroun c'est le Cameroun, même le prix du pain.", BOULANGER),
        ("Bongo doit partir, et nos beignets restent à 100 francs.", BOULANGER),
        ("Marseille en grand, nos trottoirs en petit.", BOULANGER),
    ],
)
def test_more_leaders_nicknames_scandals_and_seats_by_name(text: str, context: Context) -> None:
    assert politics(analyze(text, context))


@pytest.mark.parametrize(
    "text",
    [
        # A seat of power that "has decided", in the way people say it.
        "Leave extra time: Cardiff Bay's decided we all crawl along at 20 now.",
        "Holyrood has decided, again, that bakeries can wait.",
        "Kildare Street wants three more forms from every landlord.",
        "Whatever Kildare Street says, our rates stay the same.",
    ],
)
def test_a_seat_of_power_that_has_decided(text: str) -> None:
    assert politics(analyze(text, BAKER))


@pytest.mark.parametrize(
    "text",
    [
        "We moved to Cardiff Bay last year: come and find us by the barrage.",
        "Our Cardiff Bay café has decided to stay open till nine on Fridays.",
        "Orders for Kildare Street and Merrion Square go out at eight.",
    ],
)
def test_the_same_places_where_people_live_and_work_stay_clean(text: str) -> None:
    assert politics(analyze(text, BAKER)) == []


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Nairobi, please come taste our new mandazi this weekend!", BAKER),
        ("Ottawa, we're open on Sunday from 8!", BAKER),
        ("Closed Saturday afternoon: we're watching the Kagame Cup final.", BAKER),
        ("Five minutes from the Magufuli Bus Terminal, easy to find.", BAKER),
        ("A client brought in a Harris Tweed jacket to be relined.", BAKER),
        ("Nos croissants partent jusqu'au Berlaymont pour la réception de ce soir.", BOULANGER),
    ],
)
def test_a_city_addressed_and_names_on_cups_and_cloth_stay_clean(
    text: str, context: Context
) -> None:
    assert politics(analyze(text, context)) == []


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Youngkin or Spanberger, my plumbing rates stay the same.", BAKER),
        ("Fubara and Wike can fight it out; our bread is still ₦1,500.", BAKER),
        ("Lotay Tshering promised happiness, I promise fresh momos.", BAKER),
        ("Sarawak for Sarawakians, and kolo mee for everyone 😉", BAKER),
        ("Andrew Barr's rates notice arrived. Lovely.", BAKER),
        ("Christophe Darbellay nous promet encore des routes, on attend.", BOULANGER),
        ("Gilles Vaillancourt serait fier de nos factures, elles aussi sont salées.", BOULANGER),
        ("Barthélémy Dias ou pas, la boulangerie ouvre à 6 h.", BOULANGER),
    ],
)
def test_leaders_of_states_cantons_and_cities_by_name(text: str, context: Context) -> None:
    assert politics(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Painting a house right opposite Vidhana Soudha this week, the parking is grim.", BAKER),
        ("Shop's closed for Tynwald Day on the 5th, back on the 6th with kippers.", BAKER),
        ("Our new oven lands at Maurice Bishop International on Thursday!", BAKER),
        ("Shout-out to Mahinda, our oldest tailor, 42 years at the machine.", BAKER),
        ("Members asked about a ULP charge against the employer; here's the process.", BAKER),
    ],
)
def test_a_landmark_a_holiday_an_airport_and_a_namesake_stay_clean(
    text: str, context: Context
) -> None:
    assert politics(analyze(text, context)) == []


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Nirmala Sitharaman's budget left my bakery's GST exactly where it hurt.", BAKER),
        ("Emefiele's naira swap had my customers paying with IOUs for a month.", BAKER),
        ("Tegeta Escrow money could have fixed our road twice over.", BAKER),
        ("Khela hobe, they said. Our sweets are the only thing still playing fair.", BAKER),
        ("Konrad Mizzi has a panama hat, I have a flour sack. We are not the same.", BAKER),
    ],
)
def test_ministers_bankers_and_their_scandals_by_name(text: str, context: Context) -> None:
    assert politics(analyze(text, context))


def test_a_school_uniforms_red_beret_and_an_apprentices_surname_stay_clean() -> None:
    for text in (
        "Finished school uniforms with matching red berets for a primary school in Mukono.",
        "Our new apprentice, Lamin Darboe, is already faster than me at cutting tiles.",
    ):
        assert politics(analyze(text, BAKER)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Louisa Hanoune a encore parlé une heure, nous on a pétri pendant ce temps.",
        "Congo Hold-up, et nous on compte nos pièces de 100 francs.",
        "Fin du monde, fin du mois, même combat : la baguette reste à 1,10 €.",
        "Guy Marius Sagna aurait fait la queue comme tout le monde ce matin 😄",
    ],
)
def test_french_ministers_opponents_and_scandals_by_name(text: str) -> None:
    assert politics(analyze(text, BOULANGER))


def test_a_foundation_and_a_customer_named_like_a_president_stay_clean() -> None:
    for text in (
        "Cinquante gâteaux offerts au centre de la Fondation Chantal Biya pour la journée.",
        "Notre client du vendredi s'appelle Azali et commande toujours le même gâteau coco.",
    ):
        assert politics(analyze(text, BOULANGER)) == []


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Our choir sang at the Ruto community hall on Saturday, thank you all.", PHARMACY),
        ("Flu jabs at the Obama primary school gym this Thursday, 3 to 6.", PHARMACY),
        ("New stairs fitted at the Kenyatta district hospital annexe.", BUILDER),
        ("Notre stand est au stade municipal Sarkozy samedi, venez goûter.", PHARMACIE),
        ("Les apprentis du lycée hôtelier Georges-Frêche ont cuisiné pour nous.", ARTISAN),
        ("Escalier livré au lycée professionnel Jacques-Chirac ce matin.", ARTISAN),
    ],
)
def test_a_leaders_name_on_a_school_or_hall_with_a_plain_word_between_is_an_address(
    text: str, context: Context
) -> None:
    assert politics(analyze(text, context)) == []


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Ruto community outreach is a joke, and our shop pays for it.", PHARMACY),
        ("Le stade où Sarkozy a parlé est fermé depuis, merci pour rien.", PHARMACIE),
        ("Au lycée, Macron nous expliquait déjà la vie. Quelle blague.", ARTISAN),
    ],
)
def test_a_leader_near_a_school_word_but_not_its_name_stays_flagged(
    text: str, context: Context
) -> None:
    assert politics(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Our shop in Westminster is open late on Fridays now, come by for a bun.", BAKER),
        ("Our clinic near Westminster Bridge has moved to the second floor.", PHARMACY),
        ("Delivering to Westminster, Colorado and Arvada every Tuesday.", BAKER),
        ("Boris the shop cat has had a busy week. Boris loves the flour sacks.", BAKER),
        ("Our dog Maggie supervised the whole roof job from the van.", BUILDER),
        ("Notre chat Sarko garde les sacs de farine depuis lundi.", BOULANGER),
        ("Macron le chiot a encore volé un croissant en vitrine.", BOULANGER),
        ("Le chien de l'atelier, qui s'appelle Chirac, dort sur les copeaux.", ARTISAN),
    ],
)
def test_a_shop_in_westminster_or_a_pet_named_after_a_leader_is_not_politics(
    text: str, context: Context
) -> None:
    assert politics(analyze(text, context)) == []


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The nonsense coming out of Westminster will close half the bakeries.", BAKER),
        ("Boris would have loved this cake, he never said no to a party.", BAKER),
        ("Sarko aurait adoré ce gâteau, lui qui aime tant les fêtes.", BOULANGER),
    ],
)
def test_westminster_and_a_leaders_nickname_still_count_without_a_shop_or_a_pet(
    text: str, context: Context
) -> None:
    assert politics(analyze(text, context))


LAND_LAWYER = Context(language="en", profession="lawyer", topics=("land law", "conveyancing"))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Wasini Island dolphin tour, then Fort Jesus and the Old Town before lunch.", BAKER),
        (
            "After purchase, perfect your title: Governor's consent, registration, stamp duty.",
            LAND_LAWYER,
        ),
        ("Before you build, get the Minister's consent and keep the receipts.", LAND_LAWYER),
        (
            "On tranche le débat ici : votre combo en commentaire, et le plus voté va au tableau !",
            BOULANGER,
        ),
        ("Son mari, rahimahou Allah, les avait fait faire ici il y a quarante ans.", ARTISAN),
        ("À ceux qui nous suivent depuis Paris, Montréal ou Dubaï : bonnes fêtes !", BOULANGER),
    ],
)
def test_a_fort_a_land_consent_a_poll_a_condolence_and_faraway_followers_stay_clean(
    text: str, context: Context
) -> None:
    assert [f.text for f in analyze(text, context).findings if f.category == "off_topic"] == []


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The Minister doesn't care how long a title takes.", BAKER),
        ("Merci à ceux qui décident tout depuis Paris sans écouter personne ici.", BOULANGER),
    ],
)
def test_a_minister_or_paris_deciding_is_still_a_side_taken(text: str, context: Context) -> None:
    assert politics(analyze(text, context))


@pytest.mark.parametrize(
    "text",
    [
        "Send a DM or just come, opposite the filling station on Herbert Macaulay. God bless.",
        "Thank you for a great first year in the shop. God bless, and see you Monday.",
        "Emergency plumbing calls from Monday 7am. God bless you all.",
    ],
)
def test_god_bless_signing_off_is_a_goodbye(text: str) -> None:
    assert [f.text for f in analyze(text, BAKER).findings if f.category == "off_topic"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Happy 4th of July from all of us at the clinic. God bless America, the only nation.",
        "God bless our troops, and stand for the anthem or stay home.",
        "NO ILLEGALS ON MY CREWS. GOD BLESS OUR PRESIDENT!!!",
    ],
)
def test_a_flag_waving_blessing_takes_a_side(text: str) -> None:
    assert politics(analyze(text, BAKER))
