"""Rows of a batch's orders read in one statement, then handed out order by order.

A stage run on a batch of orders (see `Worker._run_batch`) primes what each order will ask for; the
per-order code asks `of_order` and gets its rows without a query, or reads them itself when nothing
was primed (a job run alone). The cache lives in `session.info`: one session per transaction.
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models import bulk
from models.tables import Allocation, ErpSalesOrder, Order, Shipment

RowsOfOrder = TypeVar("RowsOfOrder", Allocation, Shipment, ErpSalesOrder)


def prime(session: Session, model: type[RowsOfOrder], orders: list[Order]) -> None:
    """Read `model`'s rows of every order of a batch in one statement."""
    rows: dict[int, list[RowsOfOrder]] = {o.id: [] for o in orders}
    for row in session.scalars(_of_batch(session.get_bind().dialect.name, model), {"ids": list(rows)}):
        rows[row.order_id].append(row)
    session.info.setdefault("batch_rows", {})[model.__tablename__] = rows


@cache
def _of_batch(dialect: str, model: type[Any]) -> Select[Any]:
    """The read of a batch's rows of `model`, built once per dialect (building it for every batch was a cost of
    its own), the order ids given at execution."""
    return select(model).where(bulk.one_of_param(dialect, model.order_id, "ids")).order_by(model.id)


def of_order(session: Session, model: type[RowsOfOrder], order: Order) -> list[RowsOfOrder]:
    """The order's rows of `model`: from its batch's read when there was one, else read now."""
    primed = session.info.get("batch_rows", {}).get(model.__tablename__)
    if primed is not None and order.id in primed:
        return primed.pop(order.id)  # once: the stage may change them, a second read must see that
    return list(session.scalars(select(model).where(model.order_id == order.id).order_by(model.id)))
