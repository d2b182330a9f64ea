"""The trades' word lists: a pack file of their own, read only for the author's own trade."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from firsthand.composer.coach import Context, analyze
from firsthand.composer.coach.packs import build_pack, load_pack, read_pack_data
from firsthand.composer.coach.tokens import tokenize
from tests.coach_support import author

MAIN = """
[settings]
rare_below_zipf = 2.1

[[rule]]
id = "jargon.dentistry"
[rule.terms]
"periodontitis" = "gum disease"
"""

CLINIC = """
[settings]
rare_below_zipf = 9.0

[[rule]]
id = "jargon.clinic"
message = "“{text}” is one of our own words."
[rule.terms]
"pocket charting" = "measuring the gums"
"""


def _found(folder: Path, text: str) -> list[str]:
    pack = build_pack("en", "jargon", read_pack_data(folder, "jargon"))
    return [match.payload.rule.id for match in pack.index.find(tokenize(text, "en"))]


def test_a_file_beside_the_pack_adds_its_rules_and_keeps_the_main_settings(tmp_path: Path) -> None:
    (tmp_path / "jargon.toml").write_text(MAIN, encoding="utf-8")
    (tmp_path / "jargon.clinic.toml").write_text(CLINIC, encoding="utf-8")
    (tmp_path / "spam.extra.toml").write_text('[[rule]]\nid = "spam.other"\n', encoding="utf-8")
    data = read_pack_data(tmp_path, "jargon")
    assert [rule["id"] for rule in data["rule"]] == ["jargon.dentistry", "jargon.clinic"]
    assert data["settings"] == {"rare_below_zipf": 2.1}
    text = "Pocket charting showed early periodontitis."
    assert _found(tmp_path, text) == ["jargon.clinic", "jargon.dentistry"]


def test_a_broken_file_beside_the_pack_is_left_out_and_said(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "jargon.toml").write_text(MAIN, encoding="utf-8")
    (tmp_path / "jargon.clinic.toml").write_text('[[rule]\nid = "jargon.x', encoding="utf-8")
    (tmp_path / "jargon.latin1.toml").write_bytes('"é" = 1'.encode("latin-1"))
    assert _found(tmp_path, "Early periodontitis.") == ["jargon.dentistry"]
    assert "jargon.clinic.toml left out" in caplog.text
    assert "jargon.latin1.toml left out" in caplog.text


def test_a_file_beside_a_missing_pack_still_counts(tmp_path: Path) -> None:
    (tmp_path / "jargon.clinic.toml").write_text(CLINIC, encoding="utf-8")
    assert _found(tmp_path, "We did your pocket charting today.") == ["jargon.clinic"]
    assert _found(tmp_path / "nowhere", "pocket charting") == []


def _trade_findings(text: str, context: Context) -> list[tuple[str, str, str | None]]:
    return [
        (f.severity, f.text, f.suggestion)
        for f in analyze(text, context).findings
        if f.rule.startswith("jargon.trade.")
    ]


# One trade word slipped into a warm, plain post, from many trades: rarity alone made most of
# these a hint at best, or missed them.
SLIPS = [
    (
        author("en", "dentist", "family dentistry"),
        "Little Maya came in today with her mum, worried about her speech. Turns out it's "
        "ankyloglossia, and a tiny snip will sort it. She left with a sticker and a big grin.",
        "ankyloglossia",
    ),
    (
        author("en", "vet", "pets", "vaccinations"),
        "Poor old Biscuit came in squinting on Tuesday. It was entropion, so we booked him in "
        "for a small op on Friday. He's already bouncing around the waiting room again.",
        "entropion",
    ),
    (
        author("en", "sheep farmer", "sheep", "lambing"),
        "Spent the whole morning dagging the ewes before the rams go in. Muddy, smelly, lovely "
        "work. The kettle's on if anyone is passing the yard.",
        "dagging",
    ),
    (
        author("en", "piano tuner", "pianos"),
        "Your piano hasn't been touched for ten years? Then the first visit is a pitch raise, "
        "and a proper tune a few weeks later. Ring me and we'll find a morning that suits.",
        "pitch raise",
    ),
    (
        author("en", "mechanic", "car repairs", "servicing"),
        "The Golf came in with the warning light on again. Its diesel particulate filter was "
        "blocked from all the short school runs, so we took it for a long drive on the motorway.",
        "diesel particulate filter",
    ),
    (
        author("en", "beekeeper", "honey", "bees"),
        "Opened the hives this morning and every one of them is queenright. What a relief "
        "after that cold snap! Honey will be at the Saturday market as usual.",
        "queenright",
    ),
    (
        author("en", "knitwear designer", "knitting", "patterns"),
        "Spent the evening tinking back three rows of the cardigan after one slip. Patience is "
        "the whole craft, honestly.",
        "tinking",
    ),
    (
        author("fr", "vétérinaire", "chiens", "chats"),
        "Câline, 9 ans, buvait beaucoup et mangeait mal. Les analyses ont parlé : "
        "hypocorticisme. Elle a son traitement et reprend déjà du poil de la bête.",
        "hypocorticisme",
    ),
    (
        author("fr", "maréchal-ferrant", "chevaux", "ferrure"),
        "Grosse bleime sur le pied avant de Tornade ce matin, on a déferré et laissé reposer. "
        "Elle trottera à nouveau d'ici une semaine.",
        "bleime",
    ),
    (
        author("fr", "menuisier", "parquet", "escaliers"),
        "On a posé les lambourdes ce matin chez Mme Roux, le parquet arrive jeudi. Merci pour "
        "le café et les madeleines !",
        "lambourdes",
    ),
    (
        author("fr", "couvreur", "toitures", "isolation"),
        "Chantier terminé à Plougastel : isolation sous rampants faite, la maison gagnera en "
        "chaleur dès cet hiver. Merci à la famille Le Bihan pour l'accueil.",
        "isolation sous rampants",
    ),
    (
        author("fr", "apiculteur", "miel", "ruches"),
        "Visite des ruches ce dimanche : pas de nosémose cette année, les colonies sont belles. "
        "Le miel de printemps arrive au marché samedi.",
        "nosémose",
    ),
    (
        author("fr", "élagueur", "arbres", "jardins"),
        "Gros chantier chez les Martin : on a allégé le houppier du vieux tilleul avant les "
        "tempêtes. Il respire mieux, et eux aussi !",
        "houppier",
    ),
    (
        author("fr", "dentiste", "soins dentaires", "enfants"),
        "Petite frayeur hier pour Julien : une péricoronarite autour de sa dent de sagesse. "
        "Deux jours de bains de bouche et il a retrouvé le sourire.",
        "péricoronarite",
    ),
    # The words blind writers' experts slipped into most, in their trades' lists since.
    (
        author("en", "beekeeper", "honey", "bees"),
        "Put the supers on all twelve hives this weekend, just in time for the clover. Fingers "
        "crossed for a good summer!",
        "supers",
    ),
    (
        author("en", "printer", "flyers", "business cards"),
        "Sending us your flyer? Please add 3mm bleed on every side, and we'll have the order "
        "ready by Friday lunchtime.",
        "bleed",
    ),
    (
        author("en", "farrier", "horses", "shoeing"),
        "Old Duke had a touch of seedy toe on his near fore, so we cleaned it out and he's "
        "back in the field with his mates.",
        "seedy toe",
    ),
    (
        author("fr", "apiculteur", "miel", "ruches"),
        "Belle semaine au rucher : on a posé une deuxième hausse sur les ruches du verger. Le "
        "miel d'acacia arrive bientôt !",
        "deuxième hausse",
    ),
    (
        author("fr", "maraîchère", "légumes", "vente à la ferme"),
        "Un peu de fonte des semis sur les tomates cette année, alors on a ressemé jeudi. Les "
        "radis, eux, sont magnifiques.",
        "fonte des semis",
    ),
    (
        author("fr", "plombier", "chauffe-eau", "salles de bain"),
        "Chez Mme Petit ce matin : l'anode du chauffe-eau était rongée, on l'a changée. Il "
        "repart pour quelques années.",
        "anode",
    ),
    (
        author("en", "builder", "extensions", "loft conversions"),
        "New opening in the back wall today: the steel sits on two padstones, and building "
        "control were happy.",
        "padstones",
    ),
    (
        author("en", "tattoo artist", "black and grey", "bookings"),
        "Soft shading on this one, all done with big mags. Heals lovely and even.",
        "mags",
    ),
    (
        author("en", "beekeeper", "honey", "swarms"),
        "The strong colony was getting ready to swarm, so we did a Demaree on it on Sunday.",
        "Demaree",
    ),
    (
        author("fr", "maçon", "dalles", "terrasses"),
        "Terrasse de Mme Roux : le hérisson est compacté, on coule la dalle lundi si le temps "
        "le permet.",
        "hérisson",
    ),
    (
        author("fr", "vétérinaire", "chats", "bilans sanguins"),
        "Minou, 15 ans, avait une créat un peu haute au dernier bilan : croquettes rénales et "
        "contrôle dans trois mois.",
        "créat",
    ),
    (
        author("fr", "boucher", "viande", "commandes"),
        "Belle carcasse arrivée mardi : après le ressuage, elle part en maturation pour trois "
        "semaines.",
        "ressuage",
    ),
]


@pytest.mark.parametrize(("context", "text", "word"), SLIPS, ids=[s[2] for s in SLIPS])
def test_one_trade_word_in_a_plain_post_warns_with_plainer_words(
    context: Context, text: str, word: str
) -> None:
    found = _trade_findings(text, context)
    assert [(severity, said) for severity, said, _ in found] == [("warning", word)]
    plain = found[0][2]
    assert plain and word.casefold() not in plain.casefold()


@pytest.mark.parametrize(
    ("text", "own", "other"),
    [
        # Fertiliser beside the rows on a farm, a dressing on the side in a kitchen.
        (
            "We're side dressing the maize this week, so sorry about the tractor on the lane at "
            "odd hours. Wave if you see us!",
            author("en", "arable farmer", "maize", "wheat"),
            author("en", "chef", "seasonal cooking"),
        ),
        (
            "Tonight's special: grilled sea bass with a side dressing of lemon, capers and "
            "parsley. Book a table before the weekend rush!",
            author("en", "farmer", "crops"),
            author("en", "chef", "seasonal cooking"),
        ),
        # A restaurant's mark-up, and a lesson on percentages.
        (
            "Notre coefficient multiplicateur n'a pas bougé depuis deux ans, malgré la hausse du "
            "beurre. On tient bon pour vous !",
            author("fr", "restauratrice", "cuisine du marché"),
            author("fr", "professeure de mathématiques", "cours particuliers"),
        ),
        (
            "Cette semaine en troisième : les pourcentages et le coefficient multiplicateur. Vos "
            "enfants sauront enfin calculer une remise !",
            author("fr", "traiteur", "buffets"),
            author("fr", "professeure de mathématiques", "cours particuliers"),
        ),
        # A boat's floor timber, and a Réunion home's veranda.
        (
            "La varangue est changée, le bateau repart à l'eau au printemps.",
            author("fr", "charpentier de marine", "bateaux", "coques"),
            author("fr", "agent d'assurances", "habitation"),
        ),
    ],
)
def test_a_trade_list_reads_only_its_own_trade(text: str, own: Context, other: Context) -> None:
    assert len(_trade_findings(text, own)) == 1
    assert _trade_findings(text, other) == []


def test_a_trade_no_list_knows_reads_no_list_and_an_unsaid_one_reads_them_all() -> None:
    text = "Spent the evening tinking back three rows of the cardigan after one slip."
    assert _trade_findings(text, author("en", "knitwear designer", "knitting"))
    # A trade's words in another trade's post are far more often a false alarm than a catch.
    assert _trade_findings(text, author("en", "travel agent", "holidays", "cruises")) == []
    assert _trade_findings(text, author("en", "accountant", "tax returns")) == []
    assert _trade_findings(text, author("en", ""))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "dentist", "family dentistry"),
            "Whitening is back for the summer, and the hygienist has Saturday slots for a scale "
            "and polish. Bring the kids for their check-up too!",
        ),
        (
            author("en", "dairy farmer", "milk", "cows"),
            "Three calves born overnight, all heifers, all up and feeding. The barley is in and "
            "the silage is wrapped. Raw milk at the gate as usual.",
        ),
        (
            author("en", "plumber", "heating", "bathrooms"),
            "Boiler service season is here. Book before the cold comes in, and I'll bleed your "
            "radiators while I'm there, no charge.",
        ),
        (
            author("fr", "boulangère", "pain", "viennoiseries"),
            "Le pain au levain sort du four à 7 h, les croissants au beurre à 7 h 30. Pensez à "
            "réserver vos galettes des rois !",
        ),
        (
            author("fr", "dentiste", "soins dentaires"),
            "Détartrage, blanchiment, contrôle des enfants : on a des créneaux le samedi matin. "
            "Appelez le cabinet, Sophie vous trouvera une place.",
        ),
        (
            author("fr", "éleveuse", "vaches", "fromage"),
            "Les génisses sont sorties au pré ce matin, et les veaux gambadent déjà. Tomme et "
            "faisselle à la ferme tous les vendredis.",
        ),
        # A trade's word in its everyday sense: the list writes the trade's form only.
        (
            author("en", "roofer", "roofs", "gutters"),
            "Saw the flashing lights on the ring road and knew we'd be late. Sorry, Mrs Jones, "
            "the new gutters are on now!",
        ),
        (
            author("en", "beekeeper", "honey", "bees"),
            "Super busy at the market today, thank you all! Honey is back on Saturday.",
        ),
        (
            author("fr", "apiculteur", "miel", "ruches"),
            "Avec la hausse des prix du sucre, le pot de miel passe à 9 euros. Merci de votre "
            "fidélité !",
        ),
    ],
)
def test_the_words_customers_use_themselves_stay_plain(context: Context, text: str) -> None:
    findings = analyze(text, context).findings
    assert [f.text for f in findings if f.category == "jargon" and f.severity != "info"] == []


TRADES = """
[professions]
dentistry = ["dent", "orthodont"]
plumbing = ["plumb", "chauffag"]
roofing = "roof"  # a slip: one word where a list belongs
"""


def _trade_rules(folder: Path, clinic: str) -> dict[str, list[str]]:
    (folder / "trades.toml").write_text(TRADES, encoding="utf-8")
    (folder / "en").mkdir()
    (folder / "en" / "jargon.toml").write_text(MAIN, encoding="utf-8")
    (folder / "en" / "jargon.clinic.toml").write_text(clinic, encoding="utf-8")
    pack = build_pack("en", "jargon", read_pack_data(folder / "en", "jargon"))
    return {rule_id: rule.options.get("professions", []) for rule_id, rule in pack.rules.items()}


def test_a_rule_naming_its_trade_reads_the_professions_the_trades_file_gives(
    tmp_path: Path,
) -> None:
    clinic = (
        '[[rule]]\nid = "jargon.ours"\ntrade = "dentistry"\nprofessions = ["denturist"]\n'
        '[rule.terms]\n"pocket charting" = "measuring the gums"\n'
        '[[rule]]\nid = "jargon.pipes"\ntrade = "plumbing"\n'
    )
    assert _trade_rules(tmp_path, clinic) == {
        "jargon.dentistry": [],
        "jargon.ours": ["dent", "orthodont", "denturist"],
        "jargon.pipes": ["plumb", "chauffag"],
    }


def test_a_rule_naming_a_trade_the_file_does_not_give_is_left_out_and_said(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clinic = (
        '[[rule]]\nid = "jargon.roofs"\ntrade = "roofing"\n[[rule]]\nid = "jargon.odd"\ntrade = 3\n'
    )
    assert list(_trade_rules(tmp_path, clinic)) == ["jargon.dentistry"]
    assert "jargon.roofs left out: no trade 'roofing'" in caplog.text
    assert "jargon.odd left out" in caplog.text


def test_the_bundled_trade_lists_read_the_same_professions_in_both_languages() -> None:
    def professions(language: str) -> dict[str, list[str]]:
        rules = load_pack(language, "jargon").rules.values()
        return {
            r.id: list(r.options["professions"]) for r in rules if r.id.startswith("jargon.trade.")
        }

    assert professions("en") == professions("fr")
    assert professions("fr")["jargon.trade.dentistry"][:2] == ["dent", "orthodont"]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_trade_list_names_its_professions_and_gives_plainer_words(language: str) -> None:
    rules = {
        rule_id: rule
        for rule_id, rule in load_pack(language, "jargon").rules.items()
        if rule_id.startswith("jargon.trade.")
    }
    assert len(rules) >= 60
    for rule in rules.values():
        assert rule.options["professions"], rule.id
        assert all(plain.strip() for plain in rule.options["terms"].values()), rule.id
    other = "fr" if language == "en" else "en"
    assert set(rules) == {
        rule_id
        for rule_id in load_pack(other, "jargon").rules
        if rule_id.startswith("jargon.trade.")
    }


@pytest.mark.parametrize(
    ("text", "coaches", "others"),
    [
        (
            "Next week is a deload week for the Tuesday group: same runs, half the effort. Your "
            "legs will thank you at the race.",
            [("en", "running coach"), ("en", "sports coach"), ("en", "youth football coach")],
            [("en", "life coach"), ("en", "career coach"), ("en", "business coach")],
        ),
        (
            "Ce soir, WOD en binôme au parc : venez avec de l'eau et une serviette, on s'adapte à "
            "tous les niveaux.",
            [("fr", "coach sportif"), ("fr", "coach sportive"), ("fr", "entraîneur d'athlétisme")],
            [
                ("fr", "coach de vie"),
                ("fr", "coach en reconversion"),
                ("fr", "coach professionnel"),
            ],
        ),
    ],
)
def test_a_sports_coach_opens_the_gym_list_and_another_coach_does_not(
    text: str, coaches: list[tuple[str, str]], others: list[tuple[str, str]]
) -> None:
    for language, profession in coaches:
        assert _trade_findings(text, author(language, profession)), profession
    for language, profession in others:
        assert _trade_findings(text, author(language, profession)) == [], profession


def test_a_life_coach_is_read_by_the_list_of_talking_therapies() -> None:
    text = (
        "A client asked me last week whether schema therapy would suit her better than our talks."
    )
    assert _trade_findings(text, author("en", "life coach"))
    assert _trade_findings(text, author("en", "running coach")) == []


@pytest.mark.parametrize(
    ("language", "profession", "own", "other"),
    [
        # "technician" is no computer trade: an HVAC technician's words are heating's.
        (
            "en",
            "HVAC technician",
            "The T&P valve was dripping, so we swapped it before winter.",
            "The CMOS battery was flat, so we swapped it before winter.",
        ),
        (
            "fr",
            "frigoriste",
            "On a posé une PAC monobloc chez M. Leroy, tout fonctionne.",
            "On a refait la baie de brassage chez M. Leroy, tout fonctionne.",
        ),
        # A financial planner plans money, not weddings.
        (
            "en",
            "financial planner",
            "We moved part of her savings into an index-linked gilt this spring.",
            "We moved part of the dinner into a cabaret style room this spring.",
        ),
        (
            "en",
            "retirement planner",
            "We moved part of her savings into an index-linked gilt this spring.",
            "We moved part of the dinner into a cabaret style room this spring.",
        ),
        # An estate agent sells houses; the wills list is for estate planning.
        (
            "en",
            "real estate agent",
            "The status certificate came back clean, so we're good to go.",
            "The holographic will came back clean, so we're good to go.",
        ),
        (
            "fr",
            "cacaoculteur",
            "On a fait un faux semis sur la parcelle du bas avant la pluie.",
            "On a vérifié le fichier PST sur la parcelle du bas avant la pluie.",
        ),
        (
            "en",
            "soap maker",
            "New lip balm batch: no inhibition layer this time, it sets beautifully.",
            "New lip balm batch: no recovery partition this time, it sets beautifully.",
        ),
        # Said in the feminine: « éleveuse » is the « éleveur »'s trade.
        (
            "fr",
            "éleveuse de canards",
            "Les mulards sont arrivés à la ferme lundi, tout va bien.",
            "Les PPRE sont arrivés à la ferme lundi, tout va bien.",
        ),
        (
            "fr",
            "mareyeuse",
            "Attention à l'anisakis si vous mangez le maquereau cru, congelez-le avant.",
            "Attention au volant bimasse si vous mangez le maquereau cru, congelez-le avant.",
        ),
        (
            "fr",
            "institutrice",
            "Le LSU de votre enfant est en ligne depuis vendredi.",
            "Le volant bimasse de votre enfant est en ligne depuis vendredi.",
        ),
        # Trades the lists knew under other names.
        (
            "fr",
            "barbier",
            "Petite prépigmentation avant de foncer la barbe de Karim, résultat parfait.",
            "Petit calage de la distribution avant de foncer la barbe de Karim, résultat parfait.",
        ),
        (
            "fr",
            "crêpière",
            "Le fond brun mijote depuis ce matin pour la galette du jour.",
            "Le PPRE mijote depuis ce matin pour la galette du jour.",
        ),
        (
            "fr",
            "vulcanisateur",
            "Le volant bimasse faisait du bruit, on l'a changé ce matin.",
            "Le fond blanc faisait du bruit, on l'a changé ce matin.",
        ),
        (
            "en",
            "chimney sweep",
            "The bargeboard by the stack is rotten, so I've told the owners.",
            "The CMOS battery by the stack is flat, so I've told the owners.",
        ),
        (
            "en",
            "makeup artist",
            "Bride's nails were done with an e-file the day before, all smooth.",
            "Bride's nails were done with a logic board the day before, all smooth.",
        ),
        (
            "en",
            "phone repair technician",
            "Dead logic board on this one, so it's a replacement, sorry.",
            "Dead eponychium on this one, so it's a replacement, sorry.",
        ),
    ],
)
def test_a_profession_reads_the_list_of_its_own_trade(
    language: str, profession: str, own: str, other: str
) -> None:
    context = author(language, profession)
    assert len(_trade_findings(own, context)) == 1
    assert _trade_findings(other, context) == []


@pytest.mark.parametrize(
    ("context", "text", "word"),
    [
        (
            author("en", "HVAC technician", "furnaces", "air conditioning"),
            "The furnace kept turning on and off all night. Turned out to be a dirty flame "
            "sensor, cleaned it and it runs sweet now.",
            "flame sensor",
        ),
        (
            author("en", "poultry farmer", "layers", "broilers"),
            "A neighbour lost half his flock to Gumboro last month. Don't skip the second "
            "vaccine, my people.",
            "Gumboro",
        ),
        (
            author("en", "tattoo artist", "custom tattoos"),
            "Fresh piece on Jordan today 🖤 Keep the Saniderm on for three days and don't pick "
            "at it.",
            "Saniderm",
        ),
        (
            author("en", "tailor", "suits", "alterations"),
            "Every jacket that leaves the shop is half-canvassed, so it keeps its shape for years.",
            "half-canvassed",
        ),
        (
            author("fr", "agent immobilier", "vente", "estimation"),
            "Belle maison vendue en off-market cette semaine à Cannes, merci aux vendeurs pour "
            "leur confiance !",
            "off-market",
        ),
        (
            author("fr", "sage-femme", "suivi de grossesse", "accouchement"),
            "À 41 semaines, on regarde ensemble le score de Bishop avant de parler de la suite.",
            "score de Bishop",
        ),
        (
            author("fr", "comptable", "fiscalité des PME"),
            "Votre perte de 2023 passe en report prospectif, et l'impôt de cette année fond "
            "d'autant.",
            "report prospectif",
        ),
        (
            author("en", "printer", "business cards", "flyers"),
            "Your wedding menus are ready: thick card, gold foil and spot UV on the names. Pick "
            "up any time this week!",
            "spot UV",
        ),
        (
            author("fr", "éleveuse laitière", "vaches", "lait"),
            "Bonne nouvelle à la traite : notre taux cellulaire n'a jamais été aussi bas depuis "
            "qu'on a changé la litière.",
            "taux cellulaire",
        ),
        # jplain23's slips, and the same words in the other language.
        (
            author("fr", "kinésithérapeute", "rééducation du genou"),
            "Nos trois opérés des croisés ont repris la rééducation en chaîne fermée, bravo !",
            "chaîne fermée",
        ),
        (
            author("en", "physiotherapist", "knee rehab"),
            "All three of our ACL patients moved on to closed chain work this week, well done!",
            "closed chain",
        ),
        (
            author("fr", "physiothérapeute", "mal de dos"),
            "Chez la plupart d'entre vous, le Lasègue est négatif, donc on avance doucement.",
            "Lasègue",
        ),
        (
            author("en", "physiotherapist", "back pain"),
            "Good news for most of you: the Lasègue came back negative, so we keep going gently.",
            "Lasègue",
        ),
        (
            author("fr", "psychologue", "premier rendez-vous"),
            "Le premier rendez-vous dure une heure : il faut ce temps pour l'anamnèse.",
            "anamnèse",
        ),
        (
            author("en", "mortgage broker", "rates", "buying a home"),
            "Viewing houses this month? Get your DIP sorted before you put in an offer.",
            "DIP",
        ),
        (
            author("en", "dental hygienist", "cleanings"),
            "If it's been a year since your last perio charting, you're due!",
            "perio charting",
        ),
        (
            author("fr", "hygiéniste dentaire", "détartrage"),
            "Si votre dernier charting parodontal date d'il y a un an, c'est le moment !",
            "charting parodontal",
        ),
        (
            author("en", "estate agent", "sales", "valuations"),
            "Offer accepted this morning and the memo of sale went out this afternoon!",
            "memo of sale",
        ),
        (
            author("fr", "tatoueur", "pièce du jour"),
            "Tout le contour au 7RL, trois heures de séance sans pause, respect !",
            "7RL",
        ),
        # jplain24's slips, and the same words in the other language.
        (
            author("fr", "psychologue", "enfants et ados"),
            "Avant Noël, on a fait passer le WISC-V à Gabriel, et on en a parlé ensemble.",
            "WISC",
        ),
        (
            author("en", "child psychologist", "school difficulties"),
            "We ran the WAIS-IV with him last week and talked it through with his parents.",
            "WAIS",
        ),
        (
            author("en", "clinical psychologist", "men's mental health"),
            "This week his K10 came down from 34 to 18, and he went to the footy with his dad.",
            "K10",
        ),
        (
            author("fr", "kinésithérapeute", "rééducation après AVC"),
            "Trois fois par semaine, on a travaillé patiemment, beaucoup en Kabat, avec sa fille.",
            "Kabat",
        ),
        (
            author("en", "physiotherapist", "stroke rehab"),
            "Three times a week we worked away, a lot of it in Kabat patterns, with her daughter.",
            "Kabat",
        ),
        (
            author("fr", "sage-femme", "suivi de grossesse"),
            "À l'examen, son Bishop était encore bas, alors on a patienté un peu.",
            "Bishop",
        ),
        (
            author("en", "midwife", "home births"),
            "There was a nuchal cord, which we sorted in seconds, and he cried straight away.",
            "nuchal cord",
        ),
        (
            author("fr", "sage-femme", "accouchements"),
            "Il y avait un circulaire du cordon, réglé en quelques secondes, et il a crié tout de "
            "suite.",
            "circulaire du cordon",
        ),
        (
            author("en", "physiotherapist", "knee injuries"),
            "When I examined him, his Lachman's was clearly positive, so I sent him for a scan.",
            "Lachman",
        ),
        (
            author("fr", "kinésithérapeute", "genou"),
            "Son Lachman était franchement positif, donc direction l'IRM.",
            "Lachman",
        ),
        (
            author("en", "community pharmacist", "common illnesses"),
            "Under our PGD I could give her the antibiotics there and then.",
            "PGD",
        ),
        (
            author("en", "roofer", "leaks"),
            "Lifted the slates: no soakers in at all, so the rain ran inside the wall.",
            "soakers",
        ),
        (
            author("en", "letting agent", "landlords"),
            "A text won't do: it has to be done properly with a section 13 and notice.",
            "section 13",
        ),
        (
            author("en", "piano tuner", "tuning"),
            "The tuning was out after the damp, but the real issue was the let-off.",
            "let-off",
        ),
        (
            author("en", "chartered accountant", "limited companies"),
            "If the loan isn't paid back within nine months, there'll be a s455 charge on it.",
            "s455",
        ),
        (
            author("fr", "avocate", "procédures en cours"),
            "Bonne nouvelle : le juge a rendu l'ordonnance de clôture lundi, l'audience est fixée.",
            "ordonnance de clôture",
        ),
        # jplain25's slips.
        (
            author("fr", "électricien", "contrôle électrique"),
            "Les refus les plus fréquents : tableau sans différentiel, ou une boucle de terre trop "
            "élevée.",
            "boucle de terre",
        ),
        (
            author("fr", "audioprothésiste", "appareils auditifs"),
            "Changez les dômes tous les deux mois environ, ou dès qu'ils jaunissent.",
            "dômes",
        ),
        (
            author("fr", "notaire", "succession"),
            "À la succession, c'est ce qui permettra de faire le rapport des libéralités.",
            "rapport des libéralités",
        ),
        (
            author("fr", "kinésithérapeute", "genou opéré"),
            "Pendant six semaines, privilégiez les exercices en chaîne cinétique fermée.",
            "chaîne cinétique fermée",
        ),
        (
            author("en", "vet", "senior cats", "bloodwork"),
            "His senior bloodwork came back mostly fine, but his ALT was up a bit.",
            "ALT",
        ),
        (
            author("fr", "vétérinaire", "chats âgés", "prises de sang"),
            "Son bilan sanguin est plutôt bon, mais ses ALAT sont un peu hautes.",
            "ALAT",
        ),
        (
            author("en", "pharmacist", "over-the-counter medicines"),
            "If the till won't let our assistant sell it until I come over, it's a P-med.",
            "P-med",
        ),
        (
            author("en", "psychologist", "starting therapy"),
            "By the third session we'll sit down together and draw up your formulation.",
            "formulation",
        ),
        (
            author("fr", "élagueur-grimpeur", "taille douce"),
            "Les rémanents ont été broyés sur place, et les propriétaires ont gardé les bûches.",
            "rémanents",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 20 else None,
)
def test_more_slips_warn_in_their_trade(context: Context, text: str, word: str) -> None:
    found = _trade_findings(text, context)
    assert [(severity, said) for severity, said, _ in found] == [("warning", word)]


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "soap maker", "handmade soap"),
            "Quick caveat: the lavender bars sold out by noon, so order early next time.",
        ),
        (
            author("en", "tailor", "suits"),
            "I canvassed the whole street for my cousin's council run, then came back to hem "
            "trousers.",
        ),
        (
            author("fr", "développeur web", "sites vitrines"),
            "Merci à l'équipe du club, toujours réactive et responsable pendant le tournoi.",
        ),
        # South Africa's everyday brick for a boundary wall.
        (
            author("en", "bricklayer", "boundary walls"),
            "New boundary wall in Randburg: face brick, pillars every three metres.",
        ),
        # A cut a butcher's customers order by name.
        (
            author("fr", "boucher", "viande limousine"),
            "Cette semaine : côte de bœuf maturée et bavette d'aloyau pour les amateurs de goût.",
        ),
    ],
)
def test_those_words_in_their_everyday_sense_stay_plain(context: Context, text: str) -> None:
    assert _trade_findings(text, context) == []


@pytest.mark.parametrize(
    ("profession", "text"),
    [
        # A beauty institute teaches nothing; a cooperative makes no cider.
        ("institut de beauté", "Le LSU de votre enfant est en ligne depuis vendredi."),
        ("gérante de coopérative de cacao", "La cuvée est en élevage sur lies fines."),
        # An upholsterer's « tapissier » is no weaver of rugs.
        ("tapissier", "Le tournassage du fauteuil Voltaire est fini, il repart lundi."),
    ],
)
def test_a_name_that_only_begins_like_a_trade_does_not_open_its_list(
    profession: str, text: str
) -> None:
    assert _trade_findings(text, author("fr", profession)) == []


@pytest.mark.parametrize(
    ("author", "own"),
    [
        (author("en", "organ builder"), "The Swell windchest is back in, no more ciphering."),
        (
            author("fr", "facteur d'orgues"),
            "La laye du grand-orgue est recollée, la tirasse aussi.",
        ),
        (author("fr", "enseigniste"), "Vos lettres boîtiers sont posées sur un panneau Dibond."),
        (author("fr", "meunier"), "Le blutage de la farine de seigle se fait lundi."),
        (
            author("en", "crane operator"),
            "The lippage on the last deck was checked before we lifted.",
        ),
        (author("fr", "tailleur de pierre"), "Le parement est en pierre bouchardée, comme avant."),
    ],
)
def test_trades_named_in_many_words_read_their_own_list(author: Context, own: str) -> None:
    assert len(_trade_findings(own, author)) >= 1


@pytest.mark.parametrize(
    ("author", "text"),
    [
        # Restoring furniture or stained glass is no restaurant: « restauration » says both.
        (
            author("fr", "doreuse sur bois", "restauration de meubles", "dorure"),
            "Le fond brun de la sauce a réduit toute la nuit.",
        ),
        (
            author("fr", "vitrailliste", "restauration de vitraux"),
            "On monte au beurre la sauce du jour, comme toujours.",
        ),
    ],
)
def test_a_restorer_does_not_read_the_kitchen_list(author: Context, text: str) -> None:
    assert _trade_findings(text, author) == []


def test_a_restaurant_owner_still_reads_the_kitchen_list() -> None:
    context = author("fr", "restaurateur", "cuisine du marché")
    assert len(_trade_findings("Le fond brun de la sauce a réduit toute la nuit.", context)) == 1


@pytest.mark.parametrize(
    ("author", "text", "word"),
    [
        (
            author("en", "blacksmith"),
            "Drew the taper, then normalised it three times.",
            "normalised",
        ),
        (
            author("en", "welder and fabricator"),
            "Clean root pass, no undercut on the gate posts.",
            "undercut",
        ),
        (
            author("en", "knife sharpener"),
            "Your chef's knife had a rolled edge, so it got a new micro-bevel.",
            "micro-bevel",
        ),
        (
            author("en", "pool technician"),
            "Your CYA is at 120, so the chlorine is locked up.",
            "CYA",
        ),
        (
            author("en", "stained glass restorer"),
            "The lead came had perished, so we releaded the panel.",
            "lead came",
        ),
        (
            author("fr", "forgeron"),
            "La calamine est partie au brossage avant le thermolaquage.",
            "calamine",
        ),
        (author("fr", "pisciniste"), "Le TAC est trop bas, on corrige avant l'été.", "TAC"),
        (
            author("fr", "souffleuse de verre"),
            "On réchauffe la pièce à l'ouvreau avant de la finir.",
            "ouvreau",
        ),
        (author("en", "dive instructor"), "Check your SMB before the drift dive.", "SMB"),
        (
            author("en", "ski technician"),
            "Your skis need a base grind before the season.",
            "base grind",
        ),
        (
            author("en", "funeral director"),
            "The committal can be at the columbarium.",
            "columbarium",
        ),
        (
            author("en", "picture framer"),
            "We lifted it on a float mount with a dust seal.",
            "float mount",
        ),
        (
            author("fr", "moniteur de plongée"),
            "On vérifie le lestage et le détendeur avant.",
            "détendeur",
        ),
        (author("fr", "guide de haute montagne"), "La rimaye était ouverte ce matin.", "rimaye"),
        (
            author("fr", "thanatopracteur"),
            "La toilette mortuaire est faite avant la mise en bière.",
            "mise en bière",
        ),
        (
            author("fr", "restauratrice de tableaux"),
            "Le rentoilage a tenu, on passe au refixage.",
            "rentoilage",
        ),
        (author("en", "midwife"), "Her Apgar was nine at five minutes.", "Apgar"),
        (
            author("en", "distiller"),
            "The casks sleep three summers in the rickhouse.",
            "rickhouse",
        ),
        (
            author("en", "home inspector"),
            "Half the house still runs on knob-and-tube.",
            "knob-and-tube",
        ),
        (
            author("en", "equine dentist"),
            "We took out a wolf tooth before the bit went in.",
            "wolf tooth",
        ),
        (
            author("fr", "apiculteur"),
            "J'ai trouvé six cellules royales dans la ruche.",
            "cellules royales",
        ),
        (
            author("fr", "éleveur laitier"),
            "Le comptage cellulaire est remonté ce mois-ci.",
            "comptage cellulaire",
        ),
        (
            author("fr", "peintre en bâtiment"),
            "On a repris les raccords frais dans frais.",
            "frais dans frais",
        ),
        (author("en", "photographer"), "Shot wide open at f/2.8 for the veil.", "f/2.8"),
        (author("fr", "photographe"), "Portrait à f/4, lumière du nord.", "f/4"),
        (author("en", "carpenter"), "We sistered the two joists under the bath.", "sistered"),
        (author("en", "chef"), "Deglaze the pan with the cider, then reduce.", "Deglaze"),
        (
            author("fr", "notaire"),
            "La cédule hypothécaire est remise à la banque.",
            "cédule hypothécaire",
        ),
        (author("en", "audiologist"), "Her tympanogram was flat on the left.", "tympanogram"),
        # Trades that opened no list, or the wrong one through their topics: a thatcher, a tanner, a
        # lift technician, a maker of orthopaedic shoes, a wood turner.
        (author("fr", "chaumier", "toits de chaume"), "Le pureau fait bien 25 cm ici.", "pureau"),
        (author("fr", "tanneur", "cuirs"), "Le refendage se fait après le tannage.", "refendage"),
        (
            author("fr", "ascensoriste", "entretien", "dépannage"),
            "On a refait l'isonivelage de la cabine ce matin.",
            "isonivelage",
        ),
        (
            author("fr", "podo-orthésiste", "semelles"),
            "Une barre rétrocapitale soulage l'avant du pied.",
            "barre rétrocapitale",
        ),
        (
            author("en", "milliner", "hats"),
            "Blocked in sinamay, trimmed with feathers.",
            "sinamay",
        ),
        (author("en", "forester", "woodland"), "We laid brash mats along the ride.", "brash mats"),
        (
            author("en", "gas fitter"),
            "The lock-up pressure held, so the meter is fine.",
            "lock-up pressure",
        ),
        (author("en", "saw doctor"), "New stellite tips on the big bandsaw.", "stellite"),
        (
            author("fr", "tourneur sur bois", "bols"),
            "Ce bol est tourné en bois de bout, plus fragile.",
            "bois de bout",
        ),
        # A notice or claim named by the section of the law it comes from, whatever the number.
        (
            author("en", "letting agent"),
            "If a landlord ever wants the flat back with a Section 173 notice, you get six months.",
            "Section 173 notice",
        ),
        (
            author("en", "property solicitor"),
            "The freeholder sent a section 146 notice over the unpaid service charge.",
            "section 146 notice",
        ),
        (
            author("en", "solicitor", "wills"),
            "We'll make sure the kids are provided for, so there's no Section 117 claim later.",
            "Section 117 claim",
        ),
    ],
)
def test_a_trade_word_warns_in_its_own_trades_post(author: Context, text: str, word: str) -> None:
    assert word in [found for _, found, _ in _trade_findings(text, author)]


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (author("en", "baker"), "Your CYA is at 120, so the chlorine is locked up."),
        (author("en", "hairdresser"), "Drew the taper, then normalised it three times."),
        (author("fr", "boulanger"), "La calamine est partie au brossage avant le thermolaquage."),
        (author("en", "baker"), "Check your SMB before the drift dive."),
        (author("fr", "boulanger"), "La rimaye était ouverte ce matin."),
        (author("fr", "restauratrice", "restaurant", "menu du jour"), "Le rentoilage a tenu."),
    ],
)
def test_those_words_in_another_trades_post_are_not_its_jargon(author: Context, text: str) -> None:
    assert _trade_findings(text, author) == []


# "Moniteur" alone opened the driving list, so a diving or ski instructor's shore and skating
# step read as a driving school's words.
@pytest.mark.parametrize(
    "profession", ["moniteur de plongée", "moniteur de voile", "moniteur d'escalade"]
)
def test_a_sports_instructor_does_not_read_the_driving_list(profession: str) -> None:
    text = "Pour le baptême, on reste près de la ligne de rive, au calme."
    assert _trade_findings(text, author("fr", profession)) == []


@pytest.mark.parametrize("profession", ["moniteur d'auto-école", "monitrice de conduite"])
def test_a_driving_instructor_still_reads_the_driving_list(profession: str) -> None:
    text = "Pour le baptême, on reste près de la ligne de rive, au calme."
    assert [w for _, w, _ in _trade_findings(text, author("fr", profession))] == ["ligne de rive"]


def test_a_number_after_an_f_is_plain_outside_photography() -> None:
    assert _trade_findings("Table 4 seats at f/2 of the plan.", author("en", "baker")) == []


# A word in two trades' lists ("gumboro": a vet's and a farmer's) was reported under whichever
# list a process's string hashing happened to try first, so a rule the author had ignored came
# back under the other trade's name after a restart.
_TWO_LISTS_SCRIPT = """
from firsthand.composer.coach import Context, analyze
for language, text in (
    ("en", "Gumboro shot, coccidiostat, efflorescence, an escutcheon, annealing, scrim, LSI."),
    ("fr", "Stripping, pédiluve, vide sanitaire, ciselure, brunissage, anamnèse, tranchet."),
):
    report = analyze(text, Context(language=language))
    print(sorted((f.text, f.rule) for f in report.findings if f.rule.startswith("jargon.trade")))
"""


def test_a_word_in_two_trades_lists_keeps_one_rule_from_run_to_run() -> None:
    runs = set()
    for seed in ("1", "2", "3", "6"):
        done = subprocess.run(
            [sys.executable, "-c", _TWO_LISTS_SCRIPT],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=Path(__file__).resolve().parent.parent,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert "Gumboro" in done.stdout and "pédiluve" in done.stdout
        runs.add(done.stdout)
    assert len(runs) == 1, runs


# A hair colour's level is the colourist's scale, whatever the number.
@pytest.mark.parametrize(
    "text",
    [
        "We lifted her to a level 9 over two sessions, then toned it.",
        "Going from a level 4 to a level 10 blonde takes patience.",
    ],
)
def test_a_colour_level_is_the_colourists_word(text: str) -> None:
    words = [found for _, found, _ in _trade_findings(text, author("en", "hairdresser"))]
    assert any(word.startswith("level") for word in words)
