"""state as columns: review reasons as rows (order_reasons, in place of the JSON lists on orders and
order lines), a job's generation, a shipment's id in the connector's system

Until now an order's reasons were a JSON list on the order (orders.review_reasons, its lines' reasons
among them) and each line's again on the line (order_lines.reasons): two copies rewritten by hand, a
queue filtering with LIKE over the JSON cast to text and counting by reading every waiting order. Each
reason is a row now, with its line's number when it is a line's. The order's list is moved in its
order; a line's reason not also on the order's list (a split line's copy) is added after them, under the
line's current number; one on both lists is moved once. A stage_failed reason ("<stage>: <error>", as
dead_letters.park_order wrote it) gets its stage in a column, so a retry finds it without reading it
back out of the message.

A job's generation (which approval of the order a stage job runs for, which email an acknowledgement
job sends) was split back out of its idempotency key ("order:7:erp:2" -> "2"), and the Tryton
connector's shipment id out of our shipment's key ("...:tryton:42" -> 42). Both are columns now, filled
here from those keys once.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02
"""
from collections import Counter
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

BATCH = 1000

jobs = sa.table('jobs', sa.column('id', sa.Integer), sa.column('idempotency_key', sa.String),
                sa.column('generation', sa.String))
shipments = sa.table('shipments', sa.column('id', sa.Integer), sa.column('idempotency_key', sa.String),
                     sa.column('external_id', sa.String))
orders = sa.table('orders', sa.column('id', sa.Integer), sa.column('review_reasons', sa.JSON))
order_lines = sa.table('order_lines', sa.column('id', sa.Integer), sa.column('order_id', sa.Integer),
                       sa.column('line_no', sa.Integer), sa.column('reasons', sa.JSON))
order_reasons = sa.table(
    'order_reasons', sa.column('id', sa.Integer), sa.column('order_id', sa.Integer), sa.column('position', sa.Integer),
    sa.column('line_no', sa.Integer), sa.column('code', sa.String), sa.column('field', sa.String),
    sa.column('message', sa.Text), sa.column('stage', sa.String))


def upgrade() -> None:
    op.create_table(
        'order_reasons',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('line_no', sa.Integer(), nullable=True),
        sa.Column('code', sa.String(length=64), nullable=False),
        sa.Column('field', sa.String(length=64), nullable=True),
        sa.Column('message', sa.Text(), nullable=False),
        sa.Column('stage', sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(['order_id'], ['orders.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('order_reasons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_reasons_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_order_reasons_order_id'), ['order_id'], unique=False)

    bind = op.get_bind()
    rows: list[dict[str, Any]] = []
    for order_id, listed, lines in _orders(bind):
        rows.extend(_rows(order_id, listed, lines))
        if len(rows) >= BATCH:
            bind.execute(sa.insert(order_reasons), rows)
            rows = []
    if rows:
        bind.execute(sa.insert(order_reasons), rows)

    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_column('reasons')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('review_reasons')

    with op.batch_alter_table('jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('generation', sa.String(length=64), nullable=False, server_default=''))
    with op.batch_alter_table('shipments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_id', sa.String(length=64), nullable=True))
    _backfill_keys(bind)


def _backfill_keys(bind: sa.engine.Connection) -> None:
    """As the worker read them until now: a job key's fourth part ('order:7:erp:2'), a Tryton shipment
    key's last ('order:7:routing:tryton:42')."""
    updates = [{'job_id': job_id, 'generation': key.split(':')[3][:64]}
               for job_id, key in bind.execute(sa.select(jobs.c.id, jobs.c.idempotency_key)
                                               .where(jobs.c.idempotency_key.like('%:%:%:%')))]
    for start in range(0, len(updates), BATCH):
        bind.execute(jobs.update().where(jobs.c.id == sa.bindparam('job_id'))
                     .values(generation=sa.bindparam('generation')), updates[start:start + BATCH])
    refs = [{'shipment_id': shipment_id, 'ref': key.rsplit(':', 1)[1][:64]}
            for shipment_id, key in bind.execute(sa.select(shipments.c.id, shipments.c.idempotency_key)
                                                 .where(shipments.c.idempotency_key.like('%:tryton:%')))]
    if refs:
        bind.execute(shipments.update().where(shipments.c.id == sa.bindparam('shipment_id'))
                     .values(external_id=sa.bindparam('ref')), refs)


def _orders(bind: sa.engine.Connection) -> Iterator[tuple[int, list[Any], list[tuple[int, list[Any]]]]]:
    """Each order with reasons on it or on a line: its list, and each line's (number, list)."""
    last = 0
    while True:
        chunk = bind.execute(sa.select(orders.c.id, orders.c.review_reasons).where(orders.c.id > last)
                             .order_by(orders.c.id).limit(BATCH)).all()
        if not chunk:
            return
        last = chunk[-1][0]
        lines: dict[int, list[tuple[int, list[Any]]]] = {}
        for order_id, line_no, reasons in bind.execute(
                sa.select(order_lines.c.order_id, order_lines.c.line_no, order_lines.c.reasons)
                .where(order_lines.c.order_id.in_([row[0] for row in chunk]))
                .order_by(order_lines.c.order_id, order_lines.c.line_no, order_lines.c.id)):
            if reasons:
                lines.setdefault(order_id, []).append((line_no, reasons))
        for order_id, listed in chunk:
            if listed or order_id in lines:
                yield order_id, list(listed or []), lines.get(order_id, [])


def _content(reason: dict[str, Any]) -> tuple[Any, ...]:
    return reason.get('code'), reason.get('field'), reason.get('message')


def _rows(order_id: int, listed: list[Any], lines: list[tuple[int, list[Any]]]) -> Iterator[dict[str, Any]]:
    """The order's list in its order, then what only a line held (a split's copies). A line reason on the
    order's list belongs to line k only while line k's own list holds it: merging lines once left the
    merged-away line's doubts on the order's list under its old number, which a later renumbering gave
    to another line (or to none, and the next line added would have taken it); those stay the order's."""
    held: dict[int, Counter[tuple[Any, ...]]] = {}
    for line_no, reasons in lines:
        held.setdefault(line_no, Counter()).update(_content(r) for r in reasons if isinstance(r, dict))
    position = 0
    for reason in listed:
        if not isinstance(reason, dict):
            continue
        line_no = reason.get('line_no')
        on_line = held.get(line_no) if isinstance(line_no, int) else None
        if on_line is not None and on_line[_content(reason)] > 0:
            on_line[_content(reason)] -= 1
        else:
            line_no = None
        yield _row(order_id, position, line_no, reason)
        position += 1
    for line_no, reasons in lines:
        for reason in reasons:
            if isinstance(reason, dict) and held[line_no][_content(reason)] > 0:
                held[line_no][_content(reason)] -= 1
                yield _row(order_id, position, line_no, reason)
                position += 1


def _row(order_id: int, position: int, line_no: Any, reason: dict[str, Any]) -> dict[str, Any]:
    code = str(reason.get('code') or '')
    message = str(reason.get('message') or '')
    field = reason.get('field')
    stage = message.split(': ', 1)[0] if code == 'stage_failed' and ': ' in message else None
    return {'order_id': order_id, 'position': position, 'line_no': line_no if isinstance(line_no, int) else None,
            'code': code[:64], 'field': None if field is None else str(field)[:64], 'message': message,
            'stage': None if stage is None else stage[:64]}


def downgrade() -> None:
    with op.batch_alter_table('shipments', schema=None) as batch_op:
        batch_op.drop_column('external_id')
    with op.batch_alter_table('jobs', schema=None) as batch_op:
        batch_op.drop_column('generation')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('review_reasons', sa.JSON(), nullable=True))
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reasons', sa.JSON(), nullable=True))

    bind = op.get_bind()
    by_order: dict[int, list[dict[str, Any]]] = {}
    for order_id, line_no, code, field, message in bind.execute(
            sa.select(order_reasons.c.order_id, order_reasons.c.line_no, order_reasons.c.code,
                      order_reasons.c.field, order_reasons.c.message)
            .order_by(order_reasons.c.order_id, order_reasons.c.position, order_reasons.c.id)):
        reason = {'code': code, 'message': message, 'line_no': line_no, 'field': field}
        by_order.setdefault(order_id, []).append({k: v for k, v in reason.items() if v is not None})
    if by_order:
        bind.execute(orders.update().where(orders.c.id == sa.bindparam('order_id'))
                     .values(review_reasons=sa.bindparam('reasons')),
                     [{'order_id': k, 'reasons': v} for k, v in by_order.items()])
        line_rows = []
        ids = list(by_order)
        for start in range(0, len(ids), BATCH):  # a bounded IN list: PostgreSQL takes 65,535 parameters
            for line_id, order_id, line_no in bind.execute(
                    sa.select(order_lines.c.id, order_lines.c.order_id, order_lines.c.line_no)
                    .where(order_lines.c.order_id.in_(ids[start:start + BATCH]))):
                mine = [r for r in by_order[order_id] if r.get('line_no') == line_no]
                if mine:
                    line_rows.append({'line_id': line_id, 'reasons': mine})
        if line_rows:
            bind.execute(order_lines.update().where(order_lines.c.id == sa.bindparam('line_id'))
                         .values(reasons=sa.bindparam('reasons')), line_rows)
    bind.execute(orders.update().where(orders.c.review_reasons.is_(None)).values(review_reasons=[]))
    bind.execute(order_lines.update().where(order_lines.c.reasons.is_(None)).values(reasons=[]))

    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.alter_column('reasons', existing_type=sa.JSON(), nullable=False)
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.alter_column('review_reasons', existing_type=sa.JSON(), nullable=False)
    with op.batch_alter_table('order_reasons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_reasons_order_id'))
        batch_op.drop_index(batch_op.f('ix_order_reasons_code'))
    op.drop_table('order_reasons')
