import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
head = open(os.path.join(HERE, "README_head.md"), encoding="utf-8").read()
langs = collections.Counter(m["lang"] for m in man)
kinds = collections.Counter((m["file"][0], m["kind"]) for m in man)
rows = ["| File | Lang | Kind | Lines | What it tests |", "|---|---|---|---|---|"]
for m in man:
    rows.append(f"| `{m['file']}` | {m['lang']} | {m['kind']} | {m['lines']} | {m['what']} |")
stats = (f"\nLanguages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())) +
         f". Labelled lines: {sum(m['lines'] for m in man)}.\n")
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write(head + stats + "\n## One line per document\n\n" + "\n".join(rows) + "\n")
print("README written")
