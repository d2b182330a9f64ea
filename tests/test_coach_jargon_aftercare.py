"""Trade words from aftercare notes, quotes, lessons learnt and checklists ("a cycloplegic drop",
"first fix", « les paumelles », « la réticulation »), and letters every client there knows (HIIT,
MDF, the AEC, « l'ESF », « l'OTR »)."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, analyze
from tests.coach_support import author, jargon_flagged


@pytest.mark.parametrize(
    ("context", "text", "term"),
    [
        (
            author("en", "optometrist", "eye exams"),
            "We used a cycloplegic drop today, so reading will be blurry until tonight.",
            "cycloplegic",
        ),
        (
            author("en", "cosmetic nurse", "anti-wrinkle injections"),
            "Stay upright for four hours, so there is less chance of any ptosis.",
            "ptosis",
        ),
        (
            author("en", "dermatologist", "skin checks"),
            "No lifting for two weeks after your surgery, to avoid any dehiscence.",
            "dehiscence",
        ),
        (
            author("en", "baker", "sourdough"),
            "Never keep bread in the fridge: the cold speeds up retrogradation.",
            "retrogradation",
        ),
        (
            author("en", "electrician", "rewires"),
            "Payment one is due at first fix, payment two when the plaster is dry.",
            "first fix",
        ),
        (
            author("en", "podiatrist", "nail care"),
            "Your appointment includes debridement of the corns and a circulation check.",
            "debridement",
        ),
        (
            author("en", "insurance broker", "home insurance"),
            "If the house is insured for too little, the policy is subject to average.",
            "subject to average",
        ),
        (
            author("en", "carpenter", "kitchens"),
            "The quote includes scribing the end panels to your crooked walls.",
            "scribing",
        ),
        (
            author("en", "jeweller", "ring repairs"),
            "The quote covers re-tipping the claws and a polish.",
            "re-tipping",
        ),
        (
            author("en", "wedding photographer", "weddings"),
            "Ask us whether we shoot on dual card slots before you book.",
            "dual card slots",
        ),
        (
            author("fr", "menuisier", "fenêtres"),
            "Si un battant frotte, on repasse régler les paumelles gratuitement.",
            "paumelles",
        ),
        (
            author("fr", "peintre en bâtiment", "peinture"),
            "Ne lessivez pas les murs pendant trois semaines : la peinture finit sa réticulation.",
            "réticulation",
        ),
        (
            author("fr", "infirmière", "soins à domicile"),
            "Son bras était enflé et froid : une extravasation, j'aurais dû repasser plus tôt.",
            "extravasation",
        ),
        (
            author("fr", "pisciniste", "piscines"),
            "Votre bassin aura deux skimmers et un local technique enterré.",
            "skimmers",
        ),
        (
            author("fr", "ébéniste", "restauration de meubles"),
            "Le replaquage des parties décollées est compris dans le devis.",
            "replaquage",
        ),
        (
            author("fr", "tailleur", "sur-mesure"),
            "Avant de couper un beau bazin, il faut le décatir.",
            "décatir",
        ),
    ],
)
def test_a_trade_word_left_unexplained_is_jargon(context: Context, text: str, term: str) -> None:
    assert term in [word.lower() for word in jargon_flagged(analyze(text, context))]


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "personal trainer", "strength"),
            "Ten minutes of HIIT at the end, then a long stretch.",
        ),
        (
            author("en", "carpenter", "kitchens"),
            "Painted MDF doors cost less than oak and still look smart.",
        ),
        (
            author("en", "physiotherapist", "knee rehab"),
            "Is it covered by your VHI plan? Ask at the desk.",
        ),
        (
            author("en", "real estate agent", "moving"),
            "Update your address with the AEC and your bank after settlement.",
        ),
        (
            author("fr", "moniteur de ski", "cours enfants"),
            "Inscription à l'ESF ou sur notre site, avant vendredi.",
        ),
        (author("fr", "comptable", "impôts"), "Je fais tes déclarations à l'OTR chaque mois."),
        (
            author("en", "builder", "extensions"),
            "The tanks on the farm need a new stand before winter.",
        ),
    ],
)
def test_letters_every_client_there_knows_are_plain(context: Context, text: str) -> None:
    # The last one guards "tanking" (a waterproof coating), matched as written: not "tanks".
    assert jargon_flagged(analyze(text, context)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Exchange of contracts is the point where the deal becomes legally binding.",
        "Exchange of contracts is the moment when you pay your deposit and the deal is binding.",
    ],
)
def test_a_term_defined_as_the_moment_something_happens_is_explained(text: str) -> None:
    assert jargon_flagged(analyze(text, author("en", "conveyancer", "buying a home"))) == []


@pytest.mark.parametrize(
    ("context", "text", "term"),
    [
        (
            author("fr", "technicien chaudière", "chaudières", "gaz"),
            "On en profite pour nettoyer le corps de chauffe avant l'hiver.",
            "corps de chauffe",
        ),
        (
            author("fr", "installateur de citernes et pompes", "citernes", "eau"),
            "Si elle démarre sans arrêt, c'est souvent le pressostat mal réglé.",
            "pressostat",
        ),
        (
            author("fr", "réparateur motoculture", "tondeuses", "tronçonneuses"),
            "On contrôle la garde des limiteurs de profondeur de votre chaîne.",
            "limiteurs de profondeur",
        ),
        (
            author("en", "septic service", "septic pumping", "inspections"),
            "While we're out we'll clean the effluent filter too.",
            "effluent filter",
        ),
    ],
)
def test_trades_named_by_their_machines_read_their_words(
    context: Context, text: str, term: str
) -> None:
    assert term in [word.lower() for word in jargon_flagged(analyze(text, context))]


@pytest.mark.parametrize(
    "text",
    [
        "That story about carrots started as WWII propaganda!",
        "Reapply your SPF50+ every two hours at the beach.",
        "Deck boards still rot in the PNW rain if the cut ends aren't sealed.",
    ],
)
def test_letters_everyone_knows_from_the_news_and_the_shelf_are_plain(text: str) -> None:
    assert jargon_flagged(analyze(text, author("en", "optometrist", "eye tests"))) == []


@pytest.mark.parametrize(
    ("context", "text", "term"),
    [
        (
            author("en", "tax agent", "super"),
            "Both count towards your concessional cap, so plan before June.",
            "concessional cap",
        ),
        (
            author("en", "optometrist", "progressive lenses"),
            "We'll measure your seg height so the reading zone sits right.",
            "seg height",
        ),
        (
            author("en", "electrician", "landlord checks"),
            "The report flags two C2s on the kitchen circuit.",
            "c2s",
        ),
        (
            author("en", "mold inspector", "mold testing"),
            "The spare room's spore trap came back high, so we'll open the wall.",
            "spore trap",
        ),
        (
            author("en", "HVAC technician", "air conditioning"),
            "Ask whoever quotes you for a proper Manual J before they size the unit.",
            "manual j",
        ),
        (
            author("fr", "audioprothésiste", "appareils auditifs"),
            "Le tympanogramme est plat à gauche : on vous renvoie chez l'ORL.",
            "tympanogramme",
        ),
        (
            author("fr", "fromager affineur", "comté"),
            "Les cellules somatiques sont sous les 150 000 ce mois-ci.",
            "cellules somatiques",
        ),
        (
            author("fr", "conseiller financier", "placements"),
            "On compare vos fonds selon leur ratio de Sharpe.",
            "ratio de sharpe",
        ),
        (
            author("fr", "coloriste", "blonds"),
            "Une pré-pigmentation avant de repasser au châtain, sinon ça vire au vert.",
            "pré-pigmentation",
        ),
        (
            author("fr", "maraîchère", "légumes bio"),
            "Cette année on teste les planches permanentes dans le grand champ.",
            "planches permanentes",
        ),
    ],
)
def test_words_from_results_courses_and_choices_are_jargon(
    context: Context, text: str, term: str
) -> None:
    assert term in [word.lower() for word in jargon_flagged(analyze(text, context))]


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "hairdresser", "colour"),
            "Dyson dryer, GHDs and my good scissors, all ready for party season.",
        ),
        (
            author("fr", "prothésiste ongulaire", "manucure"),
            "Couleurs OPI dispo au salon, réservez vite !",
        ),
        (
            author("en", "physiotherapist", "sports"),
            "We met at the club on Tuesday and talked about her knee.",
        ),
    ],
)
def test_brands_every_client_knows_are_plain(context: Context, text: str) -> None:
    # The last one guards "METs" (muscle energy techniques), matched as written: not "met".
    assert jargon_flagged(analyze(text, context)) == []
