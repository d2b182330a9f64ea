"""Profiles: who writes, in which field, for which networks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from firsthand.message import QT_TRANSLATE_NOOP, say
from firsthand.store import ConflictError, NotFound, Store
from firsthand.store.models import Profile

if TYPE_CHECKING:
    from firsthand.composer.coach.report import Context

# In English; the UI translates them (context "StoreError").
NO_PROFILE = QT_TRANSLATE_NOOP("StoreError", "Profile %1 does not exist.")
PROFILE_CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "StoreError", "This profile was changed elsewhere; reload it and try again."
)


@dataclass(frozen=True)
class ProfileData:
    id: int
    name: str
    profession: str = ""
    topics: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)
    allow_list: list[str] = field(default_factory=list)
    ignored_rules: list[str] = field(default_factory=list)
    own_jargon: list[str] = field(default_factory=list)
    company_names: list[str] = field(default_factory=list)
    timezone: str = "UTC"
    created_at: datetime | None = None
    version: int = 1


_EDITABLE = {f.name for f in fields(ProfileData)} - {"id", "created_at", "version"}


def _data(row: Profile) -> ProfileData:
    assert row.id is not None
    return ProfileData(**{f.name: getattr(row, f.name) for f in fields(ProfileData)})


def _clean_list(values: Any) -> list[str]:
    out: list[str] = []
    for v in values or []:
        v = str(v).strip()
        if v and v.casefold() not in {o.casefold() for o in out}:
            out.append(v)
    return out


def create_profile(store: Store, name: str, **values: Any) -> ProfileData:
    name = name.strip()
    if not name:
        raise ValueError("A profile needs a name.")
    unknown = set(values) - _EDITABLE
    if unknown:
        raise TypeError(f"unknown profile fields: {sorted(unknown)}")
    for key, val in values.items():
        if isinstance(val, (list, tuple, set)):
            values[key] = _clean_list(val)
    with store.write() as s:
        row = Profile(name=name, **values)
        s.add(row)
        s.flush()
        return _data(row)


def list_profiles(store: Store) -> list[ProfileData]:
    with store.read() as s:
        return [_data(r) for r in s.exec(select(Profile).order_by(col(Profile.id))).all()]


def active_profile(store: Store, last_profile_id: int = 0) -> ProfileData | None:
    """The profile the app opens with this file: the one used last, else the first; None if
    the file has none yet."""
    profiles = list_profiles(store)
    return next((p for p in profiles if p.id == last_profile_id), profiles[0] if profiles else None)


def coach_context(profile: ProfileData, networks: Sequence[str] = ()) -> Context:
    """What the coach knows of the author: field, topics, their words, the rules they ignore.

    The language is the profile's when it writes in only one, else detected per post.
    """
    from firsthand.composer.coach.report import Context  # the coach loads only when asked

    language = profile.languages[0] if len(profile.languages) == 1 else "auto"
    return Context(
        language=language,
        profession=profile.profession,
        topics=tuple(profile.topics),
        allow_list=tuple(profile.allow_list),
        ignored_rules=tuple(profile.ignored_rules),
        own_jargon=tuple(profile.own_jargon),
        company_names=tuple(profile.company_names),
        networks=tuple(networks),
    )


def get_profile(store: Store, profile_id: int) -> ProfileData:
    with store.read() as s:
        row = s.get(Profile, profile_id)
        if row is None:
            raise NotFound(say(NO_PROFILE, profile_id))
        return _data(row)


def update_profile(
    store: Store, profile_id: int, expected_version: int | None = None, **changes: Any
) -> ProfileData:
    """Change fields; with `expected_version`, raise ConflictError if someone else saved first."""
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise TypeError(f"unknown profile fields: {sorted(unknown)}")
    with store.write() as s:
        row = s.get(Profile, profile_id)
        if row is None:
            raise NotFound(say(NO_PROFILE, profile_id))
        if expected_version is not None and row.version != expected_version:
            raise ConflictError(say(PROFILE_CHANGED_ELSEWHERE))
        for key, val in changes.items():
            if isinstance(val, (list, tuple, set)):
                val = _clean_list(val)
            setattr(row, key, val)
        row.version += 1
        s.add(row)
        s.flush()
        return _data(row)


def _add_to_list(store: Store, profile_id: int, attr: str, value: str) -> ProfileData:
    with store.write() as s:
        row = s.get(Profile, profile_id)
        if row is None:
            raise NotFound(say(NO_PROFILE, profile_id))
        current = list(getattr(row, attr))
        setattr(row, attr, _clean_list([*current, value]))
        row.version += 1
        s.add(row)
        s.flush()
        return _data(row)


def allow_word(store: Store, profile_id: int, word: str) -> ProfileData:
    """Add `word` to the profile's allow-list ("this word is fine for my audience")."""
    return _add_to_list(store, profile_id, "allow_list", word)


def ignore_rule(store: Store, profile_id: int, rule: str) -> ProfileData:
    """Never show findings of `rule` for this profile."""
    return _add_to_list(store, profile_id, "ignored_rules", rule)
