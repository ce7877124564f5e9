import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import base
import glob, importlib
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)),"docs*.py"))):
    importlib.import_module(os.path.basename(f)[:-3])
base.build_all()
print(len(base.DOCS),"documents")
