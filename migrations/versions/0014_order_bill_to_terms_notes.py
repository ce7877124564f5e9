"""orders.bill_to, payment_terms, notes: the document's bill-to address, payment terms and notes

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('bill_to', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('payment_terms', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('notes', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('notes')
        batch_op.drop_column('payment_terms')
        batch_op.drop_column('bill_to')
