"""orders.parked_from, parked_by_job_id: where a dead job parked an order, as columns, not read back from audit

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-14

Unparking (retrying the dead job) restored the status from the order's last audit "status" event.
Orders parked now get the two columns filled from that same event, so a retry after the upgrade puts
them back where it would have before.
"""
import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('parked_from', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('parked_by_job_id', sa.Integer(), nullable=True))
    _backfill()


def _backfill() -> None:
    """Each failed order whose latest status event is the one that failed it: that event's from-status
    and detail job_id (what dead_letters read until now). Failed orders are few: one query each."""
    conn = op.get_bind()
    orders = sa.table('orders', sa.column('id', sa.Integer), sa.column('status', sa.String),
                      sa.column('parked_from', sa.String), sa.column('parked_by_job_id', sa.Integer))
    events = sa.table('audit_events', sa.column('id', sa.Integer), sa.column('entity', sa.String),
                      sa.column('entity_id', sa.Integer), sa.column('action', sa.String),
                      sa.column('from_value', sa.Text), sa.column('to_value', sa.Text),
                      sa.column('detail', sa.JSON))
    failed = conn.execute(sa.select(orders.c.id).where(orders.c.status == 'failed')).scalars().all()
    for order_id in failed:
        latest = conn.execute(
            sa.select(events.c.from_value, events.c.to_value, events.c.detail)
            .where(events.c.entity == 'order', events.c.entity_id == order_id, events.c.action == 'status')
            .order_by(events.c.id.desc()).limit(1)).first()
        if latest is None or latest.to_value != 'failed':
            continue
        job_id = latest.detail.get('job_id') if isinstance(latest.detail, dict) else None
        conn.execute(sa.update(orders).where(orders.c.id == order_id).values(
            parked_from=latest.from_value, parked_by_job_id=job_id if isinstance(job_id, int) else None))


def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('parked_by_job_id')
        batch_op.drop_column('parked_from')
