"""a message with the Message-ID of one already held is a new message, flagged

Until now a message whose Message-ID we already held was taken for a copy and dropped, even when its
bytes differed: a second order from a mailer that reuses its IDs vanished, and a forged message could
beat the real one to us. The same bytes are still one message (sha256); a message with another's
Message-ID and other bytes is stored, pointing to the first (inbound_messages.same_message_id_as). The
unique index on message_id now holds among the first ones only, so two sources storing two such
messages at once still agree which came first.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-08
"""
import sqlalchemy as sa
from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None

FIRST_ONLY = 'message_id IS NOT NULL AND same_message_id_as IS NULL'
ANY = 'message_id IS NOT NULL'
FOREIGN_KEY = 'inbound_messages_same_message_id_as_fkey'  # PostgreSQL's own name for it


def upgrade() -> None:
    # The column and its reference in place, without copying the table that holds every raw message (which
    # alembic's batch mode would do on SQLite; SQLite adds a column with a REFERENCES clause as it is).
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('ALTER TABLE inbound_messages ADD COLUMN same_message_id_as INTEGER REFERENCES inbound_messages (id)')
    else:
        op.add_column('inbound_messages', sa.Column('same_message_id_as', sa.Integer(), nullable=True))
        op.create_foreign_key(FOREIGN_KEY, 'inbound_messages', 'inbound_messages', ['same_message_id_as'], ['id'])
    op.drop_index('uq_inbound_messages_message_id', table_name='inbound_messages', sqlite_where=sa.text(ANY),
                  postgresql_where=sa.text(ANY))
    op.create_index('uq_inbound_messages_message_id', 'inbound_messages', ['message_id'], unique=True,
                    sqlite_where=sa.text(FIRST_ONLY), postgresql_where=sa.text(FIRST_ONLY))


def downgrade() -> None:
    # Below 0020 a Message-ID is held once: the later messages cannot be kept under theirs, and dropping
    # them (or their Message-IDs) would lose what this revision was made to keep.
    shared = op.get_bind().scalar(sa.text('SELECT count(*) FROM inbound_messages WHERE same_message_id_as IS NOT NULL'))
    if shared:
        raise RuntimeError(f'{shared} messages share a Message-ID with an earlier one: they cannot be held below '
                           '0020; export them (GET /api/messages/<id>/raw) and delete them first')
    op.drop_index('uq_inbound_messages_message_id', table_name='inbound_messages', sqlite_where=sa.text(FIRST_ONLY),
                  postgresql_where=sa.text(FIRST_ONLY))
    op.create_index('uq_inbound_messages_message_id', 'inbound_messages', ['message_id'], unique=True,
                    sqlite_where=sa.text(ANY), postgresql_where=sa.text(ANY))
    if op.get_bind().dialect.name == 'sqlite':
        with op.batch_alter_table('inbound_messages', schema=None) as batch_op:
            batch_op.drop_column('same_message_id_as')
    else:
        op.drop_constraint(FOREIGN_KEY, 'inbound_messages', type_='foreignkey')
        op.drop_column('inbound_messages', 'same_message_id_as')
