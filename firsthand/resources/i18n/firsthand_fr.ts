<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../calendar/agenda_view.py" line="24"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../calendar/agenda_view.py" line="28"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../calendar/agenda_view.py" line="29"/>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../calendar/agenda_view.py" line="30"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../../calendar/agenda_view.py" line="31"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../calendar/agenda_view.py" line="32"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../calendar/agenda_view.py" line="58"/>
        <source>%1 — today</source>
        <translation>%1 — aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../calendar/agenda_view.py" line="66"/>
        <source>Nothing planned</source>
        <translation>Rien de prévu</translation>
    </message>
    <message>
        <location filename="../../calendar/agenda_view.py" line="72"/>
        <source>past, not published</source>
        <translation>passée, non publiée</translation>
    </message>
    <message>
        <location filename="../../calendar/agenda_view.py" line="74"/>
        <source>unknown time zone</source>
        <translation>fuseau horaire inconnu</translation>
    </message>
    <message>
        <location filename="../../calendar/agenda_view.py" line="75"/>
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
    <message>
        <location filename="../../calendar/agenda_view.py" line="77"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../calendar/agenda_view.py" line="96"/>
        <source>No posts in this period. Click a day in the month view to plan one.</source>
        <translation>Aucune publication sur cette période. Cliquez sur un jour dans la vue mois pour en prévoir une.</translation>
    </message>
</context>
<context>
    <name>CalendarNames</name>
    <message>
        <location filename="../../calendar/names.py" line="47"/>
        <source>Story</source>
        <translation>Récit</translation>
    </message>
    <message>
        <location filename="../../calendar/names.py" line="48"/>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <location filename="../../calendar/names.py" line="49"/>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <location filename="../../calendar/names.py" line="50"/>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../calendar/names.py" line="51"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../calendar/names.py" line="52"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../calendar/names.py" line="59"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../calendar/names.py" line="60"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../calendar/names.py" line="61"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../calendar/names.py" line="62"/>
        <source>Scheduled</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <location filename="../../calendar/names.py" line="63"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location filename="../../calendar/names.py" line="64"/>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../calendar/page.py" line="88"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="89"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="91"/>
        <source>Go to today</source>
        <translation>Revenir à aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="92"/>
        <source>Next period</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="104"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="105"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="106"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="107"/>
        <source>Content mix</source>
        <translation>Équilibre</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="121"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="123"/>
        <source>Import a plan from a CSV file</source>
        <translation>Importer un planning depuis un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="126"/>
        <location filename="../../calendar/page.py" line="659"/>
        <location filename="../../calendar/page.py" line="666"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="127"/>
        <location filename="../../calendar/page.py" line="641"/>
        <source>Export the plan</source>
        <translation>Exporter le planning</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="130"/>
        <source>Plan and results as CSV…</source>
        <translation>Planning et résultats en CSV…</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="131"/>
        <source>Calendar file (.ics)…</source>
        <translation>Fichier d’agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="160"/>
        <source>Review</source>
        <translation>Voir</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="162"/>
        <source>Review posts past their time</source>
        <translation>Voir les publications dont l’heure est passée</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="412"/>
        <source>Drag an idea onto a day to plan it.</source>
        <translation>Glissez une idée sur un jour pour la planifier.</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="588"/>
        <source>1 post is past its time and not marked published.</source>
        <translation>1 publication a dépassé son heure sans être marquée publiée.</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="590"/>
        <source>%1 posts are past their time and not marked published.</source>
        <translation>%1 publications ont dépassé leur heure sans être marquées publiées.</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="181"/>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="404"/>
        <location filename="../../calendar/page.py" line="465"/>
        <location filename="../../calendar/page.py" line="550"/>
        <location filename="../../calendar/page.py" line="557"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="410"/>
        <source>Ideas (%1)</source>
        <translation>Idées (%1)</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="414"/>
        <source>No ideas waiting. Jot one down with “New idea”, plan it later.</source>
        <translation>Aucune idée en attente. Notez-en une avec «&#xa0;Nouvelle idée&#xa0;», planifiez-la plus tard.</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="502"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="510"/>
        <source>Times are shown in UTC: your time zone %1 is not known here.</source>
        <translation>Heures affichées en UTC&#xa0;: votre fuseau horaire %1 est inconnu sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="515"/>
        <source>Times are shown in your time zone, %1 (%2).</source>
        <translation>Heures affichées dans votre fuseau horaire, %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="552"/>
        <source>This post was changed elsewhere meanwhile; the calendar now shows the latest version.</source>
        <translation>Cette publication a été modifiée ailleurs entre-temps&#xa0;; le calendrier affiche maintenant la dernière version.</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="624"/>
        <source>Import a plan</source>
        <translation>Importer un planning</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="624"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="639"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="639"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../calendar/page.py" line="660"/>
        <source>%1 posts written to %2.</source>
        <translation>%1 publications enregistrées dans %2.</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../composer/categories.py" line="45"/>
        <source>Add “%1” after it</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» après</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="47"/>
        <source>Write “%1” in its place</source>
        <translation>Écrire «&#xa0;%1&#xa0;» à la place</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="58"/>
        <source>Sounds like an ad</source>
        <translation>Ton publicitaire</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="59"/>
        <source>Jargon</source>
        <translation>Jargon</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="60"/>
        <source>Off your topic</source>
        <translation>Hors de votre sujet</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="61"/>
        <source>Your own voice</source>
        <translation>Votre propre voix</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="62"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="63"/>
        <source>Grammar and spelling</source>
        <translation>Grammaire et orthographe</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="64"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="71"/>
        <source>Story</source>
        <translation>Récit</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="72"/>
        <source>Experience / tip</source>
        <translation>Expérience / conseil</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="73"/>
        <source>First-person announcement</source>
        <translation>Annonce à la première personne</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="74"/>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="75"/>
        <source>Portfolio / case</source>
        <translation>Réalisation / cas concret</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="76"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="77"/>
        <source>Not clear yet</source>
        <translation>Pas encore clair</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="85"/>
        <source>Talk with people, not at them</source>
        <translation>Parler avec les gens, pas leur faire un discours</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="86"/>
        <source>Your own name and your own voice</source>
        <translation>Votre nom, votre voix</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="87"/>
        <source>Tell stories</source>
        <translation>Raconter des histoires</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="88"/>
        <source>Share your experience</source>
        <translation>Partager votre expérience</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="89"/>
        <source>Write simply</source>
        <translation>Écrire simplement</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="90"/>
        <source>Your opinion, within your field</source>
        <translation>Votre avis, dans votre domaine</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="91"/>
        <source>Announce in your own words, not as an ad</source>
        <translation>Annoncer avec vos mots, pas comme une pub</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="92"/>
        <source>Don&apos;t just repost, don&apos;t shout</source>
        <translation>Ne pas juste repartager, ne pas crier</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="93"/>
        <source>Show your work</source>
        <translation>Montrer votre travail</translation>
    </message>
    <message>
        <location filename="../../composer/categories.py" line="94"/>
        <source>Start from a goal, end with results</source>
        <translation>Partir d’un objectif, finir par des résultats</translation>
    </message>
</context>
<context>
    <name>CoachingPanel</name>
    <message>
        <location filename="../../composer/coaching_panel.py" line="40"/>
        <location filename="../../composer/coaching_panel.py" line="153"/>
        <source>Start writing: the coach reads along.</source>
        <translation>Commencez à écrire&#xa0;: le coach lit avec vous.</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="42"/>
        <source>The post reads as</source>
        <translation>La publication se lit comme</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="47"/>
        <source>Why it reads so</source>
        <translation>Pourquoi il se lit ainsi</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="54"/>
        <source>How firsthand the post reads</source>
        <translation>À quel point la publication sonne vécue</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="57"/>
        <source>%v / 100</source>
        <translation>%v / 100</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="66"/>
        <source>I</source>
        <translation>je</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="67"/>
        <source>we</source>
        <translation>nous</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="68"/>
        <source>company name</source>
        <translation>nom de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="74"/>
        <source>Voice: %1</source>
        <translation>Voix&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="86"/>
        <source>The kind of post I am aiming at</source>
        <translation>Le type de publication que je vise</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="87"/>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="100"/>
        <source>Checklist for this kind of post</source>
        <translation>Points à vérifier pour ce type de publication</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="110"/>
        <source>Reads as</source>
        <translation>Se lit comme</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="111"/>
        <source>Firsthand score</source>
        <translation>Score Firsthand</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="112"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="113"/>
        <source>Aiming at</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="118"/>
        <source>Checklist</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="180"/>
        <source>Told in the first person (I), not as a company</source>
        <translation>Raconté à la première personne (je), pas au nom d’une entreprise</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="183"/>
        <source>One moment with one client, anonymous and kind</source>
        <translation>Un moment avec un client, anonyme et bienveillant</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="185"/>
        <source>What you thought or felt</source>
        <translation>Ce que vous avez pensé ou ressenti</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="186"/>
        <source>What it says about your work</source>
        <translation>Ce que cela dit de votre travail</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="187"/>
        <source>No sales pitch at the end</source>
        <translation>Pas d’argument de vente à la fin</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="190"/>
        <source>Advice clients don&apos;t know yet</source>
        <translation>Un conseil que vos clients ne connaissent pas encore</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="191"/>
        <source>A real case</source>
        <translation>Un cas réel</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="192"/>
        <location filename="../../composer/coaching_panel.py" line="218"/>
        <source>Plain words, no jargon</source>
        <translation>Des mots simples, sans jargon</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="193"/>
        <source>Something the reader can do this week</source>
        <translation>Quelque chose à faire dès cette semaine</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="196"/>
        <source>In your own words, not a press release</source>
        <translation>Avec vos mots, pas comme un communiqué</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="198"/>
        <source>Why you did it</source>
        <translation>Pourquoi vous l’avez fait</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="199"/>
        <source>What changes for your clients</source>
        <translation>Ce qui change pour vos clients</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="200"/>
        <source>No CAPITALS, no !!!, no hashtag wall</source>
        <translation>Pas de MAJUSCULES, pas de&#xa0;!!!, pas de mur de hashtags</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="203"/>
        <source>One clear opinion</source>
        <translation>Un avis clair</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="204"/>
        <source>Argued from your practice</source>
        <translation>Appuyé sur votre pratique</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="205"/>
        <location filename="../../composer/coaching_panel.py" line="219"/>
        <source>Within your field</source>
        <translation>Dans votre domaine</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="206"/>
        <source>A question to your readers</source>
        <translation>Une question à vos lecteurs</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="209"/>
        <source>A good photo attached</source>
        <translation>Une bonne photo jointe</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="210"/>
        <source>The client agreed to show it</source>
        <translation>Le client a accepté que vous le montriez</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="211"/>
        <source>What was hard, and how you solved it</source>
        <translation>Ce qui était difficile, et comment vous l’avez résolu</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="212"/>
        <source>The result</source>
        <translation>Le résultat</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="217"/>
        <source>In your own words, not an advert</source>
        <translation>Avec vos mots, pas comme une publicité</translation>
    </message>
    <message>
        <location filename="../../composer/coaching_panel.py" line="231"/>
        <source>Ticked by the coach as you write.</source>
        <translation>Coché par le coach pendant que vous écrivez.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../composer/dialogs.py" line="26"/>
        <source>Saved in another window</source>
        <translation>Enregistrée dans une autre fenêtre</translation>
    </message>
    <message>
        <location filename="../../composer/dialogs.py" line="28"/>
        <source>This post was changed in another window or on another computer since you opened it. Nothing has been overwritten.</source>
        <translation>Cette publication a été modifiée dans une autre fenêtre ou sur un autre ordinateur depuis que vous l’avez ouverte. Rien n’a été écrasé.</translation>
    </message>
    <message>
        <location filename="../../composer/dialogs.py" line="35"/>
        <source>Keep your text as a new post (both versions stay), or load the other version (your changes here are dropped).</source>
        <translation>Gardez votre texte comme nouvelle publication (les deux versions restent), ou chargez l’autre version (vos modifications ici seront abandonnées).</translation>
    </message>
    <message>
        <location filename="../../composer/dialogs.py" line="42"/>
        <source>Keep mine as a new post</source>
        <translation>Garder la mienne comme nouvelle publication</translation>
    </message>
    <message>
        <location filename="../../composer/dialogs.py" line="46"/>
        <source>Load the other version</source>
        <translation>Charger l’autre version</translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <location filename="../../composer/page.py" line="112"/>
        <source>Composer</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="116"/>
        <source>Save state</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="121"/>
        <source>Start from a template</source>
        <translation>Partir d’un modèle</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="129"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="131"/>
        <location filename="../../composer/page.py" line="247"/>
        <location filename="../../composer/page.py" line="732"/>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="132"/>
        <location filename="../../composer/page.py" line="134"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="135"/>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="137"/>
        <location filename="../../composer/page.py" line="283"/>
        <location filename="../../composer/page.py" line="972"/>
        <source>Earlier versions</source>
        <translation>Versions précédentes</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="138"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="140"/>
        <source>Show the preview</source>
        <translation>Afficher l’aperçu</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="143"/>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="145"/>
        <location filename="../../composer/page.py" line="289"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="180"/>
        <source>Coach, networks, plan and images</source>
        <translation>Conseils, réseaux, planning et images</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="181"/>
        <location filename="../../composer/page.py" line="836"/>
        <source>Findings</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="182"/>
        <source>Coaching</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="183"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="184"/>
        <source>Plan</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="185"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="253"/>
        <source>Save now</source>
        <translation>Enregistrer maintenant</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="259"/>
        <source>Next finding</source>
        <translation>Remarque suivante</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="265"/>
        <source>Previous finding</source>
        <translation>Remarque précédente</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="271"/>
        <source>Apply the suggestion</source>
        <translation>Appliquer la suggestion</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="277"/>
        <source>Show or hide the preview</source>
        <translation>Afficher ou masquer l’aperçu</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="293"/>
        <source>Undo / redo (also across saves)</source>
        <translation>Annuler / rétablir (même après un enregistrement)</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="309"/>
        <location filename="../../composer/page.py" line="345"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="342"/>
        <source>Start from a template…</source>
        <translation>Partir d’un modèle…</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="355"/>
        <source>Open post</source>
        <translation>Ouvrir la publication</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="505"/>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="508"/>
        <source>Your changes to this post could not be saved, so it stays open: %1

Copy the text somewhere safe, or try Save again in a moment.</source>
        <translation>Vos modifications n’ont pas pu être enregistrées, la publication reste donc ouverte&#xa0;: %1

Copiez le texte en lieu sûr, ou réessayez «&#xa0;Enregistrer&#xa0;» dans un instant.</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="708"/>
        <source>Saved as a new post; the other version is kept.</source>
        <translation>Enregistrée comme nouvelle publication&#xa0;; l’autre version est conservée.</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="715"/>
        <source>Loaded the version saved elsewhere.</source>
        <translation>Version enregistrée ailleurs chargée.</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="720"/>
        <source>Not saved: %1</source>
        <translation>Non enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="730"/>
        <source>Editing…</source>
        <translation>Modifications en cours…</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="736"/>
        <source>Saved at %1</source>
        <translation>Enregistrée à %1</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="796"/>
        <source>This text is very long: the coach reads the first %1 characters. No network takes more than 63,206.</source>
        <translation>Ce texte est très long&#xa0;: le coach en lit les %1 premiers caractères. Aucun réseau n’accepte plus de 63&#xa0;206 caractères.</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="811"/>
        <source>The coach stopped on this text: %1</source>
        <translation>Le coach s’est arrêté sur ce texte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="836"/>
        <source>Findings (%1)</source>
        <translation>Remarques (%1)</translation>
    </message>
    <message>
        <location filename="../../composer/page.py" line="962"/>
        <source>Copied the text for %1.</source>
        <translation>Texte copié pour %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseGoneDialog</name>
    <message>
        <location filename="../../shell/database_gone.py" line="27"/>
        <source>The database file is missing</source>
        <translation>Le fichier de base de données a disparu</translation>
    </message>
    <message>
        <location filename="../../shell/database_gone.py" line="32"/>
        <source>Nothing you typed is lost: it stays in the editor. If you moved the file, put it back and save again. Or restore the newest backup (%1) in its place, and what you typed is saved into it.</source>
        <translation>Rien de ce que vous avez tapé n’est perdu&#xa0;: le texte reste dans l’éditeur. Si vous avez déplacé le fichier, remettez-le à sa place, puis enregistrez de nouveau. Ou restaurez à sa place la sauvegarde la plus récente (%1)&#xa0;: ce que vous avez tapé y sera enregistré.</translation>
    </message>
    <message>
        <location filename="../../shell/database_gone.py" line="40"/>
        <source>Nothing you typed is lost: it stays in the editor. If you moved the file, put it back and save again, or choose another database file and what you typed is saved into it.</source>
        <translation>Rien de ce que vous avez tapé n’est perdu&#xa0;: le texte reste dans l’éditeur. Si vous avez déplacé le fichier, remettez-le à sa place, puis enregistrez de nouveau. Ou choisissez un autre fichier de base de données&#xa0;: ce que vous avez tapé y sera enregistré.</translation>
    </message>
    <message>
        <location filename="../../shell/database_gone.py" line="46"/>
        <source>Restore the newest backup here</source>
        <translation>Restaurer ici la sauvegarde la plus récente</translation>
    </message>
    <message>
        <location filename="../../shell/database_gone.py" line="48"/>
        <source>Use another database file…</source>
        <translation>Utiliser un autre fichier de base de données…</translation>
    </message>
    <message>
        <location filename="../../shell/database_gone.py" line="49"/>
        <source>Not now</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>DayGridView</name>
    <message>
        <location filename="../../calendar/day_grid.py" line="418"/>
        <source>+%1 more</source>
        <translation>+%1 de plus</translation>
    </message>
    <message>
        <location filename="../../calendar/day_grid.py" line="525"/>
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
    <message>
        <location filename="../../calendar/day_grid.py" line="527"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../calendar/day_grid.py" line="536"/>
        <source>Planned for %1 (%2)</source>
        <translation>Prévue le %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../calendar/day_grid.py" line="542"/>
        <source>Its time zone %1 no longer exists on this computer: shown in UTC.</source>
        <translation>Son fuseau horaire %1 n’existe plus sur cet ordinateur&#xa0;: affichée en UTC.</translation>
    </message>
    <message>
        <location filename="../../calendar/day_grid.py" line="549"/>
        <source>Its time has passed and it is not marked published.</source>
        <translation>Son heure est passée et elle n’est pas marquée publiée.</translation>
    </message>
    <message>
        <location filename="../../calendar/day_grid.py" line="562"/>
        <source>%1: 1 post</source>
        <translation>%1&#xa0;: 1 publication</translation>
    </message>
    <message>
        <location filename="../../calendar/day_grid.py" line="564"/>
        <source>%1: %2 posts</source>
        <translation>%1&#xa0;: %2 publications</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../shell/drafts_page.py" line="52"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="53"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="54"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="57"/>
        <source>Ideas &amp; drafts</source>
        <translation>Idées et brouillons</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="61"/>
        <source>Search posts</source>
        <translation>Rechercher dans les publications</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="62"/>
        <source>Search your posts…</source>
        <translation>Rechercher dans vos publications…</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="66"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="67"/>
        <source>All ideas and drafts</source>
        <translation>Toutes les idées et brouillons</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="71"/>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="73"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="75"/>
        <location filename="../../shell/drafts_page.py" line="202"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="77"/>
        <location filename="../../shell/drafts_page.py" line="218"/>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="83"/>
        <source>Ideas and drafts</source>
        <translation>Idées et brouillons</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="85"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="85"/>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="85"/>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="154"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="164"/>
        <source>Nothing matches your search.</source>
        <translation>Rien ne correspond à votre recherche.</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="167"/>
        <source>No ideas yet. Jot one down with “New idea”: a client&apos;s question, something funny at work, a case you&apos;re proud of.</source>
        <translation>Pas encore d’idées. Notez-en une avec «&#xa0;Nouvelle idée&#xa0;»&#xa0;: la question d’un client, un moment drôle au travail, un cas qui vous tient à cœur.</translation>
    </message>
    <message>
        <location filename="../../shell/drafts_page.py" line="207"/>
        <source>%1 post(s) can be brought back</source>
        <translation>Publications récupérables&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="52"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="60"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="61"/>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="62"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="63"/>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="73"/>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="74"/>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="75"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="76"/>
        <source>Shares</source>
        <translation>Partages</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="77"/>
        <source>New followers</source>
        <translation>Nouveaux abonnés</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="78"/>
        <source>Inquiries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="82"/>
        <source>Results per post and network</source>
        <translation>Résultats par publication et par réseau</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="84"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="84"/>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="84"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="84"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="99"/>
        <source>Type the numbers each network shows you a few days after publishing.</source>
        <translation>Saisissez les chiffres que chaque réseau vous affiche quelques jours après la publication.</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="104"/>
        <source>Results by kind</source>
        <translation>Résultats par type</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="105"/>
        <source>Results by network</source>
        <translation>Résultats par réseau</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="106"/>
        <source>Results over time</source>
        <translation>Résultats dans le temps</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="125"/>
        <source>Import results…</source>
        <translation>Importer des résultats…</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="127"/>
        <source>Import results from a CSV file</source>
        <translation>Importer des résultats depuis un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="130"/>
        <source>Export the plan as CSV from the calendar, type each network&apos;s numbers in it, then import it here.</source>
        <translation>Exportez le planning en CSV depuis le calendrier, saisissez-y les chiffres de chaque réseau, puis importez-le ici.</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="197"/>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="224"/>
        <source>“%1” is not a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="242"/>
        <source>Import results</source>
        <translation>Importer des résultats</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="242"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="256"/>
        <source>Reactions, comments and shares per post</source>
        <translation>Interactions par publication</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="257"/>
        <source>Inquiries per post</source>
        <translation>Demandes par publication</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="261"/>
        <source>By kind</source>
        <translation>Par type</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="272"/>
        <source>By network</source>
        <translation>Par réseau</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="283"/>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="299"/>
        <source>Record the results of your published posts below to learn which kind of post works for you.</source>
        <translation>Notez ci-dessous les résultats de vos publications pour savoir quel type de publication vous réussit.</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="303"/>
        <source>No published posts yet. Once posts go out, record their results here to learn which kind of post works for you.</source>
        <translation>Aucune publication parue pour l’instant. Une fois vos publications en ligne, notez leurs résultats ici pour savoir quel type vous réussit.</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="309"/>
        <source>Measure at least two posts of a kind to compare kinds (measured so far: %1).</source>
        <translation>Mesurez au moins deux publications d’un même type pour comparer les types (mesurées jusqu’ici&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="316"/>
        <source>%1 posts get you %2 reactions, comments and shares each. Measure other kinds to compare.</source>
        <translation>Vos publications «&#xa0;%1&#xa0;» obtiennent chacune %2 réactions, commentaires et partages. Mesurez d’autres types pour comparer.</translation>
    </message>
    <message>
        <location filename="../../calendar/evaluation_view.py" line="324"/>
        <source>%1 posts work best for you: %2 reactions, comments and shares each, %3× the other kinds (%4 measured).</source>
        <translation>Vos publications «&#xa0;%1&#xa0;» marchent le mieux&#xa0;: %2 réactions, commentaires et partages chacune, %3 fois plus que les autres types (%4 mesurées).</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <location filename="../../calendar/filters_bar.py" line="81"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../../calendar/filters_bar.py" line="82"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../calendar/filters_bar.py" line="83"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../calendar/filters_bar.py" line="84"/>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../composer/findings_panel.py" line="57"/>
        <source>Findings</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="72"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="74"/>
        <source>Apply the suggestion</source>
        <translation>Appliquer la suggestion</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="75"/>
        <source>Ignore here</source>
        <translation>Ignorer ici</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="77"/>
        <source>Ignore this finding in this post</source>
        <translation>Ignorer cette remarque dans cette publication</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="78"/>
        <source>Allow this word</source>
        <translation>Autoriser ce mot</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="80"/>
        <source>Allow this word for my audience</source>
        <translation>Autoriser ce mot pour mon public</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="87"/>
        <source>Grammar checking</source>
        <translation>Vérification grammaticale</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="133"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="161"/>
        <source>Start writing, or pick a template: the coach reads along as you type.</source>
        <translation>Commencez à écrire, ou choisissez un modèle&#xa0;: le coach lit au fil de votre frappe.</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="169"/>
        <source>Things to look at: %1. Click one to see it in the text.</source>
        <translation>Points à revoir&#xa0;: %1. Cliquez sur l’un d’eux pour le voir dans le texte.</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="261"/>
        <source>Apply writes: %1</source>
        <translation>«&#xa0;Appliquer&#xa0;» écrira&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="263"/>
        <source>Nothing to apply here: put it in your own words.</source>
        <translation>Rien à appliquer ici&#xa0;: dites-le avec vos mots.</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="165"/>
        <source>Nothing to point out. Keep writing the way you talk to clients.</source>
        <translation>Rien à signaler. Continuez à écrire comme vous parlez à vos clients.</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="175"/>
        <source>Grammar checking: on.</source>
        <translation>Vérification grammaticale&#xa0;: activée.</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="177"/>
        <source>Grammar checking: unavailable — %1</source>
        <translation>Vérification grammaticale&#xa0;: indisponible — %1</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="179"/>
        <source>Grammar checking: checking…</source>
        <translation>Vérification grammaticale&#xa0;: en cours…</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="182"/>
        <source>Grammar checking: off. %1</source>
        <translation>Vérification grammaticale&#xa0;: désactivée. %1</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="183"/>
        <source>Turn it on in Settings.</source>
        <translation>Activez-la dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="244"/>
        <source>Select a finding to see why it matters and what to try instead.</source>
        <translation>Sélectionnez une remarque pour voir pourquoi elle compte et quoi essayer à la place.</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="253"/>
        <source>Principle %1: %2</source>
        <translation>Principe %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../composer/findings_panel.py" line="259"/>
        <source>Try: %1</source>
        <translation>Essayez&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../shell/first_run.py" line="44"/>
        <source>Welcome to Firsthand</source>
        <translation>Bienvenue dans Firsthand</translation>
    </message>
    <message>
        <location filename="../../shell/first_run.py" line="50"/>
        <source>Firsthand helps you write posts that sound like you: stories, experience, news in your own words. Tell it a little about yourself; you can change all of this later in Settings.</source>
        <translation>Firsthand vous aide à écrire des publications qui vous ressemblent&#xa0;: des récits, votre expérience, vos nouvelles avec vos mots. Parlez-lui un peu de vous&#xa0;; vous pourrez tout modifier plus tard dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../../shell/first_run.py" line="60"/>
        <location filename="../../shell/first_run.py" line="95"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../shell/first_run.py" line="61"/>
        <source>e.g. Dr Ana Lopes</source>
        <translation>p.&#xa0;ex. Dr Ana Lopes</translation>
    </message>
    <message>
        <location filename="../../shell/first_run.py" line="64"/>
        <location filename="../../shell/first_run.py" line="96"/>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../shell/first_run.py" line="65"/>
        <source>e.g. dentist, realtor, physiotherapist</source>
        <translation>p.&#xa0;ex. dentiste, agent immobilier, kinésithérapeute</translation>
    </message>
    <message>
        <location filename="../../shell/first_run.py" line="68"/>
        <location filename="../../shell/first_run.py" line="97"/>
        <source>Topics of expertise</source>
        <translation>Domaines d’expertise</translation>
    </message>
    <message>
        <location filename="../../shell/first_run.py" line="69"/>
        <source>comma-separated, e.g. teeth, braces, kids</source>
        <translation>séparés par des virgules, p.&#xa0;ex. dents, appareils, enfants</translation>
    </message>
    <message>
        <location filename="../../shell/first_run.py" line="74"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../shell/first_run.py" line="76"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../shell/first_run.py" line="89"/>
        <location filename="../../shell/first_run.py" line="100"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../shell/first_run.py" line="98"/>
        <source>Languages you post in</source>
        <translation>Langues de vos publications</translation>
    </message>
    <message>
        <location filename="../../shell/first_run.py" line="99"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../../shell/first_run.py" line="106"/>
        <source>Create my profile</source>
        <translation>Créer mon profil</translation>
    </message>
    <message>
        <location filename="../../shell/first_run.py" line="128"/>
        <source>Please enter your name.</source>
        <translation>Veuillez saisir votre nom.</translation>
    </message>
    <message>
        <location filename="../../shell/first_run.py" line="136"/>
        <source>“%1” is not a known time zone.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../composer/history_dialog.py" line="65"/>
        <location filename="../../composer/history_dialog.py" line="71"/>
        <source>Earlier versions</source>
        <translation>Versions précédentes</translation>
    </message>
    <message>
        <location filename="../../composer/history_dialog.py" line="75"/>
        <source>%1 · version %2</source>
        <translation>%1 · version %2</translation>
    </message>
    <message>
        <location filename="../../composer/history_dialog.py" line="82"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location filename="../../composer/history_dialog.py" line="84"/>
        <source>Struck in red: in that version, gone now. Green: written since.</source>
        <translation>Barré en rouge&#xa0;: présent dans cette version, supprimé depuis. En vert&#xa0;: ajouté depuis.</translation>
    </message>
    <message>
        <location filename="../../composer/history_dialog.py" line="89"/>
        <location filename="../../composer/history_dialog.py" line="92"/>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <location filename="../../composer/history_dialog.py" line="111"/>
        <source>No earlier versions yet. Firsthand keeps one at most every minute while you write.</source>
        <translation>Pas encore de version précédente. Firsthand en garde une au plus par minute pendant que vous écrivez.</translation>
    </message>
</context>
<context>
    <name>IdeasList</name>
    <message>
        <location filename="../../calendar/ideas_list.py" line="32"/>
        <source>Ideas not yet planned</source>
        <translation>Idées pas encore planifiées</translation>
    </message>
    <message>
        <location filename="../../calendar/ideas_list.py" line="54"/>
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
    <message>
        <location filename="../../calendar/ideas_list.py" line="60"/>
        <source>%1 · %2 — drag onto a day to plan it</source>
        <translation>%1 · %2 — glissez sur un jour pour la planifier</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../calendar/import_dialog.py" line="60"/>
        <source>Import a plan</source>
        <translation>Importer un planning</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="83"/>
        <source>Preview of the rows to import</source>
        <translation>Aperçu des lignes à importer</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="91"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="117"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="118"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="119"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="120"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="121"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="122"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="123"/>
        <source>Kind (optional: detected when absent)</source>
        <translation>Type (facultatif&#xa0;: détecté s’il manque)</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="126"/>
        <source>Labels (optional)</source>
        <translation>Étiquettes (facultatif)</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="142"/>
        <source>%1 posts ready to import.</source>
        <translation>%1 publications prêtes à importer.</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="146"/>
        <source>%1 have no date and will go to the ideas.</source>
        <translation>%1 sans date iront dans les idées.</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="150"/>
        <source>%1 are dated in the past and will be flagged.</source>
        <translation>%1 datées dans le passé seront signalées.</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="174"/>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="176"/>
        <source>Row %1, column “%2”: %3</source>
        <translation>Ligne %1, colonne «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="188"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="202"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="208"/>
        <source>%1 — read as %2, columns separated by “%3”, %4 rows.</source>
        <translation>%1 — lu en %2, colonnes séparées par «&#xa0;%3&#xa0;», %4 lignes.</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="220"/>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="224"/>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="252"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="253"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="279"/>
        <source>Choose a column for: %1. Nothing is imported until every row is readable.</source>
        <translation>Choisissez une colonne pour&#xa0;: %1. Rien n’est importé tant que chaque ligne n’est pas lisible.</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="289"/>
        <source>%1 rows have problems (marked in red). The first: %2. Fix the file or the mapping; nothing is imported until every row is readable.</source>
        <translation>%1 lignes posent problème (en rouge). La première&#xa0;: %2. Corrigez le fichier ou la correspondance des colonnes&#xa0;; rien n’est importé tant que chaque ligne n’est pas lisible.</translation>
    </message>
    <message>
        <location filename="../../calendar/import_dialog.py" line="321"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shell/main_window.py" line="94"/>
        <source>Firsthand</source>
        <translation>Firsthand</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="100"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="111"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="112"/>
        <source>Ideas &amp; drafts</source>
        <translation>Idées et brouillons</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="113"/>
        <source>Composer</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="114"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="115"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="126"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="169"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="170"/>
        <source>&amp;New post</source>
        <translation>&amp;Nouvelle publication</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="176"/>
        <source>&amp;Switch profile…</source>
        <translation>&amp;Changer de profil…</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="181"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="186"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="191"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="196"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="204"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="205"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="209"/>
        <source>&amp;About Firsthand</source>
        <translation>À &amp;propos de Firsthand</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="244"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="249"/>
        <source>About Firsthand</source>
        <translation>À propos de Firsthand</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="252"/>
        <source>Firsthand %1

Plan and write posts that sound like you: stories, experience, news in your own words. Everything stays on this computer.</source>
        <translation>Firsthand %1

Planifiez et écrivez des publications qui vous ressemblent&#xa0;: des récits, votre expérience, vos nouvelles avec vos mots. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="272"/>
        <location filename="../../shell/main_window.py" line="284"/>
        <source>Switch profile</source>
        <translation>Changer de profil</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="285"/>
        <source>The open post could not be saved, so the profile was not switched.</source>
        <translation>La publication ouverte n’a pas pu être enregistrée&#xa0;: le profil n’a pas été changé.</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="299"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="303"/>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="307"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="316"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="317"/>
        <source>There are no backups yet in %1.</source>
        <translation>Il n’y a pas encore de sauvegarde dans %1.</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="364"/>
        <source>What you had typed is saved in %1.</source>
        <translation>Ce que vous aviez tapé est enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="372"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="374"/>
        <source>The post you are writing could not be saved. If you close Firsthand now, what you typed since the last save is lost.</source>
        <translation>La publication en cours n’a pas pu être enregistrée. Si vous fermez Firsthand maintenant, ce que vous avez tapé depuis le dernier enregistrement sera perdu.</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="380"/>
        <source>Keep Firsthand open</source>
        <translation>Laisser Firsthand ouvert</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="383"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../composer/media_panel.py" line="68"/>
        <source>Attached images</source>
        <translation>Images jointes</translation>
    </message>
    <message>
        <location filename="../../composer/media_panel.py" line="76"/>
        <source>Attach images…</source>
        <translation>Joindre des images…</translation>
    </message>
    <message>
        <location filename="../../composer/media_panel.py" line="78"/>
        <location filename="../../composer/media_panel.py" line="125"/>
        <source>Attach images</source>
        <translation>Joindre des images</translation>
    </message>
    <message>
        <location filename="../../composer/media_panel.py" line="80"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../composer/media_panel.py" line="82"/>
        <source>Remove the selected image</source>
        <translation>Retirer l’image sélectionnée</translation>
    </message>
    <message>
        <location filename="../../composer/media_panel.py" line="127"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../composer/media_panel.py" line="150"/>
        <location filename="../../composer/media_panel.py" line="165"/>
        <source>Copying…</source>
        <translation>Copie en cours…</translation>
    </message>
    <message>
        <location filename="../../composer/media_panel.py" line="187"/>
        <source>“%1” is not an image I can attach (PNG, JPEG, GIF, WebP or BMP).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une image que je peux joindre (PNG, JPEG, GIF, WebP ou BMP).</translation>
    </message>
    <message>
        <location filename="../../composer/media_panel.py" line="193"/>
        <source>“%1” is %2 MB, more than the %3 MB networks accept. Export a smaller copy.</source>
        <translation>«&#xa0;%1&#xa0;» pèse %2&#xa0;Mo, plus que les %3&#xa0;Mo acceptés par les réseaux. Exportez une copie plus légère.</translation>
    </message>
    <message>
        <location filename="../../composer/media_panel.py" line="201"/>
        <source>“%1” is %2 pixels: export a smaller copy (2,000 pixels wide is plenty).</source>
        <translation>«&#xa0;%1&#xa0;» fait %2 pixels&#xa0;: exportez une copie plus petite (2&#xa0;000 pixels de large suffisent).</translation>
    </message>
    <message>
        <location filename="../../composer/media_panel.py" line="205"/>
        <source>“%1” could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../composer/media_panel.py" line="221"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <location filename="../../composer/media_panel.py" line="228"/>
        <source>No images yet. One good photo of your work says more than a paragraph.</source>
        <translation>Pas encore d’image. Une bonne photo de votre travail en dit plus qu’un paragraphe.</translation>
    </message>
    <message>
        <location filename="../../composer/media_panel.py" line="249"/>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <location filename="../../composer/media_panel.py" line="253"/>
        <source>%1: “%2” is only %3 px wide and will look blurry (best: %4).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ne fait que %3&#xa0;px de large et paraîtra flou (idéal&#xa0;: %4).</translation>
    </message>
    <message>
        <location filename="../../composer/media_panel.py" line="263"/>
        <source>%1 will crop “%2” (%3×%4); it shows %5 best.</source>
        <translation>%1 va recadrer «&#xa0;%2&#xa0;» (%3×%4)&#xa0;; le format idéal y est %5.</translation>
    </message>
    <message>
        <location filename="../../composer/media_panel.py" line="273"/>
        <source>The images suit the chosen networks.</source>
        <translation>Les images conviennent aux réseaux choisis.</translation>
    </message>
</context>
<context>
    <name>MixPanel</name>
    <message>
        <location filename="../../calendar/mix_panel.py" line="42"/>
        <source>Content mix</source>
        <translation>Équilibre des contenus</translation>
    </message>
    <message>
        <location filename="../../calendar/mix_panel.py" line="47"/>
        <source>Share of each kind</source>
        <translation>Part de chaque type</translation>
    </message>
    <message>
        <location filename="../../calendar/mix_panel.py" line="48"/>
        <location filename="../../calendar/mix_panel.py" line="116"/>
        <source>Posts per day and network</source>
        <translation>Publications par jour et par réseau</translation>
    </message>
    <message>
        <location filename="../../calendar/mix_panel.py" line="51"/>
        <source>What to look at in this plan</source>
        <translation>Les points à revoir dans ce planning</translation>
    </message>
    <message>
        <location filename="../../calendar/mix_panel.py" line="54"/>
        <source>What to look at</source>
        <translation>Points à revoir</translation>
    </message>
    <message>
        <location filename="../../calendar/mix_panel.py" line="78"/>
        <source>Nothing is planned in this period yet. Drag ideas onto days to plan them.</source>
        <translation>Rien n’est encore prévu sur cette période. Glissez des idées sur des jours pour les planifier.</translation>
    </message>
    <message>
        <location filename="../../calendar/mix_panel.py" line="83"/>
        <source>1 post planned. Promotion: %1% (your limit: %2%).</source>
        <translation>1 publication prévue. Promotion&#xa0;: %1&#xa0;% (votre limite&#xa0;: %2&#xa0;%).</translation>
    </message>
    <message>
        <location filename="../../calendar/mix_panel.py" line="85"/>
        <source>%3 posts planned. Promotion: %1% (your limit: %2%).</source>
        <translation>%3 publications prévues. Promotion&#xa0;: %1&#xa0;% (votre limite&#xa0;: %2&#xa0;%).</translation>
    </message>
    <message>
        <location filename="../../calendar/mix_panel.py" line="93"/>
        <source>Kinds of post</source>
        <translation>Types de publication</translation>
    </message>
    <message>
        <location filename="../../calendar/mix_panel.py" line="131"/>
        <source>%1% of these posts are promotion, above your %2% limit. People follow a person for stories and experience; swap a promotion for a story.</source>
        <translation>%1&#xa0;% de ces publications sont de la promotion, au-delà de votre limite de %2&#xa0;%. On suit une personne pour ses récits et son expérience&#xa0;; remplacez une promotion par un récit.</translation>
    </message>
    <message>
        <location filename="../../calendar/mix_panel.py" line="139"/>
        <source>%1: %2 posts on %3 the same day. Spread them out.</source>
        <translation>%1&#xa0;: %2 publications sur %3 le même jour. Étalez-les.</translation>
    </message>
    <message>
        <location filename="../../calendar/mix_panel.py" line="147"/>
        <source>Nothing planned for %1 days, %2 to %3.</source>
        <translation>Rien de prévu pendant %1 jours, du %2 au %3.</translation>
    </message>
    <message>
        <location filename="../../calendar/mix_panel.py" line="155"/>
        <source>Nearly the same text twice (%1% alike): &quot;%2&quot;</source>
        <translation>Presque le même texte deux fois (identique à %1&#xa0;%)&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../calendar/mix_panel.py" line="163"/>
        <source>A balanced plan: varied kinds, little promotion, no crowded days or long gaps.</source>
        <translation>Un planning équilibré&#xa0;: des types variés, peu de promotion, ni jours surchargés ni longs trous.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../calendar/month_view.py" line="14"/>
        <source>Month calendar</source>
        <translation>Calendrier du mois</translation>
    </message>
</context>
<context>
    <name>NetworksPanel</name>
    <message>
        <location filename="../../composer/networks_panel.py" line="49"/>
        <source>Post on %1</source>
        <translation>Publier sur %1</translation>
    </message>
    <message>
        <location filename="../../composer/networks_panel.py" line="53"/>
        <source>Length on %1</source>
        <translation>Longueur sur %1</translation>
    </message>
    <message>
        <location filename="../../composer/networks_panel.py" line="58"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../composer/networks_panel.py" line="60"/>
        <location filename="../../composer/networks_panel.py" line="61"/>
        <source>Copy for %1</source>
        <translation>Copier pour %1</translation>
    </message>
    <message>
        <location filename="../../composer/networks_panel.py" line="73"/>
        <source>Network of the variant</source>
        <translation>Réseau de la variante</translation>
    </message>
    <message>
        <location filename="../../composer/networks_panel.py" line="77"/>
        <source>Text for this network only</source>
        <translation>Texte pour ce réseau uniquement</translation>
    </message>
    <message>
        <location filename="../../composer/networks_panel.py" line="79"/>
        <source>Empty: this network gets the main text. Write here to adapt it.</source>
        <translation>Vide&#xa0;: ce réseau reçoit le texte principal. Écrivez ici pour l’adapter.</translation>
    </message>
    <message>
        <location filename="../../composer/networks_panel.py" line="92"/>
        <source>Variant for</source>
        <translation>Variante pour</translation>
    </message>
    <message>
        <location filename="../../composer/networks_panel.py" line="97"/>
        <source>Where will this post go? Counters turn red past a limit.</source>
        <translation>Où va paraître cette publication&#xa0;? Les compteurs passent au rouge au-delà d’une limite.</translation>
    </message>
    <message>
        <location filename="../../composer/networks_panel.py" line="164"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../composer/networks_panel.py" line="166"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../composer/networks_panel.py" line="172"/>
        <source>%1 characters over the limit</source>
        <translation>%1 caractères de trop</translation>
    </message>
</context>
<context>
    <name>OpenFailureDialog</name>
    <message>
        <location filename="../../shell/open_failure.py" line="29"/>
        <source>Firsthand can&apos;t open its database</source>
        <translation>Firsthand ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <location filename="../../shell/open_failure.py" line="34"/>
        <source>The file %1 is not a Firsthand database, or it is damaged. It has not been changed.</source>
        <translation>Le fichier %1 n’est pas une base Firsthand, ou il est endommagé. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../shell/open_failure.py" line="42"/>
        <source>The file %1 was made by a newer version of Firsthand. Update Firsthand to open it. It has not been changed.</source>
        <translation>Le fichier %1 a été créé par une version plus récente de Firsthand. Mettez Firsthand à jour pour l’ouvrir. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../shell/open_failure.py" line="50"/>
        <source>The file %1 is in use by another program (or another Firsthand). Close it there, then try again. Nothing was written.</source>
        <translation>Le fichier %1 est utilisé par un autre programme (ou un autre Firsthand). Fermez-le là-bas, puis réessayez. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../shell/open_failure.py" line="63"/>
        <source>The newest backup is from %1. Restoring it keeps the damaged file beside it, renamed.</source>
        <translation>La sauvegarde la plus récente date du %1. La restaurer conserve le fichier endommagé à côté, renommé.</translation>
    </message>
    <message>
        <location filename="../../shell/open_failure.py" line="73"/>
        <source>The newest backup is from %1. If you moved the file, open it where it is now.</source>
        <translation>La sauvegarde la plus récente date du %1. Si vous avez déplacé le fichier, ouvrez-le à son nouvel emplacement.</translation>
    </message>
    <message>
        <location filename="../../shell/open_failure.py" line="80"/>
        <source>Start a new, empty database</source>
        <translation>Créer une nouvelle base vide</translation>
    </message>
    <message>
        <location filename="../../shell/open_failure.py" line="85"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../shell/open_failure.py" line="86"/>
        <source>Restore the newest backup</source>
        <translation>Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <location filename="../../shell/open_failure.py" line="82"/>
        <source>Start a new database (keep this file aside)</source>
        <translation>Créer une nouvelle base (en gardant ce fichier de côté)</translation>
    </message>
    <message>
        <location filename="../../shell/open_failure.py" line="88"/>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <location filename="../../shell/open_failure.py" line="89"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <location filename="../../services/plan_io.py" line="122"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../services/plan_io.py" line="123"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../services/plan_io.py" line="124"/>
        <source>%1 is not a date (use YYYY-MM-DD)</source>
        <translation>%1 n’est pas une date (écrivez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../services/plan_io.py" line="125"/>
        <source>%1 is not a time of day (use HH:MM)</source>
        <translation>%1 n’est pas une heure (écrivez HH:MM)</translation>
    </message>
    <message>
        <location filename="../../services/plan_io.py" line="126"/>
        <source>%1 is not a whole number</source>
        <translation>%1 n’est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../services/plan_io.py" line="127"/>
        <source>%1 is not a date and time (use ISO 8601)</source>
        <translation>%1 n’est pas une date avec l’heure (format ISO 8601)</translation>
    </message>
    <message>
        <location filename="../../services/plan_io.py" line="128"/>
        <source>missing column</source>
        <translation>colonne manquante</translation>
    </message>
    <message>
        <location filename="../../services/plan_io.py" line="129"/>
        <source>mapped to a column the file does not have</source>
        <translation>associé à une colonne que le fichier n’a pas</translation>
    </message>
    <message>
        <location filename="../../services/plan_io.py" line="130"/>
        <source>%1 cells but the header has %2 columns</source>
        <translation>%1 cellules, mais l’en-tête n’a que %2 colonnes</translation>
    </message>
    <message>
        <location filename="../../services/plan_io.py" line="131"/>
        <source>unknown network %1</source>
        <translation>réseau inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../services/plan_io.py" line="132"/>
        <source>the post text is empty</source>
        <translation>le texte de la publication est vide</translation>
    </message>
    <message>
        <location filename="../../services/plan_io.py" line="133"/>
        <source>unknown time zone %1</source>
        <translation>fuseau horaire inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../services/plan_io.py" line="134"/>
        <source>unknown status %1 (use %2)</source>
        <translation>statut inconnu&#xa0;: %1 (utilisez %2)</translation>
    </message>
    <message>
        <location filename="../../services/plan_io.py" line="135"/>
        <source>unknown kind %1 (use %2)</source>
        <translation>type inconnu&#xa0;: %1 (utilisez %2)</translation>
    </message>
    <message>
        <location filename="../../services/plan_io.py" line="136"/>
        <source>no result column (reach, reactions, …)</source>
        <translation>aucune colonne de résultats (portée, réactions…)</translation>
    </message>
    <message>
        <location filename="../../services/plan_io.py" line="137"/>
        <source>%1 is not a post number</source>
        <translation>%1 n’est pas un numéro de publication</translation>
    </message>
    <message>
        <location filename="../../services/plan_io.py" line="138"/>
        <source>no post %1 in this database</source>
        <translation>aucune publication %1 dans cette base de données</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../../composer/editor.py" line="62"/>
        <source>Post text</source>
        <translation>Texte de la publication</translation>
    </message>
    <message>
        <location filename="../../composer/editor.py" line="65"/>
        <source>Write as you would talk to a client: what happened, what you learned, what you think. Or start from a template.</source>
        <translation>Écrivez comme vous parleriez à un client&#xa0;: ce qui s’est passé, ce que vous avez appris, ce que vous en pensez. Ou partez d’un modèle.</translation>
    </message>
    <message>
        <location filename="../../composer/editor.py" line="293"/>
        <source>Ignore here</source>
        <translation>Ignorer ici</translation>
    </message>
    <message>
        <location filename="../../composer/editor.py" line="298"/>
        <source>Allow “%1”</source>
        <translation>Autoriser «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../composer/editor.py" line="364"/>
        <source>Principle %1: %2</source>
        <translation>Principe %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../composer/editor.py" line="374"/>
        <source>Try: %1</source>
        <translation>Essayez&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../composer/preview.py" line="48"/>
        <location filename="../../composer/preview.py" line="95"/>
        <source>Preview on</source>
        <translation>Aperçu sur</translation>
    </message>
    <message>
        <location filename="../../composer/preview.py" line="140"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../composer/preview.py" line="144"/>
        <source>Choose a network in the Networks tab to see a preview.</source>
        <translation>Choisissez un réseau dans l’onglet Réseaux pour voir un aperçu.</translation>
    </message>
    <message>
        <location filename="../../composer/preview.py" line="149"/>
        <source>%1 · just now</source>
        <translation>%1 · à l’instant</translation>
    </message>
    <message>
        <location filename="../../composer/preview.py" line="155"/>
        <source>Your post will appear here as it would in the feed.</source>
        <translation>Votre publication apparaîtra ici telle qu’elle s’affichera dans le fil.</translation>
    </message>
    <message>
        <location filename="../../composer/preview.py" line="185"/>
        <source>✂ %1 stops here: %2 characters are cut.</source>
        <translation>✂ %1 s’arrête ici&#xa0;: %2 caractères sont coupés.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../shell/profiles_dialog.py" line="32"/>
        <source>Who is writing?</source>
        <translation>Qui écrit&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../shell/profiles_dialog.py" line="36"/>
        <source>Each person keeps their own posts, topics and allowed words. Pick yours, or add a profile for a colleague.</source>
        <translation>Chacun garde ses publications, ses sujets et ses mots autorisés. Choisissez votre profil, ou ajoutez-en un pour un collègue.</translation>
    </message>
    <message>
        <location filename="../../shell/profiles_dialog.py" line="44"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../../shell/profiles_dialog.py" line="46"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../shell/profiles_dialog.py" line="52"/>
        <source>New profile…</source>
        <translation>Nouveau profil…</translation>
    </message>
    <message>
        <location filename="../../shell/profiles_dialog.py" line="57"/>
        <source>Use this profile</source>
        <translation>Utiliser ce profil</translation>
    </message>
    <message>
        <location filename="../../shell/profiles_dialog.py" line="70"/>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../calendar/reminders.py" line="127"/>
        <location filename="../../calendar/reminders.py" line="135"/>
        <source>Posts to publish</source>
        <translation>Publications à mettre en ligne</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="136"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="140"/>
        <source>Copy for…</source>
        <translation>Copier pour…</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="141"/>
        <source>Copy the text for a network</source>
        <translation>Copier le texte pour un réseau</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="147"/>
        <source>Network it was published on</source>
        <translation>Réseau où elle a été publiée</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="150"/>
        <source>Address of the published post</source>
        <translation>Adresse de la publication en ligne</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="151"/>
        <source>Address of the published post (optional)</source>
        <translation>Adresse de la publication en ligne (facultatif)</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="152"/>
        <source>Mark published</source>
        <translation>Marquer publiée</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="183"/>
        <source>These posts are past their time and not marked published yet.</source>
        <translation>Ces publications ont dépassé leur heure et ne sont pas encore marquées publiées.</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="185"/>
        <source>These posts are due now.</source>
        <translation>Ces publications sont à mettre en ligne maintenant.</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="214"/>
        <source>Copy for %1</source>
        <translation>Copier pour %1</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="214"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="239"/>
        <source>Copied for %1.</source>
        <translation>Copié pour %1.</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="255"/>
        <source>Marked published on %1.</source>
        <translation>Marquée publiée sur %1.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../calendar/reminders.py" line="103"/>
        <source>Firsthand</source>
        <translation>Firsthand</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="108"/>
        <source>Time to post</source>
        <translation>C’est l’heure de publier</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="110"/>
        <source>%1 posts are due</source>
        <translation>%1 publications à mettre en ligne</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="113"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="114"/>
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
    <message>
        <location filename="../../calendar/reminders.py" line="115"/>
        <source>no network chosen</source>
        <translation>aucun réseau choisi</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../shell/main_window.py" line="45"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="50"/>
        <source>%1  (%2 KB)</source>
        <translation>%1  (%2&#xa0;Ko)</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="57"/>
        <source>Restoring replaces your current posts with the backup&apos;s. The current file is kept beside it, renamed, so nothing is lost.</source>
        <translation>La restauration remplace vos publications actuelles par celles de la sauvegarde. Le fichier actuel est conservé à côté, renommé&#xa0;: rien n’est perdu.</translation>
    </message>
    <message>
        <location filename="../../shell/main_window.py" line="66"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>ResultsImportDialog</name>
    <message>
        <location filename="../../calendar/results_import.py" line="16"/>
        <source>Import results</source>
        <translation>Importer des résultats</translation>
    </message>
    <message>
        <location filename="../../calendar/results_import.py" line="21"/>
        <source>Post number (id)</source>
        <translation>Numéro de la publication (id)</translation>
    </message>
    <message>
        <location filename="../../calendar/results_import.py" line="22"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../calendar/results_import.py" line="23"/>
        <source>Published at (optional)</source>
        <translation>Publiée le (facultatif)</translation>
    </message>
    <message>
        <location filename="../../calendar/results_import.py" line="24"/>
        <source>Address (optional)</source>
        <translation>Adresse (facultatif)</translation>
    </message>
    <message>
        <location filename="../../calendar/results_import.py" line="25"/>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../calendar/results_import.py" line="26"/>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <location filename="../../calendar/results_import.py" line="27"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../calendar/results_import.py" line="28"/>
        <source>Shares</source>
        <translation>Partages</translation>
    </message>
    <message>
        <location filename="../../calendar/results_import.py" line="29"/>
        <source>New followers</source>
        <translation>Nouveaux abonnés</translation>
    </message>
    <message>
        <location filename="../../calendar/results_import.py" line="30"/>
        <source>Inquiries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../calendar/results_import.py" line="37"/>
        <source>Results for %1 posts and networks ready to import.</source>
        <translation>Résultats prêts à importer pour %1 publications et réseaux.</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../composer/schedule_panel.py" line="46"/>
        <location filename="../../composer/schedule_panel.py" line="97"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="48"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="49"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="50"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="51"/>
        <source>Scheduled</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="56"/>
        <location filename="../../composer/schedule_panel.py" line="58"/>
        <source>Publish on a date</source>
        <translation>Publier à une date précise</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="61"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="66"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="71"/>
        <location filename="../../composer/schedule_panel.py" line="100"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="85"/>
        <source>Goal of the post</source>
        <translation>Objectif de la publication</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="86"/>
        <source>What should this post achieve? e.g. 3 questions</source>
        <translation>Qu’en attendez-vous&#xa0;? p.&#xa0;ex. 3 questions</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="89"/>
        <location filename="../../composer/schedule_panel.py" line="103"/>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="90"/>
        <source>Comma-separated, e.g. braces, children</source>
        <translation>Séparées par des virgules, p.&#xa0;ex. appareils, enfants</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="99"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="102"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="132"/>
        <source>A scheduled post needs a date: tick the box above.</source>
        <translation>Une publication programmée a besoin d’une date&#xa0;: cochez la case ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="134"/>
        <source>Not on the calendar yet.</source>
        <translation>Pas encore dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="137"/>
        <source>“%1” is not a time zone I know.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire que je connais.</translation>
    </message>
    <message>
        <location filename="../../composer/schedule_panel.py" line="143"/>
        <source>%1 %2 in %3 (UTC%4)</source>
        <translation>%1 à %2 (%3, UTC%4)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../shell/settings_page.py" line="53"/>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="56"/>
        <source>words that are fine for your audience</source>
        <translation>mots que votre public comprend</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="59"/>
        <source>trade words your clients wouldn&apos;t know</source>
        <translation>mots du métier que vos clients ne connaissent pas</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="62"/>
        <source>your practice&apos;s name, to spot third-person voice</source>
        <translation>le nom de votre cabinet, pour repérer la troisième personne</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="69"/>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="71"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="72"/>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="73"/>
        <source>Topics of expertise</source>
        <translation>Domaines d’expertise</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="74"/>
        <source>Allowed words</source>
        <translation>Mots autorisés</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="75"/>
        <source>Your trade&apos;s jargon</source>
        <translation>Le jargon de votre métier</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="76"/>
        <source>Practice or company name</source>
        <translation>Nom du cabinet ou de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="77"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="78"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="83"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="88"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="89"/>
        <source>LanguageTool on this computer (needs Java)</source>
        <translation>LanguageTool sur cet ordinateur (Java requis)</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="90"/>
        <source>A LanguageTool server</source>
        <translation>Un serveur LanguageTool</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="95"/>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="97"/>
        <source>Language of the app</source>
        <translation>Langue de l’application</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="98"/>
        <source>Grammar checking</source>
        <translation>Vérification grammaticale</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="99"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="105"/>
        <source>Use another database file…</source>
        <translation>Utiliser un autre fichier de base…</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="111"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="113"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="115"/>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="120"/>
        <location filename="../../shell/settings_page.py" line="271"/>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="121"/>
        <source>Backups to keep</source>
        <translation>Sauvegardes à conserver</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="126"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="128"/>
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="138"/>
        <location filename="../../shell/settings_page.py" line="194"/>
        <location filename="../../shell/settings_page.py" line="198"/>
        <location filename="../../shell/settings_page.py" line="204"/>
        <location filename="../../shell/settings_page.py" line="225"/>
        <location filename="../../shell/settings_page.py" line="229"/>
        <location filename="../../shell/settings_page.py" line="251"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="194"/>
        <source>“%1” is not a known time zone.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="198"/>
        <source>Your name can&apos;t be empty.</source>
        <translation>Votre nom ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="205"/>
        <source>The server address must start with http:// or https://.</source>
        <translation>L’adresse du serveur doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="231"/>
        <source>Your profile was changed elsewhere meanwhile (another window or computer). The newest version is shown now; make your changes again.</source>
        <translation>Votre profil a été modifié ailleurs entre-temps (autre fenêtre ou autre ordinateur). La version la plus récente est affichée&#xa0;; refaites vos modifications.</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="253"/>
        <source>Settings could not be saved to %1: %2</source>
        <translation>Impossible d’enregistrer les réglages dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="261"/>
        <source>Saved. The new language shows the next time Firsthand starts.</source>
        <translation>Enregistré. La nouvelle langue s’affichera au prochain démarrage de Firsthand.</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="263"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../shell/settings_page.py" line="273"/>
        <source>Firsthand database (*.db);;All files (*)</source>
        <translation>Base Firsthand (*.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../composer/dialogs.py" line="60"/>
        <location filename="../../composer/dialogs.py" line="63"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../composer/dialogs.py" line="64"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../composer/dialogs.py" line="64"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../../services/database.py" line="35"/>
        <source>There is no database file %1.</source>
        <translation>Le fichier de base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../services/database.py" line="36"/>
        <source>The file %1 is empty, not a Firsthand database.</source>
        <translation>Le fichier %1 est vide&#xa0;: ce n’est pas une base de données Firsthand.</translation>
    </message>
    <message>
        <location filename="../../services/database.py" line="37"/>
        <source>There is no backup of %1 to restore.</source>
        <translation>Il n’y a aucune sauvegarde de %1 à restaurer.</translation>
    </message>
    <message>
        <location filename="../../services/database.py" line="38"/>
        <source>The database file %1 is missing: it was moved or deleted after Firsthand last used it.</source>
        <translation>Le fichier de base de données %1 a disparu&#xa0;: il a été déplacé ou supprimé depuis la dernière utilisation de Firsthand.</translation>
    </message>
    <message>
        <location filename="../../services/media.py" line="30"/>
        <source>Firsthand can&apos;t copy the images into %1: %2.</source>
        <translation>Firsthand ne peut pas copier les images dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../services/media.py" line="31"/>
        <source>Image %1 does not exist.</source>
        <translation>L’image %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../services/posts.py" line="22"/>
        <source>Post %1 does not exist.</source>
        <translation>La publication %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../services/posts.py" line="23"/>
        <source>Post %1 does not exist or was deleted.</source>
        <translation>La publication %1 n’existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <location filename="../../services/posts.py" line="24"/>
        <source>This post was changed in another window or on another computer since you opened it.</source>
        <translation>Cette publication a été modifiée dans une autre fenêtre ou sur un autre ordinateur depuis que vous l’avez ouverte.</translation>
    </message>
    <message>
        <location filename="../../services/profiles.py" line="20"/>
        <source>Profile %1 does not exist.</source>
        <translation>Le profil %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../services/profiles.py" line="21"/>
        <source>This profile was changed elsewhere; reload it and try again.</source>
        <translation>Ce profil a été modifié ailleurs. Rechargez-le, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../store/backup.py" line="19"/>
        <source>The backup %1 can&apos;t be read: %2.</source>
        <translation>La sauvegarde %1 est illisible&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../store/backup.py" line="20"/>
        <source>The backup %1 is damaged.</source>
        <translation>La sauvegarde %1 est endommagée.</translation>
    </message>
    <message>
        <location filename="../../store/backup.py" line="21"/>
        <source>Restoring %1 failed: %2</source>
        <translation>La restauration de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../store/engine.py" line="68"/>
        <source>The database %1 is in use by another program. Close it there (or wait a moment) and try again.</source>
        <translation>La base de données %1 est utilisée par un autre programme. Fermez-la dans ce programme (ou patientez un instant), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../store/engine.py" line="73"/>
        <source>The disk holding %1 is full. Free some space and try again.</source>
        <translation>Le disque qui contient %1 est plein. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../store/engine.py" line="76"/>
        <source>Firsthand can&apos;t write to %1. Check that the folder exists and is writable.</source>
        <translation>Firsthand ne peut pas écrire dans %1. Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <location filename="../../store/engine.py" line="79"/>
        <source>The file %1 is not a Firsthand database, or it is damaged.</source>
        <translation>Le fichier %1 n’est pas une base de données Firsthand, ou il est endommagé.</translation>
    </message>
    <message>
        <location filename="../../store/engine.py" line="82"/>
        <source>The database file %1 was moved or deleted while Firsthand had it open.</source>
        <translation>Le fichier de base de données %1 a été déplacé ou supprimé pendant que Firsthand l’utilisait.</translation>
    </message>
    <message>
        <location filename="../../store/engine.py" line="86"/>
        <source>The database %1 could not be used: %2</source>
        <translation>La base de données %1 n’a pas pu être utilisée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../store/migrate.py" line="27"/>
        <source>The file %1 is not a Firsthand database (it is not SQLite).</source>
        <translation>Le fichier %1 n’est pas une base de données Firsthand (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <location filename="../../store/migrate.py" line="31"/>
        <source>The database %1 is damaged (%2).</source>
        <translation>La base de données %1 est endommagée (%2).</translation>
    </message>
    <message>
        <location filename="../../store/migrate.py" line="32"/>
        <source>The file %1 is an SQLite database of another program, not Firsthand&apos;s.</source>
        <translation>Le fichier %1 est la base de données SQLite d’un autre programme, pas celle de Firsthand.</translation>
    </message>
    <message>
        <location filename="../../store/migrate.py" line="35"/>
        <source>The database %1 was made by a newer version of Firsthand. Update Firsthand to open it; it was left untouched.</source>
        <translation>La base de données %1 a été créée par une version plus récente de Firsthand. Mettez Firsthand à jour pour l’ouvrir. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../store/migrate.py" line="41"/>
        <source>Firsthand can&apos;t create the folder %1: %2.</source>
        <translation>Firsthand ne peut pas créer le dossier %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../calendar/week_view.py" line="17"/>
        <source>Week calendar</source>
        <translation>Calendrier de la semaine</translation>
    </message>
</context>
<context>
    <name>_FilterButton</name>
    <message>
        <location filename="../../calendar/filters_bar.py" line="38"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../../calendar/filters_bar.py" line="68"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app.py" line="113"/>
        <source>Choose a database file</source>
        <translation>Choisir un fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../app.py" line="115"/>
        <source>Firsthand database (*.db);;All files (*)</source>
        <translation>Base Firsthand (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="123"/>
        <location filename="../../app.py" line="154"/>
        <location filename="../../app.py" line="220"/>
        <source>Firsthand</source>
        <translation>Firsthand</translation>
    </message>
    <message>
        <location filename="../../app.py" line="186"/>
        <source>Daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app.py" line="228"/>
        <source>What you had typed is not saved anywhere: copy it from here.</source>
        <translation>Ce que vous aviez tapé n’est enregistré nulle part&#xa0;: copiez-le depuis cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="236"/>
        <source>What you had typed could not go in a database. It is kept in %1.</source>
        <translation>Ce que vous aviez tapé n’a pu être enregistré dans aucune base de données. Il est conservé dans %1.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="250"/>
        <location filename="../../app.py" line="255"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../app.py" line="257"/>
        <source>Backup restored. The file it replaced was kept as %1.</source>
        <translation>Sauvegarde restaurée. Le fichier remplacé a été conservé sous le nom %1.</translation>
    </message>
</context>
<context>
    <name>store_errors</name>
    <message>
        <location filename="../../shell/store_errors.py" line="42"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
</TS>
