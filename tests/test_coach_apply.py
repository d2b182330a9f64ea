"""What Apply writes: wording that reads where the finding stood, or nothing."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, Finding, analyze


def _findings(text: str, lang: str, profession: str, topics: tuple[str, ...] = ()) -> list[Finding]:
    context = Context(language=lang, profession=profession, topics=topics)
    return list(analyze(text, context).findings)


def _found(text: str, lang: str, profession: str, word: str) -> Finding:
    return next(f for f in _findings(text, lang, profession) if f.text == word)


def _applied(text: str, finding: Finding) -> str:
    assert finding.replacement is not None
    return text[: finding.start] + finding.replacement + text[finding.end :]


@pytest.mark.parametrize(
    ("lang", "profession", "text", "word"),
    [
        ("en", "dentist", "She came in with pericoronitis and a swollen cheek.", "pericoronitis"),
        ("en", "dentist", "We fitted an onlay instead of a full crown.", "onlay"),
        ("en", "sheep farmer", "We spent the morning dagging the ewes.", "dagging"),
        ("en", "piano tuner", "The hammers needed voicing after the pitch raise.", "pitch raise"),
        (
            "fr",
            "chirurgien-dentiste",
            "Une parodontite non soignée fait tomber des dents.",
            "parodontite",
        ),
        ("fr", "notaire", "L’usufruit revient au conjoint survivant.", "usufruit"),
        (
            "fr",
            "agent immobilier",
            "Le terrain du voisin est grevé d'une servitude.",
            "servitude",
        ),
        (
            "fr",
            "couvreur",
            "On a refait toute l'isolation sous rampants cet hiver.",
            "isolation sous rampants",
        ),
    ],
)
def test_a_trade_word_is_kept_and_explained_in_brackets(
    lang: str, profession: str, text: str, word: str
) -> None:
    finding = _found(text, lang, profession, word)
    assert finding.suggestion
    assert finding.replacement == f"{word} ({finding.suggestion})"
    after = _applied(text, finding)
    # Explained where it stands, the word no longer warns, and the sentence around it is whole.
    assert not [f for f in _findings(after, lang, profession) if word in f.text]
    assert after.startswith(text[: finding.start]) and after.endswith(text[finding.end :])


@pytest.mark.parametrize(
    ("lang", "text", "word", "written"),
    [
        ("en", "We leverage the waiting room for short talks.", "leverage", "use"),
        ("en", "Leverage your lunch break: walk.", "Leverage", "Use"),
        ("en", "Real synergy between the physio and the massage room.", "synergy", "teamwork"),
        ("en", "Our client-centric approach starts with a chat.", "client-centric", "client-first"),
        ("fr", "Une offre clés en main pour les primo-accédants.", "clés en main", "tout compris"),
        (
            "fr",
            "Notre approche holistique commence par un bilan.",
            "approche holistique",
            "approche globale",
        ),
        ("fr", "Il faut pérenniser ce lien avec les patients.", "pérenniser", "faire durer"),
        # The list writes each form it replaces, with its wording in the same form.
        ("en", "She leverages the waiting room for talks.", "leverages", "uses"),
        ("en", "We are leveraging the waiting room for talks.", "leveraging", "using"),
        ("en", "Leveraged well, a recall letter fills a week.", "Leveraged", "Used"),
        ("en", "That visit moved the needle for her.", "moved the needle", "made a difference"),
        ("en", "We incentivised early bookings.", "incentivised", "encouraged"),
        ("en", "The new forms streamlined check-in.", "streamlined", "simplified"),
        ("fr", "Nous avons mutualisé la salle d'attente.", "mutualisé", "partagé"),
        ("fr", "Nos dossiers digitalisés partent en une minute.", "digitalisés", "numérisés"),
        ("fr", "Les agences mutualisent leurs annonces.", "mutualisent", "partagent"),
        # The wording starts as the term does, so "an", "a" and « la » still fit.
        ("en", "We offer an end-to-end service for new patients.", "end-to-end", "all-in-one"),
        (
            "en",
            "It takes a holistic approach to back pain.",
            "holistic approach",
            "well-rounded approach",
        ),
        ("fr", "On crée de la synergie entre les deux cabinets.", "synergie", "cohérence"),
        (
            "fr",
            "Une offre à haute valeur ajoutée pour les bailleurs.",
            "à haute valeur ajoutée",
            "de grande utilité",
        ),
    ],
)
def test_office_talk_gives_way_to_its_wording(
    lang: str, text: str, word: str, written: str
) -> None:
    finding = _found(text, lang, "consultant", word)
    assert finding.replacement == written
    after = _applied(text, finding)
    assert not [f for f in _findings(after, lang, "consultant") if f.category == "jargon"]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # Another form than the list's: the wording would need inflecting.
        ("en", "We touched base with every patient.", "touched base"),
        ("en", "We circled back to the x-rays.", "circled back"),
        ("fr", "On a pérennisé ce lien avec les patients.", "pérennisé"),
        # The word before would no longer agree: "a extra", "an early", « le état d'esprit ».
        ("en", "We offer a value-added service for new patients.", "value-added"),
        ("en", "It takes a proactive approach to back pain.", "proactive"),
        ("fr", "Le mindset de l'équipe a changé.", "mindset"),
        # A wording that opens a clause of its own: "our that can grow approach".
        ("en", "Our scalable approach fits any clinic.", "scalable"),
        ("fr", "Une démarche scalable pour toutes les agences.", "scalable"),
        # A hyphenated adjective away from its noun: "working all-in-one", "a close look audit".
        ("en", "We work end-to-end with each family.", "end-to-end"),
        ("en", "Book our deep-dive workshops.", "deep-dive"),
        # An article inside the wording after one in the text: "our the people involved".
        ("en", "We listened to our stakeholders first.", "stakeholders"),
    ],
)
def test_no_wording_is_written_where_it_would_not_read(lang: str, text: str, word: str) -> None:
    finding = _found(text, lang, "consultant", word)
    assert finding.suggestion  # the hint is still shown
    assert finding.replacement is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Bright Smile Dental Care is pleased to announce new opening hours."),
        ("en", "Hartley & Co is proud to offer a full range of services. Contact us today!"),
        ("en", "Do not hesitate to contact us for a free consultation."),
        ("fr", "Le cabinet Dupont est heureux de vous annoncer ses nouveaux horaires."),
        ("fr", "L'agence Martin Immobilier met à votre disposition son expertise."),
        ("fr", "N'hésitez pas à nous contacter pour un premier rendez-vous."),
    ],
)
def test_an_idea_for_rewording_is_never_pasted_in(lang: str, text: str) -> None:
    ideas = [f for f in _findings(text, lang, "") if f.category == "spam" and f.suggestion]
    assert ideas
    assert all(f.replacement is None for f in ideas)


def test_findings_merged_into_one_span_have_nothing_to_write() -> None:
    # "added value" ("extra value") and "value proposition" overlap: one finding over both,
    # whose wording would leave "proposition" or drop it.
    text = "Our added value proposition is simple."
    finding = _found(text, "en", "consultant", "added value proposition")
    assert finding.replacement is None


@pytest.mark.parametrize(
    ("text", "shorter"),
    [
        ("La dent porte un inlay-core (faux moignon fixé dans la racine) ancien.", "inlay"),
        (
            "Méfiez-vous de l'effet de levier : emprunter pour investir amplifie les pertes.",
            "levier",
        ),
    ],
)
def test_an_explained_term_excuses_the_shorter_terms_inside_it(text: str, shorter: str) -> None:
    found = _findings(text, "fr", "chirurgien-dentiste conseiller financier")
    assert not [f for f in found if f.category == "jargon" and f.text.casefold() == shorter]
