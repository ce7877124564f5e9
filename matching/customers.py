"""Customer resolution: who sent this order — from the sender (or the forwarded original sender), and
failing that from what the document itself says (buyer name, ship-to address, the form of its PO number).

Evidence from the sender is trusted. Evidence from the document alone is only ever a suggestion the
clerk confirms, since anyone can print a customer's name; and when the sender is one customer's but the
document names another (a shared EDI gateway, a buyer ordering for a second account), that is a doubt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, replace

from matching.addresses import same_address
from models.schemas import Address, CustomerMatch, PartyIds

# Confidence of a customer named only by the document: below any sane auto-approve threshold.
DOCUMENT_UNVERIFIED = 0.9
PO_PATTERN = 0.8
# A customer whose name the document gives only nearly ("HORMEL FOOD CORP" for Hormel Foods Corporation).
NEAR_NAME = 0.8
_LEGAL_FORMS = {"inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co", "company", "gmbh",
                "ag", "sa", "sas", "srl", "bv", "plc", "the"}


@dataclass(frozen=True)
class CustomerRecord:
    id: str
    name: str
    email_domains: tuple[str, ...]
    contact_email: str | None = None
    locale: str | None = None
    currency: str | None = None
    known_senders: tuple[str, ...] = ()  # addresses a clerk tied to this customer
    addresses: tuple[Address, ...] = ()
    edi_ids: tuple[str, ...] = ()  # ISA/GS sender ids, GLN, DUNS, EndpointIDs it orders under
    tax_id: str | None = None  # VAT / tax / company registration id


@dataclass(frozen=True)
class DocumentEvidence:
    """What the order document says about its buyer."""

    buyer_name: str | None = None
    ship_to: Address | None = None
    po_number: str | None = None
    buyer_ids: PartyIds | None = None  # EDI and UBL: the ids the document gives its buyer
    # The sender's own words in the message ("it's Dana from Cypress Mill Landscape Design", a signature): a
    # customer they name, when nothing else says who ordered.
    words: str | None = None


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[-1].lower()


def company_key(name: str) -> str:
    """'Delta Logistics, Inc.' and 'DELTA LOGISTICS INC' are one company."""
    words = re.findall(r"[a-z0-9]+", name.lower().replace("&", " and "))
    return " ".join(w for w in words if w not in _LEGAL_FORMS)


def po_shape(po_number: str) -> str | None:
    """Letters kept, digits as 9: 'DL-451605' -> 'DL-999999'. A number of digits alone says too little."""
    shape = re.sub(r"\d", "9", po_number.strip().upper())
    return shape if re.search(r"[A-Z]", shape) and len(shape) >= 4 else None


def _match(c: CustomerRecord, method: str, confidence: float, doubt: str | None = None) -> CustomerMatch:
    return CustomerMatch(c.id, c.name, method, confidence, c.locale, c.currency, doubt)


def customer_by_id(customers: Iterable[CustomerRecord], customer_id: str | None, method: str) -> CustomerMatch:
    """The match for a customer already decided (a clerk chose it, or the order was filed under it);
    nobody when the id is None or unknown."""
    found = next((c for c in customers if customer_id is not None and c.id == customer_id), None)
    return _match(found, method, 1.0) if found is not None else CustomerMatch(None, None, "none", 0.0)


def resolve_customer(
    from_addr: str | None,
    original_from_addr: str | None,
    customers: Iterable[CustomerRecord],
    supplier_domains: Iterable[str] = (),
    document: DocumentEvidence | None = None,
    po_shapes: Callable[[], Mapping[str, Collection[str]]] = dict,
) -> CustomerMatch:
    """Contact address beats domain beats the document. A message from our own staff speaks for the
    buyer it forwards. `po_shapes` gives the forms of each customer's earlier PO numbers ("DL-999999");
    it is called only when nothing else says who sent the order (it reads order history)."""
    customers = list(customers)
    ours = {d.lower() for d in supplier_domains}
    candidates: list[tuple[str, str | None]] = []
    if from_addr and _domain(from_addr) in ours:
        if original_from_addr:
            candidates.append(("forwarded_", original_from_addr))
    elif from_addr:
        candidates.append(("", from_addr))
        if original_from_addr:
            candidates.append(("forwarded_", original_from_addr))
    found = _from_sender(customers, candidates)
    named = _named_by_document(customers, document) if document is not None else set()
    identified = customers_by_ids(customers, document.buyer_ids) if document and document.buyer_ids else set()
    if found is not None:
        other = named - {found.customer_id}
        if len(named) == 1 and other:
            name = next(c.name for c in customers if c.id in other)
            return replace(found, doubt=f"the sender is {found.name}'s but the order names {name}: "
                                        "check who is ordering")
        if len(identified) == 1 and found.customer_id not in identified:
            return replace(found, doubt=f"the sender is {found.name}'s but the order's EDI ids name "
                                        f"{_name_of(customers, identified)}: check who is ordering")
        return found
    if len(identified) == 1:
        return _identified_by_ids(customers, identified, named)
    # Our own address forwarding no buyer is no better than no sender at all.
    sender = next((addr for _, addr in candidates if addr), from_addr)
    if document is not None:
        return (_from_document(customers, document, named, sender, po_shapes)
                or CustomerMatch(None, None, "none", 0.0))
    return CustomerMatch(None, None, "none", 0.0)


def _from_sender(customers: list[CustomerRecord], candidates: list[tuple[str, str | None]]) -> CustomerMatch | None:
    for prefix, addr in candidates:
        if not addr:
            continue
        addr = addr.lower()
        for c in customers:
            if c.contact_email and c.contact_email.lower() == addr:
                return _match(c, prefix + "contact_email", 1.0)
            if addr in c.known_senders:
                return _match(c, prefix + "learned_sender", 1.0)
        domain_hits = [c for c in customers if _domain(addr) in {d.lower() for d in c.email_domains}]
        if len(domain_hits) == 1:
            return _match(domain_hits[0], prefix + "domain", 0.97)
    return None


def _named_by_document(customers: list[CustomerRecord], doc: DocumentEvidence) -> set[str]:
    """The one customer the buyer name and ship-to agree on (either alone will do), else nobody."""
    by_name = {c.id for c in customers if doc.buyer_name and company_key(c.name) == company_key(doc.buyer_name)}
    by_address = {c.id for c in customers
                  if doc.ship_to and any(same_address(doc.ship_to, a) for a in c.addresses)}
    named = by_name & by_address if by_name and by_address else by_name or by_address
    return named if len(named) == 1 else set()


def _name_words(name: str) -> set[str]:
    """A company name's words without legal forms, each without a plural 's' ("Foods" is "food")."""
    normal = company_key(name)
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in normal.split()}


def _named_nearly(customers: list[CustomerRecord], buyer_name: str) -> CustomerRecord | None:
    """The one customer whose name and the document's buyer name share all the words of the shorter
    (legal forms and plurals aside: "Hormel Food Corp" / "Hormel Foods Corporation", "Orchard Lane" /
    "Orchard Lane Cleaners LLC"), with a word of four letters or more among them; nobody when two
    customers would do. Only ever a suggestion with a doubt: a near name is no proof."""
    wanted = _name_words(buyer_name)
    if not any(len(w) >= 4 for w in wanted):
        return None
    found = [c for c in customers
             if (words := _name_words(c.name)) and any(len(w) >= 4 for w in words & wanted)
             and (words <= wanted or wanted <= words)]
    return found[0] if len(found) == 1 else None


def _name_forms(name: str) -> set[str]:
    """A customer's name as people write it: whole, and with its last words cut to their initials
    ("Riverbend CC" for Riverbend Country Club); two words at least, legal forms aside."""
    normal = company_key(name)
    words = normal.split()
    forms = {normal} if len(words) >= 2 else set()
    for k in range(1, len(words) - 1):
        forms.add(" ".join([*words[:k], "".join(w[0] for w in words[k:])]))
    return forms


def _named_in_words(customers: list[CustomerRecord], words: str) -> CustomerRecord | None:
    """The one customer the sender's words name ("it's Dana from Cypress Mill Landscape Design", "asst super
    at Riverbend CC here", a signature's company line); nobody when none or several are named."""
    text = f" {company_key(words)} "
    found = [c for c in customers if any(f" {form} " in text for form in _name_forms(c.name))]
    return found[0] if len(found) == 1 else None


def _from_document(customers: list[CustomerRecord], doc: DocumentEvidence, named: set[str], sender: str | None,
                   po_shapes: Callable[[], Mapping[str, Collection[str]]]) -> CustomerMatch | None:
    who = f"{sender} is not a known sender" if sender else "the message names no sender"
    if named:
        c = next(c for c in customers if c.id in named)
        by_name = bool(doc.buyer_name) and company_key(c.name) == company_key(doc.buyer_name or "")
        what = f"names {c.name}" if by_name else f"ships to an address of {c.name}"
        return _match(c, "document_name" if by_name else "document_address", DOCUMENT_UNVERIFIED,
                      f"{who}; the order {what} — confirm it comes from them")
    # A near name only where nothing else speaks: a ship-to of some customer's that disagrees with the
    # name is for a person to settle, as an exact name and address that disagree are.
    ships_to_a_customer = doc.ship_to is not None and any(same_address(doc.ship_to, a)
                                                           for c in customers for a in c.addresses)
    near = _named_nearly(customers, doc.buyer_name) if doc.buyer_name and not ships_to_a_customer else None
    if near is not None:
        return _match(near, "document_name", NEAR_NAME,
                      f"{who}; the order names '{doc.buyer_name}', close to but not exactly {near.name} "
                      "— confirm the customer")
    in_words = _named_in_words(customers, doc.words) if doc.words and not doc.buyer_name and not doc.ship_to else None
    if in_words is not None:
        return _match(in_words, "document_name", DOCUMENT_UNVERIFIED,
                      f"{who}; the message names {in_words.name} — confirm it comes from them")
    shape = po_shape(doc.po_number) if doc.po_number else None
    if shape and not doc.buyer_name:
        shapes = po_shapes()
        shaped = [c for c in customers if shape in shapes.get(c.id, ())]
        if len(shaped) == 1:
            return _match(shaped[0], "po_pattern", PO_PATTERN,
                          f"{who}; PO {doc.po_number} has the form of "
                          f"{shaped[0].name}'s earlier orders — confirm the customer")
    return None


# A buyer named by an id its EDI set-up gives (an interchange sender id, a GLN, a DUNS, a PEPPOL
# EndpointID, our own account number for it, its VAT number) is identified as surely as by its domain:
# the id is exact and configured for that customer, where a printed name only suggests one.
IDENTIFIED_BY_ID = 0.97
_NOT_ID_CHAR = re.compile(r"[^A-Z0-9]")


def id_key(value: str) -> str:
    """'4012345.00001 7', '4012345000017': one id. Case, spaces and punctuation do not tell ids apart;
    leading zeros do (a DUNS is nine digits with them)."""
    return _NOT_ID_CHAR.sub("", value.upper())


def _tax_keys(value: str) -> set[str]:
    """A VAT number with and without its country prefix ('DE 129 273 398' and '129273398')."""
    key = id_key(value)
    return {key, key[2:]} if len(key) > 4 and key[:2].isalpha() and key[2:].isdigit() else {key}


def customers_by_ids(customers: Iterable[CustomerRecord], ids: PartyIds) -> set[str]:
    """The customers the document's buyer ids name exactly: an EDI id on file, our customer number (an
    account number we assigned), or the tax id on file."""
    edi = {id_key(v) for v in ids.edi} - {""}
    account = {id_key(v) for v in ids.account} - {""}
    tax = {k for v in ids.tax for k in _tax_keys(v)} - {""}
    hits = set()
    for c in customers:
        # An id on file may carry its scheme or qualifier ("0088:7391234500012", "ZZ:ALDERK01"), as the
        # trading partner set-up writes it; the document gives the value in its own element.
        on_file = {id_key(w) for v in c.edi_ids for w in (v, v.rsplit(":", 1)[-1])} - {""}
        if edi & on_file or account & (on_file | {id_key(c.id)}) or (c.tax_id and _tax_keys(c.tax_id) & tax):
            hits.add(c.id)
    return hits


def _identified_by_ids(customers: list[CustomerRecord], identified: set[str], named: set[str]) -> CustomerMatch:
    c = next(c for c in customers if c.id in identified)
    if named and not named & identified:
        # The ids say one customer and the printed name or address another: a forwarded or mixed-up file.
        return _match(c, "edi_id", IDENTIFIED_BY_ID, f"the order's EDI ids name {c.name} but it names "
                                                     f"{_name_of(customers, named)}: check who is ordering")
    return _match(c, "edi_id", IDENTIFIED_BY_ID)


def _name_of(customers: list[CustomerRecord], ids: set[str]) -> str:
    return next(c.name for c in customers if c.id in ids)
