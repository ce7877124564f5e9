"""`order-intake extract FILE... [--json]` run as a user runs it: what was read from each file, where, and
how sure, with no database; a file that cannot be read is an error in its own report and exit code 1,
while the files after it are still read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any

import pytest

from tests.support.documents import WANTED, ruled_pdf

CLI = str(Path(sys.executable).parent / "order-intake")
REPO = Path(__file__).resolve().parents[2]

TEXT_BODY = """Hello,

please deliver for our PO LM-60418:

40 x RYE-25 Rye flour type 1150
6 x YST-500 Dry yeast 500 g

Thanks, Greta
"""
CSV_BODY = "Please find our order attached.\n"
CSV_ATTACHMENT = ("Item,Description,Qty,Unit Price\n"
                  "SPL-OAK-40,Oak spoon 40 cm,120,2.35\n"
                  "BWL-CER-2L,Ceramic bowl 2 l,36,11.80\n")


def _email(body: str, attachment: tuple[bytes, str, str, str] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Greta Holm <greta.holm@lakeside-mill.example>"
    msg["To"] = "orders@grainco-supply.example"
    msg["Subject"] = "Order LM-60418"
    msg["Date"] = "Thu, 03 Dec 2026 10:15:00 +0100"
    msg["Message-ID"] = "<lm-60418@lakeside-mill.example>"
    msg.set_content(body)
    if attachment is not None:
        data, maintype, subtype, filename = attachment
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes(policy=SMTP)


def _x12() -> str:
    """An X12 850 with two PO1 lines, written for this test."""
    isa = "*".join(["ISA", "00", " " * 10, "00", " " * 10, "ZZ", "LAKESIDEMILL".ljust(15), "ZZ",
                    "GRAINCO".ljust(15), "261203", "1015", "U", "00401", "000000417", "0", "P", ">"])
    segments = ["GS*PO*LAKESIDEMILL*GRAINCO*20261203*1015*417*X*004010", "ST*850*0417",
                "BEG*00*SA*LM-60419**20261203", "CUR*BY*EUR", "N1*BY*Lakeside Mill Cooperative",
                "PO1*1*40*BG*18.75**VP*RYE-25*PD*Rye flour type 1150", "PO1*2*6*CS*42.10**VP*YST-500",
                "CTT*2", "SE*8*0417", "GE*1*417", "IEA*1*000000417"]
    return isa + "~" + "".join(s + "~" for s in segments)


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # Wide enough that the tables print each item code and path on one line.
    env = {**os.environ, "ORDER_INTAKE_HOME": str(tmp_path / "home"), "COLUMNS": "200"}
    return subprocess.run([CLI, "extract", *args], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("documents")
    made = {
        "text": ("order.eml", _email(TEXT_BODY)),
        "maildir": ("1764756900.M20P4417.mailhost:2,S", _email(TEXT_BODY)),  # a Maildir file: no .eml
        "csv": ("with-csv.eml", _email(CSV_BODY, (CSV_ATTACHMENT.encode(), "text", "csv", "order-lines.csv"))),
        "pdf": ("po.pdf", ruled_pdf()),
        "x12": ("po.edi", _x12().encode()),
        "corrupt": ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntruncated here"),
        "empty": ("empty.csv", b""),
        "unknown": ("terms.docx", b"PK\x03\x04 not really a word document"),
    }
    paths = {}
    for key, (name, data) in made.items():
        paths[key] = folder / name
        paths[key].write_bytes(data)
    paths["missing"] = folder / "not-there.pdf"
    return paths


ORDER = ("text", "maildir", "csv", "pdf", "x12", "corrupt", "empty", "unknown", "missing")


@pytest.fixture(scope="module")
def run(files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    return _run(tmp_path_factory.mktemp("cwd"), "--json", *(str(files[k]) for k in ORDER))


@pytest.fixture(scope="module")
def reports(run: subprocess.CompletedProcess[str]) -> dict[str, dict[str, Any]]:
    lines = run.stdout.splitlines()
    assert len(lines) == len(ORDER), run.stdout + run.stderr
    return dict(zip(ORDER, (json.loads(line) for line in lines), strict=True))


def _lines(order: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(ln["fields"]["item_code"]["value"], ln["fields"]["quantity"]["value"]) for ln in order["lines"]]


@pytest.mark.slow
def test_every_file_is_reported_in_order_and_a_bad_one_makes_the_exit_code_1(
        run: subprocess.CompletedProcess[str], reports: dict[str, dict[str, Any]], files: dict[str, Path]) -> None:
    """GIVEN good files and bad ones mixed WHEN extracted with --json THEN one JSON object per file, in the
    order given, the good ones ok, and exit code 1 without a traceback."""
    assert run.returncode == 1
    assert "Traceback" not in run.stdout + run.stderr
    assert [r["file"] for r in reports.values()] == [str(files[k]) for k in ORDER]
    assert {k: r["ok"] for k, r in reports.items()} == {k: k in ("text", "maildir", "csv", "pdf", "x12") for k in ORDER}
    assert all(r["version"] == 1 for r in reports.values())


@pytest.mark.slow
def test_a_text_email_gives_its_lines_and_po_number_with_the_characters_they_were_read_from(
        reports: dict[str, dict[str, Any]]) -> None:
    report = reports["text"]
    assert report["kind"] == "email"
    assert report["message"]["from"] == "greta.holm@lakeside-mill.example"
    assert report["message"]["sent_on"] == "2026-12-03"
    (part,) = report["parts"]
    assert (part["role"], part["extractor"]) == ("body_text", "email_text")
    (order,) = part["orders"]
    assert _lines(order) == [("RYE-25", "40"), ("YST-500", "6")]
    po = order["header"]["po_number"]
    assert po["value"] == "LM-60418" and 0 < po["confidence"] <= 1
    start, end = po["provenance"]["span"]
    assert po["provenance"]["kind"] == "text" and end - start == len("LM-60418")
    assert all(ln["provenance"]["kind"] == "text" and ln["provenance"]["span"] for ln in order["lines"])
    assert reports["maildir"]["kind"] == "email" and reports["maildir"]["parts"] == report["parts"]


@pytest.mark.slow
def test_an_email_with_a_csv_says_the_order_came_from_the_attachment_with_each_value_s_cell(
        reports: dict[str, dict[str, Any]]) -> None:
    body, attached = reports["csv"]["parts"]
    assert body["role"] == "body_text" and body["orders"][0]["lines"] == []
    assert (attached["index"], attached["role"], attached["filename"], attached["extractor"]) == (
        1, "attachment", "order-lines.csv", "csv_table")
    (order,) = attached["orders"]
    assert _lines(order) == [("SPL-OAK-40", "120"), ("BWL-CER-2L", "36")]
    first = order["lines"][0]["fields"]
    assert first["unit_price"]["value"] == "2.35"
    assert first["quantity"]["provenance"] == {"kind": "csv", "part_index": 1, "row": 2, "cell": "R2C3"}
    assert first["line_total"] == {"value": None, "provenance": None}


@pytest.mark.slow
def test_a_bare_pdf_gives_its_header_and_lines_with_page_and_box(reports: dict[str, dict[str, Any]]) -> None:
    report = reports["pdf"]
    assert (report["kind"], report["message"]) == ("document", None)
    (part,) = report["parts"]
    assert (part["media_type"], part["extractor"]) == ("application/pdf", "pdf_table")
    (order,) = part["orders"]
    assert order["header"]["po_number"]["value"] == "4500012345"
    assert order["header"]["order_date"]["value"] == "2026-11-20"
    assert [(ln["fields"]["item_code"]["value"], Decimal(ln["fields"]["quantity"]["value"]),
             ln["fields"]["uom"]["value"], Decimal(ln["fields"]["unit_price"]["value"])) for ln in order["lines"]
            ] == WANTED
    for line in order["lines"]:
        assert line["provenance"]["page"] == 1 and len(line["provenance"]["bbox"]) == 4
        assert line["fields"]["quantity"]["provenance"]["bbox"] != line["provenance"]["bbox"]


@pytest.mark.slow
def test_an_x12_file_gives_its_segments_and_elements_as_provenance(reports: dict[str, dict[str, Any]]) -> None:
    (part,) = reports["x12"]["parts"]
    assert part["extractor"] == "edi_x12"
    (order,) = part["orders"]
    header = order["header"]
    assert (header["po_number"]["value"], header["po_number"]["provenance"]["cell"]) == ("LM-60419", "BEG03")
    assert header["currency"]["value"] == "EUR"
    assert header["buyer_ids"]["value"] == {"edi": ["LAKESIDEMILL"], "account": [], "tax": []}
    assert header["ship_to"] is None  # every header field is a key, null when not read
    assert _lines(order) == [("RYE-25", "40"), ("YST-500", "6")]
    assert order["lines"][0]["provenance"]["cell"] == "PO1[1]"
    assert order["purpose"] == {"kind": "original", "written": "X12 BEG01 = 00"}


@pytest.mark.slow
def test_a_bad_file_says_what_is_wrong_with_it(reports: dict[str, dict[str, Any]]) -> None:
    corrupt, empty, unknown, missing = (reports[k] for k in ("corrupt", "empty", "unknown", "missing"))
    assert corrupt["parts"][0]["extractor"] == "pdf_table" and corrupt["error"] == corrupt["parts"][0]["error"]
    assert corrupt["error"]
    assert empty["error"] == "empty file" and empty["parts"] == []
    assert unknown["error"].startswith("unsupported attachment type") and "terms.docx" in unknown["error"]
    assert (missing["error"], missing["kind"], missing["parts"]) == ("no such file", None, [])


@pytest.mark.slow
def test_without_json_the_reading_is_printed_as_tables_and_the_bad_file_as_an_error(
        files: dict[str, Path], tmp_path: Path) -> None:
    done = _run(tmp_path, str(files["x12"]), str(files["missing"]))
    assert done.returncode == 1
    out = done.stdout
    assert "read by edi_x12" in out and "LM-60419" in out and "BEG03" in out and "YST-500" in out
    assert "error: no such file" in out and "1 of 2 file(s) could not be read" in out
    good = _run(tmp_path, str(files["csv"]))
    assert good.returncode == 0 and "order-lines.csv" in good.stdout and "SPL-OAK-40" in good.stdout


def test_the_command_line_loads_no_extractor_until_extract_runs() -> None:
    """`order-intake --help` stays light (issue 15): the extractors, intake and their PDF and spreadsheet
    libraries are imported by the extract command itself, not by importing the command line."""
    code = ("import sys, cli; heavy = ('extractors', 'intake', 'orchestration', 'pdfplumber', 'openpyxl', 'spacy');"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_configured_reading_limits_apply_and_the_report_says_which_was_passed(tmp_path: Path) -> None:
    """GIVEN ORDER_INTAKE_MAX_ORDER_LINES=3 and a text order of 5 lines WHEN it is extracted THEN the report
    holds the first 3 lines and says the order was too large to read whole, as the worker would file it."""
    order = tmp_path / "long.txt"
    order.write_text("Please send:\n" + "".join(f"{n} x RYE-25 Rye flour type 1150\n" for n in range(1, 6)))
    env = {**os.environ, "ORDER_INTAKE_HOME": str(tmp_path / "home"), "ORDER_INTAKE_MAX_ORDER_LINES": "3"}
    done = subprocess.run([CLI, "extract", "--json", str(order)], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=300)
    (read,) = json.loads(done.stdout)["parts"][0]["orders"]
    assert [line["raw_text"].split(" x ")[0] for line in read["lines"]] == ["1", "2", "3"]
    assert read["limit_passed"] == ("more than 3 lines in one order, the limit of max_order_lines: only the first 3 "
                                 "were read")
