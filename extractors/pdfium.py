"""The one lock every pypdfium2 call in the process takes.

PDFium is not thread-safe: the web server's thread pool (page images on the review screen), the
embedded worker and OCR of scans all use it, and two calls at once can crash the whole process (which
also runs the mailboxes). Whoever opens, renders or closes a PDF with pypdfium2 holds this lock.
"""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.Lock()
