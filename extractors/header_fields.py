"""Order header fields found by their labels in running text (PO number, dates, ship-to, currency)."""

from __future__ import annotations

import re

from extractors.values import day_first_evidence, find_date_text, is_ambiguous_date
from models.schemas import Address, ExtractedHeader, Field, Provenance

_PO_LABEL = re.compile(
    r"(?:\bP\.?\s?O\.?(?:[ \t]*(?:#|No\.?|Nr\.?|Number|Num\.?))?"
    r"|\bPurchase[ \t]+Order(?:[ \t]*(?:#|No\.?|Nr\.?|Number))?"
    r"|\bOrder[ \t]*(?:#|No\.?|Nr\.?|Number)"
    r"|\bOur[ \t]+(?:PO|order)(?:[ \t]*(?:#|No\.?|number))?"
    r"|\bBestell(?:nummer|-?Nr\.?)|\bN(?:[°º]|um[ée]ro)[ \t]*de[ \t]*(?:commande|bon[ \t]+de[ \t]+commande)"
    r"|\bBon[ \t]+de[ \t]+commande(?:[ \t]*(?:N[°º]|No\.?))?"
    r"|\bN[úu]mero[ \t]+de[ \t]+(?:pedido|orden(?:[ \t]+de[ \t]+compra)?)|\bOrden[ \t]+de[ \t]+compra"
    r"|\bPedido[ \t]*(?:No\.?|N[°º])?)"
    r"[ \t]*(?:is)?[ \t]*[:#]?[ \t]*(?P<value>[A-Z0-9][A-Z0-9\-/_.]*[A-Z0-9]|\d)",
    re.IGNORECASE,
)
_ORDER_DATE_LABEL = re.compile(
    r"\b(?:Order[ \t]+Date|PO[ \t]+Date|Date[ \t]+of[ \t]+Order|Date[ \t]+Ordered|Bestelldatum"
    r"|Fecha[ \t]+(?:de[ \t]+(?:la[ \t]+)?)?(?:pedido|orden)|Date[ \t]+de[ \t]+(?:la[ \t]+)?commande)[ \t]*:?[ \t]*"
    r"(?P<rest>[^\n]*)",
    re.IGNORECASE,
)
# A document's bare "Date:" is its own date; in an email body it is usually a forwarded header's.
# Not "Ship Date:" or "Due Date:" (a word right before it), but "Ship To: Date: ..." is fine.
_PLAIN_DATE_LABEL = re.compile(r"(?:^|(?<=[\s|:]))(?<![A-Za-z] )(?:Date|Datum|Fecha)[ \t]*:[ \t]*(?P<rest>[^\n]*)",
                               re.IGNORECASE | re.MULTILINE)
# Labels written in a language that puts the day first settle an ambiguous 03/04/2026.
_DAY_FIRST_LABEL = re.compile(r"\b(?:Bestell|Liefer|Datum|Fecha|Entrega|Date[ \t]+de|Livraison|Wunschtermin)",
                              re.IGNORECASE)
_REQUESTED_DATE_LABEL = re.compile(
    r"\b(?:Requested[ \t]+(?:Delivery|Ship)(?:[ \t]+Date)?|Delivery[ \t]+Date|Required[ \t]+(?:by|Date)"
    r"|Need(?:ed)?[ \t]+by|Deliver[ \t]+by|Ship[ \t]+(?:Date|by)|Due[ \t]+Date|Liefertermin|Lieferdatum"
    r"|Wunschtermin|Date[ \t]+de[ \t]+livraison(?:[ \t]+souhait[ée]e)?|Livraison[ \t]+(?:souhait[ée]e|le)"
    r"|Fecha[ \t]+de[ \t]+entrega|Entrega[ \t]+(?:el|antes[ \t]+del?)"
    # prose: "we would need everything by December 7", "please deliver by 12/01/2026"
    r"|(?:need|needed|deliver|delivered|ship|shipped|arrive|required|have)[ \t][^\n.:]{0,40}?\bby"
    r"|(?:brauchen|benötigen)[^\n.:]{0,40}?\bbis(?:[ \t]+zum)?)[ \t]*:?[ \t]*(?P<rest>[^\n]*)",
    re.IGNORECASE,
)
_CURRENCY_LABEL = re.compile(r"\b(?:Currency|Währung|Devise|Moneda)[ \t]*:?[ \t]*(?P<value>[A-Z]{3})\b")
_SHIP_TO_LABEL = re.compile(
    r"^[ \t]*(?:Ship[ \t]*To|Ship-to|Deliver[ \t]*To|Delivery[ \t]+Address|Shipping[ \t]+Address"
    r"|Lieferadresse|Lieferanschrift)[ \t]*:?[ \t]*(?P<rest>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_CITY_LINE = re.compile(
    r"^(?P<city>[A-Za-z][A-Za-z .'-]+?),?[ \t]+(?P<region>[A-Z]{2})[ \t]+(?P<postal>\d{5}(?:-\d{4})?"
    r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)\b"
)
_EU_CITY_LINE = re.compile(r"^(?:(?P<country>[A-Z]{1,2})-)?(?P<postal>\d{4,5})[ \t]+(?P<city>[A-Za-zÀ-ÿ .'-]+)$")
_COUNTRIES = {"USA": "US", "UNITED STATES": "US", "US": "US", "CANADA": "CA", "CA": "CA",
              "GERMANY": "DE", "DEUTSCHLAND": "DE", "FRANCE": "FR", "UNITED KINGDOM": "GB", "UK": "GB"}
_NEXT_LABEL = re.compile(r"^\s*(?:bill\s*to|sold\s*to|vendor|supplier|from|ship\s*via|terms|phone|tel|"
                         r"attn|order|po\b|date|item|qty|sku)", re.IGNORECASE)


def _span(match: re.Match[str], group: str, part_index: int | None, kind: str) -> Provenance:
    return Provenance(kind=kind, part_index=part_index, span=(match.start(group), match.end(group)))


def find_po_number(text: str, part_index: int | None = None, kind: str = "text") -> Field[str] | None:
    pos = 0
    while (m := _PO_LABEL.search(text, pos)) is not None:
        value = m.group("value").strip(".-/")
        # A PO number carries a digit; "PO Box" or "Order Date" are labels, not numbers. A rejected
        # match may have swallowed the real label ("PURCHASE ORDER  PO #: 123"), so search on from
        # just after where it started.
        if any(c.isdigit() for c in value) and not re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", value):
            return Field(value, 0.9, _span(m, "value", part_index, kind))
        pos = m.start() + 1
    return None


def parse_address(lines: list[str]) -> Address | None:
    """Name, street, city line and country from the lines of an address block."""
    lines = [ln.strip().strip(",") for ln in lines if ln.strip()]
    if not lines:
        return None
    addr = Address()
    # The city line decides where the block's parts are. A US/Canadian "City, ST 12345" line is
    # unambiguous; "12345 City" is tried only after it, because "1420 Regal Row" looks like it too.
    city_at = next((i for i, ln in enumerate(lines) if _CITY_LINE.match(ln)), None)
    if city_at is not None:
        m = _CITY_LINE.match(lines[city_at])
        assert m is not None
        addr.city, addr.region, addr.postal_code = m["city"].strip(), m["region"], m["postal"]
        addr.country = "CA" if re.match(r"[A-Z]\d", m["postal"]) else "US"
    else:
        city_at = next((i for i, ln in enumerate(lines) if i > 0 and _EU_CITY_LINE.match(ln)), None)
        if city_at is not None:
            eu = _EU_CITY_LINE.match(lines[city_at])
            assert eu is not None
            addr.city, addr.postal_code = eu["city"].strip(), eu["postal"]
    before = lines[:city_at] if city_at is not None else lines
    for ln in lines[(city_at or 0) + 1:] if city_at is not None else []:
        if ln.upper() in _COUNTRIES:
            addr.country = _COUNTRIES[ln.upper()]
    street_idx = next((i for i, ln in enumerate(before) if re.match(r"^\d", ln)), None)
    if street_idx is None and len(before) >= 2:
        street_idx = 1
    if street_idx is not None:
        addr.street = before[street_idx]
        addr.name = before[0] if street_idx > 0 else None
    elif before:
        addr.name = before[0]
    if addr.city is None and addr.street is None:
        return None
    return addr


# A header field printed beside the address block ("Delta DFW Hub    Order Date: Nov 30") is not part
# of the address; pdfplumber gives both on one line.
_BESIDE_LABEL = re.compile(
    r"\s*\b(?:P\.?O\.?(?:[ \t]*(?:#|No\.?|Number))?|Purchase[ \t]+Order(?:[ \t]+No\.?)?"
    r"|Order[ \t]+(?:Date|No\.?|Number)|(?:[A-Z][a-z]+[ \t]+)?Date|Requested[\w \t]*|Need[ \t]+by|Terms"
    r"|Ship[ \t]+Via|Vendor|Supplier|Buyer|Currency|Page|Contact|Phone|Tel|Fax|E-?mail|Attn)"
    r"[ \t]*[:#].*$",
    re.IGNORECASE,
)


def find_ship_to(text: str, part_index: int | None = None, kind: str = "text") -> Field[Address] | None:
    m = _SHIP_TO_LABEL.search(text)
    if not m:
        return None
    first = _BESIDE_LABEL.sub("", m.group("rest")).strip()
    block: list[str] = [first] if first else []
    for ln in text[m.end():].splitlines()[1:7]:
        if not ln.strip():
            if block:
                break
            continue
        if _NEXT_LABEL.match(ln):
            break
        ln = _BESIDE_LABEL.sub("", ln)
        if ln.strip():
            block.append(ln)
    addr = parse_address(block)
    if addr is None:
        return None
    return Field(addr, 0.8, Provenance(kind=kind, part_index=part_index, span=(m.start(), m.end())))


def find_header(text: str, part_index: int | None = None, kind: str = "text",
                day_first: bool | None = None) -> ExtractedHeader:
    """Every header field the text labels. Fields it does not label stay None, never guessed."""
    header = ExtractedHeader(po_number=find_po_number(text, part_index, kind))
    if day_first is None:
        day_first = day_first_evidence(text)
    if day_first is None and _DAY_FIRST_LABEL.search(text):
        day_first = True
    settled = day_first is not None
    order_labels = [_ORDER_DATE_LABEL] + ([_PLAIN_DATE_LABEL] if kind not in ("text", "html") else [])
    for name, labels, confidence in (("order_date", order_labels, 0.9),
                                     ("requested_date", [_REQUESTED_DATE_LABEL], 0.85)):
        m = next((found for label in labels if (found := label.search(text))), None)
        if m and (found := find_date_text(m.group("rest"), day_first)):
            value, written = found
            ambiguous = not settled and is_ambiguous_date(written)
            setattr(header, name, Field(value, confidence, _span(m, "rest", part_index, kind),
                                        written=written if ambiguous else None))
    m = _CURRENCY_LABEL.search(text)
    if m:
        header.currency = Field(m.group("value").upper(), 0.9, _span(m, "value", part_index, kind))
    header.ship_to = find_ship_to(text, part_index, kind)
    return header


# Titles stand at the start of a line; "please confirm receipt" or "Invoice to:" (a billing address
# on a PO) are not titles.
_NOT_ORDER_TITLES = [
    ("invoice", re.compile(r"^[ \t]*(?:tax[ \t]+|commercial[ \t]+|pro[ \t-]?forma[ \t]+)?"
                           r"(?:invoice|rechnung|facture|factura|credit[ \t]+note)\b(?![ \t]*(?:to|address)\b)",
                           re.IGNORECASE | re.MULTILINE)),
    ("quotation", re.compile(r"^[ \t]*(?:quotation|quote|angebot|devis|cotizaci[óo]n|"
                             r"request[ \t]+for[ \t]+quotation)\b", re.IGNORECASE | re.MULTILINE)),
]
_ORDER_TITLE = re.compile(r"\bpurchase\s+order\b|\bbestellung\b|\bbon\s+de\s+commande\b|\borden\s+de\s+compra\b|"
                          r"\bpedido\b|\border\s+form\b", re.IGNORECASE)


def document_kind(text: str) -> str | None:
    """'invoice' or 'quotation' when the document's title says so before anything calls it an order.

    Invoices quote the buyer's PO number, so a PO label proves nothing; what the document calls
    itself first does."""
    head = text[:800]
    order_at = m.start() if (m := _ORDER_TITLE.search(head)) else None
    for kind, title in _NOT_ORDER_TITLES:
        found = title.search(head)
        if found and (order_at is None or found.start() < order_at):
            return kind
    return None
