"""Small helpers used by docs_*.py to state the truth labels next to each document."""

SELLER = "Lakeside Pack & Ship Supply"
US_ORDERS = "orders@lakesidepack.com"
CA_ORDERS = "toronto@lakesidepack.ca"


def L(sku, desc, qty, uom, price=None, part=None):
    d = {"sku": sku, "customer_part": part, "description": desc, "quantity": qty, "uom": uom}
    d["unit_price"] = price
    return d


def ship(name, street, city, region, postal, country):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": postal, "country": country}


def order(customer, po, od, rd, cur, ship_to, lines, kind="purchase_order"):
    return {"kind": kind, "customer": customer, "po_number": po, "order_date": od,
            "requested_date": rd, "currency": cur, "ship_to": ship_to, "lines": lines}


def notorder(kind="not_an_order", customer=None):
    d = {"kind": kind}
    if customer is not None:
        d["customer"] = customer
    return d


DOCS = []


def mail(name, frm, to, date, subject, body, exp, attach=None, cc=None, note="", unknown=False):
    """attach: list of (kind, filename, spec) with kind in pdf/xlsx/csv."""
    DOCS.append(dict(type="eml", name=name, frm=frm, to=to, date=date, subject=subject,
                     body=body, exp=exp, attach=attach or [], cc=cc, note=note, unknown=unknown))


def standalone(name, kind, spec, exp, note="", unknown=False):
    DOCS.append(dict(type=kind, name=name, spec=spec, exp=exp, note=note, unknown=unknown))
