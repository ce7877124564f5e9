"""Regenerate the whole corpus: python3 builder/build.py (needs reportlab, openpyxl)."""
import glob, os, json
import common
import docs_plain, docs_plain2, docs_pdf, docs_other

def main():
    for p in glob.glob(os.path.join(common.OUT, "*")):
        if os.path.isfile(p):
            os.remove(p)
    common.write_reference()
    for m in (docs_plain, docs_plain2, docs_pdf, docs_other):
        m.build()
    with open(os.path.join(os.path.dirname(__file__), "index.json"), "w", encoding="utf-8") as f:
        json.dump(common.INDEX, f, ensure_ascii=False, indent=1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(common.OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(open(os.path.join(here, "README_head.md"), encoding="utf-8").read())
        for fn, kind, note in sorted(common.INDEX):
            f.write(f"| {fn} | {kind} | {note.replace('|', '/')} |\n")
    print(len(common.INDEX), "documents written")

if __name__ == "__main__":
    main()
