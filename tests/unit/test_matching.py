"""Matching alone, on plain data: the cascade, attributes that must agree, customers, the decision."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from matching.catalog import CatalogIndex, CatalogProduct
from matching.customers import CustomerRecord, resolve_customer
from matching.decision import decide
from matching.order_matching import StaticKnowledge, match_order
from models.schemas import CustomerMatch, ExtractedHeader, ExtractedLine, Field

CATALOG = CatalogIndex([
    CatalogProduct("CUP-12-WHT", "Paper cup 12oz, white, 50 sleeves of 20", "CS", Decimal("24.50"), "4006381333931"),
    CatalogProduct("CUP-16-WHT", "Paper cup 16oz, white, 50 sleeves of 20", "CS", Decimal("27.90")),
    CatalogProduct("CUP-12-BLU", "Paper cup 12oz, blue, 50 sleeves of 20", "CS", Decimal("25.10")),
    CatalogProduct("GLV-NIT-L-BLU", "Nitrile gloves, powder-free, blue, size L, box of 100", "BX", Decimal("8.90")),
    CatalogProduct("GLV-NIT-M-BLU", "Nitrile gloves, powder-free, blue, size M, box of 100", "BX", Decimal("8.90")),
    CatalogProduct("BOX-1210-08", "Shipping box 12 x 10 x 8 in, kraft, bundle of 25", "PK", Decimal("19.00")),
])


def test_cascade_methods():
    assert CATALOG.match("GLV-NIT-L-BLU", None).method == "exact_sku"
    assert CATALOG.match("glv nit l blu", None).method == "normalised_sku"
    assert CATALOG.match("BOX-121O-O8", None).sku == "BOX-1210-08"  # O for 0
    assert CATALOG.match("4006381333931", None).method == "gtin"
    typo = CATALOG.match("GLV-NTI-L-BLU", None)
    assert (typo.sku, typo.method) == ("GLV-NIT-L-BLU", "fuzzy_sku")
    assert CATALOG.match("ZZZ-999-QQ", "flux capacitor").sku is None
    # I and 1 are misread like O and 0; leading zeros dropped by a spreadsheet do not matter.
    assert (CATALOG.match("GLV-N1T-L-BLU", None).sku, CATALOG.match("GLV-N1T-L-BLU", None).method) == (
        "GLV-NIT-L-BLU", "normalised_sku")
    coded = CatalogIndex([
        CatalogProduct("00451-IX", "Hose clamp, steel, 1 in", "EA", Decimal("0.80")),
        CatalogProduct("CAN-12", "Soda can 12oz", "CS", Decimal("9.00"), "036000291452"),  # a UPC-12
    ])
    for written in ("451-IX", "00451-1X", "0451 ix"):
        hit = coded.match(written, None)
        assert (hit.sku, hit.method) == ("00451-IX", "normalised_sku"), written
    # GTIN-14 and UPC-12 and EAN-13 forms of one number name one product; a wrong check digit names none.
    assert (CATALOG.match("04006381333931", None).sku, CATALOG.match("04006381333931", None).method) == (
        "CUP-12-WHT", "gtin")
    for written in ("036000291452", "0036000291452", "00036000291452"):
        hit = coded.match(written, None)
        assert (hit.sku, hit.method) == ("CAN-12", "gtin"), written
    for wrong in ("4006381333932", "036000291453", "04006381333930"):
        assert CATALOG.match(wrong, None).sku is None and coded.match(wrong, None).sku is None, wrong


def test_description_sizes_and_colours_must_agree():
    hit = CATALOG.match(None, "white paper cups 12oz")
    assert (hit.sku, hit.method) == ("CUP-12-WHT", "fuzzy_description")
    assert CATALOG.match(None, "white paper cups 16 oz").sku == "CUP-16-WHT"
    assert CATALOG.match(None, "blue paper cups 12oz").sku == "CUP-12-BLU"
    assert all(c.sku != "CUP-12-WHT" for c in CATALOG.match(None, "paper cups 20oz").candidates)
    assert len(CATALOG.match(None, "paper cup 12oz").candidates) >= 2  # the clerk sees the choices
    # Letter sizes: S is not L, L is not XL; the right size is still found.
    small = CATALOG.match(None, "nitrile gloves blue size S box of 100")
    assert small.sku is None and not any(c.sku.startswith("GLV") for c in small.candidates), small
    assert CATALOG.match(None, "nitrile gloves blue size M box of 100").sku == "GLV-NIT-M-BLU"
    assert CATALOG.match(None, "nitrile gloves blue large, box of 100").sku == "GLV-NIT-L-BLU"
    shirts = CatalogIndex([
        CatalogProduct("TSH-XL-RED", "T-shirt, cotton, red, XL", "EA", Decimal("6.00")),
        CatalogProduct("TSH-M-RED", "T-shirt, cotton, red, size M", "EA", Decimal("6.00")),
    ])
    assert shirts.match(None, "T-shirt cotton red L").sku is None
    assert shirts.match(None, "T-shirt cotton red X-Large").sku == "TSH-XL-RED"
    assert shirts.match(None, "T-shirt cotton red M").sku == "TSH-M-RED"


def test_a_lone_letter_is_a_size_only_where_it_stands_as_one():
    from matching.catalog import sizes

    assert sizes("nitrile gloves blue size S box of 100") == {"s"}
    assert sizes("Nitrile gloves, powder-free, blue, size L, box of 100") == {"l"}
    assert sizes("T-shirt cotton red L") == {"l"}  # last word
    assert sizes("polo M white") == {"m"}  # beside a colour
    assert sizes("Gloves, M, box of 100") == {"m"}  # alone between commas
    assert sizes("XX-Large hoodie") == {"xxl"} and sizes("3XL hoodie") == {"xxxl"}
    assert sizes("work gloves size 9") == {"size 9"}
    assert sizes("Type S screws, 2 in") == set()  # a type letter
    assert sizes("Water 5 L") == set() and sizes("5 L bucket, white") == set()  # litres
    assert sizes("S-hook, zinc, 2 in") == set()
    assert sizes("men's shirt") == set()


def test_alias_wins():
    assert CATALOG.match("THEIR-77", None, alias_sku="CUP-16-WHT").method == "alias"


CUSTOMERS = [
    CustomerRecord("C1", "Acme Retail", ("acme-retail.example",), "jane@acme-retail.example"),
    CustomerRecord("C2", "Birch Foods", ("birch.example", "birchfoods.example")),
]


def test_customer_resolution():
    assert resolve_customer("jane@acme-retail.example", None, CUSTOMERS).method == "contact_email"
    assert resolve_customer("bob@birchfoods.example", None, CUSTOMERS).customer_id == "C2"
    forwarded = resolve_customer("sam@northwind.example", "bob@birch.example", CUSTOMERS, ["northwind.example"])
    assert (forwarded.customer_id, forwarded.method) == ("C2", "forwarded_domain")
    assert resolve_customer("x@unknown.example", None, CUSTOMERS).customer_id is None


def _order(lines, customer_id="C1", po="PO-1", knowledge=None):
    header = ExtractedHeader(po_number=Field(po, 0.9) if po else None)
    customer = CustomerMatch(customer_id, "Acme Retail" if customer_id else None,
                             "domain" if customer_id else "none", 0.97 if customer_id else 0.0)
    return match_order(header, lines, customer, CATALOG, knowledge or StaticKnowledge())


def test_clean_order_is_auto_approved():
    matched = _order([ExtractedLine("10 x GLV-NIT-L-BLU", Decimal(10), item_code="GLV-NIT-L-BLU")])
    decision = decide(matched, 0.95)
    assert decision.auto_approve, decision.reasons
    assert matched.lines[0].uom == "BX"


def test_a_header_field_read_with_little_confidence_sends_the_order_to_review():
    from datetime import date

    from models.schemas import Address

    line = [ExtractedLine("10 x GLV-NIT-L-BLU", Decimal(10), item_code="GLV-NIT-L-BLU")]
    known = StaticKnowledge(known_addresses={"C1": [Address("DC", "1 Dock Rd", "Springfield", "IL", "62701")]})
    customer = CustomerMatch("C1", "Acme Retail", "contact_email", 1.0, currency="USD")

    def decision(**fields):
        header = ExtractedHeader(**{"po_number": Field("4500012345", 0.9), **fields})
        return decide(match_order(header, line, customer, CATALOG, known), 0.95)

    # As the extractors read a labelled order: PO and dates 0.85-0.9, currency by the amounts 0.75,
    # a ship-to from an unlabelled customer block 0.6. All of that goes through.
    labelled = decision(order_date=Field(date(2026, 3, 1), 0.9), requested_date=Field(date(2026, 3, 9), 0.85),
                        currency=Field("USD", 0.75),
                        ship_to=Field(Address("DC", "1 Dock Road", "Springfield", "IL", "62701"), 0.6))
    assert labelled.auto_approve, labelled.reasons
    assert labelled.confidence == 1.0  # the customer and the lines: what the threshold is compared with

    unsure_po = decision(po_number=Field("45000I2345", 0.3))
    assert not unsure_po.auto_approve
    [reason] = unsure_po.reasons
    assert (reason.code, reason.field) == ("low_confidence_field", "po_number")
    assert "45000I2345" in reason.message and "0.30" in reason.message
    unsure = decision(requested_date=Field(date(2026, 3, 9), 0.2), currency=Field("USD", 0.5),
                      order_date=Field(date(2026, 3, 1), 0.79),
                      ship_to=Field(Address("DC", "1 Dock Road", "Springfield", "IL", "62701"), 0.4))
    assert {(r.code, r.field) for r in unsure.reasons} == {
        ("low_confidence_field", "requested_date"), ("low_confidence_field", "currency"),
        ("low_confidence_field", "order_date"), ("low_confidence_field", "ship_to")}
    # The floors are the caller's to set.
    assert decide(match_order(ExtractedHeader(po_number=Field("1", 0.3)), line, customer, CATALOG, known), 0.95,
                  header_floors={}).auto_approve


def test_a_customer_below_the_threshold_is_named_as_the_weakest_evidence():
    matched = _order([ExtractedLine("10 x GLV-NIT-L-BLU", Decimal(10), item_code="GLV-NIT-L-BLU")])
    matched.customer.confidence = 0.9
    [reason] = decide(matched, 0.95).reasons
    assert (reason.code, reason.field) == ("low_confidence", "customer")


def test_each_doubt_is_a_named_reason():
    knowledge = StaticKnowledge(prices={("C1", "CUP-12-WHT"): Decimal("23.00")}, seen_pos={("C1", "PO-9")})
    matched = _order([
        ExtractedLine("a", Decimal(2), item_code="CUP-12-WHT", unit_price=Decimal("30.00")),
        ExtractedLine("b", Decimal(1), item_code="GLV-NTI-L-BLU"),
        ExtractedLine("c", Decimal(1), item_code="ZZZ-1", description="flux capacitor"),
        ExtractedLine("d", Decimal(3), item_code="BOX-1210-08", uom="EA"),
        ExtractedLine("e", Decimal(2), item_code="CUP-16-WHT", unit_price=Decimal("27.90"),
                      line_total=Decimal("60.00")),
    ], po="PO-9", knowledge=knowledge)
    decision = decide(matched, 0.95)
    codes = {r.code for r in decision.reasons}
    assert not decision.auto_approve
    assert codes == {"price_mismatch", "doubtful_match", "no_catalog_match", "uom_mismatch",
                     "line_total_mismatch", "duplicate_po"}
    price = next(r for r in decision.reasons if r.code == "price_mismatch")
    assert price.line_no == 1 and "23.00" in price.message


def test_unknown_customer_and_missing_po_go_to_review():
    decision = decide(_order([ExtractedLine("x", Decimal(1), item_code="CUP-12-WHT")], customer_id=None, po=None),
                      0.95)
    assert {r.code for r in decision.reasons} == {"unknown_customer", "missing_po_number"}


def test_ship_to_must_be_a_known_address():
    from models.schemas import Address

    known = StaticKnowledge(known_addresses={"C1": [Address("DC", "1 Dock Rd", "Springfield", "IL", "62701")]})
    line = [ExtractedLine("x", Decimal(1), item_code="CUP-12-WHT")]

    def codes(address: Address) -> set[str]:
        matched = _order(line, knowledge=known)
        matched = match_order(ExtractedHeader(po_number=Field("PO-1", 0.9), ship_to=Field(address, 0.8)), line,
                              matched.customer, CATALOG, known)
        return {r.code for r in decide(matched, 0.95).reasons}

    assert codes(Address("Acme DC", "1 Dock Road", "Springfield", "IL", "62701")) == set()
    assert codes(Address("Acme DC", "99 Other St", "Dallas", "TX", "75247")) == {"unknown_ship_to"}
    assert codes(Address("Acme DC", None, "Dallas", "TX", None)) == {"incomplete_ship_to"}
    # Same postal code, a street that merely contains the known one: another door, not ours.
    assert codes(Address("Acme DC", "11 Dock Road", "Springfield", "IL", "62701")) == {"unknown_ship_to"}


def test_an_order_in_another_currency_than_the_customers_is_doubted():
    header = ExtractedHeader(po_number=Field("PO-1", 0.9), currency=Field("EUR", 0.9))
    customer = CustomerMatch("C1", "Acme", "domain", 0.97, "en_US", "USD")
    matched = match_order(header, [ExtractedLine("x", Decimal(1), item_code="CUP-12-WHT")], customer, CATALOG,
                          StaticKnowledge())
    assert {r.code for r in decide(matched, 0.95).reasons} == {"currency_mismatch"}


def test_ambiguous_dates_follow_the_document_then_the_customer_locale():
    from datetime import date

    from extractors.header_fields import find_header

    def order_date(text: str, locale: str | None) -> date:
        header = find_header(text)
        customer = CustomerMatch("C1", "Acme", "domain", 0.97, locale)
        matched = match_order(header, [ExtractedLine("x", Decimal(1), item_code="CUP-12-WHT")], customer, CATALOG,
                              StaticKnowledge())
        return matched.header.order_date.value

    assert order_date("PO: 1\nOrder Date: 03/04/2026\n", "en_US") == date(2026, 3, 4)
    assert order_date("PO: 1\nOrder Date: 03/04/2026\n", "de_DE") == date(2026, 4, 3)
    assert order_date("PO: 1\nOrder Date: 03/04/2026\n", "en_GB") == date(2026, 4, 3)
    # The document settles it, whatever the locale: 20/04 can only be day first.
    assert order_date("Order Date: 03/04/2026\nNeed by: 20/04/2026\n", "en_US") == date(2026, 4, 3)
    assert order_date("Order Date: 03/04/2026\nNeed by: 04/20/2026\n", "de_DE") == date(2026, 3, 4)


def test_a_bare_dollar_sign_is_the_customers_dollar_and_a_doubt_for_a_customer_billed_in_another_currency():
    from extractors.header_fields import find_header

    def read(text: str, currency: str | None, known: bool = True) -> tuple[str | None, set[str]]:
        header = replace(find_header(text), po_number=Field("PO-1", 0.9))
        customer = CustomerMatch("C1" if known else None, "Acme", "domain", 0.97, "en_US", currency)
        matched = match_order(header, [ExtractedLine("x", Decimal(1), item_code="CUP-12-WHT")], customer, CATALOG,
                              StaticKnowledge())
        codes = {r.code for r in decide(matched, 0.95).reasons if r.code != "unknown_customer"}
        return (matched.header.currency.value if matched.header.currency else None), codes

    assert read("2 cases cups @ $41.50 = $83.00", "USD") == ("USD", set())
    assert read("2 cases cups @ $41.50", "CAD") == ("CAD", set())
    assert read("Ln  Item  Description  Qty  Unit $  Ext $\n1  CUP-12  cups  2  41.50  83.00", "USD") == ("USD", set())
    assert read("Qty  Unit price (€)\n2  41,50", "EUR") == ("EUR", set())
    # Outside the dollar countries a bare $ is read as US dollars, and stays a doubt for a clerk.
    assert read("2 cases cups @ $41.50", "EUR") == ("USD", {"currency_mismatch"})
    assert read("2 cases cups @ $41.50", "INR") == ("USD", {"currency_mismatch"})
    # A sign that names its currency is read as that currency; a bare $ from nobody known says nothing.
    assert read("2 cases cups @ £41.50", "GBP") == ("GBP", set())
    assert read("2 cases cups à 41,50 €", "USD") == ("EUR", {"currency_mismatch"})
    assert read("2 cases cups @ C$41.50", "USD") == ("CAD", {"currency_mismatch"})
    assert read("2 cases cups @ $41.50", None, known=False)[0] is None


def test_a_product_standing_clear_of_the_rest_is_proposed_under_the_fuzzy_floor():
    # A buyer's words score low against a terse catalog line; when one product stands far above every
    # other it is the one proposed (a doubtful match for a clerk), while look-alikes still tie to nothing.
    garden = CatalogIndex([
        CatalogProduct("SCR-8212-HDG", "SCR DECK #8 X 2-1/2 HDG 1LB", "BX", Decimal("9.80")),
        CatalogProduct("SCR-8300-HDG", "SCR DECK #8 X 3 HDG 1LB", "BX", Decimal("10.40")),
        CatalogProduct("HOSE-58-50", "HOSE GARDEN 5/8 X 50FT RUBBER", "EA", Decimal("39.00")),
        CatalogProduct("HOSE-58-75", "HOSE GARDEN 5/8 X 75FT RUBBER", "EA", Decimal("52.00")),
        CatalogProduct("TRIM-LN-095", "TRIMMER LINE .095 TWISTED 1LB DONUT", "EA", Decimal("14.20")),
    ])
    asked = "heavy contractor grade rubber hose, kink free, brass ends, 75 foot"
    hose = garden.match(None, asked)
    assert (hose.sku, hose.method) == ("HOSE-58-75", "fuzzy_description")
    assert hose.score < 70  # under the fuzzy floor: proposed only because nothing else comes close
    screws = garden.match(None, "deck screws galv")
    assert screws.sku is None and {c.sku for c in screws.candidates} == {"SCR-8212-HDG", "SCR-8300-HDG"}
    order = match_order(ExtractedHeader(po_number=Field("PO-7", 0.9)),
                        [ExtractedLine(f"2 {asked}", Decimal(2), description=asked)],
                        CustomerMatch("C1", "Acme Retail", "domain", 0.97), garden, StaticKnowledge())
    assert order.lines[0].match.sku == "HOSE-58-75"
    decision = decide(order, 0.95)
    assert not decision.auto_approve and "doubtful_match" in {r.code for r in decision.reasons}


def test_goods_named_by_three_sizes_alone_are_found_by_them():
    # "20x25x1" names a filter (a box, a sheet) as surely as two measures do: the one product of those sizes is
    # proposed for a clerk to confirm; two of them are suggestions; two sizes alone ("20x25") are too little.
    filters = CatalogIndex([
        CatalogProduct("AF-20251-M8", "FILTER PLEATED 20X25X1 MERV8 12/CS", "CS", Decimal("48.00")),
        CatalogProduct("AF-20252-M8", "FILTER PLEATED 20X25X2 MERV8 12/CS", "CS", Decimal("61.00")),
        CatalogProduct("AF-16251-M8", "FILTER PLEATED 16X25X1 MERV8 12/CS", "CS", Decimal("45.00")),
        CatalogProduct("AF-16251-M11", "FILTER PLEATED 16X25X1 MERV11 12/CS", "CS", Decimal("58.00")),
    ])
    one = filters.match(None, "20x25x1")
    assert (one.sku, one.method) == ("AF-20251-M8", "by_attributes")
    two = filters.match(None, "16x25x1")
    assert two.sku is None and {c.sku for c in two.candidates} == {"AF-16251-M8", "AF-16251-M11"}
    assert filters.match(None, "20x25").sku is None


def test_a_grade_written_as_a_letter_must_agree():
    # "grade A" is a grade like "grade 8": a grade B product is no candidate for it (German "gr L" stays a size).
    lumber = CatalogIndex([
        CatalogProduct("PLY-A", "PLYWOOD SHEET 4X8 3/4 GRADE A", "EA", Decimal("62.00")),
        CatalogProduct("PLY-B", "PLYWOOD SHEET 4X8 3/4 GRADE B", "EA", Decimal("48.00")),
    ])
    hit = lumber.match(None, "grade A plywood 3/4 sheets")
    assert hit.sku == "PLY-A" and all(c.sku != "PLY-B" for c in hit.candidates)
