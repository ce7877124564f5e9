"""ANSI X12 purchase orders (850, and the grocery 875): separators read from each ISA envelope.

An X12 file is one or more interchanges (ISA ... IEA), each declaring its own separators in the
fixed-width ISA header: the element separator is the character right after "ISA", the component
separator is ISA16 and the segment terminator is the character after ISA16. Senders pretty-print
(indentation, a newline after each terminator, sometimes a newline *instead* of it), so a newline
always ends a segment too, unless a separator is itself a newline.

Every ST ... SE transaction set that is an order becomes one Extraction: the first is returned,
the others ride along in `Extraction.siblings`. Each says its purpose: an 850's BEG01 (00 original, 01
cancellation, 04 change, 05 replace, 06 confirmation, 07 duplicate...); an 860 is a change to an order
sent before (BCH header, POC lines), read like an 850 so that a clerk sees what it changes. Transactions
that are not orders (855, 810, 997...) are named in a note; a file holding none is a note, not an error.
A broken envelope is an error value, never an exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from config import READ_LIMITS, ReadLimits
from extractors.base import (
    TooLarge,
    buyer_from_bill_to,
    filename_ext,
    orders_over,
    placeholder_id,
    segments_over,
    too_large,
)
from models.schemas import (
    Address,
    DocumentPurpose,
    EdiSyntaxError,
    ExtractedLine,
    Extraction,
    Field,
    LineChange,
    Part,
    PartyIds,
    Provenance,
    Purpose,
    edi_errors_text,
)
from vocabulary.numbers import plain_decimal
from vocabulary.units import x12_unit as x12_unit_code

NAME = "edi_x12"
CONFIDENCE = 0.99  # a structured channel: the value is where the standard says it is
ISA_LENGTH = 106  # "ISA" + 16 fixed-width elements + the segment terminator

MEDIA_TYPES = {"application/edi-x12", "application/x12", "application/edi"}
EXTENSIONS = {"edi", "x12", "850"}

TRANSACTION_NAMES = {
    "180": "return merchandise authorization",
    "810": "invoice",
    "812": "credit/debit adjustment",
    "816": "organizational relationships",
    "820": "payment order/remittance advice",
    "824": "application advice",
    "830": "planning schedule",
    "832": "price/sales catalog",
    "846": "inventory inquiry/advice",
    "850": "purchase order",
    "852": "product activity data",
    "855": "purchase order acknowledgment",
    "856": "ship notice/manifest",
    "860": "purchase order change request",
    "865": "purchase order change acknowledgment",
    "875": "grocery products purchase order",
    "880": "grocery products invoice",
    "940": "warehouse shipping order",
    "945": "warehouse shipping advice",
    "997": "functional acknowledgment",
    "999": "implementation acknowledgment",
}
ORDER_SETS = {"850", "875", "860"}
# An 860 line's change type (POC02, data element 670): AI adds an item, DI deletes one, NC changes nothing;
# every other code (CA, QI, QD, PC, CP, RZ...) changes the line.
POC_CHANGES = {"AI": LineChange.ADD, "DI": LineChange.DELETE}
# Transaction set purpose codes (data element 353, BEG01 and BCH01) that are not an original order.
PURPOSE_CODES = {
    "00": Purpose.ORIGINAL, "01": Purpose.CANCEL, "03": Purpose.CANCEL, "04": Purpose.CHANGE,
    "05": Purpose.REPLACE, "26": Purpose.REPLACE, "06": Purpose.CONFIRM, "07": Purpose.DUPLICATE,
}

# SK is the retailer's own stock-keeping unit in retail 850s, so it is the buyer's code, not ours.
# MG (manufacturer's part) is the seller's when the seller makes the goods, as Adobe's own 855 shows.
SELLER_CODES = {"VN", "VP", "VC", "MG"}  # vendor's item / part number, vendor's catalog, manufacturer's part
BUYER_CODES = {"BP", "IN", "PI", "CB", "SK"}  # buyer's part / item, purchaser's code, buyer's catalog, SKU
STANDARD_CODES = {"UP", "UK", "EN", "EA", "UA", "UI", "IB", "N4", "ND"}  # UPC / GTIN-14 / EAN / ISBN / NDC
COUNTRIES = {"USA": "US", "CAN": "CA", "MEX": "MX"}  # N404 is ISO 3166 two letters, but senders write these
# Delivery requested, requested ship, requested for delivery (week of), required by, current schedule
# delivery: the day the buyer wants the goods, most explicit first.
REQUESTED_DATE_QUALIFIERS = ("002", "010", "074", "106", "067")


class X12Error(ValueError):
    """The envelope cannot be read; the message is the reason a clerk sees."""


@dataclass
class Separators:
    element: str
    component: str
    segment: str


@dataclass
class Segment:
    index: int  # 0-based position among all segments of the document
    span: tuple[int, int]  # character offsets in the decoded document
    text: str
    elements: list[str]

    @property
    def tag(self) -> str:
        return self.elements[0]

    def el(self, n: int) -> str:
        """Element n (1-based as X12 counts: BEG03 is el(3)), stripped; "" when absent."""
        return self.elements[n].strip() if n < len(self.elements) else ""


@dataclass
class Transaction:
    set_id: str
    control: str
    segments: list[Segment] = field(default_factory=list)
    closed: bool = False
    senders: tuple[Segment, ...] = ()  # the ISA and GS segments naming who sent it


@dataclass
class Interchange:
    separators: Separators
    segments: list[Segment]
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- envelope


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _skip_blank(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isspace() or text[pos] in "\x00\x1a\ufeff"):
        pos += 1
    return pos


def read_separators(text: str, pos: int) -> tuple[Separators, int]:
    """The separators an ISA header starting at `pos` declares, and where its ISA16 element ends."""
    isa = text[pos:pos + ISA_LENGTH + 2]
    if len(isa) < 4:
        raise X12Error("the ISA header is truncated")
    element = isa[3]
    if element.isalnum() or element in "\r\n \t":
        raise X12Error(f"the ISA element separator {element!r} is a letter, digit or blank")
    # ISA elements are fixed width, but some senders do not pad them: count 16 separators instead of
    # trusting position 103.
    at = 3
    for n in range(15):
        at = isa.find(element, at + 1)
        if at < 0:
            raise X12Error(f"the ISA header is truncated (ISA{n + 2:02d} missing)")
    if at + 2 >= len(isa):
        raise X12Error(f"the ISA header is truncated ({len(isa)} characters, {ISA_LENGTH} needed)")
    component, segment = isa[at + 1], isa[at + 2]
    if segment.isalnum():
        raise X12Error(f"the character after ISA16 ({segment!r}) is not a segment terminator")
    if segment in (element, component) or component == element:
        raise X12Error("the ISA header declares the same character for two separators")
    # A blank terminator followed by a line break ("...P*> \r\n"): the sender ends segments with the
    # line break; splitting on the blank would cut names apart.
    if segment in " \t" and isa[at + 3:at + 4] in ("\r", "\n"):
        segment = "\n"
    return Separators(element, component, segment), pos + at + 2


def read_interchanges(text: str, limits: ReadLimits = READ_LIMITS) -> list[Interchange]:
    """Every ISA ... IEA interchange of the document, each cut with its own separators. Raises TooLarge as
    soon as the document holds more than `limits.max_edi_segments` segments."""
    interchanges: list[Interchange] = []
    pos = _skip_blank(text, 0)
    seg_index = 0
    while pos < len(text):
        if not text.startswith("ISA", pos):
            if not interchanges:
                raise X12Error(f"the document does not start with an ISA segment (found {text[pos:pos + 12]!r})")
            tail = text[pos:pos + 20]
            interchanges[-1].notes.append(f"ignored {len(text) - pos} characters after the last IEA ({tail!r}...)")
            break
        seps, isa_end = read_separators(text, pos)
        newline_ends = "\n" not in (seps.element, seps.component) and "\r" not in (seps.element, seps.component)
        segments: list[Segment] = []
        ended = False
        while pos < len(text):
            # The ISA is cut where its fixed layout ends: its own data may hold the terminator character.
            end = isa_end if not segments else text.find(seps.segment, pos)
            if end < 0:
                end = len(text)
            if newline_ends:
                nl = min((i for i in (text.find("\n", pos, end), text.find("\r", pos, end)) if i >= 0), default=-1)
                if nl >= 0:
                    end = nl
            raw = text[pos:end]
            start = pos
            pos = end + 1
            body = raw.strip().rstrip(seps.segment if seps.segment.strip() else "")
            if not body:
                continue
            lead = start + (len(raw) - len(raw.lstrip()))
            elements = body.split(seps.element)
            tag = elements[0].strip()
            if not (2 <= len(tag) <= 3 and tag.isalnum() and tag.isascii() and tag.upper() == tag):
                raise X12Error(
                    f"segment {len(segments) + 1} ({body[:20]!r}) is not an X12 segment: the content does not "
                    f"use the separators the ISA header declares ({seps.element!r}, {seps.segment!r})"
                )
            elements[0] = tag
            segments.append(Segment(seg_index, (lead, lead + len(body)), body, elements))
            seg_index += 1
            if seg_index > limits.max_edi_segments:
                raise TooLarge(segments_over(seg_index, limits))
            if tag == "IEA":
                ended = True
                break
        if not ended:
            raise X12Error("no IEA trailer: the interchange is truncated")
        interchanges.append(Interchange(seps, segments))
        pos = _skip_blank(text, pos)
    if not interchanges:
        raise X12Error("the document is empty")
    return interchanges


def transactions(interchange: Interchange) -> list[Transaction]:
    """The ST ... SE transaction sets of an interchange, whatever GS groups hold them."""
    found: list[Transaction] = []
    current: Transaction | None = None
    isa = interchange.segments[0] if interchange.segments and interchange.segments[0].tag == "ISA" else None
    gs: Segment | None = None
    for seg in interchange.segments:
        if seg.tag == "GS":
            gs = seg
        if seg.tag == "ST":
            if current is not None and not current.closed:
                interchange.notes.append(f"transaction {current.set_id} {current.control} has no SE trailer")
            current = Transaction(seg.el(1), seg.el(2), senders=tuple(s for s in (isa, gs) if s is not None))
            found.append(current)
        elif seg.tag == "SE":
            if current is not None and not current.closed:
                current.closed = True
                if seg.el(1).isdecimal() and int(seg.el(1)) != len(current.segments) + 2:
                    interchange.notes.append(
                        f"transaction {current.set_id} {current.control}: SE01 says {seg.el(1)} segments, "
                        f"found {len(current.segments) + 2}"
                    )
        elif seg.tag in ("GE", "IEA", "GS", "ISA"):
            if current is not None and not current.closed:
                interchange.notes.append(f"transaction {current.set_id} {current.control} has no SE trailer")
                current.closed = True
        elif current is not None and not current.closed:
            current.segments.append(seg)
    return found


# ---------------------------------------------------------------- values


def x12_date(text: str) -> date | None:
    """CCYYMMDD, or the YYMMDD of older versions."""
    text = text.strip()
    if len(text) == 6 and text.isdigit():
        text = "20" + text
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def x12_unit(code: str) -> str | None:
    """PO103's unit (data element 355) as our unit: X12's own meaning of its codes ("CA" a case, "PA" a
    pail, "ST" a set), else the code as written."""
    return x12_unit_code(code)


# ---------------------------------------------------------------- one transaction


class OrderReader:
    """Reads one order transaction set into an Extraction."""

    def __init__(self, txn: Transaction, part_index: int) -> None:
        self.txn = txn
        self.part_index = part_index
        self.result = Extraction(NAME, part_index)
        self.header = self.result.header

    def prov(self, seg: Segment, cell: str) -> Provenance:
        return Provenance(kind="edi", part_index=self.part_index, row=seg.index, span=seg.span, cell=cell)

    def field(self, value: Any, seg: Segment, cell: str, confidence: float = CONFIDENCE) -> Field[Any]:
        return Field(value, confidence, self.prov(seg, cell))

    def set_date(self, name: str, seg: Segment, n: int) -> None:
        value = x12_date(seg.el(n))
        if value is None:
            if seg.el(n):
                self.result.notes.append(f"{seg.tag}{n:02d} {seg.el(n)!r} is not a CCYYMMDD date")
            return
        setattr(self.header, name, self.field(value, seg, f"{seg.tag}{n:02d}"))


_CITY_IN_ONE = re.compile(r"(?P<city>[A-Za-z][A-Za-z .'-]*?),?\s+(?P<region>[A-Z]{2})\s+"
                          r"(?P<postal>\d{5}(?:-?\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)")


def _party(segments: list[Segment], at: int) -> Address:
    """The N1 loop starting at `at`: N1 name, N2 extra name, the first N3 street, N4 city line."""
    n1 = segments[at]
    addr = Address(name=n1.el(2) or None)
    for seg in segments[at + 1:]:
        if seg.tag == "N2":
            addr.name = addr.name or seg.el(1) or None
        elif seg.tag == "N3":
            addr.street = addr.street or seg.el(1) or seg.el(2) or None
        elif seg.tag == "N4":
            addr.city = seg.el(1) or None
            addr.region = seg.el(2) or None
            addr.postal_code = seg.el(3) or None
            addr.country = COUNTRIES.get(seg.el(4).upper(), seg.el(4)) or None
            if addr.region is None and addr.postal_code is None and addr.city:
                # Some senders write the whole city line into N401: "LOS ANGELES CA 900250000".
                whole = _CITY_IN_ONE.fullmatch(addr.city.strip())
                if whole:
                    addr.city, addr.region, addr.postal_code = whole["city"], whole["region"], whole["postal"]
        elif seg.tag in ("REF", "PER", "FOB", "TD5", "SDQ"):
            continue
        else:
            break
    return addr


def _set_ship_to(reader: OrderReader, segments: list[Segment], at: int) -> None:
    addr = _party(segments, at)
    n1 = segments[at]
    if any(vars(addr).values()):
        reader.header.ship_to = reader.field(addr, n1, "N1*ST")
    elif n1.el(4):
        reader.result.notes.append(f"ship-to given only as a code (N103 {n1.el(3)!r}, N104 {n1.el(4)!r})")


def _set_bill_to(reader: OrderReader, segments: list[Segment], at: int) -> None:
    addr = _party(segments, at)
    if any(vars(addr).values()):
        reader.header.bill_to = reader.field(addr, segments[at], "N1*BT")


def itd_terms(seg: Segment) -> str | None:
    """ITD terms of sale as a clerk writes them: ITD12's own words, else "2% 10 Net 30" from the
    discount percent (ITD03), discount days (ITD05) and net days (ITD07)."""
    if seg.el(12):
        return seg.el(12)
    parts = []
    percent = plain_decimal(seg.el(3), 10)
    if percent is not None and seg.el(5):
        parts.append(f"{percent.normalize():f}% {seg.el(5)}")
    if seg.el(7):
        parts.append(f"Net {seg.el(7)}")
    elif seg.el(6):
        parts.append(f"net due {x12_date(seg.el(6)) or seg.el(6)}")
    return " ".join(parts) or None


def _add_note(reader: OrderReader, seg: Segment, text: str) -> None:
    """Header-level MSG / NTE free text, several segments read as one note (where the first was)."""
    if not text:
        return
    notes = reader.header.notes
    if notes is None:
        reader.header.notes = reader.field(text, seg, seg.tag)
    else:
        notes.value = f"{notes.value} {text}"


# N103 identification code qualifiers (data element 66) whose N104 names the buyer the same for every
# trading partner: DUNS, DUNS+4, GLN, and an id both sides agreed (ZZ). One the buyer assigned itself
# (92) may be any other buyer's too, so it is not used; one the seller assigned (91) is its number in
# our books.
GLOBAL_PARTY_IDS = {"1", "9", "UL", "ZZ"}
SELLER_ASSIGNED = {"91"}


def _add_buyer_id(reader: OrderReader, seg: Segment) -> None:
    qualifier, value = seg.el(3).upper(), seg.el(4)
    if not value or placeholder_id(value) or (qualifier not in GLOBAL_PARTY_IDS and qualifier not in SELLER_ASSIGNED):
        return
    _buyer_ids(reader, seg, f"N104 ({qualifier})", **{"account" if qualifier in SELLER_ASSIGNED else "edi": (value,)})


def _buyer_ids(reader: OrderReader, seg: Segment, cell: str, edi: tuple[str, ...] = (),
               account: tuple[str, ...] = ()) -> None:
    """Adds ids naming the buyer to the header; the first place an id was read is where it points."""
    found = reader.header.buyer_ids
    known = found.value if found is not None else PartyIds()
    ids = PartyIds(tuple(dict.fromkeys(known.edi + edi)), tuple(dict.fromkeys(known.account + account)), known.tax)
    reader.header.buyer_ids = reader.field(ids, seg, cell) if found is None else Field(
        ids, found.confidence, found.provenance)


def _envelope_ids(reader: OrderReader, txn: Transaction) -> None:
    """The interchange sender (ISA06) and the application sender (GS02): who sent the order, as the
    trading partner set-up knows them."""
    for seg in txn.senders:
        value = seg.el(6) if seg.tag == "ISA" else seg.el(2)
        if value and not placeholder_id(value):
            _buyer_ids(reader, seg, "ISA06" if seg.tag == "ISA" else "GS02", edi=(value,))


def read_850(txn: Transaction, part_index: int) -> Extraction:
    reader = OrderReader(txn, part_index)
    header, result = reader.header, reader.result
    segments = txn.segments
    dates: dict[str, tuple[date, Segment]] = {}
    line_dates: list[date | None] = []
    lines_seen = 0
    ctt: Segment | None = None
    for i, seg in enumerate(segments):
        tag = seg.tag
        in_lines = lines_seen > 0
        if tag in ("BEG", "BCH"):
            # An 860's BCH has the 850's BEG elements, with the PO date one further on.
            if seg.el(3):
                header.po_number = reader.field(seg.el(3), seg, f"{tag}03")
            reader.set_date("order_date", seg, 5 if tag == "BEG" else 6)
            result.purpose = _purpose(txn.set_id, seg)
        elif tag == "CUR" and not in_lines and header.currency is None and seg.el(2):
            header.currency = reader.field(seg.el(2).upper(), seg, "CUR02")
        elif tag == "DTM":
            value = x12_date(seg.el(2))
            if value is None or seg.el(1) not in REQUESTED_DATE_QUALIFIERS:
                continue
            if in_lines:
                if len(line_dates) == lines_seen and line_dates[-1] is None:
                    line_dates[-1] = value
            else:
                dates.setdefault(seg.el(1), (value, seg))
        elif tag == "N1" and not in_lines:
            qualifier = seg.el(1)
            if qualifier == "ST" and header.ship_to is None:
                _set_ship_to(reader, segments, i)
            elif qualifier == "BT" and header.bill_to is None:
                _set_bill_to(reader, segments, i)
            elif qualifier == "BY" and header.buyer is None and seg.el(2):
                header.buyer = reader.field(seg.el(2), seg, "N102")
            if qualifier == "BY":
                _add_buyer_id(reader, seg)
        elif tag == "ITD" and not in_lines and header.payment_terms is None:
            if terms := itd_terms(seg):
                header.payment_terms = reader.field(terms, seg, "ITD")
        elif tag in ("MSG", "NTE") and not in_lines:
            _add_note(reader, seg, seg.el(1) if tag == "MSG" else seg.el(2))
        elif tag in ("PO1", "POC"):
            lines_seen += 1
            line_dates.append(None)
            line = _po1_line(seg, lines_seen, reader)
            if line is None:
                result.unread.append(seg.text)
            else:
                (result.removed if line.change == LineChange.DELETE else result.lines).append(line)
        elif tag == "PID" and in_lines and seg.el(1) == "F" and seg.el(5):
            # PID belongs to the PO1 above it; a PO1 that could not be read keeps its PID out of others.
            line = result.lines[-1] if result.lines and _is_last_po1(result.lines[-1], segments, i) else None
            if line is not None:
                line.description = f"{line.description} {seg.el(5)}" if line.description else seg.el(5)
        elif tag == "CTT":
            ctt = seg
    _envelope_ids(reader, txn)
    buyer_from_bill_to(header)
    for qualifier in REQUESTED_DATE_QUALIFIERS:
        if qualifier in dates:
            value, seg = dates[qualifier]
            header.requested_date = reader.field(value, seg, f"DTM*{qualifier}")
            break
    else:
        # No order-level date, but every line asks for the same one: that is the order's date.
        if line_dates and all(d is not None and d == line_dates[0] for d in line_dates):
            first_line = next(s for s in segments if s.tag == "PO1")
            header.requested_date = Field(line_dates[0], 0.97, reader.prov(first_line, "DTM on every PO1"))
            result.notes.append("requested date taken from the line-level DTM segments (the same on every line)")
    if ctt is not None and ctt.el(1).isdecimal() and int(ctt.el(1)) != lines_seen:
        result.notes.append(f"CTT01 says {ctt.el(1)} lines, the order has {lines_seen} PO1 segments")
    if header.po_number is None:
        result.notes.append(f"no {'BCH' if txn.set_id == '860' else 'BEG'} segment with a PO number")
    if lines_seen == 0:
        result.notes.append(f"X12 {txn.set_id} with no {'POC' if txn.set_id == '860' else 'PO1'} line")
    return result


def _purpose(set_id: str, seg: Segment) -> DocumentPurpose | None:
    """What BEG01 (BCH01 in an 860) says the transaction does. An 860 is a change whatever else BCH01
    says, unless it cancels or replaces; an 850 without BEG01 says nothing."""
    code = seg.el(1)
    kind = PURPOSE_CODES.get(code, Purpose.OTHER) if code else None
    if set_id == "860":
        kind = kind if kind in (Purpose.CANCEL, Purpose.REPLACE) else Purpose.CHANGE
        return DocumentPurpose(kind, f"X12 860 purchase order change, BCH01 = {code or '(none)'}")
    return DocumentPurpose(kind, f"X12 {seg.tag}01 = {code}") if kind is not None else None


def _is_last_po1(line: ExtractedLine, segments: list[Segment], at: int) -> bool:
    last = next((s for s in reversed(segments[:at]) if s.tag in ("PO1", "POC")), None)
    return last is not None and line.provenance is not None and line.provenance.row == last.index


def _po1_line(seg: Segment, line_no: int, reader: OrderReader) -> ExtractedLine | None:
    """A PO1 line, or an 860's POC line: PO1's elements with two more, the change type (POC02) before
    the quantity now ordered (POC03) and the quantity left to receive (POC04) after it."""
    tag = seg.tag
    # Where PO1's element n is in this segment: POC03 is PO102, POC05 on are PO103 on.
    written = (lambda n: n) if tag == "PO1" else (lambda n: 3 if n == 2 else n + 2)
    code = seg.el(2).upper() if tag == "POC" else ""
    change = None if code in ("", "NC") else POC_CHANGES.get(code, LineChange.CHANGE)
    if tag == "POC":
        seg = Segment(seg.index, seg.span, seg.text, [tag, seg.el(1), seg.el(3), *seg.elements[5:]])
    quantity = plain_decimal(seg.el(2), 30)
    if quantity is None and change == LineChange.DELETE:
        quantity = Decimal(0)  # a line deleted need not say a quantity: none is left
    if quantity is None:
        return None
    seller: str | None = None
    buyer: str | None = None
    standard: str | None = None
    at: dict[str, int] = {}  # the element each code came from
    for n in range(6, len(seg.elements) - 1, 2):
        qualifier, value = seg.el(n).upper(), seg.el(n + 1)
        if not value:
            continue
        if qualifier in SELLER_CODES and seller is None:
            seller, at["seller"] = value, n + 1
        elif qualifier in BUYER_CODES and buyer is None:
            buyer, at["buyer"] = value, n + 1
        elif qualifier in STANDARD_CODES and standard is None:
            standard, at["standard"] = value, n + 1
    unit = seg.el(3)
    code_from = "seller" if seller else "buyer" if buyer else "standard" if standard else None
    elements = {"quantity": 2, "uom": 3 if unit else None, "unit_price": 4 if seg.el(4) else None,
                "item_code": at.get(code_from) if code_from else None, "customer_part": at.get("buyer")}
    return ExtractedLine(
        raw_text=seg.text,
        quantity=quantity,
        item_code=seller or buyer or standard,
        customer_part=buyer,
        uom=x12_unit(unit) or (unit.upper() or None),
        unit_price=plain_decimal(seg.el(4), 30),
        confidence=CONFIDENCE,
        provenance=reader.prov(seg, f"{tag}[{line_no}]"),
        values={name: reader.prov(seg, f"{tag}[{line_no}]{written(n):02d}") for name, n in elements.items() if n},
        change=change,
    )


def read_875(txn: Transaction, part_index: int) -> Extraction:
    """The grocery purchase order: G50 header, G62 dates, N1 parties, G68 lines with G69 descriptions."""
    reader = OrderReader(txn, part_index)
    header, result = reader.header, reader.result
    lines_seen = 0
    for i, seg in enumerate(txn.segments):
        if seg.tag == "G50":
            reader.set_date("order_date", seg, 2)
            if seg.el(3):
                header.po_number = reader.field(seg.el(3), seg, "G5003")
        elif seg.tag == "G62" and seg.el(1) in ("02", "10") and header.requested_date is None:
            reader.set_date("requested_date", seg, 2)
        elif seg.tag == "N1" and lines_seen == 0:
            if seg.el(1) == "ST" and header.ship_to is None:
                _set_ship_to(reader, txn.segments, i)
            elif seg.el(1) == "BT" and header.bill_to is None:
                _set_bill_to(reader, txn.segments, i)
            elif seg.el(1) == "BY" and header.buyer is None and seg.el(2):
                header.buyer = reader.field(seg.el(2), seg, "N102")
            if seg.el(1) == "BY":
                _add_buyer_id(reader, seg)
        elif seg.tag == "G68":
            lines_seen += 1
            quantity = plain_decimal(seg.el(1), 30)
            if quantity is None:
                result.unread.append(seg.text)
                continue
            codes = {seg.el(n).upper(): seg.el(n + 1) for n in range(5, len(seg.elements) - 1, 2) if seg.el(n + 1)}
            seller = next((codes[q] for q in ("VN", "VP", "VC", "MG") if q in codes), None)
            buyer = next((codes[q] for q in ("BP", "IN", "PI", "CB", "SK") if q in codes), None)
            upc = seg.el(4) or next((codes[q] for q in ("UP", "UK", "EN", "UA") if q in codes), None)
            result.lines.append(ExtractedLine(
                raw_text=seg.text, quantity=quantity, item_code=seller or buyer or upc or None, customer_part=buyer,
                uom=x12_unit(seg.el(2)) or (seg.el(2).upper() or None), unit_price=plain_decimal(seg.el(3), 30),
                confidence=CONFIDENCE, provenance=reader.prov(seg, f"G68[{lines_seen}]"),
            ))
        elif seg.tag == "G69" and result.lines and seg.el(1):
            line = result.lines[-1]
            line.description = f"{line.description} {seg.el(1)}" if line.description else seg.el(1)
    _envelope_ids(reader, txn)
    buyer_from_bill_to(header)
    if lines_seen == 0:
        result.notes.append("X12 875 with no G68 line")
    return result


# ---------------------------------------------------------------- the document


def describe(set_id: str) -> str:
    name = TRANSACTION_NAMES.get(set_id)
    return f"X12 {set_id} {name}" if name else f"X12 {set_id} transaction"


def extract_x12(data: bytes, part_index: int, limits: ReadLimits = READ_LIMITS) -> Extraction:
    from extractors import x12_syntax  # it reads this module's segments: imported when used, not in a cycle

    try:
        interchanges = read_interchanges(decode(data), limits)
    except X12Error as exc:
        return Extraction(NAME, part_index, error=f"broken X12 envelope: {exc}")
    except TooLarge as exc:
        return too_large(NAME, part_index, str(exc))
    all_txns: list[Transaction] = []
    errors: list[EdiSyntaxError] = []
    rejected: list[Transaction] = []
    checks: list[x12_syntax.Checked] = []
    for ic in interchanges:
        txns = transactions(ic)
        checked = x12_syntax.check(ic, txns)
        all_txns += txns
        errors += checked.errors
        rejected += checked.rejected
        checks.append(checked)
    notes = [note for ic in interchanges for note in ic.notes]
    if rejected and not any(t.set_id in ORDER_SETS and not any(t is r for r in rejected) for t in all_txns):
        # Nothing of it may be read as an order: the 997 says why, and so does the document, to a clerk.
        return Extraction(NAME, part_index, error=f"broken X12: {edi_errors_text(errors)}", notes=notes,
                          edi_errors=errors)
    # A set the syntax rejects is no order, and one we do not know is not read; the others are read as today.
    all_txns = [t for t in all_txns if not any(t is r for r in rejected) and t.set_id in TRANSACTION_NAMES]
    orders = [t for t in all_txns if t.set_id in ORDER_SETS]
    if len(orders) > limits.max_edi_transactions:
        # Reading each order (its parties, lines, dates) is the costly part: none is read.
        return too_large(NAME, part_index, orders_over(len(orders), limits))
    others = [t for t in all_txns if t.set_id not in ORDER_SETS]
    counts: dict[str, int] = {}
    for t in others:
        counts[t.set_id] = counts.get(t.set_id, 0) + 1
    if not orders:
        if not all_txns:
            return Extraction(NAME, part_index, notes=notes + ["X12 interchange with no transaction set (ST ... SE)"])
        held = ", ".join(describe(s) + (f" ×{n}" if n > 1 else "") for s, n in counts.items())
        # An 855, 810 or 997 is what its set says it is: the message is closed as that, not filed as an
        # order nobody could read.
        return Extraction(NAME, part_index, notes=notes + [f"{held}, not an order"],
                          document_kind=describe(next(iter(counts))))
    extractions = [read_875(t, part_index) if t.set_id == "875" else read_850(t, part_index) for t in orders]
    for txn, extraction in zip(orders, extractions, strict=True):
        extraction.syntax_doubts = [text for checked in checks for text in checked.noted(txn)]
    first = extractions[0]
    first.edi_errors = errors
    if errors:
        first.notes.insert(0, f"X12 {'rejected in part' if rejected else 'errors noted'}: {edi_errors_text(errors)}")
    first.siblings = extractions[1:]
    if len(orders) > 1:
        first.notes.insert(0, f"X12 interchange with {len(orders)} orders: the first is this one, "
                              f"the others are its siblings")
    if others:
        held = ", ".join(describe(s) + (f" ×{n}" if n > 1 else "") for s, n in counts.items())
        first.notes.append(f"also holds {held} (not orders, not read)")
    first.notes[:0] = notes
    return first


def looks_like_x12(data: bytes) -> bool:
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n\x00")
    return head.startswith(b"ISA") and len(head) > 3 and not chr(head[3]).isalnum()


class X12Extractor:
    name = NAME

    def score(self, part: Part) -> float:
        if looks_like_x12(part.content):
            return 0.95
        if part.media_type.lower() in MEDIA_TYPES or filename_ext(part) in EXTENSIONS:
            return 0.9  # named as X12: we are the one to say what is wrong with it
        return 0.0

    def extract(self, part: Part, limits: ReadLimits = READ_LIMITS) -> Extraction:
        # A bug that raises here is caught by the registry (extract_part) and costs this document only.
        return extract_x12(part.content, part.index, limits)


EXTRACTOR = X12Extractor()
