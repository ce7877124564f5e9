"""Helpers for writing expected.json labels."""
from catalog_data import price as _price

ORDERS = "orders@cobaltridgelumber.com"
REP = "Dana Whitcomb <dwhitcomb@cobaltridgelumber.com>"


def L(sku, qty, uom, desc, price=None, cp=None):
    return {"sku": sku, "customer_part": cp, "description": desc, "quantity": qty,
            "uom": uom, "unit_price": price}


def ST(name=None, street=None, city=None, region=None, postal=None, country=None):
    d = {"name": name, "street": street, "city": city, "region": region, "postal_code": postal}
    if country is not None:
        # country is only labelled when the document prints it (absent = not scored)
        d["country"] = country
    return d


def PO(customer, po=None, order_date=None, requested=None, currency=None, ship_to=None, lines=()):
    return {"kind": "purchase_order", "customer": customer, "po_number": po,
            "order_date": order_date, "requested_date": requested, "currency": currency,
            "ship_to": ship_to, "lines": list(lines)}


def INV(customer, po=None, order_date=None, currency=None, ship_to=None, lines=()):
    return {"kind": "invoice", "customer": customer, "po_number": po, "order_date": order_date,
            "currency": currency, "ship_to": ship_to, "lines": list(lines)}


def NAO():
    return {"kind": "not_an_order", "lines": []}


def p(sku):
    return _price(sku)
