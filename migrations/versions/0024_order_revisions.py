"""order revisions: a buyer's change or cancellation kept as a record of the order it speaks of

A change ("please make the masks 14 boxes"), an X12 860, an EDIFACT ORDCHG, a UBL OrderChange or
OrderCancellation was filed as one more order for a clerk. It is now matched to its order and kept as a
row of order_revisions: what it asked, the line-by-line difference, its status (pending, applied,
declined, refused), who decided and when, and whether the ERP got it. The order status `cancelled` fits
the existing String(32) column.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'order_revisions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('message_id', sa.Integer(), nullable=True),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('said', sa.Text(), nullable=True),
        sa.Column('parts', sa.JSON(), nullable=False),
        sa.Column('difference', sa.JSON(), nullable=False),
        sa.Column('header_difference', sa.JSON(), nullable=False),
        sa.Column('strong', sa.Boolean(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('after_erp', sa.Boolean(), nullable=False),
        sa.Column('delivery', sa.String(length=16), nullable=False),
        sa.Column('decided_by', sa.String(length=320), nullable=True),
        sa.Column('decided_at', sa.DateTime(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['order_id'], ['orders.id']),
        sa.ForeignKeyConstraint(['message_id'], ['inbound_messages.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('order_id', 'number', name='uq_order_revisions_order_number'),
    )
    op.create_index('ix_order_revisions_order_id', 'order_revisions', ['order_id'])
    op.create_index('ix_order_revisions_message_id', 'order_revisions', ['message_id'])
    op.create_index('ix_order_revisions_status', 'order_revisions', ['status'])


def downgrade() -> None:
    op.drop_index('ix_order_revisions_status', table_name='order_revisions')
    op.drop_index('ix_order_revisions_message_id', table_name='order_revisions')
    op.drop_index('ix_order_revisions_order_id', table_name='order_revisions')
    op.drop_table('order_revisions')
