"""Benchmark: reading PDFs beside the peers, whole processes, CPU time (issue 15, item 2).

    .venv/bin/python bench/pdf_peers.py [--corpus DIR] [--copies 5] [--runs 3] [--peer-venv DIR]
        [--compare-tree DIR] [--json FILE]

1. `order-intake extract --json` on every PDF of the corpus (../shared/corpus/invoice2data: 11 invoices),
   each `--copies` times (55 files), in one process: user + system CPU of the whole process, start-up
   included, the median of `--runs` runs.
2. The same for `invoice2data` (its 200+ templates, text by pdftotext, whose CPU is counted too) from its
   own virtual environment (default ../i2d-venv beside the checkout, never a dependency of this project); skipped, with
   a message, when that environment is absent. Install it with
   `python3 -m venv DIR && DIR/bin/pip install invoice2data` (and `apt-get install poppler-utils`).
   The two run alternately, so a machine's load falls on both alike. With `--compare-tree DIR` (another
   checkout of this project, e.g. `git archive main | tar -x -C DIR`), that tree's `cli.py extract
   --json` runs in the same alternation with this environment's Python: before and after in one run.
3. In this process: the 20-page, 600-line bench PDF (bench/extract_speed.py's) read by our extractor
   and by pypdfium2's text layer alone (every page's text, the floor), CPU medians and their ratio; and the
   same 55 files read in-process by the text-layer reader and by the pdfplumber reader (before issue 15).

Prints the load average beside the numbers (CPU time is what this code costs; wall time on a shared
machine is not). Numbers go in docs/benchmarks.md, "Extraction speed". Never a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# The shared corpus beside the checkout (../shared/corpus); elsewhere, pass --corpus.
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "invoice2data"
DEFAULT_PEER = REPO.parent / "i2d-venv"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def whole_process_cpu(command: list[str]) -> float:
    """User + system CPU seconds of one run of `command` and every process it waited for."""
    before = _children_cpu()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return _children_cpu() - before


def copies_of(corpus: Path, copies: int, into: Path) -> list[Path]:
    """Each PDF of the corpus `copies` times, as links in `into` (the corpus is read where it is)."""
    files = []
    for pdf in sorted(corpus.glob("*.pdf")):
        for n in range(1, copies + 1):
            link = into / f"{pdf.stem}-{n}.pdf"
            link.symlink_to(pdf)
            files.append(link)
    return files


def in_process(files: list[Path], runs: int) -> dict[str, float]:
    """CPU seconds to read the files in this process with each reader (median of `runs`)."""
    from extractors.ocr import without_ocr
    from extractors.pdf_table import PDFPLUMBER, TEXT_LAYER, extract_pdf

    datas = [f.read_bytes() for f in files]
    out = {}
    with without_ocr():
        for reader in (TEXT_LAYER, PDFPLUMBER):
            extract_pdf(datas[0], 0, reader=reader)  # imports
            times = []
            for _ in range(runs):
                started = time.process_time()
                for data in datas:
                    extract_pdf(data, 0, reader=reader)
                times.append(time.process_time() - started)
            out[reader] = round(statistics.median(times), 3)
    return out


def twenty_pages(runs: int) -> dict[str, float]:
    """The 20-page bench PDF: our extractor against pypdfium2's text layer alone (CPU ms, medians)."""
    import pypdfium2

    from bench.extract_speed import LINES_PER_PAGE, pdf
    from extractors.pdf_table import extract_pdf
    from extractors.pdfium import PDFIUM_LOCK

    data = pdf(20, LINES_PER_PAGE)

    def text_layer() -> None:
        with PDFIUM_LOCK:
            doc = pypdfium2.PdfDocument(data)
            try:
                for page in doc:
                    page.get_textpage().get_text_range()
            finally:
                doc.close()

    def ours() -> None:
        extract_pdf(data, 0)

    result = {}
    for name, read in (("text_layer_ms", text_layer), ("ours_ms", ours)):
        read()
        times = []
        for _ in range(runs):
            started = time.process_time()
            read()
            times.append(time.process_time() - started)
        result[name] = round(statistics.median(times) * 1000, 1)
    result["ratio"] = round(result["ours_ms"] / result["text_layer_ms"], 1)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--peer-venv", type=Path, default=DEFAULT_PEER)
    parser.add_argument("--compare-tree", type=Path, help="another checkout whose `extract` runs alongside")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if not any(args.corpus.glob("*.pdf")):
        raise SystemExit(f"no PDFs in {args.corpus}")
    ours_cmd = [str(REPO / ".venv" / "bin" / "order-intake"), "extract", "--json"]
    peer = args.peer_venv / "bin" / "invoice2data"
    if not peer.exists():
        print(f"invoice2data skipped: {peer} not found (python3 -m venv {args.peer_venv} && "
              f"{args.peer_venv}/bin/pip install invoice2data; it needs pdftotext from poppler-utils)",
              file=sys.stderr)
    report: dict[str, object] = {"load_average_before": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="pdf-peers-") as tmp:
        files = copies_of(args.corpus, args.copies, Path(tmp))
        names = [str(f) for f in files]
        ours, theirs, compared = [], [], []
        compare_cmd = ([sys.executable, str(args.compare_tree / "cli.py"), "extract", "--json"]
                       if args.compare_tree else None)
        for _ in range(args.runs):
            ours.append(whole_process_cpu(ours_cmd + names))
            if peer.exists():
                theirs.append(whole_process_cpu([str(peer), *names]))
            if compare_cmd:
                compared.append(whole_process_cpu(compare_cmd + names))
        report["files"] = len(files)
        report["order_intake_extract_cpu_s"] = round(statistics.median(ours), 2)
        if compared:
            report["compare_tree_extract_cpu_s"] = round(statistics.median(compared), 2)
        if theirs:
            report["invoice2data_cpu_s"] = round(statistics.median(theirs), 2)
            report["ratio"] = round(statistics.median(ours) / statistics.median(theirs), 2)
        report["in_process_cpu_s"] = in_process(files, args.runs)
    report["pdf_20_pages"] = twenty_pages(args.runs)
    report["load_average_after"] = os.getloadavg()
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
