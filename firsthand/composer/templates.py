"""Post templates: questions to answer for each good kind of post, in English and French.

The texts are data (resources/templates/templates.toml) so they can be edited without code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TEMPLATES_FILE = Path(__file__).resolve().parents[1] / "resources" / "templates" / "templates.toml"
AIMS = ("story", "experience", "announcement", "opinion", "portfolio")
# The post table knows no "portfolio" kind: showing your work is sharing experience.
POST_KIND_OF_AIM = {"portfolio": "experience"}


@dataclass(frozen=True)
class Template:
    kind: str
    language: str
    title: str
    body: str

    @property
    def id(self) -> str:
        return f"{self.kind}.{self.language}"


@cache
def load_templates() -> tuple[Template, ...]:
    with TEMPLATES_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    out: list[Template] = []
    for kind in AIMS:
        for language, table in sorted(data.get(kind, {}).items()):
            out.append(Template(kind, language, str(table["title"]), str(table["body"]).strip()))
    return tuple(out)


def template(template_id: str) -> Template:
    for t in load_templates():
        if t.id == template_id:
            return t
    raise KeyError(template_id)


def templates_for(language: str) -> list[Template]:
    """Templates in `language` first, then the others."""
    return sorted(load_templates(), key=lambda t: (t.language != language, AIMS.index(t.kind)))
