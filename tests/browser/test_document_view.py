"""The original document beside the extraction, in a real Chromium: a PDF's page image with the
lines' source boxes, a spreadsheet's grid, an email's text spans; selecting a line lights its
source, clicking a source selects its line."""

from __future__ import annotations

from tests.browser.conftest import Server, login, screenshot
from tests.conftest import demo_eml


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
    rows.nth(1).click()
    assert page.locator("tr.line.selected").get_attribute("id") == f"line-{order['lines'][1]['id']}"


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
