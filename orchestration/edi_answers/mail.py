"""The email carrying the functional acknowledgements of EDI that became no order (unfiled.py): under the buyer's
own email, to the address the customer's other answers go to, the 997 or CONTRL attached, and a few words on
what was rejected and what to do about it. There is no order to link to, so no status page."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr, formatdate

from models.schemas import EdiSyntaxError
from models.status import EdiAnswerKind
from models.tables import Customer, Document, EdiAnswer, InboundMessage
from orchestration.acknowledgements.compose import Draft, buyer_email, choose_recipient
from orchestration.acknowledgements.smtp import Acknowledger

SUBTYPES = {"x12": "edi-x12", "edifact": "edifact"}


def draft(message: InboundMessage, document: Document | None, customer: Customer | None, answers: list[EdiAnswer],
          errors: list[EdiSyntaxError], acknowledger: Acknowledger, key: str) -> Draft | str:
    """The email, or a sentence saying why none may be sent (no customer known, an automated sender...)."""
    buyer = buyer_email(message)
    try:
        recipient = choose_recipient(buyer, customer, acknowledger)
    except ValueError as exc:
        return str(exc)
    what = (document.filename if document is not None and document.filename else None) or "your EDI file"
    rejected = any(a.answer == EdiAnswerKind.REJECTED for a in answers)
    lines = ["Hello," if recipient != buyer.from_addr or not buyer.from_name else f"Hello {buyer.from_name},", "",
             f"we could not accept {'' if rejected else 'all of '}{what} as sent: it breaks the rules of its EDI "
             "syntax, so what it rejects was not taken as an order.", ""]
    lines += [f"  - {e.text}" for e in errors if not e.accepted]
    lines += ["", "Our functional acknowledgement saying so is attached:"]
    lines += [f"  {a.file_name}: {a.kind}" for a in answers]
    lines += ["", "Please correct the file and send it again.", "", acknowledger.smtp.from_name]
    mail = EmailMessage()
    mail["From"] = formataddr((acknowledger.smtp.from_name, acknowledger.smtp.from_addr))
    mail["To"] = recipient
    subject = buyer.subject or "Your EDI file"
    mail["Subject"] = (subject if subject.lower().startswith("re:") else f"Re: {subject}")[:200]
    mail["Date"] = formatdate(localtime=False, usegmt=True)
    # From the job's key: a send retried after a crash reaches the buyer as the same message.
    mail["Message-ID"] = acknowledger.message_id(key)
    if buyer.message_id:
        mail["In-Reply-To"] = buyer.message_id
        mail["References"] = " ".join([*(buyer.references or "").split(), buyer.message_id][-20:])
    mail["Auto-Submitted"] = "auto-replied"
    mail["X-Auto-Response-Suppress"] = "All"
    mail.set_content("\n".join(lines) + "\n")
    for answer in answers:
        mail.add_attachment(answer.content, maintype="application",
                            subtype=SUBTYPES.get(answer.syntax, "octet-stream"), filename=answer.file_name)
    return Draft(recipient, mail)
