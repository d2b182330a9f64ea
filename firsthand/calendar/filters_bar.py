"""Filter menus for the calendar: network, status, kind and label (empty means all)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from firsthand.services.calendar import Filters
from firsthand.store.models import POST_KINDS, POST_STATUSES

from .names import kind_name, network_name, status_name


class _FilterButton(QToolButton):
    """A button with a menu of checkable values; its label says how many are chosen."""

    toggled_values = Signal()

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setObjectName(f"filter_{name}")
        self.setAccessibleName(title)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.menu_.setObjectName(f"filter_{name}_menu")
        self.setMenu(self.menu_)
        self._actions: dict[str, QAction] = {}

    def set_values(
        self, values: Iterable[str], label: Callable[[str], str], chosen: set[str]
    ) -> None:
        self.menu_.clear()
        self._actions = {}
        clear = self.menu_.addAction(self.tr("Show all"))
        clear.triggered.connect(self._clear)
        self.menu_.addSeparator()
        for value in values:
            action = self.menu_.addAction(label(value))
            action.setCheckable(True)
            action.setChecked(value in chosen)
            action.toggled.connect(self._changed)
            self._actions[value] = action
        self._relabel()

    def chosen(self) -> set[str]:
        return {v for v, a in self._actions.items() if a.isChecked()}

    def _clear(self) -> None:
        for action in self._actions.values():
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        self._relabel()
        self.toggled_values.emit()

    def _relabel(self) -> None:
        n = len(self.chosen())
        self.setText(
            self.title
            if n == 0
            else self.tr("%1 (%2)").replace("%1", self.title).replace("%2", str(n))
        )


class FiltersBar(QWidget):
    changed = Signal(object)  # Filters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_filters")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.networks = _FilterButton("networks", self.tr("Networks"), self)
        self.statuses = _FilterButton("statuses", self.tr("Status"), self)
        self.kinds = _FilterButton("kinds", self.tr("Kind"), self)
        self.labels = _FilterButton("labels", self.tr("Labels"), self)
        for button in (self.networks, self.statuses, self.kinds, self.labels):
            layout.addWidget(button)
            button.toggled_values.connect(self._emit)

    def set_choices(self, networks: list[str], labels: list[str], current: Filters) -> None:
        nets = list(dict.fromkeys([*networks, *sorted(current.networks)]))
        self.networks.set_values(nets, network_name, current.networks)
        self.statuses.set_values(POST_STATUSES, status_name, current.statuses)
        self.kinds.set_values(POST_KINDS, kind_name, current.kinds)
        self.set_labels(labels, current.labels)

    def set_labels(self, labels: list[str], chosen: set[str]) -> None:
        labs = list(dict.fromkeys([*labels, *sorted(chosen)]))
        self.labels.set_values(labs, lambda s: s, chosen)

    def filters(self) -> Filters:
        return Filters(
            self.networks.chosen(),
            self.statuses.chosen(),
            self.kinds.chosen(),
            self.labels.chosen(),
        )

    def _emit(self) -> None:
        self.changed.emit(self.filters())
