"""The calendar page: month, week, agenda and content mix, with the ideas backlog beside."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from firsthand.context import AppContext
from firsthand.services.calendar import (
    CalendarItem,
    Filters,
    calendar_view,
    display_zone,
    labels_in_use,
    month_grid,
    move_post,
    new_post_values,
    overdue_posts,
    parse_slot,
    posts_on_days,
    schedule_post,
    unschedule_post,
    week_of,
    zone_or_none,
)
from firsthand.services.mix import mix_for_period
from firsthand.services.plan_io import export_csv, export_ics, posts_for_export
from firsthand.services.profiles import ProfileData
from firsthand.shell.store_errors import explain
from firsthand.store import ConflictError, NotFound, StoreError, utcnow
from firsthand.tasks import run_task

from .agenda_view import AgendaView
from .day_grid import DayGridView
from .filters_bar import FiltersBar
from .ideas_list import IdeasList
from .mix_panel import MixPanel
from .month_view import MonthView
from .reminders import ReminderDialog, Reminders
from .week_view import WeekView

VIEWS = ("month", "week", "agenda", "mix")


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


class CalendarPage(QWidget):
    """What the main window embeds for "Calendar"."""

    refreshed = Signal()  # the visible period was redrawn (tests and the benchmark wait on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("calendar_page")
        self._profile: ProfileData | None = None
        self._items: dict[int, CalendarItem] = {}
        self._ideas: dict[int, CalendarItem] = {}
        self.filters = Filters.from_settings(ctx.settings.calendar_filters)
        mode = ctx.settings.calendar_view
        self.mode = mode if mode in VIEWS else "month"
        self.anchor = self._today()
        self.week_start = QLocale().firstDayOfWeek().value - 1

        # -- top bar: periods, views, filters, import/export
        self.prev_button = self._tool("calendar_prev", "‹", self.tr("Previous period"))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setObjectName("calendar_today")
        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.next_button = self._tool("calendar_next", "›", self.tr("Next period"))
        self.title = QLabel(self)
        self.title.setObjectName("calendar_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setMinimumWidth(170)

        self.view_buttons = QButtonGroup(self)
        self.view_buttons.setExclusive(True)
        names = {
            "month": self.tr("Month"),
            "week": self.tr("Week"),
            "agenda": self.tr("Agenda"),
            "mix": self.tr("Content mix"),
        }
        view_row = QHBoxLayout()
        view_row.setSpacing(0)
        for index, key in enumerate(VIEWS):
            button = QToolButton(self)
            button.setText(names[key])
            button.setCheckable(True)
            button.setObjectName(f"view_{key}")
            button.setAccessibleName(names[key])
            self.view_buttons.addButton(button, index)
            view_row.addWidget(button)

        self.filters_bar = FiltersBar(self)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setObjectName("calendar_import")
        self.import_button.setAccessibleName(self.tr("Import a plan from a CSV file"))
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("calendar_export")
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export the plan"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        self.export_csv_action = export_menu.addAction(self.tr("Plan and results as CSV…"))
        self.export_ics_action = export_menu.addAction(self.tr("Calendar file (.ics)…"))
        self.export_button.setMenu(export_menu)

        self.zone_label = QLabel(self)
        self.zone_label.setObjectName("calendar_zone")

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.prev_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addWidget(self.title)
        top.addLayout(view_row)
        top.addStretch(1)
        top.addWidget(self.filters_bar)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)

        # -- overdue banner
        self.banner = QFrame(self)
        self.banner.setObjectName("overdue_banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet(
            "#overdue_banner { background: #fff4e5; border: 1px solid #f0c36d;"
            " border-radius: 4px; }"
            "#overdue_banner QLabel { color: #5c3b00; }"
        )
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("overdue_text")
        self.banner_button = QPushButton(self.tr("Review"), self.banner)
        self.banner_button.setObjectName("overdue_review")
        self.banner_button.setAccessibleName(self.tr("Review posts past their time"))
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(8, 4, 8, 4)
        banner_row.addWidget(self.banner_label, 1)
        banner_row.addWidget(self.banner_button)
        self.banner.hide()

        # -- ideas backlog
        ideas_panel = QWidget(self)
        ideas_panel.setObjectName("ideas_panel")
        self.ideas_title = QLabel(ideas_panel)
        self.ideas_title.setObjectName("ideas_title")
        bold = self.ideas_title.font()
        bold.setBold(True)
        self.ideas_title.setFont(bold)
        self.ideas_hint = hint = QLabel(ideas_panel)
        hint.setWordWrap(True)
        hint.setObjectName("ideas_hint")
        self.ideas_list = IdeasList(ideas_panel)
        self.new_idea_button = QPushButton(self.tr("New idea"), ideas_panel)
        self.new_idea_button.setObjectName("calendar_new_idea")
        ideas_layout = QVBoxLayout(ideas_panel)
        ideas_layout.setContentsMargins(0, 0, 4, 0)
        ideas_layout.addWidget(self.ideas_title)
        ideas_layout.addWidget(hint)
        ideas_layout.addWidget(self.ideas_list, 1)
        ideas_layout.addWidget(self.new_idea_button)

        # -- the views
        self.month = MonthView(self)
        self.week = WeekView(self)
        self.agenda = AgendaView(self)
        # The content mix (Qt Charts) is built the first time it is shown: opening the
        # calendar stays fast.
        self._mix: MixPanel | None = None
        self._mix_slot = QWidget(self)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("calendar_views")
        for view in (self.month, self.week, self.agenda, self._mix_slot):
            self.stack.addWidget(view)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.stack, 1)
        right_layout.addWidget(self.zone_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("calendar_splitter")
        self.splitter.addWidget(ideas_panel)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 1000])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        # -- reminders while the app runs
        self.reminders = Reminders(ctx, self)
        self.reminders.due.connect(self._on_due)
        self.reminders.clicked.connect(self._show_reminders)
        self._reminder_dialog: ReminderDialog | None = None

        # -- wiring
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.view_buttons.idClicked.connect(lambda i: self.set_mode(VIEWS[i]))
        self.filters_bar.changed.connect(self._filters_changed)
        self.import_button.clicked.connect(self.import_csv)
        self.export_csv_action.triggered.connect(lambda: self.export("csv"))
        self.export_ics_action.triggered.connect(lambda: self.export("ics"))
        self.banner_button.clicked.connect(self.review_overdue)
        self.new_idea_button.clicked.connect(lambda: ctx.events.new_post.emit({"status": "idea"}))
        for grid in (self.month, self.week):
            self._wire_grid(grid)
        self.agenda.postActivated.connect(ctx.events.open_post.emit)
        self.ideas_list.postActivated.connect(ctx.events.open_post.emit)
        self.ideas_list.postUnscheduled.connect(self.unschedule)
        ctx.events.posts_changed.connect(self._posts_changed)
        ctx.events.profile_changed.connect(self.reload_profile)
        ctx.events.settings_changed.connect(self._posts_changed)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self, lambda: self.step(-1)
        )
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self, lambda: self.step(1))

        self._overdue_count = 0
        self._stale = False
        # The period just read, reused by a redraw in the same turn of the event loop (the
        # page is built, then sent to a day): nothing can have changed in between.
        self._fresh: tuple[tuple[object, ...], dict[date, list[CalendarItem]]] | None = None
        self._forget_timer = QTimer(self)
        self._forget_timer.setSingleShot(True)
        self._forget_timer.setInterval(0)
        self._forget_timer.timeout.connect(self._forget_period)
        self._choices: tuple[object, ...] | None = None
        self.filters_bar.labels.menu_.aboutToShow.connect(self._load_labels)
        self.stack.setCurrentIndex(VIEWS.index(self.mode))
        self.view_buttons.button(VIEWS.index(self.mode)).setChecked(True)
        self.refresh()
        self.reminders.start()

    # ------------------------------------------------------------ helpers

    def _tool(self, name: str, text: str, accessible: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        return button

    def _wire_grid(self, grid: DayGridView) -> None:
        grid.postActivated.connect(self.ctx.events.open_post.emit)
        grid.postDropped.connect(self.move_to_day)
        grid.ideaDropped.connect(self.schedule_idea)
        grid.emptyDayClicked.connect(self.new_post_on)
        grid.dayOpened.connect(self._show_day)
        grid.periodStep.connect(self._grid_step)
        grid.todayRequested.connect(self.go_today)

    def zone_name(self) -> str:
        profile = self._profile or self.ctx.profile()
        return profile.timezone or "UTC"

    def zone(self) -> Any:
        return display_zone(self.zone_name())

    def _today(self) -> date:
        try:
            if self._profile is None:
                self._profile = self.ctx.profile()
            zone = display_zone(self._profile.timezone)
        except StoreError:
            zone = display_zone("UTC")
        return datetime.now(zone).date()

    def period(self) -> tuple[date, date]:
        """The days [first, end) the current view shows."""
        if self.mode == "week":
            return week_of(self.anchor, self.week_start)
        if self.mode == "month":
            return month_grid(self.anchor.year, self.anchor.month, self.week_start)
        first = self.anchor.replace(day=1)
        return first, add_months(first, 1)

    # ------------------------------------------------------------ navigation

    def set_mode(self, mode: str, save: bool = True) -> None:
        self.mode = mode if mode in VIEWS else "month"
        button = self.view_buttons.button(VIEWS.index(self.mode))
        button.setChecked(True)
        self.stack.setCurrentIndex(VIEWS.index(self.mode))
        if save and self.ctx.settings.calendar_view != self.mode:
            self.ctx.settings.calendar_view = self.mode
            self._save_settings()
        self.draw()

    def step(self, delta: int) -> None:
        if self.mode == "week":
            self.anchor += timedelta(days=7 * delta)
        else:
            self.anchor = add_months(self.anchor, delta)
        self.draw()

    def _grid_step(self, delta: int) -> None:
        # The grid already moved its selection to the day the user stepped to; the new
        # period contains that day, so set_period keeps it selected.
        self.step(delta)

    def go_today(self) -> None:
        self.anchor = self._today()
        self.draw()
        grid = self.month if self.mode == "month" else self.week
        grid.selected_day = self.anchor
        grid.update()

    def go_to(self, day: date, mode: str | None = None) -> None:
        self.anchor = day
        if mode is not None and mode != self.mode:
            self.set_mode(mode)
        else:
            self.draw()

    def _show_day(self, day: date) -> None:
        self.anchor = day
        self.set_mode("week")
        self.week.selected_day = day
        self.week.update()

    # ------------------------------------------------------------ drawing

    def _period_key(self, first: date, end: date, zone_name: str) -> tuple[object, ...]:
        return (self.ctx.profile_id, first, end, zone_name, self.filters.to_settings())

    def _remember_period(
        self, key: tuple[object, ...], days: dict[date, list[CalendarItem]]
    ) -> None:
        self._fresh = (key, days)
        self._forget_timer.start()

    def _forget_period(self) -> None:
        self._fresh = None

    def _posts_changed(self) -> None:
        self._forget_period()
        # The composer saves as the user types: a hidden calendar catches up when shown.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def reload_profile(self) -> None:
        """The profile (its zone, its networks) changed: re-read it, then refresh."""
        self._profile = None
        self._forget_period()
        self.refresh()

    def refresh(self) -> None:
        """After posts or settings changed: the ideas, the overdue count and the period."""
        try:
            if self._profile is None:
                self._profile = self.ctx.profile()
            period = None
            if self.mode != "mix":
                first, end = self.period()
                period = (first, end, self.zone())
            view = calendar_view(self.ctx.store, self.ctx.profile_id, self.filters, period)
            if period is not None and view.days is not None:
                self._remember_period(self._period_key(first, end, self.zone_name()), view.days)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Calendar"), explain(exc))
            return
        backlog = view.ideas
        self._overdue_count = view.overdue
        self._ideas = {i.id: i for i in backlog}
        self.ideas_list.set_ideas(backlog)
        self.ideas_title.setText(self.tr("Ideas (%1)").replace("%1", str(len(backlog))))
        self.ideas_hint.setText(
            self.tr("Drag an idea onto a day to plan it.")
            if backlog
            else self.tr("No ideas waiting. Jot one down with “New idea”, plan it later.")
        )
        choices = (tuple(self._profile.networks), self.filters.to_settings())
        if choices != self._choices:  # rebuilding the menus on every redraw is wasted time
            self._choices = choices
            self.filters_bar.set_choices(list(self._profile.networks), [], self.filters)
        self._show_overdue_banner()
        self.draw(view.days)

    def draw(self, days: dict[date, list[CalendarItem]] | None = None) -> None:
        """Load the visible period only, and redraw the current view.

        `days` are the period's posts when the caller has just read them.
        """
        try:
            if self._profile is None:
                self._profile = self.ctx.profile()
            zone_name = self.zone_name()
            zone = display_zone(zone_name)
            today = datetime.now(zone).date()
            first, end = self.period()
            pid = self.ctx.profile_id
            if self.mode == "mix":
                report = mix_for_period(
                    self.ctx.store,
                    pid,
                    first,
                    end,
                    zone,
                    filters=self.filters,
                    promo_threshold=self.ctx.settings.promo_threshold,
                    crowded_day=self.ctx.settings.crowded_day,
                    gap_days=self.ctx.settings.gap_days,
                )
                self.mix_panel().set_report(report)
                self._items = {}
            else:
                key = self._period_key(first, end, zone_name)
                if days is None and self._fresh is not None and self._fresh[0] == key:
                    days = self._fresh[1]
                if days is None:
                    days = posts_on_days(self.ctx.store, pid, first, end, zone, self.filters)
                    self._remember_period(key, days)
                self._items = {i.id: i for items in days.values() for i in items}
                if self.mode == "month":
                    self.month.set_period(list(days), days, zone, today, self.anchor.month)
                elif self.mode == "week":
                    self.week.set_period(list(days), days, zone, today, None)
                else:
                    self.agenda.set_period(days, zone, today)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Calendar"), explain(exc))
            return
        self.title.setText(self._title(first, end))
        # Never cut the period short: French week titles run long.
        self.title.setMinimumWidth(max(170, self.title.sizeHint().width()))
        self.zone_label.setText(self._zone_text(zone_name))
        self.refreshed.emit()

    def mix_panel(self) -> MixPanel:
        if self._mix is None:
            self._mix = MixPanel(self)
            self._mix.postActivated.connect(self.ctx.events.open_post.emit)
            self._mix.dayRequested.connect(self._show_day)
            index = VIEWS.index("mix")
            self.stack.removeWidget(self._mix_slot)
            self._mix_slot.deleteLater()
            self.stack.insertWidget(index, self._mix)
            if self.mode == "mix":
                self.stack.setCurrentIndex(index)
        return self._mix

    def _load_labels(self) -> None:
        # Labels are read when the menu opens: scanning every post on each redraw is waste.
        try:
            labels = labels_in_use(self.ctx.store, self.ctx.profile_id)
        except StoreError:
            return
        self.filters_bar.set_labels(labels, self.filters.labels)

    def _title(self, first: date, end: date) -> str:
        locale = QLocale()
        if self.mode == "week":
            last = end - timedelta(days=1)
            fmt = "d MMM yyyy"
            # "23 – 29 Nov 2026": the month once when the week stays in it (French runs long).
            start = "d" if first.month == last.month else "d MMM"
            return (
                self.tr("%1 – %2")
                .replace("%1", locale.toString(QDate(first.year, first.month, first.day), start))
                .replace("%2", locale.toString(QDate(last.year, last.month, last.day), fmt))
            )
        return locale.toString(QDate(self.anchor.year, self.anchor.month, 1), "MMMM yyyy")

    def _zone_text(self, zone_name: str) -> str:
        if zone_or_none(zone_name) is None:
            return self.tr("Times are shown in UTC: your time zone %1 is not known here.").replace(
                "%1", zone_name
            )
        abbreviation = datetime.now(display_zone(zone_name)).strftime("%Z")
        return (
            self.tr("Times are shown in your time zone, %1 (%2).")
            .replace("%1", zone_name)
            .replace("%2", abbreviation)
        )

    # ------------------------------------------------------------ planning

    def move_to_day(self, post_id: int, day: date) -> None:
        """A post dragged to another day keeps its time of day where it was planned."""
        item = self._items.get(post_id)
        shown = item.shown_in(self.zone()) if item is not None else None
        if shown is not None and shown.date() == day:
            return  # dropped where it was: nothing to save
        version = item.version if item is not None else None
        self._write(lambda: move_post(self.ctx.store, post_id, version, day, self.zone()))

    def schedule_idea(self, post_id: int, day: date) -> None:
        item = self._ideas.get(post_id)
        slot = parse_slot(self.ctx.settings.default_slot)
        zone_name = self.zone_name() if zone_or_none(self.zone_name()) else "UTC"
        version = item.version if item is not None else None
        self._write(lambda: schedule_post(self.ctx.store, post_id, version, day, slot, zone_name))

    def unschedule(self, post_id: int) -> None:
        item = self._items.get(post_id)
        version = item.version if item is not None else None
        self._write(lambda: unschedule_post(self.ctx.store, post_id, version))

    def _write(self, change: Any) -> None:
        self._forget_period()
        try:
            change()
        except ConflictError:
            QMessageBox.information(
                self,
                self.tr("Calendar"),
                self.tr(
                    "This post was changed elsewhere meanwhile; the calendar now shows the "
                    "latest version."
                ),
            )
        except (NotFound, ValueError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Calendar"), explain(exc))
        self.ctx.events.posts_changed.emit()

    def new_post_on(self, day: date) -> None:
        slot = parse_slot(self.ctx.settings.default_slot)
        self.ctx.events.new_post.emit(new_post_values(day, slot, self.zone_name()))

    def _filters_changed(self, filters: Filters) -> None:
        self.filters = filters
        if self._profile is not None:
            # The bar already shows this choice; rebuilding its menus now would delete the
            # very action whose signal is being handled.
            self._choices = (tuple(self._profile.networks), filters.to_settings())
        self.ctx.settings.calendar_filters = filters.to_settings()
        self._save_settings()
        self.refresh()

    def _save_settings(self) -> None:
        try:
            self.ctx.settings.save(self.ctx.paths.settings_file)
        except OSError:
            pass  # a settings file that can't be written costs a preference, not work

    # ------------------------------------------------------------ reminders

    def _show_overdue_banner(self) -> None:
        late = self._overdue_count
        if not late:
            self.banner.hide()
            return
        self.banner_label.setText(
            self.tr("1 post is past its time and not marked published.")
            if late == 1
            else self.tr("%1 posts are past their time and not marked published.").replace(
                "%1", str(late)
            )
        )
        self.banner.show()

    def _show_reminders(self) -> None:
        window = self.window()
        window.showNormal()
        window.activateWindow()
        if self._reminder_dialog is not None:
            self._reminder_dialog.show()
            self._reminder_dialog.raise_()

    def review_overdue(self) -> None:
        self._open_reminders(overdue_posts(self.ctx.store, self.ctx.profile_id), overdue=True)

    def _on_due(self, items: list[CalendarItem]) -> None:
        self._open_reminders(items, overdue=False)

    def _open_reminders(self, items: list[CalendarItem], overdue: bool) -> None:
        if self._reminder_dialog is None:
            self._reminder_dialog = ReminderDialog(self.ctx, self)
            self._reminder_dialog.finished.connect(lambda _r: self.refresh())
        self._reminder_dialog.set_items(items, overdue=overdue)
        if self._reminder_dialog.isVisible():
            self._reminder_dialog.raise_()  # already open behind the window: bring it up
        else:
            self._reminder_dialog.show()

    # ------------------------------------------------------------ import / export

    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a plan"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path:
            self.open_import(Path(path))

    def open_import(self, path: Path) -> None:
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, path, self)
        dialog.open()

    def export(self, fmt: str) -> None:
        stamp = utcnow().strftime("%Y-%m-%d")
        suggested = f"firsthand-plan-{stamp}.{fmt}"
        pattern = (
            self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Calendar files (*.ics)")
        )
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the plan"), suggested, pattern)
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        store, pid = self.ctx.store, self.ctx.profile_id

        def work() -> int:
            posts = posts_for_export(store, pid)
            if fmt == "ics":
                path.write_bytes(export_ics(posts))
            else:
                path.write_text(export_csv(posts), encoding="utf-8", newline="")
            return len(posts)

        def done(count: int) -> None:
            QMessageBox.information(
                self,
                self.tr("Export"),
                self.tr("%1 posts written to %2.")
                .replace("%1", str(count))
                .replace("%2", str(path)),
            )

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Export"), explain(exc))

        run_task(work, done, failed, owner=self)
