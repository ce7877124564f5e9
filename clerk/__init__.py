"""What a clerk may do to an order, as plain functions with no HTTP: the review screen and the JSON API
both call these, so a correction teaches, answers doubts and is audited the same way from either.

- `errors`: `ActionError` (a refusal in words for the clerk) and `require_editable`, the one guard;
- `lines`: correct, add, delete, split and merge lines (`edit_line` with a `LineEdit`);
- `header`: PO number, dates, currency, terms, notes, ship-to and bill-to (`update_header`);
- `customer`: who ordered (`set_customer`, which re-matches the order for that customer);
- `decisions`: `approve`, `reject`, `hold`, `unhold`;
- `revisions`: a buyer's change or cancellation waiting on an order: `apply` it or `decline` it;
- `claims`: who is working on an order in review, and the clerk time it took;
- `messages`: what a clerk does to an inbound message: read it again (`reprocess`), or turn a closed
  one into an order for review (`to_order`).

What a correction teaches matching lives in matching/learning.py; re-matching in matching/rematch.py.
Callers name the module (`decisions.approve`, `lines.edit_line`): the web handlers carry the same verbs.
"""
