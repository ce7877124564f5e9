"""catalog products without a list price; customers' EDI ids and tax id

A supplier's catalog export often has no list price (prices live in price lists) and then every row was
refused: products.unit_price may now be empty, and an empty list price is never compared with an order's
price nor filled into one. A customer may carry the ids it is known by in EDI (ISA/GS sender ids, GLN,
DUNS, a UBL EndpointID: customers.edi_ids, a JSON list) and its tax or registration id (customers.tax_id),
so that the buyer of an EDI file or a document printing them is found by them.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.alter_column('unit_price', existing_type=sa.Numeric(precision=14, scale=4), nullable=True)
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('edi_ids', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('tax_id', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_customers_tax_id'), ['tax_id'], unique=False)


def downgrade() -> None:
    # A product with no list price cannot be given one by a downgrade: inventing 0 would price its
    # orders at nothing. The clerk sets the prices first (or deletes those products).
    unpriced = op.get_bind().scalar(sa.text('SELECT count(*) FROM products WHERE unit_price IS NULL'))
    if unpriced:
        raise RuntimeError(f'{unpriced} products have no list price: give them one before downgrading below 0019')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_tax_id'))
        batch_op.drop_column('tax_id')
        batch_op.drop_column('edi_ids')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.alter_column('unit_price', existing_type=sa.Numeric(precision=14, scale=4), nullable=False)
