"""review screen: claims, clerk time, holds; users can be disabled

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimed_by', sa.String(length=320), nullable=True))
        batch_op.add_column(sa.Column('claimed_until', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('claimed_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('review_seconds', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('held_reason', sa.Text(), nullable=True))
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('active', sa.Boolean(), server_default=sa.true(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('active')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('held_reason')
        batch_op.drop_column('review_seconds')
        batch_op.drop_column('claimed_at')
        batch_op.drop_column('claimed_until')
        batch_op.drop_column('claimed_by')
