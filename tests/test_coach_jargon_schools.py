"""Jargon around what a post names in passing: the school someone trained at, a list of steps
that only looks like an explanation, a price between a term and its gloss, a trade opened by
the author's topics."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, analyze
from tests.coach_support import author, jargon_flagged

PHARMACIST = author("en", "pharmacist", "prescriptions", "flu jabs")
PHARMACIENNE = author("fr", "pharmacienne", "conseils santé", "ordonnances")
DENTIST = author("en", "dentist", "check-ups", "children's teeth")
DENTISTE = author("fr", "dentiste", "soins", "enfants")


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (PHARMACIST, "Say hello to Tom, who studied pharmacy at UCLan and joins us on Mondays."),
        (PHARMACIST, "Grace graduated from KNUST in June and starts with us next week."),
        (DENTIST, "Dr Osei did her degree at UWC before moving to Leeds."),
        (DENTIST, "Our new hygienist trained at NUI and has eight years of experience."),
        (PHARMACIENNE, "Bienvenue à Awa, diplômée de l'UGB, qui rejoint l'officine lundi."),
        (PHARMACIENNE, "Julien a fait ses études à l'UAC avant de venir chez nous."),
        (DENTISTE, "Notre assistante, formée à l'ULB, parle aussi néerlandais."),
    ],
)
def test_the_letters_of_the_school_someone_trained_at_are_no_jargon(
    context: Context, text: str
) -> None:
    assert jargon_flagged(analyze(text, context)) == []


@pytest.mark.parametrize(
    ("context", "text", "term"),
    [
        # Where a test was done or what was studied "at" a place, the letters are still the trade's.
        (DENTIST, "We took a CBCT at the clinic before placing the implant.", "CBCT"),
        (DENTIST, "We studied the results of the CBCT with her before deciding.", "CBCT"),
        (PHARMACIENNE, "On a étudié les résultats de l'INR avec votre médecin.", "INR"),
        (PHARMACIENNE, "On a vérifié votre DFG à l'officine avant de délivrer.", "DFG"),
    ],
)
def test_letters_after_at_without_any_schooling_stay_trade_talk(
    context: Context, text: str, term: str
) -> None:
    assert term in jargon_flagged(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text", "terms"),
    [
        (
            author("en", "baker", "bread"),
            "The secret: a long autolyse, a good few sets of coil folds and a cold night.",
            {"autolyse", "coil folds"},
        ),
        (
            author("en", "physiotherapist", "sports injuries"),
            "Your plan has eccentric loading, a handful of isometrics and some plyometrics.",
            {"eccentric loading"},
        ),
        (
            author("fr", "boulanger", "pain"),
            "Le secret : un long autolyse, une bonne série de rabats et une nuit au froid.",
            {"autolyse"},
        ),
    ],
)
def test_a_list_of_steps_after_a_comma_does_not_explain_the_term_before_it(
    context: Context, text: str, terms: set[str]
) -> None:
    assert terms <= {t.lower() for t in jargon_flagged(analyze(text, context))}


def test_an_action_on_the_thing_after_a_colon_does_not_say_what_it_is() -> None:
    roofer = author("fr", "couvreur", "toitures")
    assert "noue" in jargon_flagged(
        analyze("La fuite venait de la noue : on l'a refaite en zinc.", roofer)
    )
    assert "noue" in jargon_flagged(analyze("Tout venait de la noue : on a tout repris.", roofer))
    # …while a colon that goes on to say what is done in it still explains.
    orthodontist = author("fr", "orthodontiste", "aligneurs")
    assert "stripping" in jargon_flagged(
        analyze("On fera un stripping : on l'a prévu en mai.", orthodontist)
    )
    assert (
        jargon_flagged(analyze("Un stripping : on lime un peu entre les dents.", orthodontist))
        == []
    )


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "accountant", "tax returns"),
            "Quarterly BAS $120 (that's your GST report to the tax office every three months).",
        ),
        (
            author("en", "vet", "pets"),
            "Titre test $45 (a blood test that shows whether the vaccine still protects).",
        ),
    ],
)
def test_a_price_between_a_term_and_its_brackets_does_not_stop_the_explanation(
    context: Context, text: str
) -> None:
    assert jargon_flagged(analyze(text, context)) == []


def test_a_price_alone_in_brackets_still_explains_nothing() -> None:
    roofer = author("en", "roofer", "roofs")
    assert "soakers" in {
        t.lower() for t in jargon_flagged(analyze("We replaced the soakers ($300).", roofer))
    }


@pytest.mark.parametrize(
    ("context", "text", "term"),
    [
        (
            author("en", "lawyer", "wills", "estate planning"),
            "A pour-over will is part of the package.",
            "pour-over will",
        ),
        (
            author("en", "lawyer", "wills", "family law"),
            "We'll also set up a revocable living trust for the house.",
            "revocable living trust",
        ),
        (
            author("fr", "avocate", "successions", "droit de la famille"),
            "On vérifiera d'abord la dévolution successorale avec vous.",
            "dévolution successorale",
        ),
    ],
)
def test_the_authors_topics_open_their_trades_words_beside_the_professions(
    context: Context, text: str, term: str
) -> None:
    assert term in {t.lower() for t in jargon_flagged(analyze(text, context))}


def test_topics_open_no_trade_for_an_author_whose_topics_name_none() -> None:
    lawyer = author("en", "lawyer", "contracts", "disputes")
    assert jargon_flagged(analyze("A pour-over will is part of the package.", lawyer)) == []


@pytest.mark.parametrize(
    ("context", "text", "term"),
    [
        (
            author("en", "insurance broker", "health insurance", "travel insurance"),
            "The plan comes with 20% co-insurance on specialist visits.",
            "co-insurance",
        ),
        (
            author("en", "insurance broker", "home insurance"),
            "Watch for the co-insurance clause when you insure for less than the rebuild cost.",
            "co-insurance clause",
        ),
    ],
)
def test_a_hyphened_short_word_is_part_of_the_term_not_a_word_beside_it(
    context: Context, text: str, term: str
) -> None:
    # "insurance" is among the author's topics; "co-insurance" is not, for all that.
    assert term in {t.lower() for t in jargon_flagged(analyze(text, context))}


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "physiotherapist", "knee injuries"),
            "Jordan loves ACL rehab. The ACL is the ligament that keeps your knee steady.",
        ),
        (
            author("en", "electrician", "fuse boxes"),
            "That's your RCD doing its job. It's the switch in your fuse box that cuts the power.",
        ),
        (
            author("en", "financial adviser", "retirement"),
            "We looked at your annuity. Think of it like a pension you buy once.",
        ),
    ],
)
def test_a_next_sentence_that_says_what_the_thing_is_explains_it(
    context: Context, text: str
) -> None:
    assert jargon_flagged(analyze(text, context)) == []


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (author("en", "locksmith", "car keys"), "We'll help you get your NJ license."),
        (author("en", "music teacher", "piano"), "I prepare students for RCM and ABRSM exams."),
        (author("fr", "paysagiste", "jardins"), "Nous cherchons un paysagiste CFC en Valais."),
        (author("fr", "couvreur", "toitures"), "Carte de compétence CCQ, un plus."),
    ],
)
def test_letters_everyone_there_knows_are_no_jargon(context: Context, text: str) -> None:
    assert jargon_flagged(analyze(text, context)) == []


@pytest.mark.parametrize(
    ("context", "text"),
    [
        # A dash, then what the thing is and what it does.
        (
            author("en", "electrician", "fuse boards"),
            "The new board has RCDs — safety switches that cut the power in a split second.",
        ),
        (
            author("en", "dentist", "check-ups"),
            "We found some bruxism — night grinding which wears the enamel down.",
        ),
        # An emoji between the term's sentence and the brackets that explain it.
        (
            author("fr", "géomètre", "terrains"),
            "Bornage terminé à Gembloux 📍 (on pose des bornes pour marquer la limite).",
        ),
        # A student of a school, and a barbecue, in French.
        (
            author("fr", "agent immobilier", "locations"),
            "Parfait pour une étudiante de l'ULB !",
        ),
        (author("fr", "menuisier", "terrasses"), "Terrasse prête pour le BBQ du week-end !"),
    ],
)
def test_more_explanations_and_names_that_are_no_jargon(context: Context, text: str) -> None:
    assert jargon_flagged(analyze(text, context)) == []


@pytest.mark.parametrize(
    ("context", "text"),
    [
        # « c'est cette… » says what it is, as « c'est la… » does.
        (
            author("fr", "ramoneur", "ramonage"),
            "Le bistre, c'est cette croûte noire qui colle au conduit.",
        ),
        # "It's really simple:" opens an explanation.
        (
            author("en", "real estate agent", "buying"),
            "First-time buyers fear escrow. It's really simple: a neutral person holds the money "
            "until everything's signed.",
        ),
        # A game that changed is no "game changer".
        (
            author("en", "estate agent", "selling"),
            "Fifteen years in, I've seen the whole game change.",
        ),
    ],
)
def test_a_gloss_in_other_words_and_a_literal_game_change_are_plain(
    context: Context, text: str
) -> None:
    assert jargon_flagged(analyze(text, context)) == []


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "financial adviser", "scams"),
            "No genuine SEBI-registered adviser will ever guarantee returns.",
        ),
        (
            author("en", "financial adviser", "pensions"),
            "Check any firm on the FCA register first.",
        ),
        (author("fr", "conseiller bancaire", "fraudes"), "Ne donnez jamais votre NIP à personne."),
    ],
)
def test_a_regulator_and_a_card_pin_are_plain(context: Context, text: str) -> None:
    assert jargon_flagged(analyze(text, context)) == []
