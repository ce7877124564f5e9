"""A large catalog's index kept on disk between restarts: its columns as arrays in one .npz file, named by
what the index was built from, so that a process starting on an unchanged catalog reads it back instead of
reading 100,000 products and building it again (issue 15 item 5; docs/benchmarks.md "Matching at scale").

The name says everything the index depends on: the catalog's revision and the random token written with
it (matching/knowledge_store.py: a copy, a restore or a new database with the same revision number never
shares a token), the number of products, and a digest of the code that builds and reads the index (the
sources of matching/ and vocabulary/), so a change to the reading rules never meets an index built by the
old ones. Nothing is pickled: arrays and JSON only (numpy loads with allow_pickle=False). A file that cannot
be read is ignored and the index built as before; the cache only ever saves time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from functools import cache
from pathlib import Path

from matching.catalog import BLOCKING_MIN_PRODUCTS, CatalogIndex

log = logging.getLogger(__name__)

# Below this many products building is quicker than reading a file back (and the cache is not worth a file).
CACHED_MIN_PRODUCTS = BLOCKING_MIN_PRODUCTS
# Bumped by hand only if the file's layout changes in a way the code digest would not show (it always would).
FORMAT = 1
_SOURCES = ("matching", "vocabulary")
_REPO = Path(__file__).resolve().parent.parent


@cache
def code_digest() -> str:
    """A digest of every source file the index's building and reading depend on (matching/, vocabulary/)."""
    digest = hashlib.blake2b(digest_size=8)
    for folder in _SOURCES:
        for path in sorted((_REPO / folder).rglob("*.py")):
            digest.update(path.relative_to(_REPO).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_path(folder: Path, revision: int, token: int, products: int) -> Path:
    return folder / f"catalog-{FORMAT}-{code_digest()}-r{revision}-t{token:x}-n{products}.npz"


def read_index(path: Path) -> CatalogIndex | None:
    """The index stored at `path`, or None when there is none or it cannot be read."""
    import numpy as np

    if not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as stored:
            arrays = {name: stored[name] for name in stored.files if name != "values"}
            values = json.loads(stored["values"].tobytes().decode("utf-8"))
        return CatalogIndex._from_columns(arrays, values)
    except Exception:  # a damaged or foreign file: build as if it were not there
        log.warning("catalog index cache %s could not be read; building the index", path, exc_info=True)
        return None


def write_index(index: CatalogIndex, path: Path) -> bool:
    """Store the index at `path` (whole or not at all: written aside, then renamed), dropping older files of
    the same folder. False when the index cannot be stored or the folder cannot be written."""
    import numpy as np

    columns = index._columns()
    if columns is None:
        return False
    arrays, values = columns
    arrays["values"] = np.frombuffer(json.dumps(values).encode("utf-8"), dtype=np.uint8)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, aside = tempfile.mkstemp(prefix=".catalog-", suffix=".npz", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                np.savez(out, **arrays)
            os.replace(aside, path)
        except BaseException:
            Path(aside).unlink(missing_ok=True)
            raise
        for older in path.parent.glob("catalog-*.npz"):
            if older != path:
                older.unlink(missing_ok=True)
    except OSError:
        log.warning("catalog index cache %s could not be written", path, exc_info=True)
        return False
    return True
