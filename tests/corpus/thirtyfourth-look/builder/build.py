#!/usr/bin/env python3
"""Regenerate the whole corpus: python3 builder/build.py"""
import os, glob, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, catalog, emails, others

def main():
    out = lib.OUT
    for f in set(glob.glob(os.path.join(out, "*.eml")) + glob.glob(os.path.join(out, "*.expected.json")) + glob.glob(os.path.join(out, "s0*"))):
        os.remove(f)
    catalog.write(out)
    emails.build()
    others.pdfs()
    others.sheets()
    others.non_orders()
    with open(os.path.join(out, "builder", "index.tsv"), "w", encoding="utf-8") as f:
        for fn, kind, note in lib.INDEX:
            f.write(f"{fn}\t{kind}\t{note}\n")
    head = open(os.path.join(out, "builder", "README_head.md"), encoding="utf-8").read()
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(head)
        for fn, kind, note in lib.INDEX:
            f.write(f"| {fn} | {kind} | {note.replace('|', '/')} |\n")
    print(len(lib.INDEX), "documents")

if __name__ == "__main__":
    main()
