"""EDI answers that answer no order: an X12 997 or EDIFACT CONTRL rejecting an interchange (or the transaction
sets of it) that broke its syntax, so became no order. edi_answers.order_id may be NULL, and such an answer
names its customer itself; a document keeps its syntax errors as data (documents.edi_errors), which the answer
says back and the clerk reads.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain nullable ADD COLUMN: in place on SQLite too, without copying the table of documents' bytes.
    op.add_column('documents', sa.Column('edi_errors', sa.JSON(), nullable=True))
    # edi_answers is small: SQLite copies it to loosen the NOT NULL (batch mode), PostgreSQL alters it in place.
    with op.batch_alter_table('edi_answers') as batch:
        batch.alter_column('order_id', existing_type=sa.Integer(), nullable=True)
        batch.add_column(sa.Column('customer_id', sa.String(length=64), nullable=True))
        batch.create_foreign_key('fk_edi_answers_customer_id_customers', 'customers', ['customer_id'], ['id'])


def downgrade() -> None:
    # An answer of no order cannot stay in a table whose every row is an order's.
    op.execute("DELETE FROM edi_answers WHERE order_id IS NULL")
    with op.batch_alter_table('edi_answers') as batch:
        batch.drop_constraint('fk_edi_answers_customer_id_customers', type_='foreignkey')
        batch.drop_column('customer_id')
        batch.alter_column('order_id', existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table('documents') as batch:
        batch.drop_column('edi_errors')
