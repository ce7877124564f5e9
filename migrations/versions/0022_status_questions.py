"""status questions: the order a buyer's question is about, and the message its answer answers

A buyer's "has PO 4471 shipped?" was closed as not an order and never answered. A status question matched
to one order of the sender's customer is now answered by email under the question's own email:
inbound_messages.about_order_id names the order asked about, acknowledgements.answers_message_id the
message answered (NULL: the order's own, as before). The two new message statuses (status_answered,
status_question) fit the existing String(32) column.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None

FOREIGN_KEY = 'acknowledgements_answers_message_id_fkey'  # PostgreSQL's own name for it


def upgrade() -> None:
    # Plain nullable ADD COLUMNs: in place on SQLite too, without copying the table of raw messages.
    # A plain id (orders already point at their message: a key back would make the two tables a cycle).
    op.add_column('inbound_messages', sa.Column('about_order_id', sa.Integer(), nullable=True))
    # SQLite adds a column with a REFERENCES clause as it is (alembic's own add_column would want batch mode).
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('ALTER TABLE acknowledgements ADD COLUMN answers_message_id INTEGER REFERENCES inbound_messages (id)')
    else:
        op.add_column('acknowledgements', sa.Column('answers_message_id', sa.Integer(), nullable=True))
        op.create_foreign_key(FOREIGN_KEY, 'acknowledgements', 'inbound_messages', ['answers_message_id'], ['id'])

def downgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        op.drop_constraint(FOREIGN_KEY, 'acknowledgements', type_='foreignkey')
    with op.batch_alter_table('acknowledgements', schema=None) as batch_op:
        batch_op.drop_column('answers_message_id')
    with op.batch_alter_table('inbound_messages', schema=None) as batch_op:
        batch_op.drop_column('about_order_id')
