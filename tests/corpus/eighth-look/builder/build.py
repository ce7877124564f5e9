"""Regenerate the eighth-look blind corpus: python build.py OUT"""
import os
import sys

sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import catalog  # noqa: E402
import mail_a  # noqa: E402
import mail_a2  # noqa: E402
import mail_b  # noqa: E402
import mail_n  # noqa: E402
import pdfs  # noqa: E402
import sheets  # noqa: E402
from common import write_doc  # noqa: E402


def main(out):
    os.makedirs(out, exist_ok=True)
    catalog.write(out)
    docs = mail_a.docs() + mail_a2.docs() + mail_b.docs() + mail_n.docs() + pdfs.docs() + sheets.docs()
    names = [d[0] for d in docs]
    assert len(names) == len(set(names)), "duplicate document name"
    for name, ext, data, exp in docs:
        write_doc(out, name, ext, data, exp)
    print("wrote %d documents to %s" % (len(docs), out))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else
         os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
