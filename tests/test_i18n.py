"""The app in French: what a French-speaking dentist sees, and a translation file kept whole."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget
from pytestqt.qtbot import QtBot

from firsthand.app import page_factories
from firsthand.calendar import CalendarPage
from firsthand.calendar.import_dialog import ImportDialog
from firsthand.calendar.results_import import ResultsImportDialog
from firsthand.context import AppContext
from firsthand.paths import Paths
from firsthand.services.posts import create_post
from firsthand.shell.first_run import FirstRunDialog
from firsthand.shell.i18n import I18N_DIR
from firsthand.shell.main_window import MainWindow
from firsthand.store import open_store
from tests.composer_support import make_page, wait_analysis

TS = I18N_DIR / "firsthand_fr.ts"
PLACEHOLDER = re.compile(r"%\d+")
ACCELERATOR = re.compile(r"&\w")
T = TypeVar("T", bound=QObject)


def _child(parent: QObject, kind: type[T], name: str) -> T:
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [
        (ctx.findtext("name") or "", message.findtext("source") or "", message)
        for ctx in root.iter("context")
        for message in ctx.iter("message")
    ]


def test_the_main_window_navigation_is_in_french(
    qtbot: QtBot, ctx: AppContext, french: None
) -> None:
    window = MainWindow(ctx, page_factories())
    qtbot.addWidget(window)
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["Calendrier", "Idées et brouillons", "Rédaction", "Évaluation", "Réglages"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&Fichier"
    assert "&Aide" in menus


def test_the_composer_page_is_in_french(qtbot: QtBot, ctx: AppContext, french: None) -> None:
    page = make_page(qtbot, ctx)
    assert _child(page, QLabel, "page_title").text() == "Rédaction"
    assert _child(page, QPushButton, "composer_save").text() == "Enregistrer"
    assert _child(page, QPushButton, "composer_history").text() == "Historique…"
    tabs = _child(page, QTabWidget, "composer_tabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Remarques",
        "Conseils",
        "Réseaux",
        "Planning",
        "Images",
    ]
    assert page.editor.placeholderText().startswith("Écrivez comme vous parleriez à un client")
    # Numbers grouped the French way.
    page.networks.set_state(["linkedin"], {})
    page.editor.setPlainText("J'ai vu ce matin une patiente ravie.")
    wait_analysis(qtbot, page)
    assert page.networks.counters["linkedin"].text() == "36 / 3\u202f000"


def test_the_month_view_is_in_french_including_what_its_base_grid_says(
    qtbot: QtBot, ctx: AppContext, french: None
) -> None:
    create_post(
        ctx.store,
        ctx.profile_id,
        "",
        kind="story",
        status="scheduled",
        scheduled_at=datetime(2026, 3, 10, 9, tzinfo=ZoneInfo("Europe/Paris")).astimezone(UTC),
        timezone="Europe/Paris",
    )
    ctx.settings.calendar_view = "month"
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.go_to(date(2026, 3, 1))
    assert _child(page, QPushButton, "calendar_today").text() == "Aujourd’hui"
    assert _child(page, QPushButton, "calendar_import").text() == "Importer…"
    assert page.month.accessibleName() == "Calendrier du mois"
    # Written in DayGridView, shown by MonthView; names from the calendar's own table.
    (item,) = page.month.items[date(2026, 3, 10)]
    tip = page.month.describe_item(item).splitlines()
    assert tip[:2] == ["(pas encore de texte)", "Récit · Programmée"]
    assert tip[2].startswith("Prévue le 2026-03-10 09:00")


def test_the_first_run_dialog_is_in_french(qtbot: QtBot, paths: Paths, french: None) -> None:
    store = open_store(paths.default_db)
    try:
        dialog = FirstRunDialog(store)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Bienvenue dans Firsthand"
        assert _child(dialog, QPushButton, "create_profile").text() == "Créer mon profil"
        assert dialog.name.placeholderText() == "p.\u00a0ex. Dr Ana Lopes"
    finally:
        store.dispose()


def test_a_bad_import_file_is_explained_in_french_naming_its_row(
    qtbot: QtBot, ctx: AppContext, french: None, tmp_path: Path
) -> None:
    src = tmp_path / "planning.csv"
    src.write_text(
        "Date;Heure;Fuseau;Réseaux;Texte;Statut\n"
        "2026-12-02;08:15;Europe/Paris;linkedin;Café offert à l'accueil;programmé\n"
        "2026-12-03;8h;Europe/Paris;myspace;Deuxième;\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(ctx, src)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.grid.horizontalHeaderItem(1).text() == "Problème"
    assert dialog.grid.item(1, 0).text() == "3"
    assert dialog.grid.item(1, 1).text() == (
        "Heure\xa0: '8h' n’est pas une heure (écrivez HH:MM); "
        "Réseaux\xa0: réseau inconnu\xa0: 'myspace'"
    )
    assert dialog.summary.text().startswith(
        "1 lignes posent problème (en rouge). La première\xa0: Ligne 3, colonne «\xa0Heure\xa0»"
        "\xa0: '8h' n’est pas une heure (écrivez HH:MM). Corrigez le fichier"
    )
    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"")
    dialog = ImportDialog(ctx, empty)
    qtbot.addWidget(dialog)
    assert dialog.source.text() == "Le fichier est vide"


def test_a_bad_results_file_is_explained_in_french_naming_its_row(
    qtbot: QtBot, ctx: AppContext, french: None, tmp_path: Path
) -> None:
    src = tmp_path / "resultats.csv"
    src.write_text("id;réseau;réactions\n999;linkedin;12\n", encoding="utf-8")
    dialog = ResultsImportDialog(ctx, src)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert (
        "Ligne 2, colonne «\xa0Numéro de la publication (id)\xa0»\xa0: aucune publication 999"
        in dialog.summary.text()
    )


def test_every_message_is_translated_and_keeps_its_placeholders() -> None:
    messages = _messages()
    assert len(messages) > 400
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        text = translation.text or ""
        assert text.strip(), (context, source)
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), (
            context,
            source,
            text,
        )
        assert len(ACCELERATOR.findall(text)) == len(ACCELERATOR.findall(source)), (context, source)


def test_the_compiled_file_matches_the_translations(french: None) -> None:
    """The .qm the app loads was rebuilt after the last edit of the .ts."""
    for context, source, message in _messages():
        expected = message.findtext("translation")
        comment = message.findtext("comment")
        assert QCoreApplication.translate(context, source, comment) == expected, (context, source)
