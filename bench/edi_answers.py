"""Benchmark: what EDI answers cost an EDI order (issue 16, item 5).

    .venv/bin/python bench/edi_answers.py [--orders 200] [--json FILE]

On a fresh SQLite database with the demo master data, the same N emails from C001, each carrying an X12 850
(three lines, its own PO and interchange number), go through the worker with the ERP stage as X12 files in
an outbox (the file connector), the rest builtin — twice: once with C001 wanting no EDI answer
(`customers.edi_answers = []`), once with the default (a 997 when filed, an 855 when the ERP takes it,
both written to the outbox's answers/). Reports orders/s through every stage for both, the cost per order
of its answers, and the answers written (which must be two per order, one each). Run on demand; numbers go
in docs/benchmarks.md. Never a timed test.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import func, select  # noqa: E402

from bootstrap import load_demo, open_database  # noqa: E402
from config import ConnectorsConfig, FileConnectorConfig, Settings  # noqa: E402
from models.schemas import MessageSource  # noqa: E402
from models.tables import Customer, EdiAnswer, Order  # noqa: E402
from orchestration.accept import accept_message  # noqa: E402
from orchestration.worker import Worker  # noqa: E402
from tests.support.messages import ACME_BUYER, email_with_attachment  # noqa: E402

LINES = [("TAPE-48-CLR", "4", "CA", "46.96"), ("GLV-NIT-L-BLU", "2", "BX", "10.50"), ("TIE-08-BLK", "3", "PK", "3.81")]


def x12_850(n: int) -> bytes:
    po = f"AR-BENCH-{n:05d}"
    body = [f"BEG*00*SA*{po}**20261120", "CUR*BY*USD", "N1*BY*Acme Retail Group*92*C001",
            "N1*ST*Acme Retail DC Boston", "N3*400 Summer Street", "N4*Boston*MA*02210*US"]
    body += [f"PO1*{i}*{qty}*{unit}*{price}**VP*{sku}" for i, (sku, qty, unit, price) in enumerate(LINES, 1)]
    body += [f"CTT*{len(LINES)}", f"SE*{len(body) + 3}*0001"]
    control = 1000 + n
    isa = (f"ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*NORTHWIND      *261120*0930*U*00401*"
           f"{control:09d}*0*P*>")
    segments = [isa, f"GS*PO*ACMERETAIL*NORTHWIND*20261120*0930*{control}*X*004010", "ST*850*0001", *body,
                f"GE*1*{control}", f"IEA*1*{control:09d}"]
    doc = ("~\n".join(segments) + "~\n").encode()
    return email_with_attachment(sender=ACME_BUYER, subject=f"PO {po}", message_id=f"<{po}@acme-retail.example>",
                                 body=f"Our purchase order {po} is attached.", attachment=doc,
                                 maintype="application", subtype="edi-x12", filename=f"{po}.x12")


def run(orders: int, answers: bool) -> tuple[float, int, int]:
    home = Path(tempfile.mkdtemp(prefix="oi-bench-edi-"))
    settings = Settings(home=home, embedded_worker=False, embedded_maildir_poller=False, secret_key="bench",
                        connectors=ConnectorsConfig(erp="file", file=FileConnectorConfig(format="x12")))
    db = open_database(settings)
    load_demo(db, settings)
    with db.session() as s, s.begin():
        s.get(Customer, "C001").edi_answers = None if answers else []  # type: ignore[union-attr]
    for n in range(orders):
        accept_message(db, x12_850(n), MessageSource("bench"))
    worker = Worker(db, settings)
    started = time.perf_counter()
    worker.run_until_idle(max_jobs=100_000)
    seconds = time.perf_counter() - started
    with db.session() as s:
        shipped = s.scalar(select(func.count()).select_from(Order).where(Order.status == "shipped")) or 0
        sent = s.scalar(select(func.count()).select_from(EdiAnswer).where(EdiAnswer.status == "sent")) or 0
    files = len(list((home / "outbox" / "answers").glob("*.x12")))
    db.dispose()
    assert files == sent, (files, sent)
    return seconds, shipped, sent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=200)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    plain_s, plain_shipped, _ = run(args.orders, answers=False)
    answered_s, shipped, sent = run(args.orders, answers=True)
    result = {
        "orders": args.orders,
        "shipped_without_answers": plain_shipped,
        "shipped_with_answers": shipped,
        "answers_written": sent,
        "orders_per_s_without_answers": round(args.orders / plain_s, 1),
        "orders_per_s_with_answers": round(args.orders / answered_s, 1),
        "ms_per_order_for_its_answers": round((answered_s - plain_s) / args.orders * 1000, 2),
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
