"""Recognising mail that is not an order: delivery reports, auto-replies, calendar invites, newsletters.

Conservative on purpose: a message is only set aside when its own headers or structure say what it
is, and a message that carries order wording or an order-like attachment is never set aside on a
weak signal (a real order sent through a mailing list still has List-Id and List-Unsubscribe).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from models.schemas import Part

_AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(automatic reply|auto[- ]?reply|autoreply|out of (the )?office|abwesenheitsnotiz|automatische antwort|"
    r"r[ée]ponse automatique|respuesta autom[aá]tica|risposta automatica)\b",
    re.IGNORECASE,
)
_ORDER_WORDING = re.compile(
    r"\b(purchase\s+order|p\.?\s?o\.?\s*(#|no\b\.?|nr\b\.?|number)?\s*:?\s*[A-Z]*-?\d|order\s*(no\b\.?|nr\b\.?|number|#)|"
    r"bestellung|pedido|bon de commande|commande)",
    re.IGNORECASE,
)
_CALENDAR_METHOD = re.compile(r"^METHOD:(REQUEST|CANCEL)\s*$", re.IGNORECASE | re.MULTILINE)
_DAEMON = re.compile(r"^(mailer-daemon|postmaster)@", re.IGNORECASE)


def _is_calendar(part: Part) -> bool:
    name = (part.filename or "").lower()
    return part.media_type in ("text/calendar", "application/ics") or name.endswith((".ics", ".vcs"))


def _order_like_attachment(part: Part) -> bool:
    return part.role == "attachment" and not part.media_type.startswith("image/") and not _is_calendar(part)


def not_an_order_reason(headers: Mapping[str, str], content_type: str, report_type: str | None,
                        from_addr: str | None, subject: str, parts: Sequence[Part]) -> str | None:
    """A short sentence saying what the message is when it is unambiguously not an order, else None.

    `headers` maps lower-case header names to their (first) decoded value.
    """
    bodies = "\n".join(p.content.decode("utf-8", errors="replace") for p in parts if p.role.startswith("body"))
    has_order_wording = bool(_ORDER_WORDING.search(subject) or _ORDER_WORDING.search(bodies))
    has_order_file = any(_order_like_attachment(p) for p in parts)

    if content_type == "multipart/report" and (report_type or "").lower() == "delivery-status":
        return "delivery status notification"
    if content_type == "multipart/report" and (report_type or "").lower() == "disposition-notification":
        return "read receipt"
    if from_addr and _DAEMON.match(from_addr):
        return "delivery status notification"

    auto_submitted = headers.get("auto-submitted", "").strip().lower()
    if (auto_submitted.startswith("auto-replied") or "x-autoreply" in headers or "x-autorespond" in headers
            or headers.get("precedence", "").strip().lower() == "auto_reply"
            or _AUTO_REPLY_SUBJECT.match(subject)):
        return "automatic reply"
    # Buyers' ERP systems send real purchase orders marked auto-generated: only plain notices qualify.
    if auto_submitted.startswith("auto-generated") and not has_order_wording and not has_order_file:
        return "automatic notification"

    calendars = [p for p in parts if _is_calendar(p)]
    if calendars and not has_order_file and not has_order_wording:
        for part in calendars:
            text = part.content.decode("utf-8", errors="replace")
            if _CALENDAR_METHOD.search(text) or part.role == "attachment":
                return "calendar invitation"

    list_mail = "list-unsubscribe" in headers and (
        headers.get("precedence", "").strip().lower() in ("bulk", "list") or "list-id" in headers
    )
    if list_mail and not has_order_wording and not has_order_file:
        return "newsletter"
    return None
