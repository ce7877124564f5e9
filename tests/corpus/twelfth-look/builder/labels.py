"""Label assembly and the document registry."""
from master import cname, ship

OMIT = object()
DOCS = []   # (number, slug, func)


def doc(number, slug):
    def deco(f):
        DOCS.append((number, slug, f))
        return f
    return deco


def order(cid, po, lines, order_date=None, requested_date=None, ship_to=None, currency=OMIT,
          kind="purchase_order"):
    """ship_to: None (document gives none) or (cid, index) into customers.csv sites.
    currency: 'USD' when the document prints money amounts; OMIT (not scored) when it prints none."""
    lab = {"kind": kind, "customer": cname(cid) if cid else None, "po_number": po,
           "order_date": order_date, "requested_date": requested_date}
    if currency is not OMIT:
        lab["currency"] = currency
    lab["ship_to"] = None if ship_to is None else ship(*ship_to)
    lab["lines"] = lines
    return lab


def not_order(kind="not_an_order"):
    lab = {"kind": kind}
    if kind == "not_an_order":
        lab["lines"] = []
    return lab
