"""The builtin inventory's allocation plan: one warehouse when one can fill the order, else each line
from the nearest warehouses that have it. Plain objects in, a plan out."""

from __future__ import annotations

from decimal import Decimal

from models.tables import Order, OrderLine
from orchestration.connectors.builtin import plan_allocation


def _order(*lines: tuple[str, int]) -> Order:
    order = Order(id=1, status="erp_accepted")
    for n, (sku, qty) in enumerate(lines, start=1):
        order.lines.append(OrderLine(id=n, line_no=n, sku=sku, quantity=Decimal(qty)))
    return order


def _free(**by_key: int) -> dict[tuple[str, str], Decimal]:
    return {tuple(k.split("__")): Decimal(v) for k, v in by_key.items()}  # type: ignore[misc]


def test_the_whole_order_comes_from_the_nearest_warehouse_that_can_fill_it():
    """NEAR has A but not B; FAR has both: one parcel from FAR, not a split."""
    order = _order(("A", 5), ("B", 2))
    plan = plan_allocation(order, ["NEAR", "FAR"], _free(NEAR__A=10, FAR__A=5, FAR__B=2))
    assert plan == {1: [("FAR", Decimal(5))], 2: [("FAR", Decimal(2))]}


def test_when_no_warehouse_can_fill_it_each_line_comes_from_the_nearest_that_have_it():
    order = _order(("A", 5), ("B", 4))
    plan = plan_allocation(order, ["NEAR", "FAR"], _free(NEAR__A=3, FAR__A=5, FAR__B=1))
    assert plan == {1: [("NEAR", Decimal(3)), ("FAR", Decimal(2))], 2: [("FAR", Decimal(1))]}  # B short by 3


def test_two_lines_of_one_product_are_counted_together():
    """NEAR has 6 of A: enough for either line, not for both, so it cannot fill the order alone."""
    order = _order(("A", 4), ("A", 4))
    plan = plan_allocation(order, ["NEAR", "FAR"], _free(NEAR__A=6, FAR__A=8))
    assert plan == {1: [("FAR", Decimal(4))], 2: [("FAR", Decimal(4))]}
    plan = plan_allocation(order, ["NEAR", "FAR"], _free(NEAR__A=6, FAR__A=3))
    assert plan == {1: [("NEAR", Decimal(4))], 2: [("NEAR", Decimal(2)), ("FAR", Decimal(2))]}
