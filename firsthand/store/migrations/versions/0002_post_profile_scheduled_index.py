"""post: index on (profile_id, scheduled_at) for the calendar

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

The calendar asks for one profile's posts in one period. With only single-column
indexes SQLite picks ix_post_profile_id and reads every post of the profile (10,000
posts: ~30 ms per month drawn); the composite index reads just the period.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("post", schema=None) as batch_op:
        batch_op.create_index(
            "ix_post_profile_scheduled", ["profile_id", "scheduled_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("post", schema=None) as batch_op:
        batch_op.drop_index("ix_post_profile_scheduled")
