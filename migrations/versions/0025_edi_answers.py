"""EDI answers to EDI buyers: an X12 997 and 855, an EDIFACT CONTRL and ORDRSP, a UBL OrderResponse for each
order accepted, changed or rejected, kept whole as rows of edi_answers (their control numbers in the counters
table, one per trading partner); which answers a customer wants and how they reach it are columns of
customers (NULL: answer in the syntax the order came in, by the connector when it can carry them).

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customers') as batch:
        batch.add_column(sa.Column('edi_answers', sa.JSON(), nullable=True))
        batch.add_column(sa.Column('edi_answer_delivery', sa.String(length=16), nullable=True))
    op.create_table(
        'edi_answers',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('message_id', sa.Integer(), nullable=True),
        sa.Column('document_id', sa.Integer(), nullable=True),
        sa.Column('kind', sa.String(length=24), nullable=False),
        sa.Column('syntax', sa.String(length=8), nullable=False),
        sa.Column('answer', sa.String(length=16), nullable=False),
        sa.Column('partner', sa.String(length=100), nullable=True),
        sa.Column('control_number', sa.String(length=20), nullable=True),
        sa.Column('file_name', sa.String(length=200), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.Column('idempotency_key', sa.String(length=200), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('delivery', sa.String(length=16), nullable=True),
        sa.Column('acknowledgement_id', sa.Integer(), nullable=True),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['order_id'], ['orders.id']),
        sa.ForeignKeyConstraint(['message_id'], ['inbound_messages.id']),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id']),
        sa.ForeignKeyConstraint(['acknowledgement_id'], ['acknowledgements.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('idempotency_key'),
    )
    op.create_index('ix_edi_answers_order_id', 'edi_answers', ['order_id'])
    op.create_index('ix_edi_answers_document_id', 'edi_answers', ['document_id'])


def downgrade() -> None:
    op.drop_index('ix_edi_answers_document_id', table_name='edi_answers')
    op.drop_index('ix_edi_answers_order_id', table_name='edi_answers')
    op.drop_table('edi_answers')
    with op.batch_alter_table('customers') as batch:
        batch.drop_column('edi_answer_delivery')
        batch.drop_column('edi_answers')
