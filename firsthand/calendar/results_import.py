"""Import results from a spreadsheet: the exported plan with each network's numbers typed in."""

from __future__ import annotations

from typing import Any

from firsthand.services.plan_io import CsvTable, build_results_preview, import_results
from firsthand.services.results import post_ids

from .import_dialog import ImportDialog


class ResultsImportDialog(ImportDialog):
    def prepare(self) -> None:
        self.setObjectName("results_import_dialog")
        self.setWindowTitle(self.tr("Import results"))
        self._known = post_ids(self.ctx.store, self.ctx.profile_id)

    def fields(self) -> list[tuple[str, str]]:
        return [
            ("id", self.tr("Post number (id)")),
            ("network", self.tr("Network")),
            ("published_at", self.tr("Published at (optional)")),
            ("url", self.tr("Address (optional)")),
            ("reach", self.tr("Reach")),
            ("reactions", self.tr("Reactions")),
            ("comments", self.tr("Comments")),
            ("shares", self.tr("Shares")),
            ("new_followers", self.tr("New followers")),
            ("inquiries", self.tr("Inquiries")),
        ]

    def build(self, table: CsvTable, mapping: dict[str, int]) -> Any:
        return build_results_preview(table, mapping, self._known)

    def ready_text(self, preview: Any) -> str:
        return self.tr("Results for %1 posts and networks ready to import.").replace(
            "%1", str(len(preview.lines))
        )

    def has_work(self, preview: Any) -> bool:
        return bool(preview.lines)

    def write(self, preview: Any) -> Any:
        return import_results(self.ctx.store, preview)
