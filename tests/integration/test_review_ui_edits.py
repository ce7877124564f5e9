"""The review screen's claims, header and line edits, hold, SKU autocomplete and master-data imports,
through HTTP against the real app (SQLite)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from bootstrap import open_database
from models.schemas import MessageSource
from models.tables import Order, utcnow
from tests.support.messages import demo_eml
from tests.support.service import Service, csrf_of, log_in, make_settings
from tests.support.templates import DatabaseTemplates
from web.accounts import ensure_user


@pytest.fixture(scope="module")
def shared_service(tmp_path_factory: pytest.TempPathFactory,
                   database_templates: DatabaseTemplates) -> Iterator[Service]:
    """One app for the tests that each work on their own orders (setting up an app costs seconds)."""
    settings = make_settings(tmp_path_factory.mktemp("review-edits"))
    database_templates.copy_sqlite(settings.resolved_database_url, "demo")
    database = open_database(settings)
    svc = Service(settings, database)
    yield svc
    svc.client.close()
    database.dispose()


@pytest.fixture
def svc(shared_service: Service) -> Service:
    """The shared app with its client as new: no login, the API token back."""
    shared_service.client.cookies.clear()
    shared_service.client.headers["Authorization"] = f"Bearer {shared_service.token}"
    return shared_service


def _queued(svc: Service, demo: str = "09", tag: str = "") -> dict:
    raw = demo_eml(demo)
    if tag:  # the same email again, as a new message (own Message-ID and PO) for a test of its own
        raw = raw.replace(b"Message-ID: <", f"Message-ID: <{tag}-".encode(), 1)
        raw = raw.replace(b"PO Number: ", f"PO Number: {tag}-".encode(), 1)
    accepted = svc.post_eml(raw)
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    assert order["status"] == "needs_review", order
    return order


def _second_clerk(svc: Service) -> tuple[TestClient, str]:
    with svc.db.session() as s:
        ensure_user(s, "second@demo.example", "second-pass", "clerk")
    other = TestClient(svc.app)
    token = csrf_of(other.get("/login").text)
    other.post("/login", data={"email": "second@demo.example", "password": "second-pass", "csrf": token})
    return other, csrf_of(other.get("/review").text)


@pytest.mark.slow
def test_an_opened_order_is_claimed_and_another_clerk_sees_who_holds_it(svc: Service):
    order = _queued(svc, "09", "claim")
    csrf = log_in(svc)
    svc.client.get(f"/review/orders/{order['id']}")
    other, other_csrf = _second_clerk(svc)

    assert "clerk@demo.example" in other.get("/review").text  # the queue shows the claim
    page = other.get(f"/review/orders/{order['id']}").text
    assert "is working on this order" in page and "clerk@demo.example" in page
    refused = other.post(f"/review/orders/{order['id']}/approve", data={"csrf": other_csrf})
    assert "take it over first" in refused.text
    assert svc.client.get(f"/api/orders/{order['id']}", headers={"X-CSRF-Token": csrf}).json()["status"] == \
        "needs_review"

    other.post(f"/review/orders/{order['id']}/claim", data={"csrf": other_csrf})  # take it over
    assert "is working on this order" in svc.client.get(f"/review/orders/{order['id']}").text
    assert "is working on this order" not in other.get(f"/review/orders/{order['id']}").text
    other.close()


def test_an_expired_claim_is_free_and_clerk_time_is_counted(svc: Service):
    order = _queued(svc, "09", "expired")
    log_in(svc)
    svc.client.get(f"/review/orders/{order['id']}")
    with svc.db.session() as s:  # as if the clerk left 20 minutes ago and the claim ran out
        row = s.get(Order, order["id"])
        row.claimed_at = utcnow() - timedelta(minutes=20)
        row.claimed_until = utcnow() - timedelta(minutes=5)
    other, other_csrf = _second_clerk(svc)
    assert "is working on this order" not in other.get(f"/review/orders/{order['id']}").text
    other.post(f"/review/orders/{order['id']}/reject", data={"csrf": other_csrf, "reason": "duplicate by phone"})
    with svc.db.session() as s:
        row = s.get(Order, order["id"])
        assert row.status == "rejected" and row.claimed_by is None
        assert 15 * 60 <= row.review_seconds < 16 * 60  # the expired claim counts until it expired
    other.close()


def test_header_fields_lines_and_hold_are_edited_and_audited(svc: Service):
    order = _queued(svc, "09", "edit")
    csrf = log_in(svc)
    base = f"/review/orders/{order['id']}"
    svc.client.post(f"{base}/header", data={"csrf": csrf, "po_number": "DL-999", "order_date": "2026-11-21",
                                            "requested_date": "", "currency": "usd"})
    bad = svc.client.post(f"{base}/header", data={"csrf": csrf, "order_date": "21.11.2026"})
    assert "is not a date" in bad.text
    lines = svc.client.get(f"/api/orders/{order['id']}").json()["lines"]
    first, second, third = lines
    svc.client.post(f"{base}/lines/{third['id']}/split", data={"csrf": csrf, "quantity": "5"})
    after_split = svc.client.get(f"/api/orders/{order['id']}").json()
    assert [float(ln["quantity"]) for ln in after_split["lines"]] == [3, 12, 7, 5]
    svc.client.post(f"{base}/lines/{third['id']}/merge", data={"csrf": csrf, "other": "4"})
    svc.client.post(f"{base}/lines/{first['id']}/delete", data={"csrf": csrf})
    svc.client.post(f"{base}/hold", data={"csrf": csrf, "reason": "asked the buyer about the vests",
                                          "ask_buyer": "yes"})
    with svc.db.session() as s:  # the question to the buyer is queued with the hold, in its transaction
        from sqlalchemy import select

        from models.tables import Acknowledgement
        asked = s.scalars(select(Acknowledgement.note).where(Acknowledgement.order_id == order["id"],
                                                             Acknowledgement.kind == "question")).all()
        assert asked == ["asked the buyer about the vests"]

    got = svc.client.get(f"/api/orders/{order['id']}").json()
    assert got["po_number"] == "DL-999" and got["order_date"] == "2026-11-21" and got["currency"] == "USD"
    assert [(ln["line_no"], float(ln["quantity"])) for ln in got["lines"]] == [(1, 12), (2, 12)]
    assert not any(r.get("line_no") == 1 and "GLS-SAF-SKM" in r["message"] for r in got["review_reasons"])
    page = svc.client.get(base).text
    # The history in a clerk's words (review_ui/order_page.py history_rows), not the audit's codes.
    for action in ("changed po number", "split line 3", "merged another line into line 3", "deleted line 1",
                   "put on hold"):
        assert action in page, action
    assert "On hold: asked the buyer about the vests" in page
    queue = svc.client.get("/review?status_filter=held").text
    assert f"/review/orders/{order['id']}" in queue and "on hold: asked the buyer" in queue


@pytest.mark.slow
def test_queue_filters_by_reason_and_customer(service: Service):
    svc = service  # on SQLite and PostgreSQL: the reason filter reads the JSON column as text
    typo, stranger = _queued(svc, "09"), _queued(svc, "11")
    csrf = log_in(svc)
    by_reason = svc.client.get("/review?reason=unknown_customer").text
    assert f"/review/orders/{stranger['id']}\"" in by_reason and f"/review/orders/{typo['id']}\"" not in by_reason
    by_customer = svc.client.get(f"/review?customer={typo['customer_id']}").text
    assert f"/review/orders/{typo['id']}\"" in by_customer and f"/review/orders/{stranger['id']}\"" not in by_customer
    # The doubtful header field is marked where the document has it: the unknown sender's signature.
    page = svc.client.get(f"/review/orders/{stranger['id']}").text
    assert re.search(r'<mark data-line="field-customer"[^>]*>Globex Manufacturing</mark>', page)
    assert 'id="field-customer"' in page  # what clicking the mark brings into view
    held = svc.client.post(f"/api/orders/{typo['id']}/hold", json={"reason": "waiting for the buyer"},
                           headers={"X-CSRF-Token": csrf})
    assert held.status_code == 200 and held.json()["status"] == "needs_review"
    queue = svc.client.get("/review").text
    assert queue.index(f"/review/orders/{stranger['id']}\"") < queue.index(f"/review/orders/{typo['id']}\"")


def test_sku_autocomplete_is_fuzzy_and_shows_price_and_stock(svc: Service):
    found = svc.client.get("/api/catalog/search", params={"q": "GLS-SAF-SKM", "customer": "C004"}).json()
    assert found[0]["sku"] == "GLS-SAF-SMK"
    assert {"description", "price", "stock", "uom", "contract_price"} <= set(found[0])
    assert float(found[0]["stock"]) > 0
    by_words = svc.client.get("/api/catalog/search", params={"q": "nitrile gloves blue size M"}).json()
    assert by_words[0]["sku"] == "GLV-NIT-M-BLU"
    prefix = svc.client.get("/api/catalog/search", params={"q": "GLV-NIT"}).json()
    assert len(prefix) == 8 and all(s["sku"].startswith("GLV-NIT") for s in prefix)
    with TestClient(svc.app) as stranger:
        assert stranger.get("/api/catalog/search", params={"q": "GLV"}).status_code == 401


def test_catalog_and_customer_imports_report_each_rejected_row(svc: Service):
    catalog = (b"sku,description,unit_price,uom\nNEW-1,New thing,4.50,EA\n,Nameless,3.00,EA\n"
               b"NEW-3,Priceless,abc,EA\n")
    result = svc.client.post("/api/catalog/import", files={"file": ("products.csv", catalog, "text/csv")}).json()
    assert result["imported"] == 1
    assert [row for row, _ in result["rejected"]] == [3, 4]
    assert "not a number" in result["rejected"][1][1]
    assert svc.client.get("/api/catalog/search", params={"q": "NEW-1"}).json()[0]["sku"] == "NEW-1"

    broken = svc.client.post("/api/customers/import", files={"file": ("people.csv", b"name\nX\n", "text/csv")})
    assert broken.status_code == 422 and "missing columns" in broken.json()["detail"]
    wrong_kind = svc.client.post("/api/customers/import", files={"file": ("people.pdf", b"%PDF", "application/pdf")})
    assert wrong_kind.status_code == 422

    with svc.db.session() as s:
        ensure_user(s, "plain@demo.example", "plain-pass", "clerk")
    from web.accounts import create_api_token

    with svc.db.session() as s:
        from sqlalchemy import select

        from models.tables import User
        clerk_token = create_api_token(s, s.scalar(select(User).where(User.email == "plain@demo.example")), "t")
    refused = svc.client.post("/api/catalog/import", files={"file": ("p.csv", catalog, "text/csv")},
                              headers={"Authorization": f"Bearer {clerk_token}"})
    assert refused.status_code == 403


@pytest.mark.slow
def test_dashboard_counts_touchless_orders_savings_and_clerk_time(sqlite_service: Service):
    svc = sqlite_service
    for demo in ("01", "04"):  # read cleanly: through untouched
        svc.post_eml(demo_eml(demo))
    order = _queued(svc, "11")
    svc.drain()
    with svc.db.session() as s:  # a clerk spent 6 minutes on the doubtful one
        s.get(Order, order["id"]).review_seconds = 360
    log_in(svc)
    page = svc.client.get("/review/dashboard").text
    assert '<span class="big" id="orders-today">3</span>' in page
    assert '<span class="big" id="touchless-rate">67%</span>' in page
    savings = page.split('id="savings"')[1].split("</table>")[0]
    today = savings.split("<tr>")[2]  # header row, then today
    # 2 touchless orders x 5 min x 25/h = 4.17; 6 min of clerk time x 25/h = 2.50
    assert "4.17" in today and "0.1 h" in today and "2.50" in today
    assert "unknown_customer" in page.split('id="by-reason"')[1]
    assert page.count("<rect") == 60  # 30 days, two bars each


def test_admin_creates_and_disables_users(svc: Service):
    csrf = log_in(svc)
    assert svc.client.get("/review/admin/users").status_code == 403  # a clerk is not an admin
    svc.client.post("/logout", data={"csrf": csrf})
    csrf = log_in(svc, "admin@demo.example", "demo-admin")
    page = svc.client.post("/review/admin/users", data={"csrf": csrf, "email": "New@Demo.example",
                                                        "password": "long-enough-1", "role": "clerk"}).text
    assert "new@demo.example can log in now" in page
    short = svc.client.post("/review/admin/users", data={"csrf": csrf, "email": "x@demo.example",
                                                         "password": "short", "role": "clerk"}).text
    assert "at least 10 characters" in short
    newcomer = TestClient(svc.app)
    token = csrf_of(newcomer.get("/login").text)
    newcomer.post("/login", data={"email": "new@demo.example", "password": "long-enough-1", "csrf": token})
    assert newcomer.get("/review", follow_redirects=False).status_code == 200

    from sqlalchemy import select

    from models.tables import User
    with svc.db.session() as s:
        new_id = s.scalar(select(User.id).where(User.email == "new@demo.example"))
    svc.client.post(f"/review/admin/users/{new_id}", data={"csrf": csrf, "role": "clerk", "active": "no"})
    assert newcomer.get("/review", follow_redirects=False).status_code == 303  # the open session ends too
    token = csrf_of(newcomer.get("/login").text)
    again = newcomer.post("/login", data={"email": "new@demo.example", "password": "long-enough-1", "csrf": token})
    assert "Wrong email or password" in again.text
    newcomer.close()


def test_admin_imports_a_catalog_file_and_sees_the_rejected_rows(svc: Service):
    csrf = log_in(svc, "admin@demo.example", "demo-admin")
    data = b"sku,description,unit_price\nUP-1,Uploaded,2.00\nUP-2,Broken,two\n"
    page = svc.client.post("/review/admin/imports/catalog", data={"csrf": csrf},
                           files={"file": ("mine.csv", data, "text/csv")}).text
    assert "mine.csv: 1 imported, 1 rejected" in page
    assert "<td>3</td><td>unit_price &#39;two&#39; is not a number</td>" in page
    refused = svc.client.post("/review/admin/imports/catalog", files={"file": ("mine.csv", data, "text/csv")})
    assert refused.status_code == 403  # no CSRF token


def test_admin_changes_thresholds_and_they_survive_a_restart(svc: Service):
    csrf = log_in(svc, "admin@demo.example", "demo-admin")
    bad = svc.client.post("/review/admin/thresholds", data={"csrf": csrf, "auto_approve_min_confidence": "1.5"}).text
    assert "1.5 is outside" in bad
    page = svc.client.post("/review/admin/thresholds", data={"csrf": csrf, "auto_approve_min_confidence": "0.9",
                                                            "price_tolerance": "0.05", "claim_minutes": "30"}).text
    assert "saved: auto_approve_min_confidence, price_tolerance, claim_minutes" in page
    assert svc.settings.auto_approve_min_confidence == 0.9  # the running service decides with it now

    from app import create_app
    from tests.support.service import make_settings

    fresh = make_settings(svc.settings.home)
    assert fresh.price_tolerance != 0.05
    create_app(fresh, svc.db)  # a restart: the stored overrides win over the defaults
    assert (fresh.auto_approve_min_confidence, str(fresh.price_tolerance), fresh.claim_minutes) == (0.9, "0.05", 30.0)
    worker_settings = make_settings(svc.settings.home)
    open_database(worker_settings).dispose()  # what `order-intake worker` does on start
    assert worker_settings.auto_approve_min_confidence == 0.9


def test_a_damaged_pdf_page_is_a_clear_error_not_a_crash(svc: Service):
    from models.tables import Document, InboundMessage

    with svc.db.session() as s:
        message = InboundMessage(source="api", sha256="d" * 64, raw=b"x", size=1)
        s.add(message)
        s.flush()
        doc = Document(message_id=message.id, part_index=1, role="attachment", filename="broken.pdf",
                       media_type="application/pdf", sha256="e" * 64, size=20, content=b"%PDF-1.4 not really")
        s.add(doc)
        s.flush()
        doc_id = doc.id
    log_in(svc)
    response = svc.client.get(f"/review/documents/{doc_id}/pages/1.png")
    assert response.status_code == 422 and "cannot be rendered" in response.json()["detail"]
    assert svc.client.get("/review").status_code == 200  # and the service goes on


def test_a_doubtful_header_field_is_marked_in_a_spreadsheets_grid(svc: Service):
    from email.message import EmailMessage
    from email.policy import SMTP

    msg = EmailMessage()
    msg["From"] = "Peter <peter@initech.example>"  # not a known customer: the buyer field is in doubt
    msg["To"] = "orders@northwind-supply.example"
    msg["Subject"] = "PO attached"
    msg["Message-ID"] = "<csv-77@initech.example>"
    msg.set_content("Please see the attached order.")
    msg.add_attachment(b"Purchase Order No.,PO-CSV-77\nBuyer,Initech Supplies\n\nSKU,Description,Qty,Unit Price\n"
                       b"GLV-NIT-M-BLU,Nitrile gloves,5,12.27\n", maintype="text", subtype="csv", filename="po.csv")
    accepted = svc.post_eml(msg.as_bytes(policy=SMTP))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    log_in(svc)
    page = svc.client.get(f"/review/orders/{order['id']}").text
    assert re.search(r'<td data-line="field-customer"[^>]*>Initech Supplies</td>', page), page
    assert re.search(rf'<tr data-line="line-{order["lines"][0]["id"]}"', page)  # and the line's row


PRICED = b"""From: Dana Kowalski <dana.kowalski@harborpoint.example>
To: Northwind Orders <orders@northwind-supply.example>
Subject: PO HPP-LE1
Message-ID: <line-edit-1@mail.harborpoint.example>
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0

Hi,

Our PO: HPP-LE1
Order Date: 2026-11-20

TAPE-48-CLR  10 CS @ $48.27
GLV-NIT-L-BLK  2 CS @ $99.00
BOX-1010-06  6 PK @ $25.00

Thanks,
Dana Kowalski
Purchasing | Harbor Point Packaging
"""


def test_a_lines_unit_price_and_description_are_edited_audited_and_answer_their_doubts(svc: Service):
    """GIVEN a line ordered in a unit we cannot convert (CS of a product sold per BX) at a price far from
    the contract, and another line with only a price doubt
    WHEN the clerk sets the first line's unit and price, and the second line's description, on the page
    THEN each change is in the history (from, to), the unit and price doubts of the first line are gone,
    the unit is taught as a conversion for this customer, and the second line keeps its price doubt."""
    accepted = svc.post_eml(PRICED)
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    _, gloves, boxes = order["lines"]
    assert {r["code"] for r in gloves["reasons"]} == {"uom_mismatch", "price_mismatch"}, gloves
    csrf = log_in(svc)
    base = f"/review/orders/{order['id']}"
    page = svc.client.get(base).text
    for field, label in (("uom", "Unit"), ("price", "Unit price"), ("desc", "Description")):
        assert re.search(rf'<label for="{field}-{gloves["id"]}"[^>]*>{label} for line 2</label>', page), field
    assert f'id="price-{gloves["id"]}" name="unit_price" form="line-form-{gloves["id"]}" value="99"' in page

    def save(line: dict, **changed: str) -> None:  # the whole form, as the browser sends it
        shown = {"sku": line["sku"], "quantity": str(int(float(line["quantity"]))), "uom": line["uom"],
                 "unit_price": str(float(line["unit_price"])), "description": line["description"] or ""}
        response = svc.client.post(f"{base}/lines/{line['id']}", data={"csrf": csrf, **shown, **changed},
                                   follow_redirects=False)
        assert response.status_code == 303 and "error" not in response.headers["location"], response.headers

    save(gloves, uom="bx", unit_price="10.98")
    save(boxes, description="Corrugated box 10x10x6, kraft")

    got = svc.client.get(f"/api/orders/{order['id']}").json()
    gloves_now = next(ln for ln in got["lines"] if ln["id"] == gloves["id"])
    boxes_now = next(ln for ln in got["lines"] if ln["id"] == boxes["id"])
    assert (gloves_now["uom"], float(gloves_now["unit_price"]), float(gloves_now["quantity"])) == ("BX", 10.98, 2)
    assert gloves_now["reasons"] == []
    assert not any(r.get("line_no") == 2 for r in got["review_reasons"])
    assert boxes_now["description"] == "Corrugated box 10x10x6, kraft"
    assert [r["code"] for r in boxes_now["reasons"]] == ["price_mismatch"]  # a description answers no price
    with svc.db.session() as s:
        from sqlalchemy import select

        from models.tables import AuditEvent, CustomerUnitConversion
        taught = s.scalar(select(CustomerUnitConversion).where(CustomerUnitConversion.sku == "GLV-NIT-L-BLK",
                                                              CustomerUnitConversion.uom == "CS"))
        assert taught is not None and taught.factor == 1 and taught.customer_id == order["customer_id"]
        events = {(e.action, e.field): (e.actor, e.from_value, e.to_value) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "order", AuditEvent.entity_id == order["id"]))}
    assert events[("edit_line", "line2.uom")] == ("clerk@demo.example", "CS", "BX")
    assert events[("edit_line", "line2.unit_price")][1:] == ("99.0000", "10.98")
    assert events[("learn_conversion", "line2.uom")][2] == "1.0000 BX"  # one CS of theirs is one BX
    assert events[("edit_line", "line3.description")][2] == "Corrugated box 10x10x6, kraft"
    assert ("edit_line", "line2.quantity") not in events  # fields left as shown are not edits
    history = svc.client.get(base).text.split('<section class="history">')[1]
    assert "<td>changed line 2 unit</td><td>CS</td><td>BX</td>" in history
    assert "<td>changed line 2 unit price</td><td>99.0000</td><td>10.98</td>" in history

    bad = svc.client.post(f"{base}/lines/{boxes['id']}", data={"csrf": csrf, "unit_price": "-3"})
    assert "zero or more" in bad.text


def _from_mailbox(svc: Service, tag: str, source: MessageSource, age: timedelta) -> dict:
    """Demo 09 (a SKU typo: it waits for review) as a new message from `source`, received `age` ago."""
    from orchestration.accept import accept_message

    raw = demo_eml("09").replace(b"Message-ID: <", f"Message-ID: <{tag}-".encode(), 1)
    raw = raw.replace(b"PO Number: ", f"PO Number: {tag}-".encode(), 1)
    accepted = accept_message(svc.db, raw, source)
    svc.drain()
    order = svc.order_for_message(accepted.message_id)
    with svc.db.session() as s:
        s.get(Order, order["id"]).created_at = utcnow() - age
    return order


def _queue_rows(html: str) -> dict[int, list[str]]:
    """Order id -> the text of its queue row's cells, in page order."""
    def text(fragment: str) -> str:
        return " ".join(re.sub(r"<[^>]+>", " ", fragment).split())

    rows = re.findall(r'<tr data-href="/review/orders/(\d+)"[^>]*>(.*?)</tr>', html, re.S)
    return {int(oid): [text(td) for td in re.findall(r"<td[^>]*>(.*?)</td>", body, re.S)] for oid, body in rows}


def test_queue_is_oldest_first_filters_by_mailbox_and_shows_value_and_age(svc: Service):
    """GIVEN orders received 3 days, 5 hours and 20 minutes ago by the Maildir, the API and an IMAP
    mailbox named n0rth
    WHEN the clerk opens the queue, plain and filtered by each mailbox
    THEN the oldest comes first, each filter keeps only its mailbox's orders (a mailbox filter's % and _
    are no wildcards), and each row shows the order's age and value."""
    oldest = _from_mailbox(svc, "q-old", MessageSource("maildir", path="new/q-old.eml"), timedelta(days=3, minutes=5))
    middle = _from_mailbox(svc, "q-mid", MessageSource("api"), timedelta(hours=5, minutes=5))
    newest = _from_mailbox(svc, "q-new", MessageSource("imap", mailbox="n0rth", folder="INBOX", uidvalidity=7, uid=1),
                           timedelta(minutes=20, seconds=30))
    ids = [oldest["id"], middle["id"], newest["id"]]
    log_in(svc)

    rows = _queue_rows(svc.client.get("/review").text)
    assert [oid for oid in rows if oid in ids] == ids
    for order, age, mailbox in ((oldest, "3 d", "maildir"), (middle, "5 h", "api"), (newest, "20 min", "n0rth")):
        cells = rows[order["id"]]
        assert cells[1] == age and cells[6] == mailbox, cells
        value = sum(Decimal(str(ln["quantity"])) * Decimal(str(ln["unit_price"])) for ln in order["lines"]
                    if ln["unit_price"] is not None)
        # Always with a currency: the order's, else its customer's (Delta Logistics pays in USD).
        assert value > 0 and cells[5] == f"{value:,.2f} {order['currency'] or 'USD'}", cells

    def shown(mailbox: str) -> list[int]:
        return [oid for oid in _queue_rows(svc.client.get("/review", params={"mailbox": mailbox}).text) if oid in ids]

    assert shown("maildir") == [oldest["id"]]
    assert shown("api") == [middle["id"]]
    assert shown("n0rth") == [newest["id"]]
    assert shown("n_rth") == [] and shown("%") == [] and shown("n0rt%") == []


def test_an_admin_makes_an_api_token_on_the_page_and_revokes_it(svc: Service):
    """GIVEN an admin on the tokens page
    WHEN they make a token for the clerk, it is used, and then revoked
    THEN the token is shown once, works as a Bearer token, only its sha256 is stored, its last use is
    listed, both steps are audited, and after the revocation it gets 401. A clerk gets 403 on the page."""
    import hashlib

    from sqlalchemy import select

    from models.tables import ApiToken, AuditEvent, User

    csrf = log_in(svc)  # a clerk first
    assert svc.client.get("/review/admin/tokens").status_code == 403
    refused = svc.client.post("/review/admin/tokens", data={"csrf": csrf, "user_id": "1", "name": "mine"})
    assert refused.status_code == 403
    assert 'href="/review/admin/tokens"' not in svc.client.get("/review").text

    csrf = log_in(svc, "admin@demo.example", "demo-admin")
    assert 'href="/review/admin/tokens"' in svc.client.get("/review").text  # in the admin's menu
    with svc.db.session() as s:
        clerk_id = s.scalar(select(User.id).where(User.email == "clerk@demo.example"))
    made = svc.client.post("/review/admin/tokens", data={"csrf": csrf, "user_id": str(clerk_id),
                                                         "name": "ERP order import"})
    assert made.status_code == 200 and made.headers["cache-control"] == "no-store"
    found = re.search(r'id="new-token" value="(oi_[^"]+)"', made.text)
    assert found, made.text
    token = found.group(1)
    assert token not in svc.client.get("/review/admin/tokens").text  # shown once

    with TestClient(svc.app) as erp:
        bearer = {"Authorization": f"Bearer {token}"}
        assert erp.get("/api/orders", headers=bearer).status_code == 200
        # It acts as the clerk: an admin's API is refused.
        assert erp.post("/api/catalog/import", headers=bearer,
                        files={"file": ("p.csv", b"sku,description,unit_price\n", "text/csv")}).status_code == 403
        with svc.db.session() as s:
            row = s.scalar(select(ApiToken).where(ApiToken.name == "ERP order import"))
            assert row.token_sha256 == hashlib.sha256(token.encode()).hexdigest()
            assert token not in repr([getattr(row, c.key) for c in ApiToken.__table__.columns])
            assert row.created_by == "admin@demo.example" and row.last_used_at is not None
            token_id = row.id
        listed = svc.client.get("/review/admin/tokens").text
        listed_row = re.search(rf'<tr data-token="{token_id}"[^>]*>(.*?)</tr>', listed, re.S).group(1)
        assert "clerk@demo.example" in listed_row and "never" not in listed_row and "Revoke" in listed_row

        assert svc.client.post(f"/review/admin/tokens/{token_id}/revoke", data={}).status_code == 403  # CSRF
        assert erp.get("/api/orders", headers=bearer).status_code == 200
        done = svc.client.post(f"/review/admin/tokens/{token_id}/revoke", data={"csrf": csrf})
        assert "revoked" in done.text
        refused = erp.get("/api/orders", headers=bearer)
        assert refused.status_code == 401 and "not valid" in refused.json()["detail"]  # not "log in"
    with svc.db.session() as s:
        actions = s.execute(select(AuditEvent.action, AuditEvent.actor, AuditEvent.to_value).where(
            AuditEvent.entity == "api_token", AuditEvent.entity_id == token_id).order_by(AuditEvent.id)).all()
    assert [tuple(a) for a in actions] == [("create_token", "admin@demo.example",
                                            "ERP order import for clerk@demo.example"),
                                           ("revoke_token", "admin@demo.example", None)]


EXTRAS = b"""From: Dana Kowalski <dana.kowalski@harborpoint.example>
To: Northwind Orders <orders@northwind-supply.example>
Subject: PO HPP-BT1
Message-ID: <bill-to-1@mail.harborpoint.example>
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0

Hi,

Our PO: HPP-BT1
Order Date: 2026-11-20

Bill To:
770 Market Street
Philadelphia, PA 19105

Ship To:
Harbor Point Packaging
3500 South Columbus Boulevard
Philadelphia, PA 19148

Payment Terms: Net 45

BOX-1010-06  6 PK @ $25.00

Notes: Deliver to dock 4 before noon.

Thanks,
Dana Kowalski
Purchasing | Harbor Point Packaging
"""


def _header_form(order: dict) -> dict[str, str]:
    """The header form as the browser sends it: every field, as the page showed it."""
    form = {name: order[name] or "" for name in ("po_number", "order_date", "requested_date", "currency",
                                                  "payment_terms", "notes")}
    for address in ("ship_to", "bill_to"):
        for part in ("name", "street", "city", "region", "postal_code", "country"):
            form[f"{address}_{part}"] = (order[address] or {}).get(part) or ""
    return form


def test_bill_to_payment_terms_and_notes_are_shown_marked_edited_and_audited(svc: Service):
    """GIVEN an order in review whose email gives a bill-to (without a name), payment terms and notes
    WHEN the clerk opens it, saves the header form with the terms changed and the notes cleared, then
    again with the bill-to's street changed, then once more as shown
    THEN the page shows the three with labels and marks where each was read in the email; the order
    has the new values; each change is in the history (from, to); and what the form sent back as the
    page showed it (the bill-to's blank name, the ship-to, the PO) is no edit."""
    from sqlalchemy import func, select

    from models.tables import AuditEvent

    accepted = svc.post_eml(EXTRAS)
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    assert order["status"] == "needs_review", order
    assert order["bill_to"] == {"name": None, "street": "770 Market Street", "city": "Philadelphia",
                                "region": "PA", "postal_code": "19105", "country": "US"}
    assert (order["payment_terms"], order["notes"]) == ("Net 45", "Deliver to dock 4 before noon.")
    csrf = log_in(svc)
    base = f"/review/orders/{order['id']}"
    page = svc.client.get(base).text
    for field, label, value in (("bill_to", "Bill to: name", ""), ("payment_terms", "Payment terms", "Net 45")):
        assert re.search(rf'<label for="field-{field}">{label}</label><input id="field-{field}" '
                         rf'name="{field}[^"]*" value="{value}"', page), field
    assert '<label for="h-bt-street">Bill to: street</label><input id="h-bt-street" name="bill_to_street" ' \
           'value="770 Market Street"' in page
    assert re.search(r'<label for="field-notes">Notes</label><textarea id="field-notes" name="notes"[^>]*>'
                     r"Deliver to dock 4 before noon.</textarea>", page)
    # Where each was read, marked in the email text (not as a doubt: nothing decides on them).
    for field, text in (("bill_to", "Bill To:"), ("payment_terms", "Payment Terms: Net 45"),
                        ("notes", "Notes: Deliver to dock 4 before noon.")):
        assert re.search(rf'<mark data-line="field-{field}" title="[^"]*" class="src">{text}</mark>', page), field

    def save(form: dict[str, str]) -> dict:
        saved = svc.client.post(f"{base}/header", data={"csrf": csrf, **form}, follow_redirects=False)
        assert saved.status_code == 303 and "error" not in saved.headers["location"], saved.headers
        return svc.client.get(f"/api/orders/{order['id']}").json()

    def edits() -> dict[str, tuple[str, str | None, str | None]]:
        with svc.db.session() as s:
            return {e.field: (e.actor, e.from_value, e.to_value) for e in s.scalars(select(AuditEvent).where(
                AuditEvent.entity == "order", AuditEvent.entity_id == order["id"], AuditEvent.action == "edit"))}

    got = save(_header_form(order) | {"payment_terms": "Net 30", "notes": ""})
    assert (got["payment_terms"], got["notes"]) == ("Net 30", None)
    assert edits() == {"payment_terms": ("clerk@demo.example", "Net 45", "Net 30"),
                       "notes": ("clerk@demo.example", "Deliver to dock 4 before noon.", None)}
    got = save(_header_form(got) | {"bill_to_street": "772 Market Street"})
    assert got["bill_to"] == {"street": "772 Market Street", "city": "Philadelphia", "region": "PA",
                              "postal_code": "19105", "country": "US"}
    assert edits()["bill_to"] == ("clerk@demo.example", "770 Market Street, Philadelphia, PA, 19105, US",
                                  "772 Market Street, Philadelphia, PA, 19105, US")
    assert got["ship_to"] == order["ship_to"] and got["po_number"] == order["po_number"]
    history = svc.client.get(base).text.split('<section class="history">')[1]
    assert "<td>changed payment terms</td><td>Net 45</td><td>Net 30</td>" in history
    assert "<td>changed notes</td><td>Deliver to dock 4 before noon.</td><td></td>" in history
    assert "<td>changed bill to</td><td>770 Market Street, Philadelphia, PA, 19105, US</td>" in history

    save(_header_form(got))  # as shown: nothing changes
    with svc.db.session() as s:
        count = s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity == "order", AuditEvent.entity_id == order["id"], AuditEvent.action == "edit"))
    assert count == 3


PRICES = b"customer_id,sku,unit_price\nC006,BOX-1010-06,24.10\nC006,NO-SUCH-SKU,1.00\nC999,BOX-1010-06,2.00\n"
ALIASES = (b"customer_id,customer_part,sku\nC006,HP-BOX-6,BOX-1010-06\nC006,HP-TAPE,NO-SUCH-SKU\n"
           b"C006,HP/BOX/6,TAPE-48-CLR\n")


def test_admin_imports_price_lists_and_cross_references_and_sees_the_rejected_rows(svc: Service):
    """GIVEN an admin on the imports page
    WHEN they upload a price list and a cross-reference file, each with bad rows
    THEN each report names the rows rejected and why, the good rows are in the database, a clerk or a
    post without the page's CSRF token is refused, and each import is audited."""
    from sqlalchemy import func, select

    from models.tables import AuditEvent, CustomerItemAlias, PriceListEntry

    csrf = log_in(svc)
    assert svc.client.get("/review/admin/imports").status_code == 403
    clerk_tries = svc.client.post("/review/admin/imports/prices", data={"csrf": csrf},
                                  files={"file": ("prices.csv", PRICES, "text/csv")})
    assert clerk_tries.status_code == 403

    csrf = log_in(svc, "admin@demo.example", "demo-admin")
    page = svc.client.get("/review/admin/imports").text
    for kind, api in (("prices", "/api/customers/prices/import"), ("aliases", "/api/customers/aliases/import")):
        assert f'action="/review/admin/imports/{kind}"' in page and api in page
        assert f'<label for="file-{kind}">File</label>' in page

    prices = svc.client.post("/review/admin/imports/prices", data={"csrf": csrf},
                             files={"file": ("contract.csv", PRICES, "text/csv")}).text
    assert "contract.csv: 1 imported, 2 rejected" in prices
    assert "<td>3</td><td>unknown SKU NO-SUCH-SKU</td>" in prices
    assert "<td>4</td><td>unknown customer C999</td>" in prices

    aliases = svc.client.post("/review/admin/imports/aliases", data={"csrf": csrf},
                              files={"file": ("xref.csv", ALIASES, "text/csv")}).text
    assert "xref.csv: 1 imported, 2 rejected" in aliases
    assert "<td>3</td><td>unknown SKU NO-SUCH-SKU</td>" in aliases
    assert re.search(r"<td>4</td><td>part HP/BOX/6 is already given on line 2 \(as HP-BOX-6\)</td>", aliases)

    refused = svc.client.post("/review/admin/imports/aliases", files={"file": ("x.csv", ALIASES, "text/csv")})
    assert refused.status_code == 403  # no CSRF token
    with svc.db.session() as s:
        price = s.scalar(select(PriceListEntry.unit_price).where(PriceListEntry.customer_id == "C006",
                                                                 PriceListEntry.sku == "BOX-1010-06"))
        assert price == Decimal("24.10")
        taught = s.scalars(select(CustomerItemAlias.sku).where(CustomerItemAlias.customer_id == "C006",
                                                               CustomerItemAlias.created_by == "import")).all()
        assert taught == ["BOX-1010-06"]
        audited = dict(s.execute(select(AuditEvent.action, func.count()).where(
            AuditEvent.action.in_(("import_prices", "import_aliases"))).group_by(AuditEvent.action)).all())
    assert audited == {"import_prices": 1, "import_aliases": 1}


def test_the_api_edits_a_lines_unit_price_and_description_as_the_page_does(svc: Service):
    """GIVEN a line ordered in a unit we cannot convert at a price far from the contract
    WHEN an API client (a bearer token, no login) sets its unit to ours, its price and its description
    THEN the line has them, the unit is taught as a conversion and the doubts they answer are gone, just
    as on the review screen; each is in the history under the token's user; a null price clears the
    price; a bad unit or a negative price is refused with the reason, changing nothing."""
    # Another customer than the page's test, which taught Harbor Point its CS of these gloves.
    raw = (PRICED.replace(b"HPP-LE1", b"ACME-API1").replace(b"line-edit-1@mail.harborpoint", b"line-edit-api@acme")
           .replace(b"Dana Kowalski <dana.kowalski@harborpoint.example>", b"Jane Doe <jane.doe@acme-retail.example>"))
    accepted = svc.post_eml(raw)
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    _, gloves, boxes = order["lines"]
    assert {r["code"] for r in gloves["reasons"]} == {"uom_mismatch", "price_mismatch"}, gloves
    url = f"/api/orders/{order['id']}/lines/{gloves['id']}"
    assert "Authorization" in svc.client.headers and not svc.client.cookies

    edited = svc.client.patch(url, json={"uom": "box", "unit_price": "10.98", "description": "Nitrile, black, L",
                                         "sku": gloves["sku"], "quantity": gloves["quantity"]})
    assert edited.status_code == 200, edited.text
    line = next(ln for ln in edited.json()["lines"] if ln["id"] == gloves["id"])
    assert (line["uom"], float(line["unit_price"]), float(line["quantity"]), line["description"]) == \
        ("BX", 10.98, 2, "Nitrile, black, L")
    assert line["reasons"] == []
    assert not any(r.get("line_no") == 2 for r in edited.json()["review_reasons"])

    for body, why in (({"uom": "two boxes"}, "is not a unit"), ({"unit_price": "-1"}, "zero or more"),
                      ({"quantity": "0"}, "greater than zero")):
        refused = svc.client.patch(url, json=body)
        assert refused.status_code == 409 and why in refused.json()["detail"], (body, refused.text)
    cleared = svc.client.patch(f"/api/orders/{order['id']}/lines/{boxes['id']}", json={"unit_price": None})
    assert next(ln for ln in cleared.json()["lines"] if ln["id"] == boxes["id"])["unit_price"] is None
    untouched = svc.client.patch(url, json={"quantity": "2"}).json()  # as it is: no edit
    after = next(ln for ln in untouched["lines"] if ln["id"] == gloves["id"])
    assert (after["uom"], float(after["unit_price"]), float(after["quantity"]), after["description"]) == \
        ("BX", 10.98, 2, "Nitrile, black, L")

    from sqlalchemy import select

    from models.tables import AuditEvent, CustomerUnitConversion
    with svc.db.session() as s:
        taught = s.scalar(select(CustomerUnitConversion).where(
            CustomerUnitConversion.customer_id == order["customer_id"], CustomerUnitConversion.sku == "GLV-NIT-L-BLK",
            CustomerUnitConversion.uom == "CS"))
        assert taught is not None and taught.factor == 1
        events = [(e.actor, e.field, e.from_value, e.to_value) for e in s.scalars(select(AuditEvent).where(
            AuditEvent.entity == "order", AuditEvent.entity_id == order["id"], AuditEvent.action == "edit_line")
            .order_by(AuditEvent.id))]
    assert events == [("api@test.example", "line2.uom", "CS", "BX"),
                      ("api@test.example", "line2.unit_price", "99.0000", "10.98"),
                      ("api@test.example", "line2.description", gloves["description"], "Nitrile, black, L"),
                      ("api@test.example", "line3.unit_price", "25.0000", None)]
