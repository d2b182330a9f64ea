"""Corporate spam: press-release voice, third person, sales pressure, shouting, walls, links."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, Report, analyze


def spam_rules(report: Report) -> set[str]:
    return {f.rule for f in report.findings if f.category == "spam"}


def spam_texts(report: Report) -> list[str]:
    return [f.text for f in report.findings if f.category == "spam"]


EN = Context(language="en")
FR = Context(language="fr")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # press-release voice, with inflections and other verbs
        (
            "Brightsmile Dental is delighted to present its new hygiene programme.",
            "spam.press-release",
        ),
        ("We are pleased to inform our patients that parking is now free.", "spam.press-release"),
        (
            "Our office takes pleasure in welcoming three new families this month.",
            "spam.press-release",
        ),
        (
            "Our advisers remain at your disposal for any question about pensions.",
            "spam.press-release",
        ),
        ("Oakwood Realty puts its expertise at your complete disposal.", "spam.press-release"),
        # a full range / quality claims / team of professionals
        ("We provide a comprehensive range of conveyancing services.", "spam.full-range"),
        ("Discover our wide array of cosmetic treatments.", "spam.full-range"),
        ("Top-notch work and the highest standards, every time.", "spam.quality-claims"),
        ("A serious, professional approach to your accounts.", "spam.quality-claims"),
        (
            "Our team of highly experienced lawyers handles every file.",
            "spam.team-of-professionals",
        ),
        ("Backed by decades of experience in family law.", "spam.team-of-professionals"),
        # sales pressure
        ("Spots are limited, so call us right away to reserve yours.", "spam.call-to-action"),
        ("Book your whitening session today and smile tomorrow.", "spam.call-to-action"),
        ("Don't hesitate to reach out for a quote.", "spam.call-to-action"),
        ("This special offer ends Friday.", "spam.urgency"),
        ("Only three appointments left this month, hurry up!", "spam.urgency"),
        ("Get 20% off every facial booked before Sunday.", "spam.discount"),
        ("Free consultation for every new client in March.", "spam.discount"),
        ("-30% on all home valuations this week", "spam.discount-headline"),
        # shouting
        ("We have a NEW WEBSITE for you.", "spam.shouting"),
        ("Our new clinic is open!!!", "spam.shouting"),
        ("Everything must go, FREE delivery.", "spam.shouting"),
    ],
)
def test_english_spam_phrasing_is_flagged(text: str, rule: str) -> None:
    assert rule in spam_rules(analyze(text, EN))


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Le cabinet Martin est ravi de vous proposer ses nouveaux horaires.",
            "spam.press-release",
        ),
        (
            "Nous avons le plaisir de vous annoncer l'arrivée d'un nouvel associé.",
            "spam.press-release",
        ),
        ("Notre agence met tout son savoir-faire à votre disposition.", "spam.press-release"),
        ("L’équipe reste à votre écoute du lundi au samedi.", "spam.press-release"),
        (
            "Nous proposons une large palette de prestations pour les particuliers.",
            "spam.full-range",
        ),
        ("Des soins de qualité supérieure, un vrai professionnalisme.", "spam.quality-claims"),
        ("Des tarifs imbattables toute l'année.", "spam.quality-claims"),
        ("Notre équipe de conseillers expérimentés vous accompagne.", "spam.team-of-professionals"),
        ("N’hésitez surtout pas à nous appeler pour un devis.", "spam.call-to-action"),
        ("N'hésitez pas à me contacter.", "spam.call-to-action"),
        ("Réservez dès maintenant votre séance découverte.", "spam.call-to-action"),
        ("Offre valable jusqu'à épuisement des stocks.", "spam.urgency"),
        ("Plus que 5 places pour l'atelier, ne tardez pas !", "spam.urgency"),
        ("Profitez de notre offre de rentrée.", "spam.urgency"),
        ("Remise de 15 sur toutes les couronnes ce mois-ci.", "spam.discount"),
        ("Bilan gratuit pour tout nouveau patient.", "spam.discount"),
        ("Découvrez nos bons plans de la semaine en boutique.", "spam.discount"),
        ("Le bon plan du mois : le détartrage offert aux étudiants.", "spam.discount"),
        ("-20 % sur les diagnostics immobiliers jusqu'à vendredi", "spam.discount-headline"),
        ("C'est la GRANDE OUVERTURE du salon.", "spam.shouting"),
        ("Le salon rouvre lundi !!!", "spam.shouting"),
    ],
)
def test_french_spam_phrasing_is_flagged(text: str, rule: str) -> None:
    assert rule in spam_rules(analyze(text, FR))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Harbour Physio is proud to offer sports massage.", EN),
        ("The clinic offers a gentle cleaning for anxious patients.", EN),
        ("Our practice provides emergency care seven days a week.", EN),
        ("La Clinique des Tilleuls propose désormais des consultations le soir.", FR),
        ("Le cabinet vous accueille dans ses nouveaux locaux.", FR),
        # After an opening that a comma closes, the subject opens the clause.
        ("Since 2009, the Harbour clinic is proud to offer sports massage.", EN),
        ("In a changing world, our firm provides tailored solutions to families.", EN),
        ("Depuis vingt ans, le cabinet Martin accompagne les familles.", FR),
        ("Dans un environnement en pleine mutation, notre cabinet accompagne les entreprises.", FR),
        ("Cette année encore : l'agence vous propose des visites virtuelles.", FR),
    ],
)
def test_the_business_as_third_person_subject_is_flagged(text: str, context: Context) -> None:
    assert "spam.company-third-person" in spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # The author speaks; the business is what they open or run, not who speaks.
        ("From 2 September, I open the clinic on Thursday evenings until 8.", EN),
        ("Last winter, we moved the practice upstairs, above the bakery.", EN),
        ("À partir du 2 septembre, j’ouvre le cabinet le jeudi soir jusqu’à 20 h.", FR),
        ("L'hiver dernier, on a repeint le salon nous-mêmes, le cabinet sentait la peinture.", FR),
    ],
)
def test_the_author_speaking_of_their_business_is_not_a_brochure(
    text: str, context: Context
) -> None:
    assert "spam.company-third-person" not in spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Notre équipe vous propose un bilan complet de votre patrimoine.", FR),
        ("Depuis 1998, l'équipe vous accueille du lundi au samedi.", FR),
        ("L'etude Vasseur vous accompagne dans toutes vos démarches.", FR),  # typed without accents
        ("La société Breizh Immo présente son nouveau programme à Vannes.", FR),
        ("La Societe Breizh Immo presente son nouveau programme a Vannes.", FR),
        ("The team offers same-day appointments for dental emergencies.", EN),
    ],
)
def test_a_team_or_a_firm_written_with_accents_or_without_is_a_subject(
    text: str, context: Context
) -> None:
    # Business nouns and verbs written with accents (« équipe », « société », « présente »)
    # were compared with the text's accent-free forms, so they never matched.
    assert "spam.company-third-person" in spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    "text",
    [
        "Diplôme d'ASV souhaité, mais on étudie aussi les candidatures en alternance.",
        "Expérience en cabinet dentaire souhaitée, débutants acceptés.",
        "Le cabinet présenté dans le reportage de France 3, c'est le nôtre.",
    ],
)
def test_a_participle_is_not_a_brochure_verb(text: str) -> None:
    # « souhaité » folds to « souhaite », « présenté » to « présente »: written with its
    # accent, a word must match as written.
    assert "spam.company-third-person" not in spam_rules(analyze(text, FR))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Ça y est, j'ai enfin ouvert mon salon rue des Carmes ! J'ai mis deux ans à le "
            "rénover moi-même. Le salon vous attend du mardi au samedi.",
            FR,
        ),
        (
            "On a passé l'été à tout repeindre, et on est fiers du résultat. Notre cabinet vous "
            "accueille à nouveau dès lundi, on a hâte de vous revoir.",
            FR,
        ),
        (
            "I finally opened my own barbershop on Mill Lane! Took me two years to fit it out "
            "myself. The shop welcomes you Tuesday to Saturday.",
            EN,
        ),
        (
            "We spent August sanding floors and we're so proud of how it looks. Our clinic "
            "offers the same gentle check-ups, in a brighter room, from Monday.",
            EN,
        ),
    ],
)
def test_one_plain_subject_in_a_post_told_as_i_or_we_is_a_hint(text: str, context: Context) -> None:
    found = [f for f in analyze(text, context).findings if f.rule == "spam.company-third-person"]
    assert [f.severity for f in found] == ["info"]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # a name, not a plain noun
        (
            "J'ai repris le cabinet l'an dernier et j'en suis fier. Le Cabinet Morel vous "
            "accompagne dans toutes vos démarches.",
            FR,
        ),
        # twice: a brochure line, not a slip
        (
            "I took over in May and I love it. The clinic offers check-ups for all ages. The "
            "clinic provides emergency care too.",
            EN,
        ),
        # no "I" or "we" to speak for it
        ("Le salon vous attend du mardi au samedi, avec ou sans rendez-vous.", FR),
    ],
)
def test_a_name_a_second_subject_or_no_first_person_stays_a_warning(
    text: str, context: Context
) -> None:
    found = [f for f in analyze(text, context).findings if f.rule == "spam.company-third-person"]
    assert found and all(f.severity == "warning" for f in found)


def test_profile_company_name_is_recognised_as_a_subject() -> None:
    context = Context(language="en", company_names=("Nordic Teeth",))
    report = analyze("Nordic Teeth welcomes children from two years old.", context)
    assert "spam.company-third-person" in spam_rules(report)
    assert report.voice["company"] >= 1


def test_hashtag_wall_is_one_finding_over_the_run() -> None:
    text = "New photos from the shoot. #wedding #bride #love #photo #happy #summer #weddingday"
    walls = [f for f in analyze(text, EN).findings if f.rule == "spam.hashtag-wall"]
    assert len(walls) == 1
    assert walls[0].text.startswith("#wedding") and walls[0].text.endswith("#weddingday")


def test_emoji_wall_with_skin_tones_and_zwj_families_is_flagged() -> None:
    text = "Grand opening 🎉👍🏽👨‍👩‍👧🎊✨ see you there"
    rules = spam_rules(analyze(text, EN))
    assert "spam.emoji-wall" in rules


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("https://example.com/blog/flossing-guide", EN),
        ("New post 👉 https://example.org/news", EN),
        ("Nouvel article : www.cabinet-exemple.fr/conseils", FR),
    ],
)
def test_a_post_that_is_little_more_than_a_link_is_flagged(text: str, context: Context) -> None:
    assert "spam.link-only" in spam_rules(analyze(text, context))


GOOD_POSTS = [
    # first-person announcements, enthusiastic, with "!" and an emoji
    (
        "Hooray, we finally launched evening appointments! My colleague Sam and I will take turns "
        "on Tuesdays and Thursdays, so you no longer need to miss work for a filling.",
        EN,
    ),
    (
        "Big news from me: after six years at a big agency I'm opening my own little office on "
        "Mill Street. Come and say hello, the kettle is always on.",
        EN,
    ),
    (
        "Youpi, on a enfin ouvert la salle de rééducation ! Claire et moi l'avons peinte "
        "nous-mêmes pendant les vacances. Passez la voir si vous êtes dans le quartier 🙂",
        FR,
    ),
    (
        "Ça y est : j'ai enfin mon diplôme d'ostéopathe pédiatrique. Trois ans de week-ends "
        "studieux, et une fierté immense ce matin.",
        FR,
    ),
    # stories and tips, with a caps word for emphasis and a couple of hashtags
    (
        "Last week a little boy asked me if his tooth would go to the tooth fairy by email. I said "
        "she still prefers paper. He made me write it down. #kids #dentist",
        EN,
    ),
    (
        "My tip after twenty years of tax returns: keep one envelope per month for receipts. It "
        "sounds old-fashioned and it saves my clients HOURS every April.",
        EN,
    ),
    (
        "Mardi dernier, une cliente m'a raconté qu'elle cachait ses relevés de compte dans le "
        "congélateur. On en a ri, puis on a rangé tout ça ensemble.",
        FR,
    ),
    (
        "Mon conseil du jour : avant de signer un bail, prenez des photos de chaque pièce. En cas "
        "de litige à la sortie, c'est souvent ce qui fait la différence.",
        FR,
    ),
    # practical notice in the third person is a fact, not a brochure
    ("Reminder: the clinic is closed on Easter Monday. For emergencies call 111.", EN),
    ("Le cabinet sera fermé le 15 août. En cas d'urgence, composez le 15.", FR),
]


@pytest.mark.parametrize(("text", "context"), GOOD_POSTS)
def test_good_posts_have_no_spam(text: str, context: Context) -> None:
    assert spam_texts(analyze(text, context)) == []


def test_spam_messages_are_in_the_post_language_and_cite_a_principle() -> None:
    en = [
        f for f in analyze("Call us today for a free quote!", EN).findings if f.category == "spam"
    ]
    fr = [f for f in analyze("Appelez-nous dès aujourd'hui !", FR).findings if f.category == "spam"]
    assert en and fr
    assert all(f.principle in range(1, 11) for f in en + fr)
    assert all("“" in f.message for f in en)
    assert all("«" in f.message for f in fr)


def test_overlapping_phrases_of_one_rule_merge_into_one_span() -> None:
    text = "Smile Studio is pleased to offer teeth whitening."
    press = [f for f in analyze(text, EN).findings if f.rule == "spam.press-release"]
    assert [f.text for f in press] == ["is pleased to offer"]


@pytest.mark.parametrize(
    ("text", "context", "link"),
    [
        ("New menu! bit.ly/3xYzQ", EN, "bit.ly/3xYzQ"),
        ("See the listing here: mysite.com/listings/42", EN, "mysite.com/listings/42"),
        ("Notre nouveau site : cabinet-dupont.fr", FR, "dupont.fr"),
        ("Le programme de la semaine ➜ bit.ly/kine-lyon", FR, "bit.ly/kine-lyon"),
    ],
)
def test_a_bare_link_without_http_is_still_just_a_link(
    text: str, context: Context, link: str
) -> None:
    found = [f for f in analyze(text, context).findings if f.rule == "spam.link-only"]
    assert len(found) == 1 and link in found[0].text


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("NATO should act now, before it's too late.", EN),
        (
            "My grandmother's last chance to see the sea was last summer. We ate chips.",
            EN,
        ),
        ("Hurry up, the kids said, the film starts at six.", EN),
        ("Les derniers jours de mon père à l'hôpital m'ont appris la patience.", FR),
        ("Ne tardez pas à dire je t'aime à vos parents.", FR),
        ("I finally finished my thesis. Done with three weeks of figures.end", EN),
    ],
)
def test_urgency_words_outside_a_sale_are_not_sales_pressure(text: str, context: Context) -> None:
    assert [f for f in analyze(text, context).findings if f.category == "spam"] == []


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Last chance: only 3 spots left for Saturday's class. Book now!", EN),
        ("Hurry up, the offer ends tonight!", EN),
        ("Act now: the discount ends on Friday.", EN),
        ("Dernière chance : plus que 2 places pour l'atelier de samedi, réservez vite !", FR),
        ("Ne tardez pas, l'offre se termine dimanche.", FR),
    ],
)
def test_urgency_in_a_post_that_sells_is_flagged(text: str, context: Context) -> None:
    rules = {f.rule for f in analyze(text, context).findings}
    assert "spam.urgency" in rules


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Send me your policy; if yours is already the best deal, I'll tell you so.", "en"),
        ("On a ajouté une semelle sur mesure, et trois mois plus tard, plus de douleur.", "fr"),
        ("Gratuit et sans engagement : si votre contrat est le meilleur, je vous le dirai.", "fr"),
    ],
)
def test_calm_honest_wording_is_not_an_advert(text: str, language: str) -> None:
    report = analyze(text, Context(language=language))
    assert [f.rule for f in report.findings if f.category == "spam"] == []


@pytest.mark.parametrize(
    ("text", "language", "rule"),
    [
        ("The best deals in town are here this weekend only.", "en", "spam.discount"),
        ("Des solutions sur mesure pour tous vos projets.", "fr", "spam.press-release"),
        ("Devis gratuit sans engagement, appelez-nous.", "fr", "spam.guarantee"),
    ],
)
def test_advert_wording_is_still_spam(text: str, language: str, rule: str) -> None:
    report = analyze(text, Context(language=language))
    assert rule in {f.rule for f in report.findings}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Unlock your best smile with our premium whitening package. Results guaranteed.", "en"),
        ("The home of your dreams is waiting. Contact our award-winning team.", "en"),
        ("Tag a friend who needs this! Like and share to win a free haircut.", "en"),
        ("Looking for the best physio in town? Look no further.", "en"),
        ("Sublimez votre sourire avec notre pack premium. Résultats garantis.", "fr"),
        ("La maison de vos rêves vous attend. Contactez notre équipe primée.", "fr"),
        ("Identifiez un ami qui en a besoin ! Likez et partagez pour gagner une coupe.", "fr"),
        ("Vous cherchez le meilleur kiné de la ville ? Ne cherchez plus.", "fr"),
    ],
)
def test_advert_cliches_and_engagement_bait_are_spam(text: str, language: str) -> None:
    report = analyze(text, Context(language=language))
    assert [f for f in report.findings if f.category == "spam" and f.severity != "info"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("They finally found their dream home, and I cried a little at the signing.", "en"),
        ("I won an award this year, and honestly the team did the work.", "en"),
        ("Parlez-moi de vos rêves : c'est souvent là que l'anxiété se montre.", "fr"),
        ("J'ai appelé notre équipe de garde à 3 h du matin, et tout s'est bien passé.", "fr"),
        # A sale's words in a warning against cheap work.
        ("Des facettes posées en une semaine à l'étranger, ce n'est pas un bon plan.", "fr"),
    ],
)
def test_the_same_words_told_plainly_are_not_spam(text: str, language: str) -> None:
    report = analyze(text, Context(language=language))
    assert [f.rule for f in report.findings if f.category == "spam"] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Serving the community since 1987 with integrity, passion and excellence.", "en"),
        ("Want glowing skin? Our signature facial is the answer.", "en"),
        ("Au service de la communauté depuis 1987 avec intégrité, passion et excellence.", "fr"),
        ("Envie d'une peau éclatante ? Notre soin signature est la réponse.", "fr"),
    ],
)
def test_a_companys_list_of_virtues_is_brochure_talk(text: str, language: str) -> None:
    report = analyze(text, Context(language=language))
    assert "spam.press-release" in {f.rule for f in report.findings}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I've done this job with passion for twenty years, and I still learn every week.", "en"),
        (
            "Je fais ce métier avec passion depuis vingt ans, et j'apprends encore chaque semaine.",
            "fr",
        ),
    ],
)
def test_passion_told_in_the_first_person_is_not_brochure_talk(text: str, language: str) -> None:
    report = analyze(text, Context(language=language))
    assert [f.rule for f in report.findings if f.category == "spam"] == []


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # Brochure talk held up to be mocked is not the author's voice.
        ("Nobody reads 'We are pleased to offer a full range of services'. Say what you did.", EN),
        ("Every agency bio says “our team of experienced professionals”. Tell me one name.", EN),
        ("Personne ne lit « nous mettons à votre disposition une équipe à votre écoute ».", FR),
        ("Arrêtez d'écrire \"n'hésitez pas à nous contacter\" : posez une vraie question.", FR),
    ],
)
def test_brochure_talk_quoted_to_mock_it_is_not_spam(text: str, context: Context) -> None:
    assert spam_rules(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("We are pleased to offer a full range of services. 'Quality' is our motto.", EN),
        ("Don't wait: we're pleased to offer a full range of services.", EN),
        ("Nous mettons à votre disposition une équipe « aux petits soins ».", FR),
    ],
)
def test_brochure_talk_outside_the_quotes_is_still_spam(text: str, context: Context) -> None:
    assert spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    "text",
    [
        "Fort de 25 ans d'expérience, notre cabinet conseille les artisans du Gers.",
        "Forte de vingt ans d'existence, l'agence connaît chaque rue de Vannes.",
        "Notre équipe vous accompagne à chaque étape de votre projet immobilier.",
        "Nous accompagnons nos clients tout au long des étapes de leur succession.",
        "Une offre globale et personnalisée pour votre comptabilité.",
        "Une équipe dédiée répond à vos questions du lundi au samedi.",
    ],
)
def test_a_brochures_years_and_steps_are_press_release_talk(text: str) -> None:
    report = analyze(text, Context(language="fr"))
    assert [f.category for f in report.findings if f.category == "spam"], text


@pytest.mark.parametrize(
    "text",
    [
        "J'ai accompagné Mme Martin à chaque étape de sa succession : trois ans, deux notaires.",
        "Mon père était fort en calcul, moi pas : j'ai mis dix ans à aimer les bilans.",
        "On a fait les étapes une par une avec ce couple, sans rien brusquer.",
    ],
)
def test_the_same_words_in_a_story_are_not_a_brochure(text: str) -> None:
    report = analyze(text, Context(language="fr"))
    assert [f.text for f in report.findings if f.category == "spam"] == []


@pytest.mark.parametrize(
    "text",
    [
        "La clinique est fière d'annoncer l'ouverture de son nouveau bloc.",
        "Le cabinet est heureux d'accueillir Maître Dupuis.",
        "L'agence est ravie d'annoncer son déménagement.",
    ],
)
def test_french_elisions_match_the_full_word_of_a_phrase(text: str) -> None:
    """Phrases are written "heureux de vous annoncer"; "d'annoncer" is the same words."""
    report = analyze(text, Context(language="fr"))
    assert "spam.press-release" in {f.rule for f in report.findings}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We did it!! The new grooming room is finally open.", "en"),
        ("On l'a fait !! Le nouvel atelier est enfin ouvert.", "fr"),
        ("Thank you to every client who trusted me before I looked remotely professional.", "en"),
        ("Inclusion après bilan (WAIS-IV, D2-R, BRIEF-A) et entretien.", "fr"),
        ("Tested with the MoCA-B and the TMT-A, both within the normal range.", "en"),
        # Codes joined by a slash, and titles or captions quoted as they were written.
        ("1. Audit du pipeline CI/CD et des variables d'environnement en clair.", "fr"),
        ("We compared the UI/UX of both booking tools before choosing one.", "en"),
        ('He came in clutching a printout titled "RARE TROPICAL DISEASES", pale.', "en"),
        ("Sur la porte, une affiche : « FERMÉ POUR INVENTAIRE », et nous dedans.", "fr"),
    ],
)
def test_joy_modesty_and_test_codes_are_not_shouting_or_claims(text: str, language: str) -> None:
    report = analyze(text, Context(language=language))
    assert [f.text for f in report.findings if f.category == "spam"] == []


@pytest.mark.parametrize(
    ("text", "language", "rule"),
    [
        ("The new grooming room is open!!! Come and see!!!", "en", "spam.shouting"),
        ("BOOK NOW AND SAVE BIG TODAY", "en", "spam.shouting"),
        ("Le nouvel atelier est ouvert !!! RÉSERVEZ VITE", "fr", "spam.shouting"),
        # Outside quotes the same capitals shout.
        ("The clinic is open late. RARE TROPICAL DISEASES CHECKED HERE", "en", "spam.shouting"),
        ("Sur la porte, une affiche. FERMÉ POUR INVENTAIRE, REVENEZ DEMAIN", "fr", "spam.shouting"),
        ("Professionalism and care are at the heart of what we do.", "en", "spam.quality-claims"),
    ],
)
def test_real_shouting_and_claims_are_still_spam(text: str, language: str, rule: str) -> None:
    report = analyze(text, Context(language=language))
    assert rule in {f.rule for f in report.findings}


@pytest.mark.parametrize(
    ("text", "sale"),
    [
        ("Un vieux solde de carte de crédit oublié plombait leur dossier.", False),
        ("Le solde de votre compte épargne reste disponible.", False),
        ("Les soldes commencent mercredi : tout le rayon à moitié prix.", True),
        ("Derniers manteaux en solde ce week-end.", True),
    ],
)
def test_a_balance_is_not_a_sale(text: str, sale: bool) -> None:
    rules = {f.rule for f in analyze(text, Context(language="fr")).findings}
    assert ("spam.discount" in rules) is sale


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("La plupart des brosses électriques ont un minuteur, profitez-en.", FR),
        ("Les frais de remboursement anticipé se négocient encore, profitez-en.", FR),
        ("Unpopular opinion: stop asking tattoo artists for a discount on your first piece.", EN),
    ],
)
def test_a_tips_take_advantage_and_a_stance_on_discounts_sell_nothing(
    text: str, context: Context
) -> None:
    assert not spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        ("Détartrage à 49 € tout le mois de mars : profitez-en !", FR, "spam.urgency"),
        ("Profitez-en : nos forfaits baissent jusqu'à dimanche.", FR, "spam.urgency"),
        ("Big discounts on all frames, this week only.", EN, "spam.discount"),
        ("Whitening at £99 until Friday. Don't miss out!", EN, "spam.urgency"),
    ],
)
def test_the_same_words_beside_a_price_or_an_offer_are_sales_pressure(
    text: str, context: Context, rule: str
) -> None:
    assert rule in spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context", "link_only"),
    [
        # Words as a reader counts them: "l'assurance-vie, c'est" is three, not five.
        (
            "Mon analyse de la réforme de l'assurance-vie, c'est par ici 👉 "
            "https://www.exemple-patrimoine.fr/blog/assurance-vie?utm_source=linkedin",
            FR,
            True,
        ),
        (
            "L'article d'hier sur l'épargne, c'est là : https://www.exemple.fr/epargne",
            FR,
            True,
        ),
        (
            "J'ai relu hier le contrat d'assurance-vie d'une cliente qui pensait que tout irait "
            "à ses enfants, et ce n'était pas le cas : https://www.exemple.fr/clause",
            FR,
            False,
        ),
    ],
)
def test_a_french_line_and_a_link_is_counted_as_a_reader_counts(
    text: str, context: Context, link_only: bool
) -> None:
    assert ("spam.link-only" in spam_rules(analyze(text, context))) is link_only


@pytest.mark.parametrize(
    ("text", "context", "wall"),
    [
        ("Our new chair is in! #dentist #smile #family #teeth #Lyon", EN, False),
        ("Nouveau fauteuil ! #dentiste #sourire #famille #dents #Lyon", FR, False),
        ("Our new chair is in! #dentist #smile #family #teeth #Lyon #new", EN, True),
        ("Nouveau fauteuil ! #dentiste #sourire #famille #dents #Lyon #nouveau", FR, True),
    ],
)
def test_five_tags_are_ordinary_six_make_a_wall(text: str, context: Context, wall: bool) -> None:
    assert ("spam.hashtag-wall" in spam_rules(analyze(text, context))) is wall


@pytest.mark.parametrize(
    ("text", "context", "wall"),
    [
        ("⭐⭐⭐⭐⭐ « Personne ne m'a fait la morale. » — Patrick D.", FR, False),
        ("⭐⭐⭐⭐⭐ 'They made me feel at ease from the first minute.' — Sue", EN, False),
        ("🌟🌟🌟🌟 from our lovely patient Mrs B!", EN, False),
        ("😍😍😍🔥🔥 Loved every minute!", EN, True),
        ("⭐⭐⭐⭐⭐⭐⭐⭐ Meilleur cabinet de la ville", FR, True),
    ],
)
def test_a_reviews_stars_are_a_rating_not_an_emoji_wall(
    text: str, context: Context, wall: bool
) -> None:
    assert ("spam.emoji-wall" in spam_rules(analyze(text, context))) is wall


@pytest.mark.parametrize(
    ("text", "context", "wall"),
    [
        ("Our exchange group this year: 🇫🇷🇬🇧🇺🇸🇨🇦 and so much fun.", EN, False),
        ("Classes in four languages 🇬🇧 🇪🇸 🇩🇪 🇮🇹, beginners welcome.", EN, False),
        ("Nos stagiaires venaient de partout 🇸🇳🇨🇮🇲🇱🇧🇫🇹🇬 cette année.", FR, False),
        ("Allez les Bleus 🇫🇷🇫🇷🇫🇷🇫🇷 ! Le salon ferme à 20 h ce soir.", FR, True),
        ("Come on England 🇬🇧🇬🇧🇬🇧🇬🇧, we close at 8 tonight.", EN, True),
        ("Shipping everywhere 🇬🇧🇺🇸🇨🇦🇦🇺🇳🇿🇮🇪🇿🇦 this week.", EN, True),
        ("Nos saveurs 🇫🇷🎉🎉🎉 du moment, en boutique.", FR, True),
    ],
)
def test_a_short_list_of_different_flags_is_information_not_an_emoji_wall(
    text: str, context: Context, wall: bool
) -> None:
    assert ("spam.emoji-wall" in spam_rules(analyze(text, context))) is wall


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("In today's fast-paced world, our practice is committed to your family's smile.", EN),
        ("At Northgate Banking, we are committed to empowering local enterprises.", EN),
        ("We offer a full range of lending, savings and cash-management products.", EN),
        ("Tailored financial solutions for every ambition. Speak to our team today.", EN),
        ("Dans un monde en constante évolution, le cabinet reste à vos côtés.", FR),
        ("Nous nous engageons à vous accompagner à chaque instant.", FR),
        ("Parlez-en à nos conseillers dès aujourd'hui.", FR),
    ],
)
def test_brochure_commitments_and_todays_world_are_spam(text: str, context: Context) -> None:
    assert spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("I'm committed to my patients, and in today's appointment we talked about floss.", EN),
        ("Our range of options is small: a filling or a crown. I'll explain both.", EN),
        ("Je me suis engagée à courir le marathon avec une patiente. On en parle demain !", FR),
    ],
)
def test_a_personal_commitment_is_no_brochure(text: str, context: Context) -> None:
    assert not spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # Comments, tags and shares traded for a guide or cash, and the income pitch.
        ("Comment YES and I'll send you my free guide straight away 👇", EN),
        ("Know someone who's moving? Tag them below. The more you share, the more you earn!", EN),
        ("Refer a friend and get £100 when their mortgage completes.", EN),
        (
            "No experience needed. I'm looking for 3 ambitious women ready for financial freedom.",
            EN,
        ),
        ("DM me INFO and I'll show you how I did it from my phone in 2 hours a day.", EN),
        ("Tu veux le guide ? Commente « OUI » et je te l'envoie en privé 👇", FR),
        ("Identifiez en commentaire les amis qui ont un projet, et partagez autour de vous !", FR),
        (
            "Gagnez 150 € en un message : je vous verse la prime dès la signature, "
            "c'est cumulable.",
            FR,
        ),
        ("Aucune expérience requise : je prends 2 nouvelles partenaires ce mois-ci.", FR),
    ],
)
def test_bait_for_comments_referrals_and_recruits_is_spam(text: str, context: Context) -> None:
    assert "spam.bait" in spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Write to me if you have a question, or drop your questions in the comments below.", EN),
        ("Any question? Comment below and I'll answer every one this evening.", EN),
        ("Une question ? Écrivez-moi, ou envoyez-moi une photo de votre ordonnance.", FR),
        ("Il a gagné 4 kilos en un mois, et son genou l'a senti.", FR),
        ("Je réponds depuis mon téléphone entre deux patients, soyez patients.", FR),
    ],
)
def test_an_honest_invitation_to_write_is_no_bait(text: str, context: Context) -> None:
    assert "spam.bait" not in spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context", "stuffed"),
    [
        (
            "Best dentist Leeds | Emergency dentist Leeds | Cheap dentist Leeds | Private "
            "dentist Leeds | NHS dentist Leeds | Family dentist Leeds. Book your dentist in "
            "Leeds today.",
            EN,
            True,
        ),
        (
            "Avocat Toulouse divorce, avocat Toulouse succession, avocat Toulouse prud'hommes, "
            "meilleur avocat Toulouse, avocat Toulouse pas cher : votre avocat Toulouse vous "
            "répond.",
            FR,
            True,
        ),
        (
            "A root canal sounds scary. But a root canal today is like a long filling: numb, "
            "quiet, done in an hour. Ask me anything about your root canal.",
            EN,
            False,
        ),
        (
            "Mon 22 Dec 9am–5pm. Tue 23 Dec 9am–5pm. Wed 24 Dec 9am–1pm. Sat 27 Dec 9am–1pm. "
            "Mon 29 Dec 9am–5pm. Merry Christmas from all of us!",
            EN,
            False,
        ),
    ],
)
def test_the_same_keywords_over_and_over_are_stuffing(
    text: str, context: Context, stuffed: bool
) -> None:
    assert ("spam.keyword-stuffing" in spam_rules(analyze(text, context))) is stuffed


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        (
            "Plus que quelques lots disponibles ! Offre de lancement : cuisine offerte.",
            FR,
            "spam.urgency",
        ),
        ("Dernières places pour la session de novembre, 490 € la journée !", FR, "spam.urgency"),
        ("Offre réservée aux 10 premières inscriptions : -30 % jusqu'à lundi.", FR, "spam.urgency"),
        (
            "4 homes available only to my list this week: book a viewing before they hit "
            "Rightmove.",
            EN,
            "spam.urgency",
        ),
        (
            "Le Cabinet Morel a accompagné Sophie dans la reprise de sa boulangerie.",
            FR,
            "spam.company-third-person",
        ),
        (
            "Smith Dental helped Sophie rebuild her smile in two visits.",
            EN,
            "spam.company-third-person",
        ),
    ],
)
def test_scarcity_and_a_business_telling_its_own_case_are_spam(
    text: str, context: Context, rule: str
) -> None:
    assert rule in spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "« Deuxième paire offerte », « -70 % sur les montures »… Je ne les mettrai pas "
            "en vitrine.",
            FR,
        ),
        ("Si vous pensez à un parent, vous pouvez m'appeler au cabinet, je vous expliquerai.", FR),
    ],
)
def test_quoted_slogans_and_a_plain_phone_call_are_no_spam(text: str, context: Context) -> None:
    assert not spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        # The old price beside the new one is a discount, however warmly written.
        ("My 6-week package: all for $299 instead of $420.", EN, "spam.discount"),
        ("Anti-wrinkle, 3 areas: £199 (usually £299).", EN, "spam.discount"),
        ("3 séances à 150 € au lieu de 180 €, jusqu'au 30 septembre.", FR, "spam.discount"),
        # A keyword asked for in capitals is bait.
        ('DM me "BACK" and I\'ll send you my prices.', EN, "spam.bait"),
        ("Tu le veux ? Écris-moi « GUIDE » en commentaire.", FR, "spam.bait"),
        # A title line, then the discount: still the headline.
        (
            "FRENCH DAYS 🇫🇷\n\n-30 % sur toutes les montures, jusqu'à mardi.",
            FR,
            "spam.discount-headline",
        ),
        # Calling oneself the best.
        ("I'm officially the best personal trainer in Leeds.", EN, "spam.quality-claims"),
        ("Le meilleur kiné de la ville, c'est nous !", FR, "spam.quality-claims"),
    ],
)
def test_struck_prices_keyword_bait_and_boasts_are_spam(
    text: str, context: Context, rule: str
) -> None:
    assert rule in spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Instead of 3 visits, 2 were enough: her knee healed faster than usual.", EN),
        ('She said "NO" to the crown, and I think she was right.', EN),
        ("Bonne nouvelle.\n\nNous avons 20 % de patients en plus cette année, merci à vous.", FR),
        ("La séance coûte 70 €, au cabinet comme à domicile.", FR),
    ],
)
def test_plain_numbers_and_quoted_words_are_no_sale(text: str, context: Context) -> None:
    assert not spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Formule détente : 350 DH au lieu de 500 DH, ce week-end seulement.", FR),
        ("Wax print bundles, ₦15,000 instead of ₦22,000 until Friday.", EN),
    ],
)
def test_a_struck_price_in_other_currencies_is_a_discount(text: str, context: Context) -> None:
    assert "spam.discount" in spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Sublime T4 avec terrasse vue mer : plus que 2 visites disponibles ce week-end. "
            "Appelez-moi avant qu'il ne soit trop tard.",
            FR,
        ),
        ("Ce bien rare en exclusivité ne restera pas longtemps sur le marché.", FR),
        ("2e paire de lunettes pour 1 €, jusqu'à samedi seulement.", FR),
        ("This listing won't last long: only 2 viewings left on Saturday.", EN),
        ("Kids' swimming lessons at £5 until Sunday only.", EN),
    ],
)
def test_more_forms_of_pressure_in_a_post_that_sells(text: str, context: Context) -> None:
    assert "spam.urgency" in spam_rules(analyze(text, context))


def test_a_call_to_vote_before_it_is_too_late_sells_nothing() -> None:
    text = (
        "J'appelle tous ceux qui me suivent à voter pour l'opposition aux prochaines "
        "élections, avant qu'il ne soit trop tard pour le pays."
    )
    assert "spam.urgency" not in spam_rules(analyze(text, FR))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "£72 for the block, and if money's tight, message me: I keep two places at half "
            "price, no questions asked.",
            EN,
        ),
        ("Student rate on Thursdays: 30% off for students and the unemployed.", EN),
        (
            "Je réserve les jeudis après-midi à des consultations à 35 € au lieu de 60 € pour "
            "les étudiants et les personnes au chômage.",
            FR,
        ),
    ],
)
def test_a_reduced_price_for_those_who_need_it_is_a_hint(text: str, context: Context) -> None:
    found = [f for f in analyze(text, context).findings if f.rule == "spam.discount"]
    assert found and all(f.severity == "info" for f in found)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Black Friday: 30% off every whitening kit, this weekend only.", EN),
        ("Consultation à 35 € au lieu de 60 € pour tous les nouveaux clients !", FR),
    ],
)
def test_the_same_discount_for_everyone_is_still_a_warning(text: str, context: Context) -> None:
    found = [f for f in analyze(text, context).findings if f.rule == "spam.discount"]
    assert found and all(f.severity == "warning" for f in found)


WARM_OFFERS = [
    (
        "I've been asked about whitening for years, so I finally made it simpler. Through "
        "April and May I'm offering home whitening to my patients at £250 instead of £350. "
        "I check your teeth and gums first, because I won't whiten over a problem.",
        EN,
    ),
    (
        "We've kept our prices the same this year. Over-65s get 10% off routine care, and "
        "our cancellations are charged at half price. We'd rather you tell us early.",
        EN,
    ),
    (
        "J'ai créé ce soin pour les peaux fatiguées de l'hiver : gommage doux, masque, et un "
        "vrai massage du visage. Je vous le propose à 55 € au lieu de 70 € jusqu'à la fin du "
        "mois, dans mon petit institut, avec un thé chaud.",
        FR,
    ),
    (
        "Nous avons signé avec le refuge du quartier. Chaque chien adopté chez eux aura une "
        "première consultation gratuite chez nous, parce que les premières semaines, c'est là "
        "qu'on découvre tout.",
        FR,
    ),
]


@pytest.mark.parametrize(("text", "context"), WARM_OFFERS)
def test_a_reduced_price_in_the_body_of_a_first_person_post_is_a_hint(
    text: str, context: Context
) -> None:
    found = [f for f in analyze(text, context).findings if f.category == "spam"]
    assert found and all(f.severity == "info" for f in found)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # The discount is the headline.
        ("£250 instead of £350! I've made home whitening simpler for my patients.", EN),
        ("-30 % sur tous mes soins ce mois-ci. J'ai voulu remercier mes clientes fidèles.", FR),
        # Other sales talk beside it.
        (WARM_OFFERS[0][0] + " Only 3 slots left, book now!", EN),
        (WARM_OFFERS[2][0] + " Places limitées, réservez vite !", FR),
        # No one speaks: a brochure.
        ("Whitening at Brightsmile: £250 instead of £350 through May for all patients.", EN),
    ],
)
def test_a_discount_as_the_headline_or_with_sales_talk_stays_a_warning(
    text: str, context: Context
) -> None:
    found = [f for f in analyze(text, context).findings if f.category == "spam"]
    assert any(f.severity == "warning" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Le dernier jour dans les anciens locaux sera le vendredi 30 août. Vos rendez-vous "
        "sont maintenus, réservez comme d'habitude.",
        "Un mémoire rendu à 23 h 58 le dernier jour, et me voilà diplômée ! Réservez vos "
        "séances dès septembre.",
    ],
)
def test_the_last_day_as_a_date_is_no_pressure(text: str) -> None:
    assert "spam.urgency" not in spam_rules(analyze(text, FR))


def test_the_last_days_of_an_offer_are() -> None:
    text = "Derniers jours pour profiter de la séance découverte à 30 € !"
    assert "spam.urgency" in spam_rules(analyze(text, FR))


def test_welcoming_a_colleague_is_no_call_to_action() -> None:
    welcome = "Camille nous rejoint lundi. N'hésitez pas à lui souhaiter la bienvenue !"
    assert "spam.call-to-action" not in spam_rules(analyze(welcome, FR))
    assert "spam.call-to-action" in spam_rules(analyze("Tarifs en MP. N'hésitez pas !", FR))


def test_team_codes_in_a_match_score_are_not_shouting() -> None:
    assert "spam.shouting" not in spam_rules(analyze("Hier soir, OM–PSG au salon : 2 à 1 !", FR))


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        (
            "It gives us great pleasure to confirm the completion of the merger between our two "
            "practices.",
            EN,
            "spam.press-release",
        ),
        (
            "C'est avec une immense fierté que l'agence annonce l'ouverture de sa nouvelle "
            "agence à Montpellier.",
            FR,
            "spam.press-release",
        ),
        (
            "With decades of combined experience, our agents deliver a service tailored to "
            "your unique needs, every step of the way.",
            EN,
            "spam.quality-claims",
        ),
        (
            "Only a handful of January slots remain. Once they're gone, they're gone: lock in "
            "your place today.",
            EN,
            "spam.urgency",
        ),
        (
            "Nous ne pourrons accepter qu'un nombre limité de dossiers : réservez votre "
            "rendez-vous sans attendre.",
            FR,
            "spam.urgency",
        ),
        (
            "New on the blog: five questions to ask before you take your tax-free cash 👇 "
            "https://example.com/blog/five-questions",
            EN,
            "spam.link-only",
        ),
        (
            "À lire absolument avant d'acheter pour louer cette année. Rendement, fiscalité, "
            "pièges : tout est dit. https://bit.ly/4aZt7Qe",
            FR,
            "spam.link-only",
        ),
    ],
)
def test_spam_forms_in_softer_wordings(text: str, context: Context, rule: str) -> None:
    assert rule in spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Buvez régulièrement, sans attendre d'avoir soif.", FR),
        ("Vous pouvez changer d'assurance de prêt à tout moment, sans attendre la date.", FR),
        (
            "I wrote up what I learned from twenty years of pension transfers, the three "
            "mistakes I see every month and how to avoid them, with two real cases from this "
            "spring: https://example.com/blog/pension-transfers",
            EN,
        ),
    ],
)
def test_plain_words_and_a_real_paragraph_before_a_link_are_not(
    text: str, context: Context
) -> None:
    assert not spam_rules(analyze(text, context)) & {"spam.urgency", "spam.link-only"}


@pytest.mark.parametrize(
    "text",
    ["Ce week-end : RÉDUCTION sur toutes les montures.", "Ce mois-ci : REDUCTION sur les bilans."],
)
def test_a_sales_word_with_an_accent_shouts_too(text: str) -> None:
    # The listed sales words, written with accents, were compared with accent-free forms.
    assert "spam.shouting" in spam_rules(analyze(text, FR))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Our state-of-the-art facility and dedicated staff deliver excellence.", EN),
        ("We use cutting-edge equipment for every check-up.", EN),
        ("A world-class team, right here in Leeds.", EN),
        ("Le cabinet dispose d'un matériel de pointe pour tous vos soins.", FR),
        ("Un garage à la pointe de la technologie, pour votre voiture.", FR),
    ],
)
def test_praise_for_ones_own_kit_is_a_quality_claim_not_jargon(text: str, context: Context) -> None:
    # A client understands "state-of-the-art"; it is the brochure's claim that says nothing.
    report = analyze(text, context)
    assert spam_rules(report) & {"spam.quality-claims", "spam.press-release"}
    assert not [f for f in report.findings if f.category == "jargon"]


@pytest.mark.parametrize(
    "text",
    [
        "A vendor told me on a call today that their product would change my life.",
        "I had the call now booked for Tuesday, so we moved the visit.",
        "My last call today was a mum asking about teething.",
    ],
)
def test_a_call_as_a_noun_is_not_an_advert_closing_line(text: str) -> None:
    assert "spam.call-to-action" not in spam_rules(analyze(text, EN))


@pytest.mark.parametrize(
    "text",
    [
        "Give us a call today and we'll find you a slot.",
        "Give me a ring now, the diary fills up fast.",
        "Call today for a free quote.",
        "Spaces are filling up, call now!",
    ],
)
def test_telling_the_reader_to_call_is_still_an_advert_closing_line(text: str) -> None:
    assert "spam.call-to-action" in spam_rules(analyze(text, EN))


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("L'équipe reste à votre entière disposition pour tout renseignement.", False),
        ("Nous restons à votre service du lundi au samedi.", False),
        ("Je vous fais un devis, pour que vous sachiez ce qui reste à votre charge.", True),
        ("La franchise, qui reste à votre charge, sinistre après sinistre.", True),
    ],
)
def test_staying_at_the_readers_disposal_is_brochure_talk_not_what_they_pay(
    text: str, plain: bool
) -> None:
    flagged = "spam.press-release" in spam_rules(analyze(text, FR))
    assert flagged is not plain


def warned_spam(text: str, context: Context) -> set[str]:
    return {
        f.rule
        for f in analyze(text, context).findings
        if f.category == "spam" and f.severity != "info"
    }


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "We did it!!! 🎉 After two years of paperwork we finally opened our own clinic, and "
            "we couldn't have done it without you.",
            EN,
        ),
        (
            "On l'a fait !!! 🥖 Notre baguette a eu la 2e place du concours, on n'en revient pas, "
            "et on remercie Yanis, notre apprenti.",
            FR,
        ),
    ],
)
def test_one_burst_of_joy_in_a_first_person_post_is_no_shouting(
    text: str, context: Context
) -> None:
    assert warned_spam(text, context) == set()
    assert "spam.shouting" in spam_rules(analyze(text, context))  # still there, as a hint


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("We did it!!! We're open!!! We can't wait to see you all!", EN),
        ("Smith Dental is open!!! The clinic welcomes new patients from Monday.", EN),
        ("On a ouvert !!! Réservez vite, on n'a que trois places !!!", FR),
        ("We did it!!! 🎉 We opened our clinic and we're offering 50% OFF this week only.", EN),
    ],
)
def test_bangs_beside_other_advert_talk_or_repeated_still_shout(
    text: str, context: Context
) -> None:
    assert warned_spam(text, context)


def spam_warnings(text: str, context: Context) -> list[str]:
    return [
        f.text
        for f in analyze(text, context).findings
        if f.category == "spam" and f.severity != "info"
    ]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # The accountant's books, not a booking.
        ("Please reconcile the ITC with your books before that, then send them over.", EN),
        ("Your books before the year end tell me more than any spreadsheet.", EN),
        # A sector's name, not a claim.
        ("I've joined the team looking after professional services firms across BC.", EN),
        ("Most of my clients are professional service firms: lawyers, architects, surveyors.", EN),
        # « Imbattable » in an argument, and « appelez au bureau » in a warm offer.
        (
            "À 41 % de TMI, avec une sortie fractionnée, il reste imbattable. Pas pour tous.",
            FR,
        ),
        ("Sur le papier, le taux était imbattable. Sauf qu'en regardant de près…", FR),
        (
            "Si ça vous tente, écrivez-moi ou appelez au bureau. Il me reste de la place en mars.",
            FR,
        ),
    ],
)
def test_everyday_words_that_look_like_sales_talk_are_not_spam(text: str, context: Context) -> None:
    assert spam_warnings(text, context) == []


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Book before the end of the month or miss out!", EN),
        ("Only for clients who book before Friday: 20% off.", EN),
        ("Our professional services are second to none.", EN),
        ("Des prix imbattables sur toutes nos chaudières.", FR),
        ("Nos tarifs imbattables vous attendent tout le mois.", FR),
        ("Appelez-nous au 06 12 34 56 78 pour en profiter.", FR),
    ],
)
def test_the_same_words_selling_stay_spam(text: str, context: Context) -> None:
    assert spam_warnings(text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("WE'VE MOVED... well, only two doors down, but still! 🎉 See you on Rose St.", EN),
        ("BIG NEWS: I passed my exams and I'm now a fully qualified physio.", EN),
        ("🎉 WE'RE HIRING 🎉 A receptionist three mornings a week, come and say hello.", EN),
        ("GRANDE NOUVELLE : on déménage au 12 rue Victor Hugo, à deux pas de la gare.", FR),
        ("ON DÉMÉNAGE ! Rendez-vous lundi au 4 place du Marché.", FR),
    ],
)
def test_a_short_news_headline_in_capitals_opening_the_post_is_a_hint(
    text: str, context: Context
) -> None:
    found = [f for f in analyze(text, context).findings if f.rule == "spam.shouting"]
    assert found and all(f.severity == "info" for f in found)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # Not news, not at the opening, too long, or shouting again later.
        ("WAKE UP PEOPLE. They don't want you to read this.", EN),
        ("Our new clinic is open. BIG NEWS for the whole town!", EN),
        ("WE HAVE MOVED TO A BIGGER CLINIC AND EVERYTHING IS CHEAPER", EN),
        ("WE'VE MOVED! And our NEW CLINIC is BIGGER THAN EVER.", EN),
        ("GRAND JEU CONCOURS pour les 3 ans du cabinet !", FR),
        ("COMMUNIQUÉ DE PRESSE\n\nLe groupe Audexia annonce son rapprochement.", FR),
    ],
)
def test_other_capitals_still_shout(text: str, context: Context) -> None:
    found = [f for f in analyze(text, context).findings if f.rule == "spam.shouting"]
    assert any(f.severity == "warning" for f in found)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("À la clinique, on le voit comme une bonne chose : moins d'abandons.", FR),
        ("Chez le cabinet voisin, on propose la même chose, et c'est très bien.", FR),
        ("At the clinic we see it as a good thing: fewer dogs given up in July.", EN),
        ("Opened up to find stickers saying MEAT IS MURDER all over the window.", EN),
        ("Le carton était marqué FRAGILE NE PAS RETOURNER, et il est arrivé à l'envers.", FR),
    ],
)
def test_a_place_and_reported_capitals_are_not_spam(text: str, context: Context) -> None:
    assert spam_warnings(text, context) == []


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("La clinique vous accompagne dans toutes vos démarches.", FR),
        ("OUR CLINIC IS THE BEST IN TOWN, BOOK TODAY", EN),
        ("This month only: a free bond treatment with every colour.", EN),
        ("Only a few Saturday spots left in October, so book fast!", EN),
    ],
)
def test_the_business_as_subject_shouting_and_pressure_still_are(
    text: str, context: Context
) -> None:
    assert spam_warnings(text, context)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Only 40 made, first in, first served. Pies $6.", EN),
        ("Eleven bikes at the old price of $900, and when they're gone, they're gone.", EN),
        ("Tout doit disparaître avant samedi : tartes à 12 €.", FR),
        ("Quand y en a plus, y en a plus ! Bûches à 30 €.", FR),
        ("Seulement 20 bûches disponibles, à 35 € pièce.", FR),
    ],
)
def test_scarcity_in_everyday_words_is_sales_pressure(text: str, context: Context) -> None:
    assert "spam.urgency" in spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("When summer is gone, it's gone; first in the queue this morning was Sam.", EN),
        ("Quand il n'y a plus de lumière, on range l'atelier.", FR),
    ],
)
def test_the_same_words_without_a_sale_are_not_pressure(text: str, context: Context) -> None:
    assert "spam.urgency" not in spam_rules(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ('If water is coming through the ceiling, text "URGENT" and I\'ll call back tonight.', EN),
        ("For skin types IV–VI I add azelaic acid, and the front end calls a REST API.", EN),
        ("Get your paperwork in order now, before the new rules apply.", EN),
        ("Venez nombreux au vernissage le 17 mai, ça me ferait plaisir de vous voir.", FR),
    ],
)
def test_cited_words_codes_and_warm_invitations_are_not_adverts(
    text: str, context: Context
) -> None:
    assert spam_rules(analyze(text, context)) == set()


def test_a_sales_word_in_capitals_outside_quotes_still_shouts() -> None:
    assert "spam.shouting" in spam_rules(analyze("Bouquets $40, URGENT, book today.", EN))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Your loan offer expires while you wait for the vendor's paperwork.", EN),
        ("Check your mortgage offer expires after the completion date, not before.", EN),
        ("Bonne fête nationale à tous, profitez-en bien ! Et gardez le chien à l'intérieur.", FR),
        ("Le soleil revient ce week-end : profitez-en bien, et pensez à la crème solaire.", FR),
    ],
)
def test_a_banks_offer_and_a_wish_to_enjoy_the_day_are_no_sales_pressure(
    text: str, context: Context
) -> None:
    assert "spam.urgency" not in {f.rule for f in analyze(text, context).findings}


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Our Christmas box offer expires Sunday, order now!", EN),
        ("Promo -20 % sur les galettes ce week-end, profitez-en !", FR),
    ],
)
def test_a_sellers_offer_and_its_deadline_stay_sales_pressure(text: str, context: Context) -> None:
    assert "spam.urgency" in {f.rule for f in analyze(text, context).findings}


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        ("Limited slots lang po, PM to book! Lash lift ₱450.", EN, "spam.urgency"),
        (
            "Slots are filling up fast for December, secure yours today: £25 deposit.",
            EN,
            "spam.urgency",
        ),
        ("Grab yours before they're gone: £4 a box, this week only.", EN, "spam.urgency"),
        ("Everything must go! All frames £20.", EN, "spam.urgency"),
        ("BOGO on all pastries till Sunday!", EN, "spam.discount"),
        ("Tag 3 friends who need a fresh cut and win a free one!", EN, "spam.bait"),
        ("Ne ratez pas cette occasion : promo de -40 % sur les montures !", FR, "spam.urgency"),
        (
            "Contactez-nous sur WhatsApp au 07 00 00 00 00 pour commander.",
            FR,
            "spam.call-to-action",
        ),
    ],
)
def test_a_shops_sales_pressure_in_everyday_words(text: str, context: Context, rule: str) -> None:
    assert rule in {f.rule for f in analyze(text, context).findings}


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The tables filled up fast at my daughter's wedding, what a night.", EN),
        ("Tag your mum in the photo, she baked half of these!", EN),
        ("Une occasion unique de remercier mon ancien patron : il prend sa retraite.", FR),
    ],
)
def test_the_same_words_outside_a_sale_stay_clean(text: str, context: Context) -> None:
    assert [f.rule for f in analyze(text, context).findings if f.category == "spam"] == []


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        (
            "Kamau & Co Advocates is a leading law firm offering comprehensive legal solutions.",
            EN,
            "spam.quality-claims",
        ),
        ("Quality you can trust, prices you can afford.", EN, "spam.quality-claims"),
        ("We are open 24/7 to serve you better.", EN, "spam.press-release"),
        ("Nous sommes ouverts 7j/7 pour mieux vous servir.", FR, "spam.press-release"),
        ("Faites confiance à des professionnels.", FR, "spam.press-release"),
    ],
)
def test_brochure_promises_in_plain_words(text: str, context: Context, rule: str) -> None:
    assert rule in {f.rule for f in analyze(text, context).findings}


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Smoking is still the leading cause of gum disease I see in my chair.", EN),
        ("Trust me, I asked three other professionals before I said yes.", EN),
    ],
)
def test_a_leading_cause_and_trust_in_a_story_stay_clean(text: str, context: Context) -> None:
    assert [f.rule for f in analyze(text, context).findings if f.category == "spam"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Il me reste quelques créneaux au salon de Pointe-à-Pitre, écrivez-moi en privé.",
        "Livraisons à Pointe-Noire le mardi, à Brazzaville le jeudi.",
        "Évitez les heures de pointe : passez plutôt à 10 h.",
    ],
)
def test_a_town_or_the_rush_hour_named_pointe_is_no_brochure(text: str) -> None:
    assert spam_rules(analyze(text, FR)) == set()


def test_cutting_edge_equipment_is_still_brochure_talk() -> None:
    assert spam_rules(analyze("Notre cabinet dispose d'un matériel de pointe.", FR))
