"""The decision: auto-approve or needs_review, from named reasons. Precision first."""

from __future__ import annotations

from collections.abc import Mapping

from models.schemas import Decision, DocumentPurpose, MatchedOrder, Purpose, Reason, SenderAuthentication
from models.status import CustomerSenderAuth, SenderAuth

# The least confidence each header field may be read with and still go through untouched. The
# extractors give a value read under its own label (PO #, Order Date, Requested, Currency, Ship To)
# 0.85-0.9 and a structured field (EDI, UBL) 0.95-0.99; on the demo, the 300-document synthetic and
# the shared real corpus every such reading was right, so the floors sit just under them. Currency
# read only beside the amounts (0.75) and a ship-to taken from an unlabelled customer block (0.6)
# were right too (6/6 and 5/5 real documents), and both are checked again against the customer (its
# billing currency, its known addresses), so their floors are lower. A value under its floor is a
# guess: some fallback that should not reach the ERP without a clerk.
HEADER_FIELD_FLOORS: Mapping[str, float] = {
    "po_number": 0.8,
    "order_date": 0.8,
    "requested_date": 0.8,
    "currency": 0.7,
    "ship_to": 0.6,
}
_FIELD_NAMES = {"po_number": "PO number", "order_date": "order date", "requested_date": "requested date",
                "currency": "currency", "ship_to": "ship-to address"}


def _shown(value: object) -> str:
    street = getattr(value, "street", None)
    if street is not None or hasattr(value, "postal_code"):
        return ", ".join(str(p) for p in (street, getattr(value, "postal_code", None)) if p)
    return str(value)


def header_doubts(order: MatchedOrder, floors: Mapping[str, float] = HEADER_FIELD_FLOORS) -> list[Reason]:
    """One reason per header field read with less confidence than its floor, naming the field."""
    reasons = []
    for name, floor in floors.items():
        found = getattr(order.header, name, None)
        if found is None or found.confidence >= floor:
            continue
        # Its own code, not `low_confidence`: approving such an order says nothing about how this
        # customer's lines are read, which is what a confirmed `low_confidence` order teaches.
        reasons.append(Reason(
            "low_confidence_field",
            f"not sure the {_FIELD_NAMES.get(name, name)} was read right: '{_shown(found.value)}' "
            f"(confidence {found.confidence:.2f}, needs {floor:.2f})",
            field=name,
        ))
    return reasons


# What a clerk does with an order that is not a new one, per purpose.
_NOT_NEW: Mapping[Purpose, str] = {
    Purpose.CHANGE: "this is marked as a change to an order ({written}): check it against the original order "
                    "before approving",
    Purpose.REPLACE: "this is marked as replacing an earlier order ({written}): check it against the order it "
                     "replaces before approving",
    Purpose.CANCEL: "this is marked as a cancellation of an order ({written}): cancel the original order instead "
                    "of approving this one as a new order",
    Purpose.CONFIRM: "this is marked as confirming an order already placed ({written}): check that order was not "
                     "entered already before approving",
    Purpose.DUPLICATE: "this is marked as a copy of an order already sent ({written}): check that order was not "
                       "entered already before approving",
    Purpose.OTHER: "this is not marked as a new order ({written}): check what it asks for before approving",
}


def purpose_doubt(purpose: DocumentPurpose | None) -> Reason | None:
    """The reason an order that its document marks as something else than a new order (a change, a
    cancellation, a confirmation...) waits for a clerk; None for an original or an unmarked document."""
    if purpose is None or purpose.new_order:
        return None
    return Reason("not_a_new_order", _NOT_NEW[purpose.kind].format(written=purpose.written))


def sender_required(required_by_setting: bool, customer_rule: str | None) -> bool:
    """Whether this order's sender must be authenticated: the customer's own rule (CustomerSenderAuth) when
    it has one, else the `sender_auth.require` setting."""
    if customer_rule == CustomerSenderAuth.REQUIRED:
        return True
    if customer_rule == CustomerSenderAuth.NOT_REQUIRED:
        return False
    return required_by_setting


_CHECK_AFTER = "; confirm the order with the buyer through a contact you know before approving it"


def _failed(method: str | None, domain: str | None) -> str:
    if method == "dkim":
        return f"its signature by {domain or 'the sender'} failed: the email was changed after signing, or forged"
    if method == "spf":
        return f"the server it came from is not allowed to send mail for {domain or 'its domain'} (SPF)"
    if method == "dmarc":
        return f"it failed {domain or 'its domain'}'s DMARC check"
    return "a check of its sender failed"


def sender_doubt(sender: SenderAuthentication | None, required: bool, from_domain: str | None) -> Reason | None:
    """The reason an emailed order waits for a clerk when its sender is not authenticated as the domain of
    its From address (intake/sender_auth.py stored what it found); None when it is, or none is required.
    `sender` None: the message was stored before senders were checked."""
    if not required or (sender is not None and sender.verified):
        return None
    domain = (sender.from_domain if sender is not None else None) or from_domain
    if domain is None:
        return Reason("sender_not_verified", "The sender could not be verified: the email has no usable From "
                                             "address" + _CHECK_AFTER)
    if sender is None:
        why = "the email was received before senders were checked"
    elif sender.status == SenderAuth.PASS:
        why = f"the email was authenticated as {sender.domain or 'another domain'}, not as {domain}"
    elif sender.status == SenderAuth.FAIL:
        why = _failed(sender.method, sender.domain)
    elif sender.status == SenderAuth.NONE:
        why = "the email is not signed, and no receiving server vouched for it (no DKIM, SPF or DMARC pass)"
    elif any(c.result == "temperror" for c in sender.checks):
        why = "its signature could not be checked (the key lookup in DNS failed)"
    else:
        why = "nothing we trust checked who sent it"
    return Reason("sender_not_verified", f"The sender could not be verified as {domain}: {why}" + _CHECK_AFTER)


def decide(order: MatchedOrder, min_confidence: float,
           header_floors: Mapping[str, float] = HEADER_FIELD_FLOORS) -> Decision:
    """Any doubt sends the order to a clerk; without doubts, only strong evidence approves it.

    The order is trusted only as much as its weakest evidence: the customer and every line must reach
    `min_confidence`, and every header field its own floor (a header value is read from a label, never
    matched against a catalog, so it is held to what a good reading of it looks like). The confidence
    reported is that of the customer and the lines, the number `min_confidence` is compared with."""
    reasons: list[Reason] = list(order.reasons)
    # First: whatever else is right, approving a change or a cancellation as a new order is wrong.
    if (not_new := purpose_doubt(order.purpose)) is not None:
        reasons.insert(0, not_new)
    for line in order.lines:
        reasons.extend(line.reasons)
    reasons.extend(header_doubts(order, header_floors))
    evidence: list[tuple[float, str | None, int | None]] = [(order.customer.confidence, "customer", None)]
    evidence += [(line.confidence, None, line.line_no) for line in order.lines]
    weakest = min(evidence, key=lambda e: e[0])
    confidence = weakest[0] if order.lines else 0.0
    if not reasons and confidence < min_confidence:
        what = "the customer" if weakest[1] else f"line {weakest[2]}"
        # No line_no even when a line is the weakest: the reason stands for the whole reading, and
        # clerks' approvals of such orders are counted per order (matching/learning.py).
        reasons.append(Reason("low_confidence", f"confidence {confidence:.2f} ({what}) is below {min_confidence:.2f}",
                              field=weakest[1]))
    return Decision(auto_approve=not reasons, confidence=round(confidence, 4), reasons=reasons)
