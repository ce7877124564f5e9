"""The UBL answers: a UBL 2.1 OrderResponse (OrderResponseCode AP accepted, CA accepted with changes, RE
rejected; each line's LineItem with its LineStatusCode and the quantity and price we take, and an
OrderLineReference to the buyer's line), and, for a customer who asks for it, an OrderResponseSimple
(AcceptedIndicator, with the RejectionNote of a rejected order).

Built with the standard library's ElementTree, every element in the order the UBL 2.1 schema's sequence
gives it (UBL-OrderResponse-2.1.xsd, UBL-CommonAggregateComponents-2.1.xsd): a validating receiver rejects a
document whose elements are out of order even when each one is right."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from xml.etree import ElementTree as ET

from models.status import EdiAnswerKind, LineAnswer
from models.tables import Order
from orchestration.connectors.file import UBL_UNITS
from orchestration.connectors.payload import decimal_text, money_text
from orchestration.edi_answers.lines import AnswerLine
from orchestration.edi_answers.source import Source

NS = "urn:oasis:names:specification:ubl:schema:xsd:"
CAC = f"{NS}CommonAggregateComponents-2"
CBC = f"{NS}CommonBasicComponents-2"
# UNCL 4343 (response type), as UBL's OrderResponseCode takes it.
RESPONSE_CODE = {EdiAnswerKind.ACCEPTED: "AP", EdiAnswerKind.CHANGED: "CA", EdiAnswerKind.REJECTED: "RE"}
# UBL's LineStatusCode list.
LINE_STATUS = {LineAnswer.ACCEPTED: "NoStatus", LineAnswer.QUANTITY_CHANGED: "Revised",
               LineAnswer.PRICE_CHANGED: "Revised", LineAnswer.CHANGED: "Revised", LineAnswer.REJECTED: "Cancelled",
               LineAnswer.ADDED: "Added"}


def _cbc(parent: ET.Element, name: str, text: object, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{CBC}}}{name}", attrs)
    element.text = str(text)
    return element


def _cac(parent: ET.Element, name: str) -> ET.Element:
    return ET.SubElement(parent, f"{{{CAC}}}{name}")


def _party(parent: ET.Element, role: str, name: str) -> None:
    _cbc(_cac(_cac(_cac(parent, role), "Party"), "PartyName"), "Name", name)


def _document(root_name: str) -> ET.Element:
    ET.register_namespace("", f"{NS}{root_name}-2")
    ET.register_namespace("cac", CAC)
    ET.register_namespace("cbc", CBC)
    return ET.Element(f"{{{NS}{root_name}-2}}{root_name}")


def _bytes(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def render_order_response(source: Source, order: Order, lines: list[AnswerLine], kind: EdiAnswerKind,
                          number: str, stamp: datetime, seller: str) -> bytes:
    currency = order.currency or (order.customer.currency if order.customer else None) or "USD"
    root = _document("OrderResponse")
    _cbc(root, "UBLVersionID", "2.1")
    _cbc(root, "ID", number)
    if order.erp_order_number:
        _cbc(root, "SalesOrderID", order.erp_order_number)
    _cbc(root, "IssueDate", stamp.date().isoformat())
    _cbc(root, "IssueTime", stamp.strftime("%H:%M:%S"))
    _cbc(root, "OrderResponseCode", RESPONSE_CODE[kind])
    if kind == EdiAnswerKind.REJECTED and order.rejection_reason:
        _cbc(root, "Note", order.rejection_reason)
    _cbc(root, "DocumentCurrencyCode", currency)
    reference = _cac(root, "OrderReference")
    _cbc(reference, "ID", source.po_number or order.po_number or f"OI-{order.id}")
    _party(root, "SellerSupplierParty", source.seller_name or seller)
    _party(root, "BuyerCustomerParty", source.buyer_name or (order.customer.name if order.customer else "")
           or order.buyer_name or "buyer")
    amounts = [a.quantity * a.unit_price for a in lines if a.unit_price is not None]
    if amounts and len(amounts) == len(lines):
        total = decimal_text(sum(amounts, Decimal(0)).quantize(Decimal("0.01")))
        monetary = _cac(root, "LegalMonetaryTotal")
        _cbc(monetary, "LineExtensionAmount", total, currencyID=currency)
        _cbc(monetary, "PayableAmount", total, currencyID=currency)
    for n, answer in enumerate(lines, 1):
        asked, line = answer.asked, answer.line
        order_line = _cac(root, "OrderLine")
        item_line = _cac(order_line, "LineItem")
        _cbc(item_line, "ID", answer.line_id or n)
        _cbc(item_line, "LineStatusCode", LINE_STATUS[answer.status])
        unit = asked.unit if asked is not None and asked.unit else UBL_UNITS.get(
            (line.uom or "EA").upper() if line is not None else "EA", "C62")
        _cbc(item_line, "Quantity", decimal_text(answer.quantity) or "0", unitCode=unit)
        if answer.unit_price is not None:
            amount = (answer.quantity * answer.unit_price).quantize(Decimal("0.01"))
            _cbc(item_line, "LineExtensionAmount", money_text(amount), currencyID=currency)
            _cbc(_cac(item_line, "Price"), "PriceAmount", money_text(answer.unit_price), currencyID=currency)
        item = _cac(item_line, "Item")
        _cbc(item, "Name", (line.description if line is not None else None) or
             (line.sku if line is not None else None) or (asked.seller_code if asked else None) or f"line {n}")
        buyer = asked.buyer_code if asked is not None else (line.customer_part if line is not None else None)
        if buyer:
            _cbc(_cac(item, "BuyersItemIdentification"), "ID", buyer)
        seller_code = (line.sku if line is not None else None) or (asked.seller_code if asked else None)
        if seller_code:
            _cbc(_cac(item, "SellersItemIdentification"), "ID", seller_code)
        if asked is not None:
            _cbc(_cac(order_line, "OrderLineReference"), "LineID", asked.line_id)
    return _bytes(root)


def render_order_response_simple(source: Source, order: Order, kind: EdiAnswerKind, number: str, stamp: datetime,
                                 seller: str) -> bytes:
    root = _document("OrderResponseSimple")
    _cbc(root, "UBLVersionID", "2.1")
    _cbc(root, "ID", number)
    _cbc(root, "IssueDate", stamp.date().isoformat())
    _cbc(root, "IssueTime", stamp.strftime("%H:%M:%S"))
    if kind == EdiAnswerKind.CHANGED:
        _cbc(root, "Note", "accepted with changes: see the order's status page or the OrderResponse")
    _cbc(root, "AcceptedIndicator", "false" if kind == EdiAnswerKind.REJECTED else "true")
    if kind == EdiAnswerKind.REJECTED:
        _cbc(root, "RejectionNote", order.rejection_reason or "not accepted")
    _cbc(_cac(root, "OrderReference"), "ID", source.po_number or order.po_number or f"OI-{order.id}")
    _party(root, "SellerSupplierParty", source.seller_name or seller)
    _party(root, "BuyerCustomerParty", source.buyer_name or (order.customer.name if order.customer else "")
           or order.buyer_name or "buyer")
    return _bytes(root)
