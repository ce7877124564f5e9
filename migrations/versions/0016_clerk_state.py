"""clerk state as columns: approvals and line edits on orders, the as-ordered quantity on order lines,
a sender's trust on customer contacts

Until now these were read back from the audit trail or parsed from a note: approvals counted from
"status -> approved" events, "were the lines changed" from edit events, the quantity and unit as ordered
parsed from the line's conversion note ("3 CS = 30 BX ..."), and a sender's trust from correct_sender /
forget_sender events (a forgotten sender's row was deleted). The columns are filled from that same
history here, so an existing database keeps its meaning; from now on the audit trail is only written.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01
"""
import re
from collections import defaultdict
from decimal import Decimal, InvalidOperation

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

# The line edits as the clerk actions audit them: "were the lines changed" (a reading's trust) ...
LINE_EDITS = ('edit_line', 'add_line', 'delete_line', 'split_line', 'merge_lines')
# ... and "were they changed after the first approval" (the tryton connector also counted this one).
LINE_EDITS_AFTER_APPROVAL = (*LINE_EDITS, 'learn_conversion')
# The conversion note as written since 0007: "<quantity> <unit> = <quantity> <unit> (<why>)".
ORDERED_AS = re.compile(r'^(\S+) (\S+) = ')

audit_events = sa.table(
    'audit_events', sa.column('id', sa.Integer), sa.column('at', sa.DateTime), sa.column('actor', sa.String),
    sa.column('entity', sa.String), sa.column('entity_id', sa.Integer), sa.column('action', sa.String),
    sa.column('from_value', sa.Text), sa.column('to_value', sa.Text), sa.column('detail', sa.JSON))
orders = sa.table(
    'orders', sa.column('id', sa.Integer), sa.column('approval_count', sa.Integer),
    sa.column('approval_revision', sa.Integer), sa.column('lines_edited', sa.Boolean),
    sa.column('lines_edited_after_approval', sa.Boolean))
order_lines = sa.table(
    'order_lines', sa.column('id', sa.Integer), sa.column('conversion', sa.String),
    sa.column('ordered_quantity', sa.Numeric(14, 3)), sa.column('ordered_uom', sa.String))
customers = sa.table('customers', sa.column('id', sa.String))
customer_contacts = sa.table(
    'customer_contacts', sa.column('id', sa.Integer), sa.column('customer_id', sa.String),
    sa.column('email', sa.String), sa.column('created_by', sa.String), sa.column('created_at', sa.DateTime),
    sa.column('trust', sa.String))


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('approval_count', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('approval_revision', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('lines_edited', sa.Boolean(), nullable=False,
                                      server_default=sa.text('false')))
        batch_op.add_column(sa.Column('lines_edited_after_approval', sa.Boolean(), nullable=False,
                                      server_default=sa.text('false')))
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ordered_quantity', sa.Numeric(precision=14, scale=3), nullable=True))
        batch_op.add_column(sa.Column('ordered_uom', sa.String(length=8), nullable=True))
    with op.batch_alter_table('customer_contacts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('trust', sa.String(length=16), nullable=False, server_default='learned'))

    bind = op.get_bind()
    _backfill_approvals(bind)
    _backfill_line_edits(bind)
    _backfill_ordered_as(bind)
    _backfill_sender_trust(bind)


def _backfill_approvals(bind: sa.engine.Connection) -> None:
    """Every "status -> approved" event counts; a dead letter put back (its detail names retry_job) does
    not count as a revision."""
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    rows = bind.execute(sa.select(audit_events.c.entity_id, audit_events.c.detail).where(
        audit_events.c.entity == 'order', audit_events.c.action == 'status', audit_events.c.to_value == 'approved'))
    for order_id, detail in rows:
        counts[order_id][0] += 1
        if not (isinstance(detail, dict) and 'retry_job' in detail):
            counts[order_id][1] += 1
    if counts:
        bind.execute(orders.update().where(orders.c.id == sa.bindparam('order_id')).values(
            approval_count=sa.bindparam('count'), approval_revision=sa.bindparam('revisions')),
            [{'order_id': k, 'count': v[0], 'revisions': v[1]} for k, v in counts.items()])


def _backfill_line_edits(bind: sa.engine.Connection) -> None:
    edit = audit_events.alias('edit')
    approval = audit_events.alias('approval')
    bind.execute(orders.update().where(sa.exists().where(
        edit.c.entity == 'order', edit.c.entity_id == orders.c.id, edit.c.action.in_(LINE_EDITS)))
        .values(lines_edited=True))
    first_approval = (sa.select(sa.func.min(approval.c.id)).where(
        approval.c.entity == 'order', approval.c.entity_id == orders.c.id, approval.c.action == 'status',
        approval.c.to_value == 'approved').correlate(orders).scalar_subquery())
    bind.execute(orders.update().where(sa.exists().where(
        edit.c.entity == 'order', edit.c.entity_id == orders.c.id, edit.c.action.in_(LINE_EDITS_AFTER_APPROVAL),
        edit.c.id > first_approval)).values(lines_edited_after_approval=True))


def _backfill_ordered_as(bind: sa.engine.Connection) -> None:
    updates = []
    for line_id, note in bind.execute(sa.select(order_lines.c.id, order_lines.c.conversion).where(
            order_lines.c.conversion.is_not(None))):
        ordered = ORDERED_AS.match(note or '')
        if ordered is None:
            continue
        try:
            quantity = Decimal(ordered.group(1))
        except InvalidOperation:
            continue
        updates.append({'line_id': line_id, 'quantity': quantity, 'uom': ordered.group(2)[:8]})
    if updates:
        bind.execute(order_lines.update().where(order_lines.c.id == sa.bindparam('line_id')).values(
            ordered_quantity=sa.bindparam('quantity'), ordered_uom=sa.bindparam('uom')), updates)


def _backfill_sender_trust(bind: sa.engine.Connection) -> None:
    """A sender whose tie was corrected once is CORRECTED; one forgotten for speaking for two customers
    was deleted, and comes back as a SHARED row (ignored by matching, never learned again)."""
    events = bind.execute(sa.select(audit_events.c.action, audit_events.c.from_value, audit_events.c.actor,
                                    audit_events.c.at)
                          .where(audit_events.c.action.in_(('correct_sender', 'forget_sender')))
                          .order_by(audit_events.c.id))
    corrected: set[str] = set()
    forgotten: dict[str, tuple[str, str, object]] = {}  # sender -> (customer it was tied to, by, when)
    for action, from_value, actor, at in events:
        sender, arrow, customer_id = (from_value or '').partition(' -> ')
        if not arrow:
            continue
        if action == 'correct_sender':
            corrected.add(sender)
        else:
            forgotten.setdefault(sender, (customer_id, actor, at))
    if corrected:
        bind.execute(customer_contacts.update().where(customer_contacts.c.email.in_(sorted(corrected)))
                     .values(trust='corrected'))
    if not forgotten:
        return
    known_customers = set(bind.scalars(sa.select(customers.c.id)))
    existing = set(bind.scalars(sa.select(customer_contacts.c.email).where(
        customer_contacts.c.email.in_(sorted(forgotten)))))
    if existing:
        bind.execute(customer_contacts.update().where(customer_contacts.c.email.in_(sorted(existing)))
                     .values(trust='shared'))
    rows = [{'customer_id': customer_id, 'email': sender, 'created_by': actor, 'created_at': at, 'trust': 'shared'}
            for sender, (customer_id, actor, at) in forgotten.items()
            if sender not in existing and customer_id in known_customers]
    if rows:
        bind.execute(customer_contacts.insert(), rows)


def downgrade() -> None:
    # Before this revision a forgotten sender had no row (the audit trail remembered it).
    op.execute(customer_contacts.delete().where(customer_contacts.c.trust == 'shared'))
    with op.batch_alter_table('customer_contacts', schema=None) as batch_op:
        batch_op.drop_column('trust')
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_column('ordered_uom')
        batch_op.drop_column('ordered_quantity')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('lines_edited_after_approval')
        batch_op.drop_column('lines_edited')
        batch_op.drop_column('approval_revision')
        batch_op.drop_column('approval_count')
