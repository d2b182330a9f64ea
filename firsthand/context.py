"""What every page of the window needs: paths, settings, the open store, the profile."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from firsthand.paths import Paths
from firsthand.services.profiles import ProfileData, get_profile
from firsthand.settings import Settings
from firsthand.store import Store


class Events(QObject):
    """App-wide notifications, so pages refresh without knowing each other."""

    posts_changed = Signal()  # a post was created, edited, moved or deleted
    profile_changed = Signal()  # the current profile or its lists changed
    settings_changed = Signal()
    open_post = Signal(int)  # ask the composer to open this post
    new_post = Signal(object)  # ask the composer for a new post; arg: dict of initial values
    database_gone = Signal(object)  # a save found the file moved or deleted; arg: DatabaseGone


@dataclass
class AppContext:
    paths: Paths
    settings: Settings
    store: Store
    profile_id: int
    events: Events = field(default_factory=Events)

    @property
    def db_path(self) -> Path:
        return self.store.path

    @property
    def backup_dir(self) -> Path:
        return self.paths.backup_dir_for(self.store.path)

    @property
    def media_dir(self) -> Path:
        return self.paths.media_dir_for(self.store.path)

    def profile(self) -> ProfileData:
        return get_profile(self.store, self.profile_id)

    def save_settings(self) -> None:
        self.settings.save(self.paths.settings_file)
        self.events.settings_changed.emit()
