"""order lines by SKU: a customer's history of a product is read for every line matched

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27
"""
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_lines_sku'), ['sku'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_lines_sku'))
