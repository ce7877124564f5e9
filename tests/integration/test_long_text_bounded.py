"""Text longer than its column (issue 18, item 4's text half), on SQLite and PostgreSQL.

Before: PostgreSQL refuses a value longer than its varchar column, so a PO number of 150 characters in an
EDI file, a unit of twelve letters, a Message-ID of a thousand or an attachment's name of six hundred ended
the message in error (no order), and a header form with a long PO number, an admin's new user with a
long address or a catalog row with a long SKU were 500s; SQLite stored them whole. Now a reading keeps the
order: a value read too long is cut to its column with a doubt saying so; a message's header facts are cut
(the raw bytes keep them whole); the API and the forms refuse what does not fit with a clear 4xx or a form
error naming the field."""

from __future__ import annotations

from tests.support.messages import ACME_BUYER, email_with_attachment
from tests.support.service import Service, csrf_of, log_in

LONG_PO = "4481-" + "9" * 145  # 150 characters: an order keeps 100
LONG_PART = "BP-" + "X" * 147  # the buyer's part number: 150, a line keeps 100
LONG_UNIT = "CASEOFTWELVE"  # a line's unit keeps 8


def _x12_850() -> bytes:
    lines = [("TAPE-48-CLR", "2", LONG_UNIT, "46.96", "TAPE-48-CLR"), ("GLV-NIT-L-BLU", "2", "BX", "8.40", LONG_PART)]
    body = [f"BEG*00*SA*{LONG_PO}**20261120", "CUR*BY*USD", "N1*BY*Acme Retail Group*92*C001",
            "N1*ST*Acme Retail DC Boston", "N3*400 Summer Street", "N4*Boston*MA*02210*US"]
    body += [f"PO1*{n}*{qty}*{unit}*{price}**VP*{sku}*BP*{part}"
             for n, (sku, qty, unit, price, part) in enumerate(lines, 1)]
    body += [f"CTT*{len(lines)}", f"SE*{len(body) + 3}*0001"]
    isa = "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*NORTHWIND      *261120*0930*U*00401*000000101*0*P*>"
    segments = [isa, "GS*PO*ACMERETAIL*NORTHWIND*20261120*0930*101*X*004010", "ST*850*0001", *body, "GE*1*101",
                "IEA*1*000000101"]
    return ("~\n".join(segments) + "~\n").encode()


def test_text_read_longer_than_its_column_is_cut_with_a_doubt_and_the_order_filed(service: Service):
    message_id = "<" + "m" * 1100 + "@acme-retail.example>"
    raw = email_with_attachment(sender=ACME_BUYER, subject="PO attached", message_id=message_id,
                                body="Order attached.", attachment=_x12_850(), maintype="application",
                                subtype="edi-x12", filename="po-" + "f" * 600 + ".edi")
    posted = service.post_eml(raw)
    service.drain()
    message = service.client.get(f"/api/messages/{posted['id']}").json()
    assert message["status"] == "processed", message
    assert len(message["message_id"]) <= 998
    assert all(len(d["filename"] or "") <= 500 for d in message["documents"])
    assert service.client.get(f"/api/messages/{posted['id']}/raw").content == raw  # the raw keeps it whole
    order = service.order_for_message(posted["id"])
    assert order["status"] == "needs_review"
    assert order["po_number"] == LONG_PO[:100]
    doubts = {(r.get("line_no"), r.get("field")): r["message"] for r in order["review_reasons"]
              if r["code"] == "long_text"}
    assert set(doubts) >= {(None, "po_number"), (1, "uom"), (2, "customer_part")}, order["review_reasons"]
    assert "150 characters" in doubts[(None, "po_number")] and "cut to 100" in doubts[(None, "po_number")]
    lines = {ln["line_no"]: ln for ln in order["lines"]}
    assert lines[2]["customer_part"] == LONG_PART[:100]
    assert LONG_PART in lines[2]["raw_text"]  # the line's text keeps what was read, whole
    log_in(service, "api@test.example", "api-password")
    assert service.client.get(f"/review/orders/{order['id']}").status_code == 200


def test_the_forms_and_the_api_refuse_text_longer_than_its_column(service: Service):
    posted = service.post_eml(email_with_attachment(
        sender=ACME_BUYER, subject="PO 4482", message_id="<short@acme-retail.example>", body="Order attached.",
        attachment=_x12_850().replace(LONG_PO.encode(), b"4482"), maintype="application", subtype="edi-x12",
        filename="4482.edi"))
    service.drain()
    order = service.order_for_message(posted["id"])
    line = order["lines"][0]
    api = service.client
    # The API: a unit or SKU longer than any the catalog holds is a 4xx naming it, never a 500.
    for body in ({"uom": "U" * 40}, {"sku": "S" * 200}):
        refused = api.patch(f"/api/orders/{order['id']}/lines/{line['id']}", json=body)
        assert 400 <= refused.status_code < 500, (body, refused.status_code, refused.text)
    added = api.post(f"/api/orders/{order['id']}/lines", json={"sku": "S" * 200, "quantity": "1"})
    assert 400 <= added.status_code < 500, added.text
    imported = api.post("/api/catalog/import", files={"file": ("c.csv", b"sku,description,unit_price\n"
                                                                 + b"S" * 80 + b",tape,1.00\n", "text/csv")})
    assert imported.status_code == 200 and imported.json()["rejected"], imported.text
    assert "64" in str(imported.json()["rejected"])
    customers = api.post("/api/customers/import", files={"file": ("k.csv", b"customer_id,name,email_domains\n"
                                                                  b"C900," + b"N" * 300 + b",n.example\n"
                                                                  b"C901,Short Name Ltd,s.example\n", "text/csv")})
    assert customers.status_code == 200, customers.text
    assert customers.json()["imported"] == 1 and "name is longer than 200" in str(customers.json()["rejected"])
    # The forms: a PO number too long for the order is a form error, the order unchanged.
    csrf = log_in(service, "api@test.example", "api-password")
    done = service.client.post(f"/review/orders/{order['id']}/header", follow_redirects=False,
                               data={"csrf": csrf, "po_number": "P" * 150})
    assert done.status_code == 303, done.text
    page = service.client.get(done.headers["location"])
    assert page.status_code == 200 and "the PO number is longer than 100 characters" in page.text
    assert service.client.get(f"/api/orders/{order['id']}",
                              headers={"Authorization": f"Bearer {service.token}"}).json()["po_number"] == "4482"
    users = service.client.get("/review/admin/users")
    made = service.client.post("/review/admin/users", follow_redirects=False,
                               data={"csrf": csrf_of(users.text), "email": "a" * 330 + "@x.example",
                                     "password": "a-long-enough-password", "role": "clerk"})
    assert made.status_code == 303 and "error=" in made.headers["location"], made.text
    made = service.client.post("/review/admin/users", follow_redirects=False,
                               data={"csrf": csrf_of(users.text), "email": "a" * 100 + "@x.example",
                                     "password": "a-long-enough-password", "role": "clerk"})
    assert made.status_code == 303 and "error=" not in made.headers["location"], made.text
    # A threshold within its range but written with more digits than its stored value holds.
    long_number = "0." + "9" * 80
    page = service.client.get("/review/admin/thresholds")
    saved = service.client.post("/review/admin/thresholds", follow_redirects=False,
                                data={"csrf": csrf_of(page.text), "auto_approve_min_confidence": long_number})
    assert saved.status_code == 303 and "error=" in saved.headers["location"], saved.headers.get("location")
