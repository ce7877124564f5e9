"""Master data in: every import of the catalog, customers, price lists, cross-references, warehouses,
stock and carrier rates, from CSV or XLSX, each with its per-row rejection report.

`reader` turns a file into rows, `catalog` and `fulfilment` apply them, `uploads` imports a file a
person uploaded (the API and the review screen read the upload; nothing here knows HTTP). The CLI and
the demo bootstrap call the same functions."""
