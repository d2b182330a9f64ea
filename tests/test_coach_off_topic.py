"""Off-topic subjects, matched by stems, unless the author's declared topics cover them."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, Report, analyze

DENTIST = Context(language="auto", profession="dentist", topics=("teeth", "children's dental care"))
DENTISTE = Context(language="auto", profession="dentiste", topics=("dents", "soins des enfants"))


def off_topic(report: Report) -> set[str]:
    return {f.rule for f in report.findings if f.category == "off_topic"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Whoever wins the elections, my prices stay the same.", "off_topic.politics"),
        ("The election result last night says a lot about this country.", "off_topic.politics"),
        ("The electoral map is a disgrace.", "off_topic.politics"),
        ("The minister should resign after this week.", "off_topic.politics"),
        ("Parliament voted again and nothing changes for small businesses.", "off_topic.politics"),
        ("Our thoughts are with everyone living under the bombings.", "off_topic.war"),
        ("The invasion has gone on far too long.", "off_topic.war"),
        ("Sending troops is never the answer.", "off_topic.war"),
        ("Only Jesus can heal what medicine cannot.", "off_topic.religion"),
        ("Religion has no place in a school, full stop.", "off_topic.religion"),
        ("Did you see the Kardashians at the gala? Unreal.", "off_topic.gossip"),
        ("Celebrity gossip is my guilty pleasure: who is dating whom?", "off_topic.gossip"),
        ("Anti-vaxxers are the reason my waiting room is full.", "off_topic.controversy"),
        ("Big pharma doesn't want you to know this.", "off_topic.controversy"),
    ],
)
def test_english_sensitive_subjects_are_flagged(text: str, rule: str) -> None:
    assert rule in off_topic(analyze(text, DENTIST))


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Quel que soit le résultat des élections, mes tarifs ne changent pas.",
            "off_topic.politics",
        ),
        ("L'élection de dimanche va tout changer, croyez-moi.", "off_topic.politics"),
        ("Le résultat électoral montre que les gens en ont assez.", "off_topic.politics"),
        ("Le Premier ministre devrait démissionner.", "off_topic.politics"),
        ("Les députés ont encore voté une loi absurde.", "off_topic.politics"),
        ("Cette guerre n'a que trop duré.", "off_topic.war"),
        ("Les bombardements de cette nuit me bouleversent.", "off_topic.war"),
        ("Seul Jésus peut guérir les âmes.", "off_topic.religion"),
        ("La religion n'a rien à faire à l'école.", "off_topic.religion"),
        ("Vous avez vu les potins sur le chanteur et sa nouvelle compagne ?", "off_topic.gossip"),
        ("Les complotistes remplissent ma salle d'attente.", "off_topic.controversy"),
    ],
)
def test_french_sensitive_subjects_are_flagged(text: str, rule: str) -> None:
    assert rule in off_topic(analyze(text, DENTISTE))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "The new rules on campaign spending confuse many candidates before the elections. In "
            "short: a supporter's spending counts toward your cap.",
            Context(
                language="en",
                profession="election lawyer",
                topics=("elections", "campaign finance"),
            ),
        ),
        (
            "After the election, three of my clients asked me how the new budget changes their "
            "pension. The short answer: not much.",
            Context(
                language="en",
                profession="financial adviser",
                topics=("retirement", "government policy", "politics"),
            ),
        ),
        (
            "Je travaille avec des familles qui ont fui la guerre. Les enfants dessinent d'abord "
            "leur maison, pas les bombardements.",
            Context(
                language="fr", profession="psychologue", topics=("traumatisme", "guerre", "exil")
            ),
        ),
        (
            "Les règles électorales changent pour les municipales : voici ce que doivent savoir "
            "les candidats.",
            Context(language="fr", profession="avocat", topics=("droit électoral", "élections")),
        ),
        (
            "A visitor asked why the monks pray at three in the morning. Religion is my job as a "
            "guide, and that question is my favourite.",
            Context(
                language="en", profession="tour guide", topics=("religion", "history", "abbey")
            ),
        ),
    ],
)
def test_an_expert_whose_topics_cover_the_subject_gets_no_off_topic(
    text: str, context: Context
) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # innocent uses of words that share a stem or a weak word with a subject
        ("Please be polite to our receptionist; she is doing her best.", DENTIST),
        ("Minimally invasive treatment means less drilling.", DENTIST),
        ("Conservative treatment first: we try a night guard before anything else.", DENTIST),
        ("We celebrated the birthday party of our oldest patient, 99 today.", DENTIST),
        ("Our team voted for the best Halloween costume. The tooth fairy won.", DENTIST),
        ("Le papa tenait la lampe pendant que je soignais sa fille.", DENTISTE),
        ("J'ai vite compris que l'état des lieux se joue sur les détails.", DENTISTE),
        ("Sur la gauche de la mâchoire, la dent de sagesse poussait de travers.", DENTISTE),
        ("On fait la fête au cabinet : notre assistante part à la retraite.", DENTISTE),
    ],
)
def test_innocent_words_are_not_off_topic(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


def test_weak_words_alone_are_not_enough_but_count_together() -> None:
    assert off_topic(analyze("Don't forget to vote for your favourite cake!", DENTIST)) == set()
    heated = analyze("Vote for the party that will finally fix this country's debate.", DENTIST)
    assert "off_topic.politics" in off_topic(heated)


_FILLER_EN = (
    "Then the usual week: six check-ups, two fillings and a very brave five-year-old. "
    "Remember to change your toothbrush every three months. "
    "Flossing once a day does more than any fancy mouthwash. "
)
_FILLER_FR = (
    "Ensuite, la semaine habituelle : six contrôles, deux plombages et une petite très courageuse. "
    "Changez de brosse à dents tous les trois mois. "
    "Le fil dentaire une fois par jour vaut mieux que tous les bains de bouche. "
)


def test_weak_words_far_apart_in_a_long_post_make_no_subject() -> None:
    far = [
        (
            "Our receptionist's son came home from the army on leave this week. "
            + _FILLER_EN
            + "Mugs of tea for the tired soldiers of the school run!",
            DENTIST,
        ),
        (
            "Le fils de notre secrétaire est rentré de l'armée en permission cette semaine. "
            + _FILLER_FR
            + "Courage aux soldats de la rentrée scolaire !",
            DENTISTE,
        ),
    ]
    for text, context in far:
        assert off_topic(analyze(text, context)) == set(), text
    near = [
        ("The army sent more soldiers to the border this week. " + _FILLER_EN, DENTIST),
        ("L'armée a envoyé d'autres soldats à la frontière cette semaine. " + _FILLER_FR, DENTISTE),
    ]
    for text, context in near:
        assert "off_topic.war" in off_topic(analyze(text, context)), text


def test_a_post_touching_none_of_the_declared_topics_gets_a_gentle_nudge() -> None:
    text = (
        "Went hiking with my brother on Sunday. We got lost twice, ate too many sandwiches and "
        "watched the sun go down over the lake. My legs still hurt, and I'd do it again tomorrow."
    )
    report = analyze(text, DENTIST)
    assert off_topic(report) == set()  # a nudge, not a warning
    assert any("teeth" in nudge for nudge in report.nudges)
    on_topic = analyze(text + " Then I brushed my teeth for five minutes.", DENTIST)
    assert not any("teeth" in nudge for nudge in on_topic.nudges)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Candid photos beat posed ones every time. Lying on your back helps too.", "en"),
        ("Tu sais, la population du quartier a célébré la fête du foyer. Ben oui !", "fr"),
        ("La manifeste fatigue de mon patient m'a inquiété, il est resté une heure.", "fr"),
    ],
)
def test_everyday_words_sharing_a_stem_with_hot_subjects_stay_on_topic(
    text: str, language: str
) -> None:
    report = analyze(text, Context(language=language))
    assert [f for f in report.findings if f.category == "off_topic"] == []


# Subjects named by words beyond the obvious ones: parties, lawmakers, armies, believers,
# royals, influencers, immigration and abortion fought over, in both languages.
@pytest.mark.parametrize(
    ("language", "text", "rule"),
    [
        (
            "en",
            "The lawmakers in Westminster have no idea what a small practice costs.",
            "politics",
        ),
        ("en", "Socialists or conservatives, they all promise the same thing.", "politics"),
        ("en", "Opinion polls show the ruling party collapsing, and about time.", "politics"),
        ("en", "Mass immigration is changing this town and nobody dares say it.", "politics"),
        ("en", "Whatever you think of abortion rights, the ban is cruel.", "politics"),
        ("en", "Gun laws in this country are a joke after another mass shooting.", "politics"),
        ("fr", "Les sondages montrent que les socialistes vont perdre, et tant mieux.", "politics"),
        ("fr", "Les parlementaires ont encore voté contre les indépendants.", "politics"),
        ("fr", "L'immigration massive, personne n'ose en parler.", "politics"),
        ("fr", "Le droit à l'avortement ne se discute pas.", "politics"),
        ("en", "Invading a neighbour is never a solution.", "war"),
        ("en", "The army keeps shelling the city while the world watches.", "war"),
        ("en", "Another ceasefire broken, more hostages taken.", "war"),
        ("fr", "Les chars russes ont envahi la ville cette nuit.", "war"),
        ("fr", "Une nouvelle trêve, encore des otages : ce conflit armé me hante.", "war"),
        ("en", "Believers should stop telling others how to live.", "religion"),
        ("en", "The Bible says we should forgive, so forgive your dentist.", "religion"),
        ("fr", "Les croyants devraient garder leur foi pour eux.", "religion"),
        ("fr", "Le carême commence demain : priez, jeûnez, et que Dieu vous bénisse.", "religion"),
        ("en", "That influencer's cheating scandal is all anyone talks about.", "gossip"),
        ("en", "Did you see the royals at the races? Prince Harry looked miserable.", "gossip"),
        ("fr", "Cette influenceuse a encore fait un bad buzz, quelle histoire.", "gossip"),
        ("fr", "Le prince William et la princesse Kate se disputent, paraît-il.", "gossip"),
        ("fr", "Quelqu'un a vu le mariage princier hier soir ?", "gossip"),
        ("fr", "Tout le monde ne parle que du mariage royal, quelle robe !", "gossip"),
        ("fr", "Le couple princier attend un bébé, paraît-il.", "gossip"),
        # Telling readers which way to vote, in a referendum or a party's name in a tag.
        ("en", "I'm voting Yes to the Voice on Saturday, and so should you.", "politics"),
        ("en", "Vote no on Proposition 12 next month, trust me on this one.", "politics"),
        ("en", "Welcome aboard, Tom! #newstarter #VoteReform", "politics"),
        ("en", "Go vote on Sunday, just not for the extremes.", "politics"),
        ("fr", "Votez oui à l'initiative, il faut savoir dire stop.", "politics"),
        ("fr", "Je voterai non dimanche, et vous devriez faire pareil.", "politics"),
        ("fr", "Encore une votation sur les étrangers, la même rengaine.", "politics"),
        ("fr", "Allez voter dimanche, et surtout pas pour les extrêmes.", "politics"),
        # Heads of government by title or nickname, guns and trade wars taken sides on.
        ("en", "Unlike a certain orange-faced president, we slap no tariffs on you.", "politics"),
        ("en", "Another school shooting: arm the teachers? Ban assault rifles.", "politics"),
        ("fr", "Il faudrait envoyer la liste des prix au chef du gouvernement.", "politics"),
        # Culture-war jabs and conspiracy talk in new words.
        ("en", "Less time on mandatory pronoun trainings, more on the books.", "controversy"),
        ("en", "Those white trails in the sky above us are not just contrails.", "controversy"),
        ("fr", "Les bien-pensants de Berne ne vivent pas dans nos quartiers.", "controversy"),
        ("fr", "Ces traînées blanches dans le ciel ne sont pas des traces d'avion.", "controversy"),
        ("fr", "Le Grand Reset n'est plus une théorie, ouvrez l'œil.", "conspiracy"),
        ("fr", "Bruxelles pourra bloquer votre épargne d'un simple clic.", "conspiracy"),
        ("en", "Nobody is telling us what 5G is really doing to our nerves.", "conspiracy"),
        ("en", "Switch the router off at night. I don't think that's a coincidence.", "conspiracy"),
        ("fr", "Personne ne nous dit ce que la 5G fait vraiment à nos nerfs.", "conspiracy"),
    ],
)
def test_subjects_are_found_through_their_many_words(language: str, text: str, rule: str) -> None:
    context = DENTIST if language == "en" else DENTISTE
    report = analyze(text, Context(language, context.profession, context.topics))
    assert f"off_topic.{rule}" in off_topic(report)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # Everyday words sharing a weak word or a stem with a hot subject.
        ("She left the party early and turned right at the station.", DENTIST),
        ("Our Instagram followers loved the drama of the new chair's arrival.", DENTIST),
        ("The front desk brings peace of mind: one call and you're booked.", DENTIST),
        ("I believe in small miracles: a child who flosses without being asked.", DENTIST),
        ("Our receptionist is a real queen of the calendar.", DENTIST),
        ("Je me suis trompée de jour, et ma patiente aussi : on a ri.", DENTISTE),
        ("Mes patients fidèles, c'est un sacré cadeau après vingt ans.", DENTISTE),
        ("À gauche, à droite : brossez chaque côté deux minutes.", DENTISTE),
        ("Rupture de stock de brosses à dents, quel drame au cabinet !", DENTISTE),
        ("Notre mariage a eu lieu en juin, et le gâteau était royal.", DENTISTE),
        # Images and idioms that borrow a hot subject's words.
        ("Pendant trois mois, ça a été une vraie guerre entre lui et le métronome.", DENTISTE),
        ("Dès le lundi, ça a été la guerre des offres sur cette maison.", DENTISTE),
        ("Faire la politique de l'autruche avec une carie, c'est la pire option.", DENTISTE),
        ("Les immeubles reposent sur des pieux en bois, d'où cet air penché.", DENTISTE),
        ("Le guide de la Société française, c'est ma bible depuis 2009.", DENTISTE),
        ("Bonne année, et des repas où personne ne parle de politique !", DENTISTE),
        ("The rota had turned into a battlefield, and the whole feud was about weekends.", DENTIST),
        ("Most workplace wars are about something small and practical.", DENTIST),
        ("The team voted yes to a second coffee machine.", DENTIST),
        ("L'équipe avait voté non à l'idée d'ouvrir le samedi.", DENTISTE),
        ("Yesterday was a war of attrition with one rusted caliper bolt.", DENTIST),
        ("The great ivy war of Elm Close is over, and for once everyone won.", DENTIST),
        ("The meeting had all the warmth of a religious war.", DENTIST),
        ("Au printemps, j'ai perdu une guerre : celle contre les taupes du voisin.", DENTISTE),
        ("L'assemblée de mardi avait des airs de soirée électorale. Vote à la fin.", DENTISTE),
        ('Under the paint I found a name in pencil, "W. Harris", and 1936.', DENTIST),
        ("Je crois que mes patients croyaient que le détartrage fait mal.", DENTISTE),
    ],
)
def test_everyday_words_near_hot_subjects_stay_on_topic(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Asylum seekers wait months for a hearing. Here is what to bring to the first one.",
            Context(language="en", profession="immigration lawyer", topics=("asylum", "visas")),
        ),
        (
            "Les demandeurs d'asile attendent des mois. Voici quoi apporter au rendez-vous.",
            Context(language="fr", profession="avocate", topics=("droit des étrangers", "asile")),
        ),
        (
            "Veterans tell me the shelling never really stops in their heads.",
            Context(language="en", profession="psychologist", topics=("trauma", "veterans")),
        ),
        (
            "Mes patients réfugiés me parlent des bombes. L'armée, ils n'en veulent plus.",
            Context(
                language="fr", profession="psychologue", topics=("psychotraumatisme", "réfugiés")
            ),
        ),
        (
            "Believers and non-believers alike come to the abbey. The clergy welcome both.",
            Context(language="en", profession="tour guide", topics=("religious heritage", "abbey")),
        ),
        (
            "Les influenceurs et leurs scandales : ce que ça dit du marketing d'influence.",
            Context(language="fr", profession="consultante", topics=("marketing d'influence",)),
        ),
    ],
)
def test_experts_in_the_subject_stay_clean(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Mass immigration is changing this town, and the government hides it.",
            Context(language="en", profession="veterinarian", topics=("pets", "animal health")),
        ),
        (
            "L'immigration massive change la ville et le gouvernement le cache.",
            Context(language="fr", profession="vétérinaire", topics=("chats", "santé animale")),
        ),
        (
            "Forget the war in the news: here are the stretches for a stiff neck.",
            Context(
                language="en",
                profession="physiotherapist",
                topics=("back pain", "sport history"),
            ),
        ),
    ],
)
def test_one_shared_word_of_a_covering_phrase_does_not_cover(text: str, context: Context) -> None:
    # "public health" or "santé sexuelle" cover a subject only when both words are declared:
    # "animal health" or "sport history" are not those fields.
    assert off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        ("Anyone who votes for that clown next month deserves what's coming.", DENTIST, "politics"),
        ("No Thompson-for-Mayor caps in my photos, please.", DENTIST, "politics"),
        ("Did you watch the debate last night? Who won, in your view?", DENTIST, "politics"),
        (
            "They're building an asylum centre by the ring road, and I'm against it.",
            DENTIST,
            "politics",
        ),
        ("Ceux qui votent pour lui dimanche le regretteront.", DENTISTE, "politics"),
        ("Vous avez regardé le débat d'hier soir ? Qui a gagné selon vous ?", DENTISTE, "politics"),
        (
            "Half my customers were talking about that footballer splitting up with the singer.",
            DENTIST,
            "gossip",
        ),
        ("She's dating him for the fame, and the tabloids love it.", DENTIST, "gossip"),
        ("Ils se sont séparés, et toute la presse à scandale en parle.", DENTISTE, "gossip"),
    ],
)
def test_voters_candidates_debates_and_breakups_are_found(
    text: str, context: Context, rule: str
) -> None:
    assert f"off_topic.{rule}" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        ("#dentist #smile #ElectionDay #kids", DENTIST, "politics"),
        ("#fleurs #bouquet #présidentielle #votez #dimanche", DENTISTE, "politics"),
        ("#physio #backpain #ceasefire", DENTIST, "war"),
    ],
)
def test_subjects_named_in_hashtags_are_found(text: str, context: Context, rule: str) -> None:
    assert f"off_topic.{rule}" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("#dentist #kids #smile #party #vote #friday", DENTIST),  # weak words alone in tags
        ("#fête #cabinet #vote #sourire", DENTISTE),
        ("It turned into a bidding war: four offers in two days.", DENTIST),
        ("My war on plaque starts with a two-minute timer.", DENTIST),
        ("We had a conflict of interest, so I passed the file to a colleague.", DENTIST),
        (
            "Dans ma pratique, je vois beaucoup de parents épuisés par la « guerre des écrans ».",
            DENTISTE,
        ),
        ("Un conflit d'agenda, et voilà deux patients à la même heure.", DENTISTE),
        ("This isn't a political point: a closed clinic means longer trips for mothers.", DENTIST),
        ("Ce n'est pas une opinion politique, c'est de l'obstétrique.", DENTISTE),
    ],
)
def test_figures_of_speech_and_everyday_tags_are_not_hot_subjects(
    text: str, context: Context
) -> None:
    assert off_topic(analyze(text, context)) == set()


NOTARY = Context(language="fr", profession="notaire", topics=("successions", "testaments"))
SOLICITOR = Context(language="en", profession="probate solicitor", topics=("wills", "estates"))
GP = Context(language="en", profession="doctor", topics=("vaccination", "public health"))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Parliament passed the inheritance reform on Tuesday: here is what changes.", SOLICITOR),
        ("The new rules come into force in April, so check your will before then.", SOLICITOR),
        ("Le Parlement a définitivement adopté la réforme des successions mardi.", NOTARY),
        ("Le projet de loi de finances est présenté demain en Conseil des ministres.", NOTARY),
        (
            "I think the government's decision to stop free flu jabs for the over-50s is wrong.",
            GP,
        ),
    ],
)
def test_an_expert_on_the_laws_of_their_field_stays_clean(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "The Health Minister lied to Parliament. He should resign, and the government too.",
            SOLICITOR,
        ),
        (
            "Le ministre a menti au Parlement : qu'il démissionne, et le gouvernement avec lui.",
            NOTARY,
        ),
        (
            "Parliament passed the inheritance reform on Tuesday: here is what changes.",
            Context(language="en", profession="florist", topics=("flowers", "weddings")),
        ),
    ],
)
def test_a_scandal_is_not_an_experts_field_and_a_law_is_not_everyones(
    text: str, context: Context
) -> None:
    assert "off_topic.politics" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("language", "text", "rule"),
    [
        ("en", "I can't believe people still defend the PM after that speech.", "politics"),
        ("en", "Immigrants are taking all the jobs in this town.", "politics"),
        ("en", "Pro-lifers should stay out of my patients' decisions.", "politics"),
        ("en", "Praying the rosary every morning keeps my hands steady.", "religion"),
        ("en", "That TikTok star who sells detox tea got caught lying again.", "gossip"),
        (
            "en",
            "Did you hear the prince's wife is leaving him? The palace is in meltdown.",
            "gossip",
        ),
        ("fr", "Les immigrés prennent tous les emplois ici.", "politics"),
        ("fr", "Je prie le chapelet chaque matin, et la Vierge Marie me garde.", "religion"),
        ("fr", "Cette star de TikTok qui vend du thé détox a encore menti.", "gossip"),
        ("fr", "Vous avez su que la femme du prince le quitte ?", "gossip"),
    ],
)
def test_hot_subjects_in_everyday_wordings(language: str, text: str, rule: str) -> None:
    context = DENTIST if language == "en" else DENTISTE
    report = analyze(text, Context(language, context.profession, context.topics))
    assert f"off_topic.{rule}" in off_topic(report)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Our receptionist left for maternity leave; the team threw her a party."),
        ("en", "The star of the week: Max, 6, who flossed every night."),
        ("en", "The buyers fell in love with the old church pews in the kitchen."),
        ("en", "A veteran told me his knees have been through two tours and one marathon."),
        ("fr", "Ma fille a voté pour le gâteau au chocolat, mon fils pour la tarte."),
        ("fr", "Le maire est passé inaugurer la boulangerie du quartier."),
        ("fr", "Photos de première communion samedi : la lumière de l'église était parfaite."),
        ("fr", "Chaque hiver, c'est la bataille contre l'humidité dans les vieilles maisons."),
    ],
)
def test_everyday_posts_with_a_hot_word_or_two_stay_clean(language: str, text: str) -> None:
    context = DENTIST if language == "en" else DENTISTE
    report = analyze(text, Context(language, context.profession, context.topics))
    assert off_topic(report) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "#dentist #smile #ElectionDay #kids #teeth #family #brush #floss #happy #clinic #fun",
            DENTIST,
        ),
        (
            "#fleuriste #fleurs #bouquet #présidentielle #votez #dimanche #nantes #artisan #roses",
            DENTISTE,
        ),
    ],
)
def test_a_subject_in_a_tag_wall_is_flagged_but_argues_nothing(text: str, context: Context) -> None:
    report = analyze(text, context)
    assert off_topic(report) == {"off_topic.politics"}
    assert report.kind == "other"


@pytest.mark.parametrize(
    ("language", "text", "rule"),
    [
        ("en", "Vaccines cause autism and nobody in medicine will admit it.", "controversy"),
        ("en", "Chemtrails are real, look up at the sky this afternoon.", "controversy"),
        ("en", "Trans athletes should not compete with women, full stop.", "controversy"),
        ("en", "Police brutality in this country is out of control.", "controversy"),
        ("en", "Climate change is a scam invented to tax us more.", "controversy"),
        ("fr", "Les vaccins causent l'autisme et personne ne veut l'admettre.", "controversy"),
        ("fr", "La 5G rend les gens malades, j'en suis sûre.", "controversy"),
        ("fr", "Les violences policières sont hors de contrôle dans ce pays.", "controversy"),
        ("fr", "Le réchauffement climatique est une arnaque pour nous taxer.", "controversy"),
        ("fr", "Le RN va gagner, c'est certain.", "politics"),
    ],
)
def test_conspiracies_and_culture_war_fights_are_hot_subjects(
    language: str, text: str, rule: str
) -> None:
    context = DENTIST if language == "en" else DENTISTE
    report = analyze(text, Context(language, context.profession, context.topics))
    assert f"off_topic.{rule}" in off_topic(report)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La dernière rénovation de la cuisine date de 2010, prévoyez un budget."),
        ("fr", "À vélo, mettez un gilet jaune : les gilets jaunes sauvent des vies en hiver."),
        ("en", "Our new 5G router finally works in the back office."),
        ("en", "We planted trees for climate week with the kids from the school."),
    ],
)
def test_the_same_words_in_everyday_posts_stay_clean(language: str, text: str) -> None:
    context = DENTIST if language == "en" else DENTISTE
    report = analyze(text, Context(language, context.profession, context.topics))
    assert off_topic(report) == set()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A client ranted about the council and the mayor for an hour; they're clowns."),
        ("en", "Busy week! Also, this government is a joke."),
        ("en", "The best man gave a speech about immigration and half the room walked out."),
        ("en", "Another protest outside the embassy today. Free Palestine."),
        ("fr", "Grosse semaine ! Et ce gouvernement est une blague."),
        ("fr", "Le témoin a fait un discours sur l'immigration, la moitié de la salle est sortie."),
        ("fr", "Encore une manifestation devant l'ambassade aujourd'hui. Palestine libre."),
    ],
)
def test_a_post_drifting_into_politics_is_caught(language: str, text: str) -> None:
    context = DENTIST if language == "en" else DENTISTE
    report = analyze(text, Context(language, context.profession, context.topics))
    assert "off_topic.politics" in off_topic(report)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The council collected the bins late again, so we moved our recycling day."),
        ("en", "I renewed my passport at the embassy; the queue was three hours long."),
        ("fr", "La mairie a enfin refait le trottoir devant le cabinet."),
        ("fr", "Un spectacle de clowns pour les dix ans du cabinet : les enfants ont adoré."),
    ],
)
def test_town_halls_embassies_and_clowns_alone_are_not_politics(language: str, text: str) -> None:
    context = DENTIST if language == "en" else DENTISTE
    report = analyze(text, Context(language, context.profession, context.topics))
    assert off_topic(report) == set()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Office politics drains a small team faster than any busy Monday."),
        ("en", "I rallied the troops for the open day, and we saw sixty families."),
        ("en", "Coffee is my religion, and the espresso machine is its altar."),
        ("en", "Praying for sunny weather on Saturday: outdoor shoot at the lake!"),
        ("en", "This book is the bible of bread baking; my copy is covered in flour."),
        ("en", "A local influencer came to the bakery and posted our croissants."),
        ("fr", "Notre politique d'annulation est simple : prévenez-nous 24 h avant."),
        ("fr", "J'ai rassemblé mes troupes pour la journée portes ouvertes."),
        ("fr", "Le café, c'est ma religion, et la machine à espresso son autel."),
        ("fr", "On prie pour du soleil samedi : séance photo au bord du lac !"),
        ("fr", "Une influenceuse locale est venue à la boulangerie et a posté nos croissants."),
    ],
)
def test_hot_words_said_of_something_else_are_not_hot_subjects(language: str, text: str) -> None:
    context = DENTIST if language == "en" else DENTISTE
    report = analyze(text, Context(language, context.profession, context.topics))
    assert off_topic(report) == set()


@pytest.mark.parametrize(
    ("language", "profession", "text"),
    [
        ("en", "political scientist", "Election turnout tells us more about trust than parties."),
        (
            "en",
            "war correspondent",
            "The ceasefire held for two nights. Then the shelling resumed.",
        ),
        ("en", "imam", "During Ramadan, our mosque opens its doors to neighbours on Fridays."),
        (
            "fr",
            "politologue",
            "La participation aux élections dit plus sur la confiance que les partis.",
        ),
        ("fr", "correspondant de guerre", "Le cessez-le-feu a tenu deux nuits, puis les obus."),
        ("fr", "aumônier", "La prière n'est pas magique, mais elle donne des mots."),
    ],
)
def test_a_profession_alone_can_cover_its_subject(
    language: str, profession: str, text: str
) -> None:
    report = analyze(text, Context(language=language, profession=profession))
    assert off_topic(report) == set()


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            Context(
                language="en",
                profession="industrial relations consultant",
                topics=("industrial relations", "strikes"),
            ),
            "Strikes turn political when ministers start commenting and talks move to the press.",
        ),
        (
            Context(language="en", profession="defence analyst", topics=("defence", "geopolitics")),
            "The withdrawal was a political failure more than a military one.",
        ),
        (
            Context(language="fr", profession="analyste défense", topics=("défense", "Sahel")),
            "L'échec est politique : aucune armée étrangère ne remplace un État absent.",
        ),
        (
            Context(language="fr", profession="consultante", topics=("relations sociales",)),
            "Quand les ministres commentent une grève, la négociation passe par la presse.",
        ),
    ],
)
def test_fields_next_to_politics_cover_it(context: Context, text: str) -> None:
    assert off_topic(analyze(text, context)) == set()


def test_the_legislator_is_not_the_legislative_elections() -> None:
    report = analyze("Le législateur devrait l'interdire sous un certain salaire.", DENTISTE)
    assert off_topic(report) == set()
    elections = analyze("Les législatives de juin vont tout changer, croyez-moi.", DENTISTE)
    assert "off_topic.politics" in off_topic(elections)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # How conspiracy talk sounds, whatever it is about.
        (
            "en",
            "Those trails over the valley aren't normal. Do your own research before it's "
            "too late.",
        ),
        ("en", "They don't want us to know what's in the water, but the timing lines up."),
        (
            "en",
            "I took the smart meter out. The 5G isn't about broadband; we know what it's "
            "doing to us.",
        ),
        ("fr", "Ces traînées dans le ciel ne sont pas normales. Faites vos propres recherches."),
        ("fr", "Ces compteurs servent à nous surveiller, et on ne nous dit pas tout."),
        ("fr", "Les labos paient des experts pour dire le contraire, ouvrez les yeux."),
        ("fr", "On détruit la langue pour faire plaisir à trois militants wokes."),
    ],
)
def test_the_tone_of_a_conspiracy_is_a_hot_subject(language: str, text: str) -> None:
    context = DENTIST if language == "en" else DENTISTE
    assert off_topic(analyze(text, context)) & {"off_topic.conspiracy", "off_topic.controversy"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Spent Tuesday waging war on the limescale in a 1960s shower."),
        ("en", "The café owner, bless her, had given us a spare key years ago."),
        ("en", "One regular treats our seeded rye like a religion."),
        ("en", "Ask what happens if your Bishop score is still low at 41 weeks."),
        ("fr", "Entre les partisans du tout-neuf et moi, c'était presque une guerre de religion."),
        ("fr", "La guerre de la chocolatine a été suspendue le temps d'un café."),
        ("fr", "Chez nous, le choix du levain, c'est une vraie guerre de religion."),
    ],
)
def test_war_and_faith_as_images_are_not_hot_subjects(language: str, text: str) -> None:
    context = DENTIST if language == "en" else DENTISTE
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Separated parents often disagree about their child's religion. Courts won't pick "
            "a faith for a child; they look at the child's welfare.",
            Context(language="en", profession="family lawyer", topics=("divorce",)),
        ),
        (
            "Knowing each faith's rites is respect: Muslim families often bury quickly, Jewish "
            "families ask for a ritual washing, Catholic families still want a mass.",
            Context(language="en", profession="funeral director", topics=("funerals",)),
        ),
        (
            "Pour beaucoup de familles musulmanes, l'inhumation doit être rapide ; chez les "
            "catholiques, la messe reste fréquente. Chaque culte a ses rites.",
            Context(language="fr", profession="conseiller funéraire", topics=("obsèques",)),
        ),
        (
            "Baptême, catéchisme, ramadan : quand les parents séparés ne s'entendent pas sur la "
            "religion de l'enfant, le juge regarde l'intérêt de l'enfant.",
            Context(language="fr", profession="avocate", topics=("droit de la famille",)),
        ),
        (
            "The government's new employment bill passed its second reading this week. Here's "
            "what it means for your contract.",
            Context(language="en", profession="employment lawyer", topics=("workplace rights",)),
        ),
        (
            "I'm not here to tell you whether the Budget is good or bad politics. My job is to "
            "make sure it doesn't catch you out.",
            Context(language="en", profession="tax adviser", topics=("personal tax",)),
        ),
        (
            "Frozen thresholds are a tax rise by another name, and I'd rather governments of any "
            "colour said so. That's not a party point, taxpayers just need clear rules.",
            Context(language="en", profession="tax adviser", topics=("personal tax",)),
        ),
        (
            "Entre les annonces du ministre et le texte, il y a un monde. Le régime micro-foncier "
            "ne bouge pas. Peu importe la couleur du gouvernement, c'est la simplicité qui manque.",
            Context(language="fr", profession="fiscaliste", topics=("impôt sur le revenu",)),
        ),
        (
            "La votation du 28 septembre supprime la valeur locative. Je ne vous dirai pas quoi "
            "voter, mais je peux vous dire, chiffres en main, si vous y gagnez.",
            Context(language="fr", profession="fiscaliste", topics=("impôts des particuliers",)),
        ),
    ],
)
def test_faith_and_bills_inside_the_authors_work_stay_clean(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


def test_the_same_faith_talk_from_another_trade_is_still_flagged() -> None:
    text = (
        "Separated parents often disagree about their child's religion. Courts won't pick "
        "a faith for a child; they look at the child's welfare."
    )
    assert "off_topic.religion" in off_topic(analyze(text, DENTIST))


@pytest.mark.parametrize(
    "text",
    [
        "We aborted the launch when the printer broke, and Harry from next door fixed it.",
        "The administrative side of the practice takes me a day a week.",
        "Good governance in a small clinic means someone checks the fridge temperatures.",
        "Half my Monday patients are footballers from the Sunday league.",
    ],
)
def test_words_sharing_a_stem_with_a_hot_word_are_not_hot(text: str) -> None:
    assert off_topic(analyze(text, DENTIST)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Low-E glass keeps the heat in. After what's come out about the government using 5G "
            "towers to track where we all go, I'd want the shield too. Do your own research.",
            Context(language="en", profession="glazier", topics=("energy-efficient glazing",)),
        ),
        (
            "Ces compteurs servent à nous surveiller, faites vos propres recherches.",
            Context(language="fr", profession="électricien", topics=("rénovation énergétique",)),
        ),
    ],
)
def test_conspiracy_talk_is_nobodys_field(text: str, context: Context) -> None:
    """ "Energy" in a glazier's topics covers climate talk, not 5G tracking."""
    assert "off_topic.conspiracy" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        (
            "Make a plan to vote out the clowns in the statehouse who cut our health budget.",
            Context(language="en", profession="nurse practitioner", topics=("primary care",)),
            "off_topic.politics",
        ),
        (
            "P.S. Anyone who still votes for the guys promising to abolish the IRS has never met "
            "a shoebox.",
            DENTIST,
            "off_topic.politics",
        ),
        (
            "Unlike the snowflakes on campus these days who need a safe space for every word.",
            DENTIST,
            "off_topic.controversy",
        ),
        (
            "Can we talk about what's going on with him and Maya Reyes? My money says they're "
            "engaged by Christmas and split by summer.",
            DENTIST,
            "off_topic.gossip",
        ),
        (
            "Vous avez vu les photos de Jenna Castel à Cannes sans son alliance ? Une cliente m'a "
            "juré que son mari l'avait quittée pour sa coach. Balancez tout en commentaire.",
            DENTISTE,
            "off_topic.gossip",
        ),
    ],
)
def test_hot_subjects_in_the_words_of_their_talk(text: str, context: Context, rule: str) -> None:
    assert rule in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("I've been in a cold war with a uPVC back door in Leeds all week.", DENTIST),
        ("Une façade ancienne se nettoie à l'eau. Le reste, c'est de l'hérésie.", DENTISTE),
        (
            "Cinq avortements en deux mois sur leurs vaches : on a cherché la BVD.",
            Context(language="fr", profession="vétérinaire rurale", topics=("élevage bovin",)),
        ),
        (
            "Nos collections doivent être exemptes de toute censure idéologique ou religieuse.",
            Context(language="fr", profession="bibliothécaire", topics=("lecture publique",)),
        ),
        (
            "Book challenges and censorship come through my desk every month.",
            Context(language="en", profession="librarian", topics=("public library",)),
        ),
    ],
)
def test_images_and_fields_that_touch_hot_words_stay_clean(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # A subject brought in as an image stays an image, however far it is carried.
        (
            "So many couples treat a row like a parliamentary debate: points scored, the "
            "opposition's record read back, every motion voted on.",
            Context(language="en", profession="couples therapist", topics=("couples therapy",)),
        ),
        (
            "Stop treating practice as a war. The piano is no battlefield and your child is "
            "not the enemy.",
            Context(language="en", profession="piano teacher", topics=("piano lessons",)),
        ),
        (
            "On dirait une séance de questions au gouvernement, chacun prêt à déposer une "
            "motion de censure. Votre salon n'est pas l'Assemblée nationale.",
            Context(language="fr", profession="thérapeute de couple", topics=("couple",)),
        ),
        # Disclaimers and star ratings.
        (
            "Depuis la réforme, mon téléphone sonne. Je réponds ici, sans politique, juste les "
            "faits.",
            Context(language="fr", profession="conseiller", topics=("épargne",)),
        ),
        ("Rated 5 stars by local families, and we're proud of it.", DENTIST),
    ],
)
def test_a_subject_brought_in_as_an_image_stays_an_image(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Prices go up in January thanks to this useless government and its taxes.", DENTIST),
        (
            "Les prix montent en janvier, merci au gouvernement incompétent et à ses taxes.",
            DENTISTE,
        ),
        # A comparison in one sentence doesn't excuse a stance in another about another subject.
        (
            "I run my clinic like a well-drilled team. And anyone who votes for that party "
            "again deserves what's coming.",
            DENTIST,
        ),
    ],
)
def test_a_stance_is_not_an_image(text: str, context: Context) -> None:
    assert "off_topic.politics" in off_topic(analyze(text, context))


PLUMBER = Context(language="auto", profession="plumber", topics=("heating", "home maintenance"))
PLOMBIER = Context(language="auto", profession="plombier", topics=("chauffe-eau", "dépannage"))


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        ("Stay safe in the heat. #plumbing #StopTheWarInUkraine", PLUMBER, "off_topic.war"),
        ("New boiler fitted today. #heating #AbolishTheMonarchy", PLUMBER, "off_topic.politics"),
        (
            "Bon courage à tous. #canicule #NonALaRéformeDesRetraites",
            DENTISTE,
            "off_topic.politics",
        ),
        ("Chauffe-eau réparé. #dépannage #TousAuxUrnes", PLOMBIER, "off_topic.politics"),
    ],
)
def test_a_subjects_phrase_written_as_one_tag_is_found(
    text: str, context: Context, rule: str
) -> None:
    assert rule in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Floss daily. #DentalHealth #WarOnPlaque", DENTIST),
        ("Soldes chez les opticiens. #GuerreDesPrix #lunettes", DENTISTE),
        ("Coffee first. #CoffeeIsMyReligion #barista", PLUMBER),
    ],
)
def test_a_figure_of_speech_written_as_one_tag_is_no_subject(text: str, context: Context) -> None:
    assert not off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        (
            "Anyone still voting Labour after this deserves a flooded kitchen.",
            PLUMBER,
            "off_topic.politics",
        ),
        (
            "I voted Conservative for twenty years and look where it got us.",
            DENTIST,
            "off_topic.politics",
        ),
        ("Big Pharma has been lying to you for decades.", DENTIST, "off_topic.conspiracy"),
        (
            "The labs are lying to us, and they'll never tell you why.",
            PLUMBER,
            "off_topic.conspiracy",
        ),
        ("LES LABOS VOUS MENTENT DEPUIS 40 ANS.", DENTISTE, "off_topic.conspiracy"),
        (
            "Les médias nous cachent la vérité. Ils ne vous le diront jamais.",
            PLOMBIER,
            "off_topic.conspiracy",
        ),
        (
            "Le gazole à 1,95 : merci le gouvernement de bras cassés.",
            PLOMBIER,
            "off_topic.politics",
        ),
        ("Des ministres de guignols, voilà ce qu'on a.", DENTISTE, "off_topic.politics"),
        (
            "Quelqu'un a vu la finale de la Star Ac' ? Le jury était vendu.",
            PLOMBIER,
            "off_topic.gossip",
        ),
        (
            "La gagnante était pistonnée depuis le début, tout le monde le sait.",
            DENTISTE,
            "off_topic.gossip",
        ),
        (
            "Anyone watch the X Factor last night? The final was rigged.",
            PLUMBER,
            "off_topic.gossip",
        ),
    ],
)
def test_votes_lies_sarcastic_thanks_and_tv_contests_are_hot_subjects(
    text: str, context: Context, rule: str
) -> None:
    assert rule in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Measure twice, cut once is basically my religion at this point.", PLUMBER),
        ("Flossing was practically our religion in dental school.", DENTIST),
        ("Le café du matin, chez moi, c'est presque une religion.", PLOMBIER),
        (
            "À 4 h on était déjà en guerre contre le verglas : trois camions, deux souffleuses.",
            PLOMBIER,
        ),
        ("Samedi, c'était la guerre en cuisine, mais tout le monde a mangé.", DENTISTE),
        ("Les desserts sont partis en premier, la cuisine tournait à plein régime.", DENTISTE),
        (
            "Tous les clients étaient partis quand le régime de la chaudière s'est emballé.",
            PLOMBIER,
        ),
        (
            "Seeing a lot of anxious kids post-lockdown, and the dentist's chair doesn't help.",
            DENTIST,
        ),
        ("We vote on the club rules every year; I voted for the new kit colours.", PLUMBER),
        ("Your bathroom scale is lying to you: it can't tell water from fat.", DENTIST),
        ("Votre balance vous ment : elle ne distingue pas l'eau du muscle.", DENTISTE),
    ],
)
def test_the_same_words_as_images_or_in_another_sense_stay_clean(
    text: str, context: Context
) -> None:
    assert not off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        (
            "Six veneers today 😁 #veneers #smilemakeover #medicalfreedom",
            DENTIST,
            "off_topic.controversy",
        ),
        ("Boiler fixed. #plumbing #stopthewar", PLUMBER, "off_topic.war"),
        ("Bon courage à tous. #canicule #reformedesretraites", PLOMBIER, "off_topic.politics"),
        ("Chauffe-eau réparé. #depannage #tousauxurnes", PLOMBIER, "off_topic.politics"),
    ],
)
def test_a_subjects_phrase_run_together_in_a_lowercase_tag_is_found(
    text: str, context: Context, rule: str
) -> None:
    assert rule in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Six veneers today 😁 #dentist #smilemakeover #hollywoodsmile #beforeandafter",
            DENTIST,
        ),
        ("Jazz night at the practice. #trumpet #saxophone #livemusic", PLUMBER),
        ("Nouveau fauteuil. #cabinetdentaire #sourire #premierevisite", DENTISTE),
    ],
)
def test_everyday_tags_run_together_name_no_subject(text: str, context: Context) -> None:
    assert not off_topic(analyze(text, context))


NURSE = Context(language="auto", profession="aesthetic nurse", topics=("skin care", "injections"))


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        # Brought in plainly, a subject stays, even if an image of it comes later.
        (
            "Everyone's talking about that reality star's new face and her divorce this week. "
            "Whatever the celebs do, you deserve to feel like a star too.",
            NURSE,
            "off_topic.gossip",
        ),
        (
            "The election is next week and the minister lied again. Our waiting room felt "
            "like a parliamentary debate all morning.",
            DENTIST,
            "off_topic.politics",
        ),
        (
            "Anxious children just need time. And if the other lot win next month and cut "
            "school dental checks again, we'll see more kids like Alfie. Vote accordingly.",
            DENTIST,
            "off_topic.politics",
        ),
    ],
)
def test_a_subject_said_plainly_before_an_image_of_it_stays(
    text: str, context: Context, rule: str
) -> None:
    assert rule in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("I've declared war on the laptop-on-the-kitchen-table setup.", DENTIST),
        ("We have declared war against limescale in every flat on the estate.", PLUMBER),
        ("Standing desks aren't a religion for me, and you don't need a £600 chair.", DENTIST),
    ],
)
def test_declaring_war_on_a_habit_is_an_image(text: str, context: Context) -> None:
    assert not off_topic(analyze(text, context))


PHYSIO = Context(language="en", profession="physiotherapist", topics=("back pain", "direct access"))
KINE = Context(language="fr", profession="kinésithérapeute", topics=("lombalgies", "accès direct"))
TAX = Context(language="en", profession="chartered accountant", topics=("personal tax",))
COMPTABLE = Context(
    language="fr", profession="expert-comptable", topics=("fiscalité des entreprises",)
)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The health minister announced direct access to physios from June.", PHYSIO),
        ("Le ministre de la Santé a annoncé l'élargissement de l'accès direct aux kinés.", KINE),
        (
            "Whatever you think of that politically, the practical job is the same: check your "
            "numbers before April.",
            TAX,
        ),
        ("Politics aside, the new allowance is worth claiming now.", TAX),
        (
            "Le ministre a défendu un budget « de responsabilité ». Chacun en pensera ce qu'il "
            "veut ; mon travail, c'est que vous ne soyez pas surpris.",
            COMPTABLE,
        ),
        ("Quoi qu'on en pense politiquement, la franchise de TVA baisse en mars.", COMPTABLE),
        ("I've been fighting a quiet war against bed rest for fifteen years.", PHYSIO),
        ("Je vais relancer la guerre des clochers, mais les lotissements identiques, non.", KINE),
        ("Il existe une vraie religion du « fonds euros » chez les épargnants.", COMPTABLE),
        ("Les cures détox, je dis non : votre foie fait déjà le travail.", KINE),
    ],
)
def test_the_fields_news_disclaimers_and_images_are_not_off_topic(
    text: str, context: Context
) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The health minister is a clown and should resign.", PHYSIO),
        ("Le ministre de la Santé est un incapable, qu'il démissionne.", KINE),
        ("And if the Tories get back in, vote them out.", TAX),
        (
            "Et si la gauche repasse en 2027, ce sera la ruine pour les épargnants : votez bien.",
            COMPTABLE,
        ),
        ("The war in Ukraine has gone on far too long.", PHYSIO),
        ("Le curé de la paroisse a béni les nouveaux locaux.", KINE),
        (
            "It's a globalist plan to control where ordinary people drive. They want you in a "
            "15-minute city.",
            PHYSIO,
        ),
        (
            "La moitié viennent de Chine, et vu le Covid sorti de leur labo, je me méfie.",
            KINE,
        ),
    ],
)
def test_partisan_talk_real_wars_priests_and_plots_still_are(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Those clowns in power cut direct access funding again.", PHYSIO),
        ("The muppets in charge have made direct access a six-week wait.", PHYSIO),
        ("Those jokers running the country promised direct access and delivered a form.", PHYSIO),
        ("Ces guignols au pouvoir ont encore rogné l’accès direct.", KINE),
        ("Les génies qui dirigent le pays ont inventé un accès direct avec ordonnance.", KINE),
        ("Ces clowns au pouvoir nous vendent l’accès direct depuis trois ans.", KINE),
    ],
)
def test_a_jeer_at_those_in_power_is_no_fields_news_even_beside_a_declared_topic(
    text: str, context: Context
) -> None:
    assert off_topic(analyze(text, context)) == {"off_topic.politics"}


def test_a_council_vote_on_fluoride_is_a_public_health_dentists_field() -> None:
    text = (
        "Our city council votes on Thursday on whether to stop adding fluoride to the water. "
        "I'd ask councillors to listen to the dentists in this city before they vote."
    )
    public = Context(language="en", profession="dentist", topics=("public dental health",))
    cosmetic = Context(language="en", profession="dentist", topics=("cosmetic dentistry",))
    assert off_topic(analyze(text, public)) == set()
    assert off_topic(analyze(text, cosmetic))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Dr Harris came in, sat at her eye level and didn't put his gloves on.", PHYSIO),
        ("Mrs May has been coming to us for her back every Tuesday since 2019.", PHYSIO),
        (
            "Je ne prêche pas pour ma paroisse : certains patients n'ont besoin de presque rien.",
            KINE,
        ),
        (
            "La loi de finances est parue ce matin. Je laisse le débat politique aux autres ; "
            "voici ce qui change pour les indépendants.",
            COMPTABLE,
        ),
        (
            "Que ces choix du ministre vous paraissent bons ou mauvais, c'est votre affaire de "
            "citoyen. La mienne, c'est votre déclaration.",
            COMPTABLE,
        ),
    ],
)
def test_a_namesake_an_idiom_and_a_disclaimer_are_not_off_topic(
    text: str, context: Context
) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Harris should never have been a candidate.", PHYSIO),
        ("Chaque maison que je vends, je la confie au Seigneur avant la signature.", KINE),
        ("My favourite psalm hangs above my desk; it carries me through every sale.", PHYSIO),
        (
            "It's the first step of a global agenda to restrict where you can drive. They're "
            "not even hiding it any more.",
            PHYSIO,
        ),
        (
            "Tout ça prépare l'euro numérique, pour surveiller chaque achat. Ouvrez les yeux.",
            COMPTABLE,
        ),
    ],
)
def test_prayers_and_plots_in_new_words_are_off_topic(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "I'm not here to say whether the Budget is good or bad. That's for the ballot box. "
            "My job is to make sure your plan still works.",
            TAX,
        ),
        (
            "The war analogy only goes so far. Nobody should feel like a casualty after buying.",
            PHYSIO,
        ),
        ("Cet hiver, les banques se livrent une vraie guerre des taux.", COMPTABLE),
        (
            "Je ne commente pas les choix politiques ; mon rôle est de vous dire ce que dit la "
            "loi, sans polémique.",
            COMPTABLE,
        ),
        ("She used charcoal paste for a year because an influencer said it whitened.", PHYSIO),
        ("Open for bookings! #warmwelcome #dentalcare #smilemakeover", PHYSIO),
    ],
)
def test_disclaimers_analogies_and_innocent_tags(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Best part of the job. #ToothFairy #KidsDentistry #StopTheBoats", PHYSIO),
        ("T3 lumineux, 249 000 €. #immobilier #bordeaux #stopmacron", KINE),
    ],
)
def test_a_slogan_or_a_name_run_into_a_tag_is_off_topic(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context))


COUNSELLOR = Context(language="en", profession="counsellor", topics=("anxiety", "stress"))
PSY = Context(language="fr", profession="psychologue", topics=("psychotraumatisme", "adolescents"))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "With elections in the headlines, it's rarely about who wins. I won't tell anyone "
            "how to vote, but your nervous system doesn't need 24-hour coverage.",
            COUNSELLOR,
        ),
        (
            "I'm not going to comment on whether tariffs are a good policy. That's for "
            "economists and voters. My job is your portfolio.",
            TAX,
        ),
        ("I don't think politics at work is bad; hidden agendas are.", COUNSELLOR),
        ("Patients tell me they're at war with their spine. I suggest a ceasefire.", PHYSIO),
        (
            "Mes patients parlent de leur dos comme d'une guerre. Je leur propose de signer "
            "l'armistice.",
            KINE,
        ),
        ("My religion is coffee and Saturday mornings are my church ☕", COUNSELLOR),
        ("Aïd Moubarak à toutes celles et ceux qui fêtent la fin du Ramadan aujourd'hui.", KINE),
        ("Eid Mubarak to everyone celebrating today, from all of us at the clinic.", PHYSIO),
        (
            "Après l'attentat de la semaine dernière, j'ai reçu plusieurs ados qui n'arrivaient "
            "plus à dormir.",
            PSY,
        ),
    ],
)
def test_news_as_a_stressor_disclaimers_images_and_greetings(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("You don't need to be a genius at maths: our chancellor clearly isn't.", TAX),
        ("That useless clown of a Health Secretary claimed things are improving.", PHYSIO),
        ("Half this country looked at that man and thought yes, four more years.", PHYSIO),
        ("Build the wall and watch rents drop.", PHYSIO),
        ("Gold is the only asset they can't track, before they switch your money off.", TAX),
        (
            "On accueille toute la misère du monde, et pendant ce temps d'autres touchent les "
            "aides.",
            KINE,
        ),
        ("Après l'attentat d'hier, nos dirigeants ont du sang sur les mains.", KINE),
        ("Ils pourront bloquer votre argent si vous votez mal.", COMPTABLE),
        ("Avec leurs ZFE, c'est l'écologie punitive dans toute sa splendeur.", KINE),
        ("Il faudra demander l'autorisation au comité wokiste du quartier.", KINE),
    ],
)
def test_insults_rants_attacks_and_plots_in_other_words(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        ("https://www.change.org/p/destitution-macron-maintenant", DENTISTE, "politics"),
        ("Signez ! https://petitions.example.fr/non-a-la-guerre-en-ukraine", DENTISTE, "war"),
        (
            "Worth a read: https://news.example.com/2024/11/the-election-results-explained",
            DENTIST,
            "politics",
        ),
        ("Sign this: https://example.org/petitions/stop-the-boats-now", DENTIST, "controversy"),
    ],
)
def test_a_link_shared_for_its_subject_names_it(text: str, context: Context, rule: str) -> None:
    assert f"off_topic.{rule}" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Our new blog post: https://smile.example.com/blog/why-flossing-matters", DENTIST),
        ("Le lien : https://exemple.fr/articles/la-guerre-des-prix-chez-les-dentistes", DENTISTE),
        ("Lessons start Monday: https://trumpet-lessons.example.com/start", DENTIST),
        (
            "What changes on polling day: https://example.com/guides/election-day-rules",
            Context(language="en", profession="election lawyer", topics=("elections",)),
        ),
    ],
)
def test_a_link_whose_address_only_looks_hot_stays_clean(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("For my pupil it felt like driving into a war zone. Horns, buses, scooters.", DENTIST),
        ("The car park looks like a battlefield every Saturday at ten.", DENTIST),
        ("By then the office politics had turned into a cold war between the partners.", DENTIST),
        ("Le parking ressemblait à une zone de guerre, comme chaque samedi.", DENTISTE),
        ("On se croirait dans une zone de guerre au rayon jouets en décembre.", DENTISTE),
        ("Entre les deux associés, ça a viré à la guerre froide.", DENTISTE),
    ],
)
def test_a_war_zone_or_a_cold_war_as_an_image_is_not_war(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Sudan is a war zone the world has forgotten, and our arms keep flowing.", DENTIST),
        ("Le Soudan est une zone de guerre oubliée de tous.", DENTISTE),
    ],
)
def test_a_real_war_zone_is_still_war(text: str, context: Context) -> None:
    assert "off_topic.war" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("If you care about your kids' teeth, vote them out in November.", DENTIST),
        ("Vote this lot out. I've said what I said.", DENTIST),
        ("Bref, un été de soleil… vivement 2027 !", DENTISTE),
        ("Encore un été à tenir avant qu'on change enfin de Président.", DENTISTE),
        ("Vivement qu'on change de gouvernement, franchement.", DENTISTE),
    ],
)
def test_calls_to_vote_out_those_in_power_are_politics(text: str, context: Context) -> None:
    assert "off_topic.politics" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The residents voted the old board out of the allotment society.", DENTIST),
        ("L'association change de présidente en juin : merci Sylvie pour ces années.", DENTISTE),
        ("En attendant 2027, on rénove la salle d'attente.", DENTISTE),
    ],
)
def test_a_club_changing_its_chair_or_a_plan_for_a_year_is_not_politics(
    text: str, context: Context
) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        ("Belle journée au cabinet ! #nonaupasssanitaire", DENTISTE, "controversy"),
        ("Great day at the clinic! #makeamericagreatagain", DENTIST, "politics"),
        ("Great day at the clinic! #MakeAmericaGreatAgain", DENTIST, "politics"),
        ("Quick tip on flossing, and #stopthewarnow while we're at it.", DENTIST, "war"),
    ],
)
def test_a_lowercase_tag_of_four_words_is_read(text: str, context: Context, rule: str) -> None:
    assert f"off_topic.{rule}" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Fin de semaine au cabinet #jaimemondentiste #sourireduweekend", DENTISTE),
        ("New smiles this week #smileeverydaywithus #dentistlife #brushtwiceaday", DENTIST),
        ("Tip of the day #brushyourteethtwice #kidsdentist", DENTIST),
    ],
)
def test_everyday_tags_of_four_words_stay_on_topic(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("If you care about your kids' teeth, vote them out in November.", DENTIST),
        ("For healthier teeth, vote Labour on Thursday.", DENTIST),
        ("Pour les dents de vos enfants, votez contre cette majorité.", DENTISTE),
        ("Des soins des dents remboursés ? Vivement 2027.", DENTISTE),
    ],
)
def test_a_call_to_vote_is_politics_even_in_a_sentence_naming_a_topic(
    text: str, context: Context
) -> None:
    assert "off_topic.politics" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The health minister says free check-ups for teeth start in May.", DENTIST),
        ("Le ministre annonce le remboursement des soins des dents des enfants.", DENTISTE),
    ],
)
def test_the_fields_news_in_a_sentence_naming_a_topic_stays_clean(
    text: str, context: Context
) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        ("Trudeau spent a decade pouring fuel on this fire.", PLUMBER, "politics"),
        (
            "After Sunday's vote, the SVP has shown what it thinks of my clients.",
            PLUMBER,
            "politics",
        ),
        ("Big thanks to Nigel and the Reform lads for saying it.", PLUMBER, "politics"),
        (
            "If you care about your kids ever owning a place, you know how to vote.",
            PLUMBER,
            "politics",
        ),
        ("Now, who's watching the debate tonight? I've got popcorn.", PLUMBER, "politics"),
        ("And to the folks trying to take our guns: come and try it.", PLUMBER, "controversy"),
        ("Say it plainly, as a father of four: life begins at conception.", PLUMBER, "controversy"),
        ("Did anyone read what came out about the archdiocese this week?", PLUMBER, "religion"),
        ("Decades of priests' abuse scandals, and the church still preaches.", PLUMBER, "religion"),
        ("The moon landing was faked, by the way.", PLUMBER, "conspiracy"),
        ("I'll say what the media won't.", PLUMBER, "conspiracy"),
        ("At least your team isn't the Beckhams.", PLUMBER, "gossip"),
        (
            "La victoire du Pastef, c'est la meilleure chose. Sonko va remettre de l'ordre.",
            PLOMBIER,
            "politics",
        ),
        ("Bravo à la CAQ d'avoir tenu bon sur la loi 21.", PLOMBIER, "politics"),
        (
            "Comment regarder ses collègues après avoir voté pour ces gens-là ?",
            PLOMBIER,
            "politics",
        ),
        ("P.S. Vivement 2027 qu'on soit enfin débarrassés de lui.", PLOMBIER, "politics"),
        (
            "N'en déplaise aux écolos punitifs qui veulent nous faire manger des insectes.",
            PLOMBIER,
            "controversy",
        ),
        (
            "Tant qu'on n'aura pas le courage de fermer nos frontières, ça recommencera.",
            PLOMBIER,
            "controversy",
        ),
        (
            "Les ondes 5G servent à autre chose, même si les médias refusent d'en parler.",
            PLOMBIER,
            "conspiracy",
        ),
        (
            "Le Rwanda pille l'Est du Congo avec la bénédiction des grandes puissances.",
            PLOMBIER,
            "war",
        ),
        (
            "Nos partenaires russes ont fait en deux ans ce que la France n'a pas fait.",
            PLOMBIER,
            "war",
        ),
    ],
)
def test_subjects_slipped_in_by_a_name_or_an_allusion_are_found(
    text: str, context: Context, rule: str
) -> None:
    assert f"off_topic.{rule}" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Office politics isn't a bug in your organisation. Leaders who want to end it miss "
            'the point: the "politics" is a signal.',
            PLUMBER,
        ),
        (
            "Here's what I tell patients about fluoride, as a dentist, without the politics.",
            PLUMBER,
        ),
        (
            "The polling station is across the road, so we open at 7 for anyone on their way "
            "to vote.",
            PLUMBER,
        ),
        ("We found his name on Pier and Face 2A, and he stood there a long time.", PLUMBER),
        ("He treats every staff meeting like a parliamentary debate.", PLUMBER),
        (
            "Parents, si c'est la guerre des jouets à la maison, essayez le tirage au sort.",
            PLOMBIER,
        ),
        ("Le bureau de vote est juste en face : passez prendre le pain en allant voter.", PLOMBIER),
        ("Ma religion, c'est la phrase simple : qui, quoi, pour qui.", PLOMBIER),
        ("Merci pour votre fidélité, et que Dieu bénisse vos affaires.", PLOMBIER),
        ("En attendant le printemps, on refait le chauffe-eau de la salle des fêtes.", PLOMBIER),
    ],
)
def test_voting_day_news_images_and_blessings_are_not_hot_subjects(
    text: str, context: Context
) -> None:
    assert off_topic(analyze(text, context)) == set()


def test_a_bare_word_after_its_figure_of_speech_is_the_image_but_a_vote_is_not() -> None:
    text = "Office politics is exhausting. Anyway, vote Labour on Thursday."
    assert "off_topic.politics" in off_topic(analyze(text, PLUMBER))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("As a mum, I think the election was stolen.", PLUMBER),
        ("En tant que mère, je pense que l'élection a été volée.", PLOMBIER),
    ],
)
def test_a_role_before_a_comma_is_not_a_comparison(text: str, context: Context) -> None:
    assert "off_topic.politics" in off_topic(analyze(text, context))


def test_a_tax_advisers_budget_news_stays_in_the_field() -> None:
    text = (
        "Depuis l'annonce d'une taxe sur les plus-values dans l'accord de gouvernement, mes "
        "clients s'inquiètent. Les modalités ne sont pas encore votées : ne vendez rien."
    )
    assert off_topic(analyze(text, COMPTABLE)) == set()


@pytest.mark.parametrize(
    ("text", "topics", "language"),
    [
        (
            "La France a fait un choix dont elle aura honte : ceux qui ont voté pour ces "
            "gens-là le savent.",
            ("climat social", "relations au travail"),
            "fr",
        ),
        (
            "Vaccine mandates are tyranny, and the health minister knows it.",
            ("public speaking", "dental health"),
            "en",
        ),
    ],
)
def test_a_covering_phrase_needs_all_its_words_in_one_topic(
    text: str, topics: tuple[str, ...], language: str
) -> None:
    context = Context(language=language, profession="consultant", topics=topics)
    assert off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "topics", "language"),
    [
        (
            "Après la grève de jeudi, le dialogue social reprend : voici comment en parler en "
            "réunion avec les syndicats.",
            ("dialogue social", "relations au travail"),
            "fr",
        ),
        (
            "The vaccine mandate for care homes starts in May: here is what it means for staff.",
            ("public health", "care homes"),
            "en",
        ),
    ],
)
def test_a_covering_phrase_in_one_topic_still_covers(
    text: str, topics: tuple[str, ...], language: str
) -> None:
    context = Context(language=language, profession="consultant", topics=topics)
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        (
            "It can't track your dog. Unlike the chip Gates put in your booster 😉",
            PLUMBER,
            "conspiracy",
        ),
        (
            "Promis, pas de puce 5G dans les seringues… enfin, c'est ce qu'on dit.",
            PLOMBIER,
            "conspiracy",
        ),
        (
            "À ceux qui croient que le réchauffement est une invention des élites de Davos.",
            PLOMBIER,
            "conspiracy",
        ),
        ("Quicker than Brad and Angelina's, anyway.", PLUMBER, "gossip"),
        (
            "PS : vous avez vu les photos de Kate Middleton ? On nous cache quelque chose.",
            PLOMBIER,
            "gossip",
        ),
        ("May Ganesha remove the ruling party next, too 😄", PLUMBER, "politics"),
        ("Elle récupère plus vite que la N-VA ne forme un gouvernement.", PLOMBIER, "politics"),
        (
            "No comment on the trans swimmer row this week. You know where I stand.",
            PLUMBER,
            "controversy",
        ),
        ("Samedi, on se serait cru au Bataclan, version lunettes.", PLOMBIER, "war"),
        ("#cybersécurité #PME #StopPoutine #SlavaUkraini", PLOMBIER, "war"),
    ],
)
def test_winks_and_asides_at_the_end_of_a_post_are_found(
    text: str, context: Context, rule: str
) -> None:
    assert f"off_topic.{rule}" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("He'd tried a coat hanger and a short prayer to the drain gods. None worked.", PLUMBER),
        (
            "Measure twice, cut once. In my shop, it's a religion. That's my sermon for today.",
            PLUMBER,
        ),
        ("For emergencies, the hospital casualty on Station Road is open as usual.", PLUMBER),
        (
            "Pendant le mois de Ramadan, nous serons ouverts de 10 h à 16 h, puis après l'Aïd "
            "comme d'habitude.",
            PLOMBIER,
        ),
        ("Avec le barème Macron et trois ans d'ancienneté, l'indemnité reste modeste.", PLOMBIER),
        (
            "Dimanche, jour du scrutin, on ferme à 13 h pour permettre à l'équipe d'aller voter.",
            PLOMBIER,
        ),
    ],
)
def test_everyday_sayings_and_practical_news_near_hot_words_stay_clean(
    text: str, context: Context
) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        (
            "Bleeding gums don't fix themselves. (Rather like Ottawa's deficit: everyone "
            "pretends it's fine, thanks Justin 🙄)",
            DENTIST,
            "politics",
        ),
        (
            "Thanks for reading.\n\nP.S. If the Chancellor's raid on small firms goes through, "
            "we'll all work till March. Some people never learn.",
            PLUMBER,
            "politics",
        ),
        (
            "Book early this winter. Just saying: this government couldn't run a bath.",
            PLUMBER,
            "politics",
        ),
        (
            "Grateful to Ganesha for removing obstacles. May he remove the government next 😄",
            PLUMBER,
            "politics",
        ),
        (
            "Streaks over the car park again this morning. “Contrails”, sure 😉",
            PLUMBER,
            "conspiracy",
        ),
        (
            "Aim small: smaller than the moon landing… which never happened anyway 😉",
            PLUMBER,
            "conspiracy",
        ),
        (
            "Elle a attendu dix-huit mois (un peu comme la Belgique et ses 541 jours sans "
            "gouvernement 😂).",
            DENTISTE,
            "politics",
        ),
        ("Un quatrième mandat, franchement ? Il faut savoir passer la main.", PLOMBIER, "politics"),
        (
            "Merci à tous.\n\nP.-S. Ce sont les contribuables qui paient, comme d'habitude.",
            PLOMBIER,
            "politics",
        ),
        ("Je ne citerai personne, mais Bercy a encore frappé.", PLOMBIER, "politics"),
        ("Il paraît qu'on a marché sur la Lune 😉", PLOMBIER, "conspiracy"),
        ("P.S. The powers that be have done it again 🙄", PLUMBER, "politics"),
        ("Don't tell the snowflakes 😂", PLUMBER, "controversy"),
        ("Nos chers élus ont encore frappé 🙄", PLOMBIER, "politics"),
        ("Merci aux élites pour celle-là 😉", PLOMBIER, "conspiracy"),
    ],
)
def test_in_an_aside_one_hint_of_a_subject_is_enough(
    text: str, context: Context, rule: str
) -> None:
    assert f"off_topic.{rule}" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # The same hints, plainly said: practical news.
        ("The government grant for heat pumps ends in March: book your survey.", PLUMBER),
        ("The government grant ends in March.\nSee you on Saturday 😉", PLUMBER),
        ("Le gouvernement prolonge la prime jusqu'en mars : prenez rendez-vous.", PLOMBIER),
        ("Les contribuables ont jusqu'au 31 mai.\nBon week-end à tous 😂", PLOMBIER),
        # Everyday words that are weak hints elsewhere, in a joke.
        ("Rex was the star of the day 😂", PLUMBER),
        ("The Christmas party was epic, photos to follow 😉", PLUMBER),
        ("What the hell happened to my diary this week 🙄", PLUMBER),
        ("P.S. The campaign for our new van sign took three drafts.", PLUMBER),
        ("Le débat du jour : chocolatine ou pain au chocolat ? 🤔", PLOMBIER),
        ("Le président du club de foot est passé nous voir 😂", PLOMBIER),
        ("Notre stagiaire est déjà célèbre 😂", PLOMBIER),
        ("Our team leaders did great this week 😂", PLUMBER),
        ("Nos élus municipaux sont passés inaugurer l'atelier 😉", PLOMBIER),
        ("P.S. The establishment next door is open late on Fridays.", PLUMBER),
    ],
)
def test_a_hint_outside_an_aside_or_an_everyday_word_in_one_stays_clean(
    text: str, context: Context
) -> None:
    assert off_topic(analyze(text, context)) == set()


def test_a_weak_word_the_profile_declares_hints_at_nothing() -> None:
    planner = Context(language="en", profession="event planner", topics=("party planning",))
    assert (
        off_topic(analyze("The party season is here: the campaign photos are in.", planner))
        == set()
    )
    assert off_topic(analyze("The mayor's campaign is a disgrace, vote them out.", planner)) == {
        "off_topic.politics"
    }
    gites = Context(language="fr", profession="gîtes", topics=("vie à la campagne", "gîtes"))
    assert (
        off_topic(analyze("Grand débat à la maison : la campagne ou la mer cet été ?", gites))
        == set()
    )
    assert off_topic(analyze("Le débat de la présidentielle m'a fait honte.", gites)) == {
        "off_topic.politics"
    }


@pytest.mark.parametrize(
    ("text", "own", "other"),
    [
        (
            "The courtroom felt like Kyiv under shelling.",
            Context(language="en", profession="analyst", topics=("defence", "geopolitics")),
            Context(language="en", profession="solicitor", topics=("criminal defence",)),
        ),
        (
            "Sending more troops won't end it.",
            Context(language="en", profession="researcher", topics=("conflict",)),
            Context(language="en", profession="coach", topics=("conflict resolution",)),
        ),
        (
            "La salle d'audience, on aurait dit Kyiv sous les bombardements.",
            Context(language="fr", profession="analyste", topics=("défense",)),
            Context(language="fr", profession="avocat", topics=("défense pénale",)),
        ),
        (
            "Envoyer des troupes n'y changera rien.",
            Context(language="fr", profession="chercheuse", topics=("conflits",)),
            Context(language="fr", profession="géomètre", topics=("conflits de voisinage",)),
        ),
    ],
)
def test_a_word_that_covers_only_as_a_whole_topic(text: str, own: Context, other: Context) -> None:
    assert off_topic(analyze(text, own)) == set()
    assert off_topic(analyze(text, other)) == {"off_topic.war"}


def test_the_ruling_party_is_no_law_for_an_expert_but_the_budget_is_news() -> None:
    assert off_topic(analyze("May Ganesha remove the ruling party next.", TAX)) == {
        "off_topic.politics"
    }
    budget = "The Chancellor's budget is out: here's what it means for ordinary taxpayers."
    assert off_topic(analyze(budget, TAX)) == set()
    assert off_topic(analyze("The new rules come into force in April.", TAX)) == set()


@pytest.mark.parametrize(
    ("text", "context", "gossip"),
    [
        ("Stop buying the 12-step routine your favourite influencer swears by.", NURSE, False),
        ("Arrêtez la routine en douze étapes que votre influenceuse préférée adore.", NURSE, False),
        ("Did you see what that influencer got up to in Ibiza? 😂", NURSE, True),
        ("That influencer's breakup is all over my feed.", NURSE, True),
        ("Vous avez vu ce que cet influenceur a fait à Ibiza ? 😂", NURSE, True),
        ("La rupture de cette influenceuse fait le buzz.", NURSE, True),
    ],
)
def test_an_influencer_is_gossip_only_with_another_hint_or_in_an_aside(
    text: str, context: Context, gossip: bool
) -> None:
    assert ("off_topic.gossip" in off_topic(analyze(text, context))) is gossip


def test_polling_day_opening_hours_stay_practical_news_whatever_the_vote() -> None:
    text = (
        "Dimanche, jour du scrutin présidentiel, le cabinet sera ouvert de 8 h à 13 h, pour "
        "permettre à toute l'équipe d'aller voter."
    )
    assert off_topic(analyze(text, DENTISTE)) == set()


@pytest.mark.parametrize(
    ("text", "own", "other"),
    [
        (
            "With images of war on every screen again, parents ask me how to talk to kids "
            "about the war.",
            Context(language="en", profession="child psychologist", topics=("child anxiety",)),
            DENTIST,
        ),
        (
            "Plusieurs patients m'ont parlé des images de guerre qui tournent en boucle sur "
            "leurs téléphones.",
            Context(language="fr", profession="psychologue", topics=("anxiété", "stress")),
            DENTISTE,
        ),
    ],
)
def test_the_war_on_the_news_is_a_psychologists_field_but_taking_sides_is_not(
    text: str, own: Context, other: Context
) -> None:
    assert off_topic(analyze(text, own)) == set()
    assert off_topic(analyze(text, other)) == {"off_topic.war"}
    side = (
        "Putin's invasion is a crime." if own.language == "en" else "L'invasion russe est un crime."
    )
    assert off_topic(analyze(side, own)) == {"off_topic.war"}


@pytest.mark.parametrize(
    "text",
    [
        "Dans le quartier, c'est la guerre des baguettes : trois boulangeries en 300 mètres.",
        "Depuis vingt ans, c'est la guerre entre moi et ce lierre, et c'est lui qui gagne.",
    ],
)
def test_a_neighbourhood_feud_called_a_war_is_an_image(text: str) -> None:
    assert off_topic(analyze(text, PLOMBIER)) == set()


@pytest.mark.parametrize(
    ("text", "context", "flagged"),
    [
        (
            "P.S. Given who just won on Thursday, you'll all be grinding your teeth for four "
            "years 😬",
            DENTIST,
            True,
        ),
        ("P.-S. Nos chers dirigeants ont encore frappé 🙄", PLOMBIER, True),
        ("Je ne peux plus me taire sur ce qui se passe au Proche-Orient.", PLOMBIER, True),
        ("I can't stay quiet about what's going on in Gaza.", PLUMBER, True),
        ("Guess who won last night's pub quiz 😂", PLUMBER, False),
        ("Nos dirigeants de club sont passés nous voir 😂", PLOMBIER, False),
        ("P.S. The next four years of your fixed rate are sorted, so relax 😉", PLUMBER, False),
        (
            "Ce qui se passe au garage cette semaine : trois chaudières et un mariage.",
            PLOMBIER,
            False,
        ),
    ],
)
def test_an_election_result_or_a_war_hinted_at_without_its_name(
    text: str, context: Context, flagged: bool
) -> None:
    assert bool(off_topic(analyze(text, context))) is flagged


@pytest.mark.parametrize(
    ("text", "context", "flagged"),
    [
        ("She sang a song by Taylor Swift between two contractions.", PLUMBER, False),
        ("Taylor Swift and her new boyfriend were spotted again.", PLUMBER, True),
        ("Elle a chanté une chanson de Céline Dion entre deux contractions.", PLOMBIER, False),
        ("Céline Dion a quitté son mari pour un danseur !", PLOMBIER, True),
        ("Did you see the Kardashians' new show? Unreal.", PLUMBER, True),
    ],
)
def test_a_stars_song_is_not_their_private_life(text: str, context: Context, flagged: bool) -> None:
    assert ("off_topic.gossip" in off_topic(analyze(text, context))) is flagged


@pytest.mark.parametrize(
    ("text", "expert", "other"),
    [
        (
            "L'affaire Hallyday a fait beaucoup parler, et elle a changé le droit.",
            NOTARY,
            PLOMBIER,
        ),
        ("The estate of Johnny Hallyday shows why a will matters.", SOLICITOR, PLUMBER),
    ],
)
def test_a_stars_estate_is_a_probate_experts_field(
    text: str, expert: Context, other: Context
) -> None:
    assert off_topic(analyze(text, expert)) == set()
    assert off_topic(analyze(text, other)) == {"off_topic.gossip"}
    assert off_topic(analyze("Johnny Hallyday's new girlfriend is 30 years younger.", expert))


FAMILY_LAWYER = Context(
    language="en", profession="family lawyer", topics=("family law", "mediation")
)
KINE_EPAULE = Context(
    language="fr", profession="kinésithérapeute", topics=("épaule", "rééducation")
)


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        (
            "Maybe if Canberra spent less on consultants, more of you would come in. "
            "Just saying 😉",
            PLUMBER,
            "politics",
        ),
        (
            "Mind you, after last Thursday's result, buyers will wait to see what the new lot do "
            "to stamp duty. 🙄",
            PLUMBER,
            "politics",
        ),
        (
            "Thanks to our dear Chancellor, pensioners lost their winter fuel payment.",
            PLUMBER,
            "politics",
        ),
        ("Buy now before you-know-who wrecks the economy again. Just saying.", PLUMBER, "politics"),
        (
            "Meanwhile, a certain royal family could do with a session or two.",
            FAMILY_LAWYER,
            "gossip",
        ),
        (
            "Et vu que nos chers dirigeants ont décidé qu'on bosserait jusqu'à 64 ans, ces "
            "épaules ont intérêt à tenir…",
            KINE_EPAULE,
            "politics",
        ),
        (
            "Et sinon, on a un nouveau baby-foot. Seul endroit où les deux camps jouent encore "
            "ensemble, contrairement à l'Hémicycle.",
            PLOMBIER,
            "politics",
        ),
        (
            "Et pendant qu'on apprend aux jeunes à respecter la moindre règle, d'autres entrent "
            "dans le pays sans en respecter aucune. Je dis ça… suivez mon regard.",
            PLOMBIER,
            "politics",
        ),
        (
            "Un gouvernement incapable de tenir ses comptes. Souvenez-vous-en dans l'isoloir.",
            PLOMBIER,
            "politics",
        ),
        (
            "Renseignez-vous sur ce qu'on pulvérise dans le ciel depuis quelques années.",
            PLOMBIER,
            "conspiracy",
        ),
    ],
)
def test_asides_written_blind_are_read_as_asides(text: str, context: Context, rule: str) -> None:
    assert f"off_topic.{rule}" in off_topic(analyze(text, context))


EMPLOYMENT_LAWYER = Context(language="en", profession="employment lawyer", topics=("dismissal",))
AVOCATE = Context(language="fr", profession="avocate en immigration", topics=("permis de travail",))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Heads-up for Monday: it's election day, and the community hall next door is a polling "
            "station, so parking will be tight.",
            PLUMBER,
        ),
        (
            "None of this is about which party you vote for. It's about not getting caught out at "
            "a tribunal next year.",
            EMPLOYMENT_LAWYER,
        ),
        (
            "With the heavens well and truly open, she hitched her dress up. Not the posed ones "
            "at the church — that one.",
            PLUMBER,
        ),
        ("HMRC's phone line has turned into trench warfare.", PLUMBER),
        ("Deux aponévrosites plantaires rebelles cette semaine.", PLOMBIER),
        ("Léon, deux ans, avait déclaré la guerre à la terre entière.", PLOMBIER),
        ("Chacun prêche pour sa paroisse. Mais ma paroisse, c'est le pain.", PLOMBIER),
        ("L'école d'à côté accueille un bureau de vote : la rue sera en sens unique.", PLOMBIER),
        (
            "Je ne commente pas les choix politiques du gouvernement : mon travail, c'est vos "
            "échéances.",
            AVOCATE,
        ),
        ("Don't sell anything until you know who's entitled to it. It's a hard time 😬", SOLICITOR),
        ("Saturday's result was a thriller, well done the under-12s 😂", PLUMBER),
    ],
)
def test_practical_news_images_and_disclaimers_near_asides_stay_clean(
    text: str, context: Context
) -> None:
    assert off_topic(analyze(text, context)) == set()


def test_a_postscript_may_still_carry_the_fields_news_but_a_wink_may_not() -> None:
    news = "Thanks all.\n\nP.S. The government grant for heating upgrades ends in March."
    assert off_topic(analyze(news, PLUMBER)) == set()
    wink = "Given who just won, your heating bills will soar 😬"
    assert off_topic(analyze(wink, PLUMBER)) == {"off_topic.politics"}


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Busy week.\nP.S. The government grant for boilers ends in March, don't miss it.",
            PLUMBER,
        ),
        ("Two boilers fitted.\n\nPS: the government rebate scheme opens next month.", PLUMBER),
        ("P.S. Whitehall's new repair vouchers can be used from 1 April.", PLUMBER),
        (
            "Belle semaine.\nP.-S. : l'aide de l'État pour les pompes à chaleur baisse le "
            "1er janvier.",
            PLOMBIER,
        ),
        (
            "Merci à tous !\nPS : le gouvernement a repoussé la date limite des dossiers "
            "au 5 juin.",
            PLOMBIER,
        ),
        ("P.-S. La prime de Bercy pour les chaudières revient en mars.", PLOMBIER),
    ],
)
def test_a_postscript_with_practical_news_and_a_date_is_no_aside(
    text: str, context: Context
) -> None:
    # The topics say "heating" and « chauffe-eau », not "boilers" or « chaudières »: nothing
    # declares the subject, the P.S. is simply the week's practical news.
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    "text",
    [
        # What without when, when with a wink, or a knowing phrase: still the aside.
        "Busy week.\nP.S. The government's grant scheme is a joke, as usual.",
        "Busy week.\nP.S. The government grant ends in March. Typical 🙄",
        "Busy week.\nP.S. The government grant ends in March, just saying.",
        "Busy week.\nP.S. The government grant ends in March 🙄",
        "Belle semaine.\nP.-S. Nos chers élus et leurs aides, toujours la même histoire.",
        "Belle semaine.\nP.-S. L'aide de l'État baisse le 1er janvier, merci Bercy 🙄",
    ],
)
def test_a_postscript_that_jabs_is_still_an_aside_whatever_its_practical_words(text: str) -> None:
    context = PLOMBIER if "Belle" in text else PLUMBER
    assert off_topic(analyze(text, context)) == {"off_topic.politics"}


@pytest.mark.parametrize(
    "text",
    [
        "We moved into the new office on Bank Street! Our Ottawa office 😉 is still my kitchen.",
        "P.S. Canberra traffic this morning was something else 😂",
        "Two boilers in one day, then the Westminster Bridge queue 🙄",
        "P.S. the Washington branch opens on Monday, wish us luck 😄",
        "On a fini la journée au concert à Bercy 😂 quelle soirée",
        "Chantier près de la gare de Bercy ce matin, trois heures de bouchons 😅",
        "P.-S. Rendez-vous au salon à Bercy samedi 😉",
    ],
)
def test_a_capital_named_as_a_place_in_an_aside_is_no_jab(text: str) -> None:
    context = PLOMBIER if "Bercy" in text else PLUMBER
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "P.S. Canberra has done it again 😂",
        "Thanks, Ottawa 🙄",
        "Meanwhile Westminster argues about the wallpaper.",
        "P.-S. Bercy a encore frappé 😂",
        "Et merci Bercy pour la surprise sur la facture 🙄",
    ],
)
def test_a_capital_standing_for_those_in_power_in_an_aside_is_still_flagged(text: str) -> None:
    context = PLOMBIER if "Bercy" in text else PLUMBER
    assert off_topic(analyze(text, context)) == {"off_topic.politics"}


NUTRITIONNISTE = Context(
    language="fr", profession="nutritionniste", topics=("alimentation familiale", "diabète")
)
ACCOUNTANT = Context(language="en", profession="accountant", topics=("personal tax",))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # The dish, with its article, is not the Kremlin's master.
        ("Une poutine après la partie de hockey du petit, ce n'est pas un échec.", NUTRITIONNISTE),
        ("Arrêtez de faire peur aux gens avec la poutine.", NUTRITIONNISTE),
        (
            "Ma meilleure poutine, c'est celle de la cantine du coin, une fois par mois.",
            NUTRITIONNISTE,
        ),
        # A battlefield as an image.
        ("Sans Nathalie, notre secrétaire, ce cabinet serait un champ de bataille.", PLOMBIER),
        ("Après la fête des enfants, le salon était un vrai champ de bataille.", PLOMBIER),
        # A tax election is a choice on a form.
        ("If you make the election late, the CRA can refuse the pension split.", ACCOUNTANT),
        ("I'm putting together a short checklist on joint elections and their timing.", ACCOUNTANT),
        ("Filing a late election costs a penalty, but it's often worth it.", ACCOUNTANT),
    ],
)
def test_a_dish_a_battlefield_image_or_a_tax_election_is_not_the_subject(
    text: str, context: Context
) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        (
            "Poutine a encore menacé l'Europe hier soir, et on devrait se taire ?",
            NUTRITIONNISTE,
            "politics",
        ),
        ("Mon grand-père a laissé une jambe sur le champ de bataille de Verdun.", PLOMBIER, "war"),
        ("Who are you voting for in the elections next month?", ACCOUNTANT, "politics"),
        ("Did you see the photos from the red carpet? Team him or team her?", PLUMBER, "gossip"),
        ("Il faut qu'on parle de Kendji et de son ex. Team elle ou team lui ?", PLOMBIER, "gossip"),
        ("Bon, leur séparation : team lui ou elle ? Dites-moi tout.", PLOMBIER, "gossip"),
    ],
)
def test_the_leader_the_real_battlefield_the_vote_and_taking_sides_in_a_split_are(
    text: str, context: Context, rule: str
) -> None:
    assert f"off_topic.{rule}" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # Taking sides in a famous couple's story, or passing on what "everyone says".
        (
            "Everyone's talking about the Vance and Shore mess. Hollywood protects its golden "
            "couples. Tell me whose side you're on 👇",
            PLUMBER,
        ),
        ("The ex is all over the news again, and whose side are you on, honestly?", PLUMBER),
        ("Did you see her photos? Everyone says she's on something 👀", PLUMBER),
        (
            "Shakira et Piqué, le retour. Les piques contre l'ex, la nouvelle blonde qu'il promène "
            "partout…",
            PLOMBIER,
        ),
        ("Tout le monde dit qu'elle est sous Ozempic… moi j'ai mon avis 👀", PLOMBIER),
        ("Le couple en or du cinéma, c'est fini. De quel côté êtes-vous ?", PLOMBIER),
    ],
)
def test_the_tone_of_gossip_is_gossip_whoever_it_names(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == {"off_topic.gossip"}


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Cats or dogs in the waiting room: whose side are you on?", PLUMBER),
        ("Everyone says he's the best apprentice we've had, and he is.", PLUMBER),
        (
            "Ma cliente m'a parlé de son ex pendant tout le chantier, et de son nouveau chien.",
            PLOMBIER,
        ),
        ("Tout le monde dit qu'il est le meilleur apprenti de la promo. C'est vrai.", PLOMBIER),
    ],
)
def test_everyday_sides_and_praise_are_not_gossip(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        (
            "The form now has a gender dropdown with two options. Sorry, Twitter, no room for "
            "the other 71 😂",
            PLUMBER,
            "controversy",
        ),
        (
            "New boiler fitted. Don't ask me about genders, I just do radiators 🙄",
            PLUMBER,
            "controversy",
        ),
        ("And no, I won't comment on what Ottawa did to housing last week.", PLUMBER, "politics"),
        (
            "I'm not going to comment on what Westminster decided, my blood pressure says no.",
            PLUMBER,
            "politics",
        ),
        ("Et non, je ne commenterai pas ce que Bercy a fait cette semaine.", PLOMBIER, "politics"),
        (
            "Grêle annoncée ce week-end. #assurance #météo #écologiepunitive",
            PLOMBIER,
            "controversy",
        ),
        (
            "Encore un coup de l'écologie punitive : bonne route quand même.",
            PLOMBIER,
            "controversy",
        ),
        ("Les deux rappeurs se clashent encore. Vous êtes team lequel ?", PLOMBIER, "gossip"),
    ],
)
def test_more_asides_on_hot_subjects_are_read(text: str, context: Context, rule: str) -> None:
    assert f"off_topic.{rule}" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Our neighbours threw a gender reveal party, blue smoke everywhere 😂", PLUMBER),
        ("The gender field on the form is optional now.", PLUMBER),
        ("I won't comment on what the boiler looked like inside 🙄", PLUMBER),
        ("Je ne commenterai pas ce que j'ai trouvé derrière ce chauffe-eau 😂", PLOMBIER),
        ("Croissant ou pain au chocolat, vous êtes team lequel ?", PLOMBIER),
    ],
)
def test_their_everyday_look_alikes_stay_clean(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


FLORIST = Context(language="en", profession="florist", topics=("bouquets", "weddings"))
FLEURISTE = Context(language="fr", profession="fleuriste", topics=("bouquets", "mariages"))


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        # Telling readers how to vote, however it is put.
        ("Maybe vote for someone who drives for a living next time.", FLORIST, "politics"),
        ("Remember that next time you're in the booth.", FLORIST, "politics"),
        (
            "Whoever wins in November, your taxes aren't going down. Unless it's our guy 😉",
            FLORIST,
            "politics",
        ),
        ("Vivement les prochaines communales.", FLEURISTE, "politics"),
        ("Je ne vous dirai pas pour qui voter. Dimanche, faites barrage.", FLEURISTE, "politics"),
        # Leaders by nickname, institutions, slogans.
        (
            "Some bloke on the radio said Albo's got the cost of living sorted. Mate.",
            FLORIST,
            "politics",
        ),
        ("Rachel from accounts strikes again.", FLORIST, "politics"),
        (
            "Thirty years of freedom and we still can't keep the lights on. Thank you, ANC.",
            FLORIST,
            "politics",
        ),
        ("Since we took back control, that pipeline has dried up.", FLORIST, "politics"),
        ("#cleaning #tampa #LetsGoBrandon", FLORIST, "politics"),
        ("Quatre ans de rage taxatoire de la Vivaldi, et on s'étonne.", FLEURISTE, "politics"),
        ("« La France, on l'aime ou on la quitte. » Tout est dit.", FLEURISTE, "politics"),
        ("Et n'oubliez jamais : le Sahara est marocain.", FLEURISTE, "politics"),
        ("On trinquera à tout, sauf à Jupiter 😏", FLEURISTE, "politics"),
        # Culture war, conspiracy, preaching.
        ("Biology is real. Men are not women, whatever the headlines say.", FLORIST, "controversy"),
        (
            "My kids never got the shots, and they're the healthiest in their class.",
            FLORIST,
            "controversy",
        ),
        (
            "Il y a trop de frontaliers qui prennent le boulot des Genevois.",
            FLEURISTE,
            "controversy",
        ),
        (
            "On s'est fait vendre une panique climatique qui arrange bien du monde.",
            FLEURISTE,
            "controversy",
        ),
        (
            "Normal contrails vanish in seconds. Funny how nobody on the news ever mentions it 🤔",
            FLORIST,
            "conspiracy",
        ),
        (
            "Ce qu'on ne vous dira jamais dans un cabinet médical : les plantes guérissent.",
            FLEURISTE,
            "conspiracy",
        ),
        (
            "Repentez-vous pendant qu'il est temps : le jour du jugement viendra.",
            FLEURISTE,
            "religion",
        ),
    ],
)
def test_allusions_written_blind_in_tuning_25_are_read(
    text: str, context: Context, rule: str
) -> None:
    assert f"off_topic.{rule}" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("I've got a bit of a coffee religion, and here are the commandments 😄", FLORIST),
        (
            "Saturday night the kitchen was an absolute battlefield, and the team was superb.",
            FLORIST,
        ),
        (
            "Book club pick: a history of Ireland during the Second World War, told in letters.",
            FLORIST,
        ),
        ("Her ANC visits are on Tuesdays, so we deliver the flowers on Monday.", FLORIST),
        ("#Conveyancing #property #solicitors", FLORIST),
        ("Veille de Saint-Valentin à la boutique : c'est la guerre 🌹😅", FLEURISTE),
        ("C'est la guerre des devis cette année, alors voici ce que je regarde.", FLEURISTE),
        ("Notre chef, on l'appelle le pape du macaron. On vous attend rue Saint-Jean.", FLEURISTE),
        ("Excellente fête de Tabaski à tous. Que Dieu accepte nos prières 🙏", FLEURISTE),
        (
            "Quand quelqu'un vous rapporte les rumeurs du couloir, demandez d'où elles viennent.",
            FLEURISTE,
        ),
        ("Mon ado a fait les bouquets avec moi samedi, jusqu'au bout.", FLEURISTE),
        ("Une bâche pour faire barrage à l'humidité, et le tour est joué.", FLEURISTE),
    ],
)
def test_their_look_alikes_in_tuning_25_stay_clean(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


NURSE_EN = Context(language="en", profession="nurse", topics=("patient care", "night shifts"))
INFIRMIERE = Context(language="fr", profession="infirmière", topics=("soins", "travail de nuit"))


@pytest.mark.parametrize(
    ("text", "context", "rule"),
    [
        (
            "Don't hold your breath for help from Holyrood. That lot couldn't build two ferries.",
            NURSE_EN,
            "politics",
        ),
        ("Dan wrecked this state and the next lot is finishing the job.", NURSE_EN, "politics"),
        ("JLP, PNP, same bag of promises every five years.", NURSE_EN, "politics"),
        ("#LoftConversion #Belfast #NoIrishSeaBorder", NURSE_EN, "politics"),
        ("To Ottawa: we did it without you. #Wexit", NURSE_EN, "politics"),
        (
            "This is what Renewed Hope looks like. Obidients, get your PVCs ready.",
            NURSE_EN,
            "politics",
        ),
        (
            "Contact us before the government finds another way to tax your breath 😤",
            NURSE_EN,
            "politics",
        ),
        (
            "Do their own research on who funds the WHO. Just asking questions 🤔",
            NURSE_EN,
            "conspiracy",
        ),
        (
            "Et pendant ce temps, nos gouvernants, eux, se votent des augmentations.",
            INFIRMIERE,
            "politics",
        ),
        (
            "Le même homme dirige ce pays depuis 1982, et on nous demande d'applaudir.",
            INFIRMIERE,
            "politics",
        ),
        (
            "Pour ceux qui ont la nostalgie du PHTK : regardez ce qu'il en reste.",
            INFIRMIERE,
            "politics",
        ),
        (
            "Achetez québécois : un jour, on aura notre pays. Vive le Québec libre ! #PSPP",
            INFIRMIERE,
            "politics",
        ),
        ("Renseignez-vous, on ne vous dit pas tout sur ce compteur.", INFIRMIERE, "conspiracy"),
        ("Toute la classe parlait des rumeurs sur le couple de Nancy Ajram.", INFIRMIERE, "gossip"),
    ],
)
def test_allusions_written_blind_in_tuning_26_are_read(
    text: str, context: Context, rule: str
) -> None:
    assert f"off_topic.{rule}" in off_topic(analyze(text, context))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Eligible: carers and frontline health and care workers.", NURSE_EN),
        (
            "We're closed on Saturday for election day, so all our staff can go and vote. "
            "Whoever you vote for, keep your voter ID handy.",
            NURSE_EN,
        ),
        ("A patient turned out to be a state senator. He learned every nurse's name.", NURSE_EN),
        ("Only when his assistant came over did I realise it was the county governor.", NURSE_EN),
        ("Eid Mubarak to all our Muslim customers and friends 🌙", NURSE_EN),
        ("That lot of towels needs washing before the night shift.", NURSE_EN),
        (
            "Loi de finances : ce qui change pour vos factures, sans commentaire politique.",
            INFIRMIERE,
        ),
        ("Un ancien ministre est venu consulter un samedi matin, une cheville tordue.", INFIRMIERE),
        ("Quelle journée 😤 trois entrées en même temps, et personne n'a lâché.", INFIRMIERE),
    ],
)
def test_their_look_alikes_in_tuning_26_stay_clean(text: str, context: Context) -> None:
    assert off_topic(analyze(text, context)) == set()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Since the UPDC took power, the queue at the clinic has only grown."),
        ("en", "They seized power in March, and the power cuts come every afternoon now."),
        ("en", "Ever since that lot swept to power, my diesel bill has doubled."),
        ("fr", "Depuis que le MPRD est au pouvoir, la salle d'attente ne désemplit pas."),
        ("fr", "Ils ont pris le pouvoir en mars ; depuis, on travaille à la lampe frontale."),
        ("fr", "Depuis qu'ils sont revenus au pouvoir, le gasoil a doublé."),
    ],
)
def test_taking_power_is_public_life_in_any_tense(language: str, text: str) -> None:
    context = Context(language=language, profession="physiotherapist", topics=("back pain",))
    assert any(f.rule == "off_topic.politics" for f in analyze(text, context).findings)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Creatine gave me power in the gym again, and I came back to power lifting."),
        ("en", "The storm took the power out for a day, so we saw patients by torchlight."),
        ("fr", "Le courant est revenu vers midi : on a rattrapé les rendez-vous du matin."),
        ("fr", "J'ai pris le temps de remettre du pouvoir d'achat dans nos tarifs du samedi."),
    ],
)
def test_power_in_the_gym_or_the_grid_is_no_politics(language: str, text: str) -> None:
    context = Context(language=language, profession="physiotherapist", topics=("back pain",))
    assert not [f for f in analyze(text, context).findings if f.category == "off_topic"]
