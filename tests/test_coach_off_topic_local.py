"""Off-topic jabs in casual local posts (a price rise, a closure, a new stock), and the same
words said harmlessly: an official visit, a veterans' discount, a street named after a saint."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from firsthand.composer.coach import Context, Report, analyze
from firsthand.composer.coach.off_topic import check_off_topic
from firsthand.composer.coach.packs import RULES_DIR, Pack, build_pack, read_pack_data
from firsthand.composer.coach.phrases import Scan
from firsthand.composer.coach.tokens import tokenize

SHOP = Context(language="en", profession="hardware store owner", topics=("tools", "paint"))
BOUTIQUE = Context(language="fr", profession="quincaillier", topics=("outillage", "peinture"))
FUNERAL_FLORIST = Context(
    language="en", profession="florist", topics=("wedding flowers", "funeral tributes")
)
FLEURISTE_DEUIL = Context(
    language="fr", profession="fleuriste", topics=("mariages", "compositions funéraires")
)
FUNERAL_DIRECTOR = Context(
    language="fr", profession="conseillère funéraire", topics=("rites funéraires",)
)


def off_topic(report: Report) -> set[str]:
    return {f.rule for f in report.findings if f.category == "off_topic"}


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        ("Paint is up 8% again. Thank the geniuses in Ottawa for that one.", SHOP, "politics"),
        ("Eskom cuts the power and Luthuli House sends a tweet.", SHOP, "politics"),
        ("Expropriation without compensation? Not on any farm I know.", SHOP, "politics"),
        (
            "Moved down from Chicago to the Free State of Florida and never looked back.",
            SHOP,
            "politics",
        ),
        ("The commies on the council want a permit for our sandwich board now.", SHOP, "politics"),
        ("Meanwhile the lot of them vote themselves another pay rise.", SHOP, "politics"),
        ("Scones in blue and white this weekend. #IndyRef2", SHOP, "politics"),
        ("Happy Twelfth to all our customers. No surrender!", SHOP, "politics"),
        ("Steel brackets, up $4. Cheers, Tariff Man.", SHOP, "politics"),
        (
            "Is it fair that people who snuck in illegally get free hotels while working families "
            "queue for rent?",
            SHOP,
            "controversy",
        ),
        (
            "Half the suburb is straight off the plane, and nobody speaks English on site.",
            SHOP,
            "controversy",
        ),
        ("You came here for the jobs, so respect our language.", SHOP, "controversy"),
        (
            "The school board banned a dozen books from the library shelves this week.",
            SHOP,
            "controversy",
        ),
        ("Happy Australia Day! And no, we won't be changing the date.", SHOP, "controversy"),
        (
            "Those white trails the planes leave over the estate every morning. Just saying.",
            SHOP,
            "conspiracy",
        ),
        (
            "Smart meters are the start. The day 'they' switch off your car, you'll see.",
            SHOP,
            "conspiracy",
        ),
        ("Come back and make your confession while there is time.", SHOP, "religion"),
        ("Get down on your knees and confess, this town needs it.", SHOP, "religion"),
        ("#YesScotland #scones", SHOP, "politics"),
        # A fought-over scheme named in several words, spelled in a hashtag, takes a side.
        ("Ten percent off box rooms this week 😉 #BedroomTax", SHOP, "politics"),
        ("Bottles back to the shop, again. #DepositReturnScheme", SHOP, "politics"),
    ],
)
def test_english_jabs_in_local_posts_are_read(text: str, context: Context, rule: str) -> None:
    assert f"off_topic.{rule}" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        (
            "Le gaz augmente, et à Québec ils se sont votés des hausses d'indemnités.",
            BOUTIQUE,
            "politics",
        ),
        ("Fermé jeudi, on descend à la manif. 64 ans, c'est non !", BOUTIQUE, "politics"),
        (
            "Et voilà que les Verts veulent interdire les tondeuses thermiques.",
            BOUTIQUE,
            "politics",
        ),
        ("Au 16, rue de la Loi, on se dispute encore sur le budget.", BOUTIQUE, "politics"),
        ("Un 3e mandat ? Même nos vis tiennent moins longtemps.", BOUTIQUE, "politics"),
        (
            "Chaque année on nous envoie quelqu'un de Paris qui promet tout et repart.",
            BOUTIQUE,
            "politics",
        ),
        ("Électricité en hausse. La réponse d'en haut : 🤡", BOUTIQUE, "politics"),
        ("Au 20 h, on nous explique que tout va bien. Merci qui ? 🙃", BOUTIQUE, "politics"),
        ("La vie chère, et leur bouclier tarifaire qui ne protège personne.", BOUTIQUE, "politics"),
        (
            "Tant que le système reste en place, avec ses généraux, rien ne bougera.",
            BOUTIQUE,
            "politics",
        ),
        (
            "Ces commerces d'étrangers cassent les prix et font venir leurs cousins.",
            BOUTIQUE,
            "controversy",
        ),
        (
            "Les frontaliers prennent les places, et les plaques françaises partout dès 7 h.",
            BOUTIQUE,
            "controversy",
        ),
        ("La protéine spike y est pour quelque chose, croyez-moi.", BOUTIQUE, "controversy"),
        ("Renseignez-vous ailleurs qu'à la télé.", BOUTIQUE, "conspiracy"),
        (
            "Le jour où « ils » couperont votre voiture à distance, vous comprendrez.",
            BOUTIQUE,
            "conspiracy",
        ),
        ("Le compteur Linky, c'était la répétition générale.", BOUTIQUE, "conspiracy"),
        ("L'Ukraine a le droit de se défendre, point.", BOUTIQUE, "war"),
        ("Jamais la langue de ceux qui ont brûlé nos villages.", BOUTIQUE, "war"),
        ("Allez vous confesser avant Pâques, il est encore temps.", BOUTIQUE, "religion"),
        ("Toute la ville en parle : la star du zouglou a quitté sa femme.", BOUTIQUE, "gossip"),
        (
            "L'actrice aux dix kilos en moins ose dire que c'est le yoga. Ozempic, oui 😏",
            BOUTIQUE,
            "gossip",
        ),
        ("Nouveaux rouleaux de peinture en rayon ! #ObligationVaccinale", BOUTIQUE, "politics"),
        ("Arrivage de vis inox cette semaine. #DroitDuSol", BOUTIQUE, "politics"),
    ],
)
def test_french_jabs_in_local_posts_are_read(text: str, context: Context, rule: str) -> None:
    assert f"off_topic.{rule}" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Donations go to the Royal British Legion, and poppies are on the counter.", SHOP),
        ("Listed a three-bed semi in Woking on Thursday; eleven viewings by Saturday.", SHOP),
        ("The war on humidity has started: here's how I keep paint from peeling.", SHOP),
        ("Road closures for the presidential motorcade on Friday: we open at noon.", SHOP),
        ("With the President's visit on Friday, O'Connell Street is shut from 10 till 2.", SHOP),
        ("10% off for military families, just show your military ID.", SHOP),
        ("Ray (US Army, 1989–1997) will swap stories with anyone who served.", SHOP),
        ("Check you're on the electoral roll before the deadline; forms at the counter.", SHOP),
        ("Happy Australia Day! Open 9 till 3, sausage sizzle out front.", SHOP),
        ("We had to change the date of the paint workshop to the 14th.", SHOP),
        ("I have to make a confession: I still hate sanding.", SHOP),
        ("Let him in before nine and he'll have the boiler fixed by lunch.", SHOP),
        ("Get down on your knees for this one: skirting boards need a steady hand.", SHOP),
        ("Fresh off the boat from Skye, and the team is back at work.", SHOP),
        ("The singular 'they' is fine on our order forms.", SHOP),
        ("The flowers for the church service, and the prayers at the chapel.", FUNERAL_FLORIST),
    ],
)
def test_english_look_alikes_stay_clean(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("On ferme plus tôt le 24 pour la messe de minuit à Saint-Martin.", BOUTIQUE),
        ("Une visite présidentielle jeudi : le boulevard sera fermé de 8 h à 15 h.", BOUTIQUE),
        ("Un ancien ministre de l'Agriculture est entré hier, il cherchait une scie.", BOUTIQUE),
        (
            "Vérifiez votre inscription sur les listes électorales, on vous aide à la permanence.",
            BOUTIQUE,
        ),
        ("Ma grand-mère a 90 ans, c'est non pour l'escabeau.", BOUTIQUE),
        ("Quand ils décideront de rouvrir la route, on vous le dira.", BOUTIQUE),
        ("Le pronom « ils » au pluriel, c'est la règle.", BOUTIQUE),
        (
            "Elle avait lu sur internet que « ils » cachaient tout, alors on a regardé ensemble.",
            BOUTIQUE,
        ),
        ("On lâche rien, l'équipe : le chantier finit vendredi.", BOUTIQUE),
        ("Les frais généraux augmentent, et le gouvernement n'y est pour rien.", BOUTIQUE),
        (
            "La cérémonie à l'église, puis les prières au cimetière : on livre les deux.",
            FLEURISTE_DEUIL,
        ),
        ("Chez les catholiques, la messe et la bénédiction restent fréquentes.", FUNERAL_DIRECTOR),
    ],
)
def test_french_look_alikes_stay_clean(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


def test_a_florist_who_preaches_is_still_flagged_though_funerals_are_their_trade() -> None:
    text = "Lilies are in. Get down on your knees and pray, and make your confession."
    assert "off_topic.religion" in off_topic(analyze(text, FUNERAL_FLORIST))
    texte = "Les lys sont là. Allez vous confesser, il est encore temps."
    assert "off_topic.religion" in off_topic(analyze(texte, FLEURISTE_DEUIL))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Mirror checks really are my religion, and I hope they're yours now.", SHOP),
        ("Foam rolling won't break up your knots, whatever influencers keep saying.", SHOP),
        ("Le choix du carrelage a viré à la guerre de religion entre eux deux.", BOUTIQUE),
        ("La trêve hivernale suspend l'expulsion, pas la saisie sur les comptes.", BOUTIQUE),
        ("Elle doit joindre son CAQ à la demande avant le dépôt au fédéral.", BOUTIQUE),
    ],
)
def test_images_and_paperwork_that_borrow_hot_words_stay_clean(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


def test_the_party_is_still_politics_where_the_certificate_is_paperwork() -> None:
    text = "La CAQ a encore perdu une circonscription, et ça ne m'étonne pas."
    assert "off_topic.politics" in off_topic(analyze(text, BOUTIQUE))


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        (
            "I listen to my clients, unlike some who only turn up every five years.",
            SHOP,
            "politics",
        ),
        (
            "Funny how they can always find billions for stadiums but not for rural vets.",
            SHOP,
            "politics",
        ),
        ("Remember the £350m a week they painted on the side of a bus?", SHOP, "politics"),
        (
            "Under the visionary leadership of our Hon'ble Prime Minister, paint is cheaper.",
            Context(language="en", profession="painter", topics=("paint", "walls")),
            "politics",
        ),
        (
            "Just saying: if a certain premier spent less on beer ads, we'd all be better off.",
            SHOP,
            "politics",
        ),
        ("Everyone could see he was only ever after her money.", SHOP, "gossip"),
        (
            "People ask what I think about the shots. Let's say I've seen a lot of coincidences 🤐",
            SHOP,
            "controversy",
        ),
        ("By 2030 you'll own nothing and be happy, they wrote it themselves.", SHOP, "conspiracy"),
        ("Au sommet de l'État, certains sont en place depuis 1982 😏", BOUTIQUE, "politics"),
        (
            "Je soutiens le mouvement à 100 % : tout le monde dans la rue samedi !",
            BOUTIQUE,
            "politics",
        ),
        (
            "Vivement la vague bleu Marine, qu'on remette de l'ordre dans ce pays.",
            BOUTIQUE,
            "politics",
        ),
        (
            "Ces messieurs se partagent le pays pendant que les routes ferment.",
            BOUTIQUE,
            "politics",
        ),
        (
            "Une poignée de grévistes grassement payés, et toujours pas de service minimum.",
            BOUTIQUE,
            "politics",
        ),
        ("#outillage #RetraiteA62CestNon", BOUTIQUE, "politics"),
        ("On nous prend pour des cobayes, comme toujours.", BOUTIQUE, "conspiracy"),
        (
            "Des bébés qui changent juste après leurs vaccins, ça interroge.",
            BOUTIQUE,
            "controversy",
        ),
        ("Vous êtes team qui, dans l'histoire de la chanteuse ?", BOUTIQUE, "gossip"),
    ],
)
def test_jabs_from_many_countries_are_read(text: str, context: Context, rule: str) -> None:
    assert f"off_topic.{rule}" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The school is a polling station on Friday. No election chat at the till please 😄", SHOP),
        ("We're moving to Capitol Hill, two streets from the park!", SHOP),
        ("Related-party rent and a warranty policy: document both before the sale.", SHOP),
        ("A grant of letters of administration, then a caveat or a protest can slow it.", SHOP),
        (
            "L'école sert de bureau de vote dimanche : le vote est obligatoire, on ouvre à 8 h.",
            BOUTIQUE,
        ),
        ("Notre atelier ouvre à deux pas de Matignon, rue de Varenne.", BOUTIQUE),
    ],
)
def test_polling_day_notices_and_places_stay_clean(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


def test_a_clinics_own_local_quarrel_is_read_in_its_hashtags(tmp_path: Path) -> None:
    """A town's own quarrel, added by the clinic in a file beside the bundled rules, is found
    written as a hashtag too, though the bundled pack has already read hashtags."""
    folder = RULES_DIR / "en"
    text = "Open late on Thursday. #StopTheBypass"
    bundled = build_pack("en", "off_topic", read_pack_data(folder, "off_topic"))
    assert _pack_rules(text, bundled) == set()
    shutil.copy(folder / "off_topic.toml", tmp_path / "off_topic.toml")
    (tmp_path / "off_topic.town.toml").write_text(
        '[[rule]]\nid = "off_topic.bypass"\nmessage = "The bypass splits the town."\n'
        'phrases = ["bypass"]\n',
        encoding="utf-8",
    )
    ours = build_pack("en", "off_topic", read_pack_data(tmp_path, "off_topic"))
    assert _pack_rules(text, ours) == {"off_topic.bypass"}


def _pack_rules(text: str, pack: Pack) -> set[str]:
    tokens = tokenize(text, "en")
    found = check_off_topic(text, tokens, pack, SHOP, Scan(tokens, [pack.index, pack.weak]))
    return {f.rule for f in found if f.severity != "info"}


def test_each_pack_reads_its_own_figures_of_speech() -> None:
    """Two packs whose subject shares an id keep their own `figurative` lists: a pack reloaded
    with another figure flags the phrase the first one excused."""
    rule = {"id": "off_topic.politics", "message": "Politics.", "phrases": ["mayor"]}
    first = build_pack("en", "off_topic", {"rule": [{**rule, "figurative": ["mayor of *2"]}]})
    second = build_pack("en", "off_topic", {"rule": [{**rule, "figurative": ["mayor's chain"]}]})
    text = "Our baker is the mayor of flavour town."
    assert _pack_rules(text, first) == set()
    assert _pack_rules(text, second) == {"off_topic.politics"}
    assert _pack_rules("He wore the mayor's chain to the bake-off.", second) == set()
