"""UN/EDIFACT purchase orders (ORDERS, directory D96A and later): separators read from the UNA advice.

An EDIFACT file is one or more interchanges (UNB ... UNZ; some senders leave the envelope out and
start at UNH), optionally preceded by a UNA service string advice that declares the six service
characters: component ':', element '+', decimal mark '.', release '?', reserved ' ' and segment
terminator "'". Without UNA the defaults apply. The release character makes the next character
plain data ("?'" is an apostrophe, "??" a question mark). Senders put a line break after each
terminator, and some wrap long segments, so line breaks outside data are ignored.

Every UNH ... UNT message whose type is ORDERS or ORDCHG becomes one Extraction: the first is
returned, the others ride along in `Extraction.siblings`. Each says its purpose: BGM's message function
(1225: 9 original, 1 cancellation, 4 change, 5 replace, 6 confirmation, 7 duplicate...); an ORDCHG is a
change to an order sent before, read like an ORDERS so that a clerk sees what it changes. Messages that
are not orders (INVOIC, DESADV, ORDRSP...) are named in a note; a file holding none is a note, not an
error. A broken interchange is an error value, never an exception.

Element numbers below count as the EDIFACT directories do: NAD04 is the fourth data element after
the tag, so `seg.el(4)`; the components of a composite count from 1, so `seg.c(4, 1)`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
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
from vocabulary.units import rec20_unit

NAME = "edifact"
CONFIDENCE = 0.99  # a structured channel: the value is where the standard says it is

MEDIA_TYPES = {"application/edifact", "application/edi-edifact", "application/x-edifact"}

MESSAGE_NAMES = {
    "APERAK": "application error and acknowledgement",
    "CONTRL": "syntax and service report",
    "DELFOR": "delivery schedule",
    "DELJIT": "delivery just in time",
    "DESADV": "despatch advice",
    "IFTMIN": "instruction message",
    "INVOIC": "invoice",
    "INVRPT": "inventory report",
    "ORDCHG": "purchase order change request",
    "ORDERS": "purchase order",
    "ORDRSP": "purchase order response",
    "PRICAT": "price/sales catalogue",
    "QUOTES": "quote",
    "RECADV": "receiving advice",
    "REMADV": "remittance advice",
    "REQOTE": "request for quote",
    "SLSRPT": "sales data report",
}
ORDER_TYPES = {"ORDERS", "ORDCHG"}
# An ORDCHG line's action request (LIN 1229).
LIN_CHANGES = {"1": LineChange.ADD, "2": LineChange.DELETE, "3": LineChange.CHANGE}
# Message function codes (1225, BGM03) and what they say the message does to an order.
MESSAGE_FUNCTIONS = {
    "9": Purpose.ORIGINAL, "1": Purpose.CANCEL, "3": Purpose.CANCEL, "2": Purpose.CHANGE, "4": Purpose.CHANGE,
    "5": Purpose.REPLACE, "6": Purpose.CONFIRM, "7": Purpose.DUPLICATE, "31": Purpose.DUPLICATE,
    "43": Purpose.DUPLICATE,
}

# Item number types (data element 7143) in LIN03 and PIA C212.
SELLER_CODES = ("SA", "MF")  # supplier's article number, manufacturer's article number
BUYER_CODES = ("IN", "BP")  # buyer's item number, buyer's part number
STANDARD_CODES = ("EN", "UP", "SRV", "IB", "GD")  # EAN/GTIN, UPC, EAN.UCC (GS1), ISBN, GS1 code
# Date/time/period qualifiers (2005): delivery requested, promised for, earliest, latest.
REQUESTED_DATE_QUALIFIERS = ("2", "69", "64")
TAG = re.compile(r"[A-Z][A-Z0-9]{2}")
BLANKS = " \t\r\n\x00\x1a\ufeff"


class EdifactError(ValueError):
    """The interchange cannot be read; the message is the reason a clerk sees."""


@dataclass
class Separators:
    component: str = ":"
    element: str = "+"
    decimal: str = "."
    release: str | None = "?"
    segment: str = "'"


@dataclass
class Segment:
    index: int  # 0-based position among all segments of the document (UNA not counted)
    span: tuple[int, int]  # character offsets in the decoded document
    text: str
    elements: list[list[str]]  # elements[0] is [tag]; each element is its list of components

    @property
    def tag(self) -> str:
        return self.elements[0][0]

    def c(self, n: int, k: int = 1) -> str:
        """Component k (1-based) of element n (1-based: BGM02 is c(2)), stripped; "" when absent."""
        if n >= len(self.elements):
            return ""
        comps = self.elements[n]
        return comps[k - 1].strip() if 0 < k <= len(comps) else ""

    def el(self, n: int) -> list[str]:
        return [c.strip() for c in self.elements[n]] if n < len(self.elements) else []


@dataclass
class Message:
    ref: str
    type: str
    version: str
    segments: list[Segment] = field(default_factory=list)
    trailer: Segment | None = None
    interchange: Segment | None = None  # the UNB naming who sent it (none when the envelope is left out)


# ---------------------------------------------------------------- syntax


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # UNOA..UNOC are ISO 8859-1 subsets


def read_una(text: str, pos: int) -> Separators:
    advice = text[pos + 3:pos + 9]
    if len(advice) < 6:
        raise EdifactError("the UNA service string advice is truncated")
    component, element, decimal, release, _reserved, segment = advice
    chosen = [component, element, segment] + ([release] if release != " " else [])
    if any(ch.isalnum() for ch in chosen) or len(set(chosen)) != len(chosen):
        raise EdifactError(f"the UNA service string advice {text[pos:pos + 9]!r} declares unusable separators")
    return Separators(component, element, decimal if decimal in ".," else ".",
                      None if release == " " else release, segment)


def _skip_blank(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in BLANKS:
        pos += 1
    return pos


def read_segments(text: str, limits: ReadLimits = READ_LIMITS) -> tuple[list[Segment], Separators, list[str]]:
    """Every segment of the document, cut with the separators the (last) UNA declared. Raises TooLarge as
    soon as the document holds more than `limits.max_edi_segments` segments."""
    seps = Separators()
    notes: list[str] = []
    segments: list[Segment] = []
    pos = _skip_blank(text, 0)
    if text.startswith("UNA", pos):
        seps = read_una(text, pos)
        pos = _skip_blank(text, pos + 9)
    if seps.segment not in text[pos:] and "\n" in text[pos:] and seps.segment not in "\r\n":
        # No terminator anywhere: a sender that ends segments with line breaks only.
        seps.segment = "\n"
        notes.append("segments are ended by line breaks, not by the segment terminator")
    while pos < len(text):
        if text.startswith("UNA", pos) and segments:
            seps = read_una(text, pos)
            pos = _skip_blank(text, pos + 9)
            continue
        start = pos
        elements: list[list[str]] = [[""]]
        buf: list[str] = []
        terminated = False
        while pos < len(text):
            ch = text[pos]
            pos += 1
            if seps.release is not None and ch == seps.release:
                if pos >= len(text):
                    raise EdifactError("the document ends on a release character")
                buf.append(text[pos])
                pos += 1
            elif ch == seps.segment:
                terminated = True
                break
            elif ch == seps.element:
                elements[-1][-1] = "".join(buf)
                elements.append([""])
                buf = []
            elif ch == seps.component:
                elements[-1][-1] = "".join(buf)
                elements[-1].append("")
                buf = []
            elif ch in "\r\n":
                continue  # a line wrapped inside a segment
            else:
                buf.append(ch)
        elements[-1][-1] = "".join(buf)
        end = pos - 1 if terminated else pos
        body = text[start:end]
        tag = elements[0][0].strip()
        if not TAG.fullmatch(tag):
            raise EdifactError(
                f"segment {len(segments) + 1} ({body[:20]!r}) is not an EDIFACT segment: the content does not "
                f"use the separators {seps.element!r}, {seps.segment!r}"
                + (" the UNA declares" if text.lstrip(BLANKS).startswith("UNA") else " (no UNA: the defaults)")
            )
        elements[0] = [tag]
        segments.append(Segment(len(segments), (start, end), body, elements))
        if len(segments) > limits.max_edi_segments:
            raise TooLarge(segments_over(len(segments), limits))
        if not terminated:
            if tag != "UNZ":
                raise EdifactError(f"the last segment ({body[:20]!r}) has no terminator: the file is truncated")
            notes.append("the UNZ trailer has no segment terminator")
        pos = _skip_blank(text, pos)
    if not segments:
        raise EdifactError("the document is empty")
    return segments, seps, notes


def messages(segments: list[Segment], notes: list[str]) -> list[Message]:
    """The UNH ... UNT messages of the document, whatever interchanges and groups hold them."""
    found: list[Message] = []
    current: Message | None = None
    open_unb: Segment | None = None
    for seg in segments:
        if seg.tag == "UNB":
            if open_unb is not None:
                raise EdifactError(f"interchange {open_unb.c(5)!r} has no UNZ trailer before the next UNB")
            open_unb = seg
        elif seg.tag == "UNZ":
            if current is not None:
                raise EdifactError(f"message {current.ref!r} has no UNT trailer: the interchange is truncated")
            open_unb = None
        elif seg.tag == "UNH":
            if current is not None:
                raise EdifactError(f"message {current.ref!r} has no UNT trailer before the next UNH")
            current = Message(seg.c(1), seg.c(2, 1).upper(), seg.c(2, 3).upper(), [seg], interchange=open_unb)
            found.append(current)
        elif seg.tag == "UNT":
            if current is None:
                notes.append(f"a UNT trailer (segment {seg.index + 1}) without a UNH header was ignored")
                continue
            current.trailer = seg
            count = len(current.segments) + 1
            if seg.c(1).isdecimal() and int(seg.c(1)) != count:
                notes.append(f"message {current.ref}: UNT01 says {seg.c(1)} segments, found {count}")
            current = None
        elif current is not None:
            current.segments.append(seg)
    if current is not None:
        raise EdifactError(f"message {current.ref!r} has no UNT trailer: the file is truncated")
    if open_unb is not None:
        raise EdifactError("the interchange has no UNZ trailer: the file is truncated")
    if not found:
        raise EdifactError("no UNH message header")
    return found


# ---------------------------------------------------------------- values


def edifact_decimal(text: str, max_length: int = 30) -> Decimal | None:
    """EDIFACT numbers use '.' or ',' as decimal mark (either is allowed) and never group digits."""
    return plain_decimal(text.replace(",", "."), max_length)


def edifact_date(value: str, fmt: str) -> date | None:
    """A date in one of the formats of data element 2379: 102 CCYYMMDD, 203 CCYYMMDDHHMM, 101 YYMMDD..."""
    value = value.strip()
    patterns = {"102": ("%Y%m%d", 8), "203": ("%Y%m%d%H%M", 12), "204": ("%Y%m%d%H%M%S", 14),
                "101": ("%y%m%d", 6), "201": ("%y%m%d%H%M", 10)}
    fmt = fmt or {8: "102", 12: "203", 6: "101"}.get(len(value), "")
    if fmt not in patterns or not value.isdigit() or len(value) != patterns[fmt][1]:
        return None
    try:
        return datetime.strptime(value, patterns[fmt][0]).date()
    except ValueError:
        return None


def edifact_unit(code: str) -> str | None:
    """QTY's unit (6411): a UN/ECE Recommendation 20/21 code, else the sender's own code as written."""
    code = code.strip().upper()
    if not code or code.isdigit():
        return None  # not a unit: some senders put a package count here
    return rec20_unit(code) or code


def describe(msg_type: str) -> str:
    name = MESSAGE_NAMES.get(msg_type)
    return f"EDIFACT {msg_type} {name}" if name else f"EDIFACT {msg_type or '(no type)'} message"


# ---------------------------------------------------------------- one ORDERS message


@dataclass
class LineGroup:
    lin: Segment
    number: int
    segments: list[Segment] = field(default_factory=list)


class OrderReader:
    """Reads one ORDERS message into an Extraction."""

    def __init__(self, msg: Message, part_index: int) -> None:
        self.msg = msg
        self.part_index = part_index
        self.result = Extraction(NAME, part_index)
        self.header = self.result.header

    def prov(self, seg: Segment, cell: str, span: tuple[int, int] | None = None) -> Provenance:
        return Provenance(kind="edifact", part_index=self.part_index, row=seg.index, span=span or seg.span,
                          cell=cell)

    def field(self, value: Any, seg: Segment, cell: str) -> Field[Any]:
        return Field(value, CONFIDENCE, self.prov(seg, cell))

    def read(self) -> Extraction:
        header, result = self.header, self.result
        dates: dict[str, tuple[date, Segment]] = {}
        groups: list[LineGroup] = []
        summary = False
        cnt: Segment | None = None
        party = ""  # the NAD group the segments now belong to
        unb = self.msg.interchange
        if unb is not None and unb.c(2, 1) and not placeholder_id(unb.c(2, 1)):
            self.add_buyer_ids(unb, "UNB02", edi=(unb.c(2, 1),))
        for seg in self.msg.segments[1:]:
            tag = seg.tag
            if tag == "UNS":
                summary = True
            elif tag == "CNT" and seg.c(1, 1) == "2":
                cnt = seg
            elif summary:
                continue
            elif tag == "LIN":
                groups.append(LineGroup(seg, len(groups) + 1, [seg]))
            elif groups:
                groups[-1].segments.append(seg)
            elif tag == "BGM":
                self.read_bgm(seg)
            elif tag == "DTM":
                qualifier, value, fmt = seg.c(1, 1), seg.c(1, 2), seg.c(1, 3)
                if fmt in ("718", "719", "720") or "-" in value:
                    continue  # a period, not one date
                parsed = edifact_date(value, fmt)
                if parsed is None:
                    if value and qualifier in ("137", *REQUESTED_DATE_QUALIFIERS):
                        result.notes.append(f"DTM+{qualifier} {value!r} (format {fmt or '?'}) is not a date")
                    continue
                dates.setdefault(qualifier, (parsed, seg))
            elif tag == "CUX" and header.currency is None:
                code = seg.c(1, 2)
                if code and seg.c(1, 1) in ("2", ""):
                    header.currency = self.field(code.upper(), seg, "CUX+2")
            elif tag == "NAD":
                self.read_nad(seg)
                party = seg.c(1).upper()
            elif tag == "RFF" and party == "BY" and seg.c(1, 1).upper() in ("VA", "FC", "GN") and seg.c(1, 2):
                # The buyer's VAT, fiscal or government registration number, in its NAD group.
                self.add_buyer_ids(seg, f"RFF+{seg.c(1, 1).upper()}", tax=(seg.c(1, 2),))
            elif tag == "PAT" and header.payment_terms is None:
                if terms := pat_terms(seg):
                    header.payment_terms = self.field(terms, seg, "PAT")
            elif tag == "FTX":
                self.read_ftx(seg)
        buyer_from_bill_to(header)
        if "137" in dates:
            value, seg = dates["137"]
            header.order_date = self.field(value, seg, "DTM+137")
        self.set_requested_date(dates)
        for group in groups:
            line = self.read_line(group)
            if line is None:
                result.unread.append(self.msg_text(group.segments))
                result.notes.append(f"LIN {group.lin.c(1) or group.number} has no ordered quantity (QTY+21)")
            else:
                (result.removed if line.change == LineChange.DELETE else result.lines).append(line)
        if cnt is not None and edifact_decimal(cnt.c(1, 2)) not in (None, Decimal(len(groups))):
            result.notes.append(f"CNT+2 says {cnt.c(1, 2)} lines, the message has {len(groups)} LIN segments")
        if header.po_number is None:
            result.notes.append("no BGM segment with a document number")
        if not groups:
            result.notes.append(f"EDIFACT {self.msg.type} with no LIN line")
        return result

    def msg_text(self, segments: list[Segment]) -> str:
        return "\n".join(s.text for s in segments)

    def read_bgm(self, seg: Segment) -> None:
        if seg.c(2, 1):
            self.header.po_number = self.field(seg.c(2, 1), seg, "BGM02")
        name = seg.c(1, 1)
        if name and name not in ("220", "221", "224", "225", "226", "227", "230", "402", "105"):
            self.result.notes.append(f"BGM01 document name code {name!r} (220 = order)")
        function = seg.c(3, 1)
        kind = MESSAGE_FUNCTIONS.get(function, Purpose.OTHER) if function else None
        if self.msg.type == "ORDCHG":
            # The message itself is the change, whatever BGM says, unless it cancels or replaces.
            kind = kind if kind in (Purpose.CANCEL, Purpose.REPLACE) else Purpose.CHANGE
            self.result.purpose = DocumentPurpose(
                kind, f"EDIFACT ORDCHG purchase order change, BGM 1225 = {function or '(none)'}")
        elif kind is not None:
            self.result.purpose = DocumentPurpose(kind, f"EDIFACT BGM 1225 = {function}")

    def set_requested_date(self, dates: dict[str, tuple[date, Segment]]) -> None:
        for qualifier in REQUESTED_DATE_QUALIFIERS:
            if qualifier not in dates:
                continue
            value, seg = dates[qualifier]
            if qualifier == "64" and "63" in dates and dates["63"][0] != value:
                self.result.notes.append(
                    f"delivery window {value.isoformat()} to {dates['63'][0].isoformat()} (DTM+64 / DTM+63): "
                    f"a period, not one requested date")
                return
            self.header.requested_date = self.field(value, seg, f"DTM+{qualifier}")
            return

    def add_buyer_ids(self, seg: Segment, cell: str, edi: tuple[str, ...] = (), account: tuple[str, ...] = (),
                      tax: tuple[str, ...] = ()) -> None:
        """Ids naming the buyer, added to the header; the first place one was read is where they point."""
        found = self.header.buyer_ids
        known = found.value if found is not None else PartyIds()
        ids = PartyIds(*(tuple(dict.fromkeys(a + b)) for a, b in ((known.edi, edi), (known.account, account),
                                                                 (known.tax, tax))))
        self.header.buyer_ids = self.field(ids, seg, cell) if found is None else Field(
            ids, found.confidence, found.provenance)

    def read_nad(self, seg: Segment) -> None:
        qualifier = seg.c(1).upper()
        if qualifier == "BY":
            # NAD02 (C082): the party id and the agency that issued it (3055): 9 GS1 (a GLN) and 16 DUNS
            # name the buyer for everyone; 91 is its number in the seller's books; one the buyer
            # assigned itself (92) may be another buyer's too.
            party, agency = seg.c(2, 1), seg.c(2, 3)
            if party and not placeholder_id(party):
                if agency in ("9", "16"):
                    self.add_buyer_ids(seg, f"NAD+BY ({agency})", edi=(party,))
                elif agency == "91":
                    self.add_buyer_ids(seg, "NAD+BY (91)", account=(party,))
        if qualifier == "BY" and self.header.buyer is None:
            name = _party_name(seg)
            if name:
                self.header.buyer = self.field(name, seg, "NAD+BY")
            elif seg.c(2, 1) and not any("buyer given only" in n for n in self.result.notes):
                self.result.notes.append(f"buyer given only as a party code (NAD+BY {seg.c(2, 1)!r})")
        elif qualifier in ("DP", "ST") and self.header.ship_to is None:
            addr = _nad_address(seg)
            if any(vars(addr).values()):
                self.header.ship_to = self.field(addr, seg, f"NAD+{qualifier}")
            elif seg.c(2, 1):
                self.result.notes.append(f"ship-to given only as a party code (NAD+{qualifier} {seg.c(2, 1)!r})")
        elif qualifier == "IV" and self.header.bill_to is None:
            addr = _nad_address(seg)
            if any(vars(addr).values()):
                self.header.bill_to = self.field(addr, seg, "NAD+IV")

    def read_ftx(self, seg: Segment) -> None:
        """Header free text: FTX+AAB is the terms of payment, any other subject a note."""
        text = " ".join(p for p in seg.el(4)[:5] if p)
        if not text:
            return
        qualifier = seg.c(1).upper()
        if qualifier == "AAB":
            # Words beat PAT's codes: the sender wrote them for people.
            self.header.payment_terms = self.field(text, seg, "FTX+AAB")
        elif self.header.notes is None:
            self.header.notes = self.field(text, seg, f"FTX+{qualifier}")
        else:
            self.header.notes.value = f"{self.header.notes.value} {text}"

    def read_line(self, group: LineGroup) -> ExtractedLine | None:
        codes: dict[str, str] = {}

        def add(number: str, kind: str) -> None:
            if number and kind:
                codes.setdefault(kind.upper(), number)

        add(group.lin.c(3, 1), group.lin.c(3, 2))
        quantity: Decimal | None = None
        unit = ""
        qty_seg: Segment | None = None
        fallback_qty: tuple[Decimal, str, Segment] | None = None
        prices: dict[str, tuple[Decimal, Segment]] = {}
        total: Decimal | None = None
        description: str | None = None
        found_in: dict[str, Segment] = {}  # the segment each value came from
        for seg in group.segments[1:]:
            if seg.tag == "PIA":
                for n in range(2, len(seg.elements)):
                    add(seg.c(n, 1), seg.c(n, 2))
            elif seg.tag == "IMD" and description is None:
                text = " ".join(p for p in (seg.c(3, 4), seg.c(3, 5)) if p)
                description = text or None
                if description:
                    found_in["description"] = seg
            elif seg.tag == "QTY":
                value = edifact_decimal(seg.c(1, 2))
                if value is None:
                    continue
                if seg.c(1, 1) == "21" and qty_seg is None:
                    quantity, unit, qty_seg = value, seg.c(1, 3), seg
                elif seg.c(1, 1) == "1" and fallback_qty is None:
                    fallback_qty = (value, seg.c(1, 3), seg)
            elif seg.tag == "PRI":
                price = edifact_decimal(seg.c(1, 2))
                if price is None:
                    continue
                basis = edifact_decimal(seg.c(1, 5))
                if basis is not None and basis not in (0, 1):
                    price = price / basis
                prices.setdefault(seg.c(1, 1).upper(), (price, seg))
            elif seg.tag == "MOA" and seg.c(1, 1) == "203" and total is None:
                total = edifact_decimal(seg.c(1, 2))
                if total is not None:
                    found_in["line_total"] = seg
        if qty_seg is None and fallback_qty is not None:
            quantity, unit, qty_seg = fallback_qty
            self.result.notes.append(f"LIN {group.number}: quantity read from QTY+1 (no QTY+21)")
        # An ORDCHG line's action (LIN 1229): 1 added, 2 deleted, 3 changed; a deleted line needs no quantity.
        change = LIN_CHANGES.get(group.lin.c(2, 1)) if self.msg.type == "ORDCHG" else None
        if qty_seg is None and change == LineChange.DELETE:
            quantity, unit, qty_seg = Decimal(0), "", group.lin
        if qty_seg is None:
            return None
        seller = next((codes[q] for q in SELLER_CODES if q in codes), None)
        buyer = next((codes[q] for q in BUYER_CODES if q in codes), None)
        standard = next((codes[q] for q in STANDARD_CODES if q in codes), None)
        price_at = next((prices[q] for q in ("AAA", "AAB") if q in prices), None)
        price = price_at[0] if price_at else None
        found_in["quantity"] = qty_seg
        if price_at:
            found_in["unit_price"] = price_at[1]
        last = group.segments[-1]
        return ExtractedLine(
            raw_text=self.msg_text(group.segments),
            quantity=quantity,
            item_code=seller or standard or buyer,
            customer_part=buyer,
            description=description,
            uom=edifact_unit(unit),
            unit_price=price,
            line_total=total,
            confidence=CONFIDENCE,
            change=change,
            provenance=self.prov(qty_seg, f"QTY[{group.number}]", (group.lin.span[0], last.span[1])),
            values={name: self.prov(seg, f"{seg.tag}[{group.number}]") for name, seg in found_in.items()},
        )


def _nad_address(seg: Segment) -> Address:
    """NAD's party name, street (NAD05), city (NAD06), region (NAD07), postal code (NAD08), country (NAD09)."""
    return Address(
        name=_party_name(seg),
        street=seg.c(5, 1) or None,
        city=seg.c(6, 1) or None,
        region=seg.c(7, 1) or None,
        postal_code=seg.c(8, 1) or None,
        country=seg.c(9, 1).upper() or None,
    )


# PAT C112: the reference date (2475), its relation (2009: 3 = after) and the period (2151, 2152).
PAT_REFERENCES = {"1": "order date", "5": "invoice date", "29": "delivery date", "66": "specified date"}
PAT_PERIODS = {"D": "days", "WK": "weeks", "M": "months", "CD": "calendar days", "WD": "working days"}


def pat_terms(seg: Segment) -> str | None:
    """PAT payment terms in words: PAT02's description (C110 4278), else "30 days after invoice date"
    from the terms/time information (C112)."""
    described = " ".join(p for p in seg.el(2)[3:5] if p)
    if described:
        return described
    count, unit = seg.c(3, 4), PAT_PERIODS.get(seg.c(3, 3).upper(), seg.c(3, 3).lower())
    if not count:
        return None
    reference = PAT_REFERENCES.get(seg.c(3, 1))
    after = {"1": "before", "2": "on", "3": "after"}.get(seg.c(3, 2), "after")
    return f"{count} {unit or 'days'}" + (f" {after} {reference}" if reference else "")


def _party_name(seg: Segment) -> str | None:
    """NAD04 (C080 party name, its parts joined), else the first line of NAD03 (name and address)."""
    parts = [p for p in seg.el(4)[:5] if p]
    if not parts:
        parts = [p for p in seg.el(3)[:1] if p]
    return " ".join(parts) or None


def _old_directory(version: str) -> bool:
    m = re.fullmatch(r"(\d\d)[A-Z]", version)
    return bool(m) and 90 <= int(m.group(1)) < 96


# ---------------------------------------------------------------- the document


def extract_edifact(data: bytes, part_index: int, limits: ReadLimits = READ_LIMITS) -> Extraction:
    try:
        segments, _seps, notes = read_segments(decode(data), limits)
        msgs = messages(segments, notes)
    except EdifactError as exc:
        return Extraction(NAME, part_index, error=f"broken EDIFACT: {exc}")
    except TooLarge as exc:
        return too_large(NAME, part_index, str(exc))
    from extractors import edifact_syntax  # it reads this module's segments: imported when used, not in a cycle

    checked = edifact_syntax.check(segments, msgs)
    errors = checked.errors
    if checked.rejected and not any(m.type in ORDER_TYPES and not checked.rejects(m) for m in msgs):
        # Nothing of it may be read as an order: the CONTRL says why, and so does the document, to a clerk.
        return Extraction(NAME, part_index, error=f"broken EDIFACT: {edi_errors_text(errors)}", notes=notes,
                          edi_errors=errors)
    # A message the syntax rejects is no order, and one we do not know is not read; the others are read as today.
    msgs = [m for m in msgs if not checked.rejects(m) and m.type in MESSAGE_NAMES]
    orders = [m for m in msgs if m.type in ORDER_TYPES]
    if len(orders) > limits.max_edi_transactions:
        # Reading each order (its parties, lines, dates) is the costly part: none is read.
        return too_large(NAME, part_index, orders_over(len(orders), limits))
    others: dict[str, int] = {}
    for m in msgs:
        if m.type not in ORDER_TYPES:
            others[m.type] = others.get(m.type, 0) + 1
    held = ", ".join(describe(t) + (f" ×{n}" if n > 1 else "") for t, n in others.items())
    if not orders:
        # A file of order responses, invoices or dispatch advice is what it says it is: the message is
        # closed as that, not filed as an order nobody could read.
        kind = describe(next(iter(others))) if others else None
        return Extraction(NAME, part_index, notes=notes + [f"{held}, not an order"], document_kind=kind)
    extractions = []
    for m in orders:
        ex = OrderReader(m, part_index).read()
        if _old_directory(m.version):
            ex.notes.insert(0, f"directory D{m.version} is older than D96A: read as D96A")
        extractions.append(ex)
    for message, extraction in zip(orders, extractions, strict=True):
        extraction.syntax_doubts = checked.noted(message)
    first = extractions[0]
    first.siblings = extractions[1:]
    first.edi_errors = errors
    if errors:
        first.notes.insert(0, f"EDIFACT {'rejected in part' if checked.rejected else 'errors noted'}: "
                              f"{edi_errors_text(errors)}")
    if len(orders) > 1:
        first.notes.insert(0, f"EDIFACT interchange with {len(orders)} ORDERS messages: the first is this one, "
                              f"the others are its siblings")
    if others:
        first.notes.append(f"also holds {held} (not orders, not read)")
    first.notes[:0] = notes
    return first


def looks_like_edifact(data: bytes) -> bool:
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n\x00")
    return head.startswith((b"UNA", b"UNB+", b"UNH+"))


class EdifactExtractor:
    name = NAME

    def score(self, part: Part) -> float:
        if part.content[:64].lstrip(b"\xef\xbb\xbf \t\r\n\x00").startswith(b"ISA"):
            return 0.0  # X12, not ours
        if looks_like_edifact(part.content):
            return 0.97  # above X12's 0.9 for a file merely named .edi
        if part.media_type.lower() in MEDIA_TYPES or filename_ext(part) == "edifact":
            return 0.9  # named as EDIFACT: we are the one to say what is wrong with it
        return 0.0

    def extract(self, part: Part, limits: ReadLimits = READ_LIMITS) -> Extraction:
        # A bug that raises here is caught by the registry (extract_part) and costs this document only.
        return extract_edifact(part.content, part.index, limits)


EXTRACTOR = EdifactExtractor()
