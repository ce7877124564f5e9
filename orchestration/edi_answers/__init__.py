"""EDI answers for EDI buyers: an X12 997 and 855 (an 865 for a buyer's 860), an EDIFACT CONTRL and ORDRSP, a UBL
OrderResponse (or OrderResponseSimple) for each order that came as X12, EDIFACT or UBL and was accepted by the
ERP, rejected by a clerk, or changed (a buyer's change applied, or refused).

The rooms, in the order an answer passes through them:

- `outbox.py` — the occasions (`answer`: accepted, rejected, revision-<n>), which answers a customer wants,
  each rendered whole and recorded with its delivery job in the caller's transaction;
- `source.py` — what the buyer's stored document said that the answer echoes: envelope ids and control
  numbers, the PO, the lines as asked (read back with the extractors' own parsers);
- `lines.py` — each line's fate, the order's final state against what was asked;
- `x12.py`, `edifact.py`, `ubl.py` — the documents and their envelopes;
- `control.py` — interchange control numbers, one persisted counter per trading partner;
- `stage.py` — the job: through the ERP connector (a file in the outbox's `answers/`, a webhook event) or
  attached to an email under the buyer's own (orchestration/acknowledgements/).
"""
