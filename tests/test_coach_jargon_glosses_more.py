"""Jargon around what explains a term and what only looks as if it did: "means" said before a
term, a pair of dashes, "or" that opens a choice, a call made rather than a name given; and
what an emoji, a grade or a version does to the letters and sentences around it."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, Report, analyze
from tests.coach_support import author, jargon_flagged


def _long(report: Report) -> list[str]:
    return [f.text for f in report.findings if f.rule == "jargon.long-sentence"]


PLUMBER = author("en", "plumber", "water heaters", "leaks")
PLOMBIER = author("fr", "plombier", "dépannage", "chauffe-eau")
HYGIENIST = author("en", "dental hygienist", "cleanings", "flossing")
TUTOR = author("en", "tutor", "exam prep", "study skills")
PHYSIO = author("en", "physiotherapist", "ankle sprains", "netball")
INFIRMIERE = author("fr", "infirmière", "soins à domicile", "pansements")
ELECTRICIEN = author("fr", "électricien", "installation électrique", "rénovation")
CHILDCARE = author("en", "childcare centre director", "early learning", "centre news")
PHOTOGRAPHER = author("en", "photographer", "weddings", "aerial photos")
GUIDE = author("fr", "agente de voyages", "circuits", "vols")
TRAVEL = author("en", "travel agent", "holidays", "flights")
AESTHETICIAN = author("en", "aesthetician", "facials", "skincare")


@pytest.mark.parametrize(
    ("context", "text", "term"),
    [
        # "Means" says what the word before it means: a term after it is only named.
        (PLUMBER, "Banging pipes usually means your PRV is on its way out.", "PRV"),
        (PLUMBER, "That hissing means the T&P valve is doing its job, so call us.", "T&P valve"),
        (
            PLOMBIER,
            "Ce bruit dans les tuyaux, ça veut dire que votre clapet anti-retour lâche.",
            "clapet anti-retour",
        ),
        (
            PLOMBIER,
            "Une fuite au pied du ballon signifie souvent un disconnecteur encrassé.",
            "disconnecteur",
        ),
    ],
)
def test_means_before_a_term_explains_nothing_of_it(context: Context, text: str, term: str) -> None:
    assert term in jargon_flagged(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        # …but after it, it still does.
        (PLUMBER, "Your PRV means the pressure-reducing valve, the brass bit by the stopcock."),
        (PLOMBIER, "Le réducteur de pression, ça veut dire la pièce qui calme l'eau de la ville."),
        # « ce que veut dire » names the word that follows.
        (
            author("fr", "notaire", "succession", "donation"),
            "On me demande ce que veut dire « nue-propriété ». C'est simple : le logement est à "
            "vous, mais un parent y vit jusqu'à la fin de sa vie.",
        ),
    ],
)
def test_means_after_a_term_still_explains_it(context: Context, text: str) -> None:
    assert jargon_flagged(analyze(text, context)) == []


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            HYGIENIST,
            "Bleeding when you brush is gingivitis — early gum inflammation — and it "
            "settles with flossing.",
        ),
        (TUTOR, "Hundreds of students sat the DSE – Hong Kong's school-leaving exams – with us."),
        (
            author("fr", "ramoneur", "ramonage", "poêles à bois"),
            "Avant l'hiver, on enlève le bistre – cette couche noire et collante qui tapisse le "
            "conduit – et la suie.",
        ),
        (
            author("en", "plumber", "leaks", "boilers"),
            "Your T&P valve — little brass lever on top of the tank, nothing fancy — lets "
            "off steam when it must.",
        ),
    ],
)
def test_a_pair_of_dashes_glosses_like_brackets(context: Context, text: str) -> None:
    assert jargon_flagged(analyze(text, context)) == []


@pytest.mark.parametrize(
    ("context", "text", "term"),
    [
        # ", or" and « , ou » open a choice that goes on, not a second name for the term.
        (
            author("fr", "vétérinaire équin", "chevaux", "vermifugation"),
            "Vous faites une coproscopie avant chaque vermifuge, ou vous vermifugez à l'aveugle ?",
            "coproscopie",
        ),
        (
            author("fr", "kinésithérapeute du sport", "course à pied", "tendinites"),
            "On commence par du travail excentrique, ou vous préférez des MTP d'abord ?",
            "MTP",
        ),
        (
            author("en", "dentist", "fillings", "check-ups"),
            "Did your MOD composite feel sensitive for a week, or did you get none at all?",
            "MOD composite",
        ),
    ],
)
def test_or_that_opens_a_choice_is_no_gloss(context: Context, text: str, term: str) -> None:
    assert term in jargon_flagged(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (INFIRMIERE, "Son INR était un peu haut, alors on a appelé son médecin ensemble."),
        (
            INFIRMIERE,
            "Ce matin son INR est remonté, j'ai appelé la pharmacie pour ajuster la dose.",
        ),
    ],
)
def test_a_call_made_is_no_name_given(context: Context, text: str) -> None:
    assert "INR" in jargon_flagged(analyze(text, context))


def test_a_name_given_still_explains() -> None:
    text = "On fait une prise de sang appelée INR pour voir si le sang coagule bien."
    assert "INR" not in jargon_flagged(analyze(text, INFIRMIERE))


@pytest.mark.parametrize(
    "text",
    [
        "L'INR doit rester entre 2 et 3 : on contrôle chaque semaine.",
        "L’INR est remonté ce matin, j'ai appelé la pharmacie.",
    ],
)
def test_an_acronym_after_an_elided_article_is_no_shout(text: str) -> None:
    assert "INR" in jargon_flagged(analyze(text, INFIRMIERE))


def test_an_elided_article_inside_capitals_still_shouts() -> None:
    text = "NOUVELLE BOUTIQUE À PATTE D'OIE, VENEZ NOMBREUX"
    assert jargon_flagged(analyze(text, INFIRMIERE)) == []


@pytest.mark.parametrize(
    ("context", "text", "term"),
    [
        # A grade before the letters, a level or a version after them: not a shout.
        (PHYSIO, "It was a grade II ATFL tear, so we started rehab straight away.", "ATFL"),
        (PHYSIO, "Your grade III MCL tear is healing well.", "MCL"),
        (ELECTRICIEN, "L'entreprise est maintenant qualifiée IRVE P1 pour vos bornes.", "IRVE"),
        (CHILDCARE, "We're now fully aligned with EYLF V2.0 across all rooms.", "EYLF"),
    ],
)
def test_a_grade_or_a_version_beside_letters_is_no_shout(
    context: Context, text: str, term: str
) -> None:
    assert term in jargon_flagged(analyze(text, context))


def test_shouting_around_a_numeral_is_still_shouting() -> None:
    assert jargon_flagged(analyze("BOOK NOW II ATFL SLOTS LEFT", PHYSIO)) == []


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (PHOTOGRAPHER, "New drone in the bag! Licensed by SACAA, so all above board."),
        (
            author("en", "dietitian", "heart health", "meal plans"),
            "I'm registered with the HCPC, so you're in safe hands.",
        ),
        (
            author("fr", "courtière immobilière", "condos", "premiers acheteurs"),
            "Je suis membre de l'OACIQ depuis dix ans, posez-moi vos questions.",
        ),
        (
            author("fr", "formateur", "sécurité", "incendie"),
            "Notre centre est certifié par l'APSAD pour tous les extincteurs.",
        ),
    ],
)
def test_the_body_that_licenses_the_author_is_no_jargon(context: Context, text: str) -> None:
    assert jargon_flagged(analyze(text, context)) == []


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("fr", "kinésithérapeute", "entorses", "sport"),
            "Une entorse au foot ce week-end ? 🦶 Chez nous, la première séance se passe comme "
            "ça : on regarde comment vous marchez, on touche doucement pour voir où ça fait mal 😄 "
            "Comptez une heure pour ce premier rendez-vous, puis des séances d'une demi-heure, "
            "avec des exercices à faire chez vous devant le frigo.",
        ),
        (
            author("en", "beekeeper", "honey", "hive visits"),
            "Honey harvest day 🐝 We smoke the hive gently, lift out the full frames and cut the "
            "wax caps off every little cell 🍯 Then the frames go in a spinner that throws the "
            "honey out, we strain it twice and it goes straight into jars for the Saturday market.",
        ),
    ],
)
def test_an_emoji_before_a_capital_cuts_a_long_run_into_statements(
    context: Context, text: str
) -> None:
    assert _long(analyze(text, context)) == []


def test_a_long_statement_between_emoji_is_still_long() -> None:
    text = (
        "Honey day 🐝 We smoke the hive gently and lift out the full frames and cut the wax caps "
        "off every little cell and then put the frames in a spinner that throws the honey out "
        "and then we strain it twice and pour it into jars for the Saturday market stall 🍯"
    )
    assert _long(analyze(text, author("en", "beekeeper", "honey")))


@pytest.mark.parametrize(
    ("context", "text", "term"),
    [
        (
            TRAVEL,
            "We now build open-jaw trips across Asia, with a stopover in Bangkok.",
            "open-jaw",
        ),
        (TRAVEL, "Your return flight is a codeshare with Qantas.", "codeshare"),
        (GUIDE, "Circuit Pérou 12 jours, vol en open jaw et guide compris.", "open jaw"),
        (GUIDE, "Le vol retour est un codeshare, pensez à l'enregistrement en ligne.", "codeshare"),
        # A trade opened by "aesthetician", not only "esthetician".
        (AESTHETICIAN, "Before any peel we'll check your Fitzpatrick type.", "Fitzpatrick"),
    ],
)
def test_travel_and_skin_trades_read_their_own_words(
    context: Context, text: str, term: str
) -> None:
    assert term in jargon_flagged(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "mortgage broker", "buy-to-let", "remortgages"),
            "Ask about your DSCR ratio first. It's the number banks use to check the rent "
            "covers the loan.",
        ),
        (
            author("en", "plumber", "heating", "boilers"),
            "We fitted a TRV on each radiator. It's a valve that lets you set each room's heat.",
        ),
    ],
)
def test_the_next_sentence_explains_a_term_a_few_words_before_the_stop(
    context: Context, text: str
) -> None:
    assert jargon_flagged(analyze(text, context)) == []


@pytest.mark.parametrize(
    "text",
    [
        "We fitted a TRV on the radiator. It's a quick job.",
        "We fitted a TRV. It's a quick job.",
        "New TRV fitted on the landing. It's a must in winter.",
    ],
)
def test_saying_how_long_a_job_takes_explains_nothing(text: str) -> None:
    assert "TRV" in jargon_flagged(analyze(text, author("en", "plumber", "heating", "boilers")))
