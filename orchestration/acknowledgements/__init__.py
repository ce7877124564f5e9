"""Acknowledgements: the email back to the buyer, and the token of the order's read-only status page.

An accepted order is acknowledged once it has shipped (or, when nothing could be allocated, once it
is backordered): by then the email can say everything a buyer wants in one message — accepted lines,
backorders, prices, the ship date and the tracking numbers — and the status page it links to shows
what happens next. Because the builtin connectors book the carrier seconds after approval, waiting for
the shipment costs the buyer no time; an order whose shipment waits on a slow outside system is
acknowledged when it ships. A rejected or held order gets a precise question instead: the clerk's own
words and each doubt about the order rephrased for the buyer.

Exactly once: the transition that calls for an email records an `Acknowledgement` row and enqueues its
job in the same transaction (one key per email). The job sends, then marks the row sent in its own
transaction. The email's Message-ID is derived from that key, so the only possible repeat — a crash
between the SMTP server's "250 OK" and our commit — arrives as the same message, which mail clients
recognise. SMTP outages are retried with the queue's backoff; an email that keeps failing is given up
and shown on the order, and never fails the order itself.

Who gets it: the buyer who wrote (Reply-To, else From), threaded under their email, and only when that
address belongs to the order's customer (one of its email domains, its contact address, or a domain
configured in `[smtp] allowed_domains`). A forward from our own staff goes to the customer's contact.
Anything else — an unknown sender, an automated sender, an order without an email — is skipped with a
reason: an order email is an easy thing to forge, and an acknowledgement to a forged sender would hand
them the order's contents and its status link.

The rooms, in the order an email passes through them:

- `outbox.py` — recording an email to send in the caller's transaction (`acknowledge_accepted`,
  `ask_buyer`) and the status page's token;
- `stage.py` — the job the worker runs: compose, send, record the outcome;
- `compose.py` — the email itself: who may get it, its subject and threading, its text;
- `wording.py` — how we say things to a buyer (amounts, quantities, line states, shipments, a review
  reason as a question), shared by the email and the status page;
- `smtp.py` — the transport: one SMTP conversation per email, refusals told apart from outages.
"""
