"""The composer page: editor with live coaching, findings, networks, plan, media, history."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from firsthand.composer import categories
from firsthand.composer.coach.report import Context, Finding, GrammarStatus, Report
from firsthand.composer.coaching_panel import CoachingPanel
from firsthand.composer.dialogs import COPY, ShortcutsDialog, ask_conflict
from firsthand.composer.editor import MAX_MARKS, Mark, PostEditor
from firsthand.composer.findings_panel import FindingsPanel
from firsthand.composer.history_dialog import HistoryDialog
from firsthand.composer.live import ANALYZE_LIMIT, Analysis, Counts, GrammarResult, LiveCoach
from firsthand.composer.media_panel import MediaPanel
from firsthand.composer.networks_panel import NetworksPanel
from firsthand.composer.preview import PreviewPane
from firsthand.composer.saving import PostWriter, SaveJob
from firsthand.composer.schedule_panel import SchedulePanel
from firsthand.composer.templates import AIMS, POST_KIND_OF_AIM, template, templates_for
from firsthand.context import AppContext
from firsthand.services.posts import (
    PostData,
    get_post,
    list_revisions,
)
from firsthand.services.profiles import ProfileData, allow_word, coach_context
from firsthand.shell.i18n import fmt, number
from firsthand.shell.store_errors import explain
from firsthand.store import ConflictError, DatabaseGone, StoreError
from firsthand.tasks import run_task

log = logging.getLogger(__name__)

AUTOSAVE_MS = 2000


class ComposerPage(QWidget):
    """Write one post with the coach reading along; everything saves itself."""

    saved = Signal(int)  # post id, after every successful save
    analysis_shown = Signal()  # the underlines and panels show the current text

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("composer_page")
        self.conflict_resolver = ask_conflict  # tests replace it; a dialog in the app
        self._post: PostData | None = None
        self._saved_variants: dict[str, str] = {}
        self._ignored: list[str] = []
        self._dirty = False
        self._loading = False
        self._grammar: GrammarResult | None = None
        self._profile: ProfileData = ctx.profile()
        self._context = Context()
        self._merge: Callable[..., Report] | None = None

        self._build()
        self._build_actions()
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._save_in_background)
        self._writer = PostWriter(ctx.store, ctx.profile_id)
        self._session = 0
        self._meta_generation = 0
        self._background_save = False
        self._gone_told = False  # the window was told the file is gone since the last save

        self.live = LiveCoach(self.editor.document(), self)
        self.live.analyzed.connect(self._analyzed)
        self.live.counted.connect(self._counted)
        self.live.grammar_checked.connect(self._grammar_checked)
        self.live.failed.connect(self._coach_failed)
        doc = self.editor.document()
        # No Python on the keystroke path: the timer restarts from C++, and the page hears
        # only when the document turns modified (once per save).
        doc.contentsChanged.connect(self._autosave.start)
        doc.modificationChanged.connect(self._modification_changed)

        ctx.events.open_post.connect(self.open_post)
        ctx.events.new_post.connect(self.new_post)
        ctx.events.posts_changed.connect(self._changed_elsewhere)
        ctx.events.profile_changed.connect(self._profile_changed)
        ctx.events.settings_changed.connect(self._setup_grammar)
        self._setup_grammar()
        doc.setModified(False)  # setting up the editor (margins, font) is not an edit
        self.new_post(None)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Composer"), self)
        title.setObjectName("page_title")
        self.state = QLabel(self)
        self.state.setObjectName("save_state")
        self.state.setAccessibleName(self.tr("Save state"))
        self.state.setStyleSheet("color: #555;")

        self.template_picker = QComboBox(self)
        self.template_picker.setObjectName("template_picker")
        self.template_picker.setAccessibleName(self.tr("Start from a template"))
        self.template_picker.setMinimumContentsLength(22)
        self.template_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_picker.activated.connect(self._template_chosen)
        self._fill_templates()

        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.setObjectName("composer_new")
        self.new_button.setAccessibleName(self.tr("New post"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("composer_save")
        self.save_button.setAccessibleName(self.tr("Save"))
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setObjectName("composer_history")
        self.history_button.setAccessibleName(self.tr("Earlier versions"))
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setObjectName("composer_preview")
        self.preview_button.setAccessibleName(self.tr("Show the preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setChecked(True)
        self.help_button = QPushButton(self.tr("Shortcuts"), self)
        self.help_button.setObjectName("composer_help")
        self.help_button.setAccessibleName(self.tr("Keyboard shortcuts"))

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.template_picker)
        top.addStretch(1)
        top.addWidget(self.state)
        for b in (
            self.new_button,
            self.save_button,
            self.history_button,
            self.preview_button,
            self.help_button,
        ):
            top.addWidget(b)

        self.editor = PostEditor(self)
        self.coach_note = QLabel(self)
        self.coach_note.setObjectName("coach_note")
        self.coach_note.setWordWrap(True)
        self.coach_note.setStyleSheet("color: #8a5a00;")
        self.coach_note.hide()
        self.preview = PreviewPane(self)

        self.findings = FindingsPanel(self)
        self.coaching = CoachingPanel(self)
        self.networks = NetworksPanel(self)
        self.networks.body_provider = self.editor.toPlainText
        self.schedule = SchedulePanel(self._profile.timezone, self)
        self.media = MediaPanel(self.ctx.store, self.ctx.media_dir, self)
        self.media.ensure_post = self.ensure_post

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("composer_tabs")
        self.tabs.setAccessibleName(self.tr("Coach, networks, plan and images"))
        self.tabs.addTab(self.findings, self.tr("Findings"))
        self.tabs.addTab(self.coaching, self.tr("Coaching"))
        self.tabs.addTab(self.networks, self.tr("Networks"))
        self.tabs.addTab(self.schedule, self.tr("Plan"))
        self.tabs.addTab(self.media, self.tr("Images"))

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setObjectName("composer_left")
        editor_box = QWidget(left)
        eb = QVBoxLayout(editor_box)
        eb.setContentsMargins(0, 0, 0, 0)
        eb.addWidget(self.editor, 1)
        eb.addWidget(self.coach_note)
        left.addWidget(editor_box)
        left.addWidget(self.preview)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setChildrenCollapsible(False)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("composer_split")
        self.split.addWidget(left)
        self.split.addWidget(self.tabs)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([620, 420])
        self.split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.split, 1)

        self.new_button.clicked.connect(lambda: self.new_post(None))
        self.save_button.clicked.connect(lambda: self.save(asked=True))
        self.history_button.clicked.connect(self.show_history)
        self.preview_button.toggled.connect(self.preview.setVisible)
        self.help_button.clicked.connect(self.show_shortcuts)
        self.findings.selected.connect(self._select_finding)
        self.findings.apply_requested.connect(self.apply_finding)
        self.findings.ignore_requested.connect(self.ignore_finding)
        self.findings.allow_requested.connect(self.allow_finding)
        self.editor.mark_clicked.connect(self.findings.select_finding)
        self.editor.apply_requested.connect(self.apply_finding)
        self.editor.ignore_requested.connect(self.ignore_finding)
        self.editor.allow_requested.connect(self.allow_finding)
        self.editor.files_dropped.connect(self._files_dropped)
        self.coaching.aim_changed.connect(lambda _k: self._meta_changed())
        self.networks.changed.connect(self._networks_changed)
        self.networks.copied.connect(self._copied)
        self.schedule.changed.connect(self._meta_changed)
        self.media.media_changed.connect(self._media_changed)

    def _build_actions(self) -> None:
        def action(name: str, text: str, keys: list[QKeySequence], slot: Any) -> QAction:
            a = QAction(text, self)
            a.setObjectName(name)
            a.setShortcuts(keys)
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        self.action_new = action(
            "action_composer_new",
            self.tr("New post"),
            [QKeySequence(QKeySequence.StandardKey.New)],
            lambda: self.new_post(None),
        )
        self.action_save = action(
            "action_composer_save",
            self.tr("Save now"),
            [QKeySequence(QKeySequence.StandardKey.Save)],
            lambda: self.save(asked=True),
        )
        self.action_next = action(
            "action_next_finding",
            self.tr("Next finding"),
            [QKeySequence(Qt.Key.Key_F8)],
            lambda: self.step_finding(1),
        )
        self.action_prev = action(
            "action_previous_finding",
            self.tr("Previous finding"),
            [QKeySequence(QKeyCombination(shift, Qt.Key.Key_F8))],
            lambda: self.step_finding(-1),
        )
        self.action_apply = action(
            "action_apply_suggestion",
            self.tr("Apply the suggestion"),
            [QKeySequence(QKeyCombination(ctrl, Qt.Key.Key_Period))],
            self.apply_current,
        )
        self.action_preview = action(
            "action_toggle_preview",
            self.tr("Show or hide the preview"),
            [QKeySequence(QKeyCombination(ctrl | shift, Qt.Key.Key_P))],
            self.preview_button.toggle,
        )
        self.action_history = action(
            "action_history",
            self.tr("Earlier versions"),
            [QKeySequence(QKeyCombination(ctrl | shift, Qt.Key.Key_H))],
            self.show_history,
        )
        self.action_help = action(
            "action_shortcuts",
            self.tr("Keyboard shortcuts"),
            [QKeySequence(QKeySequence.StandardKey.HelpContents)],
            self.show_shortcuts,
        )
        self._undo_info = QAction(self.tr("Undo / redo (also across saves)"), self)
        self._undo_info.setShortcuts(
            [
                QKeySequence(QKeySequence.StandardKey.Undo),
                QKeySequence(QKeySequence.StandardKey.Redo),
            ]
        )
        for b, a in (
            (self.new_button, self.action_new),
            (self.save_button, self.action_save),
            (self.history_button, self.action_history),
            (self.preview_button, self.action_preview),
            (self.help_button, self.action_help),
        ):
            b.setToolTip(
                fmt(
                    self.tr("%1 (%2)"),
                    a.text(),
                    a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                )
            )

    def shortcut_actions(self) -> list[QAction]:
        return [
            self.action_new,
            self.action_save,
            self.action_next,
            self.action_prev,
            self.action_apply,
            self.action_preview,
            self.action_history,
            self.action_help,
            self._undo_info,
        ]

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)  # type: ignore[arg-type]
        # Inside the main window, its File ▸ New post owns Ctrl+N (and asks us via
        # ctx.events.new_post); a second Ctrl+N here would make the key ambiguous.
        window = self.window()
        taken = window is not self and any(
            a.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
            for a in window.findChildren(QAction)
            if a is not self.action_new
        )
        self.action_new.setEnabled(not taken)

    def _fill_templates(self) -> None:
        self.template_picker.clear()
        self.template_picker.addItem(self.tr("Start from a template…"), "")
        languages = self._profile.languages or ["en"]
        for t in templates_for(languages[0]):
            self.template_picker.addItem(fmt(self.tr("%1 (%2)"), t.title, t.language.upper()), t.id)

    # -- opening ---------------------------------------------------------------------------
    def open_post(self, post_id: int) -> None:
        """Show post `post_id` (saving the current one first)."""
        if post_id == self.post_id() or not self._leave_current():
            return
        try:
            post = get_post(self.ctx.store, post_id)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Open post"), explain(exc))
            return
        self._show_post(post)

    def new_post(self, initial: dict[str, Any] | None = None) -> None:
        """Start a new post; `initial` may carry body, scheduled_at, timezone, networks, status."""
        if not self._leave_current():
            return
        initial = dict(initial or {})
        self._session += 1
        self._writer.reset(self._session, None)
        self._loading = True
        try:
            self._post = None
            self._saved_variants = {}
            self._ignored = list(initial.get("ignored_findings", []))
            self._grammar = None
            self.editor.setPlainText(str(initial.get("body", "")))
            networks = list(initial.get("networks") or self._profile.networks)
            self.networks.set_state(networks, dict(initial.get("variants") or {}))
            self._networks_shown()
            when = initial.get("scheduled_at")
            self.schedule.set_values(
                str(initial.get("status", "scheduled" if when else "draft")),
                str(initial.get("goal", "")),
                list(initial.get("labels", [])),
                when if isinstance(when, datetime) else None,
                initial.get("timezone"),
                self._profile.timezone,
            )
            self.media.set_post(None)
            self.coaching.set_aim("")
        finally:
            self._loading = False
        self.editor.document().setModified(False)
        self._autosave.stop()
        self._dirty = bool(initial)
        if self._dirty:
            self._autosave.start()
        self._show_state()
        self._refresh_context()
        self.editor.setFocus()

    def _show_post(self, post: PostData) -> None:
        self._session += 1
        self._writer.reset(self._session, post)
        self._loading = True
        try:
            self._post = post
            self._saved_variants = {t.network: t.variant for t in post.targets if t.variant}
            self._ignored = list(post.ignored_findings)
            self._grammar = None
            self.editor.setPlainText(post.body)  # another post: its own undo history
            self._fill_plan(post)
            aim = next((a for a in AIMS if POST_KIND_OF_AIM.get(a, a) == post.kind), "")
            self.coaching.set_aim(aim)
            self.media.set_post(post.id)
        finally:
            self._loading = False
        self.editor.document().setModified(False)
        self._autosave.stop()
        self._dirty = False
        self._show_state()
        self._refresh_context()

    def post_id(self) -> int | None:
        return self._post.id if self._post else None

    def _changed_elsewhere(self) -> None:
        """Another page (a calendar drag, results) saved the open post: take its version.

        Only while nothing here is unsaved, so no conflict dialog for an ordinary move;
        unsaved edits still go through the conflict check when they are saved.
        """
        if self._post is None or self._loading or self._background_save or self.is_dirty():
            return
        try:
            current = get_post(self.ctx.store, self._post.id)
        except StoreError:
            return  # deleted or unreadable: the next save says so
        if current.version == self._post.version:
            return
        if current.body != self.editor.toPlainText():
            self._show_post(current)
            return
        # Same text: refresh the plan and networks, keep the cursor and the undo history.
        self._writer.reset(self._session, current)
        self._post = current
        self._saved_variants = {t.network: t.variant for t in current.targets if t.variant}
        self._show_plan(current)
        self._show_state()

    def _show_plan(self, post: PostData) -> None:
        """Show the post's plan and networks without counting it as an edit."""
        self._loading = True
        try:
            self._fill_plan(post)
        finally:
            self._loading = False
        self._refresh_context()  # length findings and counters for the networks shown now

    def _fill_plan(self, post: PostData) -> None:
        """The networks, their variants and the plan tab from the post (callers hold
        `_loading`, so none of it counts as an edit).

        The networks panel says nothing while loading, so the preview and the images'
        warnings are told here: whoever changed the networks, they show the same list."""
        self.networks.set_state(post.networks, dict(self._saved_variants))
        self._networks_shown()
        self.schedule.set_values(
            post.status,
            post.goal,
            post.labels,
            post.scheduled_at,
            post.timezone,
            self._profile.timezone,
        )

    # -- saving ----------------------------------------------------------------------------
    def _modification_changed(self, modified: bool) -> None:
        if not self._loading:
            self._show_state()

    def _meta_changed(self) -> None:
        if self._loading:
            return
        self._meta_generation += 1
        self._dirty = True
        self._show_state()
        self._autosave.start()

    def is_dirty(self) -> bool:
        """Unsaved text (the document says so) or unsaved plan, networks, ignores."""
        return self._dirty or self.editor.document().isModified()

    def flush(self) -> bool:
        """Save now if anything is unsaved (on close, page switch, before opening another).

        False if there were changes and they could not be saved.
        """
        if self.is_dirty():
            return self.save()
        return True

    def _leave_current(self) -> bool:
        """Save before showing another post; if that fails, say so and stay."""
        if self.flush():
            return True
        QMessageBox.warning(
            self,
            self.tr("Not saved"),
            fmt(
                self.tr(
                    "Your changes to this post could not be saved, so it stays open: %1\n\n"
                    "Copy the text somewhere safe, or try Save again in a moment."
                ),
                self.state.text(),
            ),
        )
        return False

    def ensure_post(self) -> int | None:
        """The post's id, creating it now if it was never saved (images need one)."""
        if self._post is None:
            self._dirty = True
            self.save(force=True)
        return self.post_id()

    def _values(self) -> dict[str, Any]:
        values = self.schedule.values()
        aim = self.coaching.aim_kind()
        report = self.live.last.report if self.live.last else None
        kind = POST_KIND_OF_AIM.get(aim, aim) if aim else (report.kind if report else "other")
        values.update(
            body=self.editor.toPlainText(),
            kind=kind,
            ignored_findings=list(self._ignored),
        )
        return values

    def _job(self, as_new: bool = False) -> SaveJob:
        return SaveJob(
            self._values(),
            self.networks.networks(),
            self.networks.variants(),
            as_new,
            self._session,
            self._meta_generation,
        )

    def _nothing_to_create(self, job: SaveJob, force: bool) -> bool:
        return (
            self._post is None
            and not (force or job.as_new)
            and not job.values["body"].strip()
            and not self.is_dirty()
        )

    def save(self, force: bool = False, as_new: bool = False, asked: bool = False) -> bool:
        """Save now (creating the post on first save, or `as_new`). False if it was not saved.

        `asked`: the user pressed Save, so a file found gone is told to the window again.
        """
        self._autosave.stop()
        job = self._job(as_new)
        if self._nothing_to_create(job, force):
            return True
        try:
            post = self._writer.write(job)
        except ConflictError:
            return self._resolve_conflict()
        except StoreError as exc:
            self._save_failed(exc, asked)
            return False
        if post is not None:
            self._after_save(post, job)
        return True

    def _save_in_background(self) -> None:
        """Autosave: the write runs on a worker, one at a time."""
        if self._background_save:
            self._autosave.start()  # try again once the running one is done
            return
        job = self._job()
        if not self.is_dirty() or self._nothing_to_create(job, False):
            return
        self._background_save = True
        writer = self._writer

        def done(post: Any) -> None:
            if not shiboken6.isValid(self):
                return
            self._background_save = False
            if isinstance(post, PostData) and job.session == self._session:
                self._after_save(post, job)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._background_save = False
            if job.session != self._session:
                return
            if isinstance(exc, ConflictError):
                self._resolve_conflict()
            elif isinstance(exc, StoreError):
                self._save_failed(exc, asked=False)
            else:
                log.error("autosave failed: %s", getattr(exc, "__traceback_text__", exc))
                self._show_state(error=str(exc))

        run_task(lambda: writer.write(job), done, failed, owner=self)

    def _save_failed(self, exc: StoreError, asked: bool) -> None:
        """Say why in the state line; a file gone is the window's to handle (its ways back),
        told once, and again whenever the user presses Save."""
        self._show_state(error=explain(exc))
        if isinstance(exc, DatabaseGone) and (asked or not self._gone_told):
            self._gone_told = True
            self.ctx.events.database_gone.emit(exc)

    def take_unsaved(self) -> dict[str, Any] | None:
        """Hand over what is typed here and not saved (the page then forgets it), or None.

        The values are `new_post`'s, plus the post's id and the networks' variants: the
        window carries them to a restored or another database (see `take_over`).
        """
        if not self.is_dirty():
            return None
        job = self._job()
        work = {
            **job.values,
            "networks": job.networks,
            "variants": job.variants,
            "post_id": self.post_id(),
            "cursor": self.editor.textCursor().position(),  # Qt's units, back to Qt
        }
        self._autosave.stop()
        self._dirty = False
        self.editor.document().setModified(False)
        return work

    def take_over(self, work: dict[str, Any], same_file: bool) -> bool:
        """Show `work` from `take_unsaved` and save it here; False if that failed.

        In the same file (a restored backup) it updates its post if the file has it; in
        another file, or a backup older than the post, it becomes a new post.
        """
        post = None
        if same_file and work.get("post_id") is not None:
            try:
                post = get_post(self.ctx.store, int(work["post_id"]))
            except StoreError:
                post = None  # not in this file: saved as a new post
        if post is None:
            self.new_post(work)
            self._put_cursor(int(work.get("cursor", 0)))
            return self.save(force=True)
        self._show_post(post)
        self.editor.replace_all(str(work["body"]))  # one undo step back to the backup's text
        self._put_cursor(int(work.get("cursor", 0)))
        self._loading = True
        try:
            self.networks.set_state(list(work["networks"]), dict(work["variants"]))
            self._networks_shown()
            self.schedule.set_values(
                str(work["status"]),
                str(work["goal"]),
                list(work["labels"]),
                work["scheduled_at"],
                work["timezone"],
                self._profile.timezone,
            )
            self._ignored = list(work["ignored_findings"])
        finally:
            self._loading = False
        self._dirty = True
        return self.save()

    def _put_cursor(self, position: int) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(max(0, min(position, self.editor.document().characterCount() - 1)))
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def _after_save(self, post: PostData, job: SaveJob) -> None:
        self._gone_told = False
        self._post = post
        self._saved_variants = dict(job.variants)
        plan = ("status", "goal", "labels", "scheduled_at", "timezone")
        took_theirs = any(getattr(post, k) != job.values.get(k) for k in plan if k in job.values)
        if took_theirs or sorted(post.networks) != sorted(job.networks):
            # A save merged with changes made elsewhere (say, a new date): show them.
            self._show_plan(post)
        # Only what the snapshot held is saved: edits made meanwhile stay unsaved.
        if self._meta_generation == job.meta_generation:
            self._dirty = False
        if job.values["body"] == self.editor.toPlainText():
            self.editor.document().setModified(False)
        if job.as_new:
            self.media.set_post(post.id)
        self._show_state()
        self.saved.emit(post.id)
        self.ctx.events.posts_changed.emit()

    def _resolve_conflict(self) -> bool:
        """The post was saved elsewhere since we read it: ask, never overwrite silently."""
        choice = self.conflict_resolver(self)
        assert self._post is not None
        if choice == COPY:
            original = self._post.id
            if not self.save(as_new=True):
                return False
            self.media.copy_from(original)  # "mine" includes the images I see
            self._show_state(note=self.tr("Saved as a new post; the other version is kept."))
            return True
        try:
            self._show_post(get_post(self.ctx.store, self._post.id))
        except StoreError as exc:
            self._show_state(error=explain(exc))
            return False
        self._show_state(note=self.tr("Loaded the version saved elsewhere."))
        return True

    def _show_state(self, error: str = "", note: str = "") -> None:
        if error:
            self.state.setText(fmt(self.tr("Not saved: %1"), error))
            # The top row has little room: a long reason (a file's path) is cut short there.
            self.state.setToolTip(self.state.text())
            self.state.setStyleSheet("color: #c62828;")
            return
        self.state.setToolTip("")
        self.state.setStyleSheet("color: #555;")
        if note:
            self.state.setText(note)
        elif self.is_dirty():
            self.state.setText(self.tr("Editing…"))
        elif self._post is None:
            self.state.setText(self.tr("New post"))
        else:
            self.state.setText(
                fmt(
                    self.tr("Saved at %1"),
                    self._post.updated_at.astimezone().strftime("%H:%M"),
                )
            )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.flush()
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        # Switching to another page of the window is a natural moment to save.
        self.flush()
        super().hideEvent(event)

    # -- coaching --------------------------------------------------------------------------
    def _refresh_context(self) -> None:
        self._context = coach_context(self._profile, self.networks.networks())
        self.live.set_context(self._context)

    def _profile_changed(self) -> None:
        try:
            self._profile = self.ctx.profile()
        except StoreError:
            return
        if self._writer.profile_id != self.ctx.profile_id:
            # Another person took the keyboard: their posts are theirs from here on.
            self._writer.profile_id = self.ctx.profile_id
            self.new_post(None)
        self._refresh_context()

    def _setup_grammar(self) -> None:
        settings = self.ctx.settings
        if settings.grammar_mode == "off":
            self.live.grammar_check = None
            self._grammar = None
            self.findings.set_grammar_status(GrammarStatus("off", ""))
            return
        try:
            from firsthand.composer.coach import grammar
        except ImportError as exc:
            self.live.grammar_check = None
            self.findings.set_grammar_status(GrammarStatus("unavailable", str(exc)))
            return
        config = grammar.GrammarConfig.from_settings(settings)
        self._merge = grammar.merge_grammar
        self.live.grammar_check = lambda text, language: grammar.check_grammar(
            text, language, config
        )
        self.findings.set_grammar_status(GrammarStatus("checking", ""))
        self.live.analyze_now()

    def _analyzed(self, analysis: Analysis) -> None:
        if self._grammar is not None and self._grammar.revision != analysis.revision:
            # Keep the old grammar marks' status; their findings no longer fit the text.
            self._grammar = GrammarResult(-1, (), self._grammar.status)
        self._render()
        if analysis.truncated:
            self.coach_note.setText(
                fmt(
                    self.tr(
                        "This text is very long: the coach reads the first %1 characters. "
                        "No network takes more than 63,206."
                    ),
                    number(ANALYZE_LIMIT),
                )
            )
        self.coach_note.setVisible(analysis.truncated)

    def _grammar_checked(self, result: GrammarResult) -> None:
        self._grammar = result
        self.findings.set_grammar_status(result.status)
        if result.revision >= 0:
            self._render()

    def _coach_failed(self, message: str) -> None:
        self.coach_note.setText(fmt(self.tr("The coach stopped on this text: %1"), message))
        self.coach_note.show()

    def visible_findings(self) -> list[Finding]:
        analysis = self.live.last
        if analysis is None:
            return []
        g = self._grammar
        report = analysis.report
        if g is not None and g.revision == analysis.revision and self._merge is not None:
            report = self._merge(report, g.findings, g.status, self._context)
        found = list(report.findings)
        ignored = set(self._ignored)
        return [f for f in found if f.key not in ignored][:MAX_MARKS]

    def _render(self) -> None:
        analysis = self.live.last
        if analysis is None:
            return
        findings = self.visible_findings()
        offsets = analysis.offsets
        self.editor.set_marks([Mark(f, *offsets.span_to_utf16(f.start, f.end)) for f in findings])
        self.findings.set_findings(findings, blank=not analysis.text.strip())
        count = len(findings)
        self.tabs.setTabText(
            0, fmt(self.tr("Findings (%1)"), count) if count else self.tr("Findings")
        )
        self.coaching.set_report(analysis.report)
        self.analysis_shown.emit()

    def _counted(self, counts: Counts) -> None:
        analysis = self.live.last
        if analysis is None:
            return
        self.networks.update_counts(analysis.text, counts.counts)
        self._update_preview(analysis.text, counts.cuts)

    def _update_preview(
        self, body: str | None = None, cuts: dict[str, int | None] | None = None
    ) -> None:
        media = self.media.media()
        self.preview.set_content(
            self._profile.name,
            self.editor.toPlainText() if body is None else body,
            self.networks.variants(),
            media[0].path if media else None,
            cuts,
        )

    # -- findings actions ------------------------------------------------------------------
    def _mark_for(self, finding: Finding) -> Mark | None:
        for m in self.editor.marks():
            if m.finding == finding:
                return m
        return None

    def _select_finding(self, finding: Finding) -> None:
        mark = self._mark_for(finding)
        if mark is not None:
            self.editor.select_span(*self.editor.current_span(mark))

    def step_finding(self, delta: int) -> None:
        finding = self.findings.step(delta)
        if finding is not None:
            self.tabs.setCurrentWidget(self.findings)
            self._select_finding(finding)
            self.editor.setFocus()

    def apply_current(self) -> None:
        finding = self.findings.current()
        if finding is None:
            finding = self.findings.step(1)
        if finding is not None and not self.apply_finding(finding):
            # Nothing to write in its place: show why, with the finding selected.
            self.tabs.setCurrentWidget(self.findings)
            self._select_finding(finding)

    def apply_finding(self, finding: Finding) -> bool:
        """Write the finding's replacement in place of its text, as one undoable edit."""
        if finding.replacement is None:
            return False
        mark = self._mark_for(finding)
        if mark is None:
            return False
        start, end = self.editor.current_span(mark)
        cursor = self.editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != finding.text:
            return False  # edited since the analysis; the next one will place it again
        self.editor.replace_span(start, end, finding.replacement)
        self.live.analyze_now()
        return True

    def ignore_finding(self, finding: Finding) -> None:
        """Hide this finding in this post (saved with the post)."""
        if finding.key not in self._ignored:
            self._ignored.append(finding.key)
        self._meta_changed()
        self._render()

    def allow_finding(self, finding: Finding) -> None:
        """Add the finding's word to the profile's allow-list, for every post."""
        try:
            self._profile = allow_word(self.ctx.store, self.ctx.profile_id, finding.text)
        except StoreError as exc:
            self._show_state(error=explain(exc))
            return
        self.ctx.events.profile_changed.emit()
        self._refresh_context()

    # -- the rest --------------------------------------------------------------------------
    def _template_chosen(self, index: int) -> None:
        template_id = self.template_picker.itemData(index)
        self.template_picker.setCurrentIndex(0)
        if template_id:
            self.apply_template(str(template_id))

    def apply_template(self, template_id: str) -> None:
        """Start the post from a template: its questions go in (undoable), the aim follows."""
        t = template(template_id)
        current = self.editor.toPlainText()
        if current.strip():
            self.editor.textCursor().insertText("\n\n" + t.body if current else t.body)
        else:
            self.editor.replace_all(t.body)
        self.coaching.set_aim(t.kind)
        self.editor.setFocus()

    def _networks_shown(self) -> None:
        self.preview.set_networks(self.networks.networks())
        self.media.set_networks(self.networks.networks())

    def _networks_changed(self) -> None:
        self._networks_shown()
        self._meta_changed()
        self._refresh_context()

    def _files_dropped(self, paths: list[Path]) -> None:
        """Files dropped or pasted on the editor become the post's images."""
        self.tabs.setCurrentWidget(self.media)
        self.media.attach_files(paths)

    def _media_changed(self, media: list[Any]) -> None:
        self.coaching.set_media_count(len(media))
        self._update_preview()

    def _copied(self, network: str) -> None:
        from firsthand.composer.coach.networks import NETWORKS

        name = NETWORKS[network].name if network in NETWORKS else network
        self._show_state(note=fmt(self.tr("Copied the text for %1."), name))

    def show_history(self) -> None:
        if self._post is None:
            revisions = []
        else:
            self.flush()
            try:
                revisions = list_revisions(self.ctx.store, self._post.id)
            except StoreError as exc:
                QMessageBox.warning(self, self.tr("Earlier versions"), explain(exc))
                return
        dialog = HistoryDialog(revisions, self.editor.toPlainText(), self)
        if dialog.exec() and dialog.chosen_body() is not None:
            self.restore_body(str(dialog.chosen_body()))

    def restore_body(self, body: str) -> None:
        """Put an earlier text back as one undoable edit (the current text stays in history)."""
        self.editor.replace_all(body)
        self.save()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.shortcut_actions(), self).exec()

    def category_label(self, category: str) -> str:
        return categories.label(category)
