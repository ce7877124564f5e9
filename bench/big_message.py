"""Benchmark: what accepting one very large message costs at intake (issue 18: a 64 MB message took 8-10 s
to parse).

    .venv/bin/python bench/big_message.py [--cases text-64mb,attachment-64mb,...] [--repeat 3] [--profile CASE]

Each case builds one message as a mailer sends it and times, on a fresh SQLite database with the schema,
what intake does with it before it is durable: `accept_message` from a mailbox (the sender checked, the
message parsed once, its parts stored, its job queued), and `parse_message` alone. The best of `--repeat`
runs is reported, with the bytes per second, so sizes can be compared for linearity (the `-16mb` cases).
`--profile CASE` prints cProfile's top functions of one accept of that case instead. Run on demand;
numbers go in docs/benchmarks.md. Never a timed test.

The cases: `text-16mb` / `text-64mb` one plain-text body of order lines, 8-bit; `qp-64mb` the same body
quoted-printable; `attachment-16mb` / `attachment-64mb` a short body and one base64 PDF-typed attachment
(the message's size, encoded); `big-attachment-80mb` an attachment over the 50 MB attachment limit;
`many-parts-64mb` 2,000 base64 attachments of 32 KB each.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

MB = 1024 * 1024
LINE = "3 x TAPE-48-CLR clear packing tape 48mm x 100m\n"


def _message() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Jane Doe <jane.doe@acme-retail.example>"
    msg["To"] = "orders@northwind-supply.example"
    msg["Subject"] = "PO 4471"
    msg["Message-ID"] = f"<{os.urandom(8).hex()}@acme-retail.example>"
    return msg


def make_case(name: str) -> bytes:
    kind, size = name.rsplit("-", 1)
    target = int(size.removesuffix("mb")) * MB
    msg = _message()
    if kind in ("text", "qp"):
        msg.set_content(LINE * (target // len(LINE)), cte="8bit" if kind == "text" else "quoted-printable")
    elif kind in ("attachment", "big-attachment"):
        msg.set_content("Order attached.")
        msg.add_attachment(os.urandom(target * 3 // 4), maintype="application", subtype="pdf", filename="po.pdf")
    elif kind == "many-parts":
        msg.set_content("Orders attached.")
        for n in range(target // (43 * 1024)):
            msg.add_attachment(os.urandom(32 * 1024), maintype="application", subtype="pdf", filename=f"po{n}.pdf")
    else:
        raise SystemExit(f"unknown case {name}")
    return msg.as_bytes(policy=SMTP)


def _accept_once(raw: bytes, profiler: cProfile.Profile | None = None) -> float:
    from bootstrap import open_database
    from config import Settings
    from models.schemas import MessageSource
    from orchestration.accept import accept_message

    with tempfile.TemporaryDirectory() as home:
        settings = Settings(home=Path(home), database_url=f"sqlite:///{home}/bench.db", embedded_worker=False,
                            embedded_maildir_poller=False)
        db = open_database(settings)
        if profiler is not None:
            profiler.enable()
        started = time.perf_counter()
        accept_message(db, raw, MessageSource("imap", mailbox="orders"), settings.mime_limits(),
                       settings.sender_auth)
        took = time.perf_counter() - started
        if profiler is not None:
            profiler.disable()
        db.engine.dispose()
        return took


def _parse_once(raw: bytes) -> float:
    from intake.mime import parse_message

    started = time.perf_counter()
    parse_message(raw)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", default="text-16mb,text-64mb,qp-64mb,attachment-16mb,attachment-64mb,"
                                           "big-attachment-80mb,many-parts-64mb")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", help="one case: print cProfile's top functions of accepting it")
    args = parser.parse_args()
    if args.profile:
        raw = make_case(args.profile)
        _accept_once(raw)  # imports and first-use costs out of the way
        profiler = cProfile.Profile()
        _accept_once(raw, profiler)
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
        print(out.getvalue())
        return
    print(f"{'case':22} {'MB':>7} {'accept s':>9} {'parse s':>8} {'accept MB/s':>12}")
    for name in args.cases.split(","):
        raw = make_case(name)
        accept = min(_accept_once(raw) for _ in range(args.repeat))
        parse = min(_parse_once(raw) for _ in range(args.repeat))
        print(f"{name:22} {len(raw) / MB:7.1f} {accept:9.2f} {parse:8.2f} {len(raw) / MB / accept:12.1f}", flush=True)


if __name__ == "__main__":
    main()
