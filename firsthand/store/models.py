"""The tables. Change them only together with a new Alembic migration."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from .types import UTCDateTime, utcnow

POST_STATUSES = ("idea", "draft", "ready", "scheduled", "published", "archived")
POST_KINDS = ("story", "experience", "announcement", "opinion", "promotion", "other")
ACTIVITY_KINDS = ("discussion", "online_event", "contest", "charity", "interview", "other")


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


def _when(nullable: bool = True, index: bool = False) -> Any:
    if nullable:
        return Field(default=None, sa_column=Column(UTCDateTime(), nullable=True, index=index))
    return Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class Profile(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    profession: str = ""
    topics: list[str] = _json_list()
    languages: list[str] = _json_list()
    networks: list[str] = _json_list()
    allow_list: list[str] = _json_list()
    ignored_rules: list[str] = _json_list()
    own_jargon: list[str] = _json_list()
    company_names: list[str] = _json_list()
    timezone: str = "UTC"
    passcode_hash: str | None = None
    created_at: datetime = _when(nullable=False)
    version: int = 1


class Campaign(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id", index=True)
    name: str
    starts_on: date | None = None
    ends_on: date | None = None
    goal: str = ""
    goal_kind: str = ""
    audience: str = ""
    networks: list[str] = _json_list()
    created_at: datetime = _when(nullable=False)
    version: int = 1
    deleted_at: datetime | None = _when()


class BudgetLine(SQLModel, table=True):
    __tablename__ = "budget_line"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    label: str
    currency: str = ""
    planned_minor: int = 0
    spent_minor: int = 0
    planned_hours: float = 0.0
    spent_hours: float = 0.0


class Criterion(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    metric: str
    target: float
    due_on: date | None = None


class Activity(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id", index=True)
    campaign_id: int | None = Field(default=None, foreign_key="campaign.id", index=True)
    kind: str = "other"
    title: str
    happens_at: datetime | None = _when()
    notes: str = ""


class Post(SQLModel, table=True):
    # The calendar's queries: one profile's posts in one period (migration 0002), and the
    # posts past their time that still wait (migration 0003).
    __table_args__ = (
        Index("ix_post_profile_scheduled", "profile_id", "scheduled_at"),
        Index("ix_post_status_scheduled", "status", "scheduled_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id", index=True)
    campaign_id: int | None = Field(default=None, foreign_key="campaign.id", index=True)
    body: str = ""
    kind: str = "other"
    status: str = Field(default="draft", index=True)
    goal: str = ""
    labels: list[str] = _json_list()
    ignored_findings: list[str] = _json_list()
    scheduled_at: datetime | None = _when(index=True)
    timezone: str | None = None
    created_at: datetime = _when(nullable=False)
    updated_at: datetime = _when(nullable=False)
    version: int = 1
    deleted_at: datetime | None = _when()


class PostTarget(SQLModel, table=True):
    __tablename__ = "post_target"
    __table_args__ = (UniqueConstraint("post_id", "network"),)
    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(foreign_key="post.id", index=True)
    network: str
    variant: str | None = None
    status: str = "planned"
    published_at: datetime | None = _when()
    url: str = ""
    reach: int | None = None
    reactions: int | None = None
    comments: int | None = None
    shares: int | None = None
    new_followers: int | None = None
    inquiries: int | None = None


class Revision(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(foreign_key="post.id", index=True)
    body: str
    post_version: int
    created_at: datetime = _when(nullable=False)


class Media(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(foreign_key="post.id", index=True)
    path: str
    original_name: str = ""
    width: int = 0
    height: int = 0
    position: int = 0
    created_at: datetime = _when(nullable=False)


class FollowUp(SQLModel, table=True):
    __tablename__ = "follow_up"
    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(foreign_key="post.id", index=True)
    network: str = ""
    due_at: datetime = _when(nullable=False)
    done_at: datetime | None = _when()
    outcome: str = ""
