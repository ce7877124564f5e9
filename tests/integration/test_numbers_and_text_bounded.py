"""Numbers without bounds and text a database refuses (issue 18, item 4), on SQLite and PostgreSQL.

Before: a quantity of 1e400 was stored by SQLite (as infinity) and every page and API call on its order
was a 500; NaN in a form was a 500; on PostgreSQL a number too large for its column, a NUL in text (also
from an email body: the message ended in error instead of an order), an id above its integer range, a
negative limit and a lone surrogate were 500s; limit=-1 returned every row on SQLite. Now every entry
point holds what comes in to what the columns hold: the API and the forms refuse it with a clear 4xx or a
form error; a reading keeps the line with a doubt saying which number was left out; text is stored with
U+FFFD where a NUL or lone surrogate was, and the raw message byte for byte."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

from tests.support.messages import ACME_BUYER, ORDERS_TO, email_with_attachment
from tests.support.service import Service, csrf_of, log_in

TOO_BIG_ID = 2**31  # one above PostgreSQL's integer


def _x12_850(po: str) -> bytes:
    """An X12 850 from the demo's Acme whose lines say 1E400 cases, a price of -8.40, 10^14 packs."""
    lines = [("TAPE-48-CLR", "1E400", "CA", "46.96"), ("GLV-NIT-L-BLU", "2", "BX", "-8.40"),
             ("TIE-08-BLK", "99999999999999", "PK", "3.81"), ("TAPE-48-CLR", "4", "CA", "46.96")]
    body = [f"BEG*00*SA*{po}**20261120", "CUR*BY*USD", "N1*BY*Acme Retail Group*92*C001",
            "N1*ST*Acme Retail DC Boston", "N3*400 Summer Street", "N4*Boston*MA*02210*US"]
    body += [f"PO1*{n}*{qty}*{unit}*{price}**VP*{sku}" for n, (sku, qty, unit, price) in enumerate(lines, 1)]
    body += [f"CTT*{len(lines)}", f"SE*{len(body) + 3}*0001"]
    isa = "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*NORTHWIND      *261120*0930*U*00401*000000101*0*P*>"
    segments = [isa, "GS*PO*ACMERETAIL*NORTHWIND*20261120*0930*101*X*004010", "ST*850*0001", *body, "GE*1*101",
                "IEA*1*000000101"]
    return ("~\n".join(segments) + "~\n").encode()


def _filed(svc: Service, raw: bytes) -> tuple[dict, dict]:
    posted = svc.post_eml(raw)
    svc.drain()
    message = svc.client.get(f"/api/messages/{posted['id']}").json()
    assert message["status"] == "processed", message
    return message, svc.order_for_message(posted["id"])


def test_numbers_read_that_no_line_can_hold_become_doubts_and_the_order_stays_readable(service: Service):
    raw = email_with_attachment(subject="PO 4471", message_id="<big-numbers@acme-retail.example>",
                                body="Order attached.", attachment=_x12_850("4471"), maintype="application",
                                subtype="edi-x12", filename="4471.edi")
    _message, order = _filed(service, raw)
    assert order["status"] == "needs_review"
    doubts = {(r["line_no"], r["field"]): r["message"] for r in order["review_reasons"]
              if r["code"] == "unusable_number"}
    assert set(doubts) == {(1, "quantity"), (2, "unit_price"), (3, "quantity")}, order["review_reasons"]
    assert "1E+400, is too large" in doubts[(1, "quantity")]
    assert "-8.40, must be zero or more" in doubts[(2, "unit_price")]
    lines = {ln["line_no"]: ln for ln in order["lines"]}
    assert (lines[1]["quantity"], lines[3]["quantity"]) == (None, None)
    assert "1E400" in lines[1]["raw_text"] and float(lines[4]["quantity"]) == 4  # the lines and raw text kept
    # Every read of the order works: the API, the list, the order's page.
    assert service.client.get(f"/api/orders/{order['id']}").status_code == 200
    assert service.client.get("/api/orders").status_code == 200
    log_in(service, "api@test.example", "api-password")
    assert service.client.get(f"/review/orders/{order['id']}").status_code == 200
    assert service.client.get("/review").status_code == 200


def test_an_email_with_nul_bytes_becomes_an_order_with_its_raw_bytes_intact(service: Service):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Message-ID"] = ACME_BUYER, ORDERS_TO, "<nul@acme-retail.example>"
    msg["Subject"] = "=?utf-8?q?PO_4472_=00urgent?="  # an encoded NUL in a header, stored at intake
    msg.set_content("Please send:\n10 x TAPE-48-CLR \x00clear\n2 x GLV-NIT-L-BLU\n\nThanks, Jane")
    raw = msg.as_bytes(policy=SMTP)
    assert b"\x00" in raw
    message, order = _filed(service, raw)
    assert "\x00" not in message["subject"]
    tape = next(ln for ln in order["lines"] if "TAPE-48-CLR" in (ln["raw_text"] or ""))
    assert "\ufffd" in tape["raw_text"] and "\x00" not in tape["raw_text"]
    assert service.client.get(f"/api/messages/{message['id']}/raw").content == raw


def test_the_api_answers_what_does_not_fit_with_a_4xx_and_keeps_the_order_readable(service: Service):
    api = service.client
    _message, order = _filed(service, email_with_attachment(
        subject="PO 4473", message_id="<api-bounds@acme-retail.example>", body="Order attached.",
        attachment=_x12_850("4473"), maintype="application", subtype="edi-x12", filename="4473.edi"))
    line = next(ln for ln in order["lines"] if ln["line_no"] == 4)
    url = f"/api/orders/{order['id']}/lines/{line['id']}"
    for body, why in (({"quantity": "1e400"}, "the quantity is too large"), ({"quantity": "1e20"}, "too large"),
                      ({"unit_price": "1e12"}, "the unit price is too large")):
        refused = api.patch(url, json=body)
        assert refused.status_code == 409 and why in refused.json()["detail"], (body, refused.text)
    added = api.post(f"/api/orders/{order['id']}/lines", json={"sku": "TIE-08-BLK", "quantity": "1e400"})
    assert added.status_code == 409 and "too large" in added.json()["detail"]
    for body in ({"quantity": "NaN"}, {"quantity": "Infinity"}):
        assert api.patch(url, json=body).status_code == 422
    after = api.get(f"/api/orders/{order['id']}")
    assert after.status_code == 200
    assert float(next(ln for ln in after.json()["lines"] if ln["id"] == line["id"])["quantity"]) == 4
    # Limits and ids: a clear 422, never every row nor a database error.
    for path in ("/api/orders?limit=-1", "/api/messages?limit=-1", "/api/jobs?limit=0", f"/api/orders/{TOO_BIG_ID}",
                 f"/api/messages/{TOO_BIG_ID}", f"/api/jobs/{TOO_BIG_ID}", f"/api/jobs?order_id={TOO_BIG_ID}",
                 f"/api/orders/{10**30}", "/api/orders/0"):
        assert api.get(path).status_code == 422, path
    assert api.patch(f"/api/orders/{order['id']}/lines/{TOO_BIG_ID}", json={"quantity": "2"}).status_code == 422
    assert api.get("/api/orders?limit=1").status_code == 200 and len(api.get("/api/orders?limit=1").json()) == 1
    # A NUL is stored as U+FFFD; a lone surrogate, which nothing can encode, is refused and the refusal readable.
    described = api.patch(url, json={"description": "tape\u0000clear"})
    assert described.status_code == 200, described.text
    assert next(ln for ln in described.json()["lines"] if ln["id"] == line["id"])["description"] == "tape\ufffdclear"
    assert api.get("/api/orders?status=needs%00review").json() == []
    lone = api.patch(url, content=b'{"description": "tape \\ud800"}', headers={"Content-Type": "application/json"})
    assert lone.status_code == 422 and "lone" in lone.text
    held = api.post(f"/api/orders/{order['id']}/hold", json={"reason": "ask \u0000 buyer"})
    assert held.status_code == 200, held.text


def test_the_review_screen_refuses_what_does_not_fit_in_words(service: Service):
    _message, order = _filed(service, email_with_attachment(
        subject="PO 4474", message_id="<form-bounds@acme-retail.example>", body="Order attached.",
        attachment=_x12_850("4474"), maintype="application", subtype="edi-x12", filename="4474.edi"))
    csrf = log_in(service, "api@test.example", "api-password")  # an admin: the token form below is theirs
    base = f"/review/orders/{order['id']}"
    line = next(ln for ln in order["lines"] if ln["line_no"] == 4)
    for path, data, why in (
            (f"{base}/lines", {"sku": "TIE-08-BLK", "quantity": "NaN"}, "the quantity is not a number"),
            (f"{base}/lines", {"sku": "TIE-08-BLK", "quantity": "1e400"}, "the quantity is too large"),
            (f"{base}/lines/{line['id']}", {"quantity": "1e400"}, "the quantity is too large"),
            (f"{base}/lines/{line['id']}/split", {"quantity": "NaN"}, "is not a number"),
            (f"{base}/lines/{line['id']}/merge", {"other": "\u00b2"}, "choose the line to merge"),
            (f"{base}/header", {"currency": "\u00dfab"}, "is not a currency code")):
        done = service.client.post(path, data={"csrf": csrf, **data}, follow_redirects=False)
        assert done.status_code == 303, (path, data, done.text)
        page = service.client.get(done.headers["location"])
        assert page.status_code == 200 and why in page.text, (path, data)
    assert service.client.get(f"/review/orders/{TOO_BIG_ID}").status_code == 422
    tokens = service.client.get("/review/admin/tokens")
    refused = service.client.post("/review/admin/tokens", follow_redirects=False,
                                  data={"csrf": csrf_of(tokens.text), "user_id": str(TOO_BIG_ID), "name": "erp"})
    assert refused.status_code == 303 and "error=" in refused.headers["location"]


def test_the_doubts_of_numbers_left_out_survive_a_change_of_customer(service: Service):
    """Before: setting the order's customer matched its lines again and put the new matching's reasons in
    place of every line's, so the doubt that the quantity read (1E400) had been left out was gone, and the
    line stood with no quantity and no word why."""
    _message, order = _filed(service, email_with_attachment(
        subject="PO 4475", message_id="<rematch-bounds@acme-retail.example>", body="Order attached.",
        attachment=_x12_850("4475"), maintype="application", subtype="edi-x12", filename="4475.edi"))
    before = {(r["line_no"], r["field"]) for r in order["review_reasons"] if r["code"] == "unusable_number"}
    assert before == {(1, "quantity"), (2, "unit_price"), (3, "quantity")}
    csrf = log_in(service, "api@test.example", "api-password")
    done = service.client.post(f"/review/orders/{order['id']}/customer", follow_redirects=False,
                               data={"csrf": csrf, "customer_id": "C002"})
    assert done.status_code == 303 and "error=" not in done.headers["location"], done.headers.get("location")
    after = service.client.get(f"/api/orders/{order['id']}", headers={"Authorization": f"Bearer {service.token}"})
    assert after.json()["customer_id"] == "C002"
    doubts = [(r["line_no"], r["field"]) for r in after.json()["review_reasons"] if r["code"] == "unusable_number"]
    assert sorted(doubts) == sorted(before), after.json()["review_reasons"]
