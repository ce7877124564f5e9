"""Reading limits (config.ReadLimits, issue 18 item 2): a part over one is refused before it is read, or cut
the moment it passes the limit, never read whole and discarded afterwards; what is under them reads as ever."""

from __future__ import annotations

from config import READ_LIMITS, ReadLimits
from extractors import edi_x12, edifact
from extractors.email_text import extract_text
from extractors.registry import extract_part
from models.schemas import Part

_ISA = "ISA*00*          *00*          *ZZ*ACME           *ZZ*NORTHWIND      *261201*1200*U*00401*000000001*0*P*>"


def _x12(po1: list[str], transactions: int = 1) -> bytes:
    segments = [_ISA, "GS*PO*ACME*NORTHWIND*20261201*1200*1*X*004010"]
    for n in range(transactions):
        segments += [f"ST*850*{n:04d}", f"BEG*00*SA*PO-{n}**20261201", *po1, f"SE*{len(po1) + 3}*{n:04d}"]
    segments += ["GE*1*1", "IEA*1*000000001"]
    return ("~".join(segments) + "~").encode()


def _po1(count: int) -> list[str]:
    return [f"PO1*{i + 1}*2*EA***VP*SKU-{i}" for i in range(count)]


def _attachment(data: bytes, name: str, media_type: str) -> Part:
    return Part(0, "attachment", media_type, name, data)


def _body(text: str, role: str = "body_text", media_type: str = "text/plain") -> Part:
    return Part(0, role, media_type, None, text.encode())


def test_a_text_body_over_the_limit_is_not_read_and_one_at_it_is():
    limits = ReadLimits(max_text_chars=1_000)
    line = "2 x GLV-NIT-S-BLU gloves\n"  # 25 characters
    over = extract_part(_body(line * 41), limits)
    assert over.lines == [] and over.too_large == "1,025 characters of text, more than the 1,000 of max_text_chars"
    assert over.error == f"too large to read: {over.too_large}"
    at = extract_part(_body(line * 40), limits)
    assert len(at.lines) == 40 and at.too_large is None and at.error is None


def test_characters_not_bytes_are_counted():
    """'ü' is two bytes in UTF-8: 600 of them are 1,200 bytes but 600 characters, under a limit of 1,000."""
    assert extract_part(_body("ü" * 600), ReadLimits(max_text_chars=1_000)).too_large is None


def test_an_html_body_has_its_own_limit():
    html = "<p>" + "2 x GLV-NIT-S-BLU gloves<br>" * 100 + "</p>"
    part = _body(html, "body_html", "text/html")
    assert extract_part(part, ReadLimits(max_text_chars=100)).too_large is None
    assert "of max_html_chars" in (extract_part(part, ReadLimits(max_html_chars=1_000)).too_large or "")


def test_x12_stops_at_the_segment_limit_without_reading_further():
    """The segment after the limit is not X12 at all: read, it would break the envelope; it is never read."""
    data = _x12(_po1(5) + ["!! not a segment"] + _po1(5))
    assert edi_x12.EXTRACTOR.extract(_attachment(data, "po.edi", "application/edi-x12")).error.startswith(
        "broken X12 envelope")
    limited = extract_part(_attachment(data, "po.edi", "application/edi-x12"), ReadLimits(max_edi_segments=8))
    assert limited.too_large == "more than 8 EDI segments, the limit of max_edi_segments"
    assert limited.lines == [] and limited.error == f"too large to read: {limited.too_large}"


def test_x12_with_more_orders_than_the_limit_reads_none_of_them():
    data = _x12(_po1(2), transactions=3)
    assert len(extract_part(_attachment(data, "po.edi", "application/edi-x12")).siblings) == 2
    limited = extract_part(_attachment(data, "po.edi", "application/edi-x12"), ReadLimits(max_edi_transactions=2))
    assert limited.too_large == "3 orders in one EDI file, more than the 2 of max_edi_transactions"
    assert limited.lines == [] and limited.siblings == []


def test_edifact_stops_at_the_segment_limit_without_reading_further():
    lines = "".join(f"LIN+{i}++SKU-{i}:VP'QTY+21:2:PCE'" for i in range(1, 6))
    data = f"UNH+1+ORDERS:D:96A:UN'BGM+220+PO-1+9'{lines}???'UNT+13+1'".encode()
    part = _attachment(data, "po.edi", "application/edifact")
    assert edifact.EXTRACTOR.extract(part).error  # the broken tail, when read
    limited = extract_part(part, ReadLimits(max_edi_segments=6))
    assert limited.too_large == "more than 6 EDI segments, the limit of max_edi_segments" and limited.lines == []


def test_an_order_of_more_lines_keeps_the_first_ones_and_says_so():
    csv = "sku,description,qty\n" + "".join(f"SKU-{i},Widget {i},{i + 1}\n" for i in range(40))
    ex = extract_part(_attachment(csv.encode(), "po.csv", "text/csv"), ReadLimits(max_order_lines=25))
    assert [ln.item_code for ln in ex.lines] == [f"SKU-{i}" for i in range(25)]
    assert ex.error is None
    assert ex.too_large == "more than 25 lines in one order, the limit of max_order_lines: only the first 25 were read"


def test_each_order_of_an_interchange_is_held_to_the_lines_limit():
    ex = extract_part(_attachment(_x12(_po1(12), transactions=2), "po.edi", "application/edi-x12"),
                      ReadLimits(max_order_lines=10))
    assert [len(e.lines) for e in (ex, *ex.siblings)] == [10, 10]
    assert all(e.too_large for e in (ex, *ex.siblings))


def test_the_email_text_stops_reading_soon_after_the_lines_limit():
    text = "Please send:\n" + "".join(f"{1 + i % 9} x GLV-NIT-S-BLU gloves\n" for i in range(500))
    assert len(extract_text(text, 0).lines) == 500
    assert len(extract_text(text, 0, max_lines=10).lines) <= 12


def test_the_defaults_leave_room_for_a_long_real_order():
    """A 1,500-line order typed into an email (about 40 characters a line) is read whole."""
    assert READ_LIMITS.max_order_lines >= 1_500 and READ_LIMITS.max_text_chars >= 1_500 * 40 * 2


def test_the_buyer_is_asked_for_smaller_orders_in_plain_words():
    from models.tables import Order, OrderReason
    from orchestration.acknowledgements.wording import plain_question

    clerk = ("body text is too large to read (5,320,000 characters of text, more than the 300,000 of max_text_chars): "
             "type the order from the original, or ask the buyer to send it in smaller orders")
    question = plain_question(Order(lines=[]), OrderReason(code="too_large", message=clerk))
    assert question is not None and "several smaller orders" in question
    assert "max_text_chars" not in question and "type the order" not in question
