"""sender authentication: what intake found of each message's sender, and each customer's rule

Mail forged as a known buyer was read, approved and shipped: nothing checked who sent it. Intake now
records, per message, whether the sender was authenticated (trusted Authentication-Results headers, our
own DKIM verification, a trusted relay or mailbox) as columns; the decision reads them. A customer may
have its own rule (customers.sender_auth: required / not_required; NULL follows the setting).

Messages stored before this revision keep NULL: not checked, so an order read from one again is not
approved untouched on the strength of a check that never ran.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None

MESSAGE_COLUMNS = (
    ('sender_auth', sa.String(16)),
    ('sender_auth_method', sa.String(16)),
    ('sender_auth_domain', sa.String(255)),
    ('sender_auth_aligned', sa.Boolean()),
    ('sender_auth_by', sa.String(255)),
    ('sender_auth_checks', sa.JSON()),
)


def upgrade() -> None:
    # Plain ADD COLUMNs (nullable, no default): in place on SQLite too, without copying the table that holds
    # every raw message.
    for name, type_ in MESSAGE_COLUMNS:
        op.add_column('inbound_messages', sa.Column(name, type_, nullable=True))
    op.add_column('customers', sa.Column('sender_auth', sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('sender_auth')
    with op.batch_alter_table('inbound_messages', schema=None) as batch_op:
        for name, _ in reversed(MESSAGE_COLUMNS):
            batch_op.drop_column(name)
