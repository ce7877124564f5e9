from data import S, build_catalog  # noqa: F401

CAT = {r[0]: r for r in build_catalog()}
ABSENT = object()


def L(sku, q, uom, price=None, part=None, desc=None):
    return {"sku": sku, "customer_part": part,
            "description": desc if desc is not None else (CAT[sku][1] if sku else ""),
            "quantity": q, "uom": uom, "unit_price": price}


def order(customer, po, lines, od=ABSENT, rd=None, cur=None, ship=ABSENT, kind="purchase_order"):
    d = {"kind": kind, "customer": customer, "po_number": po}
    if od is not ABSENT:
        d["order_date"] = od
    if rd is not ABSENT:
        d["requested_date"] = rd
    d["currency"] = cur
    if ship is not ABSENT:
        d["ship_to"] = ship
    d["lines"] = lines
    return d


def notorder(kind="not_an_order", customer=ABSENT):
    d = {"kind": kind}
    if customer is not ABSENT:
        d["customer"] = customer
    d["lines"] = []
    return d
