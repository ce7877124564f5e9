"""An uploaded master-data file's import: its name and size checked, the file read by its suffix, and any
failure to read it turned into one clear error for the person who uploaded it.

No HTTP here: the API and the review screen read the upload themselves (at most MAX_IMPORT_BYTES + 1
bytes, so a larger file is refused without holding it whole) and pass its bytes and name."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from masterdata.reader import ImportReport

MAX_IMPORT_BYTES = 20 * 1024 * 1024
IMPORT_SUFFIXES = (".csv", ".xlsx", ".xlsm")

Importer = Callable[[Session, Path], ImportReport]


def import_upload(session: Session, data: bytes, filename: str | None, importer: Importer) -> ImportReport:
    """Save the upload under its own suffix (the reader picks CSV or XLSX by it) and import it; a file
    that cannot be read at all is one clear ValueError (and the session rolled back), a bad row is one
    line of the report."""
    name = Path(filename or "").name
    suffix = Path(name).suffix.lower() or ".csv"
    if not name or name.startswith("."):
        name = f"upload{suffix}"
    if suffix not in IMPORT_SUFFIXES:
        raise ValueError(f"{name}: only CSV and XLSX files can be imported")
    if len(data) > MAX_IMPORT_BYTES:
        raise ValueError(f"{name}: larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name  # the reader's messages then name the file the admin chose
        path.write_bytes(data)
        try:
            report = importer(session, path)
        except ValueError as exc:  # missing columns: the reader's message already names the file
            session.rollback()
            raise ValueError(str(exc)) from None
        except (KeyError, UnicodeDecodeError) as exc:
            session.rollback()
            raise ValueError(f"{name}: cannot be read ({type(exc).__name__}: {exc})") from None
        except Exception as exc:  # a broken workbook is this upload's error, not the server's
            session.rollback()
            raise ValueError(f"{name}: cannot be read ({type(exc).__name__}: {exc})") from None
    report.source = name
    return report
