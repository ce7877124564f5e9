"""Build the whole corpus: master data, documents, labels, and a registry used by the README."""
import json
import os

import catalog
import common
import docs_email
import docs_pdf
import docs_sheet

if __name__ == "__main__":
    catalog.write_master()
    for fn in docs_pdf.ALL + docs_email.ALL + docs_sheet.ALL:
        fn()
    with open(os.path.join(common.HERE, "registry.json"), "w") as f:
        json.dump([{"file": a, "format": b, "delivery_wording": c, "kind": d, "notes": e}
                   for a, b, c, d, e in common.REGISTRY], f, indent=2)
    print(len(common.REGISTRY), "documents written")
