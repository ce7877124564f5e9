"""intake facts: the message source as columns, the header facts read once at intake, the parts stored at
intake (documents.alternative), and orders.header_provenance

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02

Backfill, so old rows read like new ones:
- `inbound_messages.source_ref` (imap:<mailbox>:<folder>:<uidvalidity>:<uid>, imap:<imap URL>:<uid> from
  a CLI ingest, user:<email> from the API, else a path or a corpus name) becomes the source columns, and
  the column is dropped.
- Each kept raw message's header block is read with intake's own reader (`intake.headers`), so an old
  row's facts are exactly what intake would store today.
- A message still waiting for processing (received, or parked by a dead processing job, which a retry
  puts back) has no documents yet: it is split here, as intake now does at arrival, with the default
  MIME limits (the configured ones are not known to a migration).
- Orders filed before this revision keep `header_provenance` NULL: knowing it would mean extracting
  their documents again, so the review screen reads the document again for them (as it always did).
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote, urlparse

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

BATCH = 20  # raw messages held at once (a message may be tens of MB)

messages = sa.table(
    'inbound_messages',
    sa.column('id', sa.Integer), sa.column('source', sa.String), sa.column('source_ref', sa.String),
    sa.column('raw', sa.LargeBinary), sa.column('status', sa.String),
    sa.column('source_mailbox', sa.String), sa.column('source_folder', sa.String),
    sa.column('source_uidvalidity', sa.BigInteger), sa.column('source_uid', sa.BigInteger),
    sa.column('source_path', sa.String), sa.column('source_user', sa.String),
    sa.column('from_name', sa.String), sa.column('reply_to', sa.JSON), sa.column('to_addrs', sa.JSON),
    sa.column('sent_on', sa.Date), sa.column('in_reply_to', sa.String), sa.column('references', sa.Text),
    sa.column('automated', sa.Text), sa.column('original_from_addr', sa.String),
    sa.column('not_an_order', sa.Text), sa.column('refused', sa.JSON),
)
documents = sa.table(
    'documents',
    sa.column('id', sa.Integer), sa.column('message_id', sa.Integer), sa.column('part_index', sa.Integer),
    sa.column('role', sa.String), sa.column('filename', sa.String), sa.column('media_type', sa.String),
    sa.column('sha256', sa.String), sa.column('size', sa.Integer), sa.column('content', sa.LargeBinary),
    sa.column('alternative', sa.Integer), sa.column('extraction_status', sa.String),
)
jobs = sa.table('jobs', sa.column('kind', sa.String), sa.column('status', sa.String),
                sa.column('message_id', sa.Integer))


def upgrade() -> None:
    with op.batch_alter_table('inbound_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_mailbox', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('source_folder', sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column('source_uidvalidity', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('source_uid', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('source_path', sa.String(length=1000), nullable=True))
        batch_op.add_column(sa.Column('source_user', sa.String(length=320), nullable=True))
        batch_op.add_column(sa.Column('from_name', sa.String(length=998), nullable=True))
        batch_op.add_column(sa.Column('reply_to', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('to_addrs', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('sent_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('in_reply_to', sa.String(length=998), nullable=True))
        batch_op.add_column(sa.Column('references', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('automated', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('original_from_addr', sa.String(length=320), nullable=True))
        batch_op.add_column(sa.Column('not_an_order', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('refused', sa.JSON(), nullable=True))
        batch_op.create_index(batch_op.f('ix_inbound_messages_source_mailbox'), ['source_mailbox'], unique=False)
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('alternative', sa.Integer(), nullable=True))
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('header_provenance', sa.JSON(), nullable=True))

    _backfill(op.get_bind())

    with op.batch_alter_table('inbound_messages', schema=None) as batch_op:
        batch_op.drop_column('source_ref')


def downgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table('inbound_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_ref', sa.String(length=500), nullable=True))
    for row in bind.execute(sa.select(messages.c.id, messages.c.source_mailbox, messages.c.source_folder,
                                      messages.c.source_uidvalidity, messages.c.source_uid,
                                      messages.c.source_path, messages.c.source_user)).all():
        bind.execute(messages.update().where(messages.c.id == row.id).values(source_ref=_source_ref(row)))
    # Before this revision a message's documents were made when it was processed: those of a message still
    # waiting (received, or parked by a dead processing job that a retry runs again) would be made twice.
    bind.execute(documents.delete().where(documents.c.message_id.in_(_waiting(bind))))
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('header_provenance')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_column('alternative')
    with op.batch_alter_table('inbound_messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inbound_messages_source_mailbox'))
        for name in ('refused', 'not_an_order', 'original_from_addr', 'automated', 'references', 'in_reply_to',
                     'sent_on', 'to_addrs', 'reply_to', 'from_name', 'source_user', 'source_path', 'source_uid',
                     'source_uidvalidity', 'source_folder', 'source_mailbox'):
            batch_op.drop_column(name)


# ---------------------------------------------------------------- the backfill


def _backfill(bind: sa.engine.Connection) -> None:
    from intake.headers import read_header_block

    waiting = _waiting_without_documents(bind)
    for ids in _chunks([row.id for row in bind.execute(sa.select(messages.c.id).order_by(messages.c.id))]):
        rows = bind.execute(sa.select(messages.c.id, messages.c.source, messages.c.source_ref, messages.c.raw)
                            .where(messages.c.id.in_(ids))).all()
        for row in rows:
            facts = read_header_block(bytes(row.raw or b""))
            values: dict[str, Any] = {
                **source_columns(row.source, row.source_ref),
                'from_name': facts.from_name[:998] if facts.from_name else None,
                'reply_to': facts.reply_to, 'to_addrs': facts.to, 'sent_on': facts.sent_on,
                'in_reply_to': facts.in_reply_to[:998] if facts.in_reply_to else None,
                'references': facts.references, 'automated': facts.automated,
            }
            if row.id in waiting:
                values.update(_split(bind, row.id, bytes(row.raw or b"")))
            bind.execute(messages.update().where(messages.c.id == row.id).values(**values))


def _waiting_without_documents(bind: sa.engine.Connection) -> set[int]:
    """Messages processing may still read (received, or parked by a dead processing job) and that have no
    documents: before this revision, documents were made by processing."""
    with_documents = sa.select(documents.c.message_id)
    return {row.id for row in bind.execute(sa.select(messages.c.id).where(
        messages.c.id.in_(_waiting(bind)), messages.c.id.not_in(with_documents)))}


def _waiting(bind: sa.engine.Connection) -> sa.Select[Any]:
    """The ids of messages processing may still read: received, or parked by a dead processing job."""
    parked = sa.select(jobs.c.message_id).where(jobs.c.kind == 'process_message', jobs.c.status == 'dead',
                                                jobs.c.message_id.is_not(None))
    return sa.select(messages.c.id).where(
        (messages.c.status == 'received') | ((messages.c.status == 'error') & messages.c.id.in_(parked)))


def _split(bind: sa.engine.Connection, message_id: int, raw: bytes) -> dict[str, Any]:
    """What intake now does at arrival: the parts as documents, and what the split found."""
    from config import MimeLimits
    from intake.mime import parse_message

    # Intake accepted this message under the limits configured then, which this migration cannot know:
    # split it under limits that refuse nothing intake could have accepted (no attachment is larger than
    # the message), so a message read under raised limits is not turned into an empty one here.
    parsed = parse_message(raw, MimeLimits(max_attachment_bytes=max(len(raw), MimeLimits.max_attachment_bytes),
                                           zip_max_members=10_000, zip_max_total_bytes=1024 ** 3,
                                           zip_max_ratio=1_000, max_depth=50,
                                           max_message_bytes=max(len(raw), MimeLimits.max_message_bytes)))
    if not parsed.error:
        for part in parsed.parts:
            bind.execute(documents.insert().values(
                message_id=message_id, part_index=part.index, role=part.role, filename=part.filename,
                media_type=part.media_type, sha256=hashlib.sha256(part.content).hexdigest(), size=len(part.content),
                content=part.content, alternative=part.alternative, extraction_status='pending'))
    return {'original_from_addr': parsed.original_from_addr, 'not_an_order': parsed.not_an_order,
            'refused': list(parsed.refused)}


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start:start + BATCH]


def source_columns(source: str | None, ref: str | None) -> dict[str, Any]:
    """The source columns of one old `source_ref`; a shape not recognised is kept whole as the path."""
    if not ref:
        return {}
    if ref.startswith('imap:'):
        rest = ref[len('imap:'):]
        try:
            if rest.startswith(('imap://', 'imaps://')):  # `order-intake ingest imaps://...`: imap:<URL>:<uid>
                url, _, uid = rest.rpartition(':')
                parsed = urlparse(url)
                mailbox = f"{unquote(parsed.username or '')}@{parsed.hostname}"
                return {'source_mailbox': mailbox, 'source_folder': unquote(parsed.path.lstrip('/')) or 'INBOX',
                        'source_uid': int(uid)}
            head, uidvalidity, uid = rest.rsplit(':', 2)  # a watched mailbox: imap:<name>:<folder>:<uv>:<uid>
            mailbox, _, folder = head.partition(':')
            return {'source_mailbox': mailbox, 'source_folder': folder, 'source_uidvalidity': int(uidvalidity),
                    'source_uid': int(uid)}
        except ValueError:
            return {'source_path': ref}
    if source == 'api' and ref.startswith('user:'):
        return {'source_user': ref[len('user:'):]}
    return {'source_path': ref}


def _source_ref(row: Any) -> str | None:
    if row.source_mailbox is not None:
        return f"imap:{row.source_mailbox}:{row.source_folder}:{row.source_uidvalidity}:{row.source_uid}"
    if row.source_user is not None:
        return f"user:{row.source_user}"
    return row.source_path
