from catalog import SKUS

SELLER = "Greenline Horticultural Supply <orders@greenline-hort.com>"

def L(sku, qty, uom=None, price=None, part=None, desc=None):
    if sku is not None and sku not in SKUS:
        raise ValueError("unknown sku " + sku)
    if desc is None:
        desc = SKUS[sku][1] if sku else ""
    return {"sku": sku, "customer_part": part, "description": desc,
            "quantity": qty, "uom": uom, "unit_price": price}

def ST(name=None, street=None, city=None, region=None, pc=None, country=None):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": pc, "country": country}

NOSHIP = ST()

def lab(customer, po, od, rd, cur, ship, lines, kind="purchase_order", omit=()):
    d = {"kind": kind, "customer": customer, "po_number": po, "order_date": od,
         "requested_date": rd, "currency": cur, "ship_to": ship if ship is not None else ST(),
         "lines": lines}
    for k in omit:
        d.pop(k, None)
    return d

def notorder(customer, kind="not_an_order"):
    return {"kind": kind, "customer": customer, "lines": []}

DOCS = []
def D(name, frm, subj, date, body, label, attach=None, note="", to=None, cc=None):
    DOCS.append(dict(name=name, frm=frm, subj=subj, date=date, body=body, label=label,
                     attach=attach or [], note=note, to=to or SELLER, cc=cc))
