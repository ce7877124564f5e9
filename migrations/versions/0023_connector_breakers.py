"""connector breakers: a circuit breaker per connector, shared by every worker

A hanging ERP held each worker up to its timeout on every attempt, and intake waited behind it. Now
a connector that fails N times in a row is not called for a cool-down (its jobs wait, not counted as
attempts), then one trial call decides. Its state is a row per connector (named by its stage).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'connector_breakers',
        sa.Column('connector', sa.String(length=64), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('consecutive_failures', sa.Integer(), nullable=False),
        sa.Column('opens', sa.Integer(), nullable=False),
        sa.Column('open_until', sa.DateTime(), nullable=True),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('changed_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('connector'),
    )


def downgrade() -> None:
    op.drop_table('connector_breakers')
