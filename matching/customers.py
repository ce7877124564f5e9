"""Customer resolution: who sent this order, from the sender (or the forwarded original sender)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from models.schemas import CustomerMatch


@dataclass(frozen=True)
class CustomerRecord:
    id: str
    name: str
    email_domains: tuple[str, ...]
    contact_email: str | None = None
    locale: str | None = None
    currency: str | None = None
    known_senders: tuple[str, ...] = ()  # addresses a clerk tied to this customer


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[-1].lower()


def resolve_customer(
    from_addr: str | None,
    original_from_addr: str | None,
    customers: Iterable[CustomerRecord],
    supplier_domains: Iterable[str] = (),
) -> CustomerMatch:
    """Contact address beats domain. A message from our own staff speaks for the buyer it forwards."""
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
    for prefix, addr in candidates:
        if not addr:
            continue
        addr = addr.lower()
        for c in customers:
            if c.contact_email and c.contact_email.lower() == addr:
                return CustomerMatch(c.id, c.name, prefix + "contact_email", 1.0, c.locale, c.currency)
            if addr in c.known_senders:
                return CustomerMatch(c.id, c.name, prefix + "learned_sender", 1.0, c.locale, c.currency)
        domain_hits = [c for c in customers if _domain(addr) in {d.lower() for d in c.email_domains}]
        if len(domain_hits) == 1:
            return CustomerMatch(domain_hits[0].id, domain_hits[0].name, prefix + "domain", 0.97,
                                 domain_hits[0].locale, domain_hits[0].currency)
    return CustomerMatch(None, None, "none", 0.0)
