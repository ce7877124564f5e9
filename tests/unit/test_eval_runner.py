"""The evaluation finds its documents (labels beside them, or in a mirror tree for a read-only corpus) and
replays each as arriving when it was sent."""

import json
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from evaluation.runner import labelled_documents, run_corpus


def test_labels_beside_documents_and_in_a_mirror_tree(tmp_path: Path):
    corpus, labels = tmp_path / "corpus", tmp_path / "labels"
    (corpus / "a").mkdir(parents=True)
    (labels / "a").mkdir(parents=True)
    (corpus / "a" / "po[1].pdf").write_bytes(b"%PDF")
    (corpus / "a" / "notes.txt").write_text("x")
    (corpus / "a" / "po[1].expected.json").write_text("{}")
    (labels / "a" / "po[1].expected.json").write_text("{}")
    (labels / "a" / "missing.expected.json").write_text("{}")
    assert [(d.name, e.parent.name) for d, e in labelled_documents(corpus)] == [("po[1].pdf", "a")]
    pairs = list(labelled_documents(corpus, labels))
    assert [(d, e) for d, e in pairs] == [(corpus / "a" / "po[1].pdf", labels / "a" / "po[1].expected.json")]


def test_a_label_may_keep_the_whole_file_name(tmp_path: Path):
    # "<same name>.expected.json": "po.pdf.expected.json" names its document as surely as "po.expected.json".
    (tmp_path / "po.pdf").write_bytes(b"%PDF")
    (tmp_path / "po.pdf.expected.json").write_text("{}")
    (tmp_path / "order.eml").write_bytes(b"x")
    (tmp_path / "order.expected.json").write_text("{}")
    (tmp_path / "notes.txt.expected.json").write_text("{}")  # a label whose document is missing finds nothing
    assert sorted(d.name for d, _ in labelled_documents(tmp_path)) == ["order.eml", "po.pdf"]


def test_mail_is_read_on_the_day_it_was_sent(tmp_path: Path):
    # A set written today may date its mail next month: "tomorrow" is the day after the Date header, as a
    # mailbox receiving it then would read it, not the day after the evaluation runs.
    sent = date.today() + timedelta(days=40)
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "buyer@example.com", "orders@example.com", "PO 4471"
    msg["Date"] = format_datetime(datetime(sent.year, sent.month, sent.day, 9, 0, tzinfo=UTC))
    msg.set_content("Hello,\n\nPO 4471. Please send 2 boxes of blue widgets. We need them tomorrow.\n\nThanks\n")
    (tmp_path / "order.eml").write_bytes(bytes(msg))
    (tmp_path / "order.expected.json").write_text(json.dumps(
        {"kind": "purchase_order", "po_number": "4471", "requested_date": (sent + timedelta(days=1)).isoformat()}))
    report = run_corpus(tmp_path)
    assert report.documents[0].header == {"po_number": True, "requested_date": True}


def test_a_message_of_several_orders_is_scored_by_the_order_that_agrees_best(tmp_path: Path):
    """The label is one order of the message; the runner pairs it with whichever order filed agrees best,
    not with the first filed (docs/evaluation.md)."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "mara@hillcrest-roofing.example", "orders@example.com", "Two POs"
    msg.set_content("Hi,\n\nPO 7710:\n12 x RF-SHG-30\n4 x RF-NAIL-125\n\nPO 7711:\n3 x RF-FLS-DRIP\n\nThanks\n")
    (tmp_path / "two.eml").write_bytes(bytes(msg))
    (tmp_path / "two.expected.json").write_text(json.dumps(
        {"kind": "purchase_order", "po_number": "7711",
         "lines": [{"sku": "RF-FLS-DRIP", "quantity": 3, "uom": None, "unit_price": None}]}))
    score = run_corpus(tmp_path).documents[0]
    assert score.header == {"po_number": True}
    assert (score.lines_correct, score.lines_extracted) == (1, 1)
