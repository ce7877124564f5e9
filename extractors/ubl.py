"""UBL 2.x Order / PEPPOL BIS Order XML, read with defusedxml: no DTD, no entities, no network.

The document says where each value is (OASIS UBL 2.1 Order schema), so values are read by path, not
guessed; each carries the XPath-like path it came from. An OrderChange (the same header and lines) and
an OrderCancellation (no lines) are read too, marked with their purpose and numbered with the order they
act on (OrderReference), so that a clerk sees them rather than a new order. Other UBL documents
(Invoice, RequestForQuotation, OrderResponse...) are named in a note, never read as orders.
"""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from config import READ_LIMITS, ReadLimits
from extractors.base import filename_ext, placeholder_id
from models.schemas import (
    Address,
    DocumentPurpose,
    ExtractedLine,
    Extraction,
    Field,
    LineChange,
    Part,
    PartyIds,
    Provenance,
    Purpose,
)
from vocabulary.numbers import plain_decimal
from vocabulary.units import rec20_unit

NAME = "ubl"
CONFIDENCE = 0.99  # a structured channel: the value is where the schema says it is
UBL_NS_PREFIX = "urn:oasis:names:specification:ubl:schema:xsd:"
ORDER_NS = UBL_NS_PREFIX + "Order-2"
# The UBL documents read as orders, each with what it does to an order: the root's local name is also
# the last part of its namespace ("OrderChange" in ...:OrderChange-2).
# An OrderChange line's LineStatusCode (UBL's LineStatusCode list): what the change does to the line.
UBL_LINE_CHANGES = {"added": LineChange.ADD, "cancelled": LineChange.DELETE, "revised": LineChange.CHANGE}
ORDER_ROOTS = {"Order": Purpose.ORIGINAL, "OrderChange": Purpose.CHANGE, "OrderCancellation": Purpose.CANCEL}
CAC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}"
CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"
XML_MEDIA_TYPES = {"application/xml", "text/xml", "application/ubl+xml", "application/octet-stream"}
REJECTED = "XML rejected: entities/DTD are not allowed"

class Node:
    """An element and the XPath-like path it was reached by (namespace prefixes dropped)."""

    def __init__(self, element: Element, path: str) -> None:
        self.element = element
        self.path = path

    def find(self, *steps: str) -> Node | None:
        """The first element down `steps` ("cac:Delivery", "cbc:ID"); None when any step is missing."""
        node: Node | None = self
        for step in steps:
            assert node is not None
            prefix, _, local = step.partition(":")
            found = node.element.find((CAC if prefix == "cac" else CBC) + local)
            if found is None:
                return None
            node = Node(found, f"{node.path}/{local}")
        return node

    def findall(self, step: str) -> list[Node]:
        prefix, _, local = step.partition(":")
        found = self.element.findall((CAC if prefix == "cac" else CBC) + local)
        return [Node(el, f"{self.path}/{local}[{i}]") for i, el in enumerate(found, 1)]

    @property
    def text(self) -> str:
        return " ".join((self.element.text or "").split())

    def attr(self, name: str) -> str:
        return (self.element.get(name) or "").strip()


def local_name(tag: str) -> tuple[str, str]:
    """(namespace, local name) of an ElementTree tag."""
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


def ubl_date(text: str) -> date | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:Z|[+-]\d{2}:\d{2})?", text.strip())
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def ubl_unit(code: str) -> str | None:
    """unitCode: UN/ECE Recommendation 20, or 21 with an "X" before (PEPPOL); else kept as written."""
    return rec20_unit(code) or (code.strip().upper() or None)


def parse(data: bytes) -> Element:
    """The root element; DefusedXmlException for a DTD or an entity, ParseError when not XML."""
    return SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)


def sniff_root(data: bytes) -> tuple[str, str] | None:
    """The root element's (namespace, local name) without reading the whole document."""
    try:
        for _event, element in SafeET.iterparse(io.BytesIO(data), events=("start",), forbid_dtd=True):
            return local_name(element.tag)
    except (DefusedXmlException, ParseError, ValueError, LookupError):
        return None
    return None


def order_root(root: tuple[str, str] | None) -> str | None:
    """The local name of a UBL document read as an order (Order, OrderChange, OrderCancellation), else None."""
    if root is None:
        return None
    ns, local = root
    return local if local in ORDER_ROOTS and ns == f"{UBL_NS_PREFIX}{local}-2" else None


class OrderReader:
    def __init__(self, root: Element, part_index: int, kind: str = "Order") -> None:
        self.root = Node(root, f"/{kind}")
        self.kind = kind
        self.part_index = part_index
        self.result = Extraction(NAME, part_index, purpose=DocumentPurpose(ORDER_ROOTS[kind], f"UBL {kind}"))

    def prov(self, node: Node) -> Provenance:
        return Provenance(kind="xml", part_index=self.part_index, cell=node.path)

    def field(self, value: Any, node: Node, confidence: float = CONFIDENCE) -> Field[Any]:
        return Field(value, confidence, self.prov(node))

    def text(self, base: Node | None, *steps: str) -> tuple[str, Node] | None:
        node = base.find(*steps) if base is not None else None
        if node is None or not node.text:
            return None
        return node.text, node

    def read(self) -> Extraction:
        root, header, notes = self.root, self.result.header, self.result.notes
        # A change or a cancellation has its own ID; the buyer's order number is the order it acts on.
        referred = self.text(root, "cac:OrderReference", "cbc:ID") if self.kind != "Order" else None
        if found := referred or self.text(root, "cbc:ID"):
            header.po_number = self.field(*found)
        else:
            notes.append(f"the {self.kind} has no cbc:ID (order number)")
        if found := self.text(root, "cbc:IssueDate"):
            if (issued := ubl_date(found[0])) is not None:
                header.order_date = self.field(issued, found[1])
            else:
                notes.append(f"IssueDate {found[0]!r} is not a date")
        self.read_currency()
        self.read_buyer()
        self.read_bill_to()
        self.read_terms_and_notes()
        deliveries = root.findall("cac:Delivery")
        if deliveries:
            self.read_delivery(deliveries[0])
        for n, order_line in enumerate(root.findall("cac:OrderLine"), 1):
            self.read_line(order_line, n)
        if self.kind == "OrderCancellation":
            if found := self.text(root, "cbc:CancellationNote"):
                notes.append(f"cancellation note: {found[0]}")
        elif not self.result.lines:
            notes.append(f"UBL {self.kind} with no OrderLine/LineItem")
        if header.requested_date is None:
            self.requested_date_from_lines()
        return self.result

    def read_currency(self) -> None:
        if found := self.text(self.root, "cbc:DocumentCurrencyCode"):
            self.result.header.currency = self.field(found[0].upper(), found[1])
            return
        if found := self.text(self.root, "cbc:PricingCurrencyCode"):
            self.result.header.currency = self.field(found[0].upper(), found[1])
            return
        # UBL 2.0 orders often state the currency only on the amounts.
        for steps in (("cac:AnticipatedMonetaryTotal", "cbc:PayableAmount"),
                      ("cac:AnticipatedMonetaryTotal", "cbc:LineExtensionAmount")):
            node = self.root.find(*steps)
            if node is not None and re.fullmatch(r"[A-Za-z]{3}", node.attr("currencyID")):
                self.result.header.currency = self.field(node.attr("currencyID").upper(), node, 0.95)
                return

    def read_buyer(self) -> None:
        customer = self.root.find("cac:BuyerCustomerParty")
        party = customer.find("cac:Party") if customer is not None else None
        if customer is not None:
            self.read_buyer_ids(customer, party)
        if party is None:
            return
        for steps, confidence in ((("cac:PartyName", "cbc:Name"), CONFIDENCE),
                                  (("cac:PartyLegalEntity", "cbc:RegistrationName"), CONFIDENCE),
                                  (("cac:PartyTaxScheme", "cbc:RegistrationName"), 0.9)):
            if found := self.text(party, *steps):
                self.result.header.buyer = self.field(found[0], found[1], confidence)
                return

    def read_buyer_ids(self, customer: Node, party: Node | None) -> None:
        """Who the buyer is, by id: its EndpointID (the PEPPOL address it sends from) and party ids (GLN,
        DUNS...), its account number in our books (SupplierAssignedAccountID), its tax and company
        registration ids. The account number the buyer gave itself (CustomerAssignedAccountID) may be any
        other buyer's too, so it is not one."""
        found: dict[str, list[tuple[str, Node]]] = {"edi": [], "account": [], "tax": []}
        places = [("account", customer, ("cbc:SupplierAssignedAccountID",))]
        if party is not None:
            places += [("edi", party, ("cbc:EndpointID",))]
            places += [("edi", n, ("cbc:ID",)) for n in party.findall("cac:PartyIdentification")]
            places += [("tax", n, ("cbc:CompanyID",)) for n in party.findall("cac:PartyTaxScheme")]
            places += [("tax", n, ("cbc:CompanyID",)) for n in party.findall("cac:PartyLegalEntity")]
        for kind, base, steps in places:
            if (got := self.text(base, *steps)) and not placeholder_id(got[0]):
                found[kind].append(got)
        first = next((v[0][1] for v in found.values() if v), None)
        if first is not None:
            ids = PartyIds(*(tuple(dict.fromkeys(text for text, _ in found[k])) for k in ("edi", "account", "tax")))
            self.result.header.buyer_ids = self.field(ids, first)

    def read_bill_to(self) -> None:
        """The party the invoice goes to (AccountingCustomerParty): its name and postal address."""
        party = self.root.find("cac:AccountingCustomerParty", "cac:Party")
        if party is None:
            return
        name = self.text(party, "cac:PartyName", "cbc:Name") or self.text(
            party, "cac:PartyLegalEntity", "cbc:RegistrationName")
        address = party.find("cac:PostalAddress")
        addr = read_address(address, name[0] if name else None) if address is not None else Address(
            name=name[0] if name else None)
        if any(vars(addr).values()):
            self.result.header.bill_to = self.field(addr, address if address is not None else party)

    def read_terms_and_notes(self) -> None:
        """PaymentTerms' notes are the terms; the Order's own cbc:Note elements are its notes."""
        header = self.result.header
        for steps, name in ((("cac:PaymentTerms",), "payment_terms"), ((), "notes")):
            base = self.root.find(*steps) if steps else self.root
            if base is None:
                continue
            notes = [n for n in base.findall("cbc:Note") if n.text]
            if notes:
                setattr(header, name, self.field(" ".join(n.text for n in notes), notes[0]))

    def read_delivery(self, delivery: Node) -> None:
        header = self.result.header
        location = delivery.find("cac:DeliveryLocation")
        address = (location.find("cac:Address") if location is not None else None) or delivery.find(
            "cac:DeliveryAddress")
        if address is not None:
            name = self.text(location, "cbc:Name") or self.text(delivery, "cac:DeliveryParty", "cac:PartyName",
                                                                 "cbc:Name")
            addr = read_address(address, name[0] if name else None)
            if any(vars(addr).values()):
                header.ship_to = self.field(addr, address)
        when = single_date(delivery.find("cac:RequestedDeliveryPeriod"))
        if isinstance(when, str):
            self.result.notes.append(when)
        elif when is not None:
            header.requested_date = self.field(*when)
        elif found := self.text(delivery, "cbc:LatestDeliveryDate"):
            if (latest := ubl_date(found[0])) is not None:
                header.requested_date = self.field(latest, found[1])

    def requested_date_from_lines(self) -> None:
        """No order-level date, but every line asks for the same single date: that is the order's."""
        dates = []
        for order_line in self.root.findall("cac:OrderLine"):
            when = single_date(order_line.find("cac:LineItem", "cac:Delivery", "cac:RequestedDeliveryPeriod"))
            if when is None or isinstance(when, str):
                return
            dates.append(when)
        if dates and all(d[0] == dates[0][0] for d in dates):
            self.result.header.requested_date = self.field(dates[0][0], dates[0][1], 0.97)
            self.result.notes.append("requested date taken from the lines (the same on every line)")

    def read_line(self, order_line: Node, n: int) -> None:
        item_node = order_line.find("cac:LineItem")
        if item_node is None:
            self.result.unread.append(f"OrderLine {n} has no LineItem")
            return
        quantity_node = item_node.find("cbc:Quantity")
        quantity = plain_decimal(quantity_node.text) if quantity_node is not None else None
        if quantity is None or quantity_node is None:
            self.result.unread.append(f"OrderLine {n}: no readable quantity")
            return
        price: Decimal | None = None
        price_node: Node | None = None
        if found := self.text(item_node, "cac:Price", "cbc:PriceAmount"):
            price, price_node = plain_decimal(found[0]), found[1]
            base = self.text(item_node, "cac:Price", "cbc:BaseQuantity")
            base_quantity = plain_decimal(base[0]) if base else None
            if price is not None and base_quantity and base_quantity != 1:
                price = price / base_quantity
        total = self.text(item_node, "cbc:LineExtensionAmount")
        item = item_node.find("cac:Item")
        name = self.text(item, "cbc:Name")
        description = self.text(item, "cbc:Description")
        text = name[0] if name else None
        if description and description[0] != text:
            text = f"{text} - {description[0]}" if text else description[0]
        seller = self.text(item, "cac:SellersItemIdentification", "cbc:ID")
        buyer = self.text(item, "cac:BuyersItemIdentification", "cbc:ID")
        standard = self.text(item, "cac:StandardItemIdentification", "cbc:ID")
        item_code = (seller or buyer or standard or (None, None))[0]
        if standard and item_code != standard[0]:
            self.result.notes.append(f"line {n}: standard item id (GTIN) {standard[0]} kept beside {item_code}")
        unit = quantity_node.attr("unitCode")
        status = self.text(item_node, "cbc:LineStatusCode")
        change = UBL_LINE_CHANGES.get(status[0].strip().lower()) if status and self.kind == "OrderChange" else None
        raw = " | ".join(p for p in (
            f"{quantity} {unit}".strip(), item_code, text, f"@ {price}" if price is not None else None,
            f"GTIN {standard[0]}" if standard else None) if p)
        (self.result.removed if change == LineChange.DELETE else self.result.lines).append(ExtractedLine(
            raw_text=raw, quantity=quantity, item_code=item_code, customer_part=buyer[0] if buyer else None,
            description=text, uom=ubl_unit(unit) if unit else None, unit_price=price,
            line_total=plain_decimal(total[0]) if total else None, confidence=CONFIDENCE,
            provenance=self.prov(item_node), change=change,
            values={name: self.prov(node) for name, node in (
                ("quantity", quantity_node), ("unit_price", price_node), ("line_total", total[1] if total else None),
                ("item_code", (seller or buyer or standard or (None, None))[1]),
                ("customer_part", buyer[1] if buyer else None),
                ("description", (name or description or (None, None))[1]),
            ) if node is not None},
        ))


# Countries whose street lines put the building number first ("56A Avon Way", "12 rue du Port"); elsewhere
# (most of continental Europe) it follows the street name.
NUMBER_FIRST_COUNTRIES = frozenset({"GB", "UK", "IE", "US", "CA", "AU", "NZ", "FR", "IN", "ZA", "SG", "MY", "PH"})


def read_address(address: Node, name: str | None) -> Address:
    def text(*steps: str) -> str | None:
        node = address.find(*steps)
        return node.text or None if node is not None else None

    street = text("cbc:StreetName")
    country = text("cac:Country", "cbc:IdentificationCode")
    if street and (number := text("cbc:BuildingNumber")):
        # Written as the country writes a street line: "56A Avon Way" in Britain, "Avon Way 56A" in Germany.
        first = (country or "").upper() in NUMBER_FIRST_COUNTRIES
        street = f"{number} {street}" if first else f"{street} {number}"
    if street is None:
        street = text("cac:AddressLine", "cbc:Line")
    return Address(name=name, street=street, city=text("cbc:CityName"), region=text("cbc:CountrySubentity"),
                   postal_code=text("cbc:PostalZone"), country=country)


def single_date(period: Node | None) -> tuple[date, Node] | str | None:
    """The one date of a requested period; a sentence when it is a real period; None when absent."""
    if period is None:
        return None
    start, end = period.find("cbc:StartDate"), period.find("cbc:EndDate")
    start_date = ubl_date(start.text) if start is not None else None
    end_date = ubl_date(end.text) if end is not None else None
    if start_date and end_date and start_date != end_date:
        return f"requested delivery period {start_date} to {end_date}: a period, not one date"
    if start_date and start is not None:
        return start_date, start
    if end_date and end is not None:
        return end_date, end
    return None


def extract_ubl(data: bytes, part_index: int) -> Extraction:
    if not data.strip():
        return Extraction(NAME, part_index, error="empty XML document")
    try:
        root = parse(data)
    except DefusedXmlException:
        return Extraction(NAME, part_index, error=REJECTED)
    except ParseError as exc:
        return Extraction(NAME, part_index, error=f"not well-formed XML: {exc}")
    except (ValueError, LookupError) as exc:  # an unknown encoding declaration, a NUL byte
        return Extraction(NAME, part_index, error=f"not readable XML: {exc}")
    ns, local = local_name(root.tag)
    if (kind := order_root((ns, local))) is not None:
        return OrderReader(root, part_index, kind).read()
    if ns.startswith(UBL_NS_PREFIX):
        return Extraction(NAME, part_index, notes=[f"UBL {local} document, not an order"])
    return Extraction(NAME, part_index, error=f"not a UBL Order: the root element is {local!r}"
                                              + (f" in namespace {ns}" if ns else ""))


class UblExtractor:
    name = NAME

    def score(self, part: Part) -> float:
        head = part.content[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
        named_xml = filename_ext(part) == "xml" or part.media_type.lower() in XML_MEDIA_TYPES
        if not head.startswith(b"<") or not (named_xml or part.media_type.lower().endswith("xml")
                                              or ORDER_NS.encode() in head):
            return 0.0
        root = sniff_root(part.content)
        if root is not None:
            if order_root(root) is not None:
                return 0.95
            # Another UBL document (an invoice, a request for quotation): ours to name as not an order,
            # rather than an "unsupported attachment" the clerk has to puzzle over.
            return 0.05 if "urn:oasis:names:specification:ubl:schema:xsd:" in root[0] else 0.0
        # Unreadable or refused XML that says it is a UBL Order: we say what is wrong with it.
        return 0.5 if ORDER_NS.encode() in head or (b"<!DOCTYPE" in head and named_xml) else 0.0

    def extract(self, part: Part, limits: ReadLimits = READ_LIMITS) -> Extraction:
        # A bug that raises here is caught by the registry (extract_part) and costs this document only.
        return extract_ubl(part.content, part.index)


EXTRACTOR = UblExtractor()
