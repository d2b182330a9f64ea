"""Trade words read this round in warnings about common mistakes, day logs and statements
explained, each said in other words ("a worn CV joint", « un PV de carence »); the bodies and
shops everyone around the author knows (RONA); a word explained in the next sentence
after an exclamation, an emoji or a word of comfort (« le certificat PEB ! C'est la note
énergie… », « Pas de panique. C'est une lettre… »); and a word named after its plain words
("the band made bigger (called re-shanking)") or after a dash and a compound ("a mist coat —
watered-down emulsion"), or said again as the subject of what it is ("no ACL tears! 🙌 (The
ACL is the main ligament…)"), or followed by what it shows ("HbA1c, which shows…")."""

from __future__ import annotations

import pytest

from firsthand.composer.coach import Context, analyze
from tests.coach_support import author, jargon_flagged


@pytest.mark.parametrize(
    ("context", "text", "term"),
    [
        (
            author("en", "mechanic", "servicing", "tyres"),
            "Knocking when you turn the wheel all the way? Usually a worn CV joint.",
            "CV joint",
        ),
        (
            author("en", "tax agent", "tax returns", "super"),
            "Division 293 notices are landing this month, so bring yours in.",
            "Division 293",
        ),
        (
            author("en", "physiotherapist", "back pain", "posture"),
            "Did some lumbar mobs this morning and she walked out taller.",
            "mobs",
        ),
        (
            author("en", "bike mechanic", "repairs", "e-bikes"),
            "We faced the BB shell before the new crankset went on.",
            "BB shell",
        ),
        (
            author("en", "pest controller", "termites", "cockroaches"),
            "We sprayed a non-repellent around the whole slab today.",
            "non-repellent",
        ),
        (
            author("en", "community pharmacist", "prescriptions", "self-care"),
            "Your label says one tablet prn for the pain.",
            "prn",
        ),
        (
            author("en", "immigration consultant", "work permits", "PR applications"),
            "Got a procedural fairness letter? Send it to us the same day.",
            "procedural fairness letter",
        ),
        (
            author("en", "caterer", "events", "corporate lunches"),
            "Your quote is priced per cover, canapés included.",
            "per cover",
        ),
        (
            author("fr", "électricien", "bornes de recharge", "rénovation"),
            "Avant la borne, on vérifie votre différentiel de type AC au tableau.",
            "différentiel de type",
        ),
        (
            author("fr", "avocat", "droit du travail", "licenciement"),
            "Attendre un an, c'est risquer la forclusion.",
            "forclusion",
        ),
        (
            author("fr", "avocate", "droit de la famille", "divorce"),
            "Sans ces pièces, la demande sera déclarée irrecevable.",
            "irrecevable",
        ),
        (
            author("fr", "commissaire de justice", "constats", "recouvrement"),
            "Hier, un PV de carence à Vénissieux, et deux constats.",
            "PV de carence",
        ),
        (
            author("fr", "frigoriste", "climatisation", "entretien"),
            "Le condenseur était plein de poussière, d'où la clim qui chauffait.",
            "condenseur",
        ),
        (
            author("fr", "conseillère en mutuelle", "remboursements", "optique"),
            "Le remboursement est calculé sur la BRSS, pas sur le prix payé.",
            "BRSS",
        ),
        (
            author("fr", "physiothérapeute", "rééducation", "facturation"),
            "Ici on travaille avec le tiers garant, comme la plupart des cabinets.",
            "tiers garant",
        ),
        (
            author("fr", "conseillère bancaire", "comptes", "épargne"),
            "Regardez la date valeur de votre virement sur le relevé.",
            "date valeur",
        ),
        (
            author("en", "gas engineer", "boiler servicing", "gas safety"),
            "If the boiler locks out in a frost, check the condensate before you ring us.",
            "condensate",
        ),
        (
            author("en", "insurance broker", "home insurance", "claims"),
            "Away for a month? The unoccupancy warranty in your policy may apply.",
            "unoccupancy warranty",
        ),
        (
            author("en", "vet", "dog health", "emergencies"),
            "Two surgeries for a linear FB this week, both from roast string.",
            "linear FB",
        ),
        (
            author("en", "conveyancer", "off-the-plan purchases", "settlements"),
            "Read the sunset clause twice before you sign for an apartment off the plan.",
            "sunset clause",
        ),
        (
            author("en", "hairdresser", "colour", "blonding"),
            "Going lighter? We'll look at your demarcation line at the consultation.",
            "demarcation line",
        ),
        (
            author("fr", "chocolatier", "pralines", "cadeaux"),
            "Nos œufs de Pâques sont tempérés en forme V, pour le brillant et le craquant.",
            "forme V",
        ),
        (
            author("fr", "sage-femme", "grossesse", "allaitement"),
            "Des Braxton-Hicks le soir après une longue journée ? Allongez-vous.",
            "Braxton-Hicks",
        ),
        (
            author("fr", "toiletteuse canine", "toilettage", "pelage"),
            "Débourrage complet pour les huskies tout le mois de mars.",
            "Débourrage",
        ),
        (
            author("fr", "médecin généraliste", "cœur", "prévention"),
            "Une FA paroxystique peut suivre un réveillon trop arrosé.",
            "FA paroxystique",
        ),
        (
            author("en", "asbestos surveyor", "asbestos surveys", "renovations"),
            "The textured ceiling came back positive for chrysotile, so leave it alone.",
            "chrysotile",
        ),
        (
            author("en", "septic inspector", "septic systems", "home sales"),
            "The biomat has sealed off most of the field, which is why it backs up.",
            "biomat",
        ),
        (
            author("en", "physiotherapist", "knee rehab", "netball injuries"),
            "No ACL tears this season! Just two sprains, both back on court soon.",
            "ACL",
        ),
        (
            author("en", "pharmacist", "blood sugar", "medicine advice"),
            "We'll check your HbA1c, which we do every quarter.",
            "HbA1c",
        ),
        (
            author("fr", "diagnostiqueur immobilier", "diagnostics avant vente", "humidité"),
            "Rien côté plomb, mais de la mérule sous l'escalier de la cave.",
            "mérule",
        ),
        (
            author("fr", "arboriste-élagueur", "arbres", "abattage"),
            "Des carpophores au pied du chêne : il faudra l'abattre avant l'hiver.",
            "carpophores",
        ),
        (
            author("fr", "conseiller en gestion de patrimoine", "retraite", "placements"),
            "Ce fonds affiche un alpha négatif depuis trois ans, on diversifie.",
            "alpha négatif",
        ),
        (
            author("fr", "infirmière libérale", "pansements", "soins à domicile"),
            "On passe à un hydrocolloïde, changé deux fois par semaine.",
            "hydrocolloïde",
        ),
        (
            author("en", "recruitment consultant", "hiring", "CV tips"),
            "We de-risked the hire with a trial week, then built a talent pipeline for spring.",
            "de-risked",
        ),
        (
            author("fr", "agent immobilier", "vente", "estimation"),
            "On a activé notre lead nurturing sur tous les contacts.",
            "lead nurturing",
        ),
        (
            author("fr", "diététicienne", "grignotage", "diabète"),
            "On a rendu son petit-déjeuner plus satiétogène.",
            "satiétogène",
        ),
        (
            author("en", "acupuncturist", "neck pain", "sleep"),
            "You should feel de qi within a minute of the needle going in.",
            "de qi",
        ),
        (
            author("fr", "garagiste", "entretien", "diagnostic"),
            "On vérifie aussi le jeu aux rotules pendant qu'on y est.",
            "jeu aux rotules",
        ),
        (
            author("fr", "coach de carrière", "recherche d'emploi", "CV"),
            "On travaille ta proposition de valeur dès la première séance.",
            "proposition de valeur",
        ),
    ],
)
def test_trade_words_from_mistakes_day_logs_and_statements_are_flagged(
    context: Context, text: str, term: str
) -> None:
    assert term in jargon_flagged(analyze(text, context))


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            author("en", "carpenter", "decks", "fences"),
            "Grab coated deck screws from RONA and you're set.",
        ),
        (
            author("fr", "agente immobilière", "vente", "estimation"),
            "Commandez le certificat PEB tout de suite ! C'est la « note énergie » du logement, "
            "de A à G.",
        ),
        (
            author("fr", "commissaire de justice", "recouvrement", "courriers officiels"),
            "Une mise en demeure dans la boîte ? Pas de panique. C'est une lettre qui vous "
            "demande de payer avant une date.",
        ),
        (
            author("fr", "arpenteur-géomètre", "limites de terrain", "piscines"),
            "Votre notaire veut un certificat de localisation récent 📐 C'est le document qui "
            "montre où sont la maison et la clôture.",
        ),
        (
            author("en", "jeweller", "rings", "repairs"),
            "Ring too small? We can make the band bigger (called re-shanking) for £40.",
        ),
        (
            author("en", "painter and decorator", "interiors", "new plaster"),
            "New plaster gets a mist coat — watered-down emulsion, then two full coats.",
        ),
        (
            author("fr", "commissaire de justice", "constats", "recouvrement"),
            "Le débiteur n'avait rien à saisir (on appelle ça un PV de carence), on a fait le "
            "constat.",
        ),
        (
            author("fr", "ostéopathe", "mal de dos", "posture"),
            "Le psoas, ce muscle qui relie le bas du dos à la cuisse, se raccourcit en voiture.",
        ),
        (
            author("en", "physiotherapist", "knee rehab", "netball injuries"),
            "No ACL tears this season! 🙌 (The ACL is the main ligament inside the knee.) Two "
            "sprains only.",
        ),
        (
            author("en", "personal trainer", "weight loss", "strength"),
            "Body comp results are in 💪 (Body comp = how much of you is fat and how much is "
            "muscle.)",
        ),
        (
            author("en", "pharmacist", "blood sugar", "medicine advice"),
            "We referred you for an HbA1c, which shows your average sugar over three months.",
        ),
        (
            author("fr", "dentiste", "soins des gencives", "détartrage"),
            "On a soigné votre parodontite. La parodontite est une infection de la gencive.",
        ),
        (
            author("en", "notary public", "document signing", "overseas paperwork"),
            "Some countries want an extra government stamp on top of mine, which DFAT adds.",
        ),
        (
            author("fr", "médecin généraliste", "prises de sang", "fatigue"),
            "« C'est grave, la ferritine basse ? » 🩸 La ferritine, c'est votre réserve de fer.",
        ),
        (
            author("fr", "notaire", "achat immobilier", "copropriété"),
            "Vous avez reçu l'état daté ? Ce document, c'est tout simplement le relevé de ce que "
            "le vendeur doit encore à la copropriété.",
        ),
        (
            author("fr", "mécanicien moto", "révisions", "entretien"),
            "Révision de la Yamaha MT-07 d'un client : chaîne retendue et graissée.",
        ),
        (
            author("fr", "menuisier", "fenêtres", "portes"),
            "Fenêtres posées, le client peut dormir tranquille cet hiver.",
        ),
    ],
)
def test_words_known_around_the_author_or_explained_next_stay_plain(
    context: Context, text: str
) -> None:
    assert not jargon_flagged(analyze(text, context))
