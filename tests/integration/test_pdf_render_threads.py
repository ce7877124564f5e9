"""PDF page images are rendered from FastAPI's thread pool: concurrent renders must not crash the process.

PDFium is not thread-safe; without the module's lock, six threads rendering at once end in a segfault
or 'double free' within a second. The renders run in a child process so a crash fails this test
instead of killing the test run."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from tests.support.environment import REPO

pytestmark = pytest.mark.slow

STRESS = textwrap.dedent("""
    import glob, hashlib, sys, tempfile, threading
    from pathlib import Path
    from types import SimpleNamespace
    sys.path.insert(0, sys.argv[1])
    from review_ui.document_view import page_sizes, render_page
    pdfs = [open(p, "rb").read() for p in sorted(glob.glob(sys.argv[1] + "/tests/corpus/**/*.pdf", recursive=True))]
    docs = [SimpleNamespace(content=c, sha256=hashlib.sha256(c).hexdigest()) for c in pdfs]
    assert docs, "no PDF fixtures"
    renders = tempfile.TemporaryDirectory()  # each render in a folder of its own, so none is cached
    def work(k):
        for i in range(15):
            d = docs[(k + i) % len(docs)]
            render_page(d, 1, Path(tempfile.mkdtemp(dir=renders.name)))
            page_sizes(SimpleNamespace(content=d.content, sha256=f"{d.sha256}-{k}-{i}"))
    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    renders.cleanup()
    print("rendered", len(docs))
""")


def test_six_threads_rendering_pdf_pages_at_once_do_not_crash_the_process():
    done = subprocess.run([sys.executable, "-c", STRESS, str(REPO)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.startswith("rendered")
