"""The original document beside the extraction, in a real Chromium: a PDF's page image with the
lines' source boxes, a spreadsheet's grid, an email's text spans; selecting a line lights its
source, clicking a source selects its line."""

from __future__ import annotations

import io
import re

import pytest

from tests.support.browser import Server, login, screenshot
from tests.support.messages import demo_eml

pytestmark = pytest.mark.slow


def _order(server: Server, demo: str) -> dict:
    order = server.order_of(server.post_eml(demo_eml(demo)))
    return server.wait(lambda: (o := server.api.get(f"/api/orders/{order['id']}").json())["status"]
                       not in ("extracted",) and o, "the order to be decided")


def _attachment(raw: bytes) -> bytes:
    from email import message_from_bytes, policy

    message = message_from_bytes(raw, policy=policy.default)
    return next(p.get_content() for p in message.walk() if p.get_content_type() == "application/pdf")


def _active(page) -> list[str]:  # type: ignore[no-untyped-def]
    return page.eval_on_selector_all("#source-view .src.active", "els => els.map(e => e.dataset.line)")


def test_pdf_page_with_line_boxes_follows_the_selection(page, server: Server):  # type: ignore[no-untyped-def]
    order = _order(server, "04")
    login(page)
    page.goto(f"/review/orders/{order['id']}")
    image = page.locator("figure.pdf-page img").first
    image.wait_for()
    assert page.evaluate("(img) => img.complete && img.naturalWidth > 500", image.element_handle())
    boxes = page.locator("figure.pdf-page .src")
    line_ids = [f"line-{ln['id']}" for ln in order["lines"]]
    assert sorted(boxes.evaluate_all("els => els.map(e => e.dataset.line)")) == sorted(line_ids)
    # Every box lies on the page image.
    inside = page.evaluate("""() => { const img = document.querySelector("figure.pdf-page img").getBoundingClientRect();
        return Array.from(document.querySelectorAll("figure.pdf-page .src")).every((b) => {
            const r = b.getBoundingClientRect();
            return r.width > 5 && r.height > 3 && r.left >= img.left - 3 && r.right <= img.right + 3
                && r.top >= img.top - 3 && r.bottom <= img.bottom + 3; }); }""")
    assert inside
    # And where the PDF has the line: the box's middle, as a share of the page, matches the bbox's.
    import pypdfium2

    pdf_bytes = page.request.get(f"/api/messages/{order['message_id']}/raw").body()
    assert pdf_bytes
    last = order["lines"][-1]["provenance"]
    top, bottom = last["bbox"][1], last["bbox"][3]
    document = pypdfium2.PdfDocument(_attachment(pdf_bytes))
    height = document[0].get_size()[1]
    document.close()
    share = page.evaluate("""(id) => {
        const img = document.querySelector("figure.pdf-page img").getBoundingClientRect();
        const r = document.querySelector(`figure.pdf-page .src[data-line="${id}"]`).getBoundingClientRect();
        return ((r.top + r.bottom) / 2 - img.top) / img.height; }""", line_ids[-1])
    assert abs(share - (top + bottom) / 2 / height) < 0.005

    page.locator(f"#{line_ids[0]}").click()
    assert _active(page) == [line_ids[0]]
    page.keyboard.press("j")
    assert _active(page) == [line_ids[1]]
    page.locator(f'figure.pdf-page .src[data-line="{line_ids[-1]}"]').click()
    assert page.locator("tr.line.selected").get_attribute("id") == line_ids[-1]
    screenshot(page, "order-pdf-1280.png")
    page.set_viewport_size({"width": 768, "height": 1024})
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    screenshot(page, "order-pdf-768.png")
    page.set_viewport_size({"width": 1280, "height": 800})

    # The page image is rendered once and then served from the cache under the home folder.
    cached = list((server.home / "page-cache").glob("*.png"))
    assert cached
    src = image.get_attribute("src")
    assert page.request.get(src).status == 200
    assert list((server.home / "page-cache").glob("*.png")) == cached


def test_spreadsheet_grid_marks_the_source_rows(page, server: Server):  # type: ignore[no-untyped-def]
    order = _order(server, "06")
    login(page)
    page.goto(f"/review/orders/{order['id']}")
    rows = page.locator("table.sheet tr.src")
    assert rows.count() == len(order["lines"])
    first_line = order["lines"][0]
    assert first_line["sku"] in rows.first.inner_text() or (first_line["item_code"] or "") in rows.first.inner_text()
    # Each line's own cell is marked too, inside its row.
    cells = page.locator("table.sheet td.src")
    line_ids = sorted(f"line-{ln['id']}" for ln in order["lines"])
    assert sorted(cells.evaluate_all("els => els.map(e => e.dataset.line)")) == line_ids
    assert cells.evaluate_all("els => els.every(e => e.closest('tr').dataset.line === e.dataset.line)")
    assert page.locator("table.sheet td.src.active").count() == 1  # the selected line's cell is lit
    rows.nth(1).click()
    assert page.locator("tr.line.selected").get_attribute("id") == f"line-{order['lines'][1]['id']}"
    assert page.locator("table.sheet td.src.active").get_attribute("data-line") == f"line-{order['lines'][1]['id']}"


def test_email_text_marks_the_doubtful_span(page, server: Server):  # type: ignore[no-untyped-def]
    order = _order(server, "09")
    login(page)
    page.goto(f"/review/orders/{order['id']}")
    doubtful = next(ln for ln in order["lines"] if ln["reasons"])
    mark = page.locator(f'.source-text mark[data-line="line-{doubtful["id"]}"]')
    assert "GLS-SAF-SKM" in mark.inner_text()
    assert "doubtful" in (mark.get_attribute("class") or "")
    assert _active(page) == [f"line-{doubtful['id']}"]  # the first doubt is selected on arrival
    screenshot(page, "order-text-1280.png")


def test_a_doubtful_header_field_is_boxed_on_the_pdf_page(page, server: Server):  # type: ignore[no-untyped-def]
    """GIVEN demo 04's PDF sent from an address no customer has
    WHEN the clerk opens the order
    THEN the page image has a doubtful box for the customer, over the buyer as the PDF names them, and
    clicking it brings the customer field into view."""
    import pdfplumber

    raw = re.sub(rb"From: [^\r\n]*", b"From: Stranger <someone@unknown-corp.example>", demo_eml("04"), count=1)
    raw = raw.replace(b"Message-ID: <", b"Message-ID: <stranger-", 1)
    order = server.order_of(server.post_eml(raw))
    order = server.wait(lambda: (o := server.api.get(f"/api/orders/{order['id']}").json())["status"]
                        != "extracted" and o, "the order to be decided")
    assert order["status"] == "needs_review" and "customer" in {r.get("field") for r in order["review_reasons"]}

    login(page)
    page.set_viewport_size({"width": 768, "height": 600})  # one column: the field is far above the page image
    page.goto(f"/review/orders/{order['id']}")
    box = page.locator('figure.pdf-page .src[data-line="field-customer"]')
    box.wait_for()
    page.locator("figure.pdf-page img").first.evaluate("(img) => img.decode()")
    assert "doubtful" in (box.get_attribute("class") or "")

    # The box, as shares of the page image, cut out of the PDF page: it holds the buyer the customer was
    # read from ("Buyer: Robert Chen (rchen@...)"), and nothing of the lines around it.
    share = box.evaluate("""(b) => {
        const img = b.closest(".sheet-of-paper").querySelector("img").getBoundingClientRect();
        const r = b.getBoundingClientRect();
        return [(r.left - img.left) / img.width, (r.top - img.top) / img.height,
                (r.right - img.left) / img.width, (r.bottom - img.top) / img.height]; }""")
    with pdfplumber.open(io.BytesIO(_attachment(raw))) as pdf:
        first = pdf.pages[0]
        boxed = first.crop((max(0, share[0]) * first.width, max(0, share[1]) * first.height,
                            min(1, share[2]) * first.width, min(1, share[3]) * first.height)).extract_text()
    assert "Robert Chen (rchen@deltalogistics.example)" in boxed and "Vendor" not in boxed, boxed

    in_view = """() => { const r = document.getElementById("field-customer").getBoundingClientRect();
        return r.top >= -1 && r.bottom <= window.innerHeight + 1; }"""
    box.scroll_into_view_if_needed()
    assert not page.evaluate(in_view)
    box.click()
    page.wait_for_function(in_view)
    screenshot(page, "order-pdf-field-768.png")
    page.set_viewport_size({"width": 1280, "height": 800})
