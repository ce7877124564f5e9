"""What the buyer's EDI or UBL document said that an answer must echo: who sent it to whom (X12 ISA/GS, EDIFACT
UNB), its control numbers and message references, and the lines it asked for (the buyer's own line ids and
units), read back from the stored document with the extractors' own parsers.

The order itself says what became of each line; this module only says what was asked. Which transaction
set or message of a document of several is this order's is told by where its lines were read (their
provenance), so two orders of one interchange each answer their own."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar
from xml.etree.ElementTree import ParseError

from defusedxml.common import DefusedXmlException

from extractors import edi_x12, edifact, edifact_syntax, ubl, x12_syntax
from extractors.edi_x12 import X12Error
from extractors.edifact import EdifactError
from models.schemas import EdiSyntaxError
from models.tables import Document, Order
from vocabulary.numbers import plain_decimal

X12, EDIFACT, UBL = "x12", "edifact", "ubl"
T = TypeVar("T")


@dataclass(frozen=True)
class AskedLine:
    """One line as the buyer asked it: their line id (PO101, LIN 1082, LineItem/ID), what and how many, as
    written; `key` is where it was read (segment index or XML path), as an order line's provenance says."""

    key: object
    line_id: str
    quantity: Decimal | None
    unit: str  # the unit code as the buyer wrote it (PO103, QTY 6411, unitCode)
    unit_price: Decimal | None
    seller_code: str | None = None
    buyer_code: str | None = None
    change: str | None = None  # an 860 POC02: what the buyer changes (QI, QD, DI, AI, PC, CA...)


@dataclass(frozen=True)
class X12Group:
    """One functional group received: GS01 and GS06, and each transaction set in it (ST01, ST02)."""

    functional_id: str
    control: str
    version: str
    sets: tuple[tuple[str, str], ...]
    declared: int | None = None  # GE01, the number of sets its trailer says it holds (None: no GE)


@dataclass
class Source:
    """The buyer's document as an answer needs it."""

    syntax: str
    # Who the buyer is in the envelope (qualifier, id) and who they sent it to: an answer swaps them.
    sender: tuple[str, str] = ("", "")
    receiver: tuple[str, str] = ("", "")
    app_sender: str = ""  # X12 GS02, GS03
    app_receiver: str = ""
    version: str = ""  # X12 ISA12
    unb_syntax: tuple[str, ...] = ()  # EDIFACT UNB S001: the syntax identifier and its version ("UNOC", "3")
    repetition: str = "U"  # X12 ISA11
    usage: str = "P"  # X12 ISA15, test or production
    interchange_ref: str = ""  # X12 ISA13, EDIFACT UNB 0020
    interchange_stamp: tuple[str, str] = ("", "")  # X12 ISA09 and ISA10, which a TA1 repeats
    groups: list[X12Group] = field(default_factory=list)
    # EDIFACT: each message (reference, type:version:release:agency[:association]); UBL: the root's name.
    messages: list[tuple[str, str]] = field(default_factory=list)
    message_type: tuple[str, ...] = ()  # the order message's own UNH 0065..0057, to answer in its directory
    set_id: str = ""  # X12 ST01 of the order's transaction set (850, 860)
    change_sequence: str | None = None  # X12 BCH05, the buyer's number for this change of the order
    po_number: str | None = None
    po_date: str | None = None  # as the document wrote it (CCYYMMDD, or an ISO date in UBL)
    buyer_name: str | None = None
    seller_name: str | None = None
    lines: list[AskedLine] = field(default_factory=list)


class SourceError(ValueError):
    """The stored document cannot be read back as the EDI it was (it always could at intake)."""


def _order_keys(order: Order) -> set[object]:
    keys: set[object] = set()
    for line in order.lines:
        prov = line.provenance or {}
        if prov.get("row") is not None:
            keys.add(prov["row"])
        elif prov.get("cell"):
            keys.add(prov["cell"])
    return keys


def encodable(text: str, encoding: str) -> str:
    """`text` with each character `encoding` cannot hold written as its plain letters ("é" as "e", "ß" as "ss"
    where Unicode says so), else a blank: an EDI character set is a promise the bytes must keep, and a "?"
    in its place would be EDIFACT's release character."""
    out = []
    for ch in text:
        try:
            ch.encode(encoding)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or " ")
    return "".join(out)


def read_source(document: Document, order: Order | None) -> Source | None:
    """The document as an answer needs it, or None when it is no X12, EDIFACT or UBL order. `order`: whose
    transaction set or message to take the lines of (None: the first order in it)."""
    content = document.content
    if edi_x12.looks_like_x12(content):
        return _x12(content, order)
    if edifact.looks_like_edifact(content):
        return _edifact(content, order)
    if ubl.order_root(ubl.sniff_root(content)) is not None:
        return _ubl(content, order)
    return None


# ---------------------------------------------------------------- X12


def _x12(content: bytes, order: Order | None) -> Source:
    """The interchange holding the order's transaction set (a file may hold several, from several partners):
    its envelope, its functional groups, and the set's PO and lines."""
    try:
        interchanges = edi_x12.read_interchanges(edi_x12.decode(content))
    except (X12Error, edi_x12.TooLarge) as exc:
        raise SourceError(f"the X12 document cannot be read back: {exc}") from None
    orders = [(t, ic) for ic in interchanges for t in edi_x12.transactions(ic) if t.set_id in edi_x12.ORDER_SETS]
    picked = _pick(orders, order, lambda pair: {s.index for s in pair[0].segments},
                   lambda pair: next((s.el(3) for s in pair[0].segments if s.tag in ("BEG", "BCH")), None))
    txn, interchange = picked if picked is not None else (None, interchanges[0])
    source = _x12_envelope(interchange)
    if txn is None:
        return source
    source.set_id = txn.set_id
    for seg in txn.segments:
        if seg.tag in ("BEG", "BCH") and source.po_number is None:
            source.po_number = seg.el(3) or None
            source.po_date = seg.el(5 if seg.tag == "BEG" else 6) or None
            source.change_sequence = (seg.el(5) or None) if seg.tag == "BCH" else None
        elif seg.tag == "N1" and seg.el(1) == "BY" and source.buyer_name is None:
            source.buyer_name = seg.el(2) or None
        elif seg.tag in ("PO1", "POC"):
            source.lines.append(_x12_line(seg))
    return source


def _x12_envelope(interchange: edi_x12.Interchange) -> Source:
    """An interchange's envelope and its functional groups, each with every transaction set it holds."""
    isa = interchange.segments[0]
    source = Source(X12, sender=(isa.el(5), isa.el(6)), receiver=(isa.el(7), isa.el(8)), version=isa.el(12),
                    repetition=isa.el(11) or "U", usage=isa.el(15) or "P", interchange_ref=isa.el(13),
                    interchange_stamp=(isa.el(9), isa.el(10)))
    gs: edi_x12.Segment | None = None
    sets: list[tuple[str, str]] = []
    for seg in interchange.segments:
        if seg.tag in ("GS", "IEA") and gs is not None:
            # A group with no GE is still answered: its 997 says the trailer is missing.
            source.groups.append(X12Group(gs.el(1), gs.el(6), gs.el(8), tuple(sets)))
            gs = None
        if seg.tag == "GS":
            gs, sets = seg, []
            source.app_sender, source.app_receiver = seg.el(2), seg.el(3)
        elif seg.tag == "ST":
            sets.append((seg.el(1), seg.el(2)))
        elif seg.tag == "GE" and gs is not None:
            declared = int(seg.el(1)) if seg.el(1).isdecimal() else None
            source.groups.append(X12Group(gs.el(1), gs.el(6), gs.el(8), tuple(sets), declared))
            gs = None
    return source


def interchange_sources(document: Document) -> list[Source]:
    """Each interchange of an X12 or EDIFACT document, as its functional acknowledgement needs it (envelope,
    groups and sets, messages), whether or not any of it became an order; [] for any other document."""
    content = document.content
    if edi_x12.looks_like_x12(content):
        try:
            return [_x12_envelope(ic) for ic in edi_x12.read_interchanges(edi_x12.decode(content))]
        except (X12Error, edi_x12.TooLarge) as exc:
            raise SourceError(f"the X12 document cannot be read back: {exc}") from None
    if edifact.looks_like_edifact(content):
        try:
            segments, _seps, notes = edifact.read_segments(edifact.decode(content))
            messages = edifact.messages(segments, notes)
        except (EdifactError, edifact.TooLarge) as exc:
            raise SourceError(f"the EDIFACT document cannot be read back: {exc}") from None
        return [_edifact_envelope(unb, messages) for unb in segments if unb.tag == "UNB"]
    return []


def syntax_errors(document: Document) -> list[EdiSyntaxError]:
    """The document's breaches of its syntax: as recorded when it was read (`Document.edi_errors`), else found
    again by the extractors' own checks (a change's document is answered before its reading is recorded)."""
    if document.edi_errors is not None:
        return [EdiSyntaxError.from_json(e) for e in document.edi_errors]
    content = document.content
    try:
        if edi_x12.looks_like_x12(content):
            return [e for ic in edi_x12.read_interchanges(edi_x12.decode(content))
                    for e in x12_syntax.check(ic, edi_x12.transactions(ic)).errors]
        if edifact.looks_like_edifact(content):
            segments, _seps, notes = edifact.read_segments(edifact.decode(content))
            return edifact_syntax.check(segments, edifact.messages(segments, notes)).errors
    except (X12Error, EdifactError, edi_x12.TooLarge, edifact.TooLarge):
        return []
    return []


def _edifact_envelope(unb: edifact.Segment | None, messages: list[edifact.Message]) -> Source:
    """An interchange's UNB and the messages it holds (each reference and type)."""
    source = Source(EDIFACT)
    if unb is not None:
        source.unb_syntax = tuple(unb.el(1)[:2])
        source.sender = (unb.c(2, 2), unb.c(2, 1))
        source.receiver = (unb.c(3, 2), unb.c(3, 1))
        source.interchange_ref = unb.c(5)
    source.messages = [(m.ref, ":".join(v for v in m.segments[0].el(2) if v)) for m in messages
                       if m.interchange is unb]
    return source


def _x12_line(seg: edi_x12.Segment) -> AskedLine:
    # A POC has the change type and the quantity left after its quantity: PO1's element n is POC's n + 2 on.
    at = (lambda n: n) if seg.tag == "PO1" else (lambda n: 3 if n == 2 else n + 2)
    codes: dict[str, str] = {}
    for n in range(at(6), len(seg.elements) - 1, 2):
        if seg.el(n + 1):
            codes.setdefault(seg.el(n).upper(), seg.el(n + 1))
    seller = next((codes[q] for q in ("VP", "VN", "VC", "MG") if q in codes), None)
    buyer = next((codes[q] for q in ("BP", "IN", "PI", "CB", "SK") if q in codes), None)
    return AskedLine(seg.index, seg.el(1), plain_decimal(seg.el(at(2)), 30), seg.el(at(3)).upper(),
                     plain_decimal(seg.el(at(4)), 30), seller, buyer,
                     change=(seg.el(2).upper() or None) if seg.tag == "POC" else None)


# ---------------------------------------------------------------- EDIFACT


def _edifact(content: bytes, order: Order | None) -> Source:
    try:
        segments, _seps, notes = edifact.read_segments(edifact.decode(content))
        messages = edifact.messages(segments, notes)
    except (EdifactError, edifact.TooLarge) as exc:
        raise SourceError(f"the EDIFACT document cannot be read back: {exc}") from None
    orders = [m for m in messages if m.type in ("ORDERS", "ORDCHG")]
    msg = _pick(orders, order, lambda m: {s.index for s in m.segments},
                lambda m: next((s.c(2) for s in m.segments if s.tag == "BGM"), None))
    # The interchange holding the order's message: a file of several answers each in its own envelope.
    unb = msg.interchange if msg is not None else next((s for s in segments if s.tag == "UNB"), None)
    source = _edifact_envelope(unb, messages)
    if msg is None:
        return source
    source.message_type = tuple(msg.segments[0].el(2))
    current: list[edifact.Segment] = []
    groups: list[list[edifact.Segment]] = []
    for seg in msg.segments:
        if seg.tag == "BGM" and source.po_number is None:
            source.po_number = seg.c(2) or None
        elif seg.tag == "DTM" and seg.c(1, 1) == "137" and source.po_date is None:
            source.po_date = seg.c(1, 2) or None
        elif seg.tag == "NAD" and seg.c(1) == "BY" and source.buyer_name is None:
            source.buyer_name = (seg.c(4) or seg.c(5) or seg.c(2)) or None
        elif seg.tag == "NAD" and seg.c(1) == "SU" and source.seller_name is None:
            source.seller_name = (seg.c(4) or seg.c(5)) or None
        if seg.tag == "LIN":
            current = [seg]
            groups.append(current)
        elif seg.tag == "UNS":
            current = []
        elif current:
            current.append(seg)
    source.lines = [_edifact_line(group) for group in groups]
    return source


def _edifact_line(group: list[edifact.Segment]) -> AskedLine:
    lin = group[0]
    qty = next((s for s in group if s.tag == "QTY" and s.c(1, 1) in ("21", "")), None) or next(
        (s for s in group if s.tag == "QTY"), None)
    pri = next((s for s in group if s.tag == "PRI"), None)
    seller = lin.c(3, 1) if lin.c(3, 2).upper() in ("SA", "") and lin.c(3, 1) else None
    buyer = None
    for pia in (s for s in group if s.tag == "PIA"):
        for n in range(2, len(pia.elements)):
            code, kind = pia.c(n, 1), pia.c(n, 2).upper()
            if code and kind == "SA" and seller is None:
                seller = code
            elif code and kind in ("IN", "BP") and buyer is None:
                buyer = code
    # The key is where the extractor read the line: its QTY segment.
    return AskedLine(qty.index if qty is not None else lin.index, lin.c(1) or str(lin.index),
                     plain_decimal(qty.c(1, 2), 30) if qty is not None else None,
                     (qty.c(1, 3).upper() if qty is not None else ""),
                     plain_decimal(pri.c(1, 2), 30) if pri is not None else None, seller, buyer)


# ---------------------------------------------------------------- UBL


def _ubl(content: bytes, order: Order | None) -> Source:
    try:
        root = ubl.parse(content)
    except (DefusedXmlException, ParseError, ValueError) as exc:
        raise SourceError(f"the UBL document cannot be read back: {exc}") from None
    kind = ubl.local_name(root.tag)[1]
    top = ubl.Node(root, f"/{kind}")
    source = Source(UBL, messages=[("", kind)])

    def text(node: ubl.Node | None, *steps: str) -> str | None:
        found = node.find(*steps) if node is not None else None
        return found.text or None if found is not None else None

    referred = text(top, "cac:OrderReference", "cbc:ID") if kind != "Order" else None
    source.po_number = referred or text(top, "cbc:ID")
    source.po_date = text(top, "cbc:IssueDate")
    source.buyer_name = text(top, "cac:BuyerCustomerParty", "cac:Party", "cac:PartyName", "cbc:Name")
    source.seller_name = text(top, "cac:SellerSupplierParty", "cac:Party", "cac:PartyName", "cbc:Name")
    source.sender = ("", text(top, "cac:BuyerCustomerParty", "cac:Party", "cbc:EndpointID") or "")
    for order_line in top.findall("cac:OrderLine"):
        item = order_line.find("cac:LineItem")
        if item is None:
            continue
        quantity = item.find("cbc:Quantity")
        source.lines.append(AskedLine(
            item.path, text(item, "cbc:ID") or order_line.path.rsplit("[", 1)[-1].rstrip("]"),
            plain_decimal(quantity.text, 30) if quantity is not None else None,
            quantity.attr("unitCode") if quantity is not None else "",
            plain_decimal(text(item, "cac:Price", "cbc:PriceAmount") or "", 30),
            text(item, "cac:Item", "cac:SellersItemIdentification", "cbc:ID"),
            text(item, "cac:Item", "cac:BuyersItemIdentification", "cbc:ID")))
    return source


def _pick(candidates: list[T], order: Order | None, rows: Callable[[T], set[int]],
          po: Callable[[T], str | None]) -> T | None:
    """The transaction set or message the order was read from: the one holding its lines, else the one with
    its PO number, else the first."""
    if not candidates:
        return None
    if order is None:
        return candidates[0]
    keys = _order_keys(order)
    for candidate in candidates:
        if keys & rows(candidate):
            return candidate
    for candidate in candidates:
        if order.po_number and po(candidate) == order.po_number:
            return candidate
    return candidates[0]
